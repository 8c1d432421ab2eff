from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from deputydesk.storage import migrations as mig
from deputydesk.storage.errors import EnvironmentProblem, NewerWorkspaceError, classify
from deputydesk.storage.workspace import DB_NAME, Workspace


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_created_on_first_use_with_wal_and_schema_version(tmp_path):
    root = tmp_path / "a" / "b" / "ws"
    ws = Workspace.open(root)
    try:
        assert (root / DB_NAME).is_file()
        assert (root / "files").is_dir()
        assert ws.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert ws.schema_version == mig.schema_version() >= 1
        applied = [r[0] for r in ws.db.execute("SELECT name FROM _sqlite_migrations")]
        assert applied == list(mig.module_names())
        assert len(ws.device_id) == 36 and ws.device_id != ws.workspace_id
    finally:
        ws.close()


def test_reopen_keeps_identity_and_applies_nothing(tmp_path):
    with Workspace.open(tmp_path / "ws") as ws:
        device = ws.device_id
    with Workspace.open(tmp_path / "ws") as ws:
        assert ws.device_id == device
        assert ws.migrated_from is None
        assert not (tmp_path / "ws" / "backups").exists()


def test_default_workspace_follows_environment(tmp_path, monkeypatch):
    from deputydesk.paths import default_workspace

    monkeypatch.setenv("DEPUTYDESK_WORKSPACE", str(tmp_path / "env-ws"))
    assert default_workspace() == tmp_path / "env-ws"
    monkeypatch.delenv("DEPUTYDESK_WORKSPACE")
    assert "DeputyDesk" in str(default_workspace())


@pytest.mark.parametrize("how", ["user_version", "unknown_migration"])
def test_newer_workspace_is_refused_and_left_untouched(tmp_path, how):
    root = tmp_path / "ws"
    Workspace.open(root).close()
    db_file = root / DB_NAME
    conn = sqlite3.connect(db_file)
    if how == "user_version":
        conn.execute(f"PRAGMA user_version = {mig.schema_version() + 5}")
    else:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES ('deputydesk', 'm9999_from_the_future', '2030-01-01')")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = {p.name: _digest(p) for p in root.iterdir() if p.is_file()}
    with pytest.raises(NewerWorkspaceError) as info:
        Workspace.open(root)
    assert "newer version of DeputyDesk" in str(info.value)
    after = {p.name: _digest(p) for p in root.iterdir() if p.is_file()}
    assert after == before


def test_database_is_copied_before_a_migration(tmp_path, monkeypatch):
    root = tmp_path / "ws"
    with Workspace.open(root) as ws:
        ws.set_meta("marker", "before")

    names = list(mig.module_names()) + ["m9000_test_extra"]
    calls = []

    def extra(db):
        calls.append(1)
        db["test_extra"].create({"id": str}, pk="id")

    from sqlite_utils.migrations import Migrations

    fake = Migrations(mig.MIGRATION_SET)
    for name in mig.module_names():
        fake(name=name)(lambda db: None)
    fake(name="m9000_test_extra")(extra)
    monkeypatch.setattr(mig, "module_names", lambda: tuple(names))
    monkeypatch.setattr(mig, "migrations", lambda: fake)
    monkeypatch.setattr(mig, "schema_version", lambda: len(names))

    with Workspace.open(root) as ws:
        assert calls == [1]
        assert ws.migrated_from == len(names) - 1
        backup = ws.pre_migration_backup
        assert backup is not None and backup.is_file()
        assert ws.schema_version == len(names)
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT value FROM local_meta WHERE key='marker'").fetchone()[0] == "before"
    assert copy.execute("SELECT count(*) FROM sqlite_master WHERE name='test_extra'").fetchone()[0] == 0
    copy.close()


