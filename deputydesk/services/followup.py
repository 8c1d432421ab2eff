"""Follow-up use cases: items, addressees and their terms, replies, verdicts, implementation, calendar.

Stable API for other areas (keep signatures; add keyword arguments only):

- :func:`create_item` — sessions create items from a decision; the CLI's ``rec add``.
- :func:`get_item`, :func:`list_items`, :func:`overdue_items` — read models (plain dicts).
- :func:`open_items_status` — rows for a dossier annex ("status of the council's recommendations").
- :func:`reminder_data` — everything the letters area needs for a one-step reminder letter about an
  overdue addressee: our outgoing number and date, the addressee's requisites, the term and its legal
  basis, the expiry date and the "answer due …, not received" sentence in Kazakh and Russian.

Every change is written in one transaction together with its event in the hash-chained event log
(``ws.events``), entity names ``followup_item``, ``followup_addressee``, ``followup_reply``,
``followup_verdict``, ``followup_implementation``, ``followup_term_event``, ``calendar_override``; every
event's data carries ``item_id`` so an item's history can be read back. Citizens' IIN and phone numbers
are sealed with ``ws.secrets`` before they reach the database.

Dates are ``datetime.date`` or ISO strings ("2025-03-18"); "DD.MM.YYYY" is accepted from people too.
"""

from __future__ import annotations

import csv
import datetime as _dt
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from deputydesk.core import deadlines as dl
from deputydesk.core import followup as fu
from deputydesk.core import verdict as vd
from deputydesk.core.followup import FollowupError
from deputydesk.core.ids import new_id, now_iso
from deputydesk.storage import records
from deputydesk.storage.workspace import Workspace

__all__ = [
    "FollowupError", "add_override", "add_term_event", "close_addressee", "confirm_verdict", "create_item",
    "dashboard", "export_table", "get_item", "list_items", "list_overrides", "load_calendar",
    "open_items_status", "overdue_items", "recompute_open_items", "record_implementation",
    "register_reply", "reminder_data", "remove_override", "reopen_addressee", "scorecards",
    "set_point_answers", "set_registration", "suggest_for_reply", "timeline", "update_item",
]

ITEMS = "followup_items"
POINTS = "followup_points"
ADDRESSEES = "followup_addressees"
TERM_EVENTS = "followup_term_events"
REPLIES = "followup_replies"
ANSWERS = "followup_point_answers"
VERDICTS = "followup_verdicts"
IMPLEMENTATION = "followup_implementation"
OVERRIDES = "followup_calendar_overrides"


def _iso(d: _dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _date(value: Any) -> _dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, _dt.date):
        return value
    return _dt.date.fromisoformat(str(value)[:10])


def _today() -> _dt.date:
    return _dt.date.today()


# ========================================================================================= calendar


def load_calendar(ws: Workspace) -> dl.WorkCalendar:
    """The official calendar plus this workspace's overrides."""
    rows = records.rows(ws, f"SELECT day, kind, note FROM {OVERRIDES} ORDER BY day")  # noqa: S608
    return dl.WorkCalendar(dl.CalendarOverride(_dt.date.fromisoformat(r["day"]), r["kind"], r["note"] or "")
                           for r in rows)


def list_overrides(ws: Workspace) -> list[dict[str, Any]]:
    return records.rows(ws, f"SELECT id, day, kind, note, updated_at, updated_by FROM {OVERRIDES} "  # noqa: S608
                            "ORDER BY day")


def add_override(ws: Workspace, day: Any, kind: str, note: str = "") -> dict[str, Any]:
    """Add (or replace) a transferred day off / working day, then recompute every open item."""
    d = fu.parse_date(day, "day")
    dl.CalendarOverride(d, kind, note)  # validates the kind
    with ws.atomic():
        existing = records.rows(ws, f"SELECT id FROM {OVERRIDES} WHERE day = ?", [d.isoformat()])  # noqa: S608
        if existing:
            records.update(ws, OVERRIDES, existing[0]["id"], {"kind": kind, "note": note}, log=True,
                           entity="calendar_override")
            oid = existing[0]["id"]
        else:
            oid = records.insert(ws, OVERRIDES, {"day": d.isoformat(), "kind": kind, "note": note}, log=True,
                                 entity="calendar_override")
        changed = recompute_open_items(ws, reason=f"calendar override {d.isoformat()} {kind}")
    return {"id": oid, "day": d.isoformat(), "kind": kind, "note": note, "recomputed": changed}


def remove_override(ws: Workspace, override_id: str) -> dict[str, Any]:
    with ws.atomic():
        row = records.get(ws, OVERRIDES, override_id)
        records.delete(ws, OVERRIDES, override_id, log=True, entity="calendar_override")
        changed = recompute_open_items(ws, reason=f"calendar override {row['day']} removed")
    return {"deleted": override_id, "recomputed": changed}


# ===================================================================================== organisations


def _resolve_organisation(ws: Workspace, spec: str) -> tuple[str | None, str, str]:
    """(organisation id or None, Russian/typed name, Kazakh name) for an id or a name.

    Exact id, then exact name (kk or ru, case-insensitive), then a unique partial match; otherwise the
    text itself becomes a free-text addressee.
    """
    spec = (spec or "").strip()
    if not spec:
        raise FollowupError("addressee: an addressee is required")
    row = records.find(ws, "organisations", spec)
    if row:
        return row["id"], row["name_ru"] or row["name_kk"] or spec, row["name_kk"] or ""
    orgs = records.rows(ws, "SELECT id, name_ru, name_kk FROM organisations WHERE active = 1")
    folded = spec.casefold()
    exact = [o for o in orgs if folded in ((o["name_ru"] or "").casefold(), (o["name_kk"] or "").casefold())]
    if len(exact) == 1:
        o = exact[0]
        return o["id"], o["name_ru"] or o["name_kk"], o["name_kk"] or ""
    partial = [o for o in orgs if folded in (o["name_ru"] or "").casefold() or folded in (o["name_kk"] or "").casefold()]
    if len(partial) == 1:
        o = partial[0]
        return o["id"], o["name_ru"] or o["name_kk"], o["name_kk"] or ""
    return None, spec, ""


# ======================================================================================== terms


def _term_events(ws: Workspace, addressee_id: str, until: _dt.date | None = None) -> list[dl.TermEvent]:
    rows = records.rows(ws, f"SELECT * FROM {TERM_EVENTS} WHERE addressee_id = ? ORDER BY event_date, "  # noqa: S608
                            "created_at", [addressee_id])
    out = []
    for r in rows:
        if until is not None and _date(r["event_date"]) > until:  # type: ignore[operator]
            continue
        out.append(dl.TermEvent(r["kind"], _date(r["event_date"]), r["reason"] or "",  # type: ignore[arg-type]
                                new_end=_date(r["new_end"]), amount=r["amount"], unit=r["unit"],
                                until=_date(r["until"])))
    return out


def _compute_due(ws: Workspace, row: Mapping[str, Any], cal: dl.WorkCalendar | None = None,
                 until: _dt.date | None = None) -> dl.DueResult:
    cal = cal or load_calendar(ws)
    kwargs: dict[str, Any] = {}
    if row["regime"] == "custom":
        if row.get("custom_date"):
            kwargs["exact_date"] = _date(row["custom_date"])
        else:
            kwargs["amount"] = row.get("custom_amount")
            kwargs["unit"] = row.get("custom_unit")
    return dl.compute_due(row["regime"], _date(row["start_date"]),  # type: ignore[arg-type]
                          start_kind=row["start_kind"], calendar=cal,
                          events=_term_events(ws, row["id"], until) if row.get("id") else (), **kwargs)


def _store_due(ws: Workspace, addressee_id: str, result: dl.DueResult, item_id: str, reason: str) -> dict[str, Any]:
    changes = {"due_date": _iso(result.due), "base_due_date": _iso(result.base_due), "paused": int(result.paused)}
    row = records.get(ws, ADDRESSEES, addressee_id)
    diff = {k: v for k, v in changes.items() if row.get(k) != v}
    if diff:
        ws.db.table(ADDRESSEES).update(addressee_id, {**diff, "updated_at": now_iso(), "updated_by": ws.actor})
        ws.events.append("followup_addressee", addressee_id, "due_recomputed",
                         {"item_id": item_id, "reason": reason, "old": row.get("due_date"),
                          "new": _iso(result.due)})
    return {"addressee_id": addressee_id, "item_id": item_id, "old": row.get("due_date"), "new": _iso(result.due)}


def recompute_open_items(ws: Workspace, reason: str = "recompute") -> list[dict[str, Any]]:
    """Recompute the due date of every addressee still waiting for an answer; return what changed."""
    cal = load_calendar(ws)
    rows = records.rows(ws, f"SELECT a.* FROM {ADDRESSEES} a WHERE a.closed_on IS NULL AND NOT EXISTS "  # noqa: S608
                            f"(SELECT 1 FROM {REPLIES} r WHERE r.addressee_id = a.id)")
    changed = []
    with ws.atomic():
        for row in rows:
            result = _compute_due(ws, row, cal)
            if _iso(result.due) != row["due_date"] or int(result.paused) != (row["paused"] or 0):
                changed.append(_store_due(ws, row["id"], result, row["item_id"], reason))
    return changed


# ======================================================================================== items


