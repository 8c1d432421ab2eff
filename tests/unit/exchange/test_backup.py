"""Backups: consistent snapshot while writing, restore into new/existing workspaces, encryption, auto."""

from __future__ import annotations

import datetime as dt
import threading
import zipfile

import pytest

from deputydesk.exchange import backup
from deputydesk.exchange.package import synced_tables
from deputydesk.storage import records
from deputydesk.storage.workspace import Workspace


def state(ws):
    out = {}
    for t in synced_tables(ws.db.conn):
        if t == "events":
            continue
        out[t] = sorted(tuple(r) for r in ws.db.execute(f'SELECT * FROM "{t}"').fetchall())  # noqa: S608
    return out


@pytest.fixture
def filled(workspace):
    for i in range(30):
        records.insert(workspace, "organisations", {"kind": "akimat", "name_kk": f"Әкімдік {i}"}, log=True)
    workspace.files.put_bytes("Бюджет туралы шешім".encode() * 500, original_name="шешім.txt")
    workspace.files.put_bytes(b"%PDF-1.4 fake", original_name="a.pdf")
    return workspace


def test_backup_then_restore_gives_same_records_and_files(filled, tmp_path):
    out = tmp_path / "b.ddbackup"
    res = backup.create_backup(filled, out)
    assert res.files == 2 and res.records >= 32 and not res.encrypted
    restored = backup.restore_backup(out, tmp_path / "restored")
    assert restored.check_ok and restored.previous is None
    ws2 = Workspace.open(tmp_path / "restored")
    try:
        assert state(ws2) == state(filled)
        for sha, path in filled.files.iter_blobs():
            assert ws2.files.read_bytes(sha) == path.read_bytes()
        assert ws2.device_id != filled.device_id  # a restored copy starts its own event chain
        assert ws2.workspace_id == filled.workspace_id
        assert ws2.events.verify() == []
    finally:
        ws2.close()


def test_encrypted_backup_and_wrong_passphrase(filled, tmp_path):
    out = tmp_path / "b.ddbackup"
    res = backup.create_backup(filled, out, passphrase="Мықты құпия сөз")
    assert res.encrypted
    assert "Әкімдік".encode() not in out.read_bytes()
    with pytest.raises(backup.BackupError, match="wrong passphrase"):
        backup.restore_backup(out, tmp_path / "r", passphrase="қате")
    assert not (tmp_path / "r").exists()
    with pytest.raises(backup.BackupError, match="passphrase is needed"):
        backup.restore_backup(out, tmp_path / "r")
    backup.restore_backup(out, tmp_path / "r", passphrase="Мықты құпия сөз")
    ws2 = Workspace.open(tmp_path / "r")
    assert state(ws2) == state(filled)
    ws2.close()


def test_restore_into_existing_workspace_needs_confirmation_and_keeps_the_old(filled, tmp_path):
    out = tmp_path / "b.ddbackup"
    backup.create_backup(filled, out)
    other = Workspace.open(tmp_path / "other")
    records.insert(other, "organisations", {"kind": "other", "name_ru": "Чужая"})
    other.close()
    with pytest.raises(backup.RestoreNeedsConfirmation):
        backup.restore_backup(out, tmp_path / "other")
    res = backup.restore_backup(out, tmp_path / "other", replace=True)
    assert res.previous is not None and (res.previous / "deputydesk.sqlite3").is_file()
    ws2 = Workspace.open(tmp_path / "other")
    assert state(ws2) == state(filled)
    ws2.close()
    old = Workspace.open(res.previous)
    assert [r[0] for r in old.db.execute("SELECT name_ru FROM organisations")] == ["Чужая"]
    old.close()


