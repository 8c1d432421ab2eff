"""PDF text per page through pypdfium2; image-only pages go through OCR when available.

PDFium is not thread-safe: every call into it here holds one process-wide lock, so background imports
on several threads cannot corrupt each other.
"""

from __future__ import annotations

import threading
from pathlib import Path

from deputydesk.ingest import ocr
from deputydesk.ingest.errors import CorruptFile, EncryptedFile, IngestError, OcrFailed, TooLarge
from deputydesk.ingest.limits import IngestLimits
from deputydesk.ingest.result import Extraction, clean_text

PDFIUM_LOCK = threading.RLock()
"""Hold this around any pypdfium2 call (rendering thumbnails included)."""

_MIN_TEXT_CHARS = 16


def _has_eof_marker(path: Path) -> bool:
    with open(path, "rb") as fh:
        fh.seek(0, 2)
        size = fh.tell()
        fh.seek(max(0, size - 2048))
        tail = fh.read()
    return b"%%EOF" in tail


def extract_pdf(path: Path, limits: IngestLimits, use_ocr: bool = True) -> Extraction:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    if not _has_eof_marker(path):
        raise CorruptFile("the PDF is cut short (no end-of-file marker): it was not copied or downloaded "
                          "completely", path)
    pages: list[str] = []
    image_only: list[int] = []
    warnings: list[str] = []
    with PDFIUM_LOCK:
        try:
            pdf = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError as exc:
            text = str(exc).lower()
            if "password" in text:
                raise EncryptedFile("the PDF is protected with a password; open it, save an unprotected copy and "
                                    "import that", path) from None
            raise CorruptFile(f"the PDF is damaged and cannot be read ({exc})", path) from None
        try:
            n = len(pdf)
            if n == 0:
                raise CorruptFile("the PDF has no pages", path)
            if n > limits.max_pages:
                raise TooLarge(f"the PDF has {n} pages (limit {limits.max_pages})", path)
            total = 0
            for i in range(n):
                try:
                    page = pdf[i]
                except pdfium.PdfiumError as exc:
                    raise CorruptFile(f"page {i + 1} of the PDF is damaged ({exc})", path) from None
                try:
                    textpage = page.get_textpage()
                    try:
                        text = textpage.get_text_range()
                    finally:
                        textpage.close()
                    text = clean_text(text)
                    if len(text.strip()) < _MIN_TEXT_CHARS:
                        has_image = any(True for _ in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,),
                                                                       max_depth=2))
                        if has_image:
                            image_only.append(i)
                    pages.append(text)
                    total += len(text)
                    if total > limits.max_text_chars:
                        raise TooLarge("the PDF holds more text than DeputyDesk reads from one file", path)
                finally:
                    page.close()
        finally:
            pdf.close()

    needs_ocr = False
    ocr_used = False
    if image_only:
        st = ocr.status()
        if use_ocr and st.available:
            for i in image_only:
                try:
                    pages[i] = _ocr_page(path, i, limits)
                    ocr_used = True
                except OcrFailed as exc:
                    needs_ocr = True
                    warnings.append(f"page {i + 1}: {exc.reason}")
            if st.message:
                warnings.append(st.message)
        else:
            needs_ocr = True
            warnings.append(f"{len(image_only)} page(s) are scanned images without text. " + (
                ocr.HOW_TO_ENABLE if not st.available else "Text recognition was not run."))
    return Extraction(format="pdf", pages=pages, needs_ocr=needs_ocr, ocr_used=ocr_used, warnings=warnings,
                      ocr_pages=image_only)


def _ocr_page(path: Path, index: int, limits: IngestLimits) -> str:
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(str(path))
        try:
            page = pdf[index]
            try:
                w, h = page.get_size()
                scale = limits.ocr_dpi / 72
                if w * h * scale * scale > limits.max_image_pixels:
                    scale = (limits.max_image_pixels / (w * h)) ** 0.5
                bitmap = page.render(scale=scale, grayscale=True)
                image = bitmap.to_pil()
                bitmap.close()
            finally:
                page.close()
        finally:
            pdf.close()
    try:
        return clean_text(ocr.recognise_pil(image, limits.ocr_timeout_s))
    except IngestError:
        raise
    except OSError as exc:
        raise OcrFailed(f"the page image could not be prepared for recognition ({exc})", path) from None
