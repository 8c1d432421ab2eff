"""One entry point: a file in, per-page text and facts out, or a typed :class:`IngestError`."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from deputydesk.ingest.errors import (
    CorruptFile,
    EmptyFile,
    IngestError,
    TooLarge,
    Unreadable,
    UnsupportedFormat,
)
from deputydesk.ingest.limits import MB, IngestLimits
from deputydesk.ingest.result import Extraction
from deputydesk.ingest.sniff import FORMAT_LABELS, expected_formats, sniff

SUPPORTED = ("pdf", "docx", "xlsx", "odt", "ods", "txt", "csv", "html", "image")

_UNSUPPORTED_ADVICE = {
    "legacy-office": "it is an old Microsoft Office 97-2003 file; open it and save it as DOCX or XLSX",
    "rtf": "it is an RTF file; open it and save it as DOCX or PDF",
}


def check_file(path: Path, limits: IngestLimits) -> int:
    """Size of a readable regular file, or a typed error (missing, unreadable, empty, too large)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise Unreadable("the file does not exist", path) from None
    except OSError as exc:
        raise Unreadable(f"the file cannot be accessed ({exc.strerror or exc})", path) from None
    if stat.S_ISDIR(st.st_mode):
        # a folder reaches here when it could not be listed (expand_paths passes it on): say why
        try:
            with os.scandir(path):
                pass
        except PermissionError:
            raise Unreadable("permission denied: DeputyDesk may not open this folder", path) from None
        except OSError as exc:
            raise Unreadable(f"the folder cannot be opened ({exc.strerror or exc})", path) from None
        raise Unreadable("this is a folder, not a file", path)
    if not stat.S_ISREG(st.st_mode):
        raise Unreadable("this is not a regular file", path)
    if st.st_size == 0:
        raise EmptyFile("the file is empty (0 bytes)", path)
    if st.st_size > limits.max_file_bytes:
        raise TooLarge(f"the file is {st.st_size / MB:.1f} MB, over the {limits.max_file_bytes / MB:.0f} MB limit "
                       "set for the library", path)
    if not os.access(path, os.R_OK):
        raise Unreadable("permission denied: DeputyDesk may not read this file", path)
    return st.st_size


def read_head(path: Path, n: int = 16384) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(n)
    except PermissionError:
        raise Unreadable("permission denied: DeputyDesk may not read this file", path) from None
    except OSError as exc:
        raise Unreadable(f"the file cannot be read ({exc.strerror or exc})", path) from None


def extract(path: str | Path, limits: IngestLimits | None = None, use_ocr: bool = True) -> Extraction:
    """Read a document of any supported format. The format comes from the content; a name that claims
    another format adds a warning (or names the mismatch in the error when the content is unsupported)."""
    path = Path(path)
    limits = limits or IngestLimits()
    check_file(path, limits)
    head = read_head(path)
    sniffed = sniff(path, head)
    fmt = sniffed.format
    claimed = expected_formats(path)
    if fmt not in SUPPORTED:
        label = sniffed.detail or FORMAT_LABELS.get(fmt, fmt)
        if fmt == "corrupt-zip":
            raise CorruptFile(f"the file is {label} and cannot be opened", path)
        reason = _UNSUPPORTED_ADVICE.get(fmt) or f"DeputyDesk cannot read this kind of file: it is {label}"
        if claimed and fmt not in claimed:
            reason = (f"the name says {path.suffix.lower()}, but the content is {label}; "
                      + (_UNSUPPORTED_ADVICE.get(fmt) or "DeputyDesk cannot read it"))
        raise UnsupportedFormat(reason, path)
    try:
        result = _dispatch(path, fmt, limits, use_ocr)
    except IngestError as exc:
        if exc.path is None:
            exc.path = str(path)
        raise
    except MemoryError:
        raise TooLarge("the document needs more memory than is available", path) from None
    except RecursionError:
        raise CorruptFile("the document is nested too deeply to read", path) from None
    if claimed and fmt not in claimed and not (fmt == "txt" and "csv" in claimed):
        result.warnings.insert(0, f"the name ends in {path.suffix.lower()} but the file is "
                                  f"{FORMAT_LABELS.get(fmt, fmt)}; it was read as {FORMAT_LABELS.get(fmt, fmt)}")
    return result


def _dispatch(path: Path, fmt: str, limits: IngestLimits, use_ocr: bool) -> Extraction:
    if fmt == "pdf":
        from deputydesk.ingest.pdf import extract_pdf

        return extract_pdf(path, limits, use_ocr)
    if fmt == "docx":
        from deputydesk.ingest.office import extract_docx

        return extract_docx(path, limits)
    if fmt == "xlsx":
        from deputydesk.ingest.office import extract_xlsx

        return extract_xlsx(path, limits)
    if fmt in ("odt", "ods"):
        from deputydesk.ingest.office import extract_odf

        return extract_odf(path, limits, fmt)
    if fmt == "image":
        from deputydesk.ingest.image import extract_image

        return extract_image(path, limits, use_ocr)
    from deputydesk.ingest.text import extract_text

    return extract_text(path, limits, fmt)