def test_tampered_and_escaping_backups_are_refused(filled, tmp_path):
    out = tmp_path / "b.ddbackup"
    backup.create_backup(filled, out)
    bad = tmp_path / "bad.ddbackup"
    with zipfile.ZipFile(out) as zin, zipfile.ZipFile(bad, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename.startswith("files/"):
                data = data[:-1] + b"X"
            zout.writestr(info.filename, data)
    with pytest.raises(backup.BackupError, match="SHA-256"):
        backup.restore_backup(bad, tmp_path / "r1")
    assert not (tmp_path / "r1").exists()
    slip = tmp_path / "slip.ddbackup"
    with zipfile.ZipFile(out) as zin, zipfile.ZipFile(slip, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info))
        zout.writestr("../../evil.sh", b"echo")
    with pytest.raises(backup.BackupError, match="leaves the workspace"):
        backup.restore_backup(slip, tmp_path / "r2")
    assert not (tmp_path.parent / "evil.sh").exists()


def test_backup_is_consistent_while_the_app_writes(filled, tmp_path):
    stop = threading.Event()
    written = []

    def writer():
        ws = Workspace.open(filled.root)
        try:
            while not stop.is_set():
                with ws.db.atomic():
                    a = records.insert(ws, "organisations", {"kind": "x", "name_ru": "pair-a"})
                    b = records.insert(ws, "organisations", {"kind": "x", "name_ru": "pair-b",
                                                             "parent_id": a})
                written.append((a, b))
        finally:
            ws.close()

    t = threading.Thread(target=writer)
    t.start()
    try:
        for i in range(3):
            backup.create_backup(filled, tmp_path / f"b{i}.ddbackup")
    finally:
        stop.set()
        t.join()
    assert written
    for i in range(3):
        target = tmp_path / f"r{i}"
        backup.restore_backup(tmp_path / f"b{i}.ddbackup", target)
        ws = Workspace.open(target)
        a = ws.db.execute("SELECT count(*) FROM organisations WHERE name_ru = 'pair-a'").fetchone()[0]
        b = ws.db.execute("SELECT count(*) FROM organisations WHERE name_ru = 'pair-b'").fetchone()[0]
        ws.close()
        assert a == b  # never half a transaction


def test_automatic_backup_once_a_day_keeps_the_newest(filled, tmp_path):
    filled.settings.set("backups_keep", 2)
    day = dt.date(2024, 3, 1)
    filled.set_meta("last_auto_backup", "")
    made = []
    for k in range(4):
        path = backup.auto_backup(filled, today=day + dt.timedelta(days=k))
        assert path is not None and path.is_file()
        made.append(path)
        assert backup.auto_backup(filled, today=day + dt.timedelta(days=k)) is None  # once a day
    folder = filled.root / "backups" / "auto"
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in made[-2:])


def test_workspace_open_makes_the_daily_backup(tmp_path):
    ws = Workspace.open(tmp_path / "w")
    records.insert(ws, "organisations", {"kind": "akimat", "name_ru": "Акимат"})
    ws.close()
    assert not (tmp_path / "w" / "backups" / "auto").exists()  # the empty workspace of day one: nothing
    ws = Workspace.open(tmp_path / "w")  # same day: already marked as done
    ws.set_meta("last_auto_backup", "2000-01-01")
    ws.close()
    ws = Workspace.open(tmp_path / "w")  # "next day"
    ws.close()
    autos = list((tmp_path / "w" / "backups" / "auto").glob("auto-*.ddbackup"))
    assert len(autos) == 1


def test_personal_data_is_not_in_the_raw_database_file(workspace, tmp_path):
    """An ИИН sealed through the workspace key never appears in the database file (or its WAL)."""
    iin = "900101300123"
    sealed = workspace.secrets.seal(iin)
    records.insert(workspace, "members", {"body_id": records.insert(workspace, "bodies", {"kind": "maslikhat"}),
                                          "full_name": "Азамат", "phone": sealed})
    workspace.db.execute("PRAGMA wal_checkpoint(FULL)")
    for path in workspace.root.glob("deputydesk.sqlite3*"):
        assert iin.encode() not in path.read_bytes()
    assert workspace.secrets.open(sealed) == iin
    out = tmp_path / "b.ddbackup"
    backup.create_backup(workspace, out)
    with zipfile.ZipFile(out) as zf:
        assert iin.encode() not in zf.read(backup.DB_MEMBER)
