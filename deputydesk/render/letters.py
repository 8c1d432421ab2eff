"""Letters as PDF (reportlab, fonts embedded) and DOCX (python-docx), with the same content.

Both renderers lay out one :class:`deputydesk.core.letters.Composed` letter, so the PDF that prints and the
DOCX that staff edit never drift apart. Layout (DESIGN.md §5, legal-facts.md §5):

- letterhead: the body's Kazakh name on the left, Russian on the right, the optional emblem between them,
  addresses under the names (or one address line), phone and e-mail, a double rule below;
- left: outgoing number and date, then "На № … от …" / "… № … хатыңызға" when replying; right: the
  addressee block in bold (organisation, position, name);
- title of the kind (centred, bold), heading (bold, from the left margin, narrow column of about 35
  characters), text (justified, 1.25 cm first-line indent), numbered points, legal basis, the standard
  closing with the statutory term, attachments note;
- signature block: position on the left, initials and surname on the right;
- bottom left of the last page: executor note ("Исп." / "Орынд." name and phone); bottom right: a QR code
  with the registry number and date (``DDL1;YYYY-MM-DD;NUMBER``), so a scanned copy can be matched;
- page numbers top centre from page two; drafts carry a light "ПРОЕКТ" / "ЖОБА" watermark and no QR.

In the DOCX the executor note and the QR code sit in a table anchored to the bottom margin (a floating
table), which Word and LibreOffice keep at the bottom of the page on which the letter ends.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

import segno
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from deputydesk.core import dates
from deputydesk.core.letters import (
    Composed,
    Letter,
    LetterError,
    Problem,
    compose,
    parse_qr_payload,
    validate,
)
from deputydesk.render import base

CONTENT_WIDTH = base.PAGE_SIZE[0] - base.MARGIN_LEFT - base.MARGIN_RIGHT
EMBLEM_SIZE = 24 * mm
QR_SIZE = 20 * mm
FIRST_LINE_INDENT = 12.5 * mm
HEADING_WIDTH = 85 * mm  # about 35 characters of 14 pt Times per line (DOC703 p. 26)
EXECUTOR_SIZE = 10


def check(letter: Letter, *, draft: bool = False) -> None:
    """Raise :class:`LetterError` unless ``letter`` can be rendered.

    A final letter must be complete (number and date included). A draft may miss fields — the live preview
    shows what is there — but its kind, language and lengths must still be valid.
    """
    problems = validate(letter, require_number=not draft)
    if draft:
        problems = [p for p in problems if p.code != "missing" or p.field in ("kind", "language")]
    emblem = letter.body.emblem.strip()
    if emblem:
        problem = _emblem_problem(Path(emblem))
        if problem:
            problems.append(Problem("body.emblem", "invalid", problem))
    if problems:
        raise LetterError(problems)


def _emblem_problem(path: Path) -> str:
    """Why ``path`` cannot be the emblem (empty string when it can): it must be a PNG or JPEG file."""
    try:
        with open(path, "rb") as f:
            head = f.read(8)
    except OSError as exc:
        return f"image file cannot be read: {path} ({exc.strerror or exc})"
    if head.startswith(b"\x89PNG\r\n\x1a\n") or head.startswith(b"\xff\xd8\xff"):
        return ""
    return f"not a PNG or JPEG image: {path}"


# --------------------------------------------------------------------------- PDF
def _styles() -> dict[str, ParagraphStyle]:
    base.register_fonts()
    body = ParagraphStyle("body", fontName=base.SERIF, fontSize=base.BODY_SIZE, leading=base.LEADING,
                          alignment=TA_JUSTIFY, firstLineIndent=FIRST_LINE_INDENT, splitLongWords=1)
    return {
        "head": ParagraphStyle("head", fontName=base.SERIF_BOLD, fontSize=12, leading=14, alignment=TA_CENTER,
                               splitLongWords=1),
        "head_small": ParagraphStyle("head_small", fontName=base.SERIF, fontSize=10, leading=12,
                                     alignment=TA_CENTER, splitLongWords=1),
        "ref": ParagraphStyle("ref", fontName=base.SERIF, fontSize=12, leading=15, alignment=TA_LEFT,
                              splitLongWords=1),
        "addressee": ParagraphStyle("addressee", fontName=base.SERIF_BOLD, fontSize=base.BODY_SIZE,
                                    leading=base.LEADING, alignment=TA_LEFT, splitLongWords=1),
        "title": ParagraphStyle("title", fontName=base.SERIF_BOLD, fontSize=base.BODY_SIZE, leading=base.LEADING,
                                alignment=TA_CENTER, spaceAfter=4, splitLongWords=1),
        "subject": ParagraphStyle("subject", fontName=base.SERIF_BOLD, fontSize=base.BODY_SIZE,
                                  leading=base.LEADING, alignment=TA_LEFT,
                                  rightIndent=CONTENT_WIDTH - HEADING_WIDTH, spaceAfter=10, splitLongWords=1),
        "text": body,
        "point": ParagraphStyle("point", parent=body),
        "basis": ParagraphStyle("basis", parent=body),
        "closing": ParagraphStyle("closing", parent=body),
        "attachments_head": ParagraphStyle("attachments_head", parent=body, firstLineIndent=0, spaceBefore=8,
                                           alignment=TA_LEFT),
        "attachment": ParagraphStyle("attachment", parent=body, firstLineIndent=0, leftIndent=FIRST_LINE_INDENT,
                                     alignment=TA_LEFT),
        "sign": ParagraphStyle("sign", fontName=base.SERIF_BOLD, fontSize=base.BODY_SIZE, leading=base.LEADING,
                               alignment=TA_LEFT, splitLongWords=1),
        "sign_name": ParagraphStyle("sign_name", fontName=base.SERIF_BOLD, fontSize=base.BODY_SIZE,
                                    leading=base.LEADING, alignment=TA_RIGHT, splitLongWords=1),
        "executor": ParagraphStyle("executor", fontName=base.SERIF, fontSize=EXECUTOR_SIZE, leading=12,
                                   alignment=TA_LEFT, splitLongWords=1),
        "qr_caption": ParagraphStyle("qr_caption", fontName=base.SERIF, fontSize=6.5, leading=7.5,
                                     alignment=TA_CENTER, splitLongWords=1),
    }


class QRFlowable(Flowable):
    """A QR code drawn as vector squares (sharp at any print resolution, no image in the PDF)."""

    def __init__(self, payload: str, size: float = QR_SIZE) -> None:
        super().__init__()
        self.qr = segno.make(payload, error="m", micro=False)
        self.size = size
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        matrix = self.qr.matrix
        border = 2  # modules of quiet zone inside the drawn square (paper around it adds more)
        n = len(matrix) + 2 * border
        module = self.size / n
        c = self.canv
        c.saveState()
        c.setFillColor(colors.black)
        c.setStrokeColor(colors.black)
        for r, row in enumerate(matrix):
            y = self.size - (r + border + 1) * module
            col = 0
            while col < len(row):
                if row[col]:
                    start = col
                    while col < len(row) and row[col]:
                        col += 1
                    c.rect((start + border) * module, y, (col - start) * module, module, stroke=0, fill=1)
                else:
                    col += 1
        c.restoreState()


class BottomBlock(Flowable):
    """Executor note (left) and QR code (right) pinned to the bottom of the page where the letter ends."""

    def __init__(self, executor: Sequence[Paragraph], qr: Flowable | None, caption: Paragraph | None) -> None:
        super().__init__()
        self.executor = list(executor)
        self.qr = qr
        self.caption = caption
        self._needed = 0.0
        self._width = 0.0

    def _measure(self, avail_width: float) -> float:
        left_width = avail_width - (QR_SIZE + 10 * mm if self.qr else 0)
        text_h = sum(p.wrap(left_width, 10_000)[1] for p in self.executor)
        qr_h = 0.0
        if self.qr is not None:
            qr_h = QR_SIZE + (self.caption.wrap(QR_SIZE + 10 * mm, 1000)[1] + 1 if self.caption else 0)
        return max(text_h, qr_h) + 4 * mm

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._width = avail_width
        self._needed = self._measure(avail_width)
        if avail_height >= self._needed:
            return avail_width, max(self._needed, avail_height - 0.01)
        return avail_width, self._needed

    def draw(self) -> None:
        c = self.canv
        left_width = self._width - (QR_SIZE + 10 * mm if self.qr else 0)
        y = 0.0
        for p in reversed(self.executor):
            _, h = p.wrap(left_width, 10_000)
            p.drawOn(c, 0, y)
            y += h
        if self.qr is not None:
            x = self._width - QR_SIZE
            y0 = 0.0
            if self.caption is not None:
                cw = QR_SIZE + 10 * mm
                _, ch = self.caption.wrap(cw, 1000)
                self.caption.drawOn(c, self._width - cw + 0, 0)
                y0 = ch + 1
            self.qr.wrapOn(c, QR_SIZE, QR_SIZE)
            self.qr.drawOn(c, x, y0)


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(base.esc(text), style)


def _letterhead(c: Composed, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    side = (CONTENT_WIDTH - EMBLEM_SIZE - 6 * mm) / 2
    left: list[Flowable] = [_para(c.name_kk, st["head"])]
    right: list[Flowable] = [_para(c.name_ru, st["head"])]
    if c.address_ru:  # two addresses: each under its name
        left.append(_para(c.address_kk, st["head_small"]))
        right.append(_para(c.address_ru, st["head_small"]))
    middle: Flowable | str = ""
    if c.emblem:
        middle = Image(c.emblem, width=EMBLEM_SIZE, height=EMBLEM_SIZE, kind="proportional")
    table = Table([[left, middle, right]], colWidths=[side, EMBLEM_SIZE + 6 * mm, side])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 0), (1, 0), "CENTER"),
        ("FONTNAME", (0, 0), (-1, -1), base.SERIF),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, 0), 1.6, colors.black),
    ]))
    out: list[Flowable] = [table, _DoubleRuleGap()]
    contact_line = ", ".join(s for s in ((c.address_kk if not c.address_ru else ""), c.contacts) if s)
    if contact_line:
        out.append(_para(contact_line, st["head_small"]))
    return out


class _DoubleRuleGap(Flowable):
    """The thin second line of the letterhead's double rule."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, 3

    def draw(self) -> None:
        self.canv.setLineWidth(0.5)
        self.canv.line(0, 1, self.width, 1)


