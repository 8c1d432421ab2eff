"""Shared layout rules for every printed document (DESIGN.md §5, legal-facts.md §5).

- A4; margins at least left 20 mm, right/top/bottom 10 mm.
- Times New Roman 14 pt look: bundled Liberation Serif 2.1.5 (metric-compatible, has every Kazakh
  letter) embedded in PDFs; DOCX names "Times New Roman" in all four rFonts attributes.
- Pages numbered from the second, top centre.
- User text is always escaped before it reaches a reportlab ``Paragraph``.

Letters, protocols, summaries and dossiers build on these helpers instead of repeating them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from deputydesk.paths import resource

PAGE_SIZE = A4
MARGIN_LEFT = 25 * mm  # statutory minimum is 20 mm; 25 leaves room for binding
MARGIN_RIGHT = 10 * mm
MARGIN_TOP = 15 * mm  # leaves room for the page number above the text frame
MARGIN_BOTTOM = 15 * mm
BODY_SIZE = 14
SMALL_SIZE = 11
LEADING = 16.5  # single spacing for 14 pt

SERIF = "LiberationSerif"
SERIF_BOLD = "LiberationSerif-Bold"
SERIF_ITALIC = "LiberationSerif-Italic"
SERIF_BOLD_ITALIC = "LiberationSerif-BoldItalic"
SANS = "LiberationSans"
SANS_BOLD = "LiberationSans-Bold"

DOCX_FONT = "Times New Roman"

_FONT_FILES = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    SERIF_ITALIC: "LiberationSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
    SANS: "LiberationSans-Regular.ttf",
    SANS_BOLD: "LiberationSans-Bold.ttf",
    "LiberationSans-Italic": "LiberationSans-Italic.ttf",
    "LiberationSans-BoldItalic": "LiberationSans-BoldItalic.ttf",
}
_lock = threading.Lock()
_registered = False


def font_path(name: str) -> Path:
    return resource("fonts", _FONT_FILES[name])


def register_fonts() -> None:
    """Register the bundled Liberation fonts with reportlab once per process (thread-safe)."""
    global _registered
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping

        for name, filename in _FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
        addMapping(SERIF, 0, 0, SERIF)
        addMapping(SERIF, 1, 0, SERIF_BOLD)
        addMapping(SERIF, 0, 1, SERIF_ITALIC)
        addMapping(SERIF, 1, 1, SERIF_BOLD_ITALIC)
        addMapping(SANS, 0, 0, SANS)
        addMapping(SANS, 1, 0, SANS_BOLD)
        addMapping(SANS, 0, 1, "LiberationSans-Italic")
        addMapping(SANS, 1, 1, "LiberationSans-BoldItalic")
        _registered = True


def esc(text: Any) -> str:
    """Escape user text for a reportlab Paragraph: ``<``, ``>``, ``&`` and quotes print as typed;
    line breaks become ``<br/>``. None becomes an empty string."""
    if text is None:
        return ""
    s = _xml_escape(str(text), {'"': "&quot;", "'": "&#39;"})
    return s.replace("\r\n", "\n").replace("\n", "<br/>")


def page_number_from_second(
    font: str = SERIF, size: int = 12, fmt: Callable[[int], str] = str
) -> Callable[[Any, Any], None]:
    """An ``onPage`` callback that prints the page number top centre from the second page on."""

    def draw(canvas: Any, doc: Any) -> None:
        page = canvas.getPageNumber()
        if page < 2:
            return
        canvas.saveState()
        canvas.setFont(font, size)
        width, height = canvas._pagesize
        canvas.drawCentredString(width / 2, height - 9 * mm, fmt(page))
        canvas.restoreState()

    return draw


def set_reproducible(invariant: bool = True) -> None:
    """Make reportlab output byte-reproducible (tests): fixed dates and ids in the PDF."""
    from reportlab import rl_config

    rl_config.invariant = 1 if invariant else 0


# --------------------------------------------------------------------------- DOCX
def new_docx(font_size: int = BODY_SIZE) -> Any:
    """A python-docx Document set to A4 with the statutory margins and Times New Roman 14 everywhere.

    python-docx's default template is US Letter and names only some rFonts attributes; both are fixed
    here so Kazakh letters use the same font as Latin ones in Word and LibreOffice.
    """
    from docx import Document
    from docx.shared import Mm, Pt

    doc = Document()
    for section in doc.sections:
        section.page_width = Mm(210)
        section.page_height = Mm(297)
        section.left_margin = Mm(25)
        section.right_margin = Mm(10)
        section.top_margin = Mm(15)
        section.bottom_margin = Mm(15)
        section.header_distance = Mm(7)
        section.footer_distance = Mm(7)
    for style_name in ("Normal", "Header", "Footer", "Table Grid", "List Number", "Title", "Heading 1",
                       "Heading 2"):
        try:
            style = doc.styles[style_name]
        except KeyError:
            continue
        set_docx_font(style, DOCX_FONT, font_size if style_name not in ("Header", "Footer") else 12)
    normal = doc.styles["Normal"]
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    return doc


def set_docx_font(style_or_run: Any, name: str = DOCX_FONT, size: float | None = BODY_SIZE) -> None:
    """Set the font on a style or run, including all four rFonts attributes (ascii, hAnsi, cs, eastAsia)."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    font = style_or_run.font
    font.name = name
    if size is not None:
        font.size = Pt(size)
    element = style_or_run.element
    rpr = element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), name)


def docx_page_numbers_from_second(doc: Any) -> None:
    """Top-centre PAGE field in the header, hidden on the first page (different first page)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for section in doc.sections:
        section.different_first_page_header_footer = True
        paragraph = section.header.paragraphs[0] if section.header.paragraphs else section.header.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run()
        set_docx_font(run, DOCX_FONT, 12)
        for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
            if kind:
                el = OxmlElement("w:fldChar")
                el.set(qn("w:fldCharType"), kind)
            else:
                el = OxmlElement("w:instrText")
                el.set(qn("xml:space"), "preserve")
                el.text = text
            run._r.append(el)
