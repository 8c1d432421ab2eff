"""Whole-workspace backups: a consistent snapshot of the database and the file store, optionally encrypted.

A backup is a zip (inside an encrypted container when a passphrase is given)::

    manifest.json          format, workspace and device ids, schema, SHA-256 of every member
    db/deputydesk.sqlite3  the database, copied through SQLite's backup API (consistent while in use)
    files/<sha256>         every blob the copied database refers to (blobs are immutable)
    settings.json          workspace settings

``restore_backup`` verifies everything, builds the restored workspace beside the target, opens it (which
migrates an older backup) and checks it; only then is it moved into place, and an existing workspace is
kept aside under ``<name>.before-restore-<time>``. The restored laptop gets a new device id so its event
log never collides with the chain of the laptop the backup came from.

Automatic backups (``after_open``): on the first start of each day, and pruning of the copies taken before
migrations; both keep the newest ``backups_keep`` (workspace setting).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import json
import logging
import os
import re
import shutil
import sqlite3
import stat
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from deputydesk.core.ids import new_id, now_iso
from deputydesk.exchange import crypto

if TYPE_CHECKING:
    from deputydesk.storage.workspace import Workspace

FORMAT = "deputydesk-backup"
FORMAT_VERSION = 1
DB_MEMBER = "db/deputydesk.sqlite3"
AUTO_DIR = ("backups", "auto")
_BLOB = re.compile(r"^files/([0-9a-f]{64})$")
MAX_RATIO = 500
log = logging.getLogger(__name__)
ProgressFn = Callable[[int, int, str], None]


class BackupError(Exception):
    """A backup could not be made or restored; ``str()`` is the plain reason."""


class RestoreNeedsConfirmation(BackupError):
    """The target already holds a workspace; restore again with ``replace=True`` (the GUI asks first)."""


@dataclass
class BackupResult:
    path: Path
    records: int
    files: int
    size: int
    encrypted: bool


@dataclass
class RestoreResult:
    path: Path
    records: int
    files: int
    previous: Path | None
    check_ok: bool
    problems: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"path": str(self.path), "records": self.records, "files": self.files,
                "previous": str(self.previous) if self.previous else None, "ok": self.check_ok,
                "problems": self.problems}


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def work_dir(ws: Workspace, prefix: str) -> Path:
    base = ws.root / "exchange" / "tmp"
    base.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=prefix, dir=base))


def _record_count(conn: sqlite3.Connection) -> int:
    from deputydesk.exchange.package import synced_tables

    total = 0
    for table in synced_tables(conn):
        total += conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]  # noqa: S608
    return total


# --------------------------------------------------------------------------- create
def create_backup(ws: Workspace, out: str | os.PathLike[str], *, passphrase: str | None = None,
                  progress: ProgressFn | None = None) -> BackupResult:
    out = Path(out)
    report = progress or (lambda d, t, s: None)
    work = work_dir(ws, "backup-")
    try:
        report(0, 3, "database")
        db_copy = work / "deputydesk.sqlite3"
        ws.backup_database_to(db_copy)
        conn = sqlite3.connect(str(db_copy))
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
            files = [(r[0], r[1]) for r in conn.execute("SELECT id, size FROM files ORDER BY id")]
            records = _record_count(conn)
            migrations = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
        manifest: dict[str, Any] = {
            "format": FORMAT, "format_version": FORMAT_VERSION, "created_at": now_iso(),
            "workspace_id": ws.workspace_id, "device_id": ws.device_id, "schema_version": version,
            "migrations": migrations, "records": records,
            "db": {"sha256": _sha256(db_copy), "size": db_copy.stat().st_size},
            "files": [],
        }
        zpath = work / "backup.zip"
        with zipfile.ZipFile(zpath, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            zf.write(db_copy, DB_MEMBER)
            for n, (sha, _size) in enumerate(files):
                report(1, 3, f"files {n + 1}/{len(files)}")
                blob = ws.files.path(sha)
                if not blob.is_file():
                    raise BackupError(f"the file {sha[:12]}… is missing from the file store; run "
                                      "`deputydesk check` and try again")
                size = blob.stat().st_size
                manifest["files"].append({"sha256": sha, "size": size})
                zf.write(blob, f"files/{sha}",
                         compress_type=zipfile.ZIP_STORED if size > 1 << 20 else zipfile.ZIP_DEFLATED)
            settings = ws.root / "settings.json"
            if settings.is_file():
                zf.write(settings, "settings.json")
            zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
        report(2, 3, "writing")
        out.parent.mkdir(parents=True, exist_ok=True)
        if passphrase:
            crypto.encrypt_file(zpath, out, passphrase)
        else:
            fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
            try:
                with os.fdopen(fd, "wb") as dst, open(zpath, "rb") as src:
                    shutil.copyfileobj(src, dst, 1 << 20)
                    dst.flush()
                    os.fsync(dst.fileno())
                os.replace(tmp, out)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        report(3, 3, "")
        return BackupResult(out, records, len(files), out.stat().st_size, bool(passphrase))
    finally:
        shutil.rmtree(work, ignore_errors=True)


# --------------------------------------------------------------------------- restore
def _verify_zip(path: Path, zip_path: Path, dest: Path) -> dict[str, Any]:
    """Check names, sizes and hashes, and unpack into ``dest`` (db/, files/, settings.json)."""
    try:
        zf = zipfile.ZipFile(zip_path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise BackupError(f"{path}: not a DeputyDesk backup ({exc})") from None
    with zf:
        names = set()
        for info in zf.infolist():
            name = info.filename
            parts = PurePosixPath(name).parts
            mode = (info.external_attr >> 16) & 0xFFFF
            if ("\\" in name or name.startswith("/") or re.match(r"^[A-Za-z]:", name) or ".." in parts
                    or "." in parts):
                raise BackupError(f"{path}: the backup contains a path that leaves the workspace: {name!r}")
            if stat.S_ISLNK(mode):
                raise BackupError(f"{path}: the backup contains a link ({name!r}); links are not accepted")
            if name not in ("manifest.json", DB_MEMBER, "settings.json") and not _BLOB.match(name):
                raise BackupError(f"{path}: the backup contains an unexpected member {name!r}")
            if name in names:
                raise BackupError(f"{path}: the member {name!r} appears twice")
            if info.file_size > 1 << 20 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise BackupError(f"{path}: the member {name!r} is compressed suspiciously well; refused")
            names.add(name)
        if "manifest.json" not in names or DB_MEMBER not in names:
            raise BackupError(f"{path}: not a DeputyDesk backup (manifest or database missing)")
        try:
            manifest = json.loads(zf.read("manifest.json").decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            raise BackupError(f"{path}: the backup's manifest is damaged") from None
        if manifest.get("format") != FORMAT:
            raise BackupError(f"{path}: not a DeputyDesk backup")
        if manifest.get("format_version") != FORMAT_VERSION:
            raise BackupError(f"{path}: backup format version {manifest.get('format_version')!r} is not "
                              f"supported (this DeputyDesk reads version {FORMAT_VERSION}); update DeputyDesk")
        declared = {f["sha256"]: f.get("size") for f in manifest.get("files", [])}

        def extract(name: str, target: Path, expected_sha: str, expected_size: int | None) -> None:
            target.parent.mkdir(parents=True, exist_ok=True)
            h = hashlib.sha256()
            size = 0
            info = zf.getinfo(name)
            with zf.open(info) as src, open(target, "wb") as out:
                for block in iter(lambda: src.read(1 << 20), b""):
                    size += len(block)
                    if size > info.file_size:
                        raise BackupError(f"{path}: the member {name!r} is larger than it says")
                    h.update(block)
                    out.write(block)
                out.flush()
                os.fsync(out.fileno())
            if h.hexdigest() != expected_sha or (expected_size is not None and size != expected_size):
                raise BackupError(f"{path}: {name} does not match its SHA-256 (the backup was altered or "
                                  "damaged)")

        db = manifest.get("db") or {}
        extract(DB_MEMBER, dest / "deputydesk.sqlite3", str(db.get("sha256")), db.get("size"))
        for name in names:
            m = _BLOB.match(name)
            if m:
                if m.group(1) not in declared:
                    raise BackupError(f"{path}: the file {name!r} is not listed in the manifest")
                extract(name, dest / "files" / m.group(1)[:2] / m.group(1), m.group(1), declared[m.group(1)])
        missing = [sha for sha in declared if f"files/{sha}" not in names]
        if missing:
            raise BackupError(f"{path}: {len(missing)} file(s) listed in the manifest are missing")
        if "settings.json" in names:
            (dest / "settings.json").write_bytes(zf.read("settings.json"))
    return manifest


def restore_backup(src: str | os.PathLike[str], target: str | os.PathLike[str], *,
                   passphrase: str | None = None, replace: bool = False,
                   progress: ProgressFn | None = None) -> RestoreResult:
    """Restore a backup into ``target`` (a new folder, or an existing workspace with ``replace=True``)."""
    from deputydesk.services.check import run_check
    from deputydesk.storage.workspace import DB_NAME, Workspace

    src = Path(src)
    target = Path(target).expanduser()
    report = progress or (lambda d, t, s: None)
    if not src.is_file():
        raise BackupError(f"{src}: file not found")
    existing = (target / DB_NAME).is_file()
    if existing and not replace:
        raise RestoreNeedsConfirmation(
            f"{target} already holds a workspace. Restoring replaces it (the current one is kept aside); "
            "confirm to go on.")
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.restore-", dir=target.parent))
    scratch = Path(tempfile.mkdtemp(prefix=".restore-scratch-", dir=target.parent))
    try:
        report(0, 4, "verify")
        zip_path = src
        if crypto.is_encrypted(src):
            if not passphrase:
                raise BackupError(f"{src}: the backup is encrypted; a passphrase is needed")
            zip_path = scratch / "backup.zip"
            try:
                crypto.decrypt_file(src, zip_path, passphrase)
            except crypto.CryptoError as exc:
                raise BackupError(str(exc)) from None
        report(1, 4, "unpack")
        _verify_zip(src, zip_path, staging)
        report(2, 4, "check")
        conn = sqlite3.connect(str(staging / DB_NAME))
        try:
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if ok != "ok":
                raise BackupError(f"{src}: the database in the backup is damaged ({ok})")
            # a restored copy is a new laptop for the event log: never continue another device's chain
            conn.execute("UPDATE local_meta SET value = ? WHERE key = 'device_id'", [new_id()])
            # the backup itself is today's copy: no automatic backup of the restored workspace right away
            conn.execute("INSERT INTO local_meta (key, value) VALUES ('last_auto_backup', ?) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [_dt.date.today().isoformat()])
            conn.commit()
        finally:
            conn.close()
        restored = Workspace.open(staging)
        try:
            result = run_check(restored, deep=True)
            records = _record_count(restored.db.conn)
            files = restored.db.execute("SELECT count(*) FROM files").fetchone()[0]
        finally:
            restored.close()
        errors = [p for p in result["problems"] if p.get("severity") != "warning"]
        if errors:
            raise BackupError(f"{src}: the restored workspace does not pass the check: {errors[0]['message']}")
        report(3, 4, "move")
        previous = None
        if target.exists() and any(target.iterdir()):
            previous = target.with_name(f"{target.name}.before-restore-{_dt.datetime.now():%Y%m%d-%H%M%S}")
            os.replace(target, previous)
        elif target.exists():
            target.rmdir()
        os.replace(staging, target)
        report(4, 4, "")
        return RestoreResult(target, records, files, previous, True, result["problems"])
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


# --------------------------------------------------------------------------- automatic
def _prune(folder: Path, pattern: str, keep: int) -> int:
    if not folder.is_dir():
        return 0
    found = sorted(folder.glob(pattern), key=lambda p: p.name, reverse=True)
    removed = 0
    for old in found[max(keep, 1):]:
        with contextlib.suppress(OSError):
            old.unlink()
            removed += 1
    return removed


def cleanup_leftovers(ws: Workspace, min_age_seconds: float = 3600) -> int:
    """Remove temporary folders of exports, imports and backups that a crash left behind."""
    import time

    base = ws.root / "exchange" / "tmp"
    removed = 0
    if base.is_dir():
        cutoff = time.time() - min_age_seconds
        for leftover in base.iterdir():
            with contextlib.suppress(OSError):
                if leftover.stat().st_mtime <= cutoff:
                    if leftover.is_dir():
                        shutil.rmtree(leftover, ignore_errors=True)
                    else:
                        leftover.unlink()
                    removed += 1
    for part in (ws.root / "exchange" / "peers").glob("*.part") if (ws.root / "exchange" / "peers").is_dir() \
            else []:
        with contextlib.suppress(OSError):
            part.unlink()
            removed += 1
    return removed


def auto_backup_due(ws: Workspace, today: _dt.date | None = None) -> bool:
    today = today or _dt.date.today()
    return ws.meta("last_auto_backup") != today.isoformat()


def auto_backup(ws: Workspace, today: _dt.date | None = None, force: bool = False) -> Path | None:
    """The first start of a day makes a backup into ``backups/auto`` and keeps the newest N."""
    today = today or _dt.date.today()
    if not force and not auto_backup_due(ws, today):
        return None
    from deputydesk.exchange.package import synced_tables

    has_data = any(ws.db.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone()  # noqa: S608
                   for t in synced_tables(ws.db.conn))
    path = None
    if has_data or force:
        folder = ws.root.joinpath(*AUTO_DIR)
        path = folder / f"auto-{_dt.datetime.now():%Y%m%d-%H%M%S-%f}.ddbackup"
        create_backup(ws, path)
        _prune(folder, "auto-*.ddbackup", int(ws.settings.get("backups_keep", 10)))
    ws.set_meta("last_auto_backup", today.isoformat())
    return path


def after_open(ws: Workspace) -> None:
    """Called by ``Workspace.open``: prune pre-migration copies, daily backup, crash leftovers.
    Never raises: a backup problem must not keep the user out of the workspace."""
    try:
        keep = int(ws.settings.get("backups_keep", 10))
        _prune(ws.root / "backups", "before-migration-*.sqlite3", keep)
        cleanup_leftovers(ws)
        if os.environ.get("DEPUTYDESK_NO_AUTO_BACKUP") != "1":
            auto_backup(ws)
    except Exception as exc:  # disk full, read-only medium…: report, never block opening
        log.warning("automatic backup skipped: %s", exc)
