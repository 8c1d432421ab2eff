"""Reading rendered letters back: PDF text (pdftotext, pypdfium2), fonts, word boxes, QR modules; DOCX text."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

import pypdfium2 as pdfium


def pdftotext(path: Path, *extra: str) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", *extra, str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def squeeze(text: str) -> str:
    """Text without any whitespace: line wrapping and column order of tables cannot break a comparison."""
    return re.sub(r"\s+", "", text)


def fonts(path: Path) -> list[dict[str, str]]:
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type [type2] encoding emb sub uni object ID: read the emb/sub/uni flags from the end
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


def page_sizes(path: Path) -> list[tuple[float, float]]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [tuple(round(v, 1) for v in pdf[i].get_size()) for i in range(len(pdf))]  # type: ignore[misc]
    finally:
        pdf.close()


def pdfium_text(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def image_count(path: Path, page: int = 0) -> int:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return sum(1 for o in pdf[page].get_objects() if o.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE)
    finally:
        pdf.close()


@dataclass
class Word:
    page: int
    text: str
    x0: float
    y0: float  # from the top of the page, points
    x1: float
    y1: float


def words(path: Path) -> tuple[list[Word], list[tuple[float, float]]]:
    html = pdftotext(path, "-bbox")
    html = html[html.index("<doc>"):html.index("</doc>") + 6]
    root = ElementTree.fromstring(html)  # the <doc> part carries no namespace
    out, sizes = [], []
    for i, page in enumerate(root.iter("page")):
        sizes.append((float(page.get("width", 0)), float(page.get("height", 0))))
        for w in page:
            out.append(Word(i, w.text or "", float(w.get("xMin", 0)), float(w.get("yMin", 0)),
                            float(w.get("xMax", 0)), float(w.get("yMax", 0))))
    return out, sizes


def qr_modules(path: Path, page: int, region: tuple[float, float, float, float], size: int) -> list[list[bool]]:
    """Read a ``size``×``size`` QR symbol drawn inside ``region`` (x0, y0, x1, y1 in points from the top left)
    by sampling the centre of each module of the dark-pixel bounding box."""
    scale = 6
    pdf = pdfium.PdfDocument(str(path))
    try:
        image = pdf[page].render(scale=scale).to_pil().convert("L")
    finally:
        pdf.close()
    x0, y0, x1, y1 = (int(v * scale) for v in region)
    crop = image.crop((x0, y0, x1, y1))
    w, h = crop.size
    px = crop.load()
    dark_rows = [y for y in range(h) if any(px[x, y] < 128 for x in range(w))]
    # the symbol is the tallest block of rows with dark pixels (a caption may sit below it)
    blocks: list[list[int]] = []
    for y in dark_rows:
        if blocks and y - blocks[-1][-1] <= 2 * scale:
            blocks[-1].append(y)
        else:
            blocks.append([y])
    rows = max(blocks, key=len)
    top, bottom = rows[0], rows[-1]
    cols = [x for x in range(w) if any(px[x, y] < 128 for y in range(top, bottom + 1))]
    left, right = cols[0], cols[-1]
    module_w = (right - left + 1) / size
    module_h = (bottom - top + 1) / size
    return [[px[int(left + (c + 0.5) * module_w), int(top + (r + 0.5) * module_h)] < 128 for c in range(size)]
            for r in range(size)]


def docx_text(path: Path) -> str:
    """All text of a DOCX in document order: paragraphs and table cells (each cell once), frames included."""
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    doc = Document(str(path))
    parts: list[str] = []
    for block in doc.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[1]
        if tag == "p":
            parts.append(Paragraph(block, doc).text)
        elif tag == "tbl":
            for row in Table(block, doc).rows:
                for cell in row.cells:
                    parts.extend(p.text for p in cell.paragraphs)
    return "\n".join(parts)
