"""Search queries for the library: parsing, the SQLite FTS5 expression, and snippets with highlights.

Query language (what a deputy types):

- words — every word must occur, in any inflected form: ``бюджет`` finds "бюджета", "бюджетінің";
- ``"phrases"`` — words in this order (each in any form);
- ``prefix*`` — words starting with these letters, as written;
- ``-word`` / ``-"phrase"`` — exclude documents with it;
- filters: ``kind:budget_decision``, ``lang:kk``, ``tag:бюджет``, ``issuer:абай``, ``from:2024-01-01``,
  ``to:2024-12-31``, ``year:2024`` (values with spaces in quotes: ``issuer:"Абай аудандық"``).

The index keeps two columns per page (see :func:`deputydesk.core.textnorm.index_forms`): ``words``
(folded forms) and ``stems``. A word matches ``stems`` through every stem it may have (Russian and Kazakh
readings) or ``words`` exactly; a prefix matches ``words``.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from html import escape as _html_escape

from deputydesk.core import metadata, textnorm

FILTER_KEYS = {
    "kind": "kind", "вид": "kind", "түрі": "kind",
    "lang": "lang", "язык": "lang", "тіл": "lang",
    "tag": "tag", "тег": "tag",
    "issuer": "issuer", "орган": "issuer",
    "from": "date_from", "с": "date_from", "после": "date_from",
    "to": "date_to", "по": "date_to", "до": "date_to",
    "year": "year", "год": "year", "жыл": "year",
}

_TOKEN_RE = re.compile(
    r'(?P<neg>-)?(?:(?P<key>[^\W\d_]+):(?:"(?P<qval>[^"]*)"|(?P<val>\S+))|"(?P<phrase>[^"]*)"?|(?P<word>[^\s"]+))'
)


@dataclass(frozen=True)
class Term:
    kind: str
    """``word``, ``phrase`` or ``prefix``."""
    words: tuple[str, ...]
    """Folded words (a word with a hyphen or slash becomes several: a phrase)."""
    negated: bool = False
    text: str = ""


@dataclass
class Query:
    terms: list[Term] = field(default_factory=list)
    kind: str | None = None
    lang: str | None = None
    tags: list[str] = field(default_factory=list)
    issuer: str | None = None
    date_from: _dt.date | None = None
    date_to: _dt.date | None = None
    problems: list[str] = field(default_factory=list)
    """Parts of the query that were not understood (shown to the user, never fatal)."""

    @property
    def positive(self) -> list[Term]:
        return [t for t in self.terms if not t.negated]

    @property
    def has_text(self) -> bool:
        return bool(self.positive)

    @property
    def has_filters(self) -> bool:
        return bool(self.kind or self.lang or self.tags or self.issuer or self.date_from or self.date_to)


def _parse_date(value: str, end: bool) -> _dt.date | None:
    value = value.strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value)
    if m:
        y = int(m.group(1))
        mo = int(m.group(2)) if m.group(2) else (12 if end else 1)
        if m.group(3):
            d = int(m.group(3))
        elif end:
            d = (_dt.date(y + (mo == 12), mo % 12 + 1, 1) - _dt.timedelta(days=1)).day
        else:
            d = 1
        try:
            return _dt.date(y, mo, d)
        except ValueError:
            return None
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", value)
    if m:
        try:
            return _dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            return None
    return None


def parse(text: str) -> Query:
    q = Query()
    for m in _TOKEN_RE.finditer(text or ""):
        neg = bool(m.group("neg"))
        key = m.group("key")
        if key is not None:
            name = FILTER_KEYS.get(key.casefold())
            value = m.group("qval") if m.group("qval") is not None else m.group("val")
            if name is None:
                # not a filter ("г.Алматы:" or a word with a colon): treat as text
                _add_words(q, f"{key} {value}", neg, m.group(0))
                continue
            _apply_filter(q, name, value, m.group(0))
            continue
        phrase = m.group("phrase")
        if phrase is not None:
            words = tuple(textnorm.tokens(phrase))
            prefix = phrase.rstrip().endswith("*")
            if words:
                q.terms.append(Term("phrase", words, neg, m.group(0)) if len(words) > 1 or not prefix
                               else Term("prefix", words, neg, m.group(0)))
            continue
        _add_words(q, m.group("word"), neg, m.group(0))
    return q


def _add_words(q: Query, raw: str, neg: bool, original: str) -> None:
    prefix = raw.endswith("*")
    words = tuple(textnorm.tokens(raw))
    if not words:
        return
    if len(words) > 1:
        q.terms.append(Term("phrase", words, neg, original))
    elif prefix:
        q.terms.append(Term("prefix", words, neg, original))
    else:
        q.terms.append(Term("word", words, neg, original))


def _apply_filter(q: Query, name: str, value: str, original: str) -> None:
    value = value.strip()
    if not value:
        return
    if name == "kind":
        if value.casefold() in metadata.KINDS:
            q.kind = value.casefold()
        else:  # a filter that can match nothing would hide every document without a word
            q.problems.append(original)
    elif name == "lang":
        if value.casefold() in metadata.LANGUAGES:
            q.lang = value.casefold()
        else:
            q.problems.append(original)
    elif name == "tag":
        q.tags.append(value)
    elif name == "issuer":
        q.issuer = value
    elif name in ("date_from", "date_to"):
        d = _parse_date(value, end=name == "date_to")
        if d is None:
            q.problems.append(original)
        elif name == "date_from":
            q.date_from = d
        else:
            q.date_to = d
    elif name == "year":
        a = _parse_date(value, end=False)
        b = _parse_date(value, end=True)
        if a is None or b is None:
            q.problems.append(original)
        else:
            q.date_from, q.date_to = a, b


# ---------------------------------------------------------------------------------------------- FTS5
def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


_MAX_PHRASE_VARIANTS = 16


STOP_WORDS = frozenset(
    """и в во на по с со о об обо к ко за из от до для а но не или что как это же
    және мен бен пен да де та те ма ме бұл осы әрі не""".split()
)
"""Words too common to narrow a search; dropped from a query that has other words (never from phrases)."""


def _term_expr(term: Term, stems_only: bool = True) -> str:
    if term.kind == "prefix":
        w = term.words[0]
        # a prefix that is its own stem ("қағида*", "жилищн*") is looked up among the stems: far fewer
        # distinct index terms to merge than among all word forms
        if w in textnorm.query_stems(w):
            return f"(stems : {_quote(w)}*)"
        return f"(words : {_quote(w)}*)"
    if term.kind == "word":
        w = term.words[0]
        alts = list(dict.fromkeys(textnorm.query_stems(w)))
        stems = " OR ".join(_quote(s) for s in alts)
        if stems_only:
            return f"(stems : ({stems}))"
        return f"(stems : ({stems}) OR words : {_quote(w)})"
    # phrase: stems in order, every combination of the words' possible stems
    options = [list(dict.fromkeys(textnorm.query_stems(w))) for w in term.words]
    combos = 1
    for o in options:
        combos *= len(o)
    if combos > _MAX_PHRASE_VARIANTS:
        return f"(words : {_quote(' '.join(term.words))})"
    variants = [" ".join(combo) for combo in itertools.product(*options)]
    inner = " OR ".join(_quote(v) for v in variants)
    if stems_only:
        return f"(stems : ({inner}))"
    return f"(stems : ({inner}) OR words : {_quote(' '.join(term.words))})"


def fts_expression(query: Query, stems_only: bool = True) -> str | None:
    """The FTS5 MATCH expression for the text part of ``query`` (None when it has no positive term).
    Words match through their stems (every stem the word may have in either language); with
    ``stems_only=False`` the exact folded form is an extra alternative."""
    positive = [t for t in query.terms if not t.negated]
    if not positive:
        return None
    content = [t for t in positive if not (t.kind == "word" and t.words[0] in STOP_WORDS)]
    if content:
        positive = content
    expr = " AND ".join(_term_expr(t, stems_only) for t in positive)
    for t in query.terms:
        if t.negated:
            expr = f"({expr}) NOT {_term_expr(t, stems_only)}"
    return expr


# ---------------------------------------------------------------------------------------------- snippets
_CANONICAL_FINALS = "қкп"
"""Final letters a Kazakh stem may have in place of the word's ғ/г/б (see textnorm's ``_canonical``)."""
_LATIN_LETTERS = re.compile(r"[a-z\u00c0-\u024f]+")
"""Latin letters of a case-folded text (ASCII, Latin-1, Extended A/B: Latin-script Kazakh, look-alikes)."""
_LATIN_BYTES = tuple(range(ord("a"), ord("z") + 1)) + tuple(range(0xC3, 0xCA))
"""The UTF-8 bytes that start a :data:`_LATIN_LETTERS` character (lead bytes 0xC3-0xC9 cover U+00C0-U+027F)."""


def _may_hold_latin(low: str) -> bool:
    """Whether a case-folded text may hold a Latin letter (a few ``memchr`` over its UTF-8: 10× faster than
    a regular expression on a page that has none)."""
    data = low.encode("utf-8", "surrogatepass")
    return any(b in data for b in _LATIN_BYTES)


class Matcher:
    """Decides whether a word of a page matches one of the query's terms (same rules as the index)."""

    def __init__(self, query: Query) -> None:
        self.exact: dict[str, int] = {}
        self.stems: dict[str, int] = {}
        self.prefixes: list[tuple[str, int]] = []
        for i, term in enumerate(query.positive):
            for w in term.words:
                if term.kind == "prefix":
                    self.prefixes.append((w, i))
                    continue
                self.exact.setdefault(w, i)
                for s in textnorm.query_stems(w):
                    self.stems.setdefault(s, i)
        self.n_terms = len(query.positive)
        self._seen: dict[str, int | None] = {}
        self._keys: tuple[str, ...] | None = None
        self._latin = any(textnorm.word_class(w) == "lat" for t in query.positive for w in t.words)

    def keys(self) -> tuple[str, ...] | None:
        """The letters every matching Cyrillic word starts with, one key per alternative (a key that
        starts with a shorter key is dropped). Stems are prefixes of their words (both stemmers only cut
        endings), except that a Kazakh stem's final қ/к/п may stand for ғ/г/б in the word: such a stem
        loses its last letter here. None when the query has Latin words (a Latin Kazakh word matches
        through transliteration, which no prefix can express) or nothing to look for."""
        if self._keys is None:
            keys = set(self.exact) | {p for p, _ in self.prefixes}
            keys |= {s[:-1] if len(s) > 2 and s[-1] in _CANONICAL_FINALS else s for s in self.stems}
            keys = {k for k in keys if k}
            if self._latin or not keys:
                self._keys = ()
            else:
                kept: list[str] = []
                for k in sorted(keys, key=len):
                    if not any(k.startswith(x) for x in kept):
                        kept.append(k)
                self._keys = tuple(kept)
        return self._keys or None

    def candidate_starts(self, text: str) -> list[int] | None:
        """Offsets in ``text`` of every word that may match, ascending: a guaranteed superset (each is
        confirmed with :meth:`term_of`), or None when no such set can be promised (a Latin query word, or
        a text whose case folding changes its length) and every word must be read.

        Words are found key by key (:meth:`keys`) with ``str.find`` in the text case-folded as
        :func:`textnorm.fold_word` does, ``ё`` folded — 2× faster than the regular expression. A word
        holding a Latin letter (a look-alike "мерзiмi", Latin-script Kazakh "máslıhat", which matches
        through transliteration) is always a candidate."""
        keys = self.keys()
        if keys is None:
            return None
        low = text.casefold()  # as fold_word does ("ς" is "σ", "ﬁ" is "fi")
        if len(low) != len(text):
            return None
        if "ё" in low:
            low = low.replace("ё", "е")
        starts: set[int] = set()
        for key in keys:
            i = low.find(key)
            while i >= 0:
                if i == 0 or not low[i - 1].isalnum():
                    starts.add(i)
                i = low.find(key, i + 1)
        if not _may_hold_latin(low):
            return sorted(starts)
        for m in _LATIN_LETTERS.finditer(low):
            i = m.start()
            while i > 0 and low[i - 1].isalnum():
                i -= 1
            starts.add(i)
        return sorted(starts)

    def term_of(self, folded: str) -> int | None:
        try:
            return self._seen[folded]
        except KeyError:
            pass
        hit = self.exact.get(folded)
        if hit is None:
            for s in textnorm.query_stems(folded):
                hit = self.stems.get(s)
                if hit is not None:
                    break
        if hit is None:
            for p, i in self.prefixes:
                if folded.startswith(p):
                    hit = i
                    break
        if len(self._seen) < 200_000:
            self._seen[folded] = hit
        return hit


