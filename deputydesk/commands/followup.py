"""Follow-up commands: ``deadline``, ``rec add|respond|list|show|register|extend|pause|verdict|implement|
close|scorecards|export|report`` and ``calendar list|add|remove``.

JSON keys (DESIGN.md §4): ``deadline`` → code, start, due, unit, steps; ``rec add`` → id, due, addressees;
``rec respond`` → reply_id, on_time, suggested_verdict, hints; ``rec list`` → one object per addressee
with addressee, due, status, verdict (and more keys; named keys stay).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import sys
from pathlib import Path
from typing import Any

from deputydesk.cli import EXIT_FAILED, EXIT_OK, CommandContext, UsageError, json_flag


def register(sub: Any) -> None:
    from deputydesk.core.deadlines import REGIME_CODES, START_KINDS
    from deputydesk.core.followup import EXECUTIVE_CLAIMS, IMPLEMENTATION_LEVELS, KINDS, STATUSES
    from deputydesk.core.verdict import VERDICTS

    p = sub.add_parser(
        "deadline", help="compute a statutory answer term and show how it was counted",
        description="Compute the due date of an answer term (Kazakhstan working days, holidays, transfers, "
                    "month ends) and print the steps of the calculation. Codes: " + ", ".join(REGIME_CODES))
    p.add_argument("code", choices=REGIME_CODES, metavar="CODE", help="term code: " + ", ".join(REGIME_CODES))
    p.add_argument("--start", required=True, metavar="DATE",
                   help="date the addressee registered (or received, or we sent) the letter")
    p.add_argument("--start-kind", choices=START_KINDS, default="registered",
                   help="what the start date is (default: registered)")
    p.add_argument("--amount", type=int, help="custom term: length")
    p.add_argument("--unit", choices=["months", "working_days", "calendar_days"], help="custom term: unit")
    p.add_argument("--date", metavar="DATE", help="custom term: the exact date set in the letter")
    p.add_argument("--lang", choices=["en", "ru", "kk"], default="en", help="language of the steps")
    json_flag(p)
    p.set_defaults(func=cmd_deadline)

    rec = sub.add_parser("rec", help="follow-up of recommendations and inquiries",
                         description="Outgoing recommendations, inquiries and requests: terms, replies, the "
                                     "council's verdict and implementation.")
    rs = rec.add_subparsers(dest="rec_command", metavar="ACTION", required=True, parser_class=type(rec))

    p = rs.add_parser("add", help="register an outgoing item")
    p.add_argument("--to", action="append", required=True, metavar="ORG",
                   help="addressee (organisation name or id); repeat for several addressees")
    p.add_argument("--text", required=True, help="text of the item (numbered points are split)")
    p.add_argument("--sent", required=True, metavar="DATE", help="date the letter was sent")
    p.add_argument("--regime", choices=REGIME_CODES, metavar="CODE", help="term code (default by kind)")
    p.add_argument("--kind", choices=KINDS, default="recommendation")
    p.add_argument("--number", help="our outgoing registry number")
    p.add_argument("--registered", metavar="DATE", help="date the addressee registered the letter")
    p.add_argument("--title")
    p.add_argument("--lang", choices=["kk", "ru"], help="language of the item (detected when omitted)")
    p.add_argument("--amount", type=int, help="custom term: length")
    p.add_argument("--unit", choices=["months", "working_days", "calendar_days"], help="custom term: unit")
    p.add_argument("--date", metavar="DATE", help="custom term: exact date")
    p.add_argument("--decision", help="session decision it comes from, e.g. 'решение № 12-3/VIII'")
    p.add_argument("--citizen-name")
    p.add_argument("--citizen-iin", help="citizen's IIN (stored encrypted)")
    p.add_argument("--citizen-phone", help="citizen's phone (stored encrypted)")
    json_flag(p)
    p.set_defaults(func=cmd_add)

    p = rs.add_parser("respond", help="register a reply and get a suggested verdict")
    p.add_argument("id", metavar="ID", help="addressee id, or item id when the item has one addressee")
    p.add_argument("--to", metavar="ORG", help="pick the addressee of a multi-addressee item")
    p.add_argument("--received", required=True, metavar="DATE")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--file", type=Path, help="the reply (.txt, .docx, .pdf); stored in the workspace")
    src.add_argument("--text", help="the reply's text")
    p.add_argument("--number", help="our incoming registration number")
    p.add_argument("--signatory", help="position of the person who signed (read from the text when omitted)")
    p.add_argument("--claim", choices=EXECUTIVE_CLAIMS, help="what the executive says about itself")
    p.add_argument("--answer", action="append", default=[], metavar="N=ANSWER",
                   help="per-point answer recorded by a person, e.g. 2=rejected (repeatable)")
    json_flag(p)
    p.set_defaults(func=cmd_respond)

    p = rs.add_parser("list", help="list addressees with their terms and status")
    p.add_argument("--overdue", action="store_true", help="only answers overdue on the date")
    p.add_argument("--on", metavar="DATE", help="as things stood at the end of this day (default today)")
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--kind", choices=KINDS)
    p.add_argument("--year", type=int, help="items sent in this year")
    p.add_argument("--search", help="text in the title, text, number or addressee")
    json_flag(p)
    p.set_defaults(func=cmd_list)

    p = rs.add_parser("show", help="show one item with its terms, replies, verdicts and timeline")
    p.add_argument("id", metavar="ID")
    p.add_argument("--lang", choices=["en", "ru", "kk"], default="en")
    p.add_argument("--on", metavar="DATE")
    json_flag(p)
    p.set_defaults(func=cmd_show)

    p = rs.add_parser("register", help="record the date the addressee registered our letter")
    p.add_argument("id", metavar="ID")
    p.add_argument("--to", metavar="ORG")
    p.add_argument("--date", required=True, metavar="DATE")
    p.add_argument("--number", help="the addressee's registration number")
    json_flag(p)
    p.set_defaults(func=cmd_register)

    p = rs.add_parser("extend", help="record an extension of the term (an event)")
    p.add_argument("id", metavar="ID")
    p.add_argument("--to", metavar="ORG")
    p.add_argument("--date", required=True, metavar="DATE", help="date of the extension decision")
    p.add_argument("--new-end", metavar="DATE")
    p.add_argument("--days", type=int, help="extend by this many days")
    p.add_argument("--unit", choices=["calendar_days", "working_days", "months"], default="calendar_days")
    p.add_argument("--reason", default="")
    json_flag(p)
    p.set_defaults(func=cmd_extend)

    p = rs.add_parser("pause", help="record a pause of the term (an event)")
    p.add_argument("id", metavar="ID")
    p.add_argument("--to", metavar="ORG")
    p.add_argument("--from", dest="start", required=True, metavar="DATE", help="first paused day")
    p.add_argument("--until", metavar="DATE", help="last paused day (omit while still paused)")
    p.add_argument("--reason", default="")
    json_flag(p)
    p.set_defaults(func=cmd_pause)

    p = rs.add_parser("verdict", help="confirm the council's verdict on an addressee's answer")
    p.add_argument("id", metavar="ID")
    p.add_argument("--to", metavar="ORG")
    p.add_argument("--result", required=True, choices=VERDICTS)
    p.add_argument("--on", metavar="DATE")
    p.add_argument("--note")
    json_flag(p)
    p.set_defaults(func=cmd_verdict)

    p = rs.add_parser("implement", help="record a check of implementation (fully closes the item)")
    p.add_argument("id", metavar="ID")
    p.add_argument("--to", metavar="ORG")
    p.add_argument("--level", required=True, choices=IMPLEMENTATION_LEVELS)
    p.add_argument("--on", metavar="DATE")
    p.add_argument("--evidence", default="")
    p.add_argument("--recheck", metavar="DATE", help="date to check again")
    json_flag(p)
    p.set_defaults(func=cmd_implement)

    p = rs.add_parser("close", help="take an addressee off control (a person's decision)")
    p.add_argument("id", metavar="ID")
    p.add_argument("--to", metavar="ORG")
    p.add_argument("--reason", required=True)
    p.add_argument("--on", metavar="DATE")
    json_flag(p)
    p.set_defaults(func=cmd_close)

    p = rs.add_parser("scorecards", help="per-addressee figures: on time %%, justified %%, implemented %%")
    p.add_argument("--year", type=int)
    p.add_argument("--on", metavar="DATE")
    json_flag(p)
    p.set_defaults(func=cmd_scorecards)

    p = rs.add_parser("export", help="export the list as CSV or XLSX")
    p.add_argument("--out", required=True, type=Path, help="FILE.csv or FILE.xlsx")
    p.add_argument("--overdue", action="store_true")
    p.add_argument("--on", metavar="DATE")
    p.add_argument("--year", type=int)
    p.add_argument("--lang", choices=["en", "ru", "kk"], default="ru")
    json_flag(p)
    p.set_defaults(func=cmd_export)

    p = rs.add_parser("report", help="the council's annual follow-up report (DOCX or PDF)")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--out", required=True, type=Path, help="FILE.pdf or FILE.docx")
    p.add_argument("--lang", choices=["ru", "kk"], default="ru")
    p.add_argument("--on", metavar="DATE")
    json_flag(p)
    p.set_defaults(func=cmd_report)

    cal = sub.add_parser("calendar", help="corrections of the working-day calendar (transfers)",
                         description="Add a transferred day off or a working Saturday announced after this "
                                     "release; every open item is recomputed.")
    cs = cal.add_subparsers(dest="cal_command", metavar="ACTION", required=True, parser_class=type(cal))
    p = cs.add_parser("list", help="list the corrections")
    json_flag(p)
    p.set_defaults(func=cmd_cal_list)
    p = cs.add_parser("add", help="add a day off or a working day")
    p.add_argument("day", metavar="DATE")
    p.add_argument("--kind", required=True, choices=["day_off", "working_day"])
    p.add_argument("--note", default="")
    json_flag(p)
    p.set_defaults(func=cmd_cal_add)
    p = cs.add_parser("remove", help="remove a correction (by date or id)")
    p.add_argument("day", metavar="DATE_OR_ID")
    json_flag(p)
    p.set_defaults(func=cmd_cal_remove)


# ------------------------------------------------------------------------------------------ helpers


def _fail(ctx: CommandContext, exc: Exception) -> int:
    ctx.info(f"deputydesk: {exc}")
    if ctx.json:
        ctx.emit({"ok": False, "error": str(exc)})
    return EXIT_FAILED


def _date(value: str | None, name: str) -> _dt.date | None:
    from deputydesk.core.followup import optional_date

    return optional_date(value, name)


def _resolve(ws: Any, ident: str, to: str | None = None) -> str:
    """An addressee id from an addressee id, an item id (+ --to) or a unique id prefix."""
    from deputydesk.core.followup import FollowupError
    from deputydesk.storage import records

    ident = ident.strip()
    if not ident:
        raise FollowupError("ID: empty")

    def match(table: str) -> list[str]:
        rows = records.rows(ws, f"SELECT id FROM {table} WHERE id = ? OR id LIKE ?", [ident, ident + "%"])  # noqa: S608
        exact = [r["id"] for r in rows if r["id"] == ident]
        return exact or [r["id"] for r in rows]

    addressees = match("followup_addressees")
    if len(addressees) == 1 and not to:
        return addressees[0]
    items = match("followup_items")
    if len(items) > 1 or len(addressees) > 1:
        raise FollowupError(f"ID {ident}: more than one record starts with it; give more characters")
    if not items:
        if addressees:
            return addressees[0]
        raise FollowupError(f"ID {ident}: no item or addressee has this id")
    rows = records.rows(ws, "SELECT id, org_name, org_name_kk, organisation_id FROM followup_addressees "
                            "WHERE item_id = ? ORDER BY sort_order", [items[0]])
    if to:
        folded = to.casefold()
        picked = [r for r in rows if folded in (r["org_name"] or "").casefold()
                  or folded in (r["org_name_kk"] or "").casefold() or r["organisation_id"] == to or r["id"] == to]
        if len(picked) != 1:
            raise FollowupError(f"--to {to}: matches {len(picked)} addressees of the item")
        return str(picked[0]["id"])
    if len(rows) != 1:
        names = "; ".join(r["org_name"] for r in rows)
        raise FollowupError(f"ID {ident}: the item has {len(rows)} addressees ({names}); pick one with --to")
    return str(rows[0]["id"])


def _errors() -> tuple[type[Exception], ...]:
    from deputydesk.core.deadlines import TermError
    from deputydesk.core.followup import FollowupError
    from deputydesk.exchange.fieldcrypt import SecretsError, SecretsUnavailable
    from deputydesk.storage.records import NotFound

    return (FollowupError, TermError, NotFound, SecretsUnavailable, SecretsError)


def _table(rows: list[list[str]]) -> str:
    if not rows:
        return ""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows)


# ------------------------------------------------------------------------------------------- deadline


def cmd_deadline(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.core import deadlines as dl

    try:
        start = _date(args.start, "--start")
        assert start is not None
        kwargs: dict[str, Any] = {}
        if args.code == "custom":
            if args.date:
                kwargs["exact_date"] = _date(args.date, "--date")
            else:
                kwargs["amount"], kwargs["unit"] = args.amount, args.unit
        elif args.amount or args.unit or args.date:
            raise UsageError("--amount, --unit and --date apply to the custom code only")
        calendar = None
        from deputydesk.storage.workspace import DB_NAME

        if (ctx.workspace_path / DB_NAME).is_file():
            from deputydesk.services.followup import load_calendar

            calendar = load_calendar(ctx.workspace())
        result = dl.compute_due(args.code, start, start_kind=args.start_kind, calendar=calendar, **kwargs)
    except _errors() as exc:
        return _fail(ctx, exc)
    data = result.to_dict(args.lang)
    ctx.emit(data, lambda d: "\n".join([f"{d['code']}: due {d['due']}", *("  " + s for s in d["steps"])]))
    return EXIT_OK


# ---------------------------------------------------------------------------------------------- rec


def cmd_add(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services import followup as svc

    citizen = None
    if args.citizen_name or args.citizen_iin or args.citizen_phone:
        citizen = {"name": args.citizen_name, "iin": args.citizen_iin, "phone": args.citizen_phone}
    try:
        result = svc.create_item(
            ctx.workspace(), text=args.text, addressees=args.to, sent=args.sent, kind=args.kind,
            regime=args.regime, registry_number=args.number, registered=args.registered, title=args.title,
            lang=args.lang, custom_amount=args.amount, custom_unit=args.unit, custom_date=args.date,
            session_decision_ref=args.decision, citizen=citizen)
    except _errors() as exc:
        return _fail(ctx, exc)
    ctx.emit(result, lambda r: "\n".join(
        [f"Item {r['id']} ({r['points']} point(s)), earliest due {r['due']}"]
        + [f"  {a['id'][:8]}  {a['organisation']}: due {a['due']} ({a['regime']}, from {a['start_kind']} "
           f"{a['start']})" for a in r["addressees"]]))
    return EXIT_OK


def cmd_respond(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.core.followup import FollowupError
    from deputydesk.services import followup as svc

    try:
        answers = {}
        for a in args.answer:
            number, _, answer = a.partition("=")
            if not number.strip().isdigit() or not answer:
                raise FollowupError(f"--answer {a}: use N=accepted|partly|rejected|not_addressed")
            answers[int(number)] = answer.strip()
        ws = ctx.workspace()
        aid = _resolve(ws, args.id, args.to)
        result = svc.register_reply(ws, aid, received=args.received, text=args.text, file=args.file,
                                    incoming_number=args.number, signatory_position=args.signatory,
                                    executive_claim=args.claim, point_answers=answers or None)
    except _errors() as exc:
        return _fail(ctx, exc)

    def human(r: dict[str, Any]) -> str:
        lines = [f"Reply {r['reply_id']} registered; {'on time' if r['on_time'] else 'LATE'} (due {r['due']}).",
                 f"Suggested verdict: {r['suggested_verdict']} (a person confirms with `rec verdict`)."]
        lines += [f"  - {x['text']}" for x in r["reasons"]]
        lines += [f"  [{h['code']}] {h['text']}" for h in r["hints"] if h["code"] not in ("point_marker",)]
        return "\n".join(lines)

    ctx.emit(result, human)
    return EXIT_OK


def cmd_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services import followup as svc

    try:
        rows = svc.list_items(ctx.workspace(), overdue=args.overdue, on=args.on, status=args.status,
                              kind=args.kind, year=args.year, query=args.search)
    except _errors() as exc:
        return _fail(ctx, exc)
    ctx.emit(rows, lambda rs: _table(
        [["number", "sent", "addressee", "due", "status", "verdict"]]
        + [[r["registry_number"] or r["item_id"][:8], r["sent"], (r["addressee"] or "")[:50], r["due"] or "—",
            r["status"] + (f" +{r['days_overdue']}d" if r["days_overdue"] else ""), r["verdict"] or ""]
           for r in rs]) or "No items.")
    return EXIT_OK


def cmd_show(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.core.followup import FollowupError
    from deputydesk.services import followup as svc
    from deputydesk.storage import records

    try:
        ws = ctx.workspace()
        item_id = args.id
        if records.find(ws, "followup_items", item_id) is None:
            aid = _resolve(ws, args.id)
            item_id = records.get(ws, "followup_addressees", aid)["item_id"]
        data = svc.get_item(ws, item_id, on=args.on, lang=args.lang)
    except (*_errors(), FollowupError) as exc:
        return _fail(ctx, exc)

    def human(d: dict[str, Any]) -> str:
        lines = [f"{d['kind']} {d['registry_number'] or ''} of {d['sent_date']}: {d['title']}"]
        lines += [f"  {p['number']}. {p['text']}" for p in d["points"]]
        for a in d["addressees"]:
            lines.append(f"- {a['organisation']} [{a['id'][:8]}]: due {a['due']} — {a['status']}")
            lines += [f"    {s}" for s in a["steps"]]
            lines += [f"    {e['date']} {e['stage']} {e['details']}" for e in a["timeline"]]
        return "\n".join(lines)

    ctx.emit(data, human)
    return EXIT_OK


def _on_addressee(args: argparse.Namespace, ctx: CommandContext, fn: Any, human: str) -> int:
    try:
        ws = ctx.workspace()
        aid = _resolve(ws, args.id, getattr(args, "to", None))
        result = fn(ws, aid)
    except _errors() as exc:
        return _fail(ctx, exc)
    ctx.emit(result, lambda r: human.format(**r))
    return EXIT_OK


def cmd_register(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services import followup as svc

    return _on_addressee(args, ctx, lambda ws, aid: svc.set_registration(ws, aid, args.date, args.number),
                         "Registration recorded; due {due}.")


def cmd_extend(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services import followup as svc

    if not args.new_end and not args.days:
        raise UsageError("give --new-end DATE or --days N")
    return _on_addressee(args, ctx, lambda ws, aid: svc.add_term_event(
        ws, aid, "extension", args.date, args.reason, new_end=args.new_end,
        amount=None if args.new_end else args.days, unit=None if args.new_end else args.unit),
        "Extension recorded; due {due}.")


def cmd_pause(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services import followup as svc

    return _on_addressee(args, ctx, lambda ws, aid: svc.add_term_event(
        ws, aid, "pause", args.start, args.reason, until=args.until), "Pause recorded; due {due}.")


def cmd_verdict(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services import followup as svc

    return _on_addressee(args, ctx, lambda ws, aid: svc.confirm_verdict(
        ws, aid, args.result, note=args.note, reviewed_on=args.on),
        "Verdict {result} recorded (suggested: {suggested}).")


def cmd_implement(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services import followup as svc

    return _on_addressee(args, ctx, lambda ws, aid: svc.record_implementation(
        ws, aid, args.level, checked_on=args.on, evidence=args.evidence, recheck_on=args.recheck),
        "Implementation {level} recorded on {checked_on}; closed: {closed}.")


def cmd_close(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services import followup as svc

    return _on_addressee(args, ctx, lambda ws, aid: svc.close_addressee(ws, aid, args.reason, on=args.on),
                         "Closed on {closed_on}.")


def cmd_scorecards(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services import followup as svc

    try:
        cards = svc.scorecards(ctx.workspace(), on=args.on, year=args.year)
    except _errors() as exc:
        return _fail(ctx, exc)

    def pct(v: Any) -> str:
        return "—" if v is None else f"{v:.0f}%"

    ctx.emit(cards, lambda cs: _table(
        [["addressee", "items", "on time", "justified", "implemented", "median days"]]
        + [[c["organisation"][:50], str(c["items"]), pct(c["on_time_pct"]), pct(c["justified_pct"]),
            pct(c["implemented_pct"]), "—" if c["median_days"] is None else f"{c['median_days']:.0f}"]
           for c in cs]) or "No items.")
    return EXIT_OK


EXPORT_COLUMNS = {
    "en": [("registry_number", "No."), ("sent", "Sent"), ("kind", "Kind"), ("title", "Title"),
           ("addressee", "Addressee"), ("due", "Due"), ("status", "Status"), ("days_overdue", "Days overdue"),
           ("first_reply", "Answered"), ("verdict", "Verdict"), ("implementation", "Implementation")],
    "ru": [("registry_number", "Исх. №"), ("sent", "Дата"), ("kind", "Вид"), ("title", "Содержание"),
           ("addressee", "Адресат"), ("due", "Срок ответа"), ("status", "Состояние"),
           ("days_overdue", "Просрочено дней"), ("first_reply", "Ответ получен"), ("verdict", "Оценка ответа"),
           ("implementation", "Исполнение")],
    "kk": [("registry_number", "Шығыс №"), ("sent", "Күні"), ("kind", "Түрі"), ("title", "Мазмұны"),
           ("addressee", "Адресат"), ("due", "Жауап мерзімі"), ("status", "Жағдайы"),
           ("days_overdue", "Кешіктірілген күндер"), ("first_reply", "Жауап алынды"),
           ("verdict", "Жауапты бағалау"), ("implementation", "Орындалуы")],
}


def cmd_export(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.core import followup as fu
    from deputydesk.core import verdict as vd
    from deputydesk.services import followup as svc

    try:
        rows = svc.list_items(ctx.workspace(), overdue=args.overdue, on=args.on, year=args.year)
        lang = args.lang
        for r in rows:
            r["kind"] = fu.kind_label(r["kind"], lang)
            r["status"] = fu.status_label(r["status"], lang)
            r["verdict"] = vd.verdict_label(r["verdict"], lang) if r["verdict"] else ""
            r["implementation"] = fu.level_label(r["implementation"], lang) if r["implementation"] else ""
            if lang == "kk" and r.get("addressee_kk"):
                r["addressee"] = r["addressee_kk"]
        path = svc.export_table(rows, EXPORT_COLUMNS[lang], args.out)
    except (*_errors(), OSError) as exc:
        return _fail(ctx, exc)
    ctx.emit({"out": str(path), "rows": len(rows)}, f"Exported {len(rows)} rows to {path}")
    return EXIT_OK


def cmd_report(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services import followup as svc

    try:
        path = svc.annual_report(ctx.workspace(), args.year, args.out, lang=args.lang, on=args.on)
    except (*_errors(), OSError) as exc:
        return _fail(ctx, exc)
    ctx.emit({"out": str(path)}, f"Report written to {path}")
    return EXIT_OK


# ------------------------------------------------------------------------------------------ calendar


def cmd_cal_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services import followup as svc

    rows = svc.list_overrides(ctx.workspace())
    ctx.emit(rows, lambda rs: _table([[r["day"], r["kind"], r["note"] or ""] for r in rs]) or "No corrections.")
    return EXIT_OK


def cmd_cal_add(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services import followup as svc

    try:
        result = svc.add_override(ctx.workspace(), args.day, args.kind, args.note)
    except (*_errors(), ValueError) as exc:
        return _fail(ctx, exc)
    ctx.emit(result, lambda r: f"{r['day']} is now a {r['kind'].replace('_', ' ')}; "
                               f"{len(r['recomputed'])} open item(s) got a new due date.")
    return EXIT_OK


def cmd_cal_remove(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.core.followup import FollowupError, optional_date
    from deputydesk.services import followup as svc

    try:
        ws = ctx.workspace()
        target = args.day
        rows = svc.list_overrides(ws)
        try:
            day = optional_date(target, "date")
            match = [r for r in rows if day and r["day"] == day.isoformat()]
        except FollowupError:
            match = []
        match = match or [r for r in rows if r["id"] == target]
        if not match:
            raise FollowupError(f"{target}: no calendar correction for this date")
        result = svc.remove_override(ws, match[0]["id"])
    except _errors() as exc:
        return _fail(ctx, exc)
    ctx.emit(result, lambda r: f"Removed; {len(r['recomputed'])} open item(s) got a new due date.")
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover - the module is loaded by deputydesk.cli
    sys.exit("run `deputydesk deadline|rec|calendar`")
