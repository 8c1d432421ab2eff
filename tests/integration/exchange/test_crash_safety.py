"""Kill a child process at random moments of import, export, backup and migration (≥ 100 times).

After every kill the workspace must open, pass `check`, keep every record whose commit was reported, and
have no half-imported package; outputs are either absent or complete; unreferenced blobs are cleaned up.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from deputydesk.exchange import backup as backup_mod
from deputydesk.exchange import package as pkg
from deputydesk.services.check import run_check
from deputydesk.storage import records
from deputydesk.storage.workspace import Workspace

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
CHILD = HERE / "crash_child.py"
ROUNDS = 104
IMPORTED_ROWS = 1500


WINDOW = {"import": 0.35, "export": 0.15, "backup": 0.12, "migrate": 0.05}  # seconds after "ready"


def _run_and_kill(args: list[str], rng: random.Random) -> tuple[list[str], bool]:
    env = dict(os.environ, PYTHONPATH=str(REPO), DEPUTYDESK_NO_AUTO_BACKUP="1")
    proc = subprocess.Popen([sys.executable, str(CHILD), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env, cwd=str(REPO))
    assert proc.stdout is not None
    line = proc.stdout.readline()  # "ready": imports done, the operation starts now
    assert line.strip() == "ready", proc.stderr.read() if proc.stderr else ""
    time.sleep(rng.uniform(0.0, WINDOW[args[0]]))
    finished = proc.poll() is not None
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate()
    lines = [line.strip() for line in out.splitlines()]
    if finished and proc.returncode not in (0, -9):
        pytest.fail(f"child failed on its own: {err}")
    return lines, "done" in lines


def _open_and_check(root: Path) -> Workspace:
    ws = Workspace.open(root)
    backup_mod.cleanup_leftovers(ws, min_age_seconds=0)
    ws.files.cleanup(min_age_seconds=0)
    result = run_check(ws, deep=False)
    errors = [p for p in result["problems"] if p.get("severity") != "warning"]
    assert errors == [], errors
    assert not [p for p in ws.files.verify(deep=False) if p["code"] == "file_orphan"]
    assert not (root / "exchange" / "tmp").exists() or not list((root / "exchange" / "tmp").iterdir())
    return ws


def _committed(lines: list[str]) -> list[str]:
    return [line.split()[1] for line in lines if line.startswith("committed ")]


@pytest.fixture(scope="module")
def sources(tmp_path_factory):
    base = tmp_path_factory.mktemp("crash")
    os.environ["DEPUTYDESK_NO_AUTO_BACKUP"] = "1"
    # a sender with many records and some files, and its full package
    sender = Workspace.open(base / "sender")
    with sender.db.atomic():
        for i in range(IMPORTED_ROWS):
            records.insert(sender, "organisations", {"kind": "department", "name_ru": f"Отдел {i}"})
    for i in range(12):
        sender.files.put_bytes(os.urandom(150_000), original_name=f"scan{i}.bin")
    package_path = base / "sender.ddx"
    pkg.export_package(sender, package_path)
    sender.close()
    # the workspace under test, and a template without the m0500 migration applied
    main = Workspace.open(base / "main")
    for i in range(50):
        records.insert(main, "organisations", {"kind": "akimat", "name_kk": f"Әкімдік {i}"}, log=True)
    main.files.put_bytes(b"x" * 200_000, original_name="big.bin")
    main.close()
    old = base / "old-template"
    shutil.copytree(base / "main", old)
    conn = sqlite3.connect(old / "deputydesk.sqlite3")
    for table in ("dossier_items", "dossier_issues", "dossiers", "local_exchange_log", "local_exchange_conflicts"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm0500_dossiers_exchange'")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.execute(f"PRAGMA user_version = {version - 1}")
    conn.commit()
    conn.close()
    empty = Workspace.open(base / "empty-template")
    empty.close()
    yield base, package_path
    os.environ.pop("DEPUTYDESK_NO_AUTO_BACKUP", None)


@pytest.mark.slow
def test_random_kills_lose_nothing_committed(sources):
    base, package_path = sources
    rng = random.Random(20240315)
    main_root = base / "main"
    committed: list[str] = []
    stats = {"import": [0, 0], "export": [0, 0], "backup": [0, 0], "migrate": [0, 0]}
    for round_no in range(ROUNDS):
        op = ("import", "export", "backup", "migrate")[round_no % 4]
        if op == "import":
            target = base / f"imp-{round_no}"
            shutil.copytree(base / "empty-template", target)
            lines, done = _run_and_kill(["import", str(target), str(package_path)], rng)
            ws = _open_and_check(target)
            n = ws.db.execute("SELECT count(*) FROM organisations WHERE kind = 'department'").fetchone()[0]
            assert n in (0, IMPORTED_ROWS), f"half an import: {n} rows"
            if done:
                assert n == IMPORTED_ROWS
            for rid in _committed(lines):
                assert records.find(ws, "organisations", rid) is not None
            ws.close()
            shutil.rmtree(target)
        elif op == "migrate":
            target = base / f"mig-{round_no}"
            shutil.copytree(base / "old-template", target)
            lines, done = _run_and_kill(["migrate", str(target)], rng)
            ws = _open_and_check(target)
            assert ws.db.execute("SELECT count(*) FROM organisations").fetchone()[0] == 50
            assert "dossiers" in ws.db.table_names()
            ws.close()
            shutil.rmtree(target)
        else:
            out = base / f"{op}-{round_no}.out"
            lines, done = _run_and_kill([op, str(main_root), str(out)], rng)
            committed += _committed(lines)
            ws = _open_and_check(main_root)
            for rid in committed:
                assert records.find(ws, "organisations", rid) is not None, "a committed record was lost"
            ws.close()
            if out.exists():  # complete or absent, never half-written under the real name
                with zipfile.ZipFile(out) as zf:
                    assert zf.testzip() is None
                    assert "manifest.json" in zf.namelist()
                if op == "export":
                    pkg.read_manifest(out)
            elif done:
                pytest.fail(f"{op} reported done but wrote nothing")
            for part in out.parent.glob(f".{out.name}.*"):
                part.unlink()
        stats[op][0] += 1
        stats[op][1] += 0 if done else 1
    interrupted = sum(v[1] for v in stats.values())
    print("crash rounds (total, interrupted):", stats)
    assert sum(v[0] for v in stats.values()) >= 100
    assert interrupted >= 25, stats  # a good share of the rounds really were cut short