def test_failed_migration_rolls_back_and_stays_pending(tmp_path, monkeypatch):
    root = tmp_path / "ws"
    Workspace.open(root).close()
    from sqlite_utils.migrations import Migrations

    def broken(db):
        db["half_made"].create({"id": str}, pk="id")
        raise RuntimeError("boom")

    fake = Migrations(mig.MIGRATION_SET)
    for name in mig.module_names():
        fake(name=name)(lambda db: None)
    fake(name="m9001_broken")(broken)
    names = (*mig.module_names(), "m9001_broken")
    monkeypatch.setattr(mig, "module_names", lambda: names)
    monkeypatch.setattr(mig, "migrations", lambda: fake)
    monkeypatch.setattr(mig, "schema_version", lambda: len(names))
    with pytest.raises(RuntimeError):
        Workspace.open(root)
    conn = sqlite3.connect(root / DB_NAME)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name='half_made'").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM _sqlite_migrations WHERE name='m9001_broken'").fetchone()[0] == 0
    conn.close()


def test_corrupt_database_is_an_environment_problem(tmp_path):
    root = tmp_path / "ws"
    root.mkdir()
    (root / DB_NAME).write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(EnvironmentProblem) as info:
        Workspace.open(root)
    assert info.value.kind == "corrupt"
    assert "backup" in str(info.value)


def test_read_only_folder_is_an_environment_problem(tmp_path):
    import os

    if os.geteuid() == 0:
        # root ignores permissions; check the classification directly instead
        exc = sqlite3.OperationalError("attempt to write a readonly database")
        exc.sqlite_errorcode = 8  # type: ignore[attr-defined]
        problem = classify(exc)
        assert isinstance(problem, EnvironmentProblem) and problem.kind == "readonly"
        return
    root = tmp_path / "ro"
    root.mkdir()
    root.chmod(0o500)
    try:
        with pytest.raises(EnvironmentProblem):
            Workspace.open(root)
    finally:
        root.chmod(0o700)


def test_error_classification():
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13  # type: ignore[attr-defined]
    assert classify(full).kind == "full"  # type: ignore[union-attr]
    locked = sqlite3.OperationalError("database is locked")
    assert classify(locked).kind == "locked"  # type: ignore[union-attr]
    bug = sqlite3.OperationalError("no such column: nonsense")
    assert classify(bug) is bug
    assert classify(ValueError("x")).__class__ is ValueError
    import errno

    assert classify(OSError(errno.ENOSPC, "No space left on device")).kind == "full"  # type: ignore[union-attr]


def test_locked_database_is_reported_plainly(tmp_path):
    root = tmp_path / "ws"
    with Workspace.open(root) as ws:
        blocker = sqlite3.connect(root / DB_NAME, timeout=0)
        blocker.execute("BEGIN EXCLUSIVE")
        try:
            ws.db.conn.execute("PRAGMA busy_timeout = 50")
            with pytest.raises(sqlite3.OperationalError) as info:
                ws.db.execute("INSERT INTO local_meta (key, value) VALUES ('x', 'y')")
            problem = classify(info.value)
            assert isinstance(problem, EnvironmentProblem) and problem.kind == "locked"
        finally:
            blocker.rollback()
            blocker.close()


def test_damaged_settings_file_does_not_lock_the_user_out(tmp_path):
    root = tmp_path / "ws"
    root.mkdir()
    (root / "settings.json").write_text("{not json", encoding="utf-8")
    with Workspace.open(root) as ws:
        assert ws.settings.get("backups_keep") == 10
        ws.settings.set("user_name", "Әсем")
    with Workspace.open(root) as ws:
        assert ws.settings.get("user_name") == "Әсем"
        assert ws.actor == "Әсем"
    assert (root / "settings.damaged.json").exists()


def test_each_thread_gets_its_own_connection(tmp_path):
    import threading

    with Workspace.open(tmp_path / "ws") as ws:
        main_conn = ws.db.conn
        seen = []

        def worker():
            seen.append(ws.db.conn)
            ws.db.execute("INSERT INTO local_meta (key, value) VALUES ('from_thread', '1')")

        t = threading.Thread(target=worker)
        t.start()
        t.join()
        assert seen[0] is not main_conn
        assert ws.meta("from_thread") == "1"