def _story(c: Composed) -> list[Flowable]:
    st = _styles()
    story: list[Flowable] = _letterhead(c, st)
    story.append(Spacer(1, 6 * mm))
    refs = [_para(c.number_line, st["ref"])]
    if c.reply_line:
        refs.append(_para(c.reply_line, st["ref"]))
    addressee: list[Flowable] = [_para(line, st["addressee"]) for line in c.addressee_lines] or [Spacer(1, 1)]
    left_w = 78 * mm
    table = Table([[refs, addressee]], colWidths=[left_w, CONTENT_WIDTH - left_w])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), base.SERIF),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    story += [table, Spacer(1, 8 * mm)]
    blocks = list(c.blocks)
    tail_start = next((i for i, b in enumerate(blocks) if b.role == "attachments_head"), len(blocks))
    for block in blocks[:tail_start]:
        story.append(_para(block.display, st[block.role]))
    tail: list[Flowable] = []
    attachments = blocks[tail_start:]
    if len(attachments) == 2 and attachments[1].number is None:  # one attachment: "Приложение: … на 3 л."
        tail.append(_para(f"{attachments[0].text} {attachments[1].text}", st["attachments_head"]))
    else:
        tail += [_para(b.display, st[b.role]) for b in attachments]
    sign = Table([[_para(c.signer_position, st["sign"]), _para(c.signer_name, st["sign_name"])]],
                 colWidths=[CONTENT_WIDTH * 0.62, CONTENT_WIDTH * 0.38])
    sign.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("FONTNAME", (0, 0), (-1, -1), base.SERIF),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    tail += [Spacer(1, 12 * mm), sign]
    story.append(KeepTogether(tail))
    story.append(Spacer(1, 8 * mm))
    executor = [_para(line, st["executor"]) for line in c.executor_lines]
    qr = QRFlowable(c.qr_payload) if c.qr_payload else None
    caption = None
    if qr is not None:
        parsed = parse_qr_payload(c.qr_payload)
        if parsed is not None:
            caption = _para(f"№ {parsed[0]} · {dates.numeric(parsed[1])}", st["qr_caption"])
    story.append(BottomBlock(executor, qr, caption))
    return story


