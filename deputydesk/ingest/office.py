"""Word (DOCX), Excel (XLSX) and OpenDocument (ODT, ODS) text. Every container passes
:func:`deputydesk.ingest.zipguard.check_zip` before a parser opens it."""

from __future__ import annotations

import datetime as _dt
import warnings as _warnings
import zipfile
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from deputydesk.ingest.errors import CorruptFile, IngestError, XmlEntityBomb
from deputydesk.ingest.limits import IngestLimits
from deputydesk.ingest.result import Extraction, clean_text
from deputydesk.ingest.zipguard import check_zip

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_W = "{" + W_NS + "}"
_PAGE_BREAK = "\f"


# ---------------------------------------------------------------------------------------------- DOCX
def extract_docx(path: Path, limits: IngestLimits) -> Extraction:
    check_zip(path, limits)
    try:
        import docx

        with _warnings.catch_warnings():
            _warnings.simplefilter("ignore")
            document = docx.Document(str(path))
    except IngestError:
        raise
    except Exception as exc:  # python-docx raises many types for broken packages
        raise CorruptFile(f"the Word document cannot be read ({type(exc).__name__}: {exc})", path) from None
    parts: list[str] = []
    try:
        section = document.sections[0] if document.sections else None
        if section is not None:
            header = section.first_page_header if section.different_first_page_header_footer else section.header
            if not header.is_linked_to_previous or section.different_first_page_header_footer:
                head_text = _docx_block_text(header._element)
                if head_text.strip():
                    parts.append(head_text.strip("\n") + "\n")
    except Exception:  # a damaged header must not lose the body
        pass
    parts.append(_docx_block_text(document.element.body))
    text = "".join(parts)
    pages = [clean_text(p) for p in text.split(_PAGE_BREAK)]
    pages = _drop_empty_edges(pages)
    return Extraction(format="docx", pages=pages or [""])


def _docx_block_text(element: Any) -> str:
    out: list[str] = []
    for child in element.iterchildren():
        tag = child.tag
        if tag == _W + "p":
            out.append(_docx_paragraph(child))
            out.append("\n")
        elif tag == _W + "tbl":
            out.append(_docx_table(child))
        elif tag == _W + "sdt":
            content = child.find(_W + "sdtContent")
            if content is not None:
                out.append(_docx_block_text(content))
    return "".join(out)


def _docx_paragraph(p: Any) -> str:
    pieces: list[str] = []
    ppr = p.find(_W + "pPr")
    if ppr is not None:
        pbb = ppr.find(_W + "pageBreakBefore")
        if pbb is not None and pbb.get(_W + "val") not in ("0", "false"):
            pieces.append(_PAGE_BREAK)
    for el in p.iter():
        if _in_fallback(el, p):
            continue
        tag = el.tag
        if tag == _W + "t":
            pieces.append(el.text or "")
        elif tag == _W + "tab":
            pieces.append("\t")
        elif tag in (_W + "br", _W + "cr"):
            kind = el.get(_W + "type")
            pieces.append(_PAGE_BREAK if kind == "page" else "\n")
        elif tag == _W + "lastRenderedPageBreak":
            if "".join(pieces).strip():
                pieces.append(_PAGE_BREAK)
            else:
                pieces.insert(0, _PAGE_BREAK)
        elif tag == _W + "noBreakHyphen":
            pieces.append("-")
        elif tag == _W + "p" and el is not p:
            pieces.append("\n")  # paragraphs inside text boxes
    return "".join(pieces)


def _in_fallback(el: Any, stop: Any) -> bool:
    parent = el.getparent()
    while parent is not None and parent is not stop:
        if parent.tag == "{" + MC_NS + "}Fallback":
            return True
        parent = parent.getparent()
    return False


def _docx_table(tbl: Any) -> str:
    rows: list[str] = []
    for tr in tbl.iterchildren(_W + "tr"):
        cells: list[str] = []
        for tc in tr.iterchildren(_W + "tc"):
            tcpr = tc.find(_W + "tcPr")
            if tcpr is not None:
                vmerge = tcpr.find(_W + "vMerge")
                if vmerge is not None and vmerge.get(_W + "val") in (None, "continue"):
                    cells.append("")
                    continue
            cells.append(" ".join(_docx_block_text(tc).split("\n")).strip())
        rows.append("\t".join(cells).rstrip("\t"))
    return "\n".join(rows) + "\n"


def _drop_empty_edges(pages: list[str]) -> list[str]:
    while len(pages) > 1 and not pages[0].strip():
        pages.pop(0)
    while len(pages) > 1 and not pages[-1].strip():
        pages.pop()
    return pages


