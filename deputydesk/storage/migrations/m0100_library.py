"""Library schema: documents (one per stored original), their pages of text, tags, versions, the
full-text index and the per-laptop import error log.

- ``documents.file_id`` is the SHA-256 of the original in the file store; it is UNIQUE, so the same bytes
  are stored and listed once (a second import is a duplicate).
- Effective metadata lives in the plain columns (kind, title, number, date, issuer, language); what the
  detector found, with confidences, is kept in ``detected`` (JSON); ``corrected`` (JSON list) names the
  fields a person set — re-detection never overwrites those.
- ``version_of`` points at the previous version of the same document (draft v1 → v2 → adopted).
- ``document_pages`` holds the text of each page (synced: OCR results are expensive to redo).
- ``library_fts`` (per document) and ``library_pages_fts`` (per page) — contentless FTS5 with the built-in
  tokenizer, so any SQLite opens the database — with ``local_library_docs_map``, ``local_library_fts_map``
  and ``local_library_index_state`` are derived, per laptop, and refreshed from ``document_pages`` after
  an exchange (``services.library.after_exchange``).
- ``local_import_errors`` keeps the files that failed to import, with the reason, until cleared.
"""

from __future__ import annotations

from sqlite_utils import Database

STAMPS = {"created_at": str, "updated_at": str, "updated_by": str}


def migrate(db: Database) -> None:
    db.table("documents").create(
        {
            "id": str,
            "file_id": str,
            "original_name": str,
            "format": str,
            "size": int,
            "pages": int,
            "kind": str,
            "title": str,
            "title_norm": str,
            "number": str,
            "number_norm": str,
            "date": str,
            "issuer": str,
            "issuer_norm": str,
            "language": str,
            "needs_ocr": int,
            "ocr_used": int,
            "text_chars": int,
            "detected": str,
            "corrected": str,
            "warnings": str,
            "tags_text": str,
            "version_of": str,
            "version_label": str,
            "note": str,
            "source_path": str,
            "imported_at": str,
            **STAMPS,
        },
        pk="id",
        not_null={"id", "file_id", "kind", "imported_at"},
        defaults={"pages": 0, "needs_ocr": 0, "ocr_used": 0, "text_chars": 0, "kind": "other",
                  "corrected": "[]", "detected": "{}", "warnings": "[]"},
        foreign_keys=[("file_id", "files", "id")],
    )
    documents = db.table("documents")
    documents.create_index(["file_id"], unique=True)
    for cols in (["imported_at"], ["date"], ["kind", "date"], ["language"], ["issuer_norm"], ["version_of"],
                 ["number_norm"], ["title_norm"]):
        documents.create_index(cols)

    db.table("document_pages").create(
        {"id": str, "document_id": str, "page_no": int, "text": str, **STAMPS},
        pk="id",
        not_null={"id", "document_id", "page_no"},
        foreign_keys=[("document_id", "documents", "id")],
    )
    db.table("document_pages").create_index(["document_id", "page_no"], unique=True)

    db.table("tags").create(
        {"id": str, "name": str, "name_norm": str, **STAMPS},
        pk="id",
        not_null={"id", "name", "name_norm"},
    )
    db.table("tags").create_index(["name_norm"], unique=True)

    db.table("document_tags").create(
        {"id": str, "document_id": str, "tag_id": str, **STAMPS},
        pk="id",
        not_null={"id", "document_id", "tag_id"},
        foreign_keys=[("document_id", "documents", "id"), ("tag_id", "tags", "id")],
    )
    db.table("document_tags").create_index(["document_id", "tag_id"], unique=True)
    db.table("document_tags").create_index(["tag_id"])

    db.table("local_import_errors").create(
        {"seq": int, "at": str, "batch_id": str, "path": str, "name": str, "code": str, "reason": str},
        pk="seq",
        not_null={"at", "path", "code", "reason"},
    )
    db.table("local_import_errors").create_index(["at"])

    # which version of each document the local index holds (documents.updated_at when indexed, so an
    # exchange re-indexes only what changed) and what it was built from (language, metadata text,
    # normaliser version, hash of the text), so its rows can be removed exactly from the contentless index
    db.table("local_library_index_state").create(
        {"document_id": str, "doc_updated_at": str, "indexed_at": str, "lang": str, "meta_text": str,
         "version": str, "content_hash": str}, pk="document_id")
    db.execute("""CREATE TABLE local_library_fts_map (
        rowid INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id TEXT NOT NULL,
        page_no INTEGER NOT NULL,
        UNIQUE (document_id, page_no)
    )""")
    db.execute("""CREATE TABLE local_library_docs_map (
        rowid INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id TEXT NOT NULL UNIQUE,
        first_page INTEGER,
        last_page INTEGER
    )""")
    # contentless: the text lives once, in document_pages; ranking per document, best page per page row
    db.execute("""CREATE VIRTUAL TABLE library_fts USING fts5(
        words, stems, content = '', tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3'
    )""")
    db.execute("""CREATE VIRTUAL TABLE library_pages_fts USING fts5(
        words, stems, content = '', tokenize = 'unicode61 remove_diacritics 0'
    )""")