@dataclass(frozen=True)
class Snippet:
    segments: tuple[tuple[str, bool], ...]
    """Text pieces in order; True marks a matched word."""

    def text(self, before: str = "**", after: str = "**") -> str:
        return "".join(f"{before}{s}{after}" if hit else s for s, hit in self.segments)

    def html(self) -> str:
        return "".join(f"<b>{_html_escape(s)}</b>" if hit else _html_escape(s) for s, hit in self.segments)

    @property
    def plain(self) -> str:
        return "".join(s for s, _ in self.segments)

    @property
    def matches(self) -> list[str]:
        return [s for s, hit in self.segments if hit]


SNIPPET_SCAN_CHARS = 300_000


def make_snippet(text: str, query: Query | Matcher, width: int = 28) -> Snippet:
    """A window of about ``width`` words of ``text`` holding as many different query terms as possible,
    the matched words marked. Without matches: the start of the text. Reading stops at the first window
    that holds every term.

    Only the candidate words found by :meth:`Matcher.candidate_starts` are folded and stemmed, plus the
    words of the window itself; the result is the one :func:`make_snippet_scanning` gives reading every
    word (tested on the corpus)."""
    matcher = query if isinstance(query, Matcher) else Matcher(query)
    scan = text[:SNIPPET_SCAN_CHARS]
    if not scan.isascii():
        scan = unicodedata.normalize("NFC", scan)
    starts = matcher.candidate_starts(scan)
    if starts is None:
        return _snippet_scanning(scan, matcher, width)
    snip = _snippet_from_candidates(scan, matcher, starts, width)
    if snip is None:  # no word of the text matches: its start, as reading every word would give
        return _snippet_head(scan, width)
    return snip


