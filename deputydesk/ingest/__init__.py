"""File to text and metadata (PDF, DOCX, XLSX, ODT, TXT, images through OCR). No Qt.

``extract(path)`` reads any supported file (format from the content, not the name) into per-page text
and facts, or raises a typed :class:`IngestError` with a plain reason. Any code that calls pypdfium2 in
the application's process should hold :data:`deputydesk.ingest.pdf.PDFIUM_LOCK` (PDFium is not
thread-safe)."""

from deputydesk.ingest.errors import IngestError
from deputydesk.ingest.extract import extract
from deputydesk.ingest.limits import IngestLimits

__all__ = ["IngestError", "IngestLimits", "extract"]
