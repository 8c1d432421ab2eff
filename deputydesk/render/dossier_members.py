"""Turn each dossier member into a PDF file: PDFs as they are, DOCX through LibreOffice when installed
(otherwise typeset from the extracted text with a visible note), XLSX as tables, plain text typeset.

Everything typeset here uses the shared print layout (render/base.py): A4, Liberation Serif, escaped text.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from deputydesk.render import base

XLSX_MAX_ROWS = 2000  # per sheet; the rest is summarised in a note (the original stays in the library)
TABLE_CHUNK = 60


class MemberError(Exception):
    """A member could not be turned into PDF; the message names the reason in plain words."""


def find_soffice() -> str | None:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return None


def convert_with_soffice(src: Path, outdir: Path, soffice: str, timeout: float = 180) -> Path:
    """DOCX/ODT/XLSX → PDF with LibreOffice in a throw-away profile (no clash with a running office)."""
    profile = Path(tempfile.mkdtemp(prefix="dd-lo-profile-", dir=outdir))
    try:
        cmd = [soffice, "--headless", "--norestore", "--nolockcheck",
               f"-env:UserInstallation={profile.resolve().as_uri()}",
               "--convert-to", "pdf", "--outdir", str(outdir), str(src)]
        try:
            proc = subprocess.run(cmd, capture_output=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise MemberError(f"LibreOffice did not finish converting within {int(timeout)} s") from None
        result = outdir / (src.stem + ".pdf")
        if proc.returncode != 0 or not result.is_file() or result.stat().st_size == 0:
            detail = (proc.stderr or proc.stdout or b"").decode("utf-8", "replace").strip()[:200]
            raise MemberError(f"LibreOffice could not convert the file ({detail or 'no output'})")
        return result
    finally:
        shutil.rmtree(profile, ignore_errors=True)


# --------------------------------------------------------------------------- typesetting
def _styles() -> dict[str, Any]:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    base.register_fonts()
    body = ParagraphStyle("body", fontName=base.SERIF, fontSize=12, leading=14.5, spaceAfter=4)
    return {
        "body": body,
        "heading": ParagraphStyle("heading", parent=body, fontName=base.SERIF_BOLD, fontSize=13, leading=16,
                                  spaceBefore=6, spaceAfter=6),
        "title": ParagraphStyle("title", parent=body, fontName=base.SERIF_BOLD, fontSize=14, leading=17,
                                alignment=TA_CENTER, spaceAfter=10),
        "note": ParagraphStyle("note", parent=body, fontName=base.SERIF_ITALIC, fontSize=10, leading=12,
                               textColor="#8a1c1c", borderColor="#8a1c1c", borderWidth=0.6, borderPadding=4,
                               spaceAfter=10),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=10.5, spaceAfter=0),
        "small_cell": ParagraphStyle("small_cell", parent=body, fontSize=7.5, leading=9, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", parent=body, fontName=base.SERIF_BOLD, fontSize=9,
                                    leading=10.5, spaceAfter=0),
    }


def build_pdf(path: Path, story: list[Any], landscape: bool = False, title: str = "") -> None:
    from reportlab.lib.pagesizes import landscape as to_landscape
    from reportlab.platypus import SimpleDocTemplate

    size = to_landscape(base.PAGE_SIZE) if landscape else base.PAGE_SIZE
    doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=base.MARGIN_LEFT,
                            rightMargin=base.MARGIN_RIGHT, topMargin=base.MARGIN_TOP + 5,
                            bottomMargin=base.MARGIN_BOTTOM + 8, title=title, author="DeputyDesk",
                            initialFontName=base.SERIF, initialFontSize=12)
    if not story:
        from reportlab.platypus import Spacer

        story = [Spacer(1, 1)]
    doc.build(story)


def table_flowables(rows: list[list[str]], width: float, header: bool = True,
                    col_widths: list[float] | None = None) -> list[Any]:
    """Rows of text as reportlab Tables, split in chunks so huge tables lay out in bounded memory."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    styles = _styles()
    if not rows:
        return []
    ncols = max(len(r) for r in rows)
    cell_style = styles["cell"] if ncols <= 6 else styles["small_cell"]
    widths = col_widths or [width / ncols] * ncols
    head = rows[0] if header else None
    body = rows[1:] if header else rows
    out: list[Any] = []
    chunks = [body[i: i + TABLE_CHUNK] for i in range(0, len(body), TABLE_CHUNK)] or [[]]
    for chunk in chunks:
        data = []
        if head is not None:
            data.append([Paragraph(base.esc(c), styles["cell_bold"] if ncols <= 6 else cell_style)
                         for c in head + [""] * (ncols - len(head))])
        for r in chunk:
            data.append([Paragraph(base.esc(c), cell_style) for c in r + [""] * (ncols - len(r))])
        if not data:
            continue
        t = Table(data, colWidths=widths, repeatRows=1 if head is not None else 0)
        style = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("FONTNAME", (0, 0), (-1, -1), base.SERIF),
                 ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
        if head is not None:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)))
        t.setStyle(TableStyle(style))
        out.append(t)
    out.append(Spacer(1, 6))
    return out


def _frame_width(landscape: bool = False) -> float:
    w, h = base.PAGE_SIZE
    return (h if landscape else w) - base.MARGIN_LEFT - base.MARGIN_RIGHT


