"""Sessions: rules per body, sessions, attendance, invited, agenda items, speakers, votes, decisions,
links to library documents and to follow-up items raised, and the documents generated from a session.

Texts that a protocol prints in both languages have ``_ru`` and ``_kk`` columns. Library documents and
follow-up items belong to other areas: they are referred to by id without a foreign key, so this schema
does not depend on the order in which the areas' migrations land.
"""

from __future__ import annotations

from sqlite_utils import Database

STAMPS = {"created_at": str, "updated_at": str, "updated_by": str}


def migrate(db: Database) -> None:
    # Rules a body may set where the law leaves room (legal-facts §2–3); statutory defaults live in
    # deputydesk.core.sessions.BodyRules and are never copied here. The decision-number format is the
    # body's own column (bodies.decision_number_format).
    db.table("session_rules").create(
        {"id": str, "body_id": str, "quorum": str, "majority": str, "majority_base": str, "tie": str, **STAMPS},
        pk="id",
        not_null={"id", "body_id"},
        foreign_keys=[("body_id", "bodies", "id")],
    )
    db.table("session_rules").create_index(["body_id"], unique=True)

    db.table("sessions").create(
        {
            "id": str,
            "body_id": str,
            "convocation": int,
            "number": int,
            "extraordinary": int,
            "start_date": str,  # YYYY-MM-DD
            "end_date": str,  # several days: the last day
            "time": str,
            "place_ru": str,
            "place_kk": str,
            "chair_ru": str,
            "chair_kk": str,
            "chair_member_id": str,
            "secretary_ru": str,
            "secretary_kk": str,
            "notice_sent": str,
            "materials_sent": str,
            "protocol_number": str,
            "running_start": int,
            "next_date": str,
            "next_time": str,
            "next_place": str,
            "next_agenda": str,  # JSON list of titles
            "next_steps": str,  # JSON list of texts
            "note": str,
            **STAMPS,
        },
        pk="id",
        not_null={"id", "body_id", "number", "start_date"},
        defaults={"extraordinary": 0, "convocation": 0},
        foreign_keys=[("body_id", "bodies", "id")],
    )
    db.table("sessions").create_index(["body_id", "start_date"])
    db.table("sessions").create_index(["body_id", "convocation", "number"], unique=True)

    db.table("session_attendance").create(
        {"id": str, "session_id": str, "member_id": str, "name_ru": str, "name_kk": str, "present": int,
         "reason": str, "sort_order": int, **STAMPS},
        pk="id",
        not_null={"id", "session_id"},
        defaults={"present": 1, "sort_order": 0},
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db.table("session_attendance").create_index(["session_id", "sort_order"])

    db.table("session_invited").create(
        {"id": str, "session_id": str, "text_ru": str, "text_kk": str, "sort_order": int, **STAMPS},
        pk="id",
        not_null={"id", "session_id"},
        defaults={"sort_order": 0},
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db.table("session_invited").create_index(["session_id", "sort_order"])

    db.table("agenda_items").create(
        {
            "id": str,
            "session_id": str,
            "position": int,
            "title_ru": str,
            "title_kk": str,
            "rapporteur_ru": str,
            "rapporteur_kk": str,
            "co_rapporteurs": str,  # JSON list
            "heard_ru": str,
            "heard_kk": str,
            "draft_decision_ru": str,
            "draft_decision_kk": str,
            **STAMPS,
        },
        pk="id",
        not_null={"id", "session_id", "position"},
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db.table("agenda_items").create_index(["session_id", "position"])

    db.table("agenda_speakers").create(
        {"id": str, "item_id": str, "name": str, "text": str, "sort_order": int, **STAMPS},
        pk="id",
        not_null={"id", "item_id", "name"},
        defaults={"sort_order": 0},
        foreign_keys=[("item_id", "agenda_items", "id")],
    )
    db.table("agenda_speakers").create_index(["item_id", "sort_order"])

    db.table("agenda_votes").create(
        {"id": str, "item_id": str, "votes_for": int, "votes_against": int, "votes_abstained": int,
         "present_at_vote": int, "chair_vote": str, **STAMPS},
        pk="id",
        not_null={"id", "item_id", "votes_for", "votes_against", "votes_abstained"},
        foreign_keys=[("item_id", "agenda_items", "id")],
    )
    db.table("agenda_votes").create_index(["item_id"], unique=True)

    # The decision on an item: its text, the number (computed by the body's format or given by hand) and
    # the result as last computed, so lists and searches need not re-evaluate every session.
    db.table("session_decisions").create(
        {"id": str, "item_id": str, "number": str, "number_manual": int, "text_ru": str, "text_kk": str,
         "status": str, "adopted": int, **STAMPS},
        pk="id",
        not_null={"id", "item_id"},
        defaults={"number_manual": 0, "adopted": 0},
        foreign_keys=[("item_id", "agenda_items", "id")],
    )
    db.table("session_decisions").create_index(["item_id"], unique=True)
    db.table("session_decisions").create_index(["number"])

    db.table("agenda_documents").create(
        {"id": str, "item_id": str, "document_id": str, "role": str, "sort_order": int, **STAMPS},
        pk="id",
        not_null={"id", "item_id", "document_id"},
        defaults={"sort_order": 0, "role": "material"},
        foreign_keys=[("item_id", "agenda_items", "id")],
    )
    db.table("agenda_documents").create_index(["item_id", "sort_order"])
    db.table("agenda_documents").create_index(["document_id"])

    # Recommendations and inquiries raised at a session; followup_id is the follow-up tracker's item once
    # it has been created there.
    db.table("session_raised").create(
        {"id": str, "session_id": str, "item_id": str, "kind": str, "addressee": str, "text": str,
         "due": str, "followup_id": str, "sort_order": int, **STAMPS},
        pk="id",
        not_null={"id", "session_id", "kind", "text"},
        defaults={"sort_order": 0},
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db.table("session_raised").create_index(["session_id", "sort_order"])
    db.table("session_raised").create_index(["followup_id"])

    # Protocols, summaries and notices generated from a session (files in the content-addressed store).
    db.table("session_outputs").create(
        {"id": str, "session_id": str, "kind": str, "lang": str, "format": str, "file_id": str,
         "pages": int, **STAMPS},
        pk="id",
        not_null={"id", "session_id", "kind", "lang", "format", "file_id"},
        foreign_keys=[("session_id", "sessions", "id"), ("file_id", "files", "id")],
    )
    db.table("session_outputs").create_index(["session_id", "kind", "lang", "format"])
