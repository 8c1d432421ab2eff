"""The demo year of follow-up: idempotent, bilingual, and covering every state a user meets."""

from __future__ import annotations

from deputydesk.services import followup as svc
from deputydesk.services.demo import fill_demo


def test_demo_year_is_idempotent_and_varied(workspace):
    fill_demo(workspace)
    first = svc.list_items(workspace)
    events = workspace.db.execute("SELECT count(*) FROM events").fetchone()[0]
    fill_demo(workspace)
    again = svc.list_items(workspace)
    assert [(r["addressee_id"], r["due"], r["status"]) for r in again] == \
        [(r["addressee_id"], r["due"], r["status"]) for r in first]
    assert workspace.db.execute("SELECT count(*) FROM events").fetchone()[0] == events
    statuses = {r["status"] for r in first}
    assert {"overdue", "waiting", "awaiting_verdict", "awaiting_verification", "closed"} <= statuses
    langs = {r["lang"] for r in first}
    assert langs == {"kk", "ru"}
    assert {"justified", "partly_justified", "unjustified"} <= {r["verdict"] for r in first}
    assert {"fully", "largely", "partly", "not"} <= {r["implementation"] for r in first if r["implementation"]}
    assert {"recommendation", "deputy_inquiry", "info_request"} <= {r["kind"] for r in first}
    dash = svc.dashboard(workspace)
    assert dash["overdue"] and dash["due_this_week"] and dash["awaiting_verdict"] and dash["recheck_due"]
    # answers on time and late
    assert {True, False} <= {r["on_time"] for r in first if r["first_reply"]}
    assert svc.integrity_problems(workspace) == []
