"""A small page model for session documents, written once and printed two ways: PDF (reportlab, what
prints) and DOCX (python-docx, the staff's editable copy).

Builders in :mod:`deputydesk.render.protocol` produce a list of blocks in one language; :func:`write_pdf`
and :func:`write_docx` lay them out with the shared rules of :mod:`deputydesk.render.base` (A4, margins,
Liberation Serif 14 / Times New Roman 14, page numbers from the second page, escaped user text).
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from deputydesk.render import base

LEFT, CENTER, RIGHT, JUSTIFY = "left", "center", "right", "justify"


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class Para:
    runs: list[Run]
    align: str = JUSTIFY
    indent: bool = False  # first-line indent (body text)
    left: float = 0  # left indent in mm
    space_before: float = 0  # points
    space_after: float = 0
    size: float = base.BODY_SIZE
    keep_with_next: bool = False

    @classmethod
    def of(cls, text: str, *, bold: bool = False, italic: bool = False, **kw: Any) -> Para:
        return cls([Run(text, bold, italic)], **kw)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class Columns:
    """Two texts on one line: left-aligned and right-aligned (date and place, signature lines)."""

    left: list[Run]
    right: list[Run]
    middle: str = ""  # e.g. the signature line
    space_before: float = 0
    widths: tuple[float, float, float] = (0.5, 0.0, 0.5)  # fractions of the text width


@dataclass
class Grid:
    """A ruled table; the first row is the header."""

    rows: list[list[str]]
    widths: Sequence[float]  # fractions of the text width
    size: float = base.SMALL_SIZE
    header: bool = True
    space_before: float = 6


@dataclass
class PageBreak:
    pass


Block = Para | Columns | Grid | PageBreak


@dataclass
class Document:
    title: str
    lang: str
    blocks: list[Block] = field(default_factory=list)
    author: str = ""

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)

    def plain_text(self) -> str:
        """The document's text in reading order (tests and previews)."""
        lines: list[str] = []
        for b in self.blocks:
            if isinstance(b, Para):
                lines.append(b.text)
            elif isinstance(b, Columns):
                lines.append(" ".join(x for x in ("".join(r.text for r in b.left), b.middle,
                                                  "".join(r.text for r in b.right)) if x))
            elif isinstance(b, Grid):
                lines.extend(" | ".join(row) for row in b.rows)
        return "\n".join(lines)


# ------------------------------------------------------------------------------------------- PDF
def _markup(runs: Sequence[Run]) -> str:
    out = []
    for r in runs:
        t = base.esc(r.text)
        if r.bold:
            t = f"<b>{t}</b>"
        if r.italic:
            t = f"<i>{t}</i>"
        out.append(t)
    return "".join(out)


def pdf_bytes(doc: Document) -> bytes:
    return pdf_bytes_and_pages(doc)[0]


