"""Library commands: ``import PATH… [--kind K]`` and ``search QUERY [--kind K] [--limit N]`` (DESIGN.md §4),
plus ``library`` housekeeping (show, errors, reindex, tag, version, diff)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from deputydesk.cli import EXIT_FAILED, EXIT_OK, CommandContext, UsageError, json_flag
from deputydesk.core.metadata import KINDS
from deputydesk.core.progress import Progress


class _StderrProgress(Progress):
    """Progress on stderr for long imports (never on stdout, which carries the JSON)."""

    def __init__(self, enabled: bool) -> None:
        super().__init__()
        self.enabled = enabled
        self._last = -1

    def on_update(self) -> None:
        if not self.enabled or not self.total or self.done == self._last:
            return
        self._last = self.done
        sys.stderr.write(f"\r[{self.done}/{self.total}] {self.text[:60]:<60}")
        if self.done >= self.total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def register(sub: Any) -> None:
    p = sub.add_parser(
        "import", help="import files and folders into the library",
        description="Import documents (PDF, DOCX, XLSX, ODT, TXT/CSV, scans). Folders are read recursively. "
                    "Prints one JSON object per file: path, status (imported / duplicate / failed), id, kind, "
                    "title, number, date, language, pages, error. Exit 1 when some file failed.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    p.add_argument("--kind", choices=KINDS, help="set the kind of every imported document")
    p.add_argument("--tag", action="append", default=[], metavar="TAG", help="add a tag (repeatable)")
    p.add_argument("--no-ocr", action="store_true", help="do not run text recognition on scans")
    json_flag(p)
    p.set_defaults(func=cmd_import)

    p = sub.add_parser(
        "search", help="search the library",
        description="Full-text search in Kazakh and Russian with word forms: words, \"phrases\", prefix*, "
                    "-excluded, filters kind: lang: tag: issuer: from: to: year:. Prints a JSON array, best "
                    "first: id, title, kind, number, date, score, snippet (matches in **…**).")
    p.add_argument("query", nargs="+", metavar="QUERY",
                   help="words, \"phrases\", prefix*, -excluded (a query that starts with -word goes after --)")
    p.add_argument("--kind", choices=KINDS)
    p.add_argument("--lang", choices=["kk", "ru", "mixed"])
    p.add_argument("--limit", type=int, default=20, metavar="N")
    json_flag(p)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("library", help="library housekeeping (show, errors, reindex, tags, versions)")
    lsub = p.add_subparsers(dest="library_command", metavar="ACTION", required=True)
    q = lsub.add_parser("show", help="a document's record and detected metadata")
    q.add_argument("id")
    json_flag(q)
    q.set_defaults(func=cmd_show)
    q = lsub.add_parser("errors", help="files that failed to import")
    q.add_argument("--clear", action="store_true", help="forget the list")
    json_flag(q)
    q.set_defaults(func=cmd_errors)
    q = lsub.add_parser("reindex", help="rebuild the full-text index")
    json_flag(q)
    q.set_defaults(func=cmd_reindex)
    q = lsub.add_parser("tag", help="set a document's tags")
    q.add_argument("id")
    q.add_argument("tags", nargs="*")
    json_flag(q)
    q.set_defaults(func=cmd_tag)
    q = lsub.add_parser("version", help="mark a document as the next version of another")
    q.add_argument("id")
    q.add_argument("--of", dest="previous", required=True, metavar="PREVIOUS_ID")
    q.add_argument("--label")
    json_flag(q)
    q.set_defaults(func=cmd_version)
    q = lsub.add_parser("diff", help="text differences between two documents")
    q.add_argument("left")
    q.add_argument("right")
    json_flag(q)
    q.set_defaults(func=cmd_diff)


def cmd_import(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services import library

    ws = ctx.workspace()
    progress = _StderrProgress(enabled=sys.stderr.isatty())
    items = library.import_paths(ws, args.paths, progress, kind=args.kind, use_ocr=not args.no_ocr,
                                 tags=args.tag)
    public = [{k: v for k, v in item.items() if k != "duplicate_of" or v} for item in items]

    def human(rows: list[dict[str, Any]]) -> str:
        lines = []
        for r in rows:
            if r["status"] == "failed":
                lines.append(f"FAILED     {r['error']}")
            else:
                lines.append(f"{r['status']:<10} {r['path']} — {r['kind']}, {r['number'] or '—'}, "
                             f"{r['date'] or '—'}: {r['title']}")
        counts = {s: sum(1 for r in rows if r["status"] == s) for s in ("imported", "duplicate", "failed")}
        lines.append(", ".join(f"{v} {k}" for k, v in counts.items()))
        return "\n".join(lines)

    ctx.emit(public, human)
    return EXIT_FAILED if any(i["status"] == "failed" for i in items) else EXIT_OK


def cmd_search(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services import library

    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    from deputydesk.core import searchquery

    text = " ".join(args.query)
    results = library.search(ctx.workspace(), text, kind=args.kind, lang=args.lang, limit=args.limit)
    problems = searchquery.parse(text).problems
    if problems:
        ctx.info("not understood, left out of the search: " + ", ".join(problems))
    public = [{k: r[k] for k in ("id", "title", "kind", "number", "date", "score", "snippet", "page", "issuer",
                                 "language")} for r in results]

    def human(rows: list[dict[str, Any]]) -> str:
        if not rows:
            return "Nothing found."
        return "\n\n".join(f"{r['title']}\n  {r['kind']}, {r['number'] or '—'}, {r['date'] or '—'} "
                           f"(score {r['score']}, page {r['page']})\n  {r['snippet']}" for r in rows)

    ctx.emit(public, human)
    return EXIT_OK


def _document(ctx: CommandContext, doc_id: str) -> Any:
    from deputydesk.services import library

    try:
        return library.get_document(ctx.workspace(), doc_id)
    except library.LibraryError as exc:
        raise UsageError(str(exc)) from None


def cmd_show(args: argparse.Namespace, ctx: CommandContext) -> int:
    ctx.emit(_document(ctx, args.id))
    return EXIT_OK


def cmd_errors(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services import library

    ws = ctx.workspace()
    if args.clear:
        ctx.emit({"cleared": library.clear_import_errors(ws)})
        return EXIT_OK
    rows = library.import_errors(ws)
    ctx.emit(rows, lambda rs: "\n".join(f"{r['at'][:19]}  {r['name']}: {r['reason']}" for r in rs) or
             "No import errors.")
    return EXIT_OK


def cmd_reindex(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services import library

    n = library.reindex(ctx.workspace())
    ctx.emit({"documents": n}, f"{n} document(s) indexed")
    return EXIT_OK


def cmd_tag(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services import library

    _document(ctx, args.id)
    ctx.emit({"id": args.id, "tags": library.set_tags(ctx.workspace(), args.id, args.tags)})
    return EXIT_OK


def cmd_version(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services import library

    try:
        library.set_previous_version(ctx.workspace(), args.id, args.previous, args.label)
    except library.LibraryError as exc:
        raise UsageError(str(exc)) from None
    ctx.emit({"id": args.id, "versions": [r["id"] for r in library.version_chain(ctx.workspace(), args.id)]})
    return EXIT_OK


def cmd_diff(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services import library

    _document(ctx, args.left)
    _document(ctx, args.right)
    rows = library.diff_documents(ctx.workspace(), args.left, args.right, context=2)

    def human(rs: list[dict[str, Any]]) -> str:
        marks = {"equal": " ", "replace": "~", "delete": "-", "insert": "+", "skip": "…"}
        return "\n".join(f"{marks[r['op']]} {r['left'][:70]:<70} | {r['right'][:70]}" for r in rs)

    ctx.emit(rows, human)
    return EXIT_OK
