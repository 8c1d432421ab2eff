"""Limits that keep hostile or absurd files from exhausting memory, disk or time."""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class IngestLimits:
    max_file_bytes: int = 200 * MB
    """Files larger than this are refused (configurable per workspace: library.max_file_mb)."""
    max_unpacked_bytes: int = 300 * MB
    """Total uncompressed size a DOCX/XLSX/ODT may declare or actually expand to."""
    max_member_ratio: float = 200.0
    """Compression ratio above which a ZIP member larger than 1 MB counts as a bomb."""
    max_zip_entries: int = 10_000
    max_pages: int = 10_000
    max_cells: int = 2_000_000
    """XLSX/ODS cells read; the rest of a giant sheet is skipped with a warning."""
    max_text_chars: int = 50_000_000
    max_image_pixels: int = 120_000_000
    ocr_timeout_s: float = 180.0
    ocr_dpi: int = 300

    @classmethod
    def with_max_file_mb(cls, mb: float | int | None) -> IngestLimits:
        if not mb:
            return cls()
        return cls(max_file_bytes=int(float(mb) * MB))
