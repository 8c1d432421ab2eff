"""Exchange packages between two real workspaces: merge rules, convergence, refusal of bad packages."""

from __future__ import annotations

import io
import json
import os
import stat
import time
import zipfile
from pathlib import Path

import pytest

from deputydesk.exchange import package as pkg
from deputydesk.storage import records
from deputydesk.storage.workspace import Workspace


@pytest.fixture
def pair(tmp_path):
    a = Workspace.open(tmp_path / "A")
    b = Workspace.open(tmp_path / "B")
    yield a, b
    a.close()
    b.close()


def dump(ws: Workspace, table: str) -> list[tuple]:
    return sorted(tuple(r) for r in ws.db.execute(f"SELECT * FROM {table}").fetchall())  # noqa: S608


def synced_state(ws: Workspace) -> dict[str, list[tuple]]:
    return {t: dump(ws, t) for t in pkg.synced_tables(ws.db.conn)}


def org(ws, name, **extra):
    return records.insert(ws, "organisations", {"kind": "akimat", "name_ru": name, **extra}, log=True)


def test_full_then_since_last_converges_both_ways(pair, tmp_path):
    a, b = pair
    ids = [org(a, f"Отдел {i}") for i in range(20)]
    blob = a.files.put_bytes("Шешім мәтіні".encode(), original_name="шешім.txt")
    r1 = pkg.export_package(a, tmp_path / "a1.ddx")
    assert r1.counts["organisations"]["insert"] == 20 and r1.files == 1
    i1 = pkg.import_package(b, tmp_path / "a1.ddx")
    assert i1.added == 20 + 1 + 20  # organisations, files row, events
    assert i1.files_added == 1 and b.files.read_bytes(blob) == "Шешім мәтіні".encode()
    assert synced_state(a) == synced_state(b)
    # B edits, deletes, adds; A edits something else meanwhile
    records.update(b, "organisations", ids[0], {"name_kk": "Бөлім"}, log=True)
    records.delete(b, "organisations", ids[1], log=True)
    new_b = org(b, "Новая организация")
    records.update(a, "organisations", ids[2], {"phone": "+7 727 000 00 00"}, log=True)
    rb = pkg.export_package(b, tmp_path / "b1.ddx", since_last=True)
    assert rb.since_last and rb.counts["organisations"] == {"insert": 1, "update": 1, "delete": 1}
    ia = pkg.import_package(a, tmp_path / "b1.ddx")
    assert (ia.added, ia.merged, ia.deleted, ia.conflicts) == (1 + 3, 1, 1, 0)  # +3 events from B
    ra = pkg.export_package(a, tmp_path / "a2.ddx", since_last=True)
    assert ra.counts["organisations"]["update"] == 1  # only A's own edit goes back
    pkg.import_package(b, tmp_path / "a2.ddx")
    assert synced_state(a) == synced_state(b)
    assert records.find(a, "organisations", new_b) is not None
    assert records.find(b, "organisations", ids[1]) is None
    # both event chains verify on both laptops, each device's chain as its device wrote it
    assert a.events.verify() == [] and b.events.verify() == []
    devices = {r[0] for r in a.db.execute("SELECT DISTINCT device_id FROM events")}
    assert devices == {a.device_id, b.device_id}


def test_same_package_twice_changes_nothing(pair, tmp_path):
    a, b = pair
    for i in range(5):
        org(a, f"O{i}")
    pkg.export_package(a, tmp_path / "p.ddx")
    first = pkg.import_package(b, tmp_path / "p.ddx")
    state = synced_state(b)
    second = pkg.import_package(b, tmp_path / "p.ddx")
    assert second.already_imported and not first.already_imported
    assert (second.added, second.merged, second.deleted, second.conflicts) == (0, 0, 0, 0)
    assert synced_state(b) == state
    # an update package applied twice as well
    records.update(a, "organisations", dump(a, "organisations")[0][0], {"name_kk": "жаңа"})
    pkg.export_package(a, tmp_path / "u.ddx", since_last=True)
    pkg.import_package(b, tmp_path / "u.ddx")
    state = synced_state(b)
    again = pkg.import_package(b, tmp_path / "u.ddx")
    assert (again.added, again.merged, again.conflicts) == (0, 0, 0)
    assert synced_state(b) == state == synced_state(a)