def make_snippet_scanning(text: str, query: Query | Matcher, width: int = 28) -> Snippet:
    """:func:`make_snippet` reading every word (the reference the fast path is tested against)."""
    matcher = query if isinstance(query, Matcher) else Matcher(query)
    scan = text[:SNIPPET_SCAN_CHARS]
    if not scan.isascii():
        scan = unicodedata.normalize("NFC", scan)
    return _snippet_scanning(scan, matcher, width)


_WORD_RE = textnorm.WORD_RE


def _best_window(hits: list[tuple[int, int]], width: int) -> int:
    """Token index where the best window starts: most different terms, then most matches."""
    best_start, best_score = hits[0][0], -1.0
    j = 0
    for i in range(len(hits)):
        while hits[i][0] - hits[j][0] >= width:
            j += 1
        window = hits[j:i + 1]
        score = len({t for _, t in window}) + 0.01 * len(window)
        if score > best_score + 1e-9:
            best_score = score
            best_start = window[0][0]
    return best_start


def _snippet_from_candidates(scan: str, matcher: Matcher, candidates: list[int], width: int
                             ) -> Snippet | None:
    hits: list[tuple[int, int]] = []  # (token index, term)
    starts: dict[int, int] = {}  # token index → character offset
    wanted = max(1, matcher.n_terms)
    seen_terms: set[int] = set()
    count = 0  # words before ``pos``
    pos = 0
    for s in candidates:
        if s < pos:
            continue  # inside a word already read
        word = _WORD_RE.match(scan, s)
        if word is None:
            continue
        count += len(_WORD_RE.findall(scan, pos, s))
        idx = count
        count += 1
        pos = word.end()
        term = matcher.term_of(textnorm.fold_word(word.group(0)))
        if term is None:
            continue
        hits.append((idx, term))
        starts[idx] = s
        seen_terms.add(term)
        if len(seen_terms) >= wanted and len({t for i, t in hits if i > idx - width}) >= wanted:
            break
    if not hits:
        return None
    best_start = _best_window(hits, width)
    first = max(0, best_start - 4)
    # the words before the best hit, back to ``first``
    anchor = starts[best_start]
    back = best_start - first
    start_char = anchor
    if back:
        lo = anchor
        while True:
            lo = max(0, lo - 80 * back)
            before = list(_WORD_RE.finditer(scan, lo, anchor))
            if lo > 0 and before and before[0].start() == lo:
                before = before[1:]  # may be the tail of a longer word
            if len(before) >= back or lo == 0:
                break
        start_char = before[-back].start() if len(before) >= back else (before[0].start() if before else anchor)
    window = []
    for m in _WORD_RE.finditer(scan, start_char):
        window.append((m.start(), m.end(), textnorm.fold_word(m.group(0))))
        if len(window) > width:
            break
    more = len(window) > width
    window = window[:width]
    flags = [matcher.term_of(w) is not None for _, _, w in window]
    return _segments(scan, window, flags, first > 0, more)


