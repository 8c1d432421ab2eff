"""Print plain-text documents (the real decisions of the shared corpus, kept as light Markdown) as PDF
and DOCX the way offices publish them: title in bold, requisite line right under it, paragraphs, tables.

Used by the library's demo step (so the preview has real pages) and by the import tests (the importers
must read back what an office would produce)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from deputydesk.render.base import (
    BODY_SIZE,
    LEADING,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_SIZE,
    SERIF,
    SERIF_BOLD,
    esc,
    new_docx,
    page_number_from_second,
    register_fonts,
    set_docx_font,
)


@dataclass
class Block:
    kind: str
    """``title``, ``heading``, ``para``, ``note`` or ``table``."""
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)


class _TableParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            if not self.rows:
                self.rows.append([])
            self.rows[-1].append(re.sub(r"\s+", " ", "".join(self._cell)).strip())
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def _clean_inline(text: str) -> str:
    text = re.sub(r"<a [^>]*>\s*</a>", "", text)
    text = re.sub(r"</?[a-zA-Z][^>]*>", "", text)
    text = text.replace("**", "").replace("__", "")
    text = re.sub(r"(?<!\w)\*(\S[^*]*?)\*(?!\w)", r"\1", text)
    return re.sub(r"[ \t]+", " ", text).strip()


def parse_markdown(source: str) -> list[Block]:
    """Blocks of a corpus text: '#' lines are headings (the first one the title), '>' lines notes, HTML
    tables tables, anything else paragraphs."""
    blocks: list[Block] = []
    lines = source.replace("\r\n", "\n").split("\n")
    i = 0
    para: list[str] = []

    def flush() -> None:
        if para:
            text = _clean_inline(" ".join(para))
            if text:
                blocks.append(Block("para", text))
            para.clear()

    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if stripped.startswith("<table"):
            flush()
            chunk = []
            while i < len(lines):
                chunk.append(lines[i])
                if "</table>" in lines[i]:
                    break
                i += 1
            parser = _TableParser()
            parser.feed("\n".join(chunk))
            rows = [r for r in parser.rows if any(c for c in r)]
            if rows:
                blocks.append(Block("table", rows=rows))
        elif stripped.startswith("#"):
            flush()
            text = _clean_inline(stripped.lstrip("#"))
            if text:
                blocks.append(Block("title" if not any(b.kind == "title" for b in blocks) else "heading", text))
        elif stripped.startswith(">"):
            flush()
            text = _clean_inline(stripped.lstrip("> "))
            if text:
                blocks.append(Block("note", text))
        elif not stripped:
            flush()
        else:
            if re.match(r"^<a id=", stripped) and _clean_inline(stripped) == "":
                pass
            else:
                para.append(stripped)
        i += 1
    flush()
    return blocks


def plain_text(blocks: list[Block]) -> str:
    out = []
    for b in blocks:
        if b.kind == "table":
            out.extend("\t".join(r) for r in b.rows)
        else:
            out.append(b.text)
    return "\n".join(out)


def write_pdf(blocks: list[Block], path: Path, author: str = "") -> None:
    """A4 PDF with embedded Liberation Serif, 14 pt body, tables at 10 pt, pages numbered from two."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

    register_fonts()
    body = ParagraphStyle("body", fontName=SERIF, fontSize=BODY_SIZE, leading=LEADING, alignment=TA_JUSTIFY,
                          firstLineIndent=36, spaceAfter=4)
    title = ParagraphStyle("title", parent=body, fontName=SERIF_BOLD, alignment=TA_CENTER, firstLineIndent=0,
                           spaceAfter=10)
    heading = ParagraphStyle("heading", parent=title, fontSize=BODY_SIZE - 1, spaceBefore=8)
    note = ParagraphStyle("note", parent=body, fontSize=11, leading=13, firstLineIndent=0, leftIndent=18)
    cell = ParagraphStyle("cell", fontName=SERIF, fontSize=9, leading=10.5)
    story: list = []
    width = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT
    for b in blocks:
        if b.kind == "title":
            story.append(Paragraph(esc(b.text), title))
        elif b.kind == "heading":
            story.append(Paragraph(esc(b.text), heading))
        elif b.kind == "note":
            story.append(Paragraph(esc(b.text), note))
        elif b.kind == "para":
            story.append(Paragraph(esc(b.text), body))
        elif b.kind == "table":
            ncols = max(len(r) for r in b.rows)
            data = [[Paragraph(esc(c), cell) for c in r] + [""] * (ncols - len(r)) for r in b.rows]
            table = LongTable(data, colWidths=[width / ncols] * ncols, repeatRows=1)
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]))
            story.append(Spacer(1, 4))
            story.append(table)
            story.append(Spacer(1, 6))
    doc = SimpleDocTemplate(str(path), pagesize=PAGE_SIZE, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
                            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
                            title=next((b.text for b in blocks if b.kind == "title"), ""), author=author)
    on_page = page_number_from_second()
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def write_docx(blocks: list[Block], path: Path, reproducible: bool = False) -> None:
    """DOCX on A4 with Times New Roman 14; tables as Word tables. ``reproducible`` gives the same bytes
    for the same blocks (fixed ZIP entry times and document properties)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = new_docx()
    for b in blocks:
        if b.kind in ("title", "heading"):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(b.text)
            run.bold = True
            set_docx_font(run)
        elif b.kind in ("para", "note"):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            run = p.add_run(b.text)
            set_docx_font(run, size=11 if b.kind == "note" else BODY_SIZE)
        elif b.kind == "table":
            ncols = max(len(r) for r in b.rows)
            table = doc.add_table(rows=0, cols=ncols)
            table.style = doc.styles["Table Grid"]
            for r in b.rows:
                cells = table.add_row().cells
                for c, text in zip(cells, r, strict=False):
                    c.text = text
                    for par in c.paragraphs:
                        for run in par.runs:
                            run.font.size = Pt(9)
    if reproducible:
        import datetime as dt

        props = doc.core_properties
        props.created = props.modified = dt.datetime(2020, 1, 1)
        props.last_modified_by = props.author = ""
        props.revision = 1
    doc.save(str(path))
    if reproducible:
        _fix_zip_times(path)


def _fix_zip_times(path: Path) -> None:
    import io
    import zipfile

    with zipfile.ZipFile(path) as src:
        entries = [(info, src.read(info.filename)) for info in src.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for info, data in entries:
            fixed = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            dst.writestr(fixed, data)
    path.write_bytes(buf.getvalue())


def convert(source: Path, out_dir: Path, formats: tuple[str, ...] = ("pdf", "docx")) -> dict[str, Path]:
    """Write ``source`` (a corpus text) as each of ``formats`` into ``out_dir``; returns the paths."""
    blocks = parse_markdown(source.read_text(encoding="utf-8"))
    out_dir.mkdir(parents=True, exist_ok=True)
    out: dict[str, Path] = {}
    for fmt in formats:
        target = out_dir / f"{source.stem}.{fmt}"
        if fmt == "pdf":
            write_pdf(blocks, target)
        elif fmt == "docx":
            write_docx(blocks, target)
        elif fmt == "txt":
            target.write_text(plain_text(blocks), encoding="utf-8")
        else:
            raise ValueError(f"unknown format {fmt}")
        out[fmt] = target
    return out
