"""Recognise a file's format from its content (magic bytes and, for ZIP containers, their members),
never from its name. The extension is only compared afterwards, to warn about a misnamed file."""

from __future__ import annotations

import zipfile
from pathlib import Path

FORMATS = ("pdf", "docx", "xlsx", "odt", "ods", "txt", "csv", "html", "image")

# extension -> formats it may legitimately hold
_EXTENSIONS: dict[str, tuple[str, ...]] = {
    ".pdf": ("pdf",),
    ".docx": ("docx",), ".docm": ("docx",), ".dotx": ("docx",),
    ".xlsx": ("xlsx",), ".xlsm": ("xlsx",),
    ".odt": ("odt",), ".ods": ("ods",),
    ".txt": ("txt",), ".text": ("txt",), ".md": ("txt",), ".csv": ("csv", "txt"), ".tsv": ("csv", "txt"),
    ".htm": ("html",), ".html": ("html",),
    ".png": ("image",), ".jpg": ("image",), ".jpeg": ("image",), ".tif": ("image",), ".tiff": ("image",),
    ".bmp": ("image",), ".gif": ("image",), ".webp": ("image",),
    ".doc": ("legacy-office",), ".xls": ("legacy-office",), ".rtf": ("rtf",),
}

_IMAGE_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"BM", "bmp"),
)

_BINARY_MAGIC = (
    (b"\x7fELF", "a Linux program"),
    (b"MZ", "a Windows program"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"ID3", "an MP3 audio file"),
    (b"\x00\x00\x00", "a binary file"),
    (b"SQLite format 3", "an SQLite database"),
)


class Sniffed:
    __slots__ = ("detail", "format")

    def __init__(self, format: str, detail: str = "") -> None:
        self.format = format
        self.detail = detail

    def __repr__(self) -> str:
        return f"Sniffed({self.format!r}, {self.detail!r})"


def sniff(path: Path, head: bytes) -> Sniffed:
    """Format of the file whose first bytes are ``head`` (at least 8 KiB when the file is that long).
    Returns one of :data:`FORMATS` or an unsupported label ("legacy-office", "rtf", "zip", "binary")."""
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return Sniffed("pdf")
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _sniff_zip(path)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return Sniffed("legacy-office", "an old Microsoft Office 97-2003 file (.doc/.xls)")
    for magic, name in _IMAGE_MAGIC:
        if head.startswith(magic):
            if name == "bmp" and len(head) < 26:
                break
            return Sniffed("image", name)
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return Sniffed("image", "webp")
    if head.startswith(b"{\\rtf"):
        return Sniffed("rtf", "a Rich Text Format file")
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return _text_kind(path, head)
    for magic, name in _BINARY_MAGIC:
        if head.startswith(magic):
            return Sniffed("binary", name)
    if _looks_like_text(head):
        return _text_kind(path, head)
    from deputydesk.ingest.text import utf16_without_bom

    if utf16_without_bom(head):
        return Sniffed("txt")
    return Sniffed("binary", "a binary file of unknown type")


def _text_kind(path: Path, head: bytes) -> Sniffed:
    probe = head[:4096].lower()
    if b"<html" in probe or b"<!doctype html" in probe:
        return Sniffed("html")
    if path.suffix.lower() in (".csv", ".tsv"):
        return Sniffed("csv")
    return Sniffed("txt")


def _looks_like_text(head: bytes) -> bool:
    if not head:
        return False
    sample = head[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls <= max(2, len(sample) // 200)


def _sniff_zip(path: Path) -> Sniffed:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "word/document.xml" in names:
                return Sniffed("docx")
            if "xl/workbook.xml" in names:
                return Sniffed("xlsx")
            if "ppt/presentation.xml" in names:
                return Sniffed("zip", "a PowerPoint presentation (.pptx)")
            if "mimetype" in names:
                info = zf.getinfo("mimetype")
                if info.file_size <= 200:
                    mime = zf.read("mimetype").decode("ascii", "replace").strip()
                    if mime == "application/vnd.oasis.opendocument.text":
                        return Sniffed("odt")
                    if mime == "application/vnd.oasis.opendocument.spreadsheet":
                        return Sniffed("ods")
                    return Sniffed("zip", f"an OpenDocument file of type {mime}")
            if "content.xml" in names and "META-INF/manifest.xml" in names:
                return Sniffed("odt")
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, NotImplementedError):
        return Sniffed("corrupt-zip", "a damaged ZIP-based document")
    return Sniffed("zip", "a ZIP archive")


def expected_formats(path: Path) -> tuple[str, ...]:
    """Formats a file with this name is expected to hold (empty for unknown extensions)."""
    return _EXTENSIONS.get(path.suffix.lower(), ())


FORMAT_LABELS = {
    "pdf": "PDF", "docx": "Word (DOCX)", "xlsx": "Excel (XLSX)", "odt": "OpenDocument text (ODT)",
    "ods": "OpenDocument spreadsheet (ODS)", "txt": "plain text", "csv": "CSV table", "html": "web page",
    "image": "image", "legacy-office": "old Microsoft Office file", "rtf": "RTF", "zip": "ZIP archive",
    "binary": "binary file", "corrupt-zip": "damaged ZIP-based document",
}
