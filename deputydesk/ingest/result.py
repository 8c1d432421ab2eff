"""What an extractor returns."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffe\uffff]")


@dataclass
class Extraction:
    format: str
    """pdf, docx, xlsx, odt, ods, txt, csv, html or image."""
    pages: list[str]
    """Text of each page (DOCX/ODT: split at page breaks; XLSX/ODS: one page per sheet)."""
    needs_ocr: bool = False
    """Some pages are images whose text could not be recognised (Tesseract missing or failed)."""
    ocr_used: bool = False
    warnings: list[str] = field(default_factory=list)
    encoding: str | None = None
    """Text files: the encoding that was detected."""
    ocr_pages: list[int] = field(default_factory=list)
    """0-based pages that are images (recognised or waiting for recognition)."""

    @property
    def page_count(self) -> int:
        return len(self.pages)

    @property
    def text(self) -> str:
        return "\n\f\n".join(self.pages)

    def facts(self) -> dict[str, object]:
        return {"format": self.format, "pages": self.page_count, "needs_ocr": self.needs_ocr,
                "ocr_used": self.ocr_used, "warnings": list(self.warnings), "encoding": self.encoding}


def clean_text(text: str) -> str:
    """NFC, unified line breaks, control characters and soft hyphens removed, trailing spaces trimmed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00ad", "")
    text = text.replace("\x02\n", "").replace("\x02", "-")  # PDFium marks a hyphen that broke a word
    text = _CONTROL_RE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")