def _watermark(text: str) -> Any:
    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(base.SANS_BOLD, 90)
        canvas.setFillColor(colors.Color(0.85, 0.85, 0.85, alpha=0.45))
        w, h = canvas._pagesize
        canvas.translate(w / 2, h / 2)
        canvas.rotate(45)
        canvas.drawCentredString(0, -30, text)
        canvas.restoreState()

    return draw


def render_pdf(letter: Letter, out: str | os.PathLike[str] | BinaryIO, *, draft: bool = False) -> int:
    """Write the letter as a PDF (A4, Liberation Serif embedded). Returns the number of pages."""
    check(letter, draft=draft)
    c = compose(letter, draft=draft)
    base.register_fonts()
    target: Any = os.fspath(out) if isinstance(out, str | os.PathLike) else out
    doc = BaseDocTemplate(
        target, pagesize=base.PAGE_SIZE, leftMargin=base.MARGIN_LEFT, rightMargin=base.MARGIN_RIGHT,
        topMargin=base.MARGIN_TOP, bottomMargin=base.MARGIN_BOTTOM,
        title=(c.blocks[0].text if c.blocks else "") + (f" {c.number_line}" if c.number_line else ""),
        author=c.name_ru if c.language == "ru" else c.name_kk, subject=c.kind, creator="DeputyDesk",
        lang="kk-KZ" if c.language == "kk" else "ru-RU", initialFontName=base.SERIF,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    numbers = base.page_number_from_second()
    mark = _watermark(c.draft_mark) if c.draft_mark else None

    def on_page(canvas: Any, d: Any) -> None:
        numbers(canvas, d)
        if mark is not None:
            mark(canvas, d)

    doc.addPageTemplates([PageTemplate(id="letter", frames=[frame], onPage=on_page)])
    doc.build(_story(c))
    return int(doc.page)


def pdf_bytes(letter: Letter, *, draft: bool = False) -> bytes:
    buf = io.BytesIO()
    render_pdf(letter, buf, draft=draft)
    return buf.getvalue()


# --------------------------------------------------------------------------- DOCX
def _docx_run(paragraph: Any, text: str, *, bold: bool = False, size: float = base.BODY_SIZE) -> Any:
    run = paragraph.add_run(text)
    run.bold = bold
    base.set_docx_font(run, base.DOCX_FONT, size)
    return run


def _docx_para(container: Any, text: str, *, bold: bool = False, size: float = base.BODY_SIZE,
               align: Any = None, first_indent: bool = False, left_indent: float = 0,
               space_after: float = 0, right_indent: float = 0) -> Any:
    from docx.shared import Mm, Pt

    p = container.add_paragraph()
    if align is not None:
        p.alignment = align
    fmt = p.paragraph_format
    fmt.space_after = Pt(space_after)
    fmt.space_before = Pt(0)
    if first_indent:
        fmt.first_line_indent = Mm(12.5)
    if left_indent:
        fmt.left_indent = Mm(left_indent)
    if right_indent:
        fmt.right_indent = Mm(right_indent)
    # Line breaks typed inside a line stay line breaks (as in the PDF).
    for i, part in enumerate(text.split("\n")):
        run = _docx_run(p, part, bold=bold, size=size)
        if i:
            run._r.addprevious(_docx_br())
    return p


def _docx_br() -> Any:
    from docx.oxml import OxmlElement

    r = OxmlElement("w:r")
    r.append(OxmlElement("w:br"))
    return r


_TBLPR_ORDER = ("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize",
                "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar",
                "tblLook", "tblCaption", "tblDescription")


def _set_tblpr_child(table: Any, element: Any) -> None:
    """Put ``element`` into the table's tblPr at its schema position (Word and LibreOffice care)."""
    from docx.oxml.ns import qn

    tbl_pr = table._tbl.tblPr
    name = element.tag.rsplit("}", 1)[1]
    for old in tbl_pr.findall(qn(f"w:{name}")):
        tbl_pr.remove(old)
    rank = _TBLPR_ORDER.index(name)
    for i, child in enumerate(list(tbl_pr)):
        child_name = child.tag.rsplit("}", 1)[1]
        if child_name in _TBLPR_ORDER and _TBLPR_ORDER.index(child_name) > rank:
            tbl_pr.insert(i, element)
            return
    tbl_pr.append(element)


def _no_borders(table: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    _set_tblpr_child(table, borders)


def _cell_margins_zero(table: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    mar = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:w"), "0")
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    _set_tblpr_child(table, mar)


def _fixed_widths(table: Any, widths_mm: Sequence[float]) -> None:
    from docx.shared import Mm

    table.autofit = False
    for row in table.rows:
        for cell, w in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(w)
    for col, w in zip(table.columns, widths_mm, strict=True):
        col.width = Mm(w)


def _bottom_rule(paragraph: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p_pr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "thinThickSmallGap")
    bottom.set(qn("w:sz"), "18")
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "000000")
    bdr.append(bottom)
    p_pr.append(bdr)


def _first_cell_paragraph(cell: Any) -> Any:
    return cell.paragraphs[0]


def _cell_para(cell: Any, text: str, first: bool, **kw: Any) -> Any:
    """Write a paragraph into a table cell, reusing the empty paragraph every new cell has."""
    if first:
        p = _first_cell_paragraph(cell)
        from docx.shared import Pt

        p.paragraph_format.space_after = Pt(kw.pop("space_after", 0))
        if kw.get("align") is not None:
            p.alignment = kw["align"]
        _docx_run(p, text, bold=kw.get("bold", False), size=kw.get("size", base.BODY_SIZE))
        return p
    return _docx_para(cell, text, **kw)


def _frame(paragraph: Any, x_align: str, width_mm: float) -> None:
    """Make ``paragraph`` a frame anchored to the bottom margin (Word and LibreOffice both honour it)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p_pr = paragraph._p.get_or_add_pPr()
    frame = OxmlElement("w:framePr")
    for key, value in (("w:w", str(int(width_mm * 56.7))), ("w:wrap", "around"), ("w:vAnchor", "margin"),
                       ("w:hAnchor", "margin"), ("w:xAlign", x_align), ("w:yAlign", "bottom")):
        frame.set(qn(key), value)
    # framePr comes right after pStyle/keepNext/keepLines/pageBreakBefore in pPr; none of those are set here.
    p_pr.insert(0, frame)


def _bottom_block(doc: Any, c: Composed) -> None:
    """Executor note (bottom left) and QR code (bottom right) as frames anchored to the bottom margin,
    so they sit at the foot of the page on which the letter ends."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm

    for line in c.executor_lines:
        p = _docx_para(doc, line, size=EXECUTOR_SIZE)
        _frame(p, "left", 110)
    if c.qr_payload:
        png = io.BytesIO()
        segno.make(c.qr_payload, error="m", micro=False).save(png, kind="png", scale=8, border=2)
        png.seek(0)
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.add_run().add_picture(png, width=Mm(20), height=Mm(20))
        _frame(p, "right", 22)
    # A frame is anchored to the paragraph after it; the document must not end on a frame.
    _docx_para(doc, "", size=2)


def render_docx(letter: Letter, out: str | os.PathLike[str] | BinaryIO, *, draft: bool = False) -> None:
    """Write the letter as a DOCX: A4, Times New Roman 14 in all rFonts, the same text as the PDF."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm

    check(letter, draft=draft)
    c = compose(letter, draft=draft)
    doc = base.new_docx()
    base.docx_page_numbers_from_second(doc)
    props = doc.core_properties
    props.title = (c.blocks[0].text if c.blocks else "") + (f" {c.number_line}" if c.number_line else "")
    props.author = c.name_ru if c.language == "ru" else c.name_kk
    props.subject = c.kind
    props.language = "kk-KZ" if c.language == "kk" else "ru-RU"
    props.comments = c.qr_payload

    side = (175 - 30) / 2
    head = doc.add_table(rows=1, cols=3)
    _no_borders(head)
    _cell_margins_zero(head)
    _fixed_widths(head, (side, 30, side))
    kk_cell, emblem_cell, ru_cell = head.rows[0].cells
    for cell in head.rows[0].cells:
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    center = WD_ALIGN_PARAGRAPH.CENTER
    _cell_para(kk_cell, c.name_kk, True, bold=True, size=12, align=center)
    _cell_para(ru_cell, c.name_ru, True, bold=True, size=12, align=center)
    if c.address_ru:
        _cell_para(kk_cell, c.address_kk, False, size=10, align=center)
        _cell_para(ru_cell, c.address_ru, False, size=10, align=center)
    if c.emblem:
        p = emblem_cell.paragraphs[0]
        p.alignment = center
        p.add_run().add_picture(c.emblem, width=Mm(22))
    rule = _docx_para(doc, "", size=4)
    _bottom_rule(rule)
    contact_line = ", ".join(s for s in ((c.address_kk if not c.address_ru else ""), c.contacts) if s)
    if contact_line:
        _docx_para(doc, contact_line, size=10, align=center)
    _docx_para(doc, "", size=10)

    refs = doc.add_table(rows=1, cols=2)
    _no_borders(refs)
    _cell_margins_zero(refs)
    _fixed_widths(refs, (78, 97))
    ref_cell, addr_cell = refs.rows[0].cells
    _cell_para(ref_cell, c.number_line, True, size=12)
    if c.reply_line:
        _cell_para(ref_cell, c.reply_line, False, size=12)
    for i, line in enumerate(c.addressee_lines or [""]):
        _cell_para(addr_cell, line, i == 0, bold=True)
    _docx_para(doc, "")
    _docx_para(doc, "")

    blocks = list(c.blocks)
    tail_start = next((i for i, b in enumerate(blocks) if b.role == "attachments_head"), len(blocks))
    justify = WD_ALIGN_PARAGRAPH.JUSTIFY
    for block in blocks[:tail_start]:
        if block.role == "title":
            _docx_para(doc, block.text, bold=True, align=center, space_after=4)
        elif block.role == "subject":
            _docx_para(doc, block.text, bold=True, right_indent=175 - 85, space_after=10)
        else:
            _docx_para(doc, block.display, align=justify, first_indent=True)
    attachments = blocks[tail_start:]
    if len(attachments) == 2 and attachments[1].number is None:
        _docx_para(doc, "")
        _docx_para(doc, f"{attachments[0].text} {attachments[1].text}")
    elif attachments:
        _docx_para(doc, "")
        _docx_para(doc, attachments[0].text)
        for b in attachments[1:]:
            _docx_para(doc, b.display, left_indent=12.5)
    _docx_para(doc, "")
    _docx_para(doc, "")
    sign = doc.add_table(rows=1, cols=2)
    _no_borders(sign)
    _cell_margins_zero(sign)
    _fixed_widths(sign, (175 * 0.62, 175 * 0.38))
    pos_cell, name_cell = sign.rows[0].cells
    pos_cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
    name_cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
    _cell_para(pos_cell, c.signer_position, True, bold=True)
    _cell_para(name_cell, c.signer_name, True, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _bottom_block(doc, c)
    if c.draft_mark:
        doc.sections[0].first_page_header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _docx_run(doc.sections[0].first_page_header.paragraphs[0], c.draft_mark, bold=True, size=12)
    target: Any = os.fspath(out) if isinstance(out, str | os.PathLike) else out
    doc.save(target)


def docx_bytes(letter: Letter, *, draft: bool = False) -> bytes:
    buf = io.BytesIO()
    render_docx(letter, buf, draft=draft)
    return buf.getvalue()


def render_file(letter: Letter, out: str | os.PathLike[str], *, draft: bool = False) -> dict[str, Any]:
    """Render to ``out`` by its suffix (.pdf or .docx); returns ``{"path", "format", "pages"}``."""
    path = Path(out)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        pages: int | None = render_pdf(letter, path, draft=draft)
    elif suffix == ".docx":
        render_docx(letter, path, draft=draft)
        pages = None
    else:
        raise ValueError(f"{path.name}: the output must end in .pdf or .docx")
    return {"path": str(path), "format": suffix[1:], "pages": pages}
