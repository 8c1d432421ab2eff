"""Letters services on a real workspace: drafts, issuing, registers, stations, reminders, check."""

from __future__ import annotations

import datetime as dt
import json
import threading

import pytest
from letters_pdfcheck import pdftotext, squeeze

from deputydesk.core.letters import LetterError
from deputydesk.core.progress import Progress
from deputydesk.demo import d00_council
from deputydesk.demo.letters_data import sample
from deputydesk.services import letters as S
from deputydesk.storage.workspace import Workspace

MARCH = dt.date(2024, 3, 15)


@pytest.fixture
def ws(workspace):
    d00_council.seed(workspace, Progress())
    return workspace


def _data(kind="deputy_inquiry", lang="ru", **kw):
    data = sample(kind, lang, **kw)
    data.pop("number")
    data.pop("date")
    data.pop("body")  # the letterhead comes from the council
    return data


def test_new_draft_data_fills_letterhead_signer_and_executor(ws):
    data = S.new_draft_data(ws, "recommendation", "kk", d00_council.PUBLIC_COUNCIL)
    assert data["body"]["name_kk"] == "Абай ауданының қоғамдық кеңесі"
    assert data["signer"] == {"position": "Қоғамдық кеңес төрағасы", "name": "Тохтаров Болат Избасарович"}
    assert data["term"] == {"count": 1, "unit": "months"}
    maslikhat = S.new_draft_data(ws, "deputy_inquiry", "kk")
    assert maslikhat["executor"] == {"name": "Жақыпова Ә.Е.", "phone": "+7 (72131) 4-12-35"}


def test_save_draft_lists_what_is_missing(ws):
    result = S.save_draft(ws, {"kind": "deputy_inquiry", "language": "ru"})
    missing = {p["field"] for p in result["problems"]}
    assert "addressee" in missing and "subject" in missing and "body.name_kk" not in missing
    with pytest.raises(LetterError) as info:
        S.issue_letter(ws, result["id"], on=MARCH)
    assert "addressee" in info.value.missing
    row = S.get_letter(ws, result["id"])
    assert row["status"] == "draft" and row["number"] is None
    assert ws.db.execute("SELECT count(*) FROM letter_register").fetchone()[0] == 0


def test_issue_assigns_number_renders_files_and_logs(ws):
    draft = S.save_draft(ws, _data())
    assert draft["problems"] == []
    result = S.issue_letter(ws, draft["id"], on=MARCH)
    assert result["number"] == "02-14/1" and result["date"] == "2024-03-15"
    text = pdftotext(S.letter_file(ws, draft["id"], "pdf"))
    assert "№ 02-14/1 от 15.03.2024" in text
    assert "АБАЙСКИЙ" in text.upper() and "Абайский районный маслихат" in text
    assert S.letter_file(ws, draft["id"], "docx").read_bytes()[:2] == b"PK"
    events = ws.events.for_entity("letter", draft["id"])
    assert [e["action"] for e in events][-1] == "issued"
    data = events[-1]["data"]
    assert (json.loads(data) if isinstance(data, str) else data)["number"] == "02-14/1"
    assert ws.events.verify() == []
    second = S.issue_data(ws, _data("info_request"), on=MARCH)
    assert second["number"] == "02-14/2"
    with pytest.raises(S.LettersError, match="already issued as № 02-14/1 of 15.03.2024"):
        S.issue_letter(ws, draft["id"])
    with pytest.raises(S.LettersError, match="cannot be changed"):
        S.save_draft(ws, _data(), letter_id=draft["id"])
    with pytest.raises(S.LettersError, match="cannot be deleted"):
        S.delete_draft(ws, draft["id"])


def test_refused_issue_leaves_nothing(ws):
    data = _data()
    del data["addressee"]
    with pytest.raises(LetterError, match="addressee"):
        S.issue_data(ws, data, on=MARCH)
    assert ws.db.execute("SELECT count(*) FROM letters").fetchone()[0] == 0
    assert ws.db.execute("SELECT count(*) FROM letter_register").fetchone()[0] == 0


def test_yearly_reset_and_case_index(ws):
    S.set_register_settings(ws, None, "outgoing", case_index="01-12")
    ws.db.execute("UPDATE bodies SET outgoing_number_format = '{index}/{seq:3}' WHERE id = ?",
                  [d00_council.MASLIKHAT])
    a = S.issue_data(ws, _data(), on=dt.date(2024, 12, 30))
    b = S.issue_data(ws, _data(), on=dt.date(2024, 12, 31))
    c = S.issue_data(ws, _data(), on=dt.date(2025, 1, 3))
    assert [a["number"], b["number"], c["number"]] == ["01-12/001", "01-12/002", "01-12/001"]
    assert S.register_years(ws) == [2025, 2024]
    assert S.preview_number(ws, on=dt.date(2025, 2, 1)) == "01-12/002"