def _seal_citizen(ws: Workspace, citizen: Mapping[str, Any] | None) -> dict[str, Any]:
    if not citizen:
        return {}
    out: dict[str, Any] = {"citizen_name": (citizen.get("name") or "").strip() or None,
                           "citizen_address": (citizen.get("address") or "").strip() or None}
    if citizen.get("iin"):
        out["citizen_iin"] = ws.secrets.seal(fu.validate_iin(str(citizen["iin"])))
    if citizen.get("phone"):
        out["citizen_phone"] = ws.secrets.seal(fu.normalise_phone(str(citizen["phone"])))
    return out


def _addressee_spec(spec: Any) -> dict[str, Any]:
    if isinstance(spec, str):
        return {"organisation": spec}
    if isinstance(spec, Mapping):
        if not spec.get("organisation") and not spec.get("organisation_id"):
            raise FollowupError("addressee: each addressee needs 'organisation' (a name or an id)")
        return dict(spec)
    raise FollowupError(f"addressee: {spec!r} is neither a name nor a description")


def create_item(
    ws: Workspace,
    *,
    text: str,
    addressees: Sequence[Any],
    sent: Any,
    kind: str = "recommendation",
    regime: str | None = None,
    points: Sequence[str] | None = None,
    title: str | None = None,
    lang: str | None = None,
    registry_number: str | None = None,
    body_id: str | None = None,
    registered: Any = None,
    their_reg_number: str | None = None,
    custom_amount: int | None = None,
    custom_unit: str | None = None,
    custom_date: Any = None,
    author: str | None = None,
    convocation: str | None = None,
    session_id: str | None = None,
    session_decision_id: str | None = None,
    session_decision_ref: str | None = None,
    letter_document_id: str | None = None,
    document_ids: Sequence[str] = (),
    note: str | None = None,
    citizen: Mapping[str, Any] | None = None,
    item_id: str | None = None,
) -> dict[str, Any]:
    """Create an outgoing item and its addressees; compute each addressee's term.

    ``addressees`` are organisation names or ids, or dicts ``{"organisation": name-or-id, "regime",
    "registered", "their_reg_number", "custom_amount", "custom_unit", "custom_date"}`` overriding the
    item-wide values. Without a registration date the term runs from ``sent`` and the steps say so.
    ``points`` default to the numbered points found in ``text``. ``citizen`` = ``{"name", "iin", "phone",
    "address"}`` (IIN and phone are validated and sealed). Returns ``{"id", "due", "addressees": [...]}``
    where ``due`` is the earliest due date of the addressees.
    """
    if kind not in fu.KINDS:
        raise FollowupError(f"kind: must be one of {', '.join(fu.KINDS)}")
    text = (text or "").strip()
    if not text:
        raise FollowupError("text: the text of the item is empty")
    if not addressees:
        raise FollowupError("addressee: at least one addressee is required")
    sent_date = fu.parse_date(sent, "sent")
    regime = regime or fu.DEFAULT_REGIME[kind]
    dl.regime(regime)  # unknown code → TermError (a ValueError) with the known codes
    point_texts = [p.strip() for p in (points if points is not None else fu.split_points(text)) if p.strip()]
    if not point_texts:
        point_texts = [text]
    if lang is None:
        detected = vd.detect_language(text)
        lang = detected if detected in ("kk", "ru") else "ru"
    if body_id is None:
        row = ws.db.execute("SELECT id FROM bodies ORDER BY is_default DESC, created_at LIMIT 1").fetchone()
        body_id = row[0] if row else None
    if title is None:
        title = _short_title(point_texts[0])
    cal = load_calendar(ws)
    specs = [_addressee_spec(a) for a in addressees]
    item_row = {
        "kind": kind, "title": title, "text": text, "lang": lang, "regime": regime,
        "registry_number": registry_number, "sent_date": sent_date.isoformat(), "author": author,
        "convocation": convocation, "body_id": body_id, "session_id": session_id,
        "session_decision_id": session_decision_id, "session_decision_ref": session_decision_ref,
        "letter_document_id": letter_document_id, "document_ids": json.dumps(list(document_ids)),
        "note": note, **_seal_citizen(ws, citizen),
    }
    if item_id:
        item_row["id"] = item_id
    out_addressees = []
    with ws.atomic():
        iid = records.insert(ws, ITEMS, item_row, log=True, entity="followup_item")
        for n, ptext in enumerate(point_texts, start=1):
            pid = records.insert(ws, POINTS, {"item_id": iid, "number": n, "text": ptext})
            ws.events.append("followup_point", pid, "created", {"item_id": iid, "number": n, "text": ptext})
        for order, spec in enumerate(specs):
            org_id, name, name_kk = _resolve_organisation(ws, spec.get("organisation_id") or spec["organisation"])
            reg = spec.get("registered", registered)
            reg_date = fu.optional_date(reg, "registered")
            a_regime = spec.get("regime") or regime
            dl.regime(a_regime)
            row = {
                "item_id": iid, "organisation_id": org_id, "org_name": name, "org_name_kk": name_kk,
                "regime": a_regime,
                "custom_amount": spec.get("custom_amount", custom_amount),
                "custom_unit": spec.get("custom_unit", custom_unit),
                "custom_date": _iso(fu.optional_date(spec.get("custom_date", custom_date), "custom date")),
                "start_date": (reg_date or sent_date).isoformat(),
                "start_kind": dl.START_REGISTERED if reg_date else dl.START_SENT,
                "their_reg_number": spec.get("their_reg_number", their_reg_number),
                "sort_order": order,
            }
            if spec.get("id"):
                row["id"] = spec["id"]
            result = _compute_due(ws, row, cal)
            row["due_date"] = _iso(result.due)
            row["base_due_date"] = _iso(result.base_due)
            row["paused"] = int(result.paused)
            aid = records.insert(ws, ADDRESSEES, row)
            ws.events.append("followup_addressee", aid, "created",
                             {"item_id": iid, "organisation": name, "organisation_id": org_id,
                              "regime": a_regime, "start": row["start_date"], "start_kind": row["start_kind"],
                              "due": row["due_date"]})
            out_addressees.append({
                "id": aid, "organisation": name, "organisation_id": org_id, "regime": a_regime,
                "start": row["start_date"], "start_kind": row["start_kind"], "due": row["due_date"],
                "steps": result.lines("en"),
            })
    dues = [a["due"] for a in out_addressees if a["due"]]
    return {"id": iid, "kind": kind, "registry_number": registry_number, "sent": sent_date.isoformat(),
            "regime": regime, "points": len(point_texts), "due": min(dues) if dues else None,
            "addressees": out_addressees}


def _short_title(text: str, limit: int = 120) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:–-")
    return cut + "…"


_ITEM_EDITABLE = {"title", "text", "lang", "registry_number", "sent_date", "author", "convocation", "note",
                  "session_id", "session_decision_id", "session_decision_ref", "letter_document_id", "kind",
                  "body_id"}


def update_item(ws: Workspace, item_id: str, changes: Mapping[str, Any], *,
                points: Sequence[str] | None = None, citizen: Mapping[str, Any] | None = None,
                document_ids: Sequence[str] | None = None) -> dict[str, Any]:
    """Edit an item's fields (and optionally its points, citizen data, linked documents).

    Points keep their ids by number, so answers already recorded stay attached; removing a point that has
    answers is refused.
    """
    unknown = set(changes) - _ITEM_EDITABLE
    if unknown:
        raise FollowupError(f"cannot change {', '.join(sorted(unknown))} of an item")
    data = dict(changes)
    if "sent_date" in data:
        data["sent_date"] = fu.parse_date(data["sent_date"], "sent").isoformat()
    if "kind" in data and data["kind"] not in fu.KINDS:
        raise FollowupError(f"kind: must be one of {', '.join(fu.KINDS)}")
    if document_ids is not None:
        data["document_ids"] = json.dumps(list(document_ids))
    if citizen is not None:
        data.update(_seal_citizen(ws, citizen) or {"citizen_name": None, "citizen_iin": None,
                                                   "citizen_phone": None, "citizen_address": None})
    with ws.atomic():
        records.get(ws, ITEMS, item_id)
        diff = records.update(ws, ITEMS, item_id, data, log=True, entity="followup_item") if data else {}
        if points is not None:
            _replace_points(ws, item_id, [p.strip() for p in points if p.strip()])
            diff["points"] = [None, len(points)]
        if "sent_date" in data:
            # addressees whose term runs from the sending date follow the new date
            for a in records.rows(ws, f"SELECT id FROM {ADDRESSEES} WHERE item_id = ? AND start_kind = 'sent'",  # noqa: S608
                                  [item_id]):
                ws.db.table(ADDRESSEES).update(a["id"], {"start_date": data["sent_date"]})
                _store_due(ws, a["id"], _compute_due(ws, records.get(ws, ADDRESSEES, a["id"])), item_id,
                           "sending date changed")
    return {"updated": item_id, "fields": sorted(diff)}


def _replace_points(ws: Workspace, item_id: str, texts: list[str]) -> None:
    existing = {r["number"]: r for r in records.rows(ws, f"SELECT * FROM {POINTS} WHERE item_id = ?", [item_id])}  # noqa: S608
    for n, text in enumerate(texts, start=1):
        if n in existing:
            if existing[n]["text"] != text:
                records.update(ws, POINTS, existing[n]["id"], {"text": text}, log=False)
                ws.events.append("followup_point", existing[n]["id"], "updated",
                                 {"item_id": item_id, "number": n, "text": text})
        else:
            pid = records.insert(ws, POINTS, {"item_id": item_id, "number": n, "text": text})
            ws.events.append("followup_point", pid, "created", {"item_id": item_id, "number": n, "text": text})
    for n, row in existing.items():
        if n > len(texts):
            used = ws.db.execute(f"SELECT count(*) FROM {ANSWERS} WHERE point_id = ?", [row["id"]]).fetchone()[0]  # noqa: S608
            if used:
                raise FollowupError(f"points: point {n} already has answers recorded and cannot be removed")
            records.delete(ws, POINTS, row["id"])
            ws.events.append("followup_point", row["id"], "deleted", {"item_id": item_id, "number": n})


