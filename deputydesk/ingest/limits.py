"""Limits that keep hostile or absurd files from exhausting memory, disk or time."""

from __future__ import annotations

import math
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
    def with_max_file_mb(cls, mb: object) -> IngestLimits:
        """Limits with ``mb`` megabytes as the largest file (a workspace setting, typed by hand into
        ``settings.json``): anything but a number from :data:`MIN_FILE_MB` to :data:`MAX_FILE_MB` — text,
        a list, zero, a negative number — keeps the default rather than refusing every file."""
        value = valid_max_file_mb(mb)
        if value is None:
            return cls()
        return cls(max_file_bytes=int(value * MB))


MIN_FILE_MB = 1
MAX_FILE_MB = 100_000


def valid_max_file_mb(mb: object) -> float | None:
    """``mb`` as a file-size limit in megabytes, or None when it is not a usable one."""
    if isinstance(mb, bool) or not isinstance(mb, (int, float, str)):
        return None
    try:
        value = float(mb)
    except ValueError:
        return None
    if not math.isfinite(value) or not MIN_FILE_MB <= value <= MAX_FILE_MB:
        return None
    return value