def test_kazakh_and_russian_versions_share_the_number(ws):
    ru = S.issue_data(ws, _data("recommendation", "ru"), body_id=d00_council.PUBLIC_COUNCIL, on=MARCH)
    kk_draft = S.save_draft(ws, _data("recommendation", "kk"), body_id=d00_council.PUBLIC_COUNCIL)
    kk = S.issue_letter(ws, kk_draft["id"], same_number_as=ru["id"])
    assert kk["number"] == ru["number"] == "ОС-1" and kk["register_id"] == ru["register_id"]
    assert "15.03.2024 № ОС-1" in pdftotext(S.letter_file(ws, kk_draft["id"], "pdf"))
    rows = S.register_rows(ws, "outgoing", body_id=d00_council.PUBLIC_COUNCIL)
    assert len(rows) == 1 and rows[0]["language"] == "kk, ru"
    again = S.save_draft(ws, _data("recommendation", "kk"), body_id=d00_council.PUBLIC_COUNCIL)
    with pytest.raises(S.LettersError, match="already has a version in this language"):
        S.issue_letter(ws, again["id"], same_number_as=ru["id"])
    # the registers of the two councils are separate
    assert S.issue_data(ws, _data(), on=MARCH)["number"] == "02-14/1"


def test_concurrent_issue_never_repeats_a_number(ws, tmp_path):
    root = ws.root
    errors: list[BaseException] = []
    results: list[str] = []
    lock = threading.Lock()

    def worker() -> None:
        other = Workspace.open(root)
        try:
            for _ in range(6):
                r = S.issue_data(other, _data("cover", "ru"), on=MARCH)
                with lock:
                    results.append(r["number"])
        except BaseException as exc:
            errors.append(exc)
        finally:
            other.close()

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(results, key=lambda n: int(n.split("/")[-1])) == [f"02-14/{i}" for i in range(1, 25)]


def test_unique_index_stops_a_duplicate_number(ws):
    import sqlite3

    S.issue_data(ws, _data(), on=MARCH)
    row = dict(ws.db.execute("SELECT * FROM letter_register").fetchone() and
               S.register_rows(ws)[0])
    with pytest.raises(sqlite3.IntegrityError):
        ws.db.execute("INSERT INTO letter_register (id, created_at, updated_at, body_id, register, year, "
                      "station, seq, number, date) VALUES ('x', '', '', ?, 'outgoing', 2024, '9', 1, ?, "
                      "'2024-03-15')", [d00_council.MASLIKHAT, row["number"]])


def test_second_laptop_gets_its_own_station_suffix(ws):
    first = S.issue_data(ws, _data(), on=MARCH)
    assert S.station(ws) == "1" and first["number"] == "02-14/1"
    # another laptop's claim and numbers arrive by exchange; this laptop keeps station 1
    ws.db.execute("INSERT INTO letter_stations (id, created_at, updated_at, code, device_id) "
                  "VALUES ('s2', '', '', '2', 'other-device')")
    with pytest.raises(S.LettersError, match="already used by another laptop"):
        S.claim_station(ws, "2")
    # pretend this laptop were the second one: its numbers carry "-2" and count on their own
    ws.db.execute("UPDATE letter_stations SET device_id = 'gone' WHERE code = '1'")
    ws.db.execute("UPDATE letter_stations SET device_id = ? WHERE code = '2'", [ws.device_id])
    assert S.issue_data(ws, _data(), on=MARCH)["number"] == "02-14/1-2"
    assert S.issue_data(ws, _data(), on=MARCH)["number"] == "02-14/2-2"


def test_number_taken_by_an_exchange_is_skipped(ws):
    ws.db.execute("INSERT INTO letter_register (id, created_at, updated_at, body_id, register, year, station, seq, "
                  "number, date, device_id) VALUES ('x', '', '', ?, 'outgoing', 2024, 'Z', 1, '02-14/1', "
                  "'2024-01-10', 'elsewhere')", [d00_council.MASLIKHAT])
    assert S.issue_data(ws, _data(), on=MARCH)["number"] == "02-14/2"


def test_bad_council_pattern_is_explained(ws):
    ws.db.execute("UPDATE bodies SET outgoing_number_format = '{session}-{seq}' WHERE id = ?",
                  [d00_council.MASLIKHAT])
    with pytest.raises(S.LettersError, match=r"unknown token \{session\}.*change it in Settings"):
        S.issue_data(ws, _data(), on=MARCH)


