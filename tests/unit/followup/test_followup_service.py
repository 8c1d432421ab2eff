"""Follow-up services on a real SQLite workspace: items, terms, replies, verdicts, implementation,
calendar overrides, personal data, the event log, reminders, scorecards and exports."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sqlite3

import pytest

from deputydesk.core import followup as fu
from deputydesk.core.progress import Progress
from deputydesk.demo import d00_council
from deputydesk.demo.common import demo_id
from deputydesk.services import followup as svc
from deputydesk.services.check import run_check
from deputydesk.storage.workspace import DB_NAME

D = dt.date.fromisoformat
EDU = "ГУ «Отдел образования Абайского района»"
ECON = "ГУ «Отдел экономики и финансов Абайского района»"
REC_TEXT = """Общественный совет Абайского района рекомендует:
1. Провести мониторинг качества горячего питания в школах района с участием членов общественного совета.
2. Предусмотреть в бюджете на 2026 год средства на ремонт пищеблоков школ № 3 и № 7.
3. Опубликовать результаты мониторинга на интернет-ресурсе отдела образования."""

GOOD_REPLY = """ГУ «Отдел образования Абайского района»

На рекомендации общественного совета от 18.03.2025 № ОС-12 сообщаем следующее.

По пункту 1. С 1 по 15 апреля 2025 года рабочей группой с участием трёх членов общественного совета проведён мониторинг горячего питания в 22 школах района. Нарушения выявлены в 4 школах; поставщику ТОО «Береке» направлена претензия согласно пункту 18 Правил организации питания обучающихся. Рекомендация принята.

По пункту 2. Бюджетная заявка на ремонт пищеблоков школ № 3 и № 7 на сумму 48,6 млн тенге включена в проект бюджета на 2026 год. Ответственный – ГУ «Отдел образования Абайского района», срок – до 1 сентября 2026 года. Рекомендация принята.

По пункту 3. Результаты мониторинга размещены 18.04.2025 на интернет-ресурсе отдела образования. Рекомендация принята.

Руководитель отдела                      Е. Ташенов
"""

BRUSH_OFF = """ГУ «Отдел экономики и финансов Абайского района»

На Ваше письмо № ОС-12 сообщаем, что рекомендации общественного совета приняты к сведению. Вопросы будут рассмотрены в пределах выделенных средств по мере финансирования.