def add_addressee(ws: Workspace, item_id: str, organisation: str, *, regime: str | None = None,
                  registered: Any = None, their_reg_number: str | None = None) -> dict[str, Any]:
    item = records.get(ws, ITEMS, item_id)
    org_id, name, name_kk = _resolve_organisation(ws, organisation)
    reg = fu.optional_date(registered, "registered")
    row = {"item_id": item_id, "organisation_id": org_id, "org_name": name, "org_name_kk": name_kk,
           "regime": regime or item["regime"], "start_date": (reg or _date(item["sent_date"])).isoformat(),  # type: ignore[union-attr]
           "start_kind": dl.START_REGISTERED if reg else dl.START_SENT, "their_reg_number": their_reg_number,
           "sort_order": ws.db.execute(f"SELECT count(*) FROM {ADDRESSEES} WHERE item_id = ?", [item_id]).fetchone()[0]}  # noqa: S608
    dl.regime(row["regime"])
    with ws.atomic():
        result = _compute_due(ws, row)
        row.update(due_date=_iso(result.due), base_due_date=_iso(result.base_due), paused=int(result.paused))
        aid = records.insert(ws, ADDRESSEES, row)
        ws.events.append("followup_addressee", aid, "created", {"item_id": item_id, "organisation": name,
                                                                "due": row["due_date"]})
    return {"id": aid, "due": row["due_date"]}


def set_registration(ws: Workspace, addressee_id: str, registered: Any, their_reg_number: str | None = None,
                     start_kind: str = dl.START_REGISTERED) -> dict[str, Any]:
    """Record when (and under which number) the addressee registered our letter; the term is recomputed."""
    d = fu.parse_date(registered, "registered")
    if start_kind not in dl.START_KINDS:
        raise FollowupError(f"start kind: must be one of {', '.join(dl.START_KINDS)}")
    with ws.atomic():
        row = records.get(ws, ADDRESSEES, addressee_id)
        changes: dict[str, Any] = {"start_date": d.isoformat(), "start_kind": start_kind}
        if their_reg_number is not None:
            changes["their_reg_number"] = their_reg_number
        diff = records.update(ws, ADDRESSEES, addressee_id, changes)
        if diff:
            ws.events.append("followup_addressee", addressee_id, "registered",
                             {"item_id": row["item_id"], **{k: v for k, v in diff.items()}})
        result = _compute_due(ws, records.get(ws, ADDRESSEES, addressee_id))
        _store_due(ws, addressee_id, result, row["item_id"], "registration date")
    return {"addressee_id": addressee_id, "due": _iso(result.due), "steps": result.lines("en")}


def add_term_event(ws: Workspace, addressee_id: str, kind: str, date: Any, reason: str = "", *,
                   new_end: Any = None, amount: int | None = None, unit: str | None = None,
                   until: Any = None, document_id: str | None = None) -> dict[str, Any]:
    """Record an extension or a pause (an event; the original term is never edited) and recompute."""
    ev = dl.TermEvent(kind, fu.parse_date(date, "date"), reason or "",
                      new_end=fu.optional_date(new_end, "new end"), amount=amount, unit=unit,
                      until=fu.optional_date(until, "until"))
    with ws.atomic():
        row = records.get(ws, ADDRESSEES, addressee_id)
        eid = records.insert(ws, TERM_EVENTS, {
            "addressee_id": addressee_id, "kind": ev.kind, "event_date": ev.date.isoformat(),
            "reason": ev.reason, "new_end": _iso(ev.new_end), "amount": ev.amount, "unit": ev.unit,
            "until": _iso(ev.until), "document_id": document_id})
        ws.events.append("followup_term_event", eid, "created",
                         {"item_id": row["item_id"], "addressee_id": addressee_id, "kind": kind,
                          "date": ev.date.isoformat(), "reason": reason, "new_end": _iso(ev.new_end),
                          "until": _iso(ev.until), "amount": amount, "unit": unit})
        result = _compute_due(ws, records.get(ws, ADDRESSEES, addressee_id))
        _store_due(ws, addressee_id, result, row["item_id"], f"{kind} {ev.date.isoformat()}")
    return {"id": eid, "due": _iso(result.due), "warnings": result.warnings, "steps": result.lines("en")}


def close_addressee(ws: Workspace, addressee_id: str, reason: str, on: Any = None) -> dict[str, Any]:
    """A person takes the addressee off control (implementation verified, reasoned refusal accepted,
    withdrawn). The executive's own claims never do this."""
    if not (reason or "").strip():
        raise FollowupError("reason: say why the item is closed")
    d = fu.optional_date(on, "date") or _today()
    with ws.atomic():
        row = records.get(ws, ADDRESSEES, addressee_id)
        records.update(ws, ADDRESSEES, addressee_id, {"closed_on": d.isoformat(), "close_reason": reason})
        ws.events.append("followup_addressee", addressee_id, "closed",
                         {"item_id": row["item_id"], "on": d.isoformat(), "reason": reason})
    return {"addressee_id": addressee_id, "closed_on": d.isoformat()}


def reopen_addressee(ws: Workspace, addressee_id: str, reason: str = "") -> dict[str, Any]:
    with ws.atomic():
        row = records.get(ws, ADDRESSEES, addressee_id)
        records.update(ws, ADDRESSEES, addressee_id, {"closed_on": None, "close_reason": None})
        ws.events.append("followup_addressee", addressee_id, "reopened", {"item_id": row["item_id"],
                                                                         "reason": reason})
    return {"addressee_id": addressee_id, "reopened": True}


# ======================================================================================= replies


def read_reply_file(path: Path) -> str:
    """Text of a reply file: .txt/.md, .docx, .pdf (text layer). Raises FollowupError naming the file."""
    path = Path(path)
    if not path.is_file():
        raise FollowupError(f"{path}: the file does not exist")
    suffix = path.suffix.lower()
    try:
        if suffix in (".txt", ".md", ".text", ""):
            raw = path.read_bytes()
            for enc in ("utf-8-sig", "cp1251"):
                try:
                    return raw.decode(enc)
                except UnicodeDecodeError:
                    continue
            raise FollowupError(f"{path}: the text is neither UTF-8 nor Windows-1251")
        if suffix == ".docx":
            import docx

            document = docx.Document(str(path))
            parts = [p.text for p in document.paragraphs]
            for table in document.tables:
                for trow in table.rows:
                    parts.append("\t".join(c.text for c in trow.cells))
            return "\n".join(parts)
        if suffix == ".pdf":
            import pypdfium2

            from deputydesk.ingest.pdf import PDFIUM_LOCK  # PDFium is not thread-safe

            with PDFIUM_LOCK:
                pdf = pypdfium2.PdfDocument(str(path))
                try:
                    pages = []
                    for page in pdf:
                        textpage = page.get_textpage()
                        pages.append(textpage.get_text_range())
                        textpage.close()
                        page.close()
                    return "\n".join(pages).replace("\r\n", "\n")
                finally:
                    pdf.close()
    except FollowupError:
        raise
    except Exception as exc:  # a damaged file: say which and why, keep the batch going
        raise FollowupError(f"{path}: the file cannot be read ({type(exc).__name__}: {exc})") from exc
    raise FollowupError(f"{path}: unsupported file type {suffix or '(none)'}; use .txt, .docx or .pdf, "
                        "or import it into the library and link the document")


def _points(ws: Workspace, item_id: str) -> list[dict[str, Any]]:
    return records.rows(ws, f"SELECT id, number, text FROM {POINTS} WHERE item_id = ? ORDER BY number",  # noqa: S608
                        [item_id])


def _person_answers(ws: Workspace, reply_id: str) -> dict[int, str]:
    rows = records.rows(ws, f"SELECT p.number, a.answer FROM {ANSWERS} a JOIN {POINTS} p ON p.id = a.point_id "  # noqa: S608
                            "WHERE a.reply_id = ? AND a.source = 'person'", [reply_id])
    return {r["number"]: r["answer"] for r in rows}


def _suggest(ws: Workspace, reply: Mapping[str, Any], addressee: Mapping[str, Any], item: Mapping[str, Any],
             person_answers: Mapping[int, str] | None = None) -> vd.Suggestion:
    points = [p["text"] for p in _points(ws, item["id"])]
    return vd.suggest_verdict(
        reply.get("text") or "", points, recommendation_language=item.get("lang"),
        on_time=None if reply.get("on_time") is None else bool(reply["on_time"]),
        signatory=reply.get("signatory_position") or None, point_answers=person_answers,
        kind=item["kind"] if item["kind"] != "other" else "recommendation")


