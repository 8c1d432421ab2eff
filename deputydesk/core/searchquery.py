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

from deputydesk.core import textnorm

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
        q.kind = value
    elif name == "lang":
        q.lang = value.lower()
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
    that holds every term."""
    matcher = query if isinstance(query, Matcher) else Matcher(query)
    scan = text[:SNIPPET_SCAN_CHARS]
    if not scan.isascii():
        scan = unicodedata.normalize("NFC", scan)
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
    if hits:
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
        first = max(0, best_start - 4)
    else:
        first = 0
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
    start_char = spans[first][0]
    end_char = spans[last - 1][1]
    segments: list[tuple[str, bool]] = []
    if first > 0:
        segments.append(("… ", False))
    pos = start_char
    for idx in range(first, last):
        a, b, _ = spans[idx]
        if idx in hit_set:
            if a > pos:
                segments.append((re.sub(r"\s+", " ", scan[pos:a]), False))
            segments.append((scan[a:b], True))
            pos = b
    if end_char > pos:
        segments.append((re.sub(r"\s+", " ", scan[pos:end_char]), False))
    if last < len(spans):
        segments.append((" …", False))
    merged: list[tuple[str, bool]] = []
    for s, hit in segments:
        if merged and merged[-1][1] == hit and not hit:
            merged[-1] = (merged[-1][0] + s, False)
        else:
            merged.append((s, hit))
    return Snippet(tuple(merged))
