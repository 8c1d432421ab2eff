"""Letters commands: ``letter render``, and drafts, issuing, registers, reminders on a workspace."""

from __future__ import annotations

import argparse
import datetime as _dt
import json
from pathlib import Path
from typing import Any

from deputydesk.cli import EXIT_FAILED, EXIT_OK, CommandContext, UsageError, json_flag


def register(sub: Any) -> None:
    p = sub.add_parser("letter", help="formal letters: render, draft, issue, registers, reminders",
                       description="Formal letters on the council's letterhead (see the README, section Letters).")
    letter_sub = p.add_subparsers(dest="letter_command", metavar="ACTION", required=True)

    r = letter_sub.add_parser("render", help="render a letter from a JSON description to PDF or DOCX",
                              description="Render a letter from FILE.json; the output format follows --out's "
                                          "suffix (.pdf or .docx). No workspace is needed.")
    r.add_argument("--data", required=True, metavar="FILE.json", help="the letter (keys: see README)")
    r.add_argument("--out", required=True, metavar="OUT.pdf|OUT.docx")
    r.add_argument("--draft", action="store_true",
                   help="allow missing number, date and other fields; mark the page as a draft")
    json_flag(r)
    r.set_defaults(func=cmd_render)

    d = letter_sub.add_parser("draft", help="save a letter from FILE.json as a draft in the workspace")
    d.add_argument("--data", required=True, metavar="FILE.json")
    d.add_argument("--body", metavar="ID", help="council (default: the default council)")
    d.add_argument("--followup", metavar="ITEM_ID", help="follow-up item the letter belongs to")
    json_flag(d)
    d.set_defaults(func=cmd_draft)

    i = letter_sub.add_parser("issue", help="issue a draft (or FILE.json): assign the number, store PDF and DOCX")
    src = i.add_mutually_exclusive_group(required=True)
    src.add_argument("id", nargs="?", help="id of a saved draft")
    src.add_argument("--data", metavar="FILE.json", help="save and issue this letter in one step")
    i.add_argument("--date", metavar="YYYY-MM-DD", help="date of the letter (default: today)")
    i.add_argument("--same-number-as", metavar="LETTER_ID",
                   help="issue as the other-language version of this issued letter (same number)")
    i.add_argument("--body", metavar="ID", help="council (with --data; default: the default council)")
    i.add_argument("--followup", metavar="ITEM_ID", help="link to this follow-up item")
    i.add_argument("--pdf", metavar="OUT.pdf", help="also copy the PDF here")
    i.add_argument("--docx", metavar="OUT.docx", help="also copy the DOCX here")
    json_flag(i)
    i.set_defaults(func=cmd_issue)

    ls = letter_sub.add_parser("list", help="drafts and issued letters")
    ls.add_argument("--status", choices=["draft", "issued"])
    ls.add_argument("--body", metavar="ID")
    json_flag(ls)
    ls.set_defaults(func=cmd_list)

    e = letter_sub.add_parser("export", help="copy an issued letter's PDF or DOCX out of the workspace")
    e.add_argument("id")
    e.add_argument("--out", required=True, metavar="OUT.pdf|OUT.docx")
    json_flag(e)
    e.set_defaults(func=cmd_export)

    g = letter_sub.add_parser("register", help="the outgoing (or incoming) register, as JSON or exported")
    g.add_argument("--incoming", action="store_true", help="the incoming register")
    g.add_argument("--year", type=int)
    g.add_argument("--body", metavar="ID")
    g.add_argument("--out", metavar="FILE.xlsx|FILE.pdf", help="export instead of printing rows")
    g.add_argument("--lang", choices=["kk", "ru", "en"], default="ru", help="language of the export's headings")
    json_flag(g)
    g.set_defaults(func=cmd_register)

    n = letter_sub.add_parser("incoming", help="register an incoming letter (next incoming number)")
    n.add_argument("--sender", required=True)
    n.add_argument("--subject", default="")
    n.add_argument("--number", default="", help="the sender's outgoing number")
    n.add_argument("--date", metavar="YYYY-MM-DD", help="the sender's date")
    n.add_argument("--received", metavar="YYYY-MM-DD", help="day received (default: today)")
    n.add_argument("--reply-to", default="", metavar="NUMBER", help="our letter it answers")
    n.add_argument("--note", default="")
    n.add_argument("--body", metavar="ID")
    n.add_argument("--followup", metavar="ITEM_ID")
    json_flag(n)
    n.set_defaults(func=cmd_incoming)

    m = letter_sub.add_parser("remind", help="a reminder draft for an unanswered letter, in one step")
    msrc = m.add_mutually_exclusive_group(required=True)
    msrc.add_argument("--followup", metavar="ITEM_ID", help="an overdue follow-up item")
    msrc.add_argument("--letter", metavar="LETTER_ID", help="one of our issued letters")
    m.add_argument("--due", metavar="YYYY-MM-DD", help="day the answer term expired (with --letter)")
    m.add_argument("--lang", choices=["kk", "ru"], help="language of the reminder (default: the original's)")
    m.add_argument("--issue", action="store_true", help="issue the reminder at once")
    json_flag(m)
    m.set_defaults(func=cmd_remind)

    s = letter_sub.add_parser("station", help="this laptop's station code for registry numbers")
    s.add_argument("--claim", nargs="?", const="", metavar="CODE",
                   help="claim a code (the next free one when none is given)")
    json_flag(s)
    s.set_defaults(func=cmd_station)


