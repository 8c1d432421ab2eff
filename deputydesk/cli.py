"""Command-line front end: ``deputydesk [--workspace DIR] COMMAND …`` (DESIGN.md §4).

Conventions: ``--json`` prints machine-readable output only (UTF-8, nothing else on stdout); human
messages and progress go to stderr. Exit 0 on success, 1 when some input failed (or the workspace
cannot be used), 2 on usage errors. Commands live in ``deputydesk.commands`` modules, each with
``register(subparsers)``; they are loaded in name order so every area adds its own commands.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from deputydesk import __version__
from deputydesk.paths import default_workspace

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """Wrong arguments that argparse could not catch; exits 2 with the message."""


class CommandContext:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.json = bool(getattr(args, "json", False))
        self._ws: Any = None

    @property
    def workspace_path(self) -> Path:
        return Path(self.args.workspace).expanduser() if self.args.workspace else default_workspace()

    def workspace(self) -> Any:
        if self._ws is None:
            from deputydesk.storage.workspace import Workspace

            self._ws = Workspace.open(self.workspace_path)
        return self._ws

    def close(self) -> None:
        if self._ws is not None:
            self._ws.close()
            self._ws = None

    def emit(self, obj: Any, human: Callable[[Any], str] | str | None = None) -> None:
        """Print ``obj`` as JSON (when --json was given or no human form exists), else the human form."""
        if self.json or human is None:
            sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2, default=str) + "\n")
        else:
            text = human(obj) if callable(human) else human
            sys.stdout.write(text.rstrip("\n") + "\n")
        sys.stdout.flush()

    def info(self, message: str) -> None:
        """A human message on stderr (never pollutes JSON on stdout)."""
        sys.stderr.write(message.rstrip("\n") + "\n")
        sys.stderr.flush()


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(EXIT_USAGE)


def json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON on stdout")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="deputydesk",
        description="DeputyDesk — an offline desk for maslikhat deputies and public councils.",
        epilog="Run `deputydesk COMMAND --help` for a command's options. Without a command the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"DeputyDesk {__version__}")
    parser.add_argument("--workspace", metavar="DIR",
                        help="workspace folder (default: $DEPUTYDESK_WORKSPACE or the user's data folder)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    import deputydesk.commands as pkg

    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{pkg.__name__}.{info.name}")
        register = getattr(module, "register", None)
        if callable(register):
            register(sub)
    return parser


def _configure_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(encoding="utf-8", errors="replace")
            except (ValueError, OSError):
                pass


def main(argv: Sequence[str] | None = None) -> int:
    _configure_streams()
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*argv, "gui"])
    ctx = CommandContext(args)
    from deputydesk.storage.errors import WorkspaceError

    try:
        return int(args.func(args, ctx) or 0)
    except UsageError as exc:
        sys.stderr.write(f"deputydesk: error: {exc}\n")
        return EXIT_USAGE
    except WorkspaceError as exc:
        sys.stderr.write(f"deputydesk: {exc}\n")
        if ctx.json:
            sys.stdout.write(json.dumps({"ok": False, "error": str(exc), "code": exc.code},
                                        ensure_ascii=False) + "\n")
        return EXIT_FAILED
    except KeyboardInterrupt:
        sys.stderr.write("deputydesk: interrupted\n")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: say so plainly, keep the traceback for the report
        from deputydesk.storage.errors import EnvironmentProblem, classify

        problem = classify(exc)
        if isinstance(problem, EnvironmentProblem):
            sys.stderr.write(f"deputydesk: {problem}\n")
            return EXIT_FAILED
        sys.stderr.write("deputydesk: internal error (a bug in DeputyDesk) — please report it with this "
                         "text:\n")
        traceback.print_exc(file=sys.stderr)
        return EXIT_FAILED
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
