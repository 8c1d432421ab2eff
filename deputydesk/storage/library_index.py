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
