"""Scanned pages saved as images (PNG, JPEG, TIFF incl. multi-page, BMP, GIF, WebP): checked with Pillow,
then recognised with Tesseract when it is installed."""

from __future__ import annotations

import warnings as _warnings
from pathlib import Path

from deputydesk.ingest import ocr
from deputydesk.ingest.errors import ArchiveBomb, CorruptFile, OcrFailed
from deputydesk.ingest.limits import IngestLimits
from deputydesk.ingest.result import Extraction, clean_text


def image_pages(path: Path, limits: IngestLimits) -> int:
    """Number of frames after checking the image is whole and not a decompression bomb."""
    from PIL import Image

    try:
        with _warnings.catch_warnings():
            _warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as im:
                w, h = im.size
                if w * h > limits.max_image_pixels:
                    raise ArchiveBomb(f"the image is {w}×{h} pixels, too large to process", path)
                frames = getattr(im, "n_frames", 1) or 1
                im.verify()
    except ArchiveBomb:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ArchiveBomb("the image is too large to process (a decompression bomb)", path) from None
    except Exception as exc:  # Pillow raises many types for damaged files
        raise CorruptFile(f"the image is damaged or incomplete ({type(exc).__name__}: {exc})", path) from None
    # verify() does not decode pixel data: load it once to catch truncated files
    try:
        with _warnings.catch_warnings():
            _warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as im:
                im.load()
    except Exception as exc:
        raise CorruptFile(f"the image is damaged or incomplete ({type(exc).__name__}: {exc})", path) from None
    return int(frames)


def extract_image(path: Path, limits: IngestLimits, use_ocr: bool = True) -> Extraction:
    frames = image_pages(path, limits)
    st = ocr.status()
    if not (use_ocr and st.available):
        return Extraction(format="image", pages=[""] * frames, needs_ocr=True,
                          warnings=[ocr.HOW_TO_ENABLE if not st.available else "Text recognition was not run."],
                          ocr_pages=list(range(frames)))
    try:
        pages = [clean_text(p) for p in ocr.recognise(path, limits.ocr_timeout_s)]
    except OcrFailed as exc:
        return Extraction(format="image", pages=[""] * frames, needs_ocr=True, warnings=[exc.reason],
                          ocr_pages=list(range(frames)))
    warnings = [st.message] if st.message else []
    return Extraction(format="image", pages=pages or [""], ocr_used=True, warnings=warnings,
                      ocr_pages=list(range(len(pages or [""]))))
