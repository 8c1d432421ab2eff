"""The workspace: one folder holding the SQLite database, the file store and workspace settings.

    <workspace>/
      deputydesk.sqlite3   the database (WAL)
      files/               content-addressed originals (storage.filestore)
      settings.json        workspace settings
      backups/             copies taken before migrations (and by the backup service)

``Workspace.open(path)`` creates the folder on first use, refuses (untouched) a workspace written by a
newer DeputyDesk, copies the database before any migration, applies pending migrations and returns the
workspace. ``ws.db`` gives each thread its own connection (SQLite connections are not shared between
threads); the GUI's background helper serialises writers.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import getpass
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from deputydesk.core.ids import new_id
from deputydesk.storage import migrations as _migrations
from deputydesk.storage.errors import NewerWorkspaceError, WorkspaceError, classify
from deputydesk.storage.events import EventLog
from deputydesk.storage.filestore import FileStore
from deputydesk.storage.settings import WorkspaceSettings

DB_NAME = "deputydesk.sqlite3"
BUSY_TIMEOUT_MS = 10_000


def _connect(path: Path, *, read_only: bool = False, immutable: bool = False) -> sqlite3.Connection:
    if read_only:
        uri = path.resolve().as_uri() + ("?immutable=1" if immutable else "?mode=ro")
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if not read_only:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
    return conn


def inspect_schema(db_path: Path) -> tuple[int, list[str]]:
    """Read ``user_version`` and applied migration names without writing anything.

    Without a ``-wal`` file the database is opened as immutable, so not even the ``-shm``/``-wal`` side
    files are created; a workspace we refuse stays exactly as it was.
    """
    wal = db_path.with_name(db_path.name + "-wal")
    conn = _connect(db_path, read_only=True, immutable=not wal.exists())
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='_sqlite_migrations'"
        ).fetchone()
        names = []
        if has_table:
            names = [r[0] for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY id",
                [_migrations.MIGRATION_SET],
            )]
        return version, names
    finally:
        conn.close()


class Workspace:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.db_path = self.root / DB_NAME
        self._local = threading.local()
        self._all_dbs: list[Database] = []
        self._idle: list[Database] = []
        self._lock = threading.Lock()
        self.settings = WorkspaceSettings(self.root / "settings.json")
        self.files = FileStore(self, self.root / "files")
        self.events = EventLog(self)
        self._device_id: str | None = None
        self._workspace_id: str | None = None
        self._secrets: Any = None
        self.migrated_from: int | None = None
        self.pre_migration_backup: Path | None = None

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, root: Path | str, *, migrate: bool = True) -> Workspace:
        root = Path(root).expanduser()
        try:
            root.mkdir(parents=True, exist_ok=True)
            ws = cls(root)
            ws._prepare(migrate)
            if migrate:  # daily automatic backup, pruning of old copies (never raises)
                from deputydesk.exchange.backup import after_open

                after_open(ws)
            return ws
        except WorkspaceError:
            raise
        except (sqlite3.Error, OSError) as exc:
            raise classify(exc, root) from exc

    def _prepare(self, migrate: bool) -> None:
        known = set(_migrations.module_names())
        target = _migrations.schema_version()
        existed = self.db_path.exists() and self.db_path.stat().st_size > 0
        if existed:
            version, applied = inspect_schema(self.db_path)
            unknown = [n for n in applied if n not in known]
            if version > target or unknown:
                raise NewerWorkspaceError(
                    f"This workspace ({self.root}) was written by a newer version of DeputyDesk "
                    f"(schema {version}, this program knows {target}). Install the newer DeputyDesk to "
                    "open it. The workspace was not changed.",
                    path=self.root,
                )
        conn = self.db
        conn.execute("PRAGMA journal_mode = WAL")
        pending = _migrations.migrations().pending(conn)
        if pending and migrate:
            if existed:
                self.migrated_from = len(known) - len(pending)
                self.pre_migration_backup = self.backup_database_to(
                    self.root / "backups" / f"before-migration-{_stamp()}-v{self.migrated_from}.sqlite3"
                )
            _migrations.migrations().apply(conn)
            conn.execute(f"PRAGMA user_version = {target}")
        (self.root / "files").mkdir(exist_ok=True)
        self._ensure_ids()
        self.files.cleanup(min_age_seconds=3600)

    def _ensure_ids(self) -> None:
        db = self.db
        for key in ("device_id", "workspace_id"):
            db.execute("INSERT INTO local_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING",
                       [key, new_id()])
        self._device_id = self.meta("device_id")
        self._workspace_id = self.meta("workspace_id")

    # ------------------------------------------------------------------ connections
    @property
    def db(self) -> Database:
        """This thread's connection: taken from the pool of idle connections, or opened on first use."""
        db = getattr(self._local, "db", None)
        if db is None:
            with self._lock:
                db = self._idle.pop() if self._idle else None
            if db is None:
                db = Database(_connect(self.db_path), execute_plugins=False)
                with self._lock:
                    self._all_dbs.append(db)
            self._local.db = db
        return db

    def release_thread_connection(self) -> None:
        """Give this thread's connection back to the pool (end of a background task).

        Worker threads of a Qt thread pool do not keep Python thread-local data from one task to the
        next, so without this every task would open, and leak, a connection of its own.
        """
        db = getattr(self._local, "db", None)
        if db is None:
            return
        self._local.db = None
        if db.conn.in_transaction:  # a task must never leave a transaction open; do not let it leak
            db.conn.rollback()
        with self._lock:
            if any(d is db for d in self._all_dbs):
                self._idle.append(db)

    def close(self) -> None:
        with self._lock:
            dbs, self._all_dbs = self._all_dbs, []
            self._idle = []
        for db in dbs:
            with contextlib.suppress(sqlite3.Error):
                db.conn.close()
        self._local = threading.local()

    def close_thread_connection(self) -> None:
        db = getattr(self._local, "db", None)
        if db is not None:
            with self._lock:
                self._all_dbs = [d for d in self._all_dbs if d is not db]
                self._idle = [d for d in self._idle if d is not db]
            with contextlib.suppress(sqlite3.Error):
                db.conn.close()
            self._local.db = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        with self.db.atomic() as db:
            yield db

    # ------------------------------------------------------------------ identity
    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM local_meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO local_meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )

    @property
    def device_id(self) -> str:
        assert self._device_id is not None
        return self._device_id

    @property
    def workspace_id(self) -> str:
        assert self._workspace_id is not None
        return self._workspace_id

    @property
    def actor(self) -> str:
        name = self.settings.get("user_name")
        if name:
            return str(name)
        try:
            return getpass.getuser()
        except (KeyError, OSError):
            return "user"

    @property
    def secrets(self) -> Any:
        """Encryption of personal-data fields at rest (see exchange.fieldcrypt)."""
        if self._secrets is None:
            from deputydesk.exchange.fieldcrypt import FieldCipher

            self._secrets = FieldCipher(self)
        return self._secrets

    # ------------------------------------------------------------------ maintenance
    @property
    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def backup_database_to(self, dest: Path) -> Path:
        """A consistent copy of the database through SQLite's backup API (safe while in use)."""
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_suffix(dest.suffix + ".part")
        target = sqlite3.connect(str(tmp))
        try:
            self.db.conn.backup(target)
        finally:
            target.close()
        tmp.replace(dest)
        return dest


def _stamp() -> str:
    return _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