def _snippet_head(scan: str, width: int) -> Snippet:
    """The first ``width`` words of a text with no match (what :func:`_snippet_scanning` gives then)."""
    spans = list(itertools.islice(textnorm.token_spans(scan), width + 1))
    if not spans:
        return Snippet(((re.sub(r"\s+", " ", scan[:200]).strip(), False),) if scan.strip() else ())
    return _segments(scan, spans[:width], [False] * min(width, len(spans)), False, len(spans) > width)


def _snippet_scanning(scan: str, matcher: Matcher, width: int) -> Snippet:
    tokens_iter = textnorm.token_spans(scan)
    spans: list[tuple[int, int, str]] = []
    hits: list[tuple[int, int]] = []  # (token index, term)
    wanted = max(1, matcher.n_terms)
    seen_terms: set[int] = set()
    for idx, span in enumerate(tokens_iter):
        spans.append(span)
        term = matcher.term_of(span[2])
        if term is None:
            continue
        hits.append((idx, term))
        seen_terms.add(term)
        if len(seen_terms) >= wanted and len({t for i, t in hits if i > idx - width}) >= wanted:
            break
    if not spans:
        return Snippet(((re.sub(r"\s+", " ", scan[:200]).strip(), False),) if scan.strip() else ())
    first = max(0, _best_window(hits, width) - 4) if hits else 0
    # read on just far enough to fill the window (and to know whether text follows)
    for span in tokens_iter:
        spans.append(span)
        if len(spans) > first + width:
            break
    last = min(len(spans), first + width)
    hit_set = {idx for idx, _ in hits}
    for idx in range(first, last):  # matches inside the window read after the early stop
        if idx not in hit_set and matcher.term_of(spans[idx][2]) is not None:
            hit_set.add(idx)
    flags = [idx in hit_set for idx in range(first, last)]
    return _segments(scan, spans[first:last], flags, first > 0, last < len(spans))


def _segments(scan: str, window: list[tuple[int, int, str]], flags: list[bool], before: bool, after: bool
              ) -> Snippet:
    """The snippet of ``window`` (token spans of ``scan``), matched words (``flags``) marked, with "…"
    where text comes before or after."""
    start_char = window[0][0]
    end_char = window[-1][1]
    segments: list[tuple[str, bool]] = []
    if before:
        segments.append(("… ", False))
    pos = start_char
    for (a, b, _), hit in zip(window, flags, strict=True):
        if hit:
            if a > pos:
                segments.append((re.sub(r"\s+", " ", scan[pos:a]), False))
            segments.append((scan[a:b], True))
            pos = b
    if end_char > pos:
        segments.append((re.sub(r"\s+", " ", scan[pos:end_char]), False))
    if after:
        segments.append((" …", False))
    merged: list[tuple[str, bool]] = []
    for s, hit in segments:
        if merged and merged[-1][1] == hit and not hit:
            merged[-1] = (merged[-1][0] + s, False)
        else:
            merged.append((s, hit))
    return Snippet(tuple(merged))
