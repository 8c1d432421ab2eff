"""Typed ingest errors. Each carries a language-independent ``code`` (the GUI translates it), a plain
English ``reason`` and the file it concerns. Nothing in ingest raises anything else for bad input."""

from __future__ import annotations

from pathlib import Path


class IngestError(Exception):
    code = "unreadable"

    def __init__(self, reason: str, path: str | Path | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.path = str(path) if path is not None else None

    def __str__(self) -> str:
        if self.path:
            return f"{Path(self.path).name}: {self.reason}"
        return self.reason


class EmptyFile(IngestError):
    code = "empty"


class TooLarge(IngestError):
    code = "too_large"


class Unreadable(IngestError):
    code = "unreadable"


class UnsupportedFormat(IngestError):
    code = "unsupported"


class CorruptFile(IngestError):
    code = "corrupt"


class EncryptedFile(IngestError):
    code = "encrypted"


class ArchiveBomb(IngestError):
    """A ZIP-based document (DOCX, XLSX, ODT) or an image that would expand far beyond its size."""

    code = "bomb"


class XmlEntityBomb(IngestError):
    """XML with a document type declaration or entities (never used by real office documents)."""

    code = "xml_entities"


class OcrFailed(IngestError):
    code = "ocr_failed"


ERROR_CODES = ("empty", "too_large", "unreadable", "unsupported", "corrupt", "encrypted", "bomb",
               "xml_entities", "ocr_failed")
