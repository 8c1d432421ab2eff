"""Commands: dossier, package, backup.

Passphrases for encrypted packages and backups come from ``--passphrase-env NAME`` / ``$DEPUTYDESK_PASSPHRASE``
(scripts), then from the keyring when one was remembered (``--remember``), else a prompt on the terminal.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from deputydesk.cli import EXIT_FAILED, EXIT_OK, CommandContext, UsageError, json_flag


def register(sub: Any) -> None:
    # ------------------------------------------------------------------ dossier
    p = sub.add_parser("dossier", help="compile documents into one printable PDF",
                       description="Dossiers: ordered documents compiled into one numbered PDF with a cover, "
                                   "contents, bookmarks and change marks.")
    dsub = p.add_subparsers(dest="dossier_command", metavar="ACTION", required=True)
    e = dsub.add_parser("export", help="compile the given documents into OUT.pdf",
                        description="Compile documents (library document ids or stored file ids) into one "
                                    "PDF. Compiling the same title again marks documents added or replaced "
                                    "since its last issued version (see --issue).")
    e.add_argument("--docs", required=True, metavar="ID,…", help="comma-separated document or file ids")
    e.add_argument("--title", required=True, help="dossier title (printed on the cover)")
    e.add_argument("--out", required=True, metavar="OUT.pdf")
    e.add_argument("--purpose", default="", help="session, agenda item or hearing (printed on the cover)")
    e.add_argument("--draft", action="store_true", help="print the ЖОБА / ПРОЕКТ mark on every page")
    e.add_argument("--issue", action="store_true",
                   help="record this PDF as the issued version (later compiles are compared with it)")
    e.add_argument("--lang", choices=["kk-ru", "kk", "ru", "en"], default="kk-ru",
                   help="language of the cover and contents (default: Kazakh and Russian)")
    json_flag(e)
    e.set_defaults(func=cmd_dossier_export)
    ls = dsub.add_parser("list", help="list dossiers")
    json_flag(ls)
    ls.set_defaults(func=cmd_dossier_list)

    # ------------------------------------------------------------------ package
    p = sub.add_parser("package", help="exchange data with another laptop through a file",
                       description="Exchange packages: export this workspace's records and files (or the "
                                   "changes since the last exchange) to one file, import another laptop's.")
    psub = p.add_subparsers(dest="package_command", metavar="ACTION", required=True)
    e = psub.add_parser("export", help="write a package")
    e.add_argument("--out", required=True, metavar="FILE")
    e.add_argument("--since-last", action="store_true", help="only the changes since the last exchange")
    e.add_argument("--peer", default="default", help="name of the other laptop (keeps its own bookmark)")
    _crypto_args(e, encrypt=True)
    json_flag(e)
    e.set_defaults(func=cmd_package_export)
    i = psub.add_parser("import", help="read a package from another laptop")
    i.add_argument("file", metavar="FILE")
    i.add_argument("--peer", default="default", help="name of the other laptop")
    _crypto_args(i, encrypt=False)
    json_flag(i)
    i.set_defaults(func=cmd_package_import)
    c = psub.add_parser("conflicts", help="list records where both laptops made different changes")
    json_flag(c)
    c.set_defaults(func=cmd_package_conflicts)

    # ------------------------------------------------------------------ backup
    p = sub.add_parser("backup", help="back up or restore the whole workspace")
    bsub = p.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    b = bsub.add_parser("create", help="write a consistent backup (safe while the app runs)")
    b.add_argument("--out", required=True, metavar="FILE")
    _crypto_args(b, encrypt=True)
    json_flag(b)
    b.set_defaults(func=cmd_backup_create)
    r = bsub.add_parser("restore", help="restore a backup into the workspace folder",
                        description="Restore a backup into --workspace (a new folder, or an existing workspace "
                                    "with --yes; the current one is kept aside). The result is checked.")
    r.add_argument("file", metavar="FILE")
    r.add_argument("--yes", action="store_true", help="replace an existing workspace (it is kept aside)")
    _crypto_args(r, encrypt=False)
    json_flag(r)
    r.set_defaults(func=cmd_backup_restore)


def _crypto_args(p: argparse.ArgumentParser, encrypt: bool) -> None:
    if encrypt:
        p.add_argument("--encrypt", action="store_true", help="encrypt with a passphrase (AES-GCM)")
    p.add_argument("--remember", action="store_true",
                   help="remember the passphrase in the system keyring (when there is one)")


def _ask(prompt: str, confirm: bool) -> str:
    if not sys.stdin.isatty():
        raise UsageError("a passphrase is needed: set DEPUTYDESK_PASSPHRASE or run in a terminal")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat the passphrase: ") != first:
        raise UsageError("the two passphrases differ")
    if not first:
        raise UsageError("the passphrase is empty")
    return first


def _passphrase(ctx: CommandContext, ws: Any, purpose: str, needed: bool, confirm: bool) -> str | None:
    from deputydesk.services.exchange import passphrase_for, remember_passphrase

    if not needed:
        return None
    value = passphrase_for(ws, purpose)
    if not value:
        value = _ask("Passphrase: ", confirm)
    if getattr(ctx.args, "remember", False) and ws is not None:
        if not remember_passphrase(ws, purpose, value):
            ctx.info("The passphrase was not remembered: this computer has no usable keyring.")
    return value


def _is_encrypted(path: str) -> bool:
    from deputydesk.exchange.crypto import is_encrypted

    return is_encrypted(path)


# ------------------------------------------------------------------ handlers
def cmd_dossier_export(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services.dossiers import DossierError, export_documents

    refs = [r.strip() for r in args.docs.split(",") if r.strip()]
    try:
        result = export_documents(ctx.workspace(), refs, args.title, args.out, purpose=args.purpose,
                                  draft=args.draft, issue=args.issue, lang=args.lang)
    except DossierError as exc:
        ctx.info(f"deputydesk: {exc}")
        return EXIT_FAILED

    def human(r: dict[str, Any]) -> str:
        lines = [f"{r['path']}: {r['pages']} pages"]
        for i, m in enumerate(r["members"], 1):
            mark = f"  [{m['change']}]" if m["change"] else ""
            lines.append(f"  {i}. {m['title']} — p. {m['first_page']} ({m['pages']} p.){mark}")
            if m["error"]:
                lines.append(f"     problem: {m['error']}")
        for title in r["removed"]:
            lines.append(f"  removed since issued: {title}")
        return "\n".join(lines)

    ctx.emit(result, human)
    return EXIT_FAILED if result["problems"] else EXIT_OK


def cmd_dossier_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services.dossiers import list_dossiers

    rows = list_dossiers(ctx.workspace())
    ctx.emit(rows, lambda rs: "\n".join(f"{r['id']}  {r['date']}  {r['title']} ({r['items']} documents)"
                                        for r in rs) or "No dossiers yet.")
    return EXIT_OK


def cmd_package_export(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.exchange.package import PackageError
    from deputydesk.services.exchange import export_package

    ws = ctx.workspace()
    passphrase = _passphrase(ctx, ws, "package", args.encrypt, confirm=True)
    try:
        result = export_package(ws, args.out, since_last=args.since_last, peer=args.peer, passphrase=passphrase)
    except PackageError as exc:
        ctx.info(f"deputydesk: {exc}")
        return EXIT_FAILED
    ctx.emit(result, lambda r: f"{r['path']}: {r['records']} record change(s), {r['files']} file(s)"
             + (" since the last exchange" if r["since_last"] else "") + (", encrypted" if r["encrypted"] else ""))
    return EXIT_OK


def cmd_package_import(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.exchange.package import PackageError
    from deputydesk.services.exchange import import_package

    ws = ctx.workspace()
    passphrase = _passphrase(ctx, ws, "package", _is_encrypted(args.file), confirm=False)
    try:
        result = import_package(ws, args.file, peer=args.peer, passphrase=passphrase)
    except PackageError as exc:
        ctx.info(f"deputydesk: refused, nothing was imported: {exc}")
        if ctx.json:
            ctx.emit({"ok": False, "error": str(exc)})
        return EXIT_FAILED

    def human(r: dict[str, Any]) -> str:
        head = "Already imported before; " if r["already_imported"] else ""
        return (f"{head}added {r['added']}, merged {r['merged']}, deleted {r['deleted']}, unchanged "
                f"{r['unchanged']}, in conflict {r['conflicts']}, new files {r['files_added']}"
                + ("\nConflicts keep both versions: see `deputydesk package conflicts`." if r["conflicts"] else ""))

    ctx.emit(result, human)
    return EXIT_OK


def cmd_package_conflicts(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services.exchange import conflicts

    rows = conflicts(ctx.workspace())
    ctx.emit(rows, lambda rs: "\n".join(f"{r['id'][:8]}  {r['table_name']} {r['record_id']}  {r['kind']} "
                                        f"(kept: {r['winner']})" for r in rs) or "No open conflicts.")
    return EXIT_OK


def cmd_backup_create(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.exchange.backup import BackupError
    from deputydesk.services.exchange import create_backup

    ws = ctx.workspace()
    passphrase = _passphrase(ctx, ws, "backup", args.encrypt, confirm=True)
    try:
        result = create_backup(ws, args.out, passphrase=passphrase)
    except BackupError as exc:
        ctx.info(f"deputydesk: {exc}")
        return EXIT_FAILED
    ctx.emit(result, lambda r: f"{r['path']}: {r['records']} records, {r['files']} files, "
                               f"{r['size'] // 1024} KiB" + (", encrypted" if r["encrypted"] else ""))
    return EXIT_OK


def cmd_backup_restore(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.exchange.backup import BackupError, RestoreNeedsConfirmation
    from deputydesk.services.exchange import restore_backup

    passphrase = None
    if _is_encrypted(args.file):
        passphrase = os.environ.get("DEPUTYDESK_PASSPHRASE") or _ask("Passphrase: ", confirm=False)
    target = ctx.workspace_path
    try:
        result = restore_backup(args.file, str(target), passphrase=passphrase, replace=args.yes)
    except RestoreNeedsConfirmation as exc:
        ctx.info(f"deputydesk: {exc} Add --yes to replace it.")
        return EXIT_FAILED
    except BackupError as exc:
        ctx.info(f"deputydesk: restore refused, nothing was changed: {exc}")
        return EXIT_FAILED
    ctx.emit(result, lambda r: f"Restored into {r['path']}: {r['records']} records, {r['files']} files; check "
                               + ("passed" if r["ok"] else "found problems")
                               + (f"; the previous workspace is kept in {r['previous']}" if r["previous"] else ""))
    return EXIT_OK if result["ok"] else EXIT_FAILED