def pdf_bytes_and_pages(doc: Document) -> tuple[bytes, int]:
    """The PDF and its number of pages."""
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak as RLPageBreak
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    base.register_fonts()
    aligns = {LEFT: TA_LEFT, CENTER: TA_CENTER, RIGHT: TA_RIGHT, JUSTIFY: TA_JUSTIFY}
    width = base.PAGE_SIZE[0] - base.MARGIN_LEFT - base.MARGIN_RIGHT

    def style(size: float = base.BODY_SIZE, align: str = JUSTIFY, indent: bool = False, left: float = 0,
              before: float = 0, after: float = 0, keep: bool = False) -> ParagraphStyle:
        return ParagraphStyle(
            "p", fontName=base.SERIF, fontSize=size, leading=size * base.LEADING / base.BODY_SIZE,
            alignment=aligns[align], firstLineIndent=12.5 * mm if indent else 0, leftIndent=left * mm,
            spaceBefore=before, spaceAfter=after, keepWithNext=1 if keep else 0, wordWrap=None,
        )

    flow: list[Any] = []
    for b in doc.blocks:
        if isinstance(b, Para):
            flow.append(Paragraph(_markup(b.runs) or "&nbsp;",
                                  style(b.size, b.align, b.indent, b.left, b.space_before, b.space_after,
                                        b.keep_with_next)))
        elif isinstance(b, Columns):
            if b.space_before:
                flow.append(Spacer(1, b.space_before))
            cells = [Paragraph(_markup(b.left), style(align=LEFT)),
                     Paragraph(base.esc(b.middle), style(align=CENTER)),
                     Paragraph(_markup(b.right), style(align=RIGHT))]
            widths = [width * w for w in b.widths]
            if not b.widths[1]:
                cells.pop(1)
                widths.pop(1)
            t = Table([cells], colWidths=widths)
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("FONTNAME", (0, 0), (-1, -1), base.SERIF),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
            flow.append(t)
        elif isinstance(b, Grid):
            if b.space_before:
                flow.append(Spacer(1, b.space_before))
            cell_style = style(b.size, LEFT)
            head_style = ParagraphStyle("h", parent=cell_style, fontName=base.SERIF_BOLD)
            data = [[Paragraph(base.esc(c), head_style if (i == 0 and b.header) else cell_style) for c in row]
                    for i, row in enumerate(b.rows)]
            t = Table(data, colWidths=[width * w for w in b.widths], repeatRows=1 if b.header else 0)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONTNAME", (0, 0), (-1, -1), base.SERIF),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
            flow.append(t)
        elif isinstance(b, PageBreak):
            flow.append(RLPageBreak())

    buf = io.BytesIO()
    template = SimpleDocTemplate(
        buf, pagesize=base.PAGE_SIZE, leftMargin=base.MARGIN_LEFT, rightMargin=base.MARGIN_RIGHT,
        topMargin=base.MARGIN_TOP, bottomMargin=base.MARGIN_BOTTOM, title=doc.title, author=doc.author,
        creator="DeputyDesk", lang=doc.lang,
        # The canvas starts in Helvetica unless told otherwise, which puts a non-embedded font in the PDF.
        initialFontName=base.SERIF, initialFontSize=base.BODY_SIZE, initialLeading=base.LEADING,
    )
    numbers = base.page_number_from_second()
    pages = [0]

    def on_page(canvas: Any, document: Any) -> None:
        pages[0] = max(pages[0], canvas.getPageNumber())
        numbers(canvas, document)

    template.build(flow, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue(), pages[0]


# ------------------------------------------------------------------------------------------- DOCX
def docx_object(doc: Document) -> Any:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    aligns = {LEFT: WD_ALIGN_PARAGRAPH.LEFT, CENTER: WD_ALIGN_PARAGRAPH.CENTER,
              RIGHT: WD_ALIGN_PARAGRAPH.RIGHT, JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY}
    d = base.new_docx()
    base.docx_page_numbers_from_second(d)
    d.core_properties.title = doc.title
    d.core_properties.author = doc.author or "DeputyDesk"
    d.core_properties.language = doc.lang
    text_width_mm = 210 - 25 - 10

    def add_runs(paragraph: Any, runs: Sequence[Run], size: float | None = None) -> None:
        for r in runs:
            run = paragraph.add_run(r.text)
            run.bold = r.bold or None
            run.italic = r.italic or None
            if size is not None:
                base.set_docx_font(run, base.DOCX_FONT, size)

    def no_borders(table: Any) -> None:
        tbl_pr = table._tbl.tblPr
        borders = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:val"), "nil")
            borders.append(el)
        tbl_pr.append(borders)

    first = True
    for b in doc.blocks:
        if isinstance(b, Para):
            p = d.add_paragraph()
            p.alignment = aligns[b.align]
            pf = p.paragraph_format
            if b.indent:
                pf.first_line_indent = Mm(12.5)
            if b.left:
                pf.left_indent = Mm(b.left)
            if b.space_before:
                pf.space_before = Pt(b.space_before)
            if b.space_after:
                pf.space_after = Pt(b.space_after)
            if b.keep_with_next:
                pf.keep_with_next = True
            add_runs(p, b.runs, b.size if b.size != base.BODY_SIZE else None)
        elif isinstance(b, Columns):
            if b.space_before:
                d.add_paragraph()
            fractions = [w for w in b.widths if w]
            texts: list[tuple[Sequence[Run], Any]] = [(b.left, WD_ALIGN_PARAGRAPH.LEFT)]
            if b.widths[1]:
                texts.append(([Run(b.middle)], WD_ALIGN_PARAGRAPH.CENTER))
            texts.append((b.right, WD_ALIGN_PARAGRAPH.RIGHT))
            table = d.add_table(rows=1, cols=len(texts))
            table.alignment = WD_TABLE_ALIGNMENT.LEFT
            table.autofit = False
            no_borders(table)
            for cell, (runs, align), frac in zip(table.rows[0].cells, texts, fractions, strict=True):
                cell.width = Mm(text_width_mm * frac)
                para = cell.paragraphs[0]
                para.alignment = align
                add_runs(para, runs)
        elif isinstance(b, Grid):
            if b.space_before:
                d.add_paragraph()
            table = d.add_table(rows=len(b.rows), cols=len(b.widths))
            table.style = d.styles["Table Grid"]
            table.autofit = False
            for i, row in enumerate(b.rows):
                for j, (cell, value) in enumerate(zip(table.rows[i].cells, row, strict=True)):
                    cell.width = Mm(text_width_mm * b.widths[j])
                    para = cell.paragraphs[0]
                    para.alignment = WD_ALIGN_PARAGRAPH.LEFT
                    add_runs(para, [Run(value, bold=(i == 0 and b.header))], b.size)
        elif isinstance(b, PageBreak):
            if not first:
                d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        first = False
    return d


# ------------------------------------------------------------------------------------------- files
def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=path.suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_pdf(doc: Document, path: str | Path) -> Path:
    path = Path(path)
    _atomic_write(path, pdf_bytes(doc))
    return path


def docx_bytes(doc: Document) -> bytes:
    buf = io.BytesIO()
    docx_object(doc).save(buf)
    return buf.getvalue()


def write_docx(doc: Document, path: str | Path) -> Path:
    path = Path(path)
    _atomic_write(path, docx_bytes(doc))
    return path


def write(doc: Document, path: str | Path) -> Path:
    """PDF or DOCX by the file's extension."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return write_pdf(doc, path)
    if suffix == ".docx":
        return write_docx(doc, path)
    raise ValueError(f"{path.name}: the output must end in .pdf or .docx")