def register_reply(
    ws: Workspace,
    addressee_id: str,
    *,
    received: Any,
    text: str | None = None,
    file: Path | str | None = None,
    document_id: str | None = None,
    incoming_number: str | None = None,
    their_number: str | None = None,
    their_date: Any = None,
    signatory_position: str | None = None,
    signatory_name: str | None = None,
    point_answers: Mapping[int, str] | None = None,
    executive_claim: str | None = None,
) -> dict[str, Any]:
    """Register a reply from one addressee and suggest a verdict.

    ``text`` or ``file`` (stored in the file store; .txt/.docx/.pdf text is read) or a library
    ``document_id``. ``point_answers`` ({point number: accepted|partly|rejected|not_addressed}) are what a
    person recorded; points without one get the suggested answer (marked as suggested). Returns
    ``{"reply_id", "on_time", "due", "suggested_verdict", "hints", "reasons", "points"}``.
    """
    received_date = fu.parse_date(received, "received")
    if text is None and file is None and document_id is None:
        raise FollowupError("reply: give the text, a file or a library document")
    file_id = None
    if file is not None:
        path = Path(file)
        extracted = read_reply_file(path)
        text = text if text is not None else extracted
    if executive_claim is not None and executive_claim not in fu.EXECUTIVE_CLAIMS:
        raise FollowupError(f"executive claim: must be one of {', '.join(fu.EXECUTIVE_CLAIMS)}")
    for number, answer in (point_answers or {}).items():
        if answer not in vd.POINT_ANSWERS:
            raise FollowupError(f"point {number}: the answer must be one of {', '.join(vd.POINT_ANSWERS)}")
    addressee = records.get(ws, ADDRESSEES, addressee_id)
    item = records.get(ws, ITEMS, addressee["item_id"])
    points = _points(ws, item["id"])
    numbers = {p["number"]: p["id"] for p in points}
    for number in point_answers or {}:
        if int(number) not in numbers:
            raise FollowupError(f"point {number}: the item has points 1–{len(points)}")
    due = _date(addressee["due_date"])
    on_time = dl.answered_on_time(due, received_date)
    with ws.atomic():
        if file is not None:
            file_id = ws.files.put_path(Path(file))
        reply_row = {
            "addressee_id": addressee_id, "received_date": received_date.isoformat(),
            "incoming_number": incoming_number, "their_number": their_number,
            "their_date": _iso(fu.optional_date(their_date, "their date")),
            "signatory_position": signatory_position, "signatory_name": signatory_name,
            "document_id": document_id, "file_id": file_id, "text": text or "",
            "language": vd.detect_language(text or ""), "on_time": int(on_time),
            "executive_claim": executive_claim or "none",
        }
        person = {int(k): v for k, v in (point_answers or {}).items()}
        suggestion = _suggest(ws, reply_row, addressee, item, person)
        if not signatory_position and suggestion.signatory:
            reply_row["signatory_position"] = suggestion.signatory
            sig = vd.extract_signatory(text or "")
            if sig and not signatory_name:
                reply_row["signatory_name"] = sig[1]
        reply_row["suggestion"] = json.dumps(_suggestion_record(suggestion), ensure_ascii=False)
        rid = records.insert(ws, REPLIES, reply_row)
        for finding in suggestion.points:
            source = "person" if finding.number in person else "suggested"
            answer = person.get(finding.number, finding.suggested_answer)
            records.insert(ws, ANSWERS, {"reply_id": rid, "point_id": numbers[finding.number], "answer": answer,
                                         "source": source})
        ws.events.append("followup_reply", rid, "created", {
            "item_id": item["id"], "addressee_id": addressee_id, "received": received_date.isoformat(),
            "incoming_number": incoming_number, "on_time": on_time, "file_id": file_id,
            "document_id": document_id, "executive_claim": executive_claim or "none",
            "suggested_verdict": suggestion.verdict, "point_answers": {str(k): v for k, v in person.items()}})
    return {
        "reply_id": rid, "addressee_id": addressee_id, "item_id": item["id"], "on_time": on_time,
        "due": _iso(due), "received": received_date.isoformat(), "suggested_verdict": suggestion.verdict,
        "hints": [h.to_dict() for h in suggestion.hints],
        "reasons": [{"code": r.code, "params": r.params, "text": vd.render_reason(r, "en")}
                    for r in suggestion.reasons],
        "points": [{"number": p.number, "status": p.status, "suggested_answer": p.suggested_answer}
                   for p in suggestion.points],
        "file_id": file_id,
    }


def _suggestion_record(s: vd.Suggestion) -> dict[str, Any]:
    return {"verdict": s.verdict, "language": s.language, "signatory": s.signatory,
            "reasons": [r.to_dict() for r in s.reasons], "rubric": [i.to_dict() for i in s.rubric],
            "points": [p.to_dict() for p in s.points], "hints": [h.to_dict() for h in s.hints]}


def set_point_answers(ws: Workspace, reply_id: str, answers: Mapping[int, str]) -> dict[str, Any]:
    """A person records (or corrects) the answer per point of a reply."""
    reply = records.get(ws, REPLIES, reply_id)
    addressee = records.get(ws, ADDRESSEES, reply["addressee_id"])
    numbers = {p["number"]: p["id"] for p in _points(ws, addressee["item_id"])}
    with ws.atomic():
        for number, answer in answers.items():
            number = int(number)
            if answer not in vd.POINT_ANSWERS:
                raise FollowupError(f"point {number}: the answer must be one of {', '.join(vd.POINT_ANSWERS)}")
            if number not in numbers:
                raise FollowupError(f"point {number}: the item has points 1–{len(numbers)}")
            ws.db.execute(
                f"INSERT INTO {ANSWERS} (id, reply_id, point_id, answer, source, created_at, updated_at, "  # noqa: S608
                "updated_by) VALUES (?, ?, ?, ?, 'person', ?, ?, ?) ON CONFLICT(reply_id, point_id) DO UPDATE "
                "SET answer = excluded.answer, source = 'person', updated_at = excluded.updated_at, "
                "updated_by = excluded.updated_by",
                [new_id(), reply_id, numbers[number], answer, now_iso(), now_iso(), ws.actor])
        ws.events.append("followup_reply", reply_id, "point_answers",
                         {"item_id": addressee["item_id"], "answers": {str(k): v for k, v in answers.items()}})
    return {"reply_id": reply_id, "answers": {int(k): v for k, v in answers.items()}}


def update_reply(ws: Workspace, reply_id: str, changes: Mapping[str, Any]) -> dict[str, Any]:
    allowed = {"incoming_number", "their_number", "their_date", "signatory_position", "signatory_name",
               "text", "executive_claim", "document_id", "received_date"}
    unknown = set(changes) - allowed
    if unknown:
        raise FollowupError(f"cannot change {', '.join(sorted(unknown))} of a reply")
    data = dict(changes)
    if "received_date" in data:
        data["received_date"] = fu.parse_date(data["received_date"], "received").isoformat()
    if data.get("executive_claim") and data["executive_claim"] not in fu.EXECUTIVE_CLAIMS:
        raise FollowupError(f"executive claim: must be one of {', '.join(fu.EXECUTIVE_CLAIMS)}")
    with ws.atomic():
        reply = records.get(ws, REPLIES, reply_id)
        addressee = records.get(ws, ADDRESSEES, reply["addressee_id"])
        if "received_date" in data:
            data["on_time"] = int(dl.answered_on_time(_date(addressee["due_date"]),
                                                      _date(data["received_date"])))  # type: ignore[arg-type]
        if "text" in data:
            data["language"] = vd.detect_language(data["text"] or "")
        diff = records.update(ws, REPLIES, reply_id, data)
        if diff:
            ws.events.append("followup_reply", reply_id, "updated",
                             {"item_id": addressee["item_id"], **{k: v for k, v in diff.items() if k != "text"},
                              **({"text_changed": True} if "text" in diff else {})})
    return {"reply_id": reply_id, "fields": sorted(diff)}


def suggest_for_reply(ws: Workspace, reply_id: str, lang: str = "en") -> dict[str, Any]:
    """The suggestion for a reply as it stands now (person's per-point answers included)."""
    reply = records.get(ws, REPLIES, reply_id)
    addressee = records.get(ws, ADDRESSEES, reply["addressee_id"])
    item = records.get(ws, ITEMS, addressee["item_id"])
    s = _suggest(ws, reply, addressee, item, _person_answers(ws, reply_id))
    data = s.to_dict(lang)
    data["evidence"] = [h.to_dict() for h in s.evidence]
    data["text"] = reply.get("text") or ""
    return data


# ====================================================================================== verdicts


def confirm_verdict(ws: Workspace, addressee_id: str, result: str, *, reply_id: str | None = None,
                    rubric: Mapping[str, str] | None = None, note: str | None = None,
                    reviewed_on: Any = None) -> dict[str, Any]:
    """The council's own verdict on the answer of one addressee, confirmed by a person."""
    if result not in vd.VERDICTS:
        raise FollowupError(f"verdict: must be one of {', '.join(vd.VERDICTS)}")
    for code, status in (rubric or {}).items():
        if code not in vd.RUBRIC_CODES or status not in (vd.PASS, vd.FAIL, vd.UNKNOWN, vd.NOT_APPLICABLE):
            raise FollowupError(f"rubric: {code}={status} is not a rubric answer")
    day = fu.optional_date(reviewed_on, "reviewed on") or _today()
    addressee = records.get(ws, ADDRESSEES, addressee_id)
    if reply_id is None:
        last = records.rows(ws, f"SELECT id FROM {REPLIES} WHERE addressee_id = ? ORDER BY received_date DESC, "  # noqa: S608
                                "created_at DESC LIMIT 1", [addressee_id])
        reply_id = last[0]["id"] if last else None
    if result != vd.NO_ANSWER and reply_id is None:
        raise FollowupError("verdict: no reply is registered; the only possible verdict is no_answer")
    suggested = None
    if reply_id:
        reply = records.get(ws, REPLIES, reply_id)
        if reply["addressee_id"] != addressee_id:
            raise FollowupError("verdict: the reply belongs to another addressee")
        suggested = json.loads(reply["suggestion"] or "{}").get("verdict")
    with ws.atomic():
        vid = records.insert(ws, VERDICTS, {
            "addressee_id": addressee_id, "reply_id": reply_id, "result": result, "suggested": suggested,
            "rubric": json.dumps(dict(rubric or {})), "reviewer": ws.actor, "reviewed_on": day.isoformat(),
            "note": note})
        ws.events.append("followup_verdict", vid, "created",
                         {"item_id": addressee["item_id"], "addressee_id": addressee_id, "reply_id": reply_id,
                          "result": result, "suggested": suggested, "reviewed_on": day.isoformat(),
                          "note": note})
    return {"id": vid, "result": result, "suggested": suggested, "reviewed_on": day.isoformat()}


