"""A streaming PDF assembler for dossiers: many PDFs in, one PDF out, in bounded memory.

Why not merge with PDFium or pikepdf? Both copy every imported stream (images of scanned pages) into
memory before saving, so a 1,000-page scanned dossier would need gigabytes; PDFium also cannot write
bookmarks, and its per-page content regeneration gets slower with every page already in the document.
This module instead copies objects one at a time from each member file straight to the output file:

- :class:`PdfReader` reads a member's cross-reference data (classic tables with ``/Prev`` chains, hybrid
  files, cross-reference streams, object streams) and gives objects on demand; stream data is never held
  whole — it is copied in 1 MiB blocks.
- :class:`PdfAssembler` renumbers the objects reachable from each member's pages, rewrites each page
  dictionary (new parent, inherited attributes made explicit, an extra content stream with the stamp:
  continuous page number and the optional draft mark, placed upright on rotated pages too) and finally
  writes the page tree, the outline (one bookmark per document) and the cross-reference table.

Members this reader cannot handle (encrypted, damaged cross-reference data) are first rewritten by PDFium
into a plain file (:func:`normalize_with_pdfium`), then read again.
"""

from __future__ import annotations

import hashlib
import os
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple


class PdfError(Exception):
    """A PDF this module cannot read as it is (the caller may normalise it with PDFium and retry)."""


class Ref(NamedTuple):
    num: int
    gen: int


class Name(bytes):
    """A PDF name without its slash, raw (``#xx`` escapes kept)."""


class Raw(bytes):
    """A token written back verbatim: numbers, strings, true/false/null."""


NULL = Raw(b"null")
_DELIMS = b"()<>[]{}/%"
_WS_CHARS = b"\x00\t\n\x0c\r "
_WS = re.compile(rb"(?:[\x00\t\n\x0c\r ]+|%[^\r\n]*)*")
_NAME = re.compile(rb"/([^\x00\t\n\x0c\r ()<>\[\]{}/%]*)")
_NUM = re.compile(rb"[+-]?(?:\d+\.?\d*|\.\d+)")
_REF = re.compile(rb"(\d+)[\x00\t\n\x0c\r ]+(\d+)[\x00\t\n\x0c\r ]+R(?![^\x00\t\n\x0c\r ()<>\[\]{}/%])")
_KEYWORD = re.compile(rb"[A-Za-z_]+")
_HEX = re.compile(rb"<[0-9A-Fa-f\x00\t\n\x0c\r ]*>")
_OBJ_HEAD = re.compile(rb"[\x00\t\n\x0c\r ]*(\d+)[\x00\t\n\x0c\r ]+(\d+)[\x00\t\n\x0c\r ]+obj")
# Fast path for objects without strings or comments: references are the only thing to rewrite.
_FAST_REF = re.compile(rb"(?<![0-9A-Za-z.#+\-_])(\d+)[\x00\t\n\x0c\r ]+(\d+)[\x00\t\n\x0c\r ]+R(?![A-Za-z0-9_])")


# --------------------------------------------------------------------------- parsing
def _skip_ws(buf: bytes, pos: int) -> int:
    m = _WS.match(buf, pos)
    return m.end() if m else pos


def _literal_string_end(buf: bytes, pos: int) -> int:
    """``buf[pos] == b'('``; the index just after the matching ``)``."""
    depth = 0
    i = pos
    n = len(buf)
    while i < n:
        c = buf[i]
        if c == 0x5C:  # backslash
            i += 2
            continue
        if c == 0x28:
            depth += 1
        elif c == 0x29:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise PdfError("unterminated string")


def parse_value(buf: bytes, pos: int) -> tuple[Any, int]:
    pos = _skip_ws(buf, pos)
    if pos >= len(buf):
        raise PdfError("unexpected end of object")
    c = buf[pos]
    if c == 0x3C:  # <
        if buf[pos + 1: pos + 2] == b"<":
            result: dict[bytes, Any] = {}
            pos += 2
            while True:
                pos = _skip_ws(buf, pos)
                if buf[pos: pos + 2] == b">>":
                    return result, pos + 2
                m = _NAME.match(buf, pos)
                if not m:
                    raise PdfError(f"dictionary key expected at {pos}")
                value, pos = parse_value(buf, m.end())
                result[m.group(1)] = value
        m = _HEX.match(buf, pos)
        if not m:
            raise PdfError("bad hex string")
        return Raw(m.group(0)), m.end()
    if c == 0x5B:  # [
        items: list[Any] = []
        pos += 1
        while True:
            pos = _skip_ws(buf, pos)
            if buf[pos: pos + 1] == b"]":
                return items, pos + 1
            value, pos = parse_value(buf, pos)
            items.append(value)
    if c == 0x2F:  # /
        m = _NAME.match(buf, pos)
        assert m is not None
        return Name(m.group(1)), m.end()
    if c == 0x28:  # (
        end = _literal_string_end(buf, pos)
        return Raw(buf[pos:end]), end
    if 0x30 <= c <= 0x39 or c in b"+-.":
        m = _REF.match(buf, pos)
        if m:
            return Ref(int(m.group(1)), int(m.group(2))), m.end()
        m = _NUM.match(buf, pos)
        if not m:
            raise PdfError(f"bad number at {pos}")
        return Raw(m.group(0)), m.end()
    m = _KEYWORD.match(buf, pos)
    if m and m.group(0) in (b"true", b"false", b"null"):
        return Raw(m.group(0)), m.end()
    raise PdfError(f"unexpected token {buf[pos:pos + 12]!r}")


