"""Dossiers (ordered documents with their issued versions) and the per-laptop bookkeeping of
exchange between laptops (imported packages, conflicts kept for a person to resolve)."""

from __future__ import annotations

from sqlite_utils import Database

STAMPS = {"created_at": str, "updated_at": str, "updated_by": str}


def migrate(db: Database) -> None:
    db.table("dossiers").create(
        {
            "id": str,
            "title": str,
            "purpose": str,  # session, agenda item, hearing…
            "body_id": str,
            "date": str,  # YYYY-MM-DD printed on the cover
            "lang": str,  # kk-ru | kk | ru | en
            "draft": int,
            "annex_followup": int,  # add the open follow-up items as an annex
            **STAMPS,
        },
        pk="id",
        not_null={"id", "title"},
        defaults={"lang": "kk-ru", "draft": 1, "annex_followup": 0},
    )
    db.table("dossier_items").create(
        {
            "id": str,
            "dossier_id": str,
            "position": int,
            "document_id": str,  # a library document, when the library area is present
            "file_id": str,  # or a file of the file store (sha256)
            "title": str,
            "subtitle": str,
            **STAMPS,
        },
        pk="id",
        not_null={"id", "dossier_id", "position"},
        defaults={"position": 0},
        foreign_keys=[("dossier_id", "dossiers", "id")],
    )
    db.table("dossier_items").create_index(["dossier_id", "position"])
    db.table("dossier_issues").create(
        {
            "id": str,
            "dossier_id": str,
            "issued_at": str,
            "pages": int,
            "file_id": str,  # the compiled PDF in the file store
            "manifest": str,  # JSON: members with content hashes (for "changed since issued")
            "draft": int,
            **STAMPS,
        },
        pk="id",
        not_null={"id", "dossier_id", "issued_at"},
        foreign_keys=[("dossier_id", "dossiers", "id")],
    )
    db.table("dossier_issues").create_index(["dossier_id", "issued_at"])

    # per laptop, never exchanged
    db.table("local_exchange_log").create(
        {
            "package_id": str,
            "direction": str,  # export | import
            "peer": str,
            "device_id": str,  # the other laptop (import) or this one (export)
            "at": str,
            "path": str,
            "summary": str,  # JSON counts
        },
        pk="package_id",
    )
    db.table("local_exchange_conflicts").create(
        {
            "id": str,
            "at": str,
            "package_id": str,
            "table_name": str,
            "record_id": str,
            "kind": str,  # both_changed | deleted_there_changed_here | inserted_both
            "winner": str,  # local | incoming
            "local_version": str,  # JSON
            "incoming_version": str,  # JSON
            "resolved_at": str,
            "resolution": str,  # kept_winner | took_loser
        },
        pk="id",
    )
    db.table("local_exchange_conflicts").create_index(["resolved_at"])
