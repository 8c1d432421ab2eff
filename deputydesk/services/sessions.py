"""Sessions use cases for the GUI and the CLI: rules per body, session records, results, documents,
recommendations and inquiries raised at a session.

Everything returns plain data or :mod:`deputydesk.core.sessions` objects; every change runs in one
transaction and appends an event to the log.
"""

from __future__ import annotations

import datetime as _dt
import importlib
import json
import uuid
from pathlib import Path
from typing import Any

from deputydesk.core import sessions as core
from deputydesk.core.dates import parse_iso
from deputydesk.core.progress import NULL_PROGRESS, Progress
from deputydesk.core.sessions import (
    AgendaItem,
    Attendee,
    Body,
    BodyRules,
    NextSession,
    RaisedItem,
    RaisedKind,
    Session,
    Speaker,
    Votes,
)
from deputydesk.storage import records
from deputydesk.storage.workspace import Workspace

DOCUMENT_KINDS = ("protocol", "summary", "notice")
FORMATS = ("pdf", "docx")
LANGS = ("kk", "ru")
MIME = {"pdf": "application/pdf",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


class SessionError(ValueError):
    """A session cannot be saved or used as asked; the message says why in plain words."""


# ------------------------------------------------------------------------------------------- bodies
def list_bodies(ws: Workspace) -> list[dict[str, Any]]:
    return records.rows(ws, "SELECT id, kind, name_kk, name_ru, total_members, convocation, "
                            "decision_number_format, is_default FROM bodies ORDER BY is_default DESC, kind, name_ru")


def body_rules(ws: Workspace, body_id: str) -> BodyRules:
    """The body's rules: statutory defaults of its kind, then what the body set where the law allows."""
    body = records.get(ws, "bodies", body_id)
    rules = BodyRules.default(body["kind"])
    row = ws.db.execute("SELECT quorum, majority, majority_base, tie FROM session_rules WHERE body_id = ?",
                        [body_id]).fetchone()
    changes: dict[str, Any] = {}
    if row:
        for name, value in zip(("quorum", "majority", "majority_base", "tie"), row, strict=True):
            if value:
                changes[name] = value
    if body.get("decision_number_format"):
        changes["number_format"] = body["decision_number_format"]
    return rules.edit(**changes)


def save_body_rules(ws: Workspace, body_id: str, **changes: Any) -> dict[str, Any]:
    """Change the rules a body may set (majority, base, tie, number format). Raises
    :class:`~deputydesk.core.sessions.RuleNotEditable` for a rule the law fixes."""
    rules = body_rules(ws, body_id)
    edited = rules.edit(**changes)
    changed = sorted(n for n in core.RULE_FIELDS if getattr(edited, n) != getattr(rules, n))
    if not changed:
        return {"body_id": body_id, "changed": []}
    with ws.atomic():
        if "number_format" in changed:
            records.update(ws, "bodies", body_id, {"decision_number_format": edited.number_format}, log=True,
                           entity="body")
        row = {
            "body_id": body_id,
            "quorum": str(edited.quorum) if not edited.is_statutory("quorum") else None,
            "majority": str(edited.majority) if not edited.is_statutory("majority") else None,
            "majority_base": edited.majority_base.value if not edited.is_statutory("majority_base") else None,
            "tie": edited.tie.value if not edited.is_statutory("tie") else None,
        }
        existing = ws.db.execute("SELECT id FROM session_rules WHERE body_id = ?", [body_id]).fetchone()
        if existing:
            records.update(ws, "session_rules", existing[0], row, log=True, entity="session_rules")
        else:
            records.insert(ws, "session_rules", row, log=True, entity="session_rules")
    return {"body_id": body_id, "changed": changed}


def core_body(ws: Workspace, body_id: str) -> Body:
    row = records.get(ws, "bodies", body_id)
    chair_title = {lang: row.get(f"head_position_{lang}") or "" for lang in ("kk", "ru")}
    return Body(core.BodyKind(row["kind"]), {"kk": row.get("name_kk") or "", "ru": row.get("name_ru") or ""},
                max(1, int(row.get("total_members") or 0) or _member_count(ws, body_id)), body_rules(ws, body_id),
                {k: v for k, v in chair_title.items() if v})


def _member_count(ws: Workspace, body_id: str) -> int:
    return int(ws.db.execute("SELECT count(*) FROM members WHERE body_id = ? AND active = 1 AND role != 'secretary'",
                             [body_id]).fetchone()[0])


def body_members(ws: Workspace, body_id: str) -> list[dict[str, Any]]:
    """Members who vote (staff secretaries excluded), in list order."""
    return records.rows(ws, "SELECT id, full_name, full_name_kk, role FROM members WHERE body_id = ? AND active = 1 "
                            "AND role != 'secretary' ORDER BY sort_order, full_name", [body_id])


# ------------------------------------------------------------------------------------------- sessions
def list_sessions(ws: Workspace, body_id: str | None = None) -> list[dict[str, Any]]:
    """Sessions, newest first, with counts and the quorum verdict (computed, not stored)."""
    sql = ("SELECT s.id, s.body_id, b.kind, b.name_ru, b.name_kk, b.total_members, s.convocation, s.number, "
           "s.extraordinary, s.start_date, s.end_date, s.place_ru, s.place_kk, "
           "(SELECT count(*) FROM session_attendance a WHERE a.session_id = s.id AND a.present = 1) AS present, "
           "(SELECT count(*) FROM agenda_items i WHERE i.session_id = s.id) AS items, "
           "(SELECT count(*) FROM session_decisions d JOIN agenda_items i ON d.item_id = i.id "
           " WHERE i.session_id = s.id AND d.adopted = 1) AS adopted, "
           "(SELECT count(*) FROM session_raised r WHERE r.session_id = s.id) AS raised "
           "FROM sessions s JOIN bodies b ON b.id = s.body_id")
    params: list[Any] = []
    if body_id:
        sql += " WHERE s.body_id = ?"
        params.append(body_id)
    sql += " ORDER BY s.start_date DESC, s.number DESC"
    out = records.rows(ws, sql, params)
    rules_cache: dict[str, BodyRules] = {}
    for row in out:
        rules = rules_cache.setdefault(row["body_id"], body_rules(ws, row["body_id"]))
        total = int(row["total_members"] or 0)
        row["quorum_met"] = bool(total) and rules.quorum.satisfied(int(row["present"]), total)
        row["extraordinary"] = bool(row["extraordinary"])
    return out


def next_number(ws: Workspace, body_id: str, convocation: int) -> int:
    row = ws.db.execute("SELECT max(number) FROM sessions WHERE body_id = ? AND convocation = ?",
                        [body_id, convocation]).fetchone()
    return int(row[0] or 0) + 1


def new_session(ws: Workspace, body_id: str, start: _dt.date | None = None) -> Session:
    """A new session of the body: next number, the body's convocation, every member present."""
    body = core_body(ws, body_id)
    row = records.get(ws, "bodies", body_id)
    convocation = 0
    if row.get("convocation"):
        try:
            convocation = core.parse_convocation(row["convocation"])
        except ValueError:
            convocation = 0
    members = body_members(ws, body_id)
    chair = next((m for m in members if m["role"] == "chair"), None)
    secretary = records.rows(ws, "SELECT full_name, full_name_kk FROM members WHERE body_id = ? AND role = 'secretary' "
                                 "AND active = 1 ORDER BY sort_order LIMIT 1", [body_id])
    s = Session(body=body, convocation=convocation, number=next_number(ws, body_id, convocation),
                start=start or _dt.date.today(),
                attendance=[Attendee(m["full_name"], True, member_id=m["id"],
                                     alt={"ru": {"name": m["full_name"]}, "kk": {"name": m["full_name_kk"] or ""}})
                            for m in members])
    if chair:
        s.chair = chair["full_name"]
        s.alt = {"ru": {"chair": chair["full_name"]}, "kk": {"chair": chair["full_name_kk"] or ""}}
    if secretary:
        s.secretary = secretary[0]["full_name"]
        s.alt.setdefault("ru", {})["secretary"] = secretary[0]["full_name"]
        s.alt.setdefault("kk", {})["secretary"] = secretary[0]["full_name_kk"] or ""
    return s


def _two(obj: Any, name: str) -> tuple[str, str]:
    """(ru, kk) versions of a text field of a Localized object."""
    ru = obj.alt.get("ru", {}).get(name) or str(getattr(obj, name) or "")
    kk = obj.alt.get("kk", {}).get(name) or ""
    return ru, kk


def _alt(pairs: dict[str, tuple[str | None, str | None]]) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """{"title": (ru, kk)} → primary values and alt versions."""
    primary = {k: (ru or kk or "") for k, (ru, kk) in pairs.items()}
    alt: dict[str, dict[str, str]] = {"ru": {}, "kk": {}}
    for k, (ru, kk) in pairs.items():
        if ru:
            alt["ru"][k] = ru
        if kk:
            alt["kk"][k] = kk
    return primary, {lang: v for lang, v in alt.items() if v}


def load_session(ws: Workspace, session_id: str) -> Session:
    row = records.get(ws, "sessions", session_id)
    body = core_body(ws, row["body_id"])
    primary, alt = _alt({"place": (row["place_ru"], row["place_kk"]), "chair": (row["chair_ru"], row["chair_kk"]),
                         "secretary": (row["secretary_ru"], row["secretary_kk"])})
    attendance = []
    for a in records.rows(ws, "SELECT * FROM session_attendance WHERE session_id = ? ORDER BY sort_order", [session_id]):
        p, al = _alt({"name": (a["name_ru"], a["name_kk"])})
        attendance.append(Attendee(p["name"], bool(a["present"]), a["reason"] or "", a["member_id"], al))
    invited = [r["text_ru"] or r["text_kk"] for r in records.rows(
        ws, "SELECT text_ru, text_kk FROM session_invited WHERE session_id = ? ORDER BY sort_order", [session_id])]
    items = []
    raised_rows = records.rows(ws, "SELECT * FROM session_raised WHERE session_id = ? ORDER BY sort_order", [session_id])
    for it in records.rows(ws, "SELECT * FROM agenda_items WHERE session_id = ? ORDER BY position", [session_id]):
        p, al = _alt({"title": (it["title_ru"], it["title_kk"]), "rapporteur": (it["rapporteur_ru"], it["rapporteur_kk"]),
                      "heard": (it["heard_ru"], it["heard_kk"]),
                      "draft_decision": (it["draft_decision_ru"], it["draft_decision_kk"])})
        speakers = [Speaker(s["name"], s["text"] or "") for s in records.rows(
            ws, "SELECT name, text FROM agenda_speakers WHERE item_id = ? ORDER BY sort_order", [it["id"]])]
        vote = ws.db.execute("SELECT votes_for, votes_against, votes_abstained, present_at_vote, chair_vote "
                             "FROM agenda_votes WHERE item_id = ?", [it["id"]]).fetchone()
        dec = ws.db.execute("SELECT number, number_manual, text_ru, text_kk FROM session_decisions WHERE item_id = ?",
                            [it["id"]]).fetchone()
        docs = [r[0] for r in ws.db.execute("SELECT document_id FROM agenda_documents WHERE item_id = ? "
                                            "ORDER BY sort_order", [it["id"]]).fetchall()]
        item = AgendaItem(
            title=p["title"], rapporteur=p["rapporteur"], co_rapporteurs=json.loads(it["co_rapporteurs"] or "[]"),
            document_ids=docs, heard=p["heard"], draft_decision=p["draft_decision"], speakers=speakers,
            votes=Votes(vote[0], vote[1], vote[2]) if vote else None,
            present=vote[3] if vote else None, chair_vote=(vote[4] or None) if vote else None,
            id=it["id"], alt=al,
        )
        if dec:
            if dec[1]:
                item.decision_number = dec[0]
            item.decision_text = dec[2] or dec[3] or ""
            if dec[2]:
                item.alt.setdefault("ru", {})["decision_text"] = dec[2]
            if dec[3]:
                item.alt.setdefault("kk", {})["decision_text"] = dec[3]
        item.raised = [_raised(r) for r in raised_rows if r["item_id"] == it["id"]]
        items.append(item)
    nxt = None
    if row["next_date"] or row["next_agenda"]:
        nxt = NextSession(parse_iso(row["next_date"]), row["next_time"] or "", row["next_place"] or "",
                          json.loads(row["next_agenda"] or "[]"))
    return Session(
        body=body, convocation=int(row["convocation"] or 0), number=int(row["number"]),
        start=_dt.date.fromisoformat(row["start_date"]), extraordinary=bool(row["extraordinary"]),
        end=parse_iso(row["end_date"]), time=row["time"] or "", place=primary["place"],
        chair=primary["chair"], secretary=primary["secretary"], invited=invited, attendance=attendance,
        agenda=items, notice_sent=parse_iso(row["notice_sent"]),
        materials_sent=parse_iso(row["materials_sent"]), protocol_number=row["protocol_number"] or "",
        running_start=row["running_start"], next_session=nxt, next_steps=json.loads(row["next_steps"] or "[]"),
        id=session_id, alt=alt,
    )


def _raised(r: dict[str, Any]) -> RaisedItem:
    return RaisedItem(RaisedKind(r["kind"]), r["addressee"] or "", r["text"], parse_iso(r["due"]),
                      item_id=r["followup_id"] or None, id=r["id"])


def session_level_raised(ws: Workspace, session_id: str) -> list[RaisedItem]:
    """Recommendations and inquiries raised at the session but not under one agenda item."""
    return [_raised(r) for r in records.rows(
        ws, "SELECT * FROM session_raised WHERE session_id = ? AND item_id IS NULL ORDER BY sort_order", [session_id])]


_TRACKER_KINDS = {"recommendation": RaisedKind.RECOMMENDATION, "deputy_inquiry": RaisedKind.INQUIRY}


def tracker_items(ws: Workspace, session_id: str) -> list[RaisedItem]:
    """Follow-up items created in the tracker itself that name this session (not raised from here), so the
    summary lists everything raised at the session. Empty when the follow-up area is not installed."""
    table = ws.db.table("followup_items")
    if not table.exists() or not {"session_id", "kind", "text"} <= set(table.columns_dict) \
            or not ws.db.table("followup_addressees").exists():
        return []
    rows = records.rows(ws, (
        "SELECT i.id, i.kind, i.text, "
        "(SELECT group_concat(a.org_name, '; ') FROM followup_addressees a WHERE a.item_id = i.id) AS addressee, "
        "(SELECT min(a.due_date) FROM followup_addressees a WHERE a.item_id = i.id) AS due "
        "FROM followup_items i WHERE i.session_id = ? "
        "AND i.id NOT IN (SELECT followup_id FROM session_raised WHERE followup_id IS NOT NULL) "
        "ORDER BY i.created_at"), [session_id])
    return [RaisedItem(_TRACKER_KINDS[r["kind"]], r["addressee"] or "", r["text"] or "", parse_iso(r["due"]),
                       item_id=r["id"]) for r in rows if r["kind"] in _TRACKER_KINDS and r["text"]]


def save_session(ws: Workspace, body_id: str, session: Session) -> dict[str, Any]:
    """Create or replace a session with its attendance, agenda, votes and decisions (one transaction).

    Decision numbers are computed by the body's format unless given by hand; the result of every vote is
    stored with it. Raised items already linked to the follow-up tracker are kept."""
    if session.number < 1:
        raise SessionError("the session number must be 1 or more")
    session.body = core_body(ws, body_id)
    ev = core.evaluate(session)
    clash = ws.db.execute("SELECT id FROM sessions WHERE body_id = ? AND convocation = ? AND number = ? AND id IS NOT ?",
                          [body_id, session.convocation, session.number, session.id]).fetchone()
    if clash:
        roman = core.to_roman(session.convocation) if session.convocation else "—"
        raise SessionError(f"this body already has session No. {session.number} of convocation {roman}")
    place = _two(session, "place")
    chair = _two(session, "chair")
    secretary = _two(session, "secretary")
    nxt = session.next_session
    row = {
        "body_id": body_id, "convocation": session.convocation, "number": session.number,
        "extraordinary": int(session.extraordinary), "start_date": session.start.isoformat(),
        "end_date": session.end.isoformat() if session.end else None, "time": session.time,
        "place_ru": place[0], "place_kk": place[1], "chair_ru": chair[0], "chair_kk": chair[1],
        "secretary_ru": secretary[0], "secretary_kk": secretary[1],
        "notice_sent": session.notice_sent.isoformat() if session.notice_sent else None,
        "materials_sent": session.materials_sent.isoformat() if session.materials_sent else None,
        "protocol_number": session.protocol_number, "running_start": session.running_start,
        "next_date": nxt.date.isoformat() if nxt and nxt.date else None,
        "next_time": nxt.time if nxt else "", "next_place": nxt.place if nxt else "",
        "next_agenda": json.dumps(nxt.agenda if nxt else [], ensure_ascii=False),
        "next_steps": json.dumps(session.next_steps, ensure_ascii=False),
    }
    with ws.atomic():
        if session.id and records.find(ws, "sessions", session.id):
            records.update(ws, "sessions", session.id, row, log=True, entity="session")
            action = "updated"
            kept_raised, previous = _clear_children(ws, session.id)
        else:
            session.id = records.insert(ws, "sessions", dict(row, id=session.id) if session.id else row, log=True,
                                        entity="session")
            action = "created"
            kept_raised = {}
            previous = _Previous(ws, session.id)
        sid = session.id
        for i, a in enumerate(session.attendance):
            name = _two(a, "name")
            previous.put(ws, "session_attendance", sid, i, {
                "session_id": sid, "member_id": a.member_id, "name_ru": name[0], "name_kk": name[1],
                "present": int(a.present), "reason": a.reason, "sort_order": i})
        for i, text in enumerate(session.invited):
            previous.put(ws, "session_invited", sid, i, {"session_id": sid, "text_ru": text, "text_kk": "", "sort_order": i})
        raised_order = 0
        for position, (item, result) in enumerate(zip(session.agenda, ev.items, strict=True), start=1):
            title = _two(item, "title")
            if not (title[0] or title[1]):
                raise SessionError(f"agenda item {position} has no title")
            rapporteur, heard, draft = _two(item, "rapporteur"), _two(item, "heard"), _two(item, "draft_decision")
            data = {"session_id": sid, "position": position, "title_ru": title[0], "title_kk": title[1],
                    "rapporteur_ru": rapporteur[0], "rapporteur_kk": rapporteur[1],
                    "co_rapporteurs": json.dumps(item.co_rapporteurs, ensure_ascii=False),
                    "heard_ru": heard[0], "heard_kk": heard[1], "draft_decision_ru": draft[0],
                    "draft_decision_kk": draft[1]}
            if item.id:
                data["id"] = item.id
                item.id = previous.put(ws, "agenda_items", sid, item.id, data)
            else:
                item.id = records.insert(ws, "agenda_items", data)
            for j, sp in enumerate(item.speakers):
                previous.put(ws, "agenda_speakers", item.id, j, {"item_id": item.id, "name": sp.name, "text": sp.text,
                                                                 "sort_order": j})
            if item.votes is not None:
                previous.put(ws, "agenda_votes", item.id, None, {
                    "item_id": item.id, "votes_for": item.votes.in_favour, "votes_against": item.votes.against,
                    "votes_abstained": item.votes.abstained, "present_at_vote": item.present,
                    "chair_vote": item.chair_vote})
            decision = _two(item, "decision_text")
            if decision[0] or decision[1] or result.number or item.votes is not None:
                previous.put(ws, "session_decisions", item.id, None, {
                    "item_id": item.id, "number": result.number, "number_manual": int(bool(item.decision_number)),
                    "text_ru": decision[0], "text_kk": decision[1], "status": result.status.value,
                    "adopted": int(result.adopted)})
            for j, doc_id in enumerate(item.document_ids):
                previous.put(ws, "agenda_documents", item.id, j,
                             {"item_id": item.id, "document_id": doc_id, "sort_order": j})
            for raised in item.raised:
                raised_order += 1
                _insert_raised(ws, sid, item.id, raised, raised_order, kept_raised)
        for kept in kept_raised.values():  # session-level raised items survive a re-save
            if kept["item_id"] is None:
                raised_order += 1
                records.insert(ws, "session_raised", dict(kept, sort_order=raised_order))
        ws.events.append("session", sid, "saved", {"items": len(session.agenda), "adopted": ev.adopted_count,
                                                   "present": session.present_count})
    return {action: sid, "id": sid, "numbers": [r.number for r in ev.items],
            "adopted": [r.adopted for r in ev.items], "quorum": ev.quorum.met,
            "warnings": [w.code for w in ev.warnings]}


def _insert_raised(ws: Workspace, session_id: str, item_id: str | None, r: RaisedItem, order: int,
                   kept: dict[str, dict[str, Any]]) -> None:
    previous = kept.pop(r.id, None) if r.id else None
    data = {"session_id": session_id, "item_id": item_id, "kind": r.kind.value, "addressee": r.addressee,
            "text": r.text, "due": r.due.isoformat() if r.due else None, "followup_id": r.item_id,
            "sort_order": order}
    if previous:
        data["id"] = previous["id"]
        data["followup_id"] = previous["followup_id"] or r.item_id
        data["created_at"] = previous["created_at"]
    records.insert(ws, "session_raised", data)


_ITEM_CHILDREN = ("agenda_speakers", "agenda_votes", "session_decisions", "agenda_documents")
_SESSION_CHILDREN = ("agenda_items", "session_attendance", "session_invited")


class _Previous:
    """The child rows of a session as they were before a save, so that a row written again at the same
    place (the 3rd attendee, the vote of an item, the decision of an item) keeps its id — and, when its
    content did not change, its timestamps. A re-save then changes only what really changed: exchange
    packages carry real edits, a follow-up item's link to a decision stays valid, and two laptops that
    edit the same session merge row by row instead of doubling the attendance list."""

    def __init__(self, ws: Workspace, session_id: str) -> None:
        self.rows: dict[tuple[str, str, Any], dict[str, Any]] = {}
        items = "SELECT id FROM agenda_items WHERE session_id = ?"
        for table in _ITEM_CHILDREN:
            for r in records.rows(ws, f"SELECT * FROM [{table}] WHERE item_id IN ({items})",  # noqa: S608 - fixed names
                                  [session_id]):
                self.rows[(table, r["item_id"], r.get("sort_order"))] = r
        for table in _SESSION_CHILDREN:
            for r in records.rows(ws, f"SELECT * FROM [{table}] WHERE session_id = ?", [session_id]):  # noqa: S608
                key = r["id"] if table == "agenda_items" else r.get("sort_order")
                self.rows[(table, session_id, key)] = r

    def put(self, ws: Workspace, table: str, parent_id: str, key: Any, data: dict[str, Any]) -> str:
        """Insert ``data`` as the child ``key`` of ``parent_id`` (a position, or None for the one row of an
        item), reusing the previous row's id (else one derived from the parent and key)."""
        prev = self.rows.get((table, parent_id, key))
        row = dict(data)
        if "id" not in row:
            row["id"] = prev["id"] if prev else str(uuid.uuid5(_CHILD_IDS, f"{table}/{parent_id}/{key}"))
        if prev and prev["id"] == row["id"]:
            if all(prev.get(k) == v for k, v in row.items()):
                ws.db.table(table).insert({**row, "created_at": prev["created_at"], "updated_at": prev["updated_at"],
                                           "updated_by": prev["updated_by"]})
                return str(row["id"])
            row["created_at"] = prev["created_at"]
        return records.insert(ws, table, row)


_CHILD_IDS = uuid.UUID("6f1d2c4e-9a53-4d0b-8a6e-5b1f3c7d2e90")


def _clear_children(ws: Workspace, session_id: str) -> tuple[dict[str, dict[str, Any]], _Previous]:
    """Delete the session's child rows before they are written again; returns the raised rows by id so
    links to the follow-up tracker are kept, and the other rows (see :class:`_Previous`)."""
    kept = {r["id"]: r for r in records.rows(ws, "SELECT * FROM session_raised WHERE session_id = ?", [session_id])}
    for r in kept.values():
        r.pop("updated_at", None)
        r.pop("updated_by", None)
    previous = _Previous(ws, session_id)
    item_ids = "SELECT id FROM agenda_items WHERE session_id = ?"
    for table in _ITEM_CHILDREN:
        ws.db.execute(f"DELETE FROM [{table}] WHERE item_id IN ({item_ids})", [session_id])  # noqa: S608 - fixed names
    for table in ("session_raised", *_SESSION_CHILDREN):
        ws.db.execute(f"DELETE FROM [{table}] WHERE session_id = ?", [session_id])  # noqa: S608 - fixed names
    return kept, previous


def delete_session(ws: Workspace, session_id: str) -> dict[str, Any]:
    with ws.atomic():
        records.get(ws, "sessions", session_id)
        _clear_children(ws, session_id)
        ws.db.execute("DELETE FROM session_outputs WHERE session_id = ?", [session_id])
        records.delete(ws, "sessions", session_id, log=True, entity="session")
    return {"deleted": session_id}


def session_report(ws: Workspace, session_id: str, lang: str = "ru") -> dict[str, Any]:
    s = load_session(ws, session_id)
    return core.evaluation_to_dict(s, core.evaluate(s), lang)


# ------------------------------------------------------------------------------------------- raised items
FOLLOWUP_KINDS = {RaisedKind.RECOMMENDATION: "recommendation", RaisedKind.INQUIRY: "deputy_inquiry"}


def raise_items(ws: Workspace, session_id: str, item_id: str | None, items: list[RaisedItem],
                sent: _dt.date | None = None) -> dict[str, Any]:
    """Record recommendations / inquiries raised at a session (under one agenda item or the whole session)
    and, where the follow-up tracker is installed, create its items in the same transaction (sent on
    ``sent``, by default the session's last day; the tracker computes the statutory answer term)."""
    followup = _followup_service()
    session = load_session(ws, session_id)
    sent_date = sent or session.last_day
    decision = None
    if item_id:
        decision = ws.db.execute("SELECT id, number FROM session_decisions WHERE item_id = ?", [item_id]).fetchone()
    created = []
    with ws.atomic():
        order = int(ws.db.execute("SELECT coalesce(max(sort_order), 0) FROM session_raised WHERE session_id = ?",
                                  [session_id]).fetchone()[0])
        for r in items:
            if not r.text.strip():
                raise SessionError("a recommendation or inquiry needs its text")
            if not r.addressee.strip():
                raise SessionError("a recommendation or inquiry needs its addressee")
            order += 1
            followup_id = None
            due = r.due
            if followup is not None:
                ref = None
                if decision and decision[1]:
                    ref = f"решение № {decision[1]} от {session.last_day.strftime('%d.%m.%Y')}"
                made = followup.create_item(
                    ws, text=r.text, addressees=[r.addressee], sent=sent_date, kind=FOLLOWUP_KINDS[r.kind],
                    body_id=_body_id(ws, session_id),
                    convocation=core.to_roman(session.convocation) if session.convocation else None,
                    session_id=session_id, session_decision_id=decision[0] if decision else None,
                    session_decision_ref=ref)
                followup_id = str(made["id"])
                if due is None and made.get("due"):
                    due = parse_iso(str(made["due"]))
            rid = records.insert(ws, "session_raised", {
                "session_id": session_id, "item_id": item_id, "kind": r.kind.value, "addressee": r.addressee,
                "text": r.text, "due": due.isoformat() if due else None, "followup_id": followup_id,
                "sort_order": order}, log=True, entity="session_raised")
            created.append({"id": rid, "followup_id": followup_id, "due": due.isoformat() if due else None})
    return {"session_id": session_id, "created": created, "followup_linked": followup is not None}


def _followup_service() -> Any:
    """The follow-up tracker's service module when that area is installed, else None."""
    try:
        module = importlib.import_module("deputydesk.services.followup")
    except ModuleNotFoundError:
        return None
    return module if callable(getattr(module, "create_item", None)) else None


def _body_id(ws: Workspace, session_id: str) -> str:
    return str(ws.db.execute("SELECT body_id FROM sessions WHERE id = ?", [session_id]).fetchone()[0])


# ------------------------------------------------------------------------------------------- documents
def build_document(session: Session, kind: str, lang: str, raised: list[RaisedItem] | None = None) -> Any:
    from deputydesk.render import protocol

    if kind not in DOCUMENT_KINDS:
        raise SessionError(f"unknown document kind {kind!r}; one of {', '.join(DOCUMENT_KINDS)}")
    if kind == "protocol":
        return protocol.build_protocol(session, lang)
    if kind == "summary":
        return protocol.fit_summary(session, lang, [(None, r) for r in raised or []])
    return protocol.build_notice(notice_session(session), lang, session.notice_sent)


def notice_session(session: Session) -> Session:
    """The notice is about the NEXT session when one is planned, otherwise about this one."""
    nxt = session.next_session
    if nxt is None or nxt.date is None:
        return session
    return Session(body=session.body, convocation=session.convocation, number=session.number + 1, start=nxt.date,
                   time=nxt.time, place=nxt.place or session.place, chair=session.chair,
                   agenda=[AgendaItem(t) for t in nxt.agenda], alt={k: {n: v for n, v in d.items() if n == "chair"}
                                                                    for k, d in session.alt.items()})


def output_name(session: Session, kind: str, lang: str, fmt: str) -> str:
    conv = core.to_roman(session.convocation) if session.convocation else "0"
    return f"{kind}-{session.start.isoformat()}-{session.number}-{conv}-{lang}.{fmt}"


def render_document(ws: Workspace, progress: Progress | None, session_id: str, kind: str, lang: str, fmt: str,
                    out_dir: Path | str | None = None, *, copy: bool = True) -> dict[str, Any]:
    """Render a protocol / summary / notice, keep it in the file store (listed with the session) and write
    a copy to ``out_dir`` (default: the workspace's ``exports/sessions`` folder) unless ``copy`` is False.
    Returns the copy's path (None without a copy), the file id and the page count."""
    from deputydesk.render.sessions_layout import docx_bytes, pdf_bytes_and_pages

    progress = progress or NULL_PROGRESS
    if lang not in LANGS:
        raise SessionError(f"documents are printed in Kazakh or Russian, not {lang!r}")
    if fmt not in FORMATS:
        raise SessionError(f"format must be pdf or docx, not {fmt!r}")
    progress.update(0, 3, "load")
    session = load_session(ws, session_id)
    progress.check()
    progress.update(1, 3, "render")
    doc = build_document(session, kind, lang, session_level_raised(ws, session_id) + tracker_items(ws, session_id))
    if fmt == "pdf":
        data, pages = pdf_bytes_and_pages(doc)
    else:
        data, pages = docx_bytes(doc), 0
    progress.check()
    progress.update(2, 3, "save")
    name = output_name(session, kind, lang, fmt)
    path: Path | None = None
    if copy:
        folder = Path(out_dir) if out_dir else ws.root / "exports" / "sessions"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / name
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
    with ws.atomic():
        file_id = ws.files.put_bytes(data, original_name=name, mime=MIME[fmt])
        old = ws.db.execute("SELECT id FROM session_outputs WHERE session_id = ? AND kind = ? AND lang = ? AND format = ?",
                            [session_id, kind, lang, fmt]).fetchone()
        row = {"session_id": session_id, "kind": kind, "lang": lang, "format": fmt, "file_id": file_id, "pages": pages}
        if old:
            records.update(ws, "session_outputs", old[0], row, log=True, entity="session_output")
        else:
            records.insert(ws, "session_outputs", row, log=True, entity="session_output")
    progress.update(3, 3, "done")
    return {"path": str(path) if path else None, "file_id": file_id, "pages": pages, "kind": kind, "lang": lang, "format": fmt}


def list_outputs(ws: Workspace, session_id: str) -> list[dict[str, Any]]:
    return records.rows(ws, "SELECT id, kind, lang, format, file_id, pages, updated_at FROM session_outputs "
                            "WHERE session_id = ? ORDER BY kind, lang, format", [session_id])


# ------------------------------------------------------------------------------------------- checks
def integrity_problems(ws: Workspace) -> list[dict[str, Any]]:
    """Orphaned session rows and generated documents whose file is gone."""
    problems: list[dict[str, Any]] = []
    checks = [
        ("orphan_agenda_item", "SELECT count(*) FROM agenda_items WHERE session_id NOT IN (SELECT id FROM sessions)",
         "agenda items without their session"),
        ("orphan_attendance", "SELECT count(*) FROM session_attendance WHERE session_id NOT IN (SELECT id FROM sessions)",
         "attendance rows without their session"),
        ("orphan_vote", "SELECT count(*) FROM agenda_votes WHERE item_id NOT IN (SELECT id FROM agenda_items)",
         "votes without their agenda item"),
        ("output_file_missing", "SELECT count(*) FROM session_outputs WHERE file_id NOT IN (SELECT id FROM files)",
         "generated session documents whose file is missing from the file store"),
    ]
    for code, sql, text in checks:
        n = int(ws.db.execute(sql).fetchone()[0])
        if n:
            problems.append({"area": "sessions", "code": code, "message": f"{n} {text}"})
    return problems
