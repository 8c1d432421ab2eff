"""SQLite and workspace errors, sorted into "environment" (tell the user plainly) and "bug".

An *environment* problem is something the user or the machine can fix: the disk is full, the database is
locked by another program, the folder is read-only, the file is corrupt or is not a DeputyDesk database.
Everything else is a bug in DeputyDesk and is re-raised unchanged so it reaches the crash report.
"""

from __future__ import annotations

import errno
import sqlite3

# Primary SQLite result codes (https://sqlite.org/rescode.html)
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_NOMEM = 7
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


class WorkspaceError(Exception):
    """Base class for problems the user should see as a plain message."""

    code = "workspace_error"

    def __init__(self, message: str, *, path: object | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return self.message


class NewerWorkspaceError(WorkspaceError):
    code = "newer_workspace"


class EnvironmentProblem(WorkspaceError):
    """Disk full, locked, read-only, corrupt, cannot open: not a bug; the message says what to do."""

    def __init__(self, kind: str, message: str, *, path: object | None = None) -> None:
        super().__init__(message, path=path)
        self.kind = kind
        self.code = f"environment_{kind}"


_MESSAGES = {
    "full": "The disk holding the workspace is full. Free some space and try again.",
    "locked": "The workspace database is busy or locked by another program. Close other copies of "
    "DeputyDesk using this workspace and try again.",
    "readonly": "The workspace is read-only. Check the folder's permissions or copy it to a writable place.",
    "corrupt": "The workspace database is damaged or is not a DeputyDesk database. Restore it from a "
    "backup (backups/ inside the workspace).",
    "cantopen": "The workspace database cannot be opened. Check that the folder exists and is writable.",
    "io": "The disk reported an input/output error while using the workspace.",
    "nomem": "The computer ran out of memory.",
}


def environment_kind(exc: BaseException) -> str | None:
    """The environment-problem kind for an exception, or None when it is a bug."""
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if code is not None:
            primary = code & 0xFF
            return {
                SQLITE_FULL: "full",
                SQLITE_BUSY: "locked",
                SQLITE_LOCKED: "locked",
                SQLITE_READONLY: "readonly",
                SQLITE_PERM: "readonly",
                SQLITE_CORRUPT: "corrupt",
                SQLITE_NOTADB: "corrupt",
                SQLITE_CANTOPEN: "cantopen",
                SQLITE_IOERR: "io",
                SQLITE_NOMEM: "nomem",
            }.get(primary)
        text = str(exc).lower()
        for needle, kind in (
            ("database or disk is full", "full"),
            ("database is locked", "locked"),
            ("readonly database", "readonly"),
            ("malformed", "corrupt"),
            ("not a database", "corrupt"),
            ("unable to open", "cantopen"),
            ("disk i/o error", "io"),
        ):
            if needle in text:
                return kind
        return None
    if isinstance(exc, OSError):
        return {
            errno.ENOSPC: "full",
            errno.EDQUOT: "full",
            errno.EROFS: "readonly",
            errno.EACCES: "readonly",
            errno.EPERM: "readonly",
            errno.EIO: "io",
        }.get(exc.errno or 0)
    return None


def classify(exc: BaseException, path: object | None = None) -> BaseException:
    """Return an :class:`EnvironmentProblem` for environment errors, or the exception itself (a bug)."""
    if isinstance(exc, WorkspaceError):
        return exc
    kind = environment_kind(exc)
    if kind is None:
        return exc
    detail = f" ({exc})" if str(exc) else ""
    problem = EnvironmentProblem(kind, _MESSAGES[kind] + detail, path=path)
    problem.__cause__ = exc
    return problem
