"""The command line end to end, in child processes that abort on any network attempt."""

from __future__ import annotations

import json
import sqlite3

from deputydesk import __version__


def test_version_and_help(cli):
    r = cli("--version")
    assert r.returncode == 0 and r.stdout.strip() == f"DeputyDesk {__version__}"
    r = cli("--help")
    assert r.returncode == 0
    for cmd in ("gui", "demo", "check"):
        assert cmd in r.stdout


def test_usage_error_exits_2(cli):
    r = cli("no-such-command")
    assert r.returncode == 2
    r = cli("check", "--no-such-flag")
    assert r.returncode == 2


def test_demo_then_check_reports_everything_ok(cli, tmp_path):
    ws = tmp_path / "W"
    r = cli("demo", "--json", workspace=ws)
    assert r.returncode == 0, r.stderr
    first = json.loads(r.stdout)
    assert first["counts"]["bodies"] == 2 and first["counts"]["organisations"] >= 9
    r = cli("demo", "--json", workspace=ws)  # idempotent
    assert json.loads(r.stdout)["counts"] == first["counts"]
    r = cli("check", "--json", workspace=ws)
    assert r.returncode == 0, r.stderr
    result = json.loads(r.stdout)
    assert result["ok"] is True and result["problems"] == []
    # the demo council has Kazakh and Russian names, akimat and ≥ 8 departments
    conn = sqlite3.connect(ws / "deputydesk.sqlite3")
    names = conn.execute("SELECT name_kk, name_ru FROM bodies WHERE kind='maslikhat'").fetchone()
    assert names == ("Абай аудандық мәслихаты", "Абайский районный маслихат")
    departments = conn.execute("SELECT count(*) FROM organisations WHERE kind='department'").fetchone()[0]
    assert departments >= 8
    conn.close()


def test_workspace_from_environment(cli, tmp_path):
    r = cli("demo", "--json", env={"DEPUTYDESK_WORKSPACE": str(tmp_path / "env-ws")})
    assert r.returncode == 0
    assert (tmp_path / "env-ws" / "deputydesk.sqlite3").is_file()


def test_changed_event_row_makes_check_fail(cli, tmp_path):
    ws = tmp_path / "W"
    assert cli("demo", workspace=ws).returncode == 0
    conn = sqlite3.connect(ws / "deputydesk.sqlite3")
    conn.execute("UPDATE events SET data = '{\"name_ru\": \"подделка\"}' WHERE device_seq = 2")
    conn.commit()
    conn.close()
    r = cli("check", "--json", workspace=ws)
    assert r.returncode == 1
    result = json.loads(r.stdout)
    assert result["ok"] is False
    assert any(p["code"] == "event_modified" for p in result["problems"])
    human = cli("check", workspace=ws)
    assert human.returncode == 1 and "changed outside DeputyDesk" in human.stdout


def test_newer_workspace_is_refused_with_exit_1(cli, tmp_path):
    ws = tmp_path / "W"
    assert cli("demo", workspace=ws).returncode == 0
    conn = sqlite3.connect(ws / "deputydesk.sqlite3")
    conn.execute("PRAGMA user_version = 9999")
    conn.commit()
    conn.close()
    before = (ws / "deputydesk.sqlite3").read_bytes()
    r = cli("check", "--json", workspace=ws)
    assert r.returncode == 1
    assert "newer version of DeputyDesk" in r.stderr
    assert json.loads(r.stdout)["code"] == "newer_workspace"
    assert (ws / "deputydesk.sqlite3").read_bytes() == before


def test_corrupt_workspace_gives_a_plain_message(cli, tmp_path):
    ws = tmp_path / "W"
    ws.mkdir()
    (ws / "deputydesk.sqlite3").write_bytes(b"\x00garbage" * 1000)
    r = cli("check", workspace=ws)
    assert r.returncode == 1
    assert "damaged" in r.stderr and "Traceback" not in r.stderr


def test_gui_smoke_test_writes_a_screenshot(cli, tmp_path):
    shot = tmp_path / "out.png"
    r = cli("gui", "--demo", "--smoke-test", "--screenshot", str(shot), workspace=tmp_path / "W")
    assert r.returncode == 0, r.stderr
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert image.width() >= 900 and image.height() >= 600


def test_network_guard_in_children_really_works(cli, tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(repo / "tests" / "netguard"))
    code = "import socket; socket.create_connection(('192.0.2.1', 80), timeout=1)"
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert r.returncode == 97 and "NETWORK ATTEMPT BLOCKED" in r.stderr


def test_network_guard_in_process_really_works():
    import socket

    import pytest

    with pytest.raises(AssertionError, match="offline"):
        socket.create_connection(("192.0.2.1", 80), timeout=1)