def test_incoming_register_and_exports(ws, tmp_path):
    S.issue_data(ws, _data(), on=MARCH)
    inc = S.register_incoming(ws, sender="Акимат Абайского района", subject="Ответ на запрос",
                              sender_number="3-15/112", sender_date=dt.date(2024, 3, 20),
                              received=dt.date(2024, 3, 21), reply_to="02-14/1")
    assert inc["number"] == "1"
    with pytest.raises(S.LettersError, match="sender"):
        S.register_incoming(ws, sender=" ")
    out = S.export_register(ws, "outgoing", tmp_path / "out.xlsx", year=2024)
    assert out["rows"] == 1
    pdf = S.export_register(ws, "incoming", tmp_path / "in.pdf", lang="kk")
    text = squeeze(pdftotext(tmp_path / "in.pdf"))
    assert pdf["pages"] == 1 and "Кірісқұжаттардытіркеужурналы" in text and "3-15/112" in text
    with pytest.raises(S.LettersError, match="xlsx or .pdf"):
        S.export_register(ws, "outgoing", tmp_path / "out.csv")


def test_reminder_from_our_own_letter(ws):
    rec = S.issue_data(ws, _data("recommendation", "kk"), body_id=d00_council.PUBLIC_COUNCIL,
                       on=dt.date(2024, 1, 31))
    source = S.reminder_source_from_letter(ws, rec["id"])
    assert source["due"] == "2024-02-29" and source["number"] == "ОС-1"
    draft = S.reminder_draft(ws, source)
    assert draft["problems"] == []
    result = S.issue_letter(ws, draft["id"], on=MARCH)
    text = pdftotext(S.letter_file(ws, draft["id"], "pdf"))
    flat = " ".join(text.split())
    assert "2024 жылғы 31 қаңтардағы № ОС-1 хатпен" in flat
    assert "Белгіленген жауап беру мерзімі (бір ай) 2024 жылғы 29 ақпанда аяқталды." in flat
    assert result["number"] == "ОС-2"


def test_reminder_from_followup_needs_the_followup_area(ws, monkeypatch):
    import sys
    import types

    fake = types.ModuleType("deputydesk.services.followup")

    def reminder_data(ws_, item_id):
        return {"number": "02-14/7", "date": "2024-01-10", "due": "2024-02-10", "kind": "deputy_inquiry",
                "subject": "О дорогах", "language": "ru",
                "addressee": {"organisation": "Акимат", "position": "Акиму района", "name": "Сарсенбаеву К.Е."}}

    fake.reminder_data = reminder_data  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "deputydesk.services.followup", fake)
    import deputydesk.services

    # once the real follow-up module has been imported, `from deputydesk.services import followup` finds it
    # as a package attribute before looking in sys.modules
    monkeypatch.setattr(deputydesk.services, "followup", fake, raising=False)
    draft = S.reminder_from_followup(ws, "item-1")
    assert draft["problems"] == []
    row = S.get_letter(ws, draft["id"])
    assert row["followup_id"] == "item-1" and row["letter"]["reminder"]["number"] == "02-14/7"
    result = S.issue_letter(ws, draft["id"], on=MARCH)
    assert result["followup_id"] == "item-1"
    assert S.register_rows(ws)[0]["followup_id"] == "item-1"


def test_completions_and_addressee_blocks(ws):
    comp = S.completions(ws)
    assert any(m["role"] == "secretary" for m in comp["members"])
    akimat = next(o for o in comp["organisations"] if o["name_ru"] == "Акимат Абайского района")
    assert S.addressee_from_org(akimat, "ru") == {"organisation": "Акимат Абайского района",
                                                  "position": "Акиму Абайского района", "name": "Сарсенбаеву К.Е."}
    assert S.addressee_from_org(akimat, "kk")["name"] == "Қ.Е. Сәрсенбаевқа"


def test_preview_pdf_of_a_draft(ws):
    pdf = S.preview_pdf(ws, {"kind": "cover", "language": "kk"})
    assert pdf.startswith(b"%PDF")


def test_integrity_problems(ws):
    S.issue_data(ws, _data(), on=MARCH)
    assert S.integrity_problems(ws) == []
    path = S.letter_file(ws, S.list_letters(ws)[0]["id"], "docx")
    path.unlink()
    codes = [p["code"] for p in S.integrity_problems(ws)]
    assert codes == ["letter_file_missing"]
    ws.db.execute("UPDATE letter_register SET device_id = 'other'")
    S.issue_data(ws, _data(), on=MARCH)
    assert "station_shared" in [p["code"] for p in S.integrity_problems(ws)]


def test_unknown_council(ws):
    with pytest.raises(S.LettersError, match="was not found"):
        S.new_draft_data(ws, "cover", "ru", "nope")


def test_demo_step_is_idempotent(workspace):
    from deputydesk.demo import d30_letters
    from deputydesk.services.check import run_check

    d00_council.seed(workspace, Progress())
    d30_letters.seed(workspace, Progress())
    first = S.list_letters(workspace)
    registers = S.register_rows(workspace, "incoming")
    d30_letters.seed(workspace, Progress())
    assert S.list_letters(workspace) == first
    assert S.register_rows(workspace, "incoming") == registers
    assert len(first) == 6 and all(r["status"] == "issued" for r in first)
    assert {r["number"] for r in first if r["kind"] == "deputy_inquiry"} == {"02-14/1"}
    assert run_check(workspace)["ok"]