# ================================================================================ implementation


def record_implementation(ws: Workspace, addressee_id: str, level: str, *, checked_on: Any = None,
                          evidence: str = "", document_id: str | None = None, file: Path | str | None = None,
                          recheck_on: Any = None, point_number: int | None = None) -> dict[str, Any]:
    """A person's check of how far the recommendation was implemented, with evidence.

    A check of the whole addressee at ``fully`` takes it off control (closes it) on the check date; every
    other level keeps it open, with ``recheck_on`` as the date to look again.
    """
    if level not in fu.IMPLEMENTATION_LEVELS:
        raise FollowupError(f"implementation: must be one of {', '.join(fu.IMPLEMENTATION_LEVELS)}")
    day = fu.optional_date(checked_on, "checked on") or _today()
    recheck = fu.optional_date(recheck_on, "recheck on")
    if recheck is not None and recheck <= day:
        raise FollowupError("recheck on: the date to check again must be after the check")
    addressee = records.get(ws, ADDRESSEES, addressee_id)
    point_id = None
    if point_number is not None:
        match = [p for p in _points(ws, addressee["item_id"]) if p["number"] == int(point_number)]
        if not match:
            raise FollowupError(f"point {point_number}: no such point")
        point_id = match[0]["id"]
    with ws.atomic():
        file_id = ws.files.put_path(Path(file)) if file is not None else None
        mid = records.insert(ws, IMPLEMENTATION, {
            "addressee_id": addressee_id, "point_id": point_id, "level": level, "checked_on": day.isoformat(),
            "evidence": evidence, "document_id": document_id, "file_id": file_id,
            "recheck_on": _iso(recheck), "verifier": ws.actor})
        ws.events.append("followup_implementation", mid, "created",
                         {"item_id": addressee["item_id"], "addressee_id": addressee_id, "level": level,
                          "point": point_number, "checked_on": day.isoformat(), "evidence": evidence,
                          "recheck_on": _iso(recheck)})
        closed = False
        if point_id is None and level == "fully":
            records.update(ws, ADDRESSEES, addressee_id, {"closed_on": day.isoformat(),
                                                          "close_reason": "implemented"})
            ws.events.append("followup_addressee", addressee_id, "closed",
                             {"item_id": addressee["item_id"], "on": day.isoformat(), "reason": "implemented"})
            closed = True
        elif point_id is None and addressee["closed_on"] and addressee["close_reason"] == "implemented":
            # a later check found it is not (fully) done after all: back on control
            records.update(ws, ADDRESSEES, addressee_id, {"closed_on": None, "close_reason": None})
            ws.events.append("followup_addressee", addressee_id, "reopened",
                             {"item_id": addressee["item_id"], "reason": f"implementation {level}"})
    return {"id": mid, "level": level, "checked_on": day.isoformat(), "closed": closed}


# ====================================================================================== reading

_LIST_SQL = f"""
SELECT a.id AS addressee_id, a.item_id, a.organisation_id, a.org_name, a.org_name_kk, a.regime,
       a.start_date, a.start_kind, a.their_reg_number, a.due_date, a.base_due_date, a.paused,
       a.closed_on, a.close_reason, a.sort_order, a.custom_amount, a.custom_unit, a.custom_date,
       i.kind, i.title, i.registry_number, i.sent_date, i.lang, i.body_id, i.session_decision_ref,
       i.session_decision_id,
       (SELECT min(r.received_date) FROM {REPLIES} r WHERE r.addressee_id = a.id AND r.received_date <= :on)
           AS first_reply,
       (SELECT count(*) FROM {REPLIES} r WHERE r.addressee_id = a.id AND r.received_date <= :on) AS replies,
       (SELECT v.result FROM {VERDICTS} v WHERE v.addressee_id = a.id AND v.reviewed_on <= :on
           ORDER BY v.reviewed_on DESC, v.created_at DESC LIMIT 1) AS verdict,
       (SELECT v.reviewed_on FROM {VERDICTS} v WHERE v.addressee_id = a.id AND v.reviewed_on <= :on
           ORDER BY v.reviewed_on DESC, v.created_at DESC LIMIT 1) AS verdict_on,
       (SELECT m.level FROM {IMPLEMENTATION} m WHERE m.addressee_id = a.id AND m.point_id IS NULL
           AND m.checked_on <= :on ORDER BY m.checked_on DESC, m.created_at DESC LIMIT 1) AS implementation,
       (SELECT m.checked_on FROM {IMPLEMENTATION} m WHERE m.addressee_id = a.id AND m.point_id IS NULL
           AND m.checked_on <= :on ORDER BY m.checked_on DESC, m.created_at DESC LIMIT 1) AS implementation_on,
       (SELECT m.recheck_on FROM {IMPLEMENTATION} m WHERE m.addressee_id = a.id AND m.point_id IS NULL
           AND m.checked_on <= :on ORDER BY m.checked_on DESC, m.created_at DESC LIMIT 1) AS recheck_on,
       (SELECT max(e.event_date) FROM {TERM_EVENTS} e WHERE e.addressee_id = a.id) AS last_term_event
FROM {ADDRESSEES} a JOIN {ITEMS} i ON i.id = a.item_id
"""  # noqa: S608 - table names are constants


def _row_status(ws: Workspace, r: dict[str, Any], on: _dt.date, cal: dl.WorkCalendar | None) -> dict[str, Any]:
    due = _date(r["due_date"])
    paused = bool(r["paused"])
    if r["last_term_event"] and _date(r["last_term_event"]) > on:  # type: ignore[operator]
        # the term as it stood on that day: only the extensions and pauses decided by then
        result = _compute_due(ws, {**r, "id": r["addressee_id"]}, cal, until=on)
        due, paused = result.due, result.paused
    s = fu.StatusInput(due=due, paused=paused, first_reply=_date(r["first_reply"]),
                       verdict_on=_date(r["verdict_on"]), verdict=r["verdict"],
                       implementation_on=_date(r["implementation_on"]), implementation=r["implementation"],
                       closed_on=_date(r["closed_on"]))
    status = fu.status_on(s, on)
    return {
        "item_id": r["item_id"], "addressee_id": r["addressee_id"], "kind": r["kind"],
        "registry_number": r["registry_number"], "title": r["title"], "sent": r["sent_date"],
        "lang": r["lang"], "addressee": r["org_name"], "addressee_kk": r["org_name_kk"],
        "organisation_id": r["organisation_id"], "regime": r["regime"], "start": r["start_date"],
        "start_kind": r["start_kind"], "due": _iso(due), "status": status,
        "days_overdue": fu.days_overdue(due, on) if status == fu.OVERDUE else 0,
        "replies": r["replies"], "first_reply": r["first_reply"],
        "on_time": None if r["first_reply"] is None else (due is None or _date(r["first_reply"]) <= due),  # type: ignore[operator]
        "verdict": r["verdict"], "implementation": r["implementation"], "recheck_on": r["recheck_on"],
        "closed_on": r["closed_on"] if r["closed_on"] and _date(r["closed_on"]) <= on else None,  # type: ignore[operator]
        "decision": r["session_decision_ref"],
    }


def list_items(ws: Workspace, *, overdue: bool = False, on: Any = None, status: str | Sequence[str] | None = None,
               kind: str | None = None, organisation: str | None = None, year: int | None = None,
               query: str | None = None, due_from: Any = None, due_to: Any = None,
               include_closed: bool = True) -> list[dict[str, Any]]:
    """One row per addressee, as things stood at the end of ``on`` (default today).

    Keys: item_id, addressee_id, kind, registry_number, title, sent, addressee, regime, start, start_kind,
    due, status, days_overdue, replies, first_reply, on_time, verdict, implementation, recheck_on,
    closed_on. ``overdue=True`` keeps only addressees whose term expired before ``on`` without an answer
    received by ``on``. Sorted by due date (overdue first, oldest first), then registry number.
    """
    day = fu.optional_date(on, "on") or _today()
    where = ["i.sent_date <= :on"]
    params: dict[str, Any] = {"on": day.isoformat()}
    if kind:
        where.append("i.kind = :kind")
        params["kind"] = kind
    if organisation:
        where.append("(a.organisation_id = :org OR a.org_name = :org OR a.org_name_kk = :org)")
        params["org"] = organisation
    if year:
        where.append("substr(i.sent_date, 1, 4) = :year")
        params["year"] = str(year)
    if query:
        where.append("(i.title LIKE :q OR i.text LIKE :q OR i.registry_number LIKE :q OR a.org_name LIKE :q "
                     "OR a.org_name_kk LIKE :q)")
        params["q"] = f"%{query}%"
    sql, args = _positional(_LIST_SQL + " WHERE " + " AND ".join(where), params)
    rows = records.rows(ws, sql, args)
    cal = None
    if any(r["last_term_event"] and r["last_term_event"] > day.isoformat() for r in rows):
        cal = load_calendar(ws)
    out = [_row_status(ws, r, day, cal) for r in rows]
    wanted: set[str] | None = None
    if overdue:
        wanted = {fu.OVERDUE}
    if status:
        s = {status} if isinstance(status, str) else set(status)
        wanted = s if wanted is None else wanted & s
    if wanted is not None:
        out = [r for r in out if r["status"] in wanted]
    if not include_closed:
        out = [r for r in out if r["status"] != fu.CLOSED]
    d_from = fu.optional_date(due_from, "due from")
    d_to = fu.optional_date(due_to, "due to")
    if d_from or d_to:
        out = [r for r in out if r["due"] and (not d_from or r["due"] >= d_from.isoformat())
               and (not d_to or r["due"] <= d_to.isoformat())]
    out.sort(key=lambda r: (r["status"] != fu.OVERDUE, r["due"] or "9999", r["sent"], r["registry_number"] or "",
                            r["addressee"] or ""))
    return out


