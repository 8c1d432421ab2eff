"""The library's full-text index: an SQLite FTS5 table with pre-stemmed text.

The database stays readable by any SQLite (the ``sqlite3`` shell included): the index uses only the
built-in ``unicode61`` tokenizer; morphology is done in Python before the text reaches SQLite
(:func:`deputydesk.core.textnorm.index_forms`). Columns:

``library_fts(document_id UNINDEXED, page_no UNINDEXED, words, stems)`` — ``words`` holds the folded words
(exact forms, prefixes), ``stems`` their stems in the same order (inflected forms, phrases). The FTS rowid
is the ``rowid`` of ``local_library_fts_map`` (an INTEGER PRIMARY KEY, stable across VACUUM), which maps
it to the page. Both are derived data, rebuilt from ``document_pages`` after an exchange.

Page 0 of a document is its metadata row (title, number, issuer, tags) so a search finds corrected titles
and tags too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from deputydesk.core import searchquery, textnorm

FTS_TABLE = "library_fts"
MAP_TABLE = "local_library_fts_map"

SCHEMA = [
    """CREATE TABLE IF NOT EXISTS local_library_fts_map (
        rowid INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL,
        page_no INTEGER NOT NULL,
        UNIQUE (document_id, page_no)
    )""",
    """CREATE VIRTUAL TABLE IF NOT EXISTS library_fts USING fts5(
        document_id UNINDEXED, page_no UNINDEXED, words, stems,
        tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3'
    )""",
]


def create_schema(db: Any) -> None:
    for sql in SCHEMA:
        db.execute(sql)


def _exec(db: Any, sql: str, params: Iterable[Any] = ()) -> Any:
    return db.execute(sql, tuple(params))


def delete_document(db: Any, document_id: str) -> None:
    _exec(db, "DELETE FROM library_fts WHERE rowid IN "
              "(SELECT rowid FROM local_library_fts_map WHERE document_id = ?)", [document_id])
    _exec(db, "DELETE FROM local_library_fts_map WHERE document_id = ?", [document_id])


def index_document(db: Any, document_id: str, pages: list[str], lang: str | None, meta_text: str = "") -> None:
    """(Re)index one document: its pages (1-based) and the metadata row (page 0)."""
    delete_document(db, document_id)
    rows = [(0, meta_text)] + [(i + 1, text) for i, text in enumerate(pages)]
    for page_no, text in rows:
        if not text or not text.strip():
            continue
        forms = textnorm.index_forms(text, lang)
        cur = _exec(db, "INSERT INTO local_library_fts_map (document_id, page_no) VALUES (?, ?)",
                    [document_id, page_no])
        _exec(db, "INSERT INTO library_fts (rowid, document_id, page_no, words, stems) VALUES (?, ?, ?, ?, ?)",
              [cur.lastrowid, document_id, page_no, forms.words, forms.stems])


def index_forms_of_document(db: Any, document_id: str, pages: list[tuple[str, str]], meta: tuple[str, str]) -> None:
    """Index a document whose pages were already turned into (words, stems) — by a reader process."""
    delete_document(db, document_id)
    rows = [(0, meta)] + [(i + 1, forms) for i, forms in enumerate(pages)]
    for page_no, (words, stems) in rows:
        if not words:
            continue
        cur = _exec(db, "INSERT INTO local_library_fts_map (document_id, page_no) VALUES (?, ?)",
                    [document_id, page_no])
        _exec(db, "INSERT INTO library_fts (rowid, document_id, page_no, words, stems) VALUES (?, ?, ?, ?, ?)",
              [cur.lastrowid, document_id, page_no, words, stems])


@dataclass(frozen=True)
class Hit:
    document_id: str
    page_no: int
    score: float
    """bm25: lower is better (SQLite's convention); the service turns it into a positive relevance."""


# bm25 weights: document_id, page_no (unindexed), words (exact forms weigh more), stems.
# bm25() cannot sit inside an aggregate: pages are ranked in a materialised CTE and each document keeps
# its best page (SQLite returns the bare columns of the row that gave min()).
_SEARCH_SQL = """
WITH ranked AS MATERIALIZED (
    SELECT f.document_id AS document_id, f.page_no AS page_no,
           bm25(library_fts, 0.0, 0.0, 1.5, 1.0) AS score
    FROM library_fts f WHERE library_fts MATCH ?
)
SELECT document_id, page_no, min(score) AS best FROM ranked
GROUP BY document_id ORDER BY best LIMIT ?
"""


def search_pages(db: Any, query: searchquery.Query, limit: int = 20) -> list[Hit]:
    """Best page of each matching document, best documents first (text only, no filters)."""
    expr = searchquery.fts_expression(query)
    if expr is None:
        return []
    rows = _exec(db, _SEARCH_SQL, [expr, int(limit)]).fetchall()
    return [Hit(r[0], int(r[1]), float(r[2])) for r in rows]


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

    def params(self) -> dict[str, Any]:
        import json

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

_SEARCH_FILTERED_SQL = """
WITH ranked AS MATERIALIZED (
    SELECT f.document_id AS document_id, f.page_no AS page_no,
           bm25(library_fts, 0.0, 0.0, 1.5, 1.0) AS score
    FROM library_fts f WHERE library_fts MATCH :match
)
SELECT r.document_id, r.page_no, min(r.score) AS best
FROM ranked r JOIN documents d ON d.id = r.document_id
WHERE """ + FILTER_SQL + """
GROUP BY r.document_id ORDER BY best LIMIT :limit OFFSET :offset
"""  # noqa: S608 - fixed fragments only; every value is bound

_COUNT_FILTERED_SQL = """
SELECT count(DISTINCT f.document_id) FROM library_fts f JOIN documents d ON d.id = f.document_id
WHERE library_fts MATCH :match AND """ + FILTER_SQL


def search_documents(db: Any, query: searchquery.Query, filters: Filters, limit: int = 20,
                     offset: int = 0) -> list[Hit]:
    """Documents matching the text of ``query`` and ``filters``, best first, with their best page."""
    expr = searchquery.fts_expression(query)
    if expr is None:
        return []
    params = {**filters.params(), "match": expr, "limit": int(limit), "offset": int(offset)}
    rows = db.execute(_SEARCH_FILTERED_SQL, params).fetchall()
    return [Hit(r[0], int(r[1]), float(r[2])) for r in rows]


def count_matching(db: Any, query: searchquery.Query, filters: Filters) -> int:
    expr = searchquery.fts_expression(query)
    if expr is None:
        return 0
    return int(db.execute(_COUNT_FILTERED_SQL, {**filters.params(), "match": expr}).fetchone()[0])
