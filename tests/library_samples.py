"""Real files for the library's tests: well-formed documents of every format, and hostile ones.

Everything is generated with the real libraries (reportlab, python-docx, openpyxl, Pillow, zipfile) — no
stubs. Shared by tests/unit/library, tests/integration/library and tests/gui/library (tests/ is on the
import path because the root conftest lives there)."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

KK_TEXT = "Абай аудандық мәслихатының шешімі бюджет туралы"
RU_TEXT = "Решение Абайского районного маслихата о бюджете района"


# ---------------------------------------------------------------------------------------------- good files
def make_pdf(path: Path, pages: list[str], password: str | None = None) -> Path:
    from reportlab.pdfgen import canvas

    from deputydesk.render.base import SERIF, register_fonts

    register_fonts()
    c = canvas.Canvas(str(path), encrypt=password) if password else canvas.Canvas(str(path))
    for text in pages:
        c.setFont(SERIF, 12)
        y = 800
        for line in text.split("\n"):
            c.drawString(60, y, line)
            y -= 16
        c.showPage()
    c.save()
    return path


def make_docx(path: Path, paragraphs: list[str], table: list[list[str]] | None = None,
              page_break_after: int | None = None, header: str | None = None) -> Path:
    from docx.enum.text import WD_BREAK

    from deputydesk.render.base import new_docx

    doc = new_docx()
    if header:
        doc.sections[0].header.paragraphs[0].text = header
    for i, text in enumerate(paragraphs):
        p = doc.add_paragraph(text)
        if page_break_after is not None and i == page_break_after:
            p.add_run().add_break(WD_BREAK.PAGE)
    if table:
        t = doc.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for c, v in zip(cells, row, strict=False):
                c.text = v
    doc.save(str(path))
    return path


def make_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(str(path))
    return path


ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">
<office:body><office:text>
{body}
</office:text></office:body></office:document-content>"""


def make_odt(path: Path, body_xml: str, content: str | None = None) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", content if content is not None else ODT_CONTENT.format(body=body_xml))
        zf.writestr("META-INF/manifest.xml",
                    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')
    return path


def make_text_image(path: Path, lines: list[str], fmt: str = "PNG", size: int = 44) -> Path:
    from PIL import Image, ImageDraw, ImageFont

    from deputydesk.render.base import SERIF, font_path

    font = ImageFont.truetype(str(font_path(SERIF)), size)
    width = 1700
    height = 120 + len(lines) * int(size * 1.6)
    im = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(im)
    y = 60
    for line in lines:
        draw.text((60, y), line, font=font, fill=0)
        y += int(size * 1.6)
    im.save(path, format=fmt)
    return path


def make_image_pdf(path: Path, image: Path) -> Path:
    """A scan: a PDF page holding only an image, no text layer."""
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    with Image.open(image) as im:
        iw, ih = im.size
    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    width = w - 60
    height = width * ih / iw
    c.drawImage(str(image), 30, h - 30 - height, width=width, height=height)
    c.showPage()
    c.save()
    return path


# ---------------------------------------------------------------------------------------------- hostile files
def truncated_pdf(path: Path, good: Path) -> Path:
    data = good.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def garbage_pdf(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n")
    return path


def zip_bomb_docx(path: Path, good_docx: Path, megabytes: int = 60) -> Path:
    """A real DOCX plus a part of zeros that compresses ~1000 times."""
    data = good_docx.read_bytes()
    buf = io.BytesIO(data)
    with zipfile.ZipFile(buf, "a", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/media/image1.bin", b"\0" * (megabytes * 1024 * 1024))
    path.write_bytes(buf.getvalue())
    return path


def declared_bomb(path: Path, good: Path, declared: int = 4 * 1024**3) -> Path:
    """A container whose central directory claims a part unpacks to ``declared`` bytes (4 GB)."""
    data = bytearray(good.read_bytes())
    # patch every central-directory record's uncompressed size field of the largest part
    pos = data.find(b"PK\x01\x02")
    best = None
    while pos != -1:
        usize = struct.unpack_from("<I", data, pos + 24)[0]
        if best is None or usize > best[1]:
            best = (pos, usize)
        pos = data.find(b"PK\x01\x02", pos + 4)
    assert best is not None
    struct.pack_into("<I", data, best[0] + 24, min(declared, 0xFFFFFFFE))
    path.write_bytes(bytes(data))
    return path


def lying_sizes(path: Path, good: Path) -> Path:
    """A container whose largest part declares a far smaller size than it inflates to."""
    data = bytearray(good.read_bytes())
    for sig, offset in ((b"PK\x01\x02", 24), (b"PK\x03\x04", 22)):
        pos = data.find(sig)
        while pos != -1:
            usize = struct.unpack_from("<I", data, pos + offset)[0]
            if usize > 1000:
                struct.pack_into("<I", data, pos + offset, 100)
            pos = data.find(sig, pos + 4)
    path.write_bytes(bytes(data))
    return path


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>
<w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"""


def entity_bomb_docx(path: Path, good_docx: Path) -> Path:
    src = zipfile.ZipFile(good_docx)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                data = BILLION_LAUGHS.encode()
            out.writestr(info, data)
    src.close()
    return path


def entity_bomb_odt(path: Path) -> Path:
    content = BILLION_LAUGHS.replace("w:document", "office:document-content")
    return make_odt(path, "", content=content)


def png_bomb(path: Path, width: int = 60000, height: int = 60000) -> Path:
    """A tiny PNG whose header claims a gigantic canvas."""
    from PIL import Image

    buf = io.BytesIO()
    Image.new("L", (1, 1), 255).save(buf, format="PNG")
    data = bytearray(buf.getvalue())
    ihdr = data.find(b"IHDR")
    struct.pack_into(">II", data, ihdr + 4, width, height)
    crc = zlib.crc32(bytes(data[ihdr:ihdr + 17])) & 0xFFFFFFFF
    struct.pack_into(">I", data, ihdr + 17, crc)
    path.write_bytes(bytes(data))
    return path


def elf_named(path: Path) -> Path:
    path.write_bytes(b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 4000)
    return path
