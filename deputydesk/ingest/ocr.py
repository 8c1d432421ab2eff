"""Text recognition through the Tesseract command-line program (Kazakh + Russian data), when installed.

Without Tesseract (or without its Kazakh/Russian data) a scan is still imported, marked *needs OCR*, and
the user is told how to enable recognition (:data:`HOW_TO_ENABLE`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from deputydesk.ingest.errors import OcrFailed

HOW_TO_ENABLE = (
    "Text recognition (OCR) is not available. Install Tesseract with its Kazakh and Russian data "
    "(Debian/Ubuntu: sudo apt-get install tesseract-ocr tesseract-ocr-kaz tesseract-ocr-rus; Windows: the "
    "Tesseract installer with the Kazakh and Russian languages ticked), then run \"Recognise text\" on "
    "the document."
)

_lock = threading.Lock()
_status: OcrStatus | None = None


@dataclass(frozen=True)
class OcrStatus:
    available: bool
    languages: str
    """``"kaz+rus"``, or the subset installed (``"rus"``)."""
    message: str
    program: str | None = None


def status(refresh: bool = False) -> OcrStatus:
    """Whether Tesseract can run here and with which of the Kazakh/Russian data (cached per process)."""
    global _status
    with _lock:
        if _status is not None and not refresh:
            return _status
        _status = _probe()
        return _status


def _probe() -> OcrStatus:
    if os.environ.get("DEPUTYDESK_DISABLE_OCR"):
        return OcrStatus(False, "", HOW_TO_ENABLE)
    program = shutil.which("tesseract")
    if not program:
        return OcrStatus(False, "", HOW_TO_ENABLE)
    try:
        out = subprocess.run([program, "--list-langs"], capture_output=True, text=True, timeout=20,
                             check=False)
    except (OSError, subprocess.SubprocessError):
        return OcrStatus(False, "", HOW_TO_ENABLE)
    langs = {line.strip() for line in (out.stdout + "\n" + out.stderr).splitlines()}
    chosen = [code for code in ("kaz", "rus") if code in langs]
    if not chosen:
        return OcrStatus(False, "", HOW_TO_ENABLE, program)
    message = "" if len(chosen) == 2 else (
        f"Tesseract has only the {'Kazakh' if chosen == ['kaz'] else 'Russian'} data; install "
        "tesseract-ocr-kaz and tesseract-ocr-rus for both languages.")
    return OcrStatus(True, "+".join(chosen), message, program)


def recognise(image_path: Path, timeout: float = 180.0) -> list[str]:
    """Text of each page of an image file (multi-page TIFF gives several), recognised as Kazakh+Russian."""
    st = status()
    if not st.available or not st.program:
        raise OcrFailed(HOW_TO_ENABLE, image_path)
    env = dict(os.environ)
    env.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        out = subprocess.run([st.program, str(image_path), "stdout", "-l", st.languages, "--psm", "3"],
                             capture_output=True, timeout=timeout, check=False, env=env)
    except subprocess.TimeoutExpired:
        raise OcrFailed(f"text recognition took longer than {timeout:.0f} s", image_path) from None
    except OSError as exc:
        raise OcrFailed(f"Tesseract could not run ({exc})", image_path) from None
    if out.returncode != 0:
        detail = out.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrFailed("Tesseract failed" + (f": {detail[-1]}" if detail else ""), image_path)
    text = out.stdout.decode("utf-8", "replace")
    pages = text.split("\f")
    if len(pages) > 1 and not pages[-1].strip():
        pages = pages[:-1]
    return [p.strip("\n") for p in pages]


def recognise_pil(image: Any, timeout: float = 180.0) -> str:
    """Recognise one Pillow image (a rendered PDF page)."""
    with tempfile.TemporaryDirectory(prefix="deputydesk-ocr-") as tmp:
        path = Path(tmp) / "page.png"
        image.save(path, format="PNG")
        pages = recognise(path, timeout)
    return "\n".join(pages)