def _positional(sql: str, params: dict[str, Any]) -> tuple[str, list[Any]]:
    """Named ``:name`` parameters → ``?`` with a list (records.rows takes a sequence)."""
    args: list[Any] = []

    def sub(m: re.Match[str]) -> str:
        args.append(params[m.group(1)])
        return "?"

    return re.sub(r":(\w+)", sub, sql), args


def overdue_items(ws: Workspace, on: Any = None) -> list[dict[str, Any]]:
    """Addressees whose answer was due before ``on`` and had not arrived by ``on``."""
    return list_items(ws, overdue=True, on=on)


def dashboard(ws: Workspace, on: Any = None, *, week_days: int = 7) -> dict[str, Any]:
    """The four working lists: overdue, due this week (today + 6 days), waiting for a verdict, waiting
    for verification (with the re-check dates that have come)."""
    day = fu.optional_date(on, "on") or _today()
    rows = list_items(ws, on=day)
    horizon = (day + _dt.timedelta(days=week_days - 1)).isoformat()
    return {
        "on": day.isoformat(),
        "overdue": [r for r in rows if r["status"] == fu.OVERDUE],
        "due_this_week": [r for r in rows if r["status"] == fu.WAITING and r["due"]
                          and day.isoformat() <= r["due"] <= horizon],
        "awaiting_verdict": [r for r in rows if r["status"] == fu.AWAITING_VERDICT],
        "awaiting_verification": [r for r in rows if r["status"] == fu.AWAITING_VERIFICATION],
        "recheck_due": [r for r in rows if r["status"] == fu.AWAITING_VERIFICATION and r["recheck_on"]
                        and r["recheck_on"] <= day.isoformat()],
        "counts": fu.group_counts(rows, "status"),
    }


def get_item(ws: Workspace, item_id: str, *, on: Any = None, lang: str = "en",
             reveal_personal: bool = False) -> dict[str, Any]:
    """Everything about one item: fields, points, and per addressee the term with its steps, replies with
    per-point answers, verdicts, implementation checks, term events and the timeline."""
    day = fu.optional_date(on, "on") or _today()
    item = records.get(ws, ITEMS, item_id)
    out: dict[str, Any] = {k: item[k] for k in (
        "id", "kind", "title", "text", "lang", "regime", "registry_number", "sent_date", "author", "convocation",
        "body_id", "session_id", "session_decision_id", "session_decision_ref", "letter_document_id", "note",
        "citizen_name", "citizen_address", "created_at", "updated_at", "updated_by")}
    out["document_ids"] = json.loads(item["document_ids"] or "[]")
    out["citizen_iin"], out["citizen_phone"] = _personal(ws, item, reveal_personal)
    out["points"] = _points(ws, item_id)
    cal = load_calendar(ws)
    rows = {r["addressee_id"]: r for r in list_items(ws, on=day) if r["item_id"] == item_id}
    addressees = []
    for a in records.rows(ws, f"SELECT * FROM {ADDRESSEES} WHERE item_id = ? ORDER BY sort_order", [item_id]):  # noqa: S608
        due = _compute_due(ws, a, cal)
        replies = records.rows(ws, f"SELECT * FROM {REPLIES} WHERE addressee_id = ? ORDER BY received_date, "  # noqa: S608
                                   "created_at", [a["id"]])
        for r in replies:
            r["answers"] = records.rows(
                ws, f"SELECT p.number, a.answer, a.source FROM {ANSWERS} a JOIN {POINTS} p ON p.id = a.point_id "  # noqa: S608
                    "WHERE a.reply_id = ? ORDER BY p.number", [r["id"]])
            r["suggestion"] = json.loads(r["suggestion"] or "{}")
        summary = rows.get(a["id"], {})
        due_date, warnings = due.due, list(due.warnings)
        if (replies or a["closed_on"]) and _iso(due.due) != a["due_date"]:
            # the term in force when the answer came stays the term of record; a later calendar
            # correction is shown as a warning, not applied to history
            due_date = _date(a["due_date"])
            warnings.append("calendar_changed_after_answer")
        addressees.append({
            "id": a["id"], "organisation": a["org_name"], "organisation_kk": a["org_name_kk"],
            "organisation_id": a["organisation_id"], "regime": a["regime"], "start": a["start_date"],
            "start_kind": a["start_kind"], "their_reg_number": a["their_reg_number"],
            "custom_amount": a["custom_amount"], "custom_unit": a["custom_unit"], "custom_date": a["custom_date"],
            "due": _iso(due_date), "base_due": _iso(due.base_due), "paused": due.paused,
            "steps": due.lines(lang), "warnings": warnings,
            "status": summary.get("status"), "days_overdue": summary.get("days_overdue", 0),
            "closed_on": a["closed_on"], "close_reason": a["close_reason"],
            "term_events": records.rows(ws, f"SELECT * FROM {TERM_EVENTS} WHERE addressee_id = ? "  # noqa: S608
                                            "ORDER BY event_date, created_at", [a["id"]]),
            "replies": replies,
            "verdicts": records.rows(ws, f"SELECT * FROM {VERDICTS} WHERE addressee_id = ? ORDER BY reviewed_on, "  # noqa: S608
                                         "created_at", [a["id"]]),
            "implementation": records.rows(
                ws, f"SELECT m.*, p.number AS point_number FROM {IMPLEMENTATION} m LEFT JOIN {POINTS} p "  # noqa: S608
                    "ON p.id = m.point_id WHERE m.addressee_id = ? ORDER BY m.checked_on, m.created_at", [a["id"]]),
            "timeline": timeline(ws, a["id"]),
        })
    out["addressees"] = addressees
    return out


def _personal(ws: Workspace, item: Mapping[str, Any], reveal: bool) -> tuple[str | None, str | None]:
    iin = item.get("citizen_iin")
    phone = item.get("citizen_phone")
    if not iin and not phone:
        return None, None
    if not reveal:
        return ("••••••••••••" if iin else None), ("+7 ••• ••• •• ••" if phone else None)
    return ws.secrets.open(iin), ws.secrets.open(phone)


def timeline(ws: Workspace, addressee_id: str) -> list[dict[str, Any]]:
    """sent → registered → extensions/pauses → reply → verdict → implementation, in date order.

    Each entry: ``{"stage", "date", "details"}``; stages: sent, registered, due, term_event, reply,
    reminder (a reminder letter issued by the letters area), verdict, implementation, closed.
    """
    a = records.get(ws, ADDRESSEES, addressee_id)
    item = records.get(ws, ITEMS, a["item_id"])
    out: list[dict[str, Any]] = [{"stage": "sent", "date": item["sent_date"],
                                  "details": {"registry_number": item["registry_number"]}}]
    if a["start_kind"] != dl.START_SENT:
        out.append({"stage": "registered", "date": a["start_date"],
                    "details": {"number": a["their_reg_number"], "kind": a["start_kind"]}})
    for e in records.rows(ws, f"SELECT * FROM {TERM_EVENTS} WHERE addressee_id = ?", [addressee_id]):  # noqa: S608
        out.append({"stage": "term_event", "date": e["event_date"],
                    "details": {"kind": e["kind"], "reason": e["reason"], "new_end": e["new_end"],
                                "until": e["until"]}})
    if a["due_date"]:
        out.append({"stage": "due", "date": a["due_date"], "details": {"regime": a["regime"]}})
    for r in records.rows(ws, f"SELECT * FROM {REPLIES} WHERE addressee_id = ?", [addressee_id]):  # noqa: S608
        out.append({"stage": "reply", "date": r["received_date"],
                    "details": {"id": r["id"], "incoming_number": r["incoming_number"], "on_time": bool(r["on_time"]),
                                "executive_claim": r["executive_claim"]}})
    for v in records.rows(ws, f"SELECT * FROM {VERDICTS} WHERE addressee_id = ?", [addressee_id]):  # noqa: S608
        out.append({"stage": "verdict", "date": v["reviewed_on"],
                    "details": {"result": v["result"], "suggested": v["suggested"], "reviewer": v["reviewer"]}})
    for m in records.rows(ws, f"SELECT * FROM {IMPLEMENTATION} WHERE addressee_id = ?", [addressee_id]):  # noqa: S608
        out.append({"stage": "implementation", "date": m["checked_on"],
                    "details": {"level": m["level"], "evidence": m["evidence"], "recheck_on": m["recheck_on"]}})
    for e in records.rows(ws, "SELECT data FROM events WHERE entity = 'followup_item' AND entity_id = ? "
                              "AND action = 'letter_linked'", [item["id"]]):
        data = json.loads(e["data"] or "{}")
        if data.get("kind") == "reminder" and data.get("date"):
            out.append({"stage": "reminder", "date": data["date"],
                        "details": {"number": data.get("number"), "letter_id": data.get("letter_id")}})
    if a["closed_on"]:
        out.append({"stage": "closed", "date": a["closed_on"], "details": {"reason": a["close_reason"]}})
    order = {s: i for i, s in enumerate(("sent", "registered", "term_event", "reply", "due", "reminder",
                                         "verdict", "implementation", "closed"))}
    out.sort(key=lambda e: (e["date"] or "", order[e["stage"]]))
    return out