def test_both_changed_newer_wins_and_both_versions_are_kept(pair, tmp_path):
    a, b = pair
    rid = org(a, "Исходное")
    pkg.export_package(a, tmp_path / "0.ddx")
    pkg.import_package(b, tmp_path / "0.ddx")
    pkg.export_package(b, tmp_path / "b0.ddx", since_last=True)  # B has a snapshot for A now
    records.update(a, "organisations", rid, {"name_ru": "Правка A"})
    time.sleep(0.002)
    records.update(b, "organisations", rid, {"name_ru": "Правка B"})  # newer
    pkg.export_package(a, tmp_path / "a.ddx", since_last=True)
    res = pkg.import_package(b, tmp_path / "a.ddx")
    assert res.conflicts == 1 and res.merged == 0
    conflicts = pkg.open_conflicts(b)
    assert len(conflicts) == 1
    c = conflicts[0]
    assert c["kind"] == "both_changed" and c["winner"] == "local"
    assert json.loads(c["local_version"])["name_ru"] == "Правка B"
    assert json.loads(c["incoming_version"])["name_ru"] == "Правка A"
    assert records.get(b, "organisations", rid)["name_ru"] == "Правка B"
    pkg.export_package(b, tmp_path / "b.ddx", since_last=True)
    pkg.import_package(a, tmp_path / "b.ddx")
    assert records.get(a, "organisations", rid)["name_ru"] == "Правка B"
    assert synced_state(a) == synced_state(b)
    # a person brings the other version back
    pkg.resolve_conflict(b, c["id"], take="loser")
    assert records.get(b, "organisations", rid)["name_ru"] == "Правка A"
    assert pkg.open_conflicts(b) == []


def test_deleted_there_changed_here_keeps_the_row(pair, tmp_path):
    a, b = pair
    rid = org(a, "Удаляемое")
    pkg.export_package(a, tmp_path / "0.ddx")
    pkg.import_package(b, tmp_path / "0.ddx")
    pkg.export_package(b, tmp_path / "b0.ddx", since_last=True)
    records.delete(a, "organisations", rid)
    records.update(b, "organisations", rid, {"name_ru": "Изменено на B"})
    pkg.export_package(a, tmp_path / "a.ddx", since_last=True)
    res = pkg.import_package(b, tmp_path / "a.ddx")
    assert res.deleted == 0 and res.conflicts == 1
    assert records.get(b, "organisations", rid)["name_ru"] == "Изменено на B"
    assert pkg.open_conflicts(b)[0]["kind"] == "deleted_there_changed_here"


def test_thousand_changed_records_round_trip_quickly(pair, tmp_path):
    a, b = pair
    with a.db.atomic():
        ids = [records.insert(a, "organisations", {"kind": "department", "name_ru": f"Отдел {i}"})
               for i in range(1000)]
    pkg.export_package(a, tmp_path / "full.ddx")
    pkg.import_package(b, tmp_path / "full.ddx")
    pkg.export_package(b, tmp_path / "b.ddx", since_last=True)
    with a.db.atomic():
        for rid in ids:
            records.update(a, "organisations", rid, {"phone": "8 (7282) 00-00-00"})
    res = pkg.export_package(a, tmp_path / "u.ddx", since_last=True)
    assert res.counts["organisations"]["update"] == 1000
    imp = pkg.import_package(b, tmp_path / "u.ddx")
    assert imp.merged == 1000 and imp.conflicts == 0
    assert synced_state(a) == synced_state(b)


