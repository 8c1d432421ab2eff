"""Follow-up: outgoing items (recommendations, deputy inquiries, information requests), their numbered
points, addressees with their own terms, term events (extensions, pauses), replies with per-point answers,
the council's verdicts (kept apart from what the executive claims), implementation checks, and the
user's corrections of the working-day calendar.

Links to other areas (session decisions, library documents) are ids without foreign keys: those tables
belong to other areas and may arrive later. Organisations are referenced by id with a name snapshot, so an
addressee deleted from the settings keeps its history. Citizens' IIN and phone are stored sealed
(``enc1:…``) by the services, never in clear.
"""

from __future__ import annotations

from sqlite_utils import Database

STAMPS = {"created_at": str, "updated_at": str, "updated_by": str}


def migrate(db: Database) -> None:
    db.table("followup_items").create(
        {
            "id": str,
            "body_id": str,            # the council that sends it (bodies.id)
            "kind": str,               # recommendation | deputy_inquiry | info_request | other
            "title": str,
            "text": str,               # the full text as sent
            "lang": str,               # kk | ru
            "regime": str,             # default term code for new addressees (core.deadlines)
            "registry_number": str,    # our outgoing number
            "sent_date": str,          # YYYY-MM-DD
            "author": str,             # deputy, commission or council member who initiated it
            "convocation": str,
            "session_id": str,         # sessions area record (no FK: another area's table)
            "session_decision_id": str,
            "session_decision_ref": str,  # "решение № 12-3/VIII от 15.03.2025" when no record exists
            "letter_document_id": str,    # library document of the letter itself
            "document_ids": str,       # JSON list of library document ids (attachments, evidence)
            "note": str,
            "citizen_name": str,       # when an inquiry is raised on a citizen's appeal
            "citizen_iin": str,        # sealed (enc1:…)
            "citizen_phone": str,      # sealed (enc1:…)
            "citizen_address": str,
            **STAMPS,
        },
        pk="id",
        not_null={"id", "kind", "text", "sent_date"},
    )
    db.table("followup_items").create_index(["sent_date"])

    db.table("followup_points").create(
        {"id": str, "item_id": str, "number": int, "text": str, **STAMPS},
        pk="id",
        not_null={"id", "item_id", "number", "text"},
        foreign_keys=[("item_id", "followup_items", "id")],
    )
    db.table("followup_points").create_index(["item_id", "number"], unique=True)

    db.table("followup_addressees").create(
        {
            "id": str,
            "item_id": str,
            "organisation_id": str,    # organisations.id, or NULL for a free-text addressee
            "org_name": str,           # name snapshot (Russian or as typed)
            "org_name_kk": str,
            "regime": str,
            "custom_amount": int,
            "custom_unit": str,
            "custom_date": str,
            "start_date": str,         # registration (or receipt, or sending) date
            "start_kind": str,         # registered | received | sent
            "their_reg_number": str,   # the addressee's registration number of our letter
            "due_date": str,           # cached result of the terms engine (recomputed on every change)
            "base_due_date": str,      # statutory end before extensions and pauses
            "paused": int,
            "closed_on": str,
            "close_reason": str,
            "sort_order": int,
            **STAMPS,
        },
        pk="id",
        not_null={"id", "item_id", "regime", "start_date", "start_kind"},
        defaults={"paused": 0, "sort_order": 0},
        foreign_keys=[("item_id", "followup_items", "id")],
    )
    db.table("followup_addressees").create_index(["item_id", "sort_order"])
    db.table("followup_addressees").create_index(["due_date"])
    db.table("followup_addressees").create_index(["organisation_id"])

    db.table("followup_term_events").create(
        {
            "id": str,
            "addressee_id": str,
            "kind": str,               # extension | pause
            "event_date": str,
            "reason": str,
            "new_end": str,
            "amount": int,
            "unit": str,
            "until": str,
            "document_id": str,
            **STAMPS,
        },
        pk="id",
        not_null={"id", "addressee_id", "kind", "event_date"},
        foreign_keys=[("addressee_id", "followup_addressees", "id")],
    )
    db.table("followup_term_events").create_index(["addressee_id"])

    db.table("followup_replies").create(
        {
            "id": str,
            "addressee_id": str,
            "received_date": str,
            "incoming_number": str,    # our registration number of the reply
            "their_number": str,       # the reply letter's own outgoing number
            "their_date": str,
            "signatory_position": str,
            "signatory_name": str,
            "document_id": str,        # library document (when the reply was imported there)
            "file_id": str,            # files.id (sha256) of the stored original
            "text": str,
            "language": str,
            "on_time": int,
            "executive_claim": str,    # what the executive says about itself (core.followup.EXECUTIVE_CLAIMS)
            "suggestion": str,         # JSON of the suggested verdict, reasons and hints at registration
            **STAMPS,
        },
        pk="id",
        not_null={"id", "addressee_id", "received_date"},
        foreign_keys=[("addressee_id", "followup_addressees", "id")],
    )
    db.table("followup_replies").create_index(["addressee_id", "received_date"])

    db.table("followup_point_answers").create(
        {"id": str, "reply_id": str, "point_id": str, "answer": str, "source": str, "note": str, **STAMPS},
        pk="id",
        not_null={"id", "reply_id", "point_id", "answer"},
        foreign_keys=[("reply_id", "followup_replies", "id"), ("point_id", "followup_points", "id")],
    )
    db.table("followup_point_answers").create_index(["reply_id", "point_id"], unique=True)

    db.table("followup_verdicts").create(
        {
            "id": str,
            "addressee_id": str,
            "reply_id": str,
            "result": str,             # justified | partly_justified | unjustified | no_answer
            "suggested": str,          # what DeputyDesk suggested at the time
            "rubric": str,             # JSON {criterion: pass|fail|unknown|na} as confirmed by the person
            "reviewer": str,
            "reviewed_on": str,
            "note": str,
            **STAMPS,
        },
        pk="id",
        not_null={"id", "addressee_id", "result", "reviewed_on"},
        foreign_keys=[("addressee_id", "followup_addressees", "id")],
    )
    db.table("followup_verdicts").create_index(["addressee_id", "reviewed_on"])

    db.table("followup_implementation").create(
        {
            "id": str,
            "addressee_id": str,
            "point_id": str,           # NULL = the addressee's part as a whole
            "level": str,              # not | partly | largely | fully
            "checked_on": str,
            "evidence": str,           # what the person saw (site visit, report, photos…)
            "document_id": str,
            "file_id": str,
            "recheck_on": str,
            "verifier": str,
            **STAMPS,
        },
        pk="id",
        not_null={"id", "addressee_id", "level", "checked_on"},
        foreign_keys=[("addressee_id", "followup_addressees", "id")],
    )
    db.table("followup_implementation").create_index(["addressee_id", "checked_on"])

    db.table("followup_calendar_overrides").create(
        {"id": str, "day": str, "kind": str, "note": str, **STAMPS},
        pk="id",
        not_null={"id", "day", "kind"},
    )
    db.table("followup_calendar_overrides").create_index(["day"], unique=True)