def item_history(ws: Workspace, item_id: str) -> list[dict[str, Any]]:
    """Every event-log entry about an item (who, when, what), oldest first."""
    rows = records.rows(
        ws, "SELECT * FROM events WHERE (entity = 'followup_item' AND entity_id = ?) OR "
            "(entity LIKE 'followup_%' AND json_extract(data, '$.item_id') = ?) ORDER BY at, device_seq",
        [item_id, item_id])
    for r in rows:
        r["data"] = json.loads(r["data"] or "{}")
    return rows


def open_items_status(ws: Workspace, on: Any = None, *, lang: str = "ru",
                      body_id: str | None = None) -> list[dict[str, Any]]:
    """Rows for a dossier annex: every addressee still under control, with labels in ``lang``.

    Keys: registry_number, sent, title, kind, kind_label, addressee, due, status, status_label, verdict,
    verdict_label, implementation, implementation_label, days_overdue, item_id, addressee_id.
    """
    rows = list_items(ws, on=on, include_closed=False)
    out = []
    for r in rows:
        if body_id:
            item = records.get(ws, ITEMS, r["item_id"])
            if item["body_id"] != body_id:
                continue
        out.append({
            **{k: r[k] for k in ("item_id", "addressee_id", "registry_number", "sent", "title", "kind", "due",
                                 "status", "verdict", "implementation", "days_overdue")},
            "addressee": (r["addressee_kk"] or r["addressee"]) if lang == "kk" else r["addressee"],
            "kind_label": fu.kind_label(r["kind"], lang),
            "status_label": fu.status_label(r["status"], lang),
            "verdict_label": vd.verdict_label(r["verdict"], lang) if r["verdict"] else "",
            "implementation_label": fu.level_label(r["implementation"], lang) if r["implementation"] else "",
        })
    return out


def reminder_data(ws: Workspace, addressee_row_id: str, on: Any = None, *, addressee_id: str | None = None,
                  language: str | None = None) -> dict[str, Any]:
    """What a reminder letter about one addressee's missing answer needs (stable for the letters area).

    ``addressee_row_id`` is an addressee id; an item id is accepted too (the letters area passes one):
    then ``addressee_id`` picks the addressee, or the item's only addressee, or — with several — the one
    whose answer is overdue longest. ``language`` (kk/ru) chooses the language of the flat keys below
    (default: the item's language).

    Keys: addressee_id, item_id, kind, kind_label {kk, ru}, registry_number, sent_date, title, text,
    points [{number, text}], regime, regime_label {kk, ru}, legal_basis {kk, ru}, term {amount, count, unit,
    text {kk, ru}}, start_date, start_kind, their_reg_number, due_date, overdue (bool), days_overdue,
    answered (bool), not_received {kk, ru} ("срок ответа 04.04.2025, ответ не поступил"),
    organisation {id, name_ru, name_kk, head_name, head_position_ru, head_position_kk, addressee_ru,
    addressee_kk, address}, body {id, name_ru, name_kk, head_name, head_position_ru, head_position_kk,
    outgoing_number_format} (or None), session_decision_ref; and, in the shape of the letters area's
    reminder source: number, date, due, subject, language, addressee {organisation, position, name},
    body_id, followup_id (the item id).
    """
    addressee_row_id = _reminder_addressee(ws, addressee_row_id, addressee_id, on)
    day = fu.optional_date(on, "on") or _today()
    a = records.get(ws, ADDRESSEES, addressee_row_id)
    item = records.get(ws, ITEMS, a["item_id"])
    org = records.find(ws, "organisations", a["organisation_id"]) if a["organisation_id"] else None
    body = records.find(ws, "bodies", item["body_id"]) if item["body_id"] else None
    due = _date(a["due_date"])
    answered = bool(ws.db.execute(f"SELECT count(*) FROM {REPLIES} WHERE addressee_id = ? AND received_date <= ?",  # noqa: S608
                                  [addressee_row_id, day.isoformat()]).fetchone()[0])
    lang = language if language in ("kk", "ru") else (item["lang"] if item["lang"] in ("kk", "ru") else "ru")
    reg = dl.regime(a["regime"])
    amount = reg.amount if a["regime"] != "custom" else a["custom_amount"]
    unit = reg.unit if a["regime"] != "custom" else (dl.EXACT_DATE if a["custom_date"] else a["custom_unit"])
    term_text = {lang: (dl.amount_with_unit(amount, unit, lang) if amount and unit and unit != dl.EXACT_DATE
                        else dl.fmt_date(a["custom_date"], lang, weekday=False)) for lang in ("kk", "ru")}
    return {
        "addressee_id": a["id"], "item_id": item["id"], "kind": item["kind"],
        "kind_label": {lang: fu.kind_label(item["kind"], lang) for lang in ("kk", "ru")},
        "registry_number": item["registry_number"], "sent_date": item["sent_date"], "title": item["title"],
        "text": item["text"], "points": [{"number": p["number"], "text": p["text"]} for p in _points(ws, item["id"])],
        "regime": a["regime"], "regime_label": {lang: reg.label[lang] for lang in ("kk", "ru")},
        "legal_basis": {lang: reg.source[lang] for lang in ("kk", "ru")},
        "term": {"amount": amount, "count": amount, "unit": unit, "text": term_text},
        "start_date": a["start_date"], "start_kind": a["start_kind"], "their_reg_number": a["their_reg_number"],
        "due_date": _iso(due), "overdue": bool(due and day > due and not answered),
        "days_overdue": fu.days_overdue(due, day) if not answered else 0, "answered": answered,
        "not_received": {lang: fu.not_received_sentence(due, lang) for lang in ("kk", "ru")} if due else None,
        "organisation": {
            "id": a["organisation_id"], "name_ru": (org or {}).get("name_ru") or a["org_name"],
            "name_kk": (org or {}).get("name_kk") or a["org_name_kk"], "head_name": (org or {}).get("head_name"),
            "head_position_ru": (org or {}).get("head_position_ru"),
            "head_position_kk": (org or {}).get("head_position_kk"),
            "addressee_ru": (org or {}).get("addressee_ru"), "addressee_kk": (org or {}).get("addressee_kk"),
            "address": (org or {}).get("address"),
        },
        "body": None if body is None else {k: body.get(k) for k in (
            "id", "name_ru", "name_kk", "head_name", "head_position_ru", "head_position_kk",
            "outgoing_number_format")},
        "session_decision_ref": item["session_decision_ref"],
        # the letters area's reminder source (services.letters.reminder_draft)
        "number": item["registry_number"] or "", "date": item["sent_date"], "due": _iso(due),
        "subject": item["title"] or "", "language": lang, "body_id": item["body_id"], "followup_id": item["id"],
        "addressee": _addressee_block(org, a, lang),
    }


def _reminder_addressee(ws: Workspace, ident: str, addressee_id: str | None, on: Any) -> str:
    if records.find(ws, ADDRESSEES, ident) is not None:
        return ident
    item = records.find(ws, ITEMS, ident)
    if item is None:
        raise FollowupError(f"{ident}: no follow-up item or addressee has this id")
    rows = records.rows(ws, f"SELECT id FROM {ADDRESSEES} WHERE item_id = ? ORDER BY sort_order", [ident])  # noqa: S608
    if addressee_id:
        if addressee_id not in {r["id"] for r in rows}:
            raise FollowupError(f"addressee {addressee_id}: not an addressee of item {ident}")
        return addressee_id
    if len(rows) == 1:
        return str(rows[0]["id"])
    overdue = [r for r in list_items(ws, on=on, overdue=True) if r["item_id"] == ident]
    if overdue:
        return str(overdue[0]["addressee_id"])  # sorted: the longest overdue first
    raise FollowupError(f"item {ident} has {len(rows)} addressees and none is overdue; say which one")


def _addressee_block(org: Mapping[str, Any] | None, a: Mapping[str, Any], lang: str) -> dict[str, str]:
    """{organisation, position, name} in ``lang``: the organisation's ready dative block when it has one."""
    name = ((org or {}).get(f"name_{lang}") or (a["org_name_kk"] if lang == "kk" else None) or a["org_name"] or "")
    block = (org or {}).get(f"addressee_{lang}")
    if block:
        lines = [line.strip() for line in str(block).splitlines() if line.strip()]
        return {"organisation": name, "position": lines[0] if lines else "", "name": " ".join(lines[1:])}
    return {"organisation": name, "position": (org or {}).get(f"head_position_{lang}") or "",
            "name": (org or {}).get("head_name") or ""}