def test_encrypted_package_and_wrong_passphrase(pair, tmp_path):
    a, b = pair
    org(a, "Секретная")
    pkg.export_package(a, tmp_path / "e.ddx", passphrase="Құпия-сөз 2024")
    assert b"\xd0\xa1\xd0\xb5\xd0\xba" not in (tmp_path / "e.ddx").read_bytes()  # "Сек" not visible
    with pytest.raises(pkg.PackageError, match="wrong passphrase"):
        pkg.import_package(b, tmp_path / "e.ddx", passphrase="nope")
    with pytest.raises(pkg.PackageError, match="passphrase is needed"):
        pkg.import_package(b, tmp_path / "e.ddx")
    assert dump(b, "organisations") == []
    res = pkg.import_package(b, tmp_path / "e.ddx", passphrase="Құпия-сөз 2024")
    assert res.added >= 1


# --------------------------------------------------------------------------- refusals
def _rebuild(src: Path, dst: Path, edit) -> None:
    """Copy a package member by member, letting ``edit(name, data, zout)`` change things."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if edit(info.filename, data, zout) is not False:
                zout.writestr(info.filename, data)


@pytest.fixture
def good_package(pair, tmp_path):
    a, b = pair
    for i in range(3):
        org(a, f"Орг {i}")
    a.files.put_bytes(b"blob-content-" * 100, original_name="x.bin")
    path = tmp_path / "good.ddx"
    pkg.export_package(a, path)
    return a, b, path


def _assert_nothing_imported(b: Workspace, before: dict) -> None:
    assert synced_state(b) == before
    blobs = list(b.files.iter_blobs())
    assert blobs == []


def _refused(b, path, match, **kw):
    before = synced_state(b)
    with pytest.raises(pkg.PackageError, match=match) as info:
        pkg.import_package(b, path, **kw)
    _assert_nothing_imported(b, before)
    assert str(path) in str(info.value) or kw
    return info.value


def test_tampered_changes_are_refused(good_package, tmp_path):
    _, b, path = good_package
    bad = tmp_path / "bad.ddx"

    def edit(name, data, zout):
        if name == pkg.CHANGES:
            zout.writestr(name, data[:-1] + bytes([data[-1] ^ 1]))
            return False

    _rebuild(path, bad, edit)
    _refused(b, bad, "SHA-256")


def test_tampered_blob_is_refused(good_package, tmp_path):
    _, b, path = good_package
    bad = tmp_path / "bad.ddx"

    def edit(name, data, zout):
        if name.startswith("files/"):
            zout.writestr(name, data + b"!")
            return False

    _rebuild(path, bad, edit)
    _refused(b, bad, "does not match its SHA-256")


@pytest.mark.parametrize("evil", ["../escape.txt", "/etc/passwd", "files/../../x", "C:/Windows/x",
                                  "files\\..\\x"])
def test_paths_that_escape_are_refused(good_package, tmp_path, evil):
    _, b, path = good_package
    bad = tmp_path / "bad.ddx"

    def edit(name, data, zout):
        if name == pkg.MANIFEST:
            zout.writestr(zipfile.ZipInfo(evil), b"x")

    _rebuild(path, bad, edit)
    _refused(b, bad, "leaves the workspace")


def test_symlinks_are_refused(good_package, tmp_path):
    _, b, path = good_package
    bad = tmp_path / "bad.ddx"

    def edit(name, data, zout):
        if name.startswith("files/"):
            info = zipfile.ZipInfo(name)
            info.create_system = 3
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zout.writestr(info, "/etc/passwd")
            return False

    _rebuild(path, bad, edit)
    _refused(b, bad, "link")


def test_zip_bomb_and_oversized_members_are_refused(good_package, tmp_path):
    _, b, path = good_package
    bomb = tmp_path / "bomb.ddx"

    def edit(name, data, zout):
        if name.startswith("files/"):
            zout.writestr(zipfile.ZipInfo(name), b"\0" * (60 << 20), compress_type=zipfile.ZIP_DEFLATED)
            return False

    _rebuild(path, bomb, edit)
    _refused(b, bomb, "zip bomb")
    _refused(b, path, "too large", limits=pkg.Limits(max_member=100))


def test_unknown_format_version_and_foreign_files_are_refused(good_package, tmp_path):
    _, b, path = good_package
    newer = tmp_path / "newer.ddx"

    def edit(name, data, zout):
        if name == pkg.MANIFEST:
            m = json.loads(data)
            m["format_version"] = 99
            zout.writestr(name, json.dumps(m))
            return False

    _rebuild(path, newer, edit)
    _refused(b, newer, "format version 99")
    not_zip = tmp_path / "note.ddx"
    not_zip.write_text("hello")
    _refused(b, not_zip, "not a DeputyDesk package")
    extra = tmp_path / "extra.ddx"
    _rebuild(path, extra, lambda n, d, z: z.writestr("run.sh", b"rm -rf /") if n == pkg.MANIFEST else None)
    _refused(b, extra, "unexpected member")


def test_newer_schema_is_refused(good_package, tmp_path):
    _, b, path = good_package
    newer = tmp_path / "newer.ddx"

    def edit(name, data, zout):
        if name == pkg.MANIFEST:
            m = json.loads(data)
            m["migrations"].append("m0999_future")
            zout.writestr(name, json.dumps(m))
            return False

    _rebuild(path, newer, edit)
    _refused(b, newer, "newer DeputyDesk")


def test_broken_link_refuses_whole_package(pair, tmp_path):
    """A member whose body is missing here cannot half-arrive: the whole package is refused."""
    a, b = pair
    body = records.insert(a, "bodies", {"kind": "maslikhat", "name_ru": "Маслихат"})
    pkg.export_package(a, tmp_path / "0.ddx")
    pkg.import_package(b, tmp_path / "0.ddx")
    pkg.export_package(b, tmp_path / "b0.ddx", since_last=True)
    # B deletes the body; A adds a member pointing at it
    records.delete(b, "bodies", body)
    records.insert(a, "members", {"body_id": body, "full_name": "Депутат"})
    pkg.export_package(a, tmp_path / "a.ddx", since_last=True)
    before = synced_state(b)
    with pytest.raises(pkg.PackageError, match="does not fit"):
        pkg.import_package(b, tmp_path / "a.ddx")
    assert synced_state(b) == before


def test_tables_added_by_later_areas_travel_automatically(pair, tmp_path):
    """Any table with an id primary key is exchanged; local_ tables and _fts tables are not."""
    a, b = pair
    for ws in (a, b):
        ws.db.execute("CREATE TABLE widgets (id TEXT PRIMARY KEY, name TEXT, created_at TEXT, "
                      "updated_at TEXT, updated_by TEXT)")
        ws.db.execute("CREATE TABLE local_cache (id TEXT PRIMARY KEY, v TEXT)")
        ws.db.execute("CREATE VIRTUAL TABLE widgets_fts USING fts5(name, content='widgets')")
    records.insert(a, "widgets", {"name": "Виджет"})
    a.db.execute("INSERT INTO local_cache VALUES ('x', 'private')")
    a.db.execute("INSERT INTO widgets_fts(widgets_fts) VALUES('rebuild')")
    pkg.export_package(a, tmp_path / "w.ddx")
    res = pkg.import_package(b, tmp_path / "w.ddx")
    assert res.by_table["widgets"]["added"] == 1
    assert dump(b, "local_cache") == []
    # the derived index was rebuilt after the exchange
    assert b.db.execute("SELECT count(*) FROM widgets_fts WHERE widgets_fts MATCH 'Виджет'").fetchone()[0] == 1


def test_package_manifest_lists_counts_and_hashes(good_package):
    a, _, path = good_package
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read(pkg.MANIFEST))
        names = zf.namelist()
    assert manifest["format_version"] == pkg.FORMAT_VERSION
    assert manifest["sender"]["device_id"] == a.device_id
    assert manifest["counts"]["organisations"]["insert"] == 3
    assert len(manifest["files"]) == 1 and f"files/{manifest['files'][0]['sha256']}" in names
    _ = io, os
