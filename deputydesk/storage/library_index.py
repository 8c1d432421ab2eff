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
``local_library_fts_map`` (INTEGER PRIMARY KEYs, stable across VACUUM). Removing a document removes its
map rows; its index rows become unreachable "tombstones" that every query skips by joining through the
maps, and a rebuild (:func:`clear`) drops them. All of this is derived data, per laptop.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from deputydesk.core import searchquery, textnorm

SCHEMA = [
    """CREATE TABLE IF NOT EXISTS local_library_fts_map (
        rowid INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL,
        page_no INTEGER NOT NULL,
        UNIQUE (document_id, page_no)
    )""",
    """CREATE TABLE IF NOT EXISTS local_library_docs_map (
        rowid INTEGER PRIMARY KEY,
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

def create_schema(db: Any) -> None:
    for sql in SCHEMA:
        db.execute(sql)


def _exec(db: Any, sql: str, params: Iterable[Any] | dict[str, Any] = ()) -> Any:
    return db.execute(sql, params if isinstance(params, dict) else tuple(params))


def clear(db: Any) -> None:
    """Empty the whole index (before a rebuild)."""
    _exec(db, "INSERT INTO library_fts(library_fts) VALUES ('delete-all')")
    _exec(db, "INSERT INTO library_pages_fts(library_pages_fts) VALUES ('delete-all')")
    _exec(db, "DELETE FROM local_library_fts_map")
    _exec(db, "DELETE FROM local_library_docs_map")


def delete_document(db: Any, document_id: str) -> None:
    """Make a document unreachable in the index (its rows stay as tombstones until the next rebuild)."""
    _exec(db, "DELETE FROM local_library_fts_map WHERE document_id = ?", [document_id])
    _exec(db, "DELETE FROM local_library_docs_map WHERE document_id = ?", [document_id])


def tombstones(db: Any) -> int:
    """Index rows no longer reachable (removed or re-indexed documents)."""
    docs = _exec(db, "SELECT count(*) FROM library_fts_docsize").fetchone()[0]
    live = _exec(db, "SELECT count(*) FROM local_library_docs_map").fetchone()[0]
    return int(docs - live)


def index_forms_of_document(db: Any, document_id: str, pages: list[tuple[str, str]], meta: tuple[str, str]) -> None:
    """Index a document whose pages (and metadata) are already (words, stems) — computed by a reader
    process during an import, or by :func:`index_document`."""
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
    if first is None:
        return
    cur = _exec(db, "INSERT INTO local_library_docs_map (document_id, first_page, last_page) VALUES (?, ?, ?)",
                [document_id, first, last])
    _exec(db, "INSERT INTO library_fts (rowid, words, stems) VALUES (?, ?, ?)",
          [cur.lastrowid, " ".join(all_words), " ".join(all_stems)])


def index_document(db: Any, document_id: str, pages: list[str], lang: str | None, meta_text: str = "") -> None:
    """(Re)index one document from its page texts (1-based) and its metadata text (page 0)."""
    forms = []
    for text in pages:
        f = textnorm.index_forms(text, lang) if text and text.strip() else textnorm.IndexForms("", "")
        forms.append((f.words, f.stems))
    meta = textnorm.index_forms(meta_text, lang) if meta_text.strip() else textnorm.IndexForms("", "")
    index_forms_of_document(db, document_id, forms, (meta.words, meta.stems))


@dataclass(frozen=True)
class Hit:
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

# Without filters: rank the documents and keep the best :n (tombstones are dropped afterwards).
_RANK_SQL = """
SELECT rowid, bm25(library_fts, 1.5, 1.0) AS score FROM library_fts
WHERE library_fts MATCH :match ORDER BY score LIMIT :n
"""

_MAP_SQL = """
SELECT rowid, document_id, first_page, last_page FROM local_library_docs_map
WHERE rowid IN (SELECT value FROM json_each(:rowids))
"""

# With filters: every match is joined to its document first.
_RANK_FILTERED_SQL = """
WITH ranked AS MATERIALIZED (
    SELECT rowid AS rid, bm25(library_fts, 1.5, 1.0) AS score FROM library_fts WHERE library_fts MATCH :match
)
SELECT m.document_id, m.first_page, m.last_page, r.score
FROM ranked r JOIN local_library_docs_map m ON m.rowid = r.rid JOIN documents d ON d.id = m.document_id
WHERE """ + FILTER_SQL + """
ORDER BY r.score LIMIT :limit OFFSET :offset
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
    text_pages = [p for p in pages if p >= 1]
    if text_pages:
        return text_pages[0]
    return 1  # only the title matched, or the words are spread over several pages: show the first


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
        n = wanted + 16
        while True:
            ranked = _exec(db, _RANK_SQL, {"match": expr, "n": n}).fetchall()
            places = {r[0]: (r[1], r[2], r[3]) for r in _exec(
                db, _MAP_SQL, {"rowids": json.dumps([r[0] for r in ranked])}).fetchall()}
            rows = [(*places[rid], score) for rid, score in ranked if rid in places]
            if len(rows) >= wanted or len(ranked) < n:
                break
            n *= 4  # tombstones took places: look further
        rows = rows[offset:wanted]
    else:
        rows = _exec(db, _RANK_FILTERED_SQL, {**filters.params(), "match": expr, "limit": int(limit),
                                               "offset": int(offset)}).fetchall()
    if not with_pages:
        return [Hit(r[0], 0, float(r[3])) for r in rows]
    return [Hit(r[0], _best_page(db, expr, r[1], r[2]), float(r[3])) for r in rows]


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