# --------------------------------------------------------------------------- helpers
def _date(value: str | None, option: str) -> _dt.date | None:
    if not value:
        return None
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option}: {value!r} is not a date written YYYY-MM-DD") from None


def _read_json(path_text: str) -> Any:
    path = Path(path_text)
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise _Failed(f"{path}: file not found") from None
    except OSError as exc:
        raise _Failed(f"{path}: cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise _Failed(f"{path}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise _Failed(f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None


class _Failed(Exception):
    def __init__(self, message: str, problems: list[dict[str, str]] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


def _run(ctx: CommandContext, fn: Any, human: Any = None, source: str = "") -> int:
    from deputydesk.core.letters import LetterError, describe_problems
    from deputydesk.services.letters import LettersError

    try:
        result = fn()
    except LetterError as exc:
        return _fail(ctx, describe_problems(exc.problems, source or exc.source),
                     [p.as_dict() for p in exc.problems])
    except (LettersError, _Failed) as exc:
        return _fail(ctx, f"{source}: {exc}" if source and not str(exc).startswith(source) else str(exc),
                     getattr(exc, "problems", []))
    except LookupError as exc:  # records.NotFound
        return _fail(ctx, str(exc), [])
    ctx.emit(result, human)
    return EXIT_OK


def _fail(ctx: CommandContext, message: str, problems: list[dict[str, str]]) -> int:
    ctx.info(f"deputydesk: {message}")
    if ctx.json:
        ctx.emit({"ok": False, "error": message, "problems": problems})
    return EXIT_FAILED


# --------------------------------------------------------------------------- commands
def cmd_render(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.core.letters import letter_from_dict
    from deputydesk.render.letters import check, render_file

    out = Path(args.out)
    if out.suffix.lower() not in (".pdf", ".docx"):
        raise UsageError(f"--out {out.name}: the output must end in .pdf or .docx")

    def go() -> dict[str, Any]:
        letter = letter_from_dict(_read_json(args.data), source=args.data)
        check(letter, draft=args.draft)
        out.parent.mkdir(parents=True, exist_ok=True)
        return render_file(letter, out, draft=args.draft)

    return _run(ctx, go, lambda r: f"Wrote {r['path']}" + (f" ({r['pages']} page(s))" if r["pages"] else ""),
                source=args.data)


def cmd_draft(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services import letters as S

    def go() -> dict[str, Any]:
        return S.save_draft(ctx.workspace(), _read_json(args.data), body_id=args.body, followup_id=args.followup)

    def human(r: dict[str, Any]) -> str:
        text = f"Draft {r['id']} saved."
        if r["problems"]:
            text += " Before it can be issued: " + "; ".join(f"{p['field']} ({p['message']})" for p in r["problems"])
        return text

    return _run(ctx, go, human, source=args.data)


def cmd_issue(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services import letters as S

    on = _date(args.date, "--date")

    def go() -> dict[str, Any]:
        ws = ctx.workspace()
        if args.data:
            if args.same_number_as:
                draft = S.save_draft(ws, _read_json(args.data), body_id=args.body, followup_id=args.followup)
                result = S.issue_letter(ws, draft["id"], same_number_as=args.same_number_as)
            else:
                result = S.issue_data(ws, _read_json(args.data), body_id=args.body, followup_id=args.followup,
                                      on=on)
        else:
            result = S.issue_letter(ws, args.id, on=on, same_number_as=args.same_number_as,
                                    followup_id=args.followup)
        for fmt in ("pdf", "docx"):
            target = getattr(args, fmt)
            if target:
                S.export_letter(ws, result["id"], Path(target).with_suffix(f".{fmt}"))
                result[f"{fmt}_copy"] = str(Path(target).with_suffix(f".{fmt}"))
        return result

    return _run(ctx, go, lambda r: f"Issued № {r['number']} of {r['date']} (letter {r['id']})",
                source=args.data or "")


def cmd_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services import letters as S

    def human(rows: list[dict[str, Any]]) -> str:
        if not rows:
            return "No letters yet."
        return "\n".join(f"{r['status']:<7} {r['number'] or '—':<14} {r['date'] or '':<10} {r['kind']:<15} "
                         f"{r['language']}  {r['subject'] or ''}" for r in rows)

    return _run(ctx, lambda: S.list_letters(ctx.workspace(), status=args.status, body_id=args.body), human)


def cmd_export(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services import letters as S

    out = Path(args.out)
    if out.suffix.lower() not in (".pdf", ".docx"):
        raise UsageError(f"--out {out.name}: the output must end in .pdf or .docx")
    return _run(ctx, lambda: S.export_letter(ctx.workspace(), args.id, out), lambda r: f"Wrote {r['path']}")


def cmd_register(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services import letters as S

    register = "incoming" if args.incoming else "outgoing"
    if args.out:
        out = Path(args.out)
        return _run(ctx, lambda: S.export_register(ctx.workspace(), register, out, body_id=args.body,
                                                   year=args.year, lang=args.lang),
                    lambda r: f"Wrote {r['path']} ({r['rows']} entries)")

    def human(rows: list[dict[str, Any]]) -> str:
        if not rows:
            return "The register is empty."
        return "\n".join(f"{r['number']:<14} {r['date']:<10} {r['counterpart'][:40]:<40} {r['subject'][:60]}"
                         for r in rows)

    return _run(ctx, lambda: S.register_rows(ctx.workspace(), register, body_id=args.body, year=args.year), human)


def cmd_incoming(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services import letters as S

    sender_date = _date(args.date, "--date")
    received = _date(args.received, "--received")
    return _run(ctx, lambda: S.register_incoming(
        ctx.workspace(), sender=args.sender, subject=args.subject, sender_number=args.number,
        sender_date=sender_date, received=received, reply_to=args.reply_to, note=args.note, body_id=args.body,
        followup_id=args.followup), lambda r: f"Registered incoming № {r['number']} of {r['date']}")


def cmd_remind(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services import letters as S

    due = _date(args.due, "--due")
    if due and not args.letter:
        raise UsageError("--due goes with --letter (a follow-up item knows its own term)")

    def go() -> dict[str, Any]:
        ws = ctx.workspace()
        if args.followup:
            draft = S.reminder_from_followup(ws, args.followup, language=args.lang)
        else:
            draft = S.reminder_draft(ws, S.reminder_source_from_letter(ws, args.letter, due=due), language=args.lang)
        draft.pop("data", None)
        if args.issue:
            return S.issue_letter(ws, draft["id"])
        return draft

    def human(r: dict[str, Any]) -> str:
        if "number" in r:
            return f"Reminder issued as № {r['number']} of {r['date']} (letter {r['id']})"
        missing = "; ".join(p["field"] for p in r["problems"])
        return f"Reminder draft {r['id']} saved." + (f" Still missing: {missing}" if missing else "")

    return _run(ctx, go, human)


def cmd_station(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services import letters as S

    def go() -> dict[str, Any]:
        ws = ctx.workspace()
        code = S.claim_station(ws, args.claim or None) if args.claim is not None else S.station(ws)
        return {"station": code, "stations": S.stations(ws)}

    return _run(ctx, go, lambda r: f"This laptop issues numbers as station {r['station']}" if r["station"]
                else "This laptop has not issued any number yet (it claims a station code on its first issue).")
