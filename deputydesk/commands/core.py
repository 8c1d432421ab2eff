"""Core commands: gui, demo, check."""

from __future__ import annotations

import argparse
from typing import Any

from deputydesk.cli import EXIT_FAILED, EXIT_OK, CommandContext, json_flag


def register(sub: Any) -> None:
    p = sub.add_parser("gui", help="open the window (the default command)",
                       description="Open the DeputyDesk window.")
    p.add_argument("--demo", action="store_true", help="fill the workspace with the demo council first")
    p.add_argument("--smoke-test", action="store_true",
                   help="open, paint, save the screenshot if asked, and quit (for CI)")
    p.add_argument("--screenshot", metavar="PNG", help="save a picture of the main window")
    p.add_argument("--lang", choices=["kk", "ru", "en"], help="interface language (remembered)")
    p.add_argument("--area", help="area to show first (library, followup, letters, sessions, dossiers, "
                                  "settings)")
    p.add_argument("files", nargs="*", metavar="FILE",
                   help="files to open, handed to the window as if dropped onto it (the file manager's "
                        "'Open with DeputyDesk', e.g. a .ddx exchange package)")
    p.set_defaults(func=cmd_gui)

    p = sub.add_parser("demo", help="fill the workspace with the demo council (idempotent)")
    json_flag(p)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("check", help="check database, file store and event log",
                       description="Check the integrity of the database, the file store and the "
                                   "event-log chain. Exit 1 when a problem is found.")
    json_flag(p)
    p.add_argument("--quick", action="store_true", help="do not re-hash stored files")
    p.add_argument("--repair", action="store_true",
                   help="remove unreferenced files left by an interrupted import")
    p.set_defaults(func=cmd_check)


def cmd_gui(args: argparse.Namespace, ctx: CommandContext) -> int:
    from pathlib import Path

    from deputydesk.gui.app import run_gui

    files = [str(Path(f).expanduser().resolve()) for f in args.files]
    area = args.area or ("dossiers" if files and all(f.lower().endswith(".ddx") for f in files) else None)
    return run_gui(
        workspace=ctx.workspace_path,
        demo=args.demo,
        smoke_test=args.smoke_test,
        screenshot=args.screenshot,
        lang=args.lang,
        area=area,
        open_files=files,
    )


def cmd_demo(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services.demo import fill_demo

    result = fill_demo(ctx.workspace())
    ctx.emit(result, lambda r: "Demo workspace ready in {}: {}".format(
        ctx.workspace_path, ", ".join(f"{k} {v}" for k, v in r["counts"].items())))
    return EXIT_OK


def cmd_check(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deputydesk.services.check import run_check

    result = run_check(ctx.workspace(), deep=not args.quick, repair=args.repair)

    def human(r: dict[str, Any]) -> str:
        lines = ["Workspace OK" if r["ok"] else "Workspace has problems:"]
        for p in r["problems"]:
            tag = "warning" if p.get("severity") == "warning" else "problem"
            lines.append(f"  [{tag}] {p['area']}: {p['message']}")
        lines.append("  " + ", ".join(f"{k}: {v}" for k, v in r["stats"].items()))
        return "\n".join(lines)

    ctx.emit(result, human)
    return EXIT_OK if result["ok"] else EXIT_FAILED
