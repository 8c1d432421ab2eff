"""``deputydesk session …``: render a protocol / summary / notice from a JSON description, list the
sessions kept in the workspace, print a stored session's documents, show a body's rules."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from deputydesk.cli import EXIT_FAILED, EXIT_OK, CommandContext, UsageError, json_flag


def register(sub: Any) -> None:
    p = sub.add_parser("session", help="session protocols, summaries and notices",
                       description="Sessions of a maslikhat, a standing commission or a public council.")
    ssub = p.add_subparsers(dest="session_command", metavar="SUBCOMMAND")
    ssub.required = True

    r = ssub.add_parser("render", help="protocol (or summary, or notice) from a JSON description",
                        description="Render the protocol of a session described in a JSON file (keys in the "
                                    "README), or its plain summary (--summary) or the notice of its session "
                                    "(--notice). The output format follows the extension: .pdf or .docx.")
    r.add_argument("--data", required=True, metavar="FILE.json", help="the session description")
    r.add_argument("--out", required=True, metavar="OUT.pdf|OUT.docx", help="where to write the document")
    kind = r.add_mutually_exclusive_group()
    kind.add_argument("--summary", action="store_true", help="the plain-language summary instead of the protocol")
    kind.add_argument("--notice", action="store_true", help="the notice of the session with its agenda")
    r.add_argument("--lang", choices=["kk", "ru", "en"], help="language (default: the JSON's `language`, else ru)")
    json_flag(r)
    r.set_defaults(func=cmd_render)

    ls = ssub.add_parser("list", help="sessions kept in the workspace")
    ls.add_argument("--body", metavar="ID", help="only this body's sessions")
    json_flag(ls)
    ls.set_defaults(func=cmd_list)

    ex = ssub.add_parser("export", help="print a stored session's protocol, summary or notice")
    ex.add_argument("id", help="session id (see `session list`)")
    ex.add_argument("--out", required=True, metavar="OUT.pdf|OUT.docx")
    ex.add_argument("--kind", choices=["protocol", "summary", "notice"], default="protocol")
    ex.add_argument("--lang", choices=["kk", "ru"], default="ru")
    json_flag(ex)
    ex.set_defaults(func=cmd_export)

    ru = ssub.add_parser("rules", help="a body's quorum and majority rules with their legal source")
    ru.add_argument("--body", metavar="ID", help="body id (default: every body)")
    ru.add_argument("--lang", choices=["kk", "ru", "en"], default="en")
    json_flag(ru)
    ru.set_defaults(func=cmd_rules)


def _format(out: Path) -> str:
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".docx"):
        raise UsageError(f"--out {out.name}: the file must end in .pdf or .docx")
    return suffix[1:]


def cmd_render(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.core.sessions import SessionDataError, evaluate, evaluation_to_dict, session_from_dict
    from deputydesk.render import protocol
    from deputydesk.render.sessions_layout import docx_bytes, pdf_bytes_and_pages

    data_path = Path(args.data)
    out = Path(args.out)
    fmt = _format(out)
    try:
        raw = json.loads(data_path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        return _fail(ctx, data_path, "file not found")
    except IsADirectoryError:
        return _fail(ctx, data_path, "is a folder, not a JSON file")
    except UnicodeDecodeError:
        return _fail(ctx, data_path, "not UTF-8 text")
    except json.JSONDecodeError as exc:
        return _fail(ctx, data_path, f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})")
    try:
        session = session_from_dict(raw)
    except SessionDataError as exc:
        return _fail(ctx, data_path, str(exc))
    lang = args.lang or (raw.get("language") if isinstance(raw, dict) else None) or "ru"
    if lang not in ("kk", "ru", "en"):
        return _fail(ctx, data_path, f"language: kk, ru or en, not {lang!r}")
    evaluation = evaluate(session)
    if args.summary:
        kind = "summary"
        doc = protocol.fit_summary(session, lang, evaluation=evaluation)
    elif args.notice:
        kind = "notice"
        doc = protocol.build_notice(session, lang, session.notice_sent)
    else:
        kind = "protocol"
        doc = protocol.build_protocol(session, lang, evaluation)
    if fmt == "pdf":
        payload, pages = pdf_bytes_and_pages(doc)
    else:
        payload, pages = docx_bytes(doc), None
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(f".{out.name}.tmp")
        tmp.write_bytes(payload)
        tmp.replace(out)
    except OSError as exc:
        return _fail(ctx, out, f"cannot write: {exc.strerror or exc}")
    result = {"ok": True, "out": str(out), "kind": kind, "language": lang, "format": fmt, "pages": pages,
              **evaluation_to_dict(session, evaluation, lang)}

    def human(r: dict[str, Any]) -> str:
        lines = [f"{r['kind']} written to {r['out']}" + (f" ({r['pages']} pages)" if r["pages"] else "")]
        lines.append(r["quorum"]["explanation"])
        for item in r["items"]:
            mark = "adopted" if item["adopted"] else item["status"].replace("_", " ")
            number = f" No. {item['number']}" if item["number"] else ""
            lines.append(f"  {item['index']}. {item['title']}: {mark}{number}")
        for w in r["warnings"]:
            lines.append(f"  warning: {w['text']}")
        return "\n".join(lines)

    ctx.emit(result, human)
    return EXIT_OK


def _fail(ctx: CommandContext, path: Path, reason: str) -> int:
    message = f"{path}: {reason}"
    ctx.info(f"deputydesk: {message}")
    if ctx.json:
        ctx.emit({"ok": False, "file": str(path), "error": reason})
    return EXIT_FAILED


def cmd_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services.sessions import list_sessions

    rows = list_sessions(ctx.workspace(), args.body)

    def human(rs: list[dict[str, Any]]) -> str:
        if not rs:
            return "No sessions."
        return "\n".join(f"{r['start_date']}  No. {r['number']:<3} {r['name_ru']}  present {r['present']}/"
                         f"{r['total_members']}  items {r['items']}  adopted {r['adopted']}  {r['id']}" for r in rs)

    ctx.emit(rows, human)
    return EXIT_OK


def cmd_export(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services.sessions import render_document
    from deputydesk.storage.records import NotFound

    out = Path(args.out)
    fmt = _format(out)
    try:
        result = render_document(ctx.workspace(), None, args.id, args.kind, args.lang, fmt, out.parent)
    except NotFound:
        ctx.info(f"deputydesk: no session with id {args.id}")
        if ctx.json:
            ctx.emit({"ok": False, "error": f"no session with id {args.id}"})
        return EXIT_FAILED
    produced = Path(result["path"])
    if produced != out:
        produced.replace(out)
        result["path"] = str(out)
    ctx.emit(dict(result, ok=True), lambda r: f"{r['kind']} written to {r['path']}")
    return EXIT_OK


def cmd_rules(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.core.sessions_text import describe_rules
    from deputydesk.services.sessions import body_rules, list_bodies

    ws = ctx.workspace()
    bodies = [b for b in list_bodies(ws) if not args.body or b["id"] == args.body]
    if args.body and not bodies:
        ctx.info(f"deputydesk: no body with id {args.body}")
        return EXIT_FAILED
    out = []
    for b in bodies:
        rules = body_rules(ws, b["id"])
        out.append({"body_id": b["id"], "kind": b["kind"], "name": b["name_ru"], **rules.to_dict(),
                    "described": [{"rule": n, "text": t, "source": s, "editable": e}
                                  for n, t, s, e in describe_rules(rules, args.lang)]})

    def human(rs: list[dict[str, Any]]) -> str:
        lines = []
        for r in rs:
            lines.append(f"{r['name']} ({r['kind']})")
            for d in r["described"]:
                lines.append(f"  {d['rule']}: {d['text']} — {d['source']}" + ("  [editable]" if d["editable"] else ""))
        return "\n".join(lines)

    ctx.emit(out, human)
    return EXIT_OK
