"""The follow-up area with the letters and sessions areas: a reminder letter from an overdue item in one
step (services.letters ← services.followup.reminder_data), the letter recorded back on the item's
timeline (link_letter), and items raised at a session."""

from __future__ import annotations

import datetime as dt

import pytest

from deputydesk.core.progress import Progress
from deputydesk.demo import d00_council
from deputydesk.services import followup as svc

EDU = "ГУ «Отдел образования Абайского района»"


@pytest.fixture
def ws(workspace):
    d00_council.seed(workspace, Progress())
    return workspace


def test_reminder_letter_from_an_overdue_item(ws):
    letters = pytest.importorskip("deputydesk.services.letters")
    item = svc.create_item(ws, text="1. Провести мониторинг питания.\n2. Опубликовать итоги.", addressees=[EDU],
                           sent="2025-03-18", regime="public_control", registry_number="02-14/45",
                           body_id=d00_council.MASLIKHAT)
    data = svc.reminder_data(ws, item["id"], on="2025-04-10")  # an item id works as well as an addressee id
    assert (data["number"], data["date"], data["due"]) == ("02-14/45", "2025-03-18", "2025-04-04")
    assert data["addressee"] == {"organisation": EDU, "position": "Руководителю ГУ «Отдел образования Абайского "
                                 "района»", "name": "Ташенову Е.К."}
    assert data["term"]["count"] == 10 and data["term"]["unit"] == "working_days"
    draft = letters.reminder_from_followup(ws, item["id"])
    assert draft["problems"] == []
    row = letters.get_letter(ws, draft["id"])
    assert row["followup_id"] == item["id"] and row["letter"]["reminder"]["due"] == "2025-04-04"
    issued = letters.issue_letter(ws, draft["id"], on=dt.date(2025, 4, 11))
    assert issued["followup_id"] == item["id"]
    timeline = svc.timeline(ws, item["addressees"][0]["id"])
    reminder = [e for e in timeline if e["stage"] == "reminder"]
    assert reminder and reminder[0]["date"] == "2025-04-11" and reminder[0]["details"]["number"] == issued["number"]
    kk = svc.reminder_data(ws, item["addressees"][0]["id"], language="kk", on="2025-04-10")
    assert kk["addressee"]["name"] == "Е.Қ. Ташеновке" and kk["language"] == "kk"


def test_reminder_picks_the_overdue_addressee_of_several(ws):
    item = svc.create_item(ws, text="x", addressees=[EDU, "Акимат Абайского района"], sent="2025-03-18",
                           regime="public_control")
    edu, akimat = (a["id"] for a in item["addressees"])
    svc.register_reply(ws, edu, received="2025-04-01", text="Ответ.")
    assert svc.reminder_data(ws, item["id"], on="2025-04-10")["addressee_id"] == akimat
    assert svc.reminder_data(ws, item["id"], addressee_id=edu)["addressee_id"] == edu
    svc.register_reply(ws, akimat, received="2025-04-08", text="Ответ.")
    with pytest.raises(svc.FollowupError, match="none is overdue"):
        svc.reminder_data(ws, item["id"], on="2025-04-10")
    with pytest.raises(svc.FollowupError, match="no follow-up item"):
        svc.reminder_data(ws, "nope")


def test_link_letter_fills_an_empty_registry_number(ws):
    item = svc.create_item(ws, text="Депутатский запрос о дорогах.", addressees=[EDU], sent="2025-05-05",
                           kind="deputy_inquiry")
    assert svc.link_letter(ws, item["id"], letter_id="L1", number="02-14/77", date="2025-05-05",
                           kind="deputy_inquiry") == {"linked": True}
    assert svc.get_item(ws, item["id"])["registry_number"] == "02-14/77"
    assert svc.link_letter(ws, "missing", letter_id="L2") == {"linked": False}
    actions = [e["action"] for e in svc.item_history(ws, item["id"])]
    assert "letter_linked" in actions
