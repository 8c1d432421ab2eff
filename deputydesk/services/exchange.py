"""Exchange packages and backups as use cases for the GUI and the CLI (plain data in and out).

Passphrases: ``passphrase_for(ws, purpose, given)`` takes the one given, else ``$DEPUTYDESK_PASSPHRASE``,
else the one remembered in the keyring (when there is a keyring); callers ask the person otherwise.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from deputydesk.core.progress import NULL_PROGRESS, Progress
from deputydesk.exchange import backup as _backup
from deputydesk.exchange import package as _package
from deputydesk.exchange.secretstore import SecretStore
from deputydesk.storage.workspace import Workspace

ENV_PASSPHRASE = "DEPUTYDESK_PASSPHRASE"


def _reporter(progress: Progress | None) -> Any:
    progress = progress or NULL_PROGRESS

    def report(done: int, total: int, text: str) -> None:
        progress.update(done, total, text)
        progress.check()

    return report


def secret_store(ws: Workspace) -> SecretStore:
    return SecretStore(scope=ws.workspace_id)


def passphrase_for(ws: Workspace | None, purpose: str, given: str | None = None) -> str | None:
    """``purpose`` is "package" or "backup"."""
    if given:
        return given
    env = os.environ.get(ENV_PASSPHRASE)
    if env:
        return env
    if ws is not None:
        return secret_store(ws).get(purpose)
    return None


def remember_passphrase(ws: Workspace, purpose: str, passphrase: str) -> bool:
    """True when the keyring took it; False means "not available" (ask next time)."""
    return secret_store(ws).set(purpose, passphrase)


def export_package(ws: Workspace, out: str, *, since_last: bool = False, peer: str = "default",
                   passphrase: str | None = None, progress: Progress | None = None) -> dict[str, Any]:
    r = _package.export_package(ws, Path(out), since_last=since_last, peer=peer, passphrase=passphrase,
                                progress=_reporter(progress))
    return {"path": str(r.path), "package_id": r.package_id, "since_last": r.since_last, "records": r.records,
            "counts": r.counts, "files": r.files, "encrypted": r.encrypted}


def import_package(ws: Workspace, path: str, *, peer: str = "default", passphrase: str | None = None,
                   progress: Progress | None = None) -> dict[str, Any]:
    return _package.import_package(ws, Path(path), peer=peer, passphrase=passphrase,
                                   progress=_reporter(progress)).as_dict()


def conflicts(ws: Workspace) -> list[dict[str, Any]]:
    return _package.open_conflicts(ws)


def resolve_conflict(ws: Workspace, conflict_id: str, take: str = "winner") -> None:
    _package.resolve_conflict(ws, conflict_id, take)


def history(ws: Workspace, limit: int = 50) -> list[dict[str, Any]]:
    from deputydesk.storage import records

    return records.rows(ws, "SELECT * FROM local_exchange_log ORDER BY at DESC LIMIT ?", [limit])


def create_backup(ws: Workspace, out: str, *, passphrase: str | None = None,
                  progress: Progress | None = None) -> dict[str, Any]:
    r = _backup.create_backup(ws, Path(out), passphrase=passphrase, progress=_reporter(progress))
    return {"path": str(r.path), "records": r.records, "files": r.files, "size": r.size, "encrypted": r.encrypted}


def restore_backup(src: str, target: str, *, passphrase: str | None = None, replace: bool = False,
                   progress: Progress | None = None) -> dict[str, Any]:
    return _backup.restore_backup(Path(src), Path(target), passphrase=passphrase, replace=replace,
                                  progress=_reporter(progress)).as_dict()


def list_backups(ws: Workspace) -> list[dict[str, Any]]:
    out = []
    for folder in (ws.root / "backups" / "auto", ws.root / "backups"):
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir(), reverse=True):
            if path.is_file() and path.suffix in (".ddbackup", ".sqlite3"):
                out.append({"path": str(path), "name": path.name, "size": path.stat().st_size,
                            "kind": "auto" if folder.name == "auto" else "before-migration"})
    return out


def integrity_problems(ws: Workspace) -> list[dict[str, Any]]:
    problems: list[dict[str, Any]] = []
    n = ws.db.execute("SELECT count(*) FROM local_exchange_conflicts WHERE resolved_at IS NULL").fetchone()[0]
    if n:
        problems.append({"area": "exchange", "code": "exchange_conflicts", "severity": "warning",
                         "message": f"{n} exchange conflict(s) wait for a person to choose a version"})
    tmp = ws.root / "exchange" / "tmp"
    if tmp.is_dir():
        left = list(tmp.iterdir())
        if left:
            problems.append({"area": "exchange", "code": "exchange_leftovers", "severity": "warning",
                             "message": f"{len(left)} temporary folder(s) of an interrupted export, import or "
                                        "backup (removed automatically after an hour)"})
    return problems