def serialize(value: Any, mapref: Callable[[Ref], bytes]) -> bytes:
    if isinstance(value, dict):
        return b"<<" + b"".join(b"/" + k + b" " + serialize(v, mapref) for k, v in value.items()) + b">>"
    if isinstance(value, list):
        return b"[" + b" ".join(serialize(v, mapref) for v in value) + b"]"
    if isinstance(value, Ref):
        return mapref(value)
    if isinstance(value, Name):
        return b"/" + value
    if isinstance(value, bytes):
        return bytes(value)
    raise TypeError(f"cannot serialise {value!r}")


def collect_refs(value: Any, out: list[Ref], skip_keys: frozenset[bytes] = frozenset()) -> None:
    if isinstance(value, Ref):
        out.append(value)
    elif isinstance(value, dict):
        for k, v in value.items():
            if k not in skip_keys:
                collect_refs(v, out)
    elif isinstance(value, list):
        for v in value:
            collect_refs(v, out)


def number(value: Any) -> float:
    if isinstance(value, Raw):
        return float(value)
    raise PdfError(f"number expected, got {value!r}")


def pdf_text_string(text: str) -> bytes:
    """A PDF text string (UTF-16BE with BOM, hex) for titles and bookmarks."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


# --------------------------------------------------------------------------- filters
def _png_unpredict(data: bytes, columns: int, colors: int = 1, bpc: int = 8) -> bytes:
    bpp = max(1, colors * bpc // 8)
    row_len = columns * colors * bpc // 8
    out = bytearray()
    prev = bytearray(row_len)
    i = 0
    while i + row_len < len(data) + 1 and i < len(data):
        kind = data[i]
        row = bytearray(data[i + 1: i + 1 + row_len])
        if len(row) < row_len:
            row.extend(b"\0" * (row_len - len(row)))
        if kind == 1:
            for j in range(bpp, row_len):
                row[j] = (row[j] + row[j - bpp]) & 0xFF
        elif kind == 2:
            for j in range(row_len):
                row[j] = (row[j] + prev[j]) & 0xFF
        elif kind == 3:
            for j in range(row_len):
                left = row[j - bpp] if j >= bpp else 0
                row[j] = (row[j] + ((left + prev[j]) >> 1)) & 0xFF
        elif kind == 4:
            for j in range(row_len):
                a = row[j - bpp] if j >= bpp else 0
                b = prev[j]
                c = prev[j - bpp] if j >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                row[j] = (row[j] + pred) & 0xFF
        elif kind != 0:
            raise PdfError(f"unknown PNG predictor {kind}")
        out += row
        prev = row
        i += 1 + row_len
    return bytes(out)


def decode_stream(data: bytes, sdict: dict[bytes, Any]) -> bytes:
    """Decode the filters used for cross-reference and object streams (Flate with predictors)."""
    filters = sdict.get(b"Filter")
    parms = sdict.get(b"DecodeParms")
    if filters is None:
        return data
    if not isinstance(filters, list):
        filters = [filters]
        parms = [parms]
    elif not isinstance(parms, list):
        parms = [parms] * len(filters)
    for flt, parm in zip(filters, parms or [None] * len(filters), strict=False):
        if flt in (b"FlateDecode", b"Fl"):
            try:
                data = zlib.decompress(data)
            except zlib.error:
                data = zlib.decompressobj().decompress(data)
            if isinstance(parm, dict) and int(number(parm.get(b"Predictor", Raw(b"1")))) >= 10:
                data = _png_unpredict(data, int(number(parm.get(b"Columns", Raw(b"1")))),
                                      int(number(parm.get(b"Colors", Raw(b"1")))),
                                      int(number(parm.get(b"BitsPerComponent", Raw(b"8")))))
        else:
            raise PdfError(f"unsupported filter {bytes(flt)!r} in a structural stream")
    return data


# --------------------------------------------------------------------------- reader
@dataclass
class StreamInfo:
    offset: int  # first byte of the data in the file
    length: int


@dataclass
class PageInfo:
    ref: Ref
    inherited: dict[bytes, Any]


class PdfReader:
    """Random access to the objects of one PDF file. Only the structure is parsed, never page content."""

    WINDOW = 1 << 16

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._fh: BinaryIO = open(self.path, "rb")  # closed in close()
        try:
            self.size = os.fstat(self._fh.fileno()).st_size
            self.xref: dict[int, tuple[int, int, int]] = {}
            self.trailer: dict[bytes, Any] = {}
            self._objstm_cache: dict[int, tuple[bytes, list[tuple[int, int]], int]] = {}
            self._offsets_sorted: list[int] = []
            self._load_xref()
            if b"Encrypt" in self.trailer:
                raise PdfError("the PDF is encrypted")
            self._offsets_sorted = sorted(v[1] for v in self.xref.values() if v[0] == 1)
        except BaseException:
            self._fh.close()
            raise

    def close(self) -> None:
        self._fh.close()

    def __enter__(self) -> PdfReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- cross-reference data
    def _read(self, offset: int, size: int) -> bytes:
        self._fh.seek(offset)
        return self._fh.read(size)

    def _load_xref(self) -> None:
        tail = self._read(max(0, self.size - 2048), 2048)
        idx = tail.rfind(b"startxref")
        if idx < 0:
            raise PdfError("no startxref")
        m = re.match(rb"startxref[\x00\t\n\x0c\r ]+(\d+)", tail[idx:])
        if not m:
            raise PdfError("bad startxref")
        offset = int(m.group(1))
        seen: set[int] = set()
        while offset and offset not in seen:
            if offset >= self.size:
                raise PdfError("cross-reference offset beyond the end of the file")
            seen.add(offset)
            head = self._read(offset, 32)
            if head.lstrip().startswith(b"xref"):
                trailer = self._read_xref_table(offset)
            else:
                trailer = self._read_xref_stream(offset)
            for key in (b"Root", b"Info", b"ID", b"Encrypt", b"Size"):
                if key in trailer and key not in self.trailer:
                    self.trailer[key] = trailer[key]
            if b"XRefStm" in trailer:
                self._read_xref_stream(int(number(trailer[b"XRefStm"])))
            prev = trailer.get(b"Prev")
            offset = int(number(prev)) if prev is not None else 0
        if b"Root" not in self.trailer:
            raise PdfError("no document catalog")

    def _read_xref_table(self, offset: int) -> dict[bytes, Any]:
        chunk = b""
        size = 1 << 16
        while True:
            chunk = self._read(offset, size)
            t = chunk.find(b"trailer")
            if t >= 0 or offset + size >= self.size:
                break
            size *= 4
        if t < 0:
            raise PdfError("no trailer")
        tokens = chunk[chunk.find(b"xref") + 4: t].split()
        i = 0
        while i + 1 < len(tokens):
            start, count = int(tokens[i]), int(tokens[i + 1])
            i += 2
            for n in range(start, start + count):
                off, gen, kind = tokens[i], tokens[i + 1], tokens[i + 2]
                i += 3
                if n not in self.xref and kind == b"n":
                    self.xref[n] = (1, int(off), int(gen))
                elif n not in self.xref:
                    self.xref[n] = (0, 0, 0)
        trailer, _ = parse_value(chunk, t + 7)
        if not isinstance(trailer, dict):
            raise PdfError("bad trailer")
        return trailer

    def _read_xref_stream(self, offset: int) -> dict[bytes, Any]:
        value, sinfo = self._read_object_at(offset, None)
        if not isinstance(value, dict) or sinfo is None or value.get(b"Type") != b"XRef":
            raise PdfError("bad cross-reference stream")
        data = decode_stream(self._read(sinfo.offset, sinfo.length), value)
        widths = [int(number(w)) for w in value[b"W"]]
        index = value.get(b"Index") or [Raw(b"0"), value[b"Size"]]
        entry = sum(widths)
        pos = 0
        for k in range(0, len(index), 2):
            start, count = int(number(index[k])), int(number(index[k + 1]))
            for n in range(start, start + count):
                fields = []
                for w in widths:
                    fields.append(int.from_bytes(data[pos: pos + w], "big") if w else None)
                    pos += w
                kind = fields[0] if fields[0] is not None else 1
                if n in self.xref:
                    continue
                if kind == 1:
                    self.xref[n] = (1, fields[1] or 0, fields[2] or 0)
                elif kind == 2:
                    self.xref[n] = (2, fields[1] or 0, fields[2] or 0)
                else:
                    self.xref[n] = (0, 0, 0)
            if pos > len(data) + entry:
                raise PdfError("cross-reference stream too short")
        return value

    # -- objects
    def _object_extent(self, offset: int) -> int:
        import bisect

        i = bisect.bisect_right(self._offsets_sorted, offset)
        if i < len(self._offsets_sorted):
            return self._offsets_sorted[i] - offset
        return self.size - offset

    def _read_object_at(self, offset: int, num: int | None) -> tuple[Any, StreamInfo | None]:
        value, sinfo, _ = self.read_raw(offset, num)
        return value, sinfo

    def read_raw(self, offset: int, num: int | None) -> tuple[Any, StreamInfo | None, bytes]:
        """(value, stream info, raw text of the value) of the object at ``offset``."""
        extent = self._object_extent(offset)
        buf = self._read(offset, min(extent, self.WINDOW))
        m = _OBJ_HEAD.match(buf)
        if not m or (num is not None and int(m.group(1)) != num):
            raise PdfError(f"object {num} is not where the cross-reference table says")
        try:
            value, pos = parse_value(buf, m.end())
        except (PdfError, IndexError):
            if len(buf) >= extent:
                raise
            buf = self._read(offset, extent)  # a large non-stream object
            value, pos = parse_value(buf, m.end())
        raw = buf[m.end():pos]
        pos = _skip_ws(buf, pos)
        if buf.startswith(b"stream", pos) and isinstance(value, dict):
            pos += 6
            if buf[pos: pos + 2] == b"\r\n":
                pos += 2
            elif buf[pos: pos + 1] in (b"\n", b"\r"):
                pos += 1
            length = value.get(b"Length")
            if isinstance(length, Ref):
                length = self.get(length.num)
            try:
                n = int(number(length))
            except (PdfError, ValueError):
                raise PdfError(f"stream {num} has no usable /Length") from None
            if offset + pos + n > self.size:
                raise PdfError(f"stream {num} runs past the end of the file")
            return value, StreamInfo(offset + pos, n), raw
        return value, None, raw

    def get_with_stream(self, num: int) -> tuple[Any, StreamInfo | None]:
        entry = self.xref.get(num)
        if entry is None or entry[0] == 0:
            return NULL, None
        if entry[0] == 1:
            return self._read_object_at(entry[1], num)
        return self._from_objstm(entry[1], entry[2]), None

    def get(self, num: int) -> Any:
        return self.get_with_stream(num)[0]

    def resolve(self, value: Any) -> Any:
        depth = 0
        while isinstance(value, Ref):
            value = self.get(value.num)
            depth += 1
            if depth > 32:
                raise PdfError("reference loop")
        return value

    def _from_objstm(self, stm_num: int, index: int) -> Any:
        cached = self._objstm_cache.get(stm_num)
        if cached is None:
            sdict, sinfo = self.get_with_stream(stm_num)
            if not isinstance(sdict, dict) or sinfo is None:
                raise PdfError("bad object stream")
            data = decode_stream(self._read(sinfo.offset, sinfo.length), sdict)
            n = int(number(sdict[b"N"]))
            first = int(number(sdict[b"First"]))
            nums = data[:first].split()
            pairs = [(int(nums[2 * i]), int(nums[2 * i + 1])) for i in range(n)]
            if len(self._objstm_cache) > 8:
                self._objstm_cache.clear()
            cached = (data, pairs, first)
            self._objstm_cache[stm_num] = cached
        data, pairs, first = cached
        if index >= len(pairs):
            raise PdfError("object stream index out of range")
        value, _ = parse_value(data, first + pairs[index][1])
        return value

    def copy_stream(self, sinfo: StreamInfo, out: BinaryIO) -> None:
        remaining = sinfo.length
        self._fh.seek(sinfo.offset)
        while remaining:
            block = self._fh.read(min(remaining, 1 << 20))
            if not block:
                raise PdfError("stream cut short")
            out.write(block)
            remaining -= len(block)

    # -- page tree
    INHERITABLE = (b"Resources", b"MediaBox", b"CropBox", b"Rotate")

    def catalog(self) -> dict[bytes, Any]:
        root = self.resolve(self.trailer[b"Root"])
        if not isinstance(root, dict):
            raise PdfError("bad document catalog")
        return root

    def pages(self) -> list[PageInfo]:
        result: list[PageInfo] = []
        self.page_tree_nodes: set[int] = set()
        root_ref = self.catalog().get(b"Pages")
        if not isinstance(root_ref, Ref):
            raise PdfError("no page tree")
        stack: list[tuple[Ref, dict[bytes, Any]]] = [(root_ref, {})]
        seen: set[int] = set()
        while stack:
            ref, inherited = stack.pop()
            if ref.num in seen:
                raise PdfError("loop in the page tree")
            seen.add(ref.num)
            node = self.get(ref.num)
            if not isinstance(node, dict):
                raise PdfError("bad page tree node")
            kids = self.resolve(node.get(b"Kids"))
            if node.get(b"Type") == b"Pages" or (kids is not None and node.get(b"Type") != b"Page"):
                self.page_tree_nodes.add(ref.num)
                attrs = dict(inherited)
                for key in self.INHERITABLE:
                    if key in node:
                        attrs[key] = node[key]
                for kid in reversed(kids or []):
                    if isinstance(kid, Ref):
                        stack.append((kid, attrs))
            else:
                result.append(PageInfo(ref, inherited))
        return result


def page_count(path: str | os.PathLike[str]) -> int:
    with PdfReader(path) as reader:
        return len(reader.pages())


def normalize_with_pdfium(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> int:
    """Rewrite a PDF through PDFium (decrypts files without a user password, repairs broken
    cross-reference data). Returns the page count. Raises ``PdfError`` with a plain reason."""
    import pypdfium2 as pdfium

    from deputydesk.ingest.pdf import PDFIUM_LOCK  # PDFium is not thread-safe

    with PDFIUM_LOCK:
        try:
            doc = pdfium.PdfDocument(str(src))
        except pdfium.PdfiumError as exc:
            text = str(exc)
            if "password" in text.lower():
                raise PdfError("the PDF is protected by a password") from None
            raise PdfError(f"not a readable PDF ({text})") from None
        try:
            count = len(doc)
            doc.save(str(dst))
        finally:
            doc.close()
    return count


def open_member(path: Path, workdir: Path) -> PdfReader:
    """A reader for ``path``, normalising it with PDFium first when this module cannot read it."""
    try:
        reader = PdfReader(path)
        try:
            reader.pages()
            return reader
        except Exception:
            reader.close()
            raise
    except (PdfError, ValueError, IndexError, KeyError, zlib.error, OSError) as first:
        if isinstance(first, FileNotFoundError):
            raise PdfError("file not found") from None
        fixed = workdir / (hashlib.sha1(str(path).encode()).hexdigest()[:16] + ".pdf")
        normalize_with_pdfium(path, fixed)
        reader = PdfReader(fixed)
        reader.pages()
        return reader


# --------------------------------------------------------------------------- stamp
@dataclass
class StampFont:
    """An embedded font subset (copied from a small reportlab "donor" PDF) and a text encoder."""

    encode: Callable[[str], bytes]
    width: Callable[[str, float], float]
    donor: bytes


def make_stamp_font(texts: list[str]) -> StampFont:
    """Embed Liberation Sans with the glyphs of ``texts`` (digits are always included)."""
    import io

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen import canvas

    from deputydesk.render import base

    base.register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pageCompression=1)
    c.setFont(base.SANS, 10)
    alphabet = "0123456789 /-" + "".join(sorted(set("".join(texts))))
    c.drawString(10, 10, alphabet)
    font = pdfmetrics.getFont(base.SANS)
    doc = c._doc
    cache: dict[str, bytes] = {}
    for piece in alphabet:
        parts = font.splitString(piece, doc)
        if len(parts) != 1 or parts[0][0] != 0:
            raise ValueError("stamp text needs more than one font subset")
        cache[piece] = parts[0][1]
    c.showPage()
    c.save()

    def encode(text: str) -> bytes:
        return b"".join(cache[ch] for ch in text)

    def width(text: str, size: float) -> float:
        return float(pdfmetrics.stringWidth(text, base.SANS, size))

    return StampFont(encode, width, buf.getvalue())


@dataclass
class Stamp:
    number: str
    draft_mark: str = ""  # e.g. "ЖОБА / ПРОЕКТ"


def _fmt(x: float) -> bytes:
    s = f"{x:.3f}".rstrip("0").rstrip(".")
    return (s if s not in ("", "-0") else "0").encode("ascii")


def stamp_content(stamp: Stamp, font: StampFont, font_name: bytes, box: list[float], rotate: int) -> bytes:
    """Content that closes the member's graphics state and draws the stamp upright in the visible box."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    rotate %= 360
    if rotate == 90:
        matrix, vw, vh = (0, 1, -1, 0, x1, y0), h, w
    elif rotate == 180:
        matrix, vw, vh = (-1, 0, 0, -1, x1, y1), w, h
    elif rotate == 270:
        matrix, vw, vh = (0, -1, 1, 0, x0, y1), h, w
    else:
        matrix, vw, vh = (1, 0, 0, 1, x0, y0), w, h
    mm = 72 / 25.4
    out = [b"\nQ\nq ", b" ".join(_fmt(v) for v in matrix), b" cm\n"]
    size = 10.0
    tw = font.width(stamp.number, size)
    # page number: bottom right, 10 mm from the right edge, 6 mm from the bottom, on a white plate
    u = vw - 10 * mm - tw
    v = 6 * mm
    out += [b"1 g ", _fmt(u - 2), b" ", _fmt(v - 2.5), b" ", _fmt(tw + 4), b" ", _fmt(size + 3), b" re f\n",
            b"BT 0 g /", font_name, b" ", _fmt(size), b" Tf ", _fmt(u), b" ", _fmt(v), b" Td <",
            font.encode(stamp.number).hex().encode("ascii"), b"> Tj ET\n"]
    if stamp.draft_mark:
        dsize = 11.0
        dw = font.width(stamp.draft_mark, dsize)
        du = vw - 10 * mm - dw
        dv = vh - 9 * mm
        out += [b"1 g ", _fmt(du - 4), b" ", _fmt(dv - 4), b" ", _fmt(dw + 8), b" ", _fmt(dsize + 7),
                b" re f 0.75 0 0 RG 1.2 w ", _fmt(du - 4), b" ", _fmt(dv - 4), b" ", _fmt(dw + 8), b" ",
                _fmt(dsize + 7), b" re S\n", b"BT 0.75 0 0 rg /", font_name, b" ", _fmt(dsize), b" Tf ",
                _fmt(du), b" ", _fmt(dv), b" Td <", font.encode(stamp.draft_mark).hex().encode("ascii"),
                b"> Tj ET\n"]
    out.append(b"Q\n")
    return b"".join(out)