# ---------------------------------------------------------------------------------------------- XLSX
def format_cell(value: Any) -> str:
    """A spreadsheet value as text with its number kept exactly (no exponent, no float noise)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return str(value)
        if value.is_integer() and abs(value) < 1e18:
            return str(int(value))
        try:
            d = Decimal(repr(value))
        except InvalidOperation:
            return repr(value)
        text = format(d, "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, _dt.datetime):
        if value.time() == _dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, (_dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, _dt.timedelta):
        return str(value)
    return str(value)


def extract_xlsx(path: Path, limits: IngestLimits) -> Extraction:
    check_zip(path, limits)
    try:
        import openpyxl

        with _warnings.catch_warnings():
            _warnings.simplefilter("ignore")
            wb = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
    except IngestError:
        raise
    except Exception as exc:
        raise CorruptFile(f"the Excel workbook cannot be read ({type(exc).__name__}: {exc})", path) from None
    pages: list[str] = []
    warnings: list[str] = []
    cells = 0
    truncated = False
    try:
        with _warnings.catch_warnings():
            _warnings.simplefilter("ignore")
            for name in wb.sheetnames:
                ws = wb[name]
                if not hasattr(ws, "iter_rows"):
                    continue  # a chart sheet
                lines = [name]
                if not truncated:
                    for row in ws.iter_rows(values_only=True):
                        cells += len(row)
                        if cells > limits.max_cells:
                            truncated = True
                            break
                        texts = [format_cell(v) for v in row]
                        while texts and not texts[-1]:
                            texts.pop()
                        if texts:
                            lines.append("\t".join(t.replace("\n", " ") for t in texts))
                pages.append(clean_text("\n".join(lines)))
    except IngestError:
        raise
    except Exception as exc:
        raise CorruptFile(f"the Excel workbook is damaged ({type(exc).__name__}: {exc})", path) from None
    finally:
        wb.close()
    if truncated:
        warnings.append(f"the workbook has more than {limits.max_cells} cells; the rest was not read")
    return Extraction(format="xlsx", pages=pages or [""], warnings=warnings)


# ---------------------------------------------------------------------------------------------- ODF
_ODF = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
}


def _q(prefix: str, name: str) -> str:
    return "{" + _ODF[prefix] + "}" + name


def extract_odf(path: Path, limits: IngestLimits, kind: str) -> Extraction:
    """ODT (text) or ODS (spreadsheet): ``content.xml`` parsed with defusedxml."""
    check_zip(path, limits)
    import defusedxml.ElementTree as SafeET
    from defusedxml import DefusedXmlException

    try:
        with zipfile.ZipFile(path) as zf:
            data = zf.read("content.xml")
    except KeyError:
        raise CorruptFile("the OpenDocument file has no content.xml", path) from None
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise CorruptFile(f"the OpenDocument file is damaged ({exc})", path) from None
    try:
        root = SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise XmlEntityBomb("content.xml declares XML entities or a DTD (possible entity bomb)", path) from None
    except SafeET.ParseError as exc:
        raise CorruptFile(f"content.xml is not well-formed XML ({exc})", path) from None
    body = root.find(_q("office", "body"))
    if body is None:
        raise CorruptFile("the OpenDocument file has no body", path)
    pages: list[str]
    if kind == "ods":
        sheet_root = body.find(_q("office", "spreadsheet"))
        pages = []
        cells = 0
        for table in (sheet_root if sheet_root is not None else []):
            if table.tag != _q("table", "table"):
                continue
            lines = [table.get(_q("table", "name"), "")]
            for row_text, n in _odf_table_rows(table):
                cells += n
                if cells > limits.max_cells:
                    break
                if row_text:
                    lines.append(row_text)
            pages.append(clean_text("\n".join(lines)))
        return Extraction(format="ods", pages=pages or [""])
    text_root = body.find(_q("office", "text"))
    out: list[str] = []
    if text_root is not None:
        _odf_block(text_root, out)
    pages = [clean_text(p) for p in "".join(out).split(_PAGE_BREAK)]
    return Extraction(format="odt", pages=_drop_empty_edges(pages) or [""])


def _odf_inline(el: Any, out: list[str]) -> None:
    if el.text:
        out.append(el.text)
    for child in el:
        tag = child.tag
        if tag == _q("text", "s"):
            out.append(" " * int(child.get(_q("text", "c"), "1") or 1))
        elif tag == _q("text", "tab"):
            out.append("\t")
        elif tag == _q("text", "line-break"):
            out.append("\n")
        elif tag == _q("text", "soft-page-break"):
            out.append(_PAGE_BREAK)
        elif tag == _q("text", "note"):
            pass  # footnote bodies would break the sentence; they are rare in acts
        elif tag in (_q("text", "p"), _q("text", "h")):
            _odf_inline(child, out)
            out.append("\n")
        else:
            _odf_inline(child, out)
        if child.tail:
            out.append(child.tail)


def _odf_block(el: Any, out: list[str]) -> None:
    for child in el:
        tag = child.tag
        if tag in (_q("text", "p"), _q("text", "h")):
            _odf_inline(child, out)
            out.append("\n")
        elif tag == _q("text", "soft-page-break"):
            out.append(_PAGE_BREAK)
        elif tag == _q("table", "table"):
            for row_text, _n in _odf_table_rows(child):
                out.append(row_text + "\n")
        elif tag in (_q("text", "list"), _q("text", "list-item"), _q("text", "section"),
                     _q("text", "list-header"), _q("table", "table-header-rows"), _q("table", "table-rows")):
            _odf_block(child, out)


def _odf_table_rows(table: Any) -> Iterator[tuple[str, int]]:
    for row in table.iter(_q("table", "table-row")):
        cells: list[str] = []
        for cell in row:
            if cell.tag not in (_q("table", "table-cell"), _q("table", "covered-table-cell")):
                continue
            repeat = int(cell.get(_q("table", "number-columns-repeated"), "1") or 1)
            buf: list[str] = []
            _odf_block(cell, buf)
            text = " ".join("".join(buf).split("\n")).strip()
            cells.extend([text] * min(repeat, 50 if text else 1))
        while cells and not cells[-1]:
            cells.pop()
        yield "\t".join(cells), len(cells)