Руководитель отдела                      А. Нуржанова
"""


@pytest.fixture
def ws(workspace):
    d00_council.seed(workspace, Progress())
    return workspace


def _item(ws, **kw):
    args = {"text": REC_TEXT, "addressees": [EDU, ECON], "sent": "2025-03-18", "regime": "public_control",
            "registry_number": "ОС-12"}
    args.update(kw)
    return svc.create_item(ws, **args)


# ------------------------------------------------------------------------------------------ items

def test_create_item_splits_points_and_computes_each_addressee_term(ws):
    r = _item(ws, addressees=[EDU, {"organisation": ECON, "registered": "2025-03-20"}])
    assert r["points"] == 3
    edu, econ = r["addressees"]
    assert edu["organisation_id"] == demo_id("org", "education")
    assert (edu["start_kind"], edu["due"]) == ("sent", "2025-04-04")
    assert "SENT" in edu["steps"][1]
    # registered Thu 20.03: 21-25 Nauryz days off; 26, 27, 28, 31, 1, 2, 3, 4, 7, 8 → Tue 08.04.2025
    assert (econ["start_kind"], econ["due"]) == ("registered", "2025-04-08")
    assert r["due"] == "2025-04-04"
    item = svc.get_item(ws, r["id"], on="2025-03-25")
    assert [p["text"][:8] for p in item["points"]] == ["Провести", "Предусмо", "Опублико"]
    assert item["lang"] == "ru"
    assert [a["status"] for a in item["addressees"]] == ["waiting", "waiting"]


def test_free_text_addressee_and_bad_input(ws):
    r = svc.create_item(ws, text="Прошу сообщить сроки ремонта моста.", addressees=["ТОО «Мост-Строй»"],
                        sent="2025-06-30", kind="deputy_inquiry")
    assert r["addressees"][0]["organisation_id"] is None
    assert r["due"] == "2025-07-30"
    with pytest.raises(fu.FollowupError, match="sent"):
        svc.create_item(ws, text="x", addressees=[EDU], sent="31.02.2025")
    with pytest.raises(fu.FollowupError, match="addressee"):
        svc.create_item(ws, text="x", addressees=[], sent="2025-01-10")
    with pytest.raises(fu.FollowupError, match="text"):
        svc.create_item(ws, text="  ", addressees=[EDU], sent="2025-01-10")
    with pytest.raises(ValueError, match="unknown term code"):
        svc.create_item(ws, text="x", addressees=[EDU], sent="2025-01-10", regime="nonsense")
    # nothing half-written
    assert ws.db.execute("SELECT count(*) FROM followup_items").fetchone()[0] == 1


def test_registration_date_recomputes_the_term(ws):
    r = _item(ws)
    aid = r["addressees"][0]["id"]
    out = svc.set_registration(ws, aid, "2025-03-20", their_reg_number="3Т-115")
    assert out["due"] == "2025-04-08"
    item = svc.get_item(ws, r["id"])
    assert item["addressees"][0]["their_reg_number"] == "3Т-115"
    assert [e["stage"] for e in item["addressees"][0]["timeline"]][:2] == ["sent", "registered"]


# --------------------------------------------------------------------------- replies and verdicts

def test_reply_verdict_and_implementation_lifecycle(ws):
    r = _item(ws)
    edu, econ = (a["id"] for a in r["addressees"])
    rep = svc.register_reply(ws, edu, received="2025-04-03", text=GOOD_REPLY, incoming_number="145",
                             executive_claim="implemented")
    assert rep["on_time"] is True
    assert rep["suggested_verdict"] == "justified"
    assert any(h["code"] == "amount" and "48,6 млн тенге" in h["text"] for h in rep["hints"])
    late = svc.register_reply(ws, econ, received="2025-04-09", text=BRUSH_OFF)
    assert late["on_time"] is False
    assert late["suggested_verdict"] == "unjustified"
    stock = {h["text"] for h in late["hints"] if h["code"] == "stock_phrase"}
    assert {"приняты к сведению", "в пределах выделенных средств"} <= stock

    # the executive says "implemented": the item is NOT closed by that
    rows = {x["addressee_id"]: x for x in svc.list_items(ws, on="2025-04-10")}
    assert rows[edu]["status"] == "awaiting_verdict"
    assert rows[econ]["status"] == "awaiting_verdict"

    v = svc.confirm_verdict(ws, edu, "justified", reviewed_on="2025-04-15", note="Ответ полный")
    assert v["suggested"] == "justified"
    svc.confirm_verdict(ws, econ, "unjustified", reviewed_on="2025-04-15")
    rows = {x["addressee_id"]: x for x in svc.list_items(ws, on="2025-04-20")}
    assert rows[edu]["status"] == rows[econ]["status"] == "awaiting_verification"
    svc.record_implementation(ws, edu, "partly", checked_on="2025-06-01", evidence="выезд в школу № 3",
                              recheck_on="2025-10-01")
    dash = svc.dashboard(ws, on="2025-10-02")
    assert [x["addressee_id"] for x in dash["recheck_due"]] == [edu]
    out = svc.record_implementation(ws, edu, "fully", checked_on="2025-10-05", evidence="пищеблоки отремонтированы")
    assert out["closed"] is True
    rows = {x["addressee_id"]: x for x in svc.list_items(ws, on="2025-10-06")}
    assert rows[edu]["status"] == "closed" and rows[edu]["implementation"] == "fully"
    # as of an earlier day the history still reads the same as it did then
    rows = {x["addressee_id"]: x for x in svc.list_items(ws, on="2025-04-02")}
    assert rows[edu]["status"] == "waiting" and rows[edu]["verdict"] is None

    item = svc.get_item(ws, r["id"])
    stages = [e["stage"] for e in item["addressees"][0]["timeline"]]
    assert stages == ["sent", "reply", "due", "verdict", "implementation", "implementation", "closed"]
    answers = item["addressees"][0]["replies"][0]["answers"]
    assert [(a["number"], a["answer"], a["source"]) for a in answers] == [
        (1, "accepted", "suggested"), (2, "accepted", "suggested"), (3, "accepted", "suggested")]


def test_verdict_needs_a_reply_except_no_answer(ws):
    r = _item(ws)
    aid = r["addressees"][0]["id"]
    with pytest.raises(fu.FollowupError, match="no_answer"):
        svc.confirm_verdict(ws, aid, "justified")
    out = svc.confirm_verdict(ws, aid, "no_answer", reviewed_on="2025-04-10")
    assert out["result"] == "no_answer"
    with pytest.raises(fu.FollowupError):
        svc.confirm_verdict(ws, aid, "great")


def test_person_answers_per_point_change_the_suggestion(ws):
    r = _item(ws)
    econ = r["addressees"][1]["id"]
    rep = svc.register_reply(ws, econ, received="2025-04-01", text=BRUSH_OFF,
                             point_answers={1: "rejected"})
    item = svc.get_item(ws, r["id"])
    answers = item["addressees"][1]["replies"][0]["answers"]
    assert answers[0] == {"number": 1, "answer": "rejected", "source": "person"}
    svc.set_point_answers(ws, rep["reply_id"], {2: "accepted", 3: "partly"})
    s = svc.suggest_for_reply(ws, rep["reply_id"], lang="ru")
    assert [p["person_answer"] for p in s["points"]] == ["rejected", "accepted", "partly"]
    with pytest.raises(fu.FollowupError, match="point 9"):
        svc.set_point_answers(ws, rep["reply_id"], {9: "accepted"})


def test_reply_from_files(ws, tmp_path):
    from docx import Document

    r = _item(ws)
    doc = Document()
    for para in GOOD_REPLY.split("\n\n"):
        doc.add_paragraph(para)
    path = tmp_path / "ответ.docx"
    doc.save(path)
    rep = svc.register_reply(ws, r["addressees"][0]["id"], received="2025-04-02", file=path)
    assert rep["suggested_verdict"] == "justified"
    assert ws.files.exists(rep["file_id"])
    txt = tmp_path / "reply-cp1251.txt"
    txt.write_bytes(BRUSH_OFF.encode("cp1251"))
    rep2 = svc.register_reply(ws, r["addressees"][1]["id"], received="2025-04-02", file=txt)
    assert rep2["suggested_verdict"] == "unjustified"
    with pytest.raises(fu.FollowupError, match="does not exist"):
        svc.register_reply(ws, r["addressees"][1]["id"], received="2025-04-02", file=tmp_path / "none.pdf")
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    with pytest.raises(fu.FollowupError, match="broken.pdf"):
        svc.register_reply(ws, r["addressees"][1]["id"], received="2025-04-02", file=bad)


# ------------------------------------------------------------------------ terms, events, calendar

def test_extension_and_pause_are_events_and_history_reads_as_it_was(ws):
    r = svc.create_item(ws, text="Прошу предоставить сведения о расходах.", addressees=[ECON],
                        sent="2025-10-01", kind="info_request")
    aid = r["addressees"][0]["id"]
    assert r["due"] == "2025-10-16"
    out = svc.add_term_event(ws, aid, "extension", "2025-10-14", "несколько обладателей", amount=15,
                             unit="calendar_days")
    assert out["due"] == "2025-10-31"
    events = ws.db.execute("SELECT count(*) FROM followup_term_events").fetchone()[0]
    assert events == 1
    # on 13 October the term still ended on 16 October; on the 20th it had been extended
    assert svc.list_items(ws, on="2025-10-13")[0]["due"] == "2025-10-16"
    assert svc.list_items(ws, on="2025-10-20")[0]["due"] == "2025-10-31"
    assert svc.overdue_items(ws, on="2025-10-20") == []
    assert [x["addressee_id"] for x in svc.overdue_items(ws, on="2025-11-03")] == [aid]


def test_calendar_override_recomputes_open_items_only(ws):
    # 5 working days from 04.05.2026: 5, 6, 8, 12, 13 → 13.05
    waiting = svc.create_item(ws, text="x", addressees=[EDU], sent="2026-05-04", kind="other", regime="custom",
                              custom_amount=5, custom_unit="working_days")
    answered = svc.create_item(ws, text="y", addressees=[ECON], sent="2026-05-04", kind="other",
                               regime="custom", custom_amount=5, custom_unit="working_days")
    assert waiting["due"] == answered["due"] == "2026-05-13"
    svc.register_reply(ws, answered["addressees"][0]["id"], received="2026-05-06", text="Ответ.")
    out = svc.add_override(ws, "08.05.2026", "day_off", "Постановление о переносе")
    assert [c["addressee_id"] for c in out["recomputed"]] == [waiting["addressees"][0]["id"]]
    assert out["recomputed"][0]["new"] == "2026-05-14"
    assert svc.get_item(ws, waiting["id"])["addressees"][0]["due"] == "2026-05-14"
    assert svc.get_item(ws, answered["id"])["addressees"][0]["due"] == "2026-05-13"  # answered: kept
    ov = svc.list_overrides(ws)
    assert [(o["day"], o["kind"]) for o in ov] == [("2026-05-08", "day_off")]
    out = svc.remove_override(ws, ov[0]["id"])
    assert out["recomputed"][0]["new"] == "2026-05-13"
    with pytest.raises(ValueError):
        svc.add_override(ws, "2026-05-08", "holiday")


# ---------------------------------------------------------------------------- overdue: exact set

def test_overdue_list_is_exact_for_a_prepared_set(ws):
    """Hand-prepared items around a date; the expected overdue list was worked out on paper."""
    on = "2025-05-23"
    make = svc.create_item
    # A: public_control sent Tue 18.03 → due 04.04; no reply → overdue 49 days
    a = make(ws, text="A", addressees=[EDU], sent="2025-03-18", regime="public_control", registry_number="1")
    # B: appeal registered 28.04 → due 22.05; no reply → overdue 1 day on 23.05
    b = make(ws, text="B", addressees=[{"organisation": ECON, "registered": "2025-04-28"}], sent="2025-04-25",
             kind="other", regime="appeal", registry_number="2")
    # C: deputy_inquiry registered 30.04 → due 30.05 → still waiting
    make(ws, text="C", addressees=[{"organisation": EDU, "registered": "2025-04-30"}], sent="2025-04-29",
         kind="deputy_inquiry", registry_number="3")
    # D: due 04.04 but answered on 20.05 (late) → not overdue on 23.05 (answered), overdue on 10.05
    d = make(ws, text="D", addressees=[ECON], sent="2025-03-18", regime="public_control", registry_number="4")
    svc.register_reply(ws, d["addressees"][0]["id"], received="2025-05-20", text="Ответ.")
    # E: due 04.04, reply registered with a later date (30.05) → overdue on 23.05
    e = make(ws, text="E", addressees=[EDU], sent="2025-03-18", regime="public_control", registry_number="5")
    svc.register_reply(ws, e["addressees"][0]["id"], received="2025-05-30", text="Ответ.")
    # F: due 22.05 exactly, that day is not overdue yet on 22.05, but is on 23.05
    f = make(ws, text="F", addressees=[{"organisation": ECON, "registered": "2025-04-28"}], sent="2025-04-28",
             kind="other", regime="appeal", registry_number="6")
    # G: overdue but closed (withdrawn) on 20.05 → not overdue on 23.05
    g = make(ws, text="G", addressees=[EDU], sent="2025-03-18", regime="public_control", registry_number="7")
    svc.close_addressee(ws, g["addressees"][0]["id"], "отозвано советом", on="2025-05-20")
    # H: paused appeal (open pause) → not overdue
    h = make(ws, text="H", addressees=[ECON], sent="2025-04-01", kind="other", regime="appeal", registry_number="8")
    svc.add_term_event(ws, h["addressees"][0]["id"], "pause", "2025-04-10", "экспертиза")
    # I: sent after the date → not listed at all
    make(ws, text="I", addressees=[EDU], sent="2025-05-26", registry_number="9")
    # J: two addressees, one answered on time, one not → only the silent one
    j = make(ws, text="J", addressees=[EDU, ECON], sent="2025-04-14", regime="public_control",
             registry_number="10")
    svc.register_reply(ws, j["addressees"][0]["id"], received="2025-04-20", text="Ответ.")

    got = [(x["registry_number"], x["addressee"], x["due"], x["days_overdue"]) for x in svc.overdue_items(ws, on=on)]
    # J: sent Mon 14.04 → 15..18, 21..25 (9), 28 (10) → due 28.04
    assert got == [
        ("1", EDU, "2025-04-04", 49),
        ("5", EDU, "2025-04-04", 49),
        ("10", ECON, "2025-04-28", 25),
        ("2", ECON, "2025-05-22", 1),
        ("6", ECON, "2025-05-22", 1),
    ]
    # on 22.05: D is answered (20.05), G closed (20.05), B and F due that very day
    assert [x["registry_number"] for x in svc.overdue_items(ws, on="2025-05-22")] == ["1", "5", "10"]
    # on 10.05: D and G were still silent
    assert [x["registry_number"] for x in svc.overdue_items(ws, on="2025-05-10")] == ["1", "4", "5", "7", "10"]
    assert {a["id"], b["id"], f["id"], h["id"]} <= {x["item_id"] for x in svc.list_items(ws, on=on)}


# ------------------------------------------------------------------------------ personal data

def test_citizen_iin_and_phone_are_only_stored_sealed(ws):
    iin = fu.iin_with_control("85031540012")
    phone = "+7 701 555 12 34"
    r = svc.create_item(ws, text="Прошу рассмотреть обращение жителя о перерасчёте пособия.",
                        addressees=["ГУ «Отдел занятости и социальных программ Абайского района»"],
                        sent="2025-02-03", kind="deputy_inquiry",
                        citizen={"name": "Омарова А.К.", "iin": iin, "phone": phone})
    masked = svc.get_item(ws, r["id"])
    assert masked["citizen_iin"] == "••••••••••••" and masked["citizen_phone"].startswith("+7 •")
    shown = svc.get_item(ws, r["id"], reveal_personal=True)
    assert shown["citizen_iin"] == iin and shown["citizen_phone"] == "+77015551234"
    ws.close()
    raw = b"".join(p.read_bytes() for p in ws.root.glob(DB_NAME + "*"))
    assert iin.encode() not in raw
    for form in ("77015551234", "701 555 12 34", "7015551234"):
        assert form.encode() not in raw
    conn = sqlite3.connect(ws.root / DB_NAME)
    stored = conn.execute("SELECT citizen_iin, citizen_phone FROM followup_items").fetchone()
    assert all(v.startswith("enc1:") for v in stored)
    conn.close()
    with pytest.raises(fu.FollowupError, match="IIN"):
        svc.create_item(ws, text="x", addressees=[EDU], sent="2025-02-03", citizen={"iin": "123456789012"})


def test_integrity_check_reports_personal_data_in_clear(ws):
    r = svc.create_item(ws, text="x", addressees=[EDU], sent="2025-02-03")
    ws.db.execute("UPDATE followup_items SET citizen_iin = '850315400123' WHERE id = ?", [r["id"]])
    codes = {p["code"] for p in svc.integrity_problems(ws)}
    assert "personal_data_in_clear" in codes


# ----------------------------------------------------------------------------------- event log

def test_every_change_is_in_the_event_log_and_tampering_is_detected(ws):
    r = _item(ws)
    aid = r["addressees"][0]["id"]
    rep = svc.register_reply(ws, aid, received="2025-04-03", text=GOOD_REPLY)
    svc.confirm_verdict(ws, aid, "justified", reviewed_on="2025-04-10")
    svc.record_implementation(ws, aid, "partly", checked_on="2025-05-10", evidence="акт осмотра")
    history = svc.item_history(ws, r["id"])
    actions = [(e["entity"], e["action"]) for e in history]
    assert ("followup_item", "created") in actions
    assert ("followup_reply", "created") in actions
    assert ("followup_verdict", "created") in actions
    assert ("followup_implementation", "created") in actions
    assert all(e["actor"] for e in history)
    assert run_check(ws, deep=False)["ok"] is True
    # change the verdict's event behind the app's back
    ws.close()
    conn = sqlite3.connect(ws.root / DB_NAME)
    conn.execute("UPDATE events SET data = replace(data, 'justified', 'unjustified') "
                 "WHERE entity = 'followup_verdict'")
    conn.commit()
    conn.close()
    from deputydesk.storage.workspace import Workspace

    ws2 = Workspace.open(ws.root)
    result = run_check(ws2, deep=False)
    ws2.close()
    assert result["ok"] is False
    assert {"event_modified", "event_tampered"} <= {p["code"] for p in result["problems"]}
    assert rep["reply_id"]


# ------------------------------------------------------------------------ reminders and annexes

def test_reminder_data_for_an_overdue_addressee(ws):
    r = _item(ws)
    aid = r["addressees"][0]["id"]
    data = svc.reminder_data(ws, aid, on="2025-04-10")
    assert data["registry_number"] == "ОС-12" and data["sent_date"] == "2025-03-18"
    assert data["due_date"] == "2025-04-04" and data["overdue"] is True and data["days_overdue"] == 6
    assert data["not_received"]["ru"] == "срок ответа 04.04.2025, ответ не поступил"
    assert data["not_received"]["kk"] == "жауап беру мерзімі 04.04.2025, жауап түспеді"
    assert data["organisation"]["addressee_ru"].startswith("Руководителю ГУ «Отдел образования")
    assert data["organisation"]["head_name"] == "Ташенов Ержан Кадырович"
    assert data["legal_basis"]["ru"] == "Закон РК от 02.10.2023 № 30-VIII, ст. 13"
    assert data["term"]["text"] == {"kk": "10 жұмыс күні", "ru": "10 рабочих дней"}
    assert [p["number"] for p in data["points"]] == [1, 2, 3]
    assert data["body"]["name_ru"] == "Абайский районный маслихат"
    svc.register_reply(ws, aid, received="2025-04-11", text="Ответ")
    later = svc.reminder_data(ws, aid, on="2025-04-12")
    assert later["answered"] is True and later["overdue"] is False


def test_open_items_status_for_dossier_annex(ws):
    r = _item(ws)
    svc.record_implementation(ws, r["addressees"][1]["id"], "fully", checked_on="2025-05-01")
    kk = svc.open_items_status(ws, on="2025-05-02", lang="kk")
    assert len(kk) == 1
    assert kk[0]["addressee"] == "«Абай ауданының білім бөлімі» ММ"
    assert kk[0]["status_label"] == "мерзімі өткен" and kk[0]["kind_label"] == "ұсыным"


# ------------------------------------------------------------------------ scorecards and export

def test_scorecards(ws):
    for n, (sent, received) in enumerate([("2025-03-18", "2025-04-01"), ("2025-04-14", "2025-05-15"),
                                          ("2025-06-02", None)]):
        r = svc.create_item(ws, text=f"Пункт {n}", addressees=[EDU], sent=sent, regime="public_control",
                            registry_number=str(n))
        if received:
            svc.register_reply(ws, r["addressees"][0]["id"], received=received, text=GOOD_REPLY)
            svc.confirm_verdict(ws, r["addressees"][0]["id"], "justified" if n == 0 else "unjustified",
                                reviewed_on=received)
    cards = {c["organisation"]: c for c in svc.scorecards(ws, on="2025-07-01")}
    edu = cards[EDU]
    assert edu["items"] == 3 and edu["answered"] == 2
    assert edu["answered_on_time"] == 1 and edu["due_passed"] == 3 and edu["on_time_pct"] == 33.3
    assert edu["justified_pct"] == 50.0
    assert edu["median_days"] == (14 + 31) / 2
    assert edu["overdue_now"] == 1


def test_export_csv_and_xlsx(ws, tmp_path):
    _item(ws)
    rows = svc.list_items(ws, on="2025-04-10")
    cols = [("registry_number", "№"), ("addressee", "Адресат"), ("due", "Срок"), ("status", "Статус")]
    p = svc.export_table(rows, cols, tmp_path / "list.csv")
    with open(p, encoding="utf-8-sig", newline="") as f:
        data = list(csv.reader(f))
    assert data[0] == ["№", "Адресат", "Срок", "Статус"]
    assert data[1] == ["ОС-12", EDU, "2025-04-04", "overdue"]
    from openpyxl import load_workbook

    x = svc.export_table(rows, cols, tmp_path / "list.xlsx")
    sheet = load_workbook(x).active
    assert [c.value for c in sheet[1]] == ["№", "Адресат", "Срок", "Статус"]
    assert sheet.cell(row=3, column=2).value == ECON
    with pytest.raises(fu.FollowupError, match="list.pdf"):
        svc.export_table(rows, cols, tmp_path / "list.pdf")


def test_update_item_points_keep_answers(ws):
    r = _item(ws)
    rep = svc.register_reply(ws, r["addressees"][0]["id"], received="2025-04-03", text=GOOD_REPLY)
    with pytest.raises(fu.FollowupError, match="point 3"):
        svc.update_item(ws, r["id"], {}, points=["Один", "Два"])
    out = svc.update_item(ws, r["id"], {"title": "Питание в школах", "sent_date": "2025-03-20"},
                          points=["Один", "Два", "Три", "Четыре"])
    assert set(out["fields"]) >= {"title", "sent_date", "points"}
    item = svc.get_item(ws, r["id"])
    assert [p["text"] for p in item["points"]] == ["Один", "Два", "Три", "Четыре"]
    assert item["addressees"][1]["due"] == "2025-04-08"  # sent 20.03 now
    assert len(item["addressees"][0]["replies"][0]["answers"]) == 3
    assert json.loads(json.dumps(item, default=str))
    assert rep["reply_id"]
