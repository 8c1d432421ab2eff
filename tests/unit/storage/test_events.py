from __future__ import annotations

import json
import sqlite3

from deputydesk.storage import records
from deputydesk.storage.events import GENESIS, event_hash
from deputydesk.storage.workspace import DB_NAME, Workspace


def _fill(ws, n=5):
    for i in range(n):
        ws.events.append("item", f"id-{i}", "created", {"n": i, "text": "Әкімдікке ұсыным"})


def test_chain_links_every_event(workspace):
    _fill(workspace)
    rows = records.rows(workspace, "SELECT * FROM events ORDER BY device_seq")
    assert [r["device_seq"] for r in rows] == [1, 2, 3, 4, 5]
    assert rows[0]["prev_hash"] == GENESIS
    for prev, cur in zip(rows, rows[1:], strict=False):
        assert cur["prev_hash"] == prev["hash"]
        assert event_hash(cur) == cur["hash"]
    assert workspace.events.verify() == []


def test_events_are_part_of_the_surrounding_transaction(workspace):
    try:
        with workspace.atomic():
            workspace.events.append("item", "x", "created", {})
            raise RuntimeError("abort")
    except RuntimeError:
        pass
    assert workspace.db.execute("SELECT count(*) FROM events").fetchone()[0] == 0
    assert workspace.events.verify() == []


def _external(ws, sql):
    """Edit the database file behind the app's back, as the sqlite3 tool would."""
    conn = sqlite3.connect(ws.root / DB_NAME)
    conn.execute(sql)
    conn.commit()
    conn.close()


def test_changed_event_row_is_detected(workspace):
    _fill(workspace)
    _external(workspace, "UPDATE events SET data = '{\"n\": 99}' WHERE device_seq = 3")
    codes = {p["code"] for p in workspace.events.verify()}
    assert "event_modified" in codes
    assert "event_tampered" in codes


def test_change_without_triggers_is_still_detected_by_the_hash(workspace):
    _fill(workspace)
    _external(workspace, "DROP TRIGGER events_no_update")
    _external(workspace, "UPDATE events SET actor = 'someone else' WHERE device_seq = 2")
    problems = workspace.events.verify()
    assert [p["code"] for p in problems] == ["event_modified"]


def test_deleted_events_are_detected(workspace):
    _fill(workspace)
    _external(workspace, "DROP TRIGGER events_no_delete")
    _external(workspace, "DELETE FROM events WHERE device_seq = 2")
    codes = {p["code"] for p in workspace.events.verify()}
    assert "event_gap" in codes and "event_chain_broken" in codes


def test_deleted_tail_is_detected(workspace):
    _fill(workspace)
    _external(workspace, "DROP TRIGGER events_no_delete")
    _external(workspace, "DELETE FROM events WHERE device_seq = 5")
    codes = {p["code"] for p in workspace.events.verify()}
    assert codes == {"event_truncated"}


def test_rehashed_forgery_of_own_tail_is_detected(workspace):
    _fill(workspace, 3)
    row = records.rows(workspace, "SELECT * FROM events WHERE device_seq = 3")[0]
    row["data"] = json.dumps({"n": 1000})
    forged = event_hash(row)
    _external(workspace, "DROP TRIGGER events_no_update")
    _external(workspace, f"UPDATE events SET data = '{row['data']}', hash = '{forged}' WHERE device_seq = 3")  # noqa: S608
    codes = {p["code"] for p in workspace.events.verify()}
    assert "event_modified" in codes


def test_record_helpers_log_changes(workspace):
    body_id = records.insert(workspace, "bodies", {"kind": "maslikhat", "name_kk": "А", "name_ru": "Б"},
                             log=True, entity="body")
    diff = records.update(workspace, "bodies", body_id, {"name_ru": "В", "name_kk": "А"}, log=True,
                          entity="body")
    assert diff == {"name_ru": ["Б", "В"]}
    assert records.update(workspace, "bodies", body_id, {"name_ru": "В"}, log=True) == {}
    history = workspace.events.for_entity("body", body_id)
    assert [e["action"] for e in history] == ["created", "updated"]
    assert history[1]["data"] == {"name_ru": ["Б", "В"]}
    row = records.get(workspace, "bodies", body_id)
    assert row["updated_at"] >= row["created_at"]


def test_reopened_workspace_continues_the_chain(tmp_path):
    with Workspace.open(tmp_path / "w") as ws:
        _fill(ws, 2)
    with Workspace.open(tmp_path / "w") as ws:
        _fill(ws, 2)
        assert ws.events.verify() == []
        assert ws.db.execute("SELECT max(device_seq) FROM events").fetchone()[0] == 4
