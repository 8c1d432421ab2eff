"""Foundation schema: per-laptop metadata, file store index, the council (bodies, members),
addressee organisations and the hash-chained event log."""

from __future__ import annotations

from sqlite_utils import Database

STAMPS = {"created_at": str, "updated_at": str, "updated_by": str}


def migrate(db: Database) -> None:
    db.table("local_meta").create({"key": str, "value": str}, pk="key", not_null={"key"})

    db.table("files").create(
        {"id": str, "size": int, "mime": str, "original_name": str, **STAMPS},
        pk="id",
        not_null={"id", "size"},
    )

    db.table("bodies").create(
        {
            "id": str,
            "kind": str,  # maslikhat | public_council | commission
            "name_kk": str,
            "name_ru": str,
            "short_name_kk": str,
            "short_name_ru": str,
            "address_kk": str,
            "address_ru": str,
            "phone": str,
            "email": str,
            "website": str,
            "bin": str,
            "head_name": str,
            "head_position_kk": str,
            "head_position_ru": str,
            "total_members": int,
            "convocation": str,
            "parent_body_id": str,
            "decision_number_format": str,
            "outgoing_number_format": str,
            "incoming_number_format": str,
            "emblem_file_id": str,
            "is_default": int,
            **STAMPS,
        },
        pk="id",
        not_null={"id", "kind"},
        defaults={"is_default": 0, "total_members": 0},
    )

    db.table("members").create(
        {
            "id": str,
            "body_id": str,
            "full_name": str,
            "full_name_kk": str,
            "role": str,  # chair | deputy_chair | secretary | member
            "position_kk": str,
            "position_ru": str,
            "commission": str,
            "phone": str,
            "email": str,
            "active": int,
            "sort_order": int,
            **STAMPS,
        },
        pk="id",
        not_null={"id", "body_id", "full_name"},
        defaults={"active": 1, "sort_order": 0, "role": "member"},
        foreign_keys=[("body_id", "bodies", "id")],
    )
    db.table("members").create_index(["body_id", "sort_order"])

    db.table("organisations").create(
        {
            "id": str,
            "parent_id": str,
            "kind": str,  # akimat | department | territorial | prosecutor | election_commission | other
            "name_kk": str,
            "name_ru": str,
            "head_position_kk": str,
            "head_position_ru": str,
            "head_name": str,
            "addressee_kk": str,  # ready addressee block (dative), optional
            "addressee_ru": str,
            "address": str,
            "phone": str,
            "email": str,
            "active": int,
            "sort_order": int,
            **STAMPS,
        },
        pk="id",
        not_null={"id", "kind"},
        defaults={"active": 1, "sort_order": 0},
    )
    db.table("organisations").create_index(["parent_id", "sort_order"])

    db.table("events").create(
        {
            "id": str,
            "device_id": str,
            "device_seq": int,
            "at": str,
            "actor": str,
            "entity": str,
            "entity_id": str,
            "action": str,
            "data": str,
            "prev_hash": str,
            "hash": str,
        },
        pk="id",
        not_null={"id", "device_id", "device_seq", "at", "entity", "action", "hash"},
    )
    db.table("events").create_index(["device_id", "device_seq"], unique=True)
    db.table("events").create_index(["entity", "entity_id"])

    # The event log is append-only. Changes made behind the app's back (for example with the sqlite3
    # tool) are recorded here by triggers, and the hash chain catches edits that bypass SQL entirely.
    db.table("local_event_tamper").create(
        {"seq": int, "at": str, "op": str, "event_id": str}, pk="seq"
    )
    db.execute(
        """CREATE TRIGGER events_no_update AFTER UPDATE ON events BEGIN
             INSERT INTO local_event_tamper (at, op, event_id)
             VALUES (strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'update', OLD.id);
           END"""
    )
    db.execute(
        """CREATE TRIGGER events_no_delete AFTER DELETE ON events BEGIN
             INSERT INTO local_event_tamper (at, op, event_id)
             VALUES (strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'delete', OLD.id);
           END"""
    )