def link_letter(ws: Workspace, item_id: str, *, letter_id: str, number: str | None = None,
                date: str | None = None, kind: str | None = None) -> dict[str, Any]:
    """Hook the letters area calls when it issues a letter linked to a follow-up item: the item's own
    letter fills an empty registry number; a reminder is recorded on the item's history and timeline."""
    with ws.atomic():
        item = records.find(ws, ITEMS, item_id)
        if item is None:
            return {"linked": False}
        if kind in fu.KINDS and number and not item["registry_number"]:
            records.update(ws, ITEMS, item_id, {"registry_number": number}, log=True, entity="followup_item")
        ws.events.append("followup_item", item_id, "letter_linked",
                         {"item_id": item_id, "letter_id": letter_id, "number": number, "date": date, "kind": kind})
    return {"linked": True}


# ==================================================================================== scorecards


def scorecards(ws: Workspace, *, on: Any = None, year: int | None = None) -> list[dict[str, Any]]:
    """Per addressee organisation: items, answered on time %, justified %, implemented %, median days."""
    day = fu.optional_date(on, "on") or _today()
    facts = []
    kk_names: dict[str, str] = {}
    for r in list_items(ws, on=day, year=year):
        name = r["addressee"] or "—"
        if r.get("addressee_kk"):
            kk_names[name] = r["addressee_kk"]
        facts.append(fu.AddresseeFacts(
            organisation=name, start=_date(r["start"]), due=_date(r["due"]),
            first_reply=_date(r["first_reply"]), verdict=r["verdict"], implementation=r["implementation"],
            closed_on=_date(r["closed_on"])))
    return [{**c.to_dict(), "organisation_kk": kk_names.get(c.organisation, c.organisation)}
            for c in fu.scorecards(facts, day)]


def year_summary(ws: Workspace, year: int, *, on: Any = None) -> dict[str, Any]:
    """Figures for the annual follow-up report of ``year`` (as of ``on``, default 31 December or today)."""
    day = fu.optional_date(on, "on") or min(_dt.date(year, 12, 31), _today())
    rows = list_items(ws, on=day, year=year)
    items = {r["item_id"] for r in rows}
    kinds: dict[str, int] = {}
    for r in {r["item_id"]: r for r in rows}.values():
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    return {
        "year": year, "on": day.isoformat(), "items": len(items), "addressees": len(rows),
        "by_kind": kinds, "by_status": fu.group_counts(rows, "status"),
        "by_verdict": fu.group_counts([r for r in rows if r["verdict"]], "verdict"),
        "by_implementation": fu.group_counts([r for r in rows if r["implementation"]], "implementation"),
        "answered": sum(1 for r in rows if r["first_reply"]),
        "answered_on_time": sum(1 for r in rows if r["on_time"]),
        "overdue": [r for r in rows if r["status"] == fu.OVERDUE],
        "rows": rows,
        "scorecards": scorecards(ws, on=day, year=year),
    }


def annual_report(ws: Workspace, year: int, out: Path | str, *, lang: str = "ru", on: Any = None,
                  body_id: str | None = None) -> Path:
    """Write the annual follow-up report of the council (``.pdf`` or ``.docx`` by the suffix)."""
    from deputydesk.render import followup_report

    if lang not in ("ru", "kk"):
        raise FollowupError("lang: the report is printed in Kazakh (kk) or Russian (ru)")
    summary = year_summary(ws, year, on=on)
    if body_id is None:
        row = ws.db.execute("SELECT id FROM bodies ORDER BY is_default DESC, created_at LIMIT 1").fetchone()
        body_id = row[0] if row else None
    body = records.find(ws, "bodies", body_id) if body_id else None
    model = followup_report.report_model(summary, body, lang)
    try:
        return followup_report.render(model, out)
    except ValueError as exc:
        raise FollowupError(str(exc)) from exc


# ======================================================================================= export


def export_table(rows: Iterable[Mapping[str, Any]], columns: Sequence[tuple[str, str]], path: Path | str,
                 *, sheet: str = "DeputyDesk") -> Path:
    """Write ``rows`` to CSV (UTF-8 with BOM, so Excel shows Cyrillic) or XLSX, chosen by the suffix.

    ``columns`` = [(key, header)]; headers come already translated from the caller.
    """
    path = Path(path)
    data = [[_cell(r.get(k)) for k, _ in columns] for r in rows]
    headers = [h for _, h in columns]
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    if path.suffix.lower() == ".csv":
        with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(headers)
            writer.writerows(data)
    elif path.suffix.lower() == ".xlsx":
        from openpyxl import Workbook
        from openpyxl.styles import Font

        wb = Workbook()
        ws_ = wb.active
        assert ws_ is not None
        ws_.title = sheet[:31]
        ws_.append(headers)
        for cell in ws_[1]:
            cell.font = Font(bold=True)
        for row in data:
            ws_.append(row)
        for i, header in enumerate(headers, start=1):
            width = max([len(str(header))] + [len(str(r[i - 1] or "")) for r in data[:500]])
            ws_.column_dimensions[ws_.cell(row=1, column=i).column_letter].width = min(60, max(8, width + 2))
        ws_.freeze_panes = "A2"
        wb.save(tmp)
    else:
        raise FollowupError(f"{path}: export as .csv or .xlsx")
    tmp.replace(path)
    return path


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


# ==================================================================================== integrity


_RAW_IIN = re.compile(r"(?<!\d)\d{12}(?!\d)")
_RAW_PHONE = re.compile(r"\+?7\s?\(?\d{3}\)?\s?\d{3}[\s-]?\d{2}[\s-]?\d{2}")


def integrity_problems(ws: Workspace) -> list[dict[str, Any]]:
    """Follow-up checks run by ``check``: personal data stored in clear, due dates out of date,
    answers pointing at points of another item."""
    problems: list[dict[str, Any]] = []
    try:
        rows = records.rows(ws, f"SELECT id, citizen_iin, citizen_phone FROM {ITEMS} "  # noqa: S608
                                "WHERE citizen_iin IS NOT NULL OR citizen_phone IS NOT NULL")
    except Exception:  # the table is missing: the migration has not run (reported by the database check)
        return problems
    from deputydesk.exchange.fieldcrypt import FieldCipher

    for r in rows:
        for col in ("citizen_iin", "citizen_phone"):
            if r[col] and not FieldCipher.is_sealed(r[col]):
                problems.append({"area": "followup", "code": "personal_data_in_clear",
                                 "message": f"item {r['id'][:8]}: {col.replace('_', ' ')} is stored unencrypted"})
    bad = ws.db.execute(
        f"SELECT count(*) FROM {ANSWERS} pa JOIN {REPLIES} r ON r.id = pa.reply_id "  # noqa: S608
        f"JOIN {ADDRESSEES} a ON a.id = r.addressee_id JOIN {POINTS} p ON p.id = pa.point_id "
        "WHERE p.item_id != a.item_id").fetchone()[0]
    if bad:
        problems.append({"area": "followup", "code": "answers_of_other_item",
                         "message": f"{bad} per-point answers refer to points of another item"})
    cal = load_calendar(ws)
    stale = 0
    for a in records.rows(ws, f"SELECT * FROM {ADDRESSEES} WHERE closed_on IS NULL"):  # noqa: S608
        try:
            if _iso(_compute_due(ws, a, cal).due) != a["due_date"]:
                stale += 1
        except (dl.TermError, TypeError):
            problems.append({"area": "followup", "code": "term_invalid",
                             "message": f"addressee {a['id'][:8]}: its term cannot be computed"})
    if stale:
        problems.append({"area": "followup", "code": "due_dates_stale", "severity": "warning",
                         "message": f"{stale} due dates differ from a fresh computation (a newer holiday "
                                    "calendar?); they are recomputed when the calendar is next changed"})
    return problems


def dossier_annex(ws: Workspace, dossier: Mapping[str, Any]) -> Any:
    """The dossier compiler's annex: every recommendation and inquiry still under control, with its
    addressee, due date, status, the council's verdict and implementation (hook of services.dossiers)."""
    from deputydesk.render.dossier import AnnexTable

    lang = "kk" if dossier.get("lang") == "kk" else "ru"  # a bilingual dossier (kk-ru) prints it in Russian
    on = _date(dossier.get("date")) or _today()
    rows = open_items_status(ws, on=on, lang=lang, body_id=dossier.get("body_id") or None)
    if lang == "kk":
        title = "Бақылаудағы ұсынымдар мен сауалдардың жай-күйі"
        columns = ["Тіркеу №", "Жіберілді", "Мәселе", "Кімге", "Мерзімі", "Жай-күйі", "Баға", "Орындалуы"]
    else:
        title = "Состояние рекомендаций и запросов, находящихся на контроле"
        columns = ["Рег. №", "Направлено", "Вопрос", "Адресат", "Срок", "Состояние", "Оценка", "Исполнение"]
    table_rows = []
    for r in rows:
        due = _date(r.get("due"))
        sent = _date(r.get("sent"))
        table_rows.append([
            r.get("registry_number") or "",
            sent.strftime("%d.%m.%Y") if sent else "",
            r.get("title") or "",
            r.get("addressee") or "",
            due.strftime("%d.%m.%Y") if due else "",
            r.get("status_label") or "",
            r.get("verdict_label") or "",
            r.get("implementation_label") or "",
        ])
    return AnnexTable(title=title, columns=columns, rows=table_rows)
