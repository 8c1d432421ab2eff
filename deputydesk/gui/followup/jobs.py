"""Background calls of the follow-up area: each runs on a worker thread as ``fn(ws, progress, *args)``
through ``ctx.tasks.run`` and returns plain data. Nothing here touches widgets."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any

from deputydesk.services import followup as svc


def load_dashboard(ws: Any, progress: Any, on: str) -> dict[str, Any]:
    return svc.dashboard(ws, on=on)


def load_list(ws: Any, progress: Any, on: str, year: int | None, overdue: bool) -> list[dict[str, Any]]:
    return svc.list_items(ws, on=on, year=year, overdue=overdue)


def load_years(ws: Any, progress: Any) -> list[int]:
    rows = ws.db.execute("SELECT DISTINCT substr(sent_date, 1, 4) FROM followup_items ORDER BY 1 DESC").fetchall()
    return [int(r[0]) for r in rows if r[0]]


def load_item(ws: Any, progress: Any, item_id: str, lang: str, reveal: bool = False) -> dict[str, Any]:
    return svc.get_item(ws, item_id, lang=lang, reveal_personal=reveal)


def load_organisations(ws: Any, progress: Any) -> list[dict[str, Any]]:
    from deputydesk.storage import records

    return records.rows(ws, "SELECT id, name_ru, name_kk, parent_id FROM organisations WHERE active = 1 "
                            "ORDER BY (parent_id IS NOT NULL), sort_order, name_ru")


def create_item(ws: Any, progress: Any, data: dict[str, Any]) -> dict[str, Any]:
    return svc.create_item(ws, **data)


def update_item(ws: Any, progress: Any, item_id: str, changes: dict[str, Any], points: list[str] | None,
                citizen: dict[str, Any] | None, add_addressees: list[str],
                document_ids: list[str] | None = None) -> dict[str, Any]:
    with ws.atomic():
        out = svc.update_item(ws, item_id, changes, points=points, citizen=citizen, document_ids=document_ids)
        for org in add_addressees:
            svc.add_addressee(ws, item_id, org)
    return out


def read_file(ws: Any, progress: Any, path: str) -> str:
    return svc.read_reply_file(Path(path))


def read_document(ws: Any, progress: Any, doc_id: str) -> dict[str, Any]:
    """A library document's text (the reply; pages apart by a blank line) and its record (number, date)."""
    from deputydesk.services import library

    rows = library.document_rows(ws, [doc_id])
    if doc_id not in rows:
        raise library.LibraryError(f"document {doc_id} does not exist")
    pages = [p.strip("\n") for p in library.document_pages(ws, doc_id)]
    return {"id": doc_id, "text": "\n\n".join(p for p in pages if p.strip()), "row": rows[doc_id]}


def suggest(ws: Any, progress: Any, text: str, points: list[str], lang: str | None, on_time: bool | None,
            signatory: str | None, answers: dict[int, str], kind: str, ui_lang: str) -> dict[str, Any]:
    from deputydesk.core import verdict as vd

    s = vd.suggest_verdict(text, points, recommendation_language=lang, on_time=on_time,
                           signatory=signatory or None, point_answers=answers or None,
                           kind=kind if kind != "other" else "recommendation")
    data = s.to_dict(ui_lang)
    data["evidence"] = [h.to_dict() for h in s.evidence]
    return data


def register_reply(ws: Any, progress: Any, addressee_id: str, data: dict[str, Any]) -> dict[str, Any]:
    return svc.register_reply(ws, addressee_id, **data)


def suggestion_for_reply(ws: Any, progress: Any, reply_id: str, lang: str) -> dict[str, Any]:
    return svc.suggest_for_reply(ws, reply_id, lang=lang)


def set_answers(ws: Any, progress: Any, reply_id: str, answers: dict[int, str]) -> dict[str, Any]:
    return svc.set_point_answers(ws, reply_id, answers)


def confirm_verdict(ws: Any, progress: Any, addressee_id: str, result: str, reply_id: str | None,
                    note: str, on: str) -> dict[str, Any]:
    return svc.confirm_verdict(ws, addressee_id, result, reply_id=reply_id, note=note or None, reviewed_on=on)


def record_implementation(ws: Any, progress: Any, addressee_id: str, data: dict[str, Any]) -> dict[str, Any]:
    return svc.record_implementation(ws, addressee_id, **data)


def term_event(ws: Any, progress: Any, addressee_id: str, data: dict[str, Any]) -> dict[str, Any]:
    return svc.add_term_event(ws, addressee_id, **data)


def registration(ws: Any, progress: Any, addressee_id: str, date: str, number: str | None) -> dict[str, Any]:
    return svc.set_registration(ws, addressee_id, date, number or None)


def close(ws: Any, progress: Any, addressee_id: str, reason: str, on: str) -> dict[str, Any]:
    return svc.close_addressee(ws, addressee_id, reason, on=on)


def reopen(ws: Any, progress: Any, addressee_id: str) -> dict[str, Any]:
    return svc.reopen_addressee(ws, addressee_id, "reopened by a person")


def load_scorecards(ws: Any, progress: Any, year: int | None) -> list[dict[str, Any]]:
    return svc.scorecards(ws, year=year)


def export(ws: Any, progress: Any, rows: list[dict[str, Any]], columns: list[tuple[str, str]],
           path: str) -> str:
    return str(svc.export_table(rows, columns, path))


def annual_report(ws: Any, progress: Any, year: int, path: str, lang: str) -> str:
    return str(svc.annual_report(ws, year, path, lang=lang))


def load_calendar(ws: Any, progress: Any, year: int, lang: str = "en") -> dict[str, Any]:
    from deputydesk.core import deadlines as dl

    cal = svc.load_calendar(ws)
    days = []
    for info in cal.year_days(year):
        name = ""
        if info.holiday:
            name = dl.holiday_name(info.holiday, lang)
        days.append({"date": info.day.isoformat(), "weekday": info.day.isoweekday(), "kind": info.kind,
                     "holiday": info.holiday, "name": name, "from": info.transfer_from.isoformat()
                     if info.transfer_from else None, "note": info.note, "estimated": info.estimated})
    return {"year": year, "days": days, "overrides": svc.list_overrides(ws)}


def add_override(ws: Any, progress: Any, day: str, kind: str, note: str) -> dict[str, Any]:
    return svc.add_override(ws, day, kind, note)


def remove_override(ws: Any, progress: Any, override_id: str) -> dict[str, Any]:
    return svc.remove_override(ws, override_id)


def today_iso() -> str:
    return _dt.date.today().isoformat()