# --------------------------------------------------------------------------- writer
@dataclass
class OutlineEntry:
    title: str
    page_index: int  # 0-based index in the assembled document


class PdfAssembler:
    """Write one PDF from many, streaming. Usage::

        with PdfAssembler(out_path, font) as asm:
            first = asm.add_pdf(reader, stamps)   # stamps: one Stamp per page (or None)
            ...
            asm.finish(outline, title="…")
    """

    STAMP_FONT_NAME = b"DDStampF1"

    def __init__(self, path: str | os.PathLike[str], font: StampFont | None = None) -> None:
        self.path = Path(path)
        self._fh: BinaryIO = open(self.path, "wb")  # closed in finish() or close()
        self._fh.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        self._offsets: dict[int, int] = {}
        self._next = 1
        self.catalog_ref = self._alloc()
        self.pages_ref = self._alloc()
        self.kids: list[int] = []
        self.font = font
        self._font_ref: int | None = None
        self._q_ref: int | None = None
        self._finished = False
        if font is not None:
            self._font_ref = self._copy_donor_font(font)
            self._q_ref = self._write_stream(b"q\n")

    # -- low level
    def _alloc(self) -> int:
        n = self._next
        self._next += 1
        return n

    def _begin(self, num: int) -> None:
        self._offsets[num] = self._fh.tell()
        self._fh.write(b"%d 0 obj\n" % num)

    def _write_obj(self, num: int, body: bytes) -> None:
        self._begin(num)
        self._fh.write(body)
        self._fh.write(b"\nendobj\n")

    def _write_stream(self, data: bytes, extra: bytes = b"", num: int | None = None) -> int:
        if num is None:
            num = self._alloc()
        self._begin(num)
        self._fh.write(b"<</Length %d%s>>\nstream\n" % (len(data), extra))
        self._fh.write(data)
        self._fh.write(b"\nendstream\nendobj\n")
        return num

    def _copy_donor_font(self, font: StampFont) -> int:
        import tempfile

        with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as tmp:
            tmp.write(font.donor)
        try:
            with PdfReader(tmp.name) as reader:
                page = reader.pages()[0]
                pdict = reader.get(page.ref.num)
                resources = reader.resolve(pdict.get(b"Resources") or page.inherited.get(b"Resources"))
                fonts = reader.resolve(resources[b"Font"])
                font_ref = None
                for key, ref in fonts.items():
                    if bytes(key).endswith(b"+0"):
                        font_ref = ref
                if not isinstance(font_ref, Ref):
                    raise PdfError("the stamp font was not embedded")
                mapping: dict[int, int] = {}
                self._copy_closure(reader, [font_ref.num], mapping, set(), set())
                return mapping[font_ref.num]
        finally:
            os.unlink(tmp.name)

    # -- copying
    def _copy_closure(self, reader: PdfReader, start: list[int], mapping: dict[int, int],
                      page_nums: set[int], tree_nodes: set[int], catalog_num: int | None = None,
                      page_writer: Callable[[int, int, Callable[[Ref], bytes]], None] | None = None) -> None:
        queue = list(start)
        for n in start:
            if n not in mapping:
                mapping[n] = self._alloc()

        def mapref(ref: Ref) -> bytes:
            if ref.num == catalog_num:
                return b"%d 0 R" % self.catalog_ref
            if ref.num in tree_nodes:
                return b"%d 0 R" % self.pages_ref
            entry = reader.xref.get(ref.num)
            if entry is None or entry[0] == 0:
                return b"null"
            new = mapping.get(ref.num)
            if new is None:
                new = mapping[ref.num] = self._alloc()
                queue.append(ref.num)
            return b"%d 0 R" % new

        while queue:
            old = queue.pop()
            new = mapping[old]
            if new in self._offsets:
                continue
            if old in page_nums and page_writer is not None:
                page_writer(old, new, mapref)
                continue
            entry = reader.xref.get(old)
            raw: bytes | None = None
            if entry is not None and entry[0] == 1:
                value, sinfo, raw = reader.read_raw(entry[1], old)
            else:
                value, sinfo = reader.get_with_stream(old)
            if raw is not None and not (isinstance(value, dict) and isinstance(value.get(b"Length"), Ref)) \
                    and b"(" not in raw and b"%" not in raw and b"\\" not in raw:
                body = _FAST_REF.sub(lambda m: mapref(Ref(int(m.group(1)), int(m.group(2)))), raw)
            else:
                body = serialize(value, mapref)
            if sinfo is None:
                self._write_obj(new, body)
            else:
                if isinstance(value, dict) and isinstance(value.get(b"Length"), Ref):
                    value = dict(value)
                    value[b"Length"] = Raw(b"%d" % sinfo.length)
                    body = serialize(value, mapref)
                self._begin(new)
                self._fh.write(body)
                self._fh.write(b"\nstream\n")
                reader.copy_stream(sinfo, self._fh)
                self._fh.write(b"\nendstream\nendobj\n")

    def _content_refs(self, reader: PdfReader, contents: Any) -> list[Any]:
        if contents is None:
            return []
        if isinstance(contents, Ref):
            value, sinfo = reader.get_with_stream(contents.num)
            if sinfo is not None:
                return [contents]
            contents = value
        if isinstance(contents, list):
            return [c for c in contents if isinstance(c, Ref)]
        return []

    def add_pdf(self, reader: PdfReader, stamps: list[Stamp | None] | None = None,
                progress: Callable[[int], None] | None = None) -> int:
        """Append every page of ``reader``; returns the 0-based index of its first page here.

        On a read error the output is rolled back to where it was, so the caller may retry the member
        (normalised) or replace it with a notice page.
        """
        pages = reader.pages()
        first_index = len(self.kids)
        mark = (self._fh.tell(), self._next, dict(self._offsets), len(self.kids))
        try:
            self._add_pages(reader, pages, stamps, progress)
        except BaseException:
            pos, nxt, offsets, kids = mark
            self._fh.seek(pos)
            self._fh.truncate(pos)
            self._next = nxt
            self._offsets = offsets
            del self.kids[kids:]
            raise
        return first_index

    def _add_pages(self, reader: PdfReader, pages: list[PageInfo], stamps: list[Stamp | None] | None,
                   progress: Callable[[int], None] | None) -> None:
        mapping: dict[int, int] = {}
        page_nums = {p.ref.num for p in pages}
        info_by_num = {p.ref.num: (i, p) for i, p in enumerate(pages)}
        tree_nodes = set(getattr(reader, "page_tree_nodes", set()))
        cat = reader.trailer.get(b"Root")
        catalog_num = cat.num if isinstance(cat, Ref) else None
        for p in pages:
            mapping[p.ref.num] = self._alloc()
            self.kids.append(mapping[p.ref.num])
        done = 0

        def write_page(old: int, new: int, mapref: Callable[[Ref], bytes]) -> None:
            nonlocal done
            i, info = info_by_num[old]
            pdict = reader.get(old)
            if not isinstance(pdict, dict):
                raise PdfError("bad page object")
            page = {k: v for k, v in pdict.items() if k not in (b"Parent", b"Type")}
            for key, value in info.inherited.items():
                page.setdefault(key, value)
            stamp = stamps[i] if stamps else None
            out: dict[bytes, Any] = {b"Type": Name(b"Page"), b"Parent": Raw(b"%d 0 R" % self.pages_ref)}
            if stamp is not None and self.font is not None and self._q_ref is not None \
                    and self._font_ref is not None:
                box_value = reader.resolve(page.get(b"CropBox") or page.get(b"MediaBox"))
                box = [number(reader.resolve(v)) for v in box_value] if isinstance(box_value, list) \
                    else [0.0, 0.0, 595.2756, 841.8898]
                box = [min(box[0], box[2]), min(box[1], box[3]), max(box[0], box[2]), max(box[1], box[3])]
                rotate = int(number(reader.resolve(page.get(b"Rotate", Raw(b"0")))))
                stamp_ref = self._write_stream(stamp_content(stamp, self.font, self.STAMP_FONT_NAME, box,
                                                             rotate))
                contents = self._content_refs(reader, page.get(b"Contents"))
                page[b"Contents"] = [Raw(b"%d 0 R" % self._q_ref)] + contents + [Raw(b"%d 0 R" % stamp_ref)]
                resources = reader.resolve(page.get(b"Resources"))
                resources = dict(resources) if isinstance(resources, dict) else {}
                fonts = reader.resolve(resources.get(b"Font"))
                fonts = dict(fonts) if isinstance(fonts, dict) else {}
                fonts[self.STAMP_FONT_NAME] = Raw(b"%d 0 R" % self._font_ref)
                resources[b"Font"] = fonts
                page[b"Resources"] = resources
            out.update(page)
            self._write_obj(new, serialize(out, mapref))
            done += 1
            if progress:
                progress(done)

        self._copy_closure(reader, [p.ref.num for p in pages], mapping, page_nums, tree_nodes, catalog_num,
                           page_writer=write_page)

    # -- finishing
    def finish(self, outline: list[OutlineEntry], title: str = "", info: dict[bytes, bytes] | None = None,
               page_mode_outlines: bool = True) -> None:
        n = len(self.kids)
        self._write_obj(self.pages_ref, b"<</Type /Pages /Count %d /Kids [%s]>>" % (
            n, b" ".join(b"%d 0 R" % k for k in self.kids)))
        outline_ref = None
        entries = [e for e in outline if 0 <= e.page_index < n]
        if entries:
            outline_ref = self._alloc()
            nums = [self._alloc() for _ in entries]
            for i, (entry, num) in enumerate(zip(entries, nums, strict=True)):
                parts = [b"<</Title ", pdf_text_string(entry.title), b" /Parent %d 0 R" % outline_ref]
                if i > 0:
                    parts.append(b" /Prev %d 0 R" % nums[i - 1])
                if i + 1 < len(nums):
                    parts.append(b" /Next %d 0 R" % nums[i + 1])
                parts.append(b" /Dest [%d 0 R /XYZ null null null]>>" % self.kids[entry.page_index])
                self._write_obj(num, b"".join(parts))
            self._write_obj(outline_ref, b"<</Type /Outlines /First %d 0 R /Last %d 0 R /Count %d>>" % (
                nums[0], nums[-1], len(nums)))
        cat = [b"<</Type /Catalog /Pages %d 0 R" % self.pages_ref]
        if outline_ref:
            cat.append(b" /Outlines %d 0 R" % outline_ref)
            if page_mode_outlines:
                cat.append(b" /PageMode /UseOutlines")
        cat.append(b">>")
        self._write_obj(self.catalog_ref, b"".join(cat))
        info_ref = self._alloc()
        info_items = {b"Producer": pdf_text_string("DeputyDesk")}
        if title:
            info_items[b"Title"] = pdf_text_string(title)
        info_items.update(info or {})
        self._write_obj(info_ref, b"<<" + b"".join(b"/" + k + b" " + v for k, v in info_items.items()) + b">>")
        xref_at = self._fh.tell()
        size = self._next
        lines = [b"xref\n0 %d\n" % size, b"0000000000 65535 f \n"]
        for num in range(1, size):
            off = self._offsets.get(num)
            lines.append(b"%010d 00000 n \n" % off if off is not None else b"0000000000 65535 f \n")
        self._fh.write(b"".join(lines))
        doc_id = hashlib.md5(f"{self.path.name}:{n}:{title}".encode(), usedforsecurity=False).hexdigest()
        self._fh.write(b"trailer\n<</Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>]>>\nstartxref\n%d\n%%%%EOF\n"
                       % (size, self.catalog_ref, info_ref, doc_id.encode(), doc_id.encode(), xref_at))
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._fh.close()
        self._finished = True

    @property
    def page_total(self) -> int:
        return len(self.kids)

    def close(self) -> None:
        if not self._fh.closed:
            self._fh.close()

    def __enter__(self) -> PdfAssembler:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def iter_outline(path: str | os.PathLike[str]) -> Iterator[tuple[str, int]]:
    """(title, 0-based page index) of the top-level bookmarks, read back with PDFium."""
    import pypdfium2 as pdfium

    from deputydesk.ingest.pdf import PDFIUM_LOCK  # PDFium is not thread-safe

    found: list[tuple[str, int]] = []
    with PDFIUM_LOCK:
        doc = pdfium.PdfDocument(str(path))
        try:
            for item in doc.get_toc():
                if item.level == 0:
                    dest = item.get_dest()
                    found.append((item.get_title(), dest.get_index() if dest is not None else -1))
        finally:
            doc.close()
    yield from found
