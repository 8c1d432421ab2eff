"""The library's full-text index: SQLite FTS5 over pre-stemmed text, at two levels.

The database stays readable by any SQLite (the ``sqlite3`` shell included): only the built-in
``unicode61`` tokenizer is used; morphology happens in Python before the text reaches SQLite
(:func:`deputydesk.core.textnorm.index_forms`). Each row has two columns: ``words`` (folded words: exact
forms, prefixes) and ``stems`` (their stems in the same order: inflected forms, phrases).

- ``library_fts`` — one row per **document** (its metadata, then all its pages). Ranking runs here, so a
  common word costs one bm25 per document, not per page.
- ``library_pages_fts`` — one row per **page** (page 0 is the metadata: title, number, issuer, tags).
  After ranking, the best page of each hit is found here within the document's rowid range.

Both tables are *contentless* (``content=''``): the text itself lives once, in ``document_pages``, and
snippets are cut from it in Python. Rowids come from ``local_library_docs_map`` and
``local_library_fts_map`` (AUTOINCREMENT keys: stable across VACUUM and never reused, so a tombstone can
never be mistaken for a new row). A document is removed from the
index by recomputing the values it was indexed with (``local_library_index_state`` keeps its language,
metadata text and a hash of the text); when that is impossible (its pages were replaced by an exchange,
the normaliser changed) its rows become unreachable "tombstones" that every query skips through the maps,
and a rebuild (:func:`clear`) drops them. All of this is derived data, per laptop.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

from deputydesk.core import searchquery, textnorm

SCHEMA = [
    """CREATE TABLE IF NOT EXISTS local_library_fts_map (
        rowid INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id TEXT NOT NULL,
        page_no INTEGER NOT NULL,
        UNIQUE (document_id, page_no)
    )""",
    """CREATE TABLE IF NOT EXISTS local_library_index_state (
        document_id TEXT PRIMARY KEY, doc_updated_at TEXT, indexed_at TEXT, lang TEXT, meta_text TEXT,
        version TEXT, content_hash TEXT
    )""",
    """CREATE TABLE IF NOT EXISTS local_library_docs_map (
        rowid INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id TEXT NOT NULL UNIQUE,
        first_page INTEGER,
        last_page INTEGER
    )""",
    """CREATE VIRTUAL TABLE IF NOT EXISTS library_fts USING fts5(
        words, stems, content = '', tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3'
    )""",
    """CREATE VIRTUAL TABLE IF NOT EXISTS library_pages_fts USING fts5(
        words, stems, content = '', tokenize = 'unicode61 remove_diacritics 0'
    )""",
]

STANDALONE = [
    "CREATE TABLE IF NOT EXISTS documents (id TEXT PRIMARY KEY, updated_at TEXT)",
    "CREATE TABLE IF NOT EXISTS document_pages (id TEXT PRIMARY KEY, document_id TEXT, page_no INTEGER, text TEXT)",
]


def create_schema(db: Any) -> None:
    """The index on its own (tests, tools); a workspace gets it from migration m0100 with the real
    ``documents`` and ``document_pages`` tables (here minimal stand-ins are created when missing)."""
    for sql in SCHEMA + STANDALONE:
        db.execute(sql)


def _exec(db: Any, sql: str, params: Iterable[Any] | dict[str, Any] = ()) -> Any:
    return db.execute(sql, params if isinstance(params, dict) else tuple(params))


def clear(db: Any) -> None:
    """Empty the whole index (before a rebuild)."""
    _exec(db, "INSERT INTO library_fts(library_fts) VALUES ('delete-all')")
    _exec(db, "INSERT INTO library_pages_fts(library_pages_fts) VALUES ('delete-all')")
    _exec(db, "DELETE FROM local_library_fts_map")
    _exec(db, "DELETE FROM local_library_docs_map")


def content_hash(pages: list[str], lang: str | None, meta_text: str) -> str:
    import hashlib

    h = hashlib.sha256()
    for part in (textnorm.INDEX_VERSION, lang or "", meta_text, *pages):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def _page_texts(db: Any, document_id: str) -> list[str]:
    return [r[0] or "" for r in _exec(db, "SELECT text FROM document_pages WHERE document_id = ? ORDER BY page_no",
                                      [document_id])]


def delete_document(db: Any, document_id: str) -> bool:
    """Remove a document from the index. Contentless rows are removed by giving FTS5 the values they were
    indexed with: recomputed from the stored pages when they, the language, the metadata text and the
    normaliser are unchanged (checked by hash). Otherwise the rows stay as unreachable tombstones until the
    next rebuild. Returns True when the rows were removed exactly. Call it before the pages change."""
    state = _exec(db, "SELECT lang, meta_text, content_hash FROM local_library_index_state WHERE document_id = ?",
                  [document_id]).fetchone()
    exact = False
    if state is not None:
        lang, meta_text, old_hash = state[0] or None, state[1] or "", state[2]
        pages = _page_texts(db, document_id)
        if old_hash and content_hash(pages, lang, meta_text) == old_hash:
            forms = _forms(pages, lang, meta_text)
            rows = {r[0]: r[1] for r in _exec(db, "SELECT page_no, rowid FROM local_library_fts_map "
                                                  "WHERE document_id = ?", [document_id])}
            doc_row = _exec(db, "SELECT rowid FROM local_library_docs_map WHERE document_id = ?",
                            [document_id]).fetchone()
            kept = [(n, f) for n, f in forms if f[0]]
            if doc_row is not None and sorted(rows) == [n for n, _f in kept]:
                for page_no, (words, stems) in kept:
                    _exec(db, "INSERT INTO library_pages_fts (library_pages_fts, rowid, words, stems) "
                              "VALUES ('delete', ?, ?, ?)", [rows[page_no], words, stems])
                _exec(db, "INSERT INTO library_fts (library_fts, rowid, words, stems) VALUES ('delete', ?, ?, ?)",
                      [doc_row[0], " ".join(f[0] for _n, f in kept), " ".join(f[1] for _n, f in kept)])
                exact = True
    _exec(db, "DELETE FROM local_library_fts_map WHERE document_id = ?", [document_id])
    _exec(db, "DELETE FROM local_library_docs_map WHERE document_id = ?", [document_id])
    _exec(db, "DELETE FROM local_library_index_state WHERE document_id = ?", [document_id])
    return exact


def _forms(pages: list[str], lang: str | None, meta_text: str) -> list[tuple[int, tuple[str, str]]]:
    out: list[tuple[int, tuple[str, str]]] = []
    meta = textnorm.index_forms(meta_text, lang) if meta_text.strip() else textnorm.IndexForms("", "")
    out.append((0, (meta.words, meta.stems)))
    for i, text in enumerate(pages):
        f = textnorm.index_forms(text, lang) if text and text.strip() else textnorm.IndexForms("", "")
        out.append((i + 1, (f.words, f.stems)))
    return out


INDEX_TABLES = ("library_fts", "library_pages_fts")


def merge_step(db: Any, table: str, pages: int, full: bool) -> bool:
    """One bounded step of FTS5's incremental merge on ``table`` (about ``pages`` leaf pages written).
    ``full`` merges every level towards a single b-tree (an incremental 'optimize'); otherwise only
    levels with enough segments are merged (FTS5's own 'usermerge' rule). Returns whether work was done
    (FTS5 changes at least two rows when it merges). Run each step in its own transaction."""
    if table not in INDEX_TABLES:
        raise ValueError(table)
    conn = getattr(db, "conn", db)
    before = conn.total_changes
    _exec(db, f"INSERT INTO {table} ({table}, rank) VALUES ('merge', ?)",  # noqa: S608 - a known table name
          [-abs(pages) if full else abs(pages)])
    return conn.total_changes - before >= 2


def segments(db: Any, table: str) -> int:
    """How many b-trees (segments) ``table``'s index has: what a query must merge for each term."""
    if table not in INDEX_TABLES:
        raise ValueError(table)
    row = _exec(db, f"SELECT block FROM {table}_data WHERE id = 10").fetchone()  # noqa: S608 - known name
    if row is None or not row[0]:
        return 0
    block = bytes(row[0])
    pos = 4  # the structure record: a 4-byte cookie, then SQLite varints nLevel, nSegment, ...
    values = []
    for _ in range(2):
        value = 0
        while True:
            byte = block[pos]
            pos += 1
            value = (value << 7) | (byte & 0x7F)
            if byte < 0x80:
                break
        values.append(value)
    return values[1]


def tombstones(db: Any) -> int:
    """Index rows no longer reachable (removed or re-indexed documents)."""
    docs = _exec(db, "SELECT count(*) FROM library_fts_docsize").fetchone()[0]
    live = _exec(db, "SELECT count(*) FROM local_library_docs_map").fetchone()[0]
    return int(docs - live)


def index_forms_of_document(db: Any, document_id: str, pages: list[tuple[str, str]], meta: tuple[str, str], *,
                            lang: str | None, meta_text: str, page_texts: list[str] | None = None) -> None:
    """Index a document whose pages (and metadata) are already (words, stems) — computed by a reader
    process during an import, or by :func:`index_document` — from ``page_texts`` (default: the stored
    pages) in ``lang`` with ``meta_text``, which are remembered so the rows can be removed exactly."""
    delete_document(db, document_id)
    rows = [(0, meta)] + [(i + 1, forms) for i, forms in enumerate(pages)]
    first = last = None
    all_words: list[str] = []
    all_stems: list[str] = []
    for page_no, (words, stems) in rows:
        if not words:
            continue
        cur = _exec(db, "INSERT INTO local_library_fts_map (document_id, page_no) VALUES (?, ?)",
                    [document_id, page_no])
        rowid = cur.lastrowid
        _exec(db, "INSERT INTO library_pages_fts (rowid, words, stems) VALUES (?, ?, ?)", [rowid, words, stems])
        first = rowid if first is None else first
        last = rowid
        all_words.append(words)
        all_stems.append(stems)
    texts = page_texts if page_texts is not None else _page_texts(db, document_id)
    _exec(db, "INSERT INTO local_library_index_state (document_id, doc_updated_at, indexed_at, lang, meta_text, "
              "version, content_hash) SELECT ?, (SELECT updated_at FROM documents WHERE id = ?), "
              "strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?, ?, ?, ?",
          [document_id, document_id, lang or "", meta_text, textnorm.INDEX_VERSION,
           content_hash(texts, lang, meta_text)])
    if first is None:
        return
    cur = _exec(db, "INSERT INTO local_library_docs_map (document_id, first_page, last_page) VALUES (?, ?, ?)",
                [document_id, first, last])
    _exec(db, "INSERT INTO library_fts (rowid, words, stems) VALUES (?, ?, ?)",
          [cur.lastrowid, " ".join(all_words), " ".join(all_stems)])


def index_document(db: Any, document_id: str, pages: list[str], lang: str | None, meta_text: str = "") -> None:
    """(Re)index one document from its page texts (1-based) and its metadata text (page 0)."""
    forms = _forms(pages, lang, meta_text)
    index_forms_of_document(db, document_id, [f for _n, f in forms[1:]], forms[0][1], lang=lang,
                            meta_text=meta_text, page_texts=pages)


class Hit(NamedTuple):
    """One matching document (a named tuple: result lists run to thousands)."""

    document_id: str
    page_no: int
    score: float
    """bm25: lower is better (SQLite's convention); the service turns it into a positive relevance."""


@dataclass(frozen=True)
class Filters:
    """Filters on the ``documents`` table (all optional)."""

    kind: str | None = None
    lang: str | None = None
    issuer: str | None = None
    """Folded text the issuer must contain."""
    date_from: str | None = None
    date_to: str | None = None
    tags: tuple[str, ...] = ()
    """Folded tag names the document must all carry."""

    @property
    def empty(self) -> bool:
        return not (self.kind or self.lang or self.issuer or self.date_from or self.date_to or self.tags)

    def params(self) -> dict[str, Any]:
        return {
            "kind": self.kind or None,
            "lang": self.lang or None,
            "issuer": self.issuer or None,
            "date_from": self.date_from or None,
            "date_to": self.date_to or None,
            "tags": json.dumps(list(self.tags), ensure_ascii=False) if self.tags else None,
        }


# The filter is one static clause: every condition switches itself off when its parameter is NULL.
FILTER_SQL = """
    (:kind IS NULL OR d.kind = :kind)
    AND (:lang IS NULL OR d.language = :lang)
    AND (:issuer IS NULL OR instr(d.issuer_norm, :issuer) > 0)
    AND (:date_from IS NULL OR d.date >= :date_from)
    AND (:date_to IS NULL OR d.date <= :date_to)
    AND (:tags IS NULL OR NOT EXISTS (
        SELECT 1 FROM json_each(:tags) wanted
        WHERE NOT EXISTS (
            SELECT 1 FROM document_tags dt JOIN tags t ON t.id = dt.tag_id
            WHERE dt.document_id = d.id AND t.name_norm = wanted.value)))
"""

# Without filters: rank the documents, keep the best :n and find their documents in the same statement
# (a LEFT JOIN: a tombstone comes back with no document, so the caller knows how many rows were ranked).
# The outer ORDER BY sorts at most :n rows that come in order already (no measurable cost).
_RANK_SQL = """
SELECT m.document_id, m.first_page, m.last_page, r.score, r.rid
FROM (SELECT rowid AS rid, bm25(library_fts, 1.5, 1.0) AS score FROM library_fts
      WHERE library_fts MATCH :match ORDER BY score, rowid LIMIT :n) r
LEFT JOIN local_library_docs_map m ON m.rowid = r.rid
ORDER BY r.score, r.rid
"""

# The ranked list alone (the library view): rows already in the shape the caller returns, so that Python
# does no work per row — at 10,000 pages a common word matches 900 documents.
# The documents are looked up for the kept rows only; the outer ORDER BY sorts at most :n rows that
# come in order already (no measurable cost; SQL promises no order without it).
_RANK_IDS_SQL = """
SELECT m.document_id, 0, -r.score
FROM (SELECT rowid AS rid, bm25(library_fts, 1.5, 1.0) AS score FROM library_fts
      WHERE library_fts MATCH :match ORDER BY score, rowid LIMIT :n) r
LEFT JOIN local_library_docs_map m ON m.rowid = r.rid
ORDER BY r.score, r.rid
"""

# With filters: every match is joined to its document first.
_RANK_FILTERED_SQL = """
WITH ranked AS MATERIALIZED (
    SELECT rowid AS rid, bm25(library_fts, 1.5, 1.0) AS score FROM library_fts WHERE library_fts MATCH :match
)
SELECT m.document_id, m.first_page, m.last_page, r.score
FROM ranked r JOIN local_library_docs_map m ON m.rowid = r.rid JOIN documents d ON d.id = m.document_id
WHERE """ + FILTER_SQL + """
ORDER BY r.score, r.rid LIMIT :limit OFFSET :offset
"""  # noqa: S608 - fixed fragments only; every value is bound

# The first page of the document holding every term (ranking the pages with bm25 would cost a scan of
# the whole page index per document: the first match is what a reader looks for anyway). Page 0 is the
# metadata row; it only counts when no text page matches.
_BEST_PAGE_SQL = """
SELECT m.page_no FROM (SELECT rowid AS rid FROM library_pages_fts
                       WHERE library_pages_fts MATCH :match AND rowid >= :lo AND rowid <= :hi LIMIT 2) p
JOIN local_library_fts_map m ON m.rowid = p.rid ORDER BY p.rid
"""

_COUNT_SQL = """
SELECT count(*) FROM library_fts f JOIN local_library_docs_map m ON m.rowid = f.rowid
WHERE library_fts MATCH :match
"""

_COUNT_FILTERED_SQL = """
SELECT count(*) FROM library_fts f JOIN local_library_docs_map m ON m.rowid = f.rowid
JOIN documents d ON d.id = m.document_id WHERE library_fts MATCH :match AND """ + FILTER_SQL




def _best_page(db: Any, expr: str, lo: int, hi: int) -> int:
    pages = [int(r[0]) for r in _exec(db, _BEST_PAGE_SQL, {"match": expr, "lo": lo, "hi": hi}).fetchall()]
    return _first_text_page(pages)


def _first_text_page(pages: list[int]) -> int:
    text_pages = [p for p in pages if p >= 1]
    if text_pages:
        return text_pages[0]
    return 1  # only the title matched, or the words are spread over several pages: show the first


# Every matching page of the whole library, in rowid order (one pass over the page index: at 10,000 pages
# 8× cheaper than one range query per hit, at 100,000 pages still 2×).
_MATCHING_PAGES_SQL = "SELECT rowid FROM library_pages_fts WHERE library_pages_fts MATCH :match ORDER BY rowid"


ROWIDS_CHUNK = 800
"""Rowids per IN (…) list: some SQLite builds allow as few as 999 bound values."""

ONE_PASS_MAX_PAGES = 300_000
"""Up to this many page rows the best pages come from one pass over the matching pages; beyond, one
range query per hit is cheaper (the pass grows with the library, a range query hardly)."""


def _best_pages(db: Any, expr: str, ranges: list[tuple[int, int]]) -> list[int]:
    """:func:`_best_page` of many documents (their page rowid ranges) at once."""
    import bisect

    if not ranges:
        return []
    last = _exec(db, "SELECT max(rowid) FROM local_library_fts_map").fetchone()[0] or 0
    if len(ranges) == 1 or last > ONE_PASS_MAX_PAGES:
        return [_best_page(db, expr, lo, hi) for lo, hi in ranges]
    matching = [r[0] for r in _exec(db, _MATCHING_PAGES_SQL, {"match": expr}).fetchall()]
    firsts: list[list[int]] = []
    for lo, hi in ranges:
        i = bisect.bisect_left(matching, lo)
        firsts.append([r for r in matching[i:i + 2] if r <= hi])
    wanted = sorted({r for f in firsts for r in f})
    page_of: dict[int, int] = {}
    for i in range(0, len(wanted), ROWIDS_CHUNK):
        chunk = wanted[i:i + ROWIDS_CHUNK]
        page_of.update((int(r[0]), int(r[1])) for r in _exec(
            db, f"SELECT rowid, page_no FROM local_library_fts_map WHERE rowid IN ({','.join('?' * len(chunk))})",  # noqa: S608
            chunk).fetchall())
    return [_first_text_page([page_of[r] for r in f if r in page_of]) for f in firsts]


def search_documents(db: Any, query: searchquery.Query, filters: Filters | None = None, limit: int = 20,
                     offset: int = 0, with_pages: bool = True) -> list[Hit]:
    """Documents matching the text of ``query`` and ``filters``, best first, each with its best page
    (``with_pages=False`` leaves ``page_no`` 0 — for long result lists; see :func:`best_page`)."""
    expr = searchquery.fts_expression(query)
    if expr is None:
        return []
    filters = filters or Filters()
    wanted = limit + offset
    if filters.empty:
        rows = _live_ranked(db, _RANK_SQL, expr, wanted)[offset:wanted]
    else:
        rows = _exec(db, _RANK_FILTERED_SQL, {**filters.params(), "match": expr, "limit": int(limit),
                                               "offset": int(offset)}).fetchall()
    if not with_pages:
        return [Hit(r[0], 0, float(r[3])) for r in rows]
    pages = _best_pages(db, expr, [(int(r[1]), int(r[2])) for r in rows])
    return [Hit(r[0], page, float(r[3])) for r, page in zip(rows, pages, strict=True)]


def ranked_ids(db: Any, query: searchquery.Query, filters: Filters | None = None, limit: int = 1000
               ) -> list[tuple[str, int, float]]:
    """``(document id, 0, relevance)`` of the documents matching ``query`` and ``filters``, best first —
    :func:`search_documents` without pages, for long lists (relevance = −bm25, higher is better)."""
    expr = searchquery.fts_expression(query)
    if expr is None:
        return []
    filters = filters or Filters()
    if not filters.empty:
        return [(r[0], 0, -float(r[3])) for r in _exec(
            db, _RANK_FILTERED_SQL, {**filters.params(), "match": expr, "limit": int(limit), "offset": 0})]
    return _live_ranked(db, _RANK_IDS_SQL, expr, limit)[:limit]


def _live_ranked(db: Any, sql: str, expr: str, wanted: int) -> list[Any]:
    """At least ``wanted`` rows of a ranking statement (``sql`` with :match and :n; a tombstone comes
    back with no document id), tombstones dropped; fewer only when no more match."""
    n = wanted + 16
    while True:
        ranked = _exec(db, sql, {"match": expr, "n": n}).fetchall()
        rows = [r for r in ranked if r[0] is not None]
        if len(rows) >= wanted or len(ranked) < n:
            return rows
        n *= 4  # tombstones took places: look further


def best_page(db: Any, query: searchquery.Query, document_id: str) -> int:
    """The first page of a document where every term of ``query`` occurs (1 when none does)."""
    expr = searchquery.fts_expression(query)
    row = _exec(db, "SELECT first_page, last_page FROM local_library_docs_map WHERE document_id = ?",
                [document_id]).fetchone()
    if expr is None or row is None:
        return 1
    return _best_page(db, expr, int(row[0]), int(row[1]))


def search_pages(db: Any, query: searchquery.Query, limit: int = 20) -> list[Hit]:
    """Best documents (with their best page) for the text of ``query``, without filters."""
    return search_documents(db, query, None, limit)


def count_matching(db: Any, query: searchquery.Query, filters: Filters | None = None) -> int:
    expr = searchquery.fts_expression(query)
    if expr is None:
        return 0
    filters = filters or Filters()
    if filters.empty:
        return int(_exec(db, _COUNT_SQL, {"match": expr}).fetchone()[0])
    return int(_exec(db, _COUNT_FILTERED_SQL, {**filters.params(), "match": expr}).fetchone()[0])