def text_story(text: str, note: str = "") -> list[Any]:
    """Plain text (or light Markdown: ``#`` headings, ``|`` tables) as flowables."""
    from reportlab.platypus import Paragraph

    styles = _styles()
    story: list[Any] = []
    if note:
        story.append(Paragraph(base.esc(note), styles["note"]))
    table: list[list[str]] = []

    def flush_table() -> None:
        if table:
            rows = [r for r in table if not all(set(c.strip()) <= set("-: ") for c in r)]
            story.extend(table_flowables(rows, _frame_width()))
            table.clear()

    lines = text.replace("\r\n", "\n").split("\n")
    # Text with blank lines between paragraphs may be hard-wrapped inside them: join such lines.
    join = any(not ln.strip() for ln in lines) and any(ln.strip() for ln in lines)
    paragraph: list[str] = []

    def flush_paragraph() -> None:
        if paragraph:
            story.append(Paragraph(base.esc(" ".join(paragraph)), styles["body"]))
            paragraph.clear()

    for line in lines:
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
            flush_paragraph()
            table.append([c.strip() for c in stripped.strip("|").split("|")])
            continue
        flush_table()
        if not stripped:
            flush_paragraph()
            continue
        if stripped.startswith("#"):
            flush_paragraph()
            story.append(Paragraph(base.esc(stripped.lstrip("#").strip()), styles["heading"]))
        elif join and not _starts_item(stripped):
            paragraph.append(stripped)
        else:
            flush_paragraph()
            paragraph.append(stripped)
            if not join:
                flush_paragraph()
    flush_paragraph()
    flush_table()
    return story


def _starts_item(line: str) -> bool:
    """A numbered or bulleted item starts a new paragraph even inside a block: "1.", "2)", "-", "—"."""
    import re

    return bool(re.match(r"^(\d{1,3}[.)]|[-—•*])\s", line))


def typeset_text(path: Path, text: str, title: str = "", note: str = "") -> None:
    build_pdf(path, text_story(text, note), title=title)


def _docx_blocks(src: Path) -> Iterable[tuple[str, Any]]:
    """("p", text) and ("table", rows) in document order."""
    import docx
    from docx.oxml.ns import qn

    try:
        document = docx.Document(str(src))
    except Exception as exc:
        raise MemberError(f"not a readable DOCX file ({exc.__class__.__name__})") from None
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            text = "".join(t.text or "" for t in child.iter(qn("w:t")))
            yield "p", text
        elif child.tag == qn("w:tbl"):
            rows = []
            for tr in child.iter(qn("w:tr")):
                cells = []
                for tc in tr.iter(qn("w:tc")):
                    cells.append("\n".join("".join(t.text or "" for t in p.iter(qn("w:t")))
                                           for p in tc.iter(qn("w:p"))))
                rows.append(cells)
            yield "table", rows


def typeset_docx(src: Path, out: Path, note: str, title: str = "") -> None:
    from reportlab.platypus import Paragraph

    styles = _styles()
    story: list[Any] = [Paragraph(base.esc(note), styles["note"])]
    for kind, value in _docx_blocks(src):
        if kind == "p":
            if value.strip():
                story.append(Paragraph(base.esc(value), styles["body"]))
        else:
            story.extend(table_flowables(value, _frame_width(), header=False))
    build_pdf(out, story, title=title)


def typeset_xlsx(src: Path, out: Path, title: str = "", more_rows_note: str = "{n}") -> None:
    """Each sheet as a titled table; landscape when a sheet is wide. Read-only, row by row."""
    import openpyxl
    from reportlab.platypus import PageBreak, Paragraph

    styles = _styles()
    try:
        wb = openpyxl.load_workbook(str(src), read_only=True, data_only=True)
    except Exception as exc:
        raise MemberError(f"not a readable XLSX file ({exc.__class__.__name__})") from None
    try:
        sheets: list[tuple[str, list[list[str]], int]] = []
        widest = 0
        for ws in wb.worksheets:
            rows: list[list[str]] = []
            extra = 0
            for row in ws.iter_rows(values_only=True):
                cells = ["" if v is None else _cell_text(v) for v in row]
                while cells and cells[-1] == "":
                    cells.pop()
                if not cells:
                    continue
                if len(rows) >= XLSX_MAX_ROWS:
                    extra += 1
                    continue
                rows.append(cells)
            widest = max(widest, max((len(r) for r in rows), default=0))
            sheets.append((ws.title, rows, extra))
    finally:
        wb.close()
    landscape = widest > 7
    story: list[Any] = []
    for i, (name, rows, extra) in enumerate(sheets):
        if i:
            story.append(PageBreak())
        story.append(Paragraph(base.esc(name), styles["heading"]))
        story.extend(table_flowables(rows, _frame_width(landscape)))
        if extra:
            story.append(Paragraph(base.esc(more_rows_note.format(n=extra)), styles["note"]))
    build_pdf(out, story, landscape=landscape, title=title)


def _cell_text(value: Any) -> str:
    import datetime as dt

    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y %H:%M") if (value.hour or value.minute) else value.strftime("%d.%m.%Y")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, float):
        if value.is_integer():
            return f"{int(value):,}".replace(",", "\u00a0")
        return f"{value:,.2f}".replace(",", "\u00a0").replace(".", ",")
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}".replace(",", "\u00a0")
    return str(value)


def read_text_file(path: Path) -> str:
    data = path.read_bytes()
    for enc in ("utf-8-sig", "cp1251"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", "replace")


def kind_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return "pdf"
    if suffix in (".docx", ".odt", ".doc", ".rtf"):
        return "docx"
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    if suffix in (".txt", ".md", ".text", ".csv"):
        return "text"
    with open(path, "rb") as fh:
        head = fh.read(5)
    if head == b"%PDF-":
        return "pdf"
    raise MemberError(f"unsupported file type {suffix or '(none)'}")


def cleanup(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
