"""Plain text, CSV and saved web pages: the encoding is detected (BOM, UTF-8, UTF-16 without BOM,
Windows-1251, the Kazakh KZ-1048 code page, KOI8-R, DOS 866)."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

from deputydesk.ingest.errors import CorruptFile
from deputydesk.ingest.limits import IngestLimits
from deputydesk.ingest.result import Extraction, clean_text

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_RU_COMMON = set("оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё")
_KK_LETTERS = set("әғқңөұүһі")


def _score(text: str) -> float:
    """How much a decoding looks like Russian/Kazakh prose: share of common lower-case Cyrillic letters,
    bonus for Kazakh letters, penalty for upper-case inside words and rare symbols."""
    if not text:
        return 0.0
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.1
    lower_cyr = sum(1 for ch in letters if ch in _RU_COMMON or ch in _KK_LETTERS)
    kk = sum(1 for ch in letters if ch in _KK_LETTERS)
    ascii_letters = sum(1 for ch in letters if ch.isascii())
    odd = sum(1 for ch in text if not (ch.isalnum() or ch.isspace() or ch in ".,;:!?()[]{}\"'«»-–—/\\%№#*+=<>@&_|~^`$€"))
    mid_upper = len(re.findall(r"(?<=[а-яё])[А-ЯЁ]", text))
    return (lower_cyr + ascii_letters * 0.9 + kk * 0.2 - odd * 2 - mid_upper * 2) / len(letters)


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was read with."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(enc.replace("-sig", ""), errors="replace"), enc.replace("-sig", "")
    utf16 = utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        # a valid UTF-8 file cut inside a character at the very end
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            return data[:exc.start].decode("utf-8"), "utf-8"
    best = ("", "cp1251", -1e9)
    sample = data[:200_000]
    for enc in ("cp1251", "kz1048", "koi8-r", "cp866"):
        try:
            text = sample.decode(enc)
        except UnicodeDecodeError:
            continue
        s = _score(text)
        if s > best[2] + 1e-9:
            best = (text, enc, s)
    enc = best[1]
    return data.decode(enc, errors="replace"), enc


def _readable_ratio(text: str) -> float:
    if not text:
        return 0.0
    good = 0
    for ch in text:
        o = ord(ch)
        if ch.isspace() or 0x20 <= o < 0x250 or 0x400 <= o < 0x530 or 0x2000 <= o < 0x2070 or ch in "№«»":
            good += 1
    return good / len(text)


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when the bytes read as Latin/Cyrillic text in that encoding (a BOM-less
    export from old Windows tools), else None. ASCII or 8-bit text decodes to CJK-like noise and fails."""
    sample = data[:8192]
    if len(sample) < 4:
        return None
    sample = sample[: len(sample) // 2 * 2]
    best = None
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(enc)
        except UnicodeDecodeError:
            continue
        ratio = _readable_ratio(text)
        if ratio >= 0.97 and (best is None or ratio > best[1]):
            best = (enc, ratio)
    return best[0] if best else None


class _HtmlText(HTMLParser):
    _BLOCK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article",
              "header", "footer", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "noscript"):
            self._skip += 1
        elif tag in self._BLOCK:
            self.out.append("\n")
        elif tag == "td":
            self.out.append("\t")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "noscript"):
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCK:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.out.append(data)


def html_to_text(source: str) -> str:
    parser = _HtmlText()
    parser.feed(source)
    parser.close()
    text = html.unescape("".join(parser.out))
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text)


def extract_text(path: Path, limits: IngestLimits, fmt: str) -> Extraction:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorruptFile(f"the file cannot be read ({exc.strerror or exc})", path) from None
    text, encoding = decode(data)
    if fmt == "html":
        text = html_to_text(text)
    if len(text) > limits.max_text_chars:
        text = text[: limits.max_text_chars]
    pages = [clean_text(p) for p in text.split("\f")]
    warnings: list[str] = []
    if "\ufffd" in text:
        warnings.append(f"some characters could not be decoded ({encoding})")
    return Extraction(format=fmt, pages=pages or [""], encoding=encoding, warnings=warnings)
