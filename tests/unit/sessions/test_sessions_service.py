"""Sessions in a real workspace: save / load round trip, rules per body, numbers, raised items, documents."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pypdfium2 as pdfium
import pytest

from deputydesk.core.progress import Progress
from deputydesk.core.sessions import (
    AgendaItem,
    RaisedItem,
    RaisedKind,
    RuleNotEditable,
    Speaker,
    Votes,
    evaluate,
)
from deputydesk.demo import d00_council, d40_sessions
from deputydesk.services import sessions as svc
from deputydesk.services.check import run_check


@pytest.fixture
def council(workspace):
    d00_council.seed(workspace, Progress())
    return workspace


def _session(ws, present: int = 17):
    s = svc.new_session(ws, d00_council.MASLIKHAT, dt.date(2024, 9, 12))
    for a in s.attendance[present:]:
        a.present = False
        a.reason = "болезнь"
    s.place = "г. Абай"
    s.alt["kk"]["place"] = "Абай қ."
    s.invited = ["аким района"]
    s.agenda = [
        AgendaItem("О бюджете", rapporteur="Нуржанова А.С.", speakers=[Speaker("Ким В.А.", "за")],
                   votes=Votes(12, 5, 0), decision_text="Утвердить.", document_ids=["doc-1"],
                   alt={"kk": {"title": "Бюджет туралы", "decision_text": "Бекітілсін."}}),
        AgendaItem("О плане работы", votes=Votes(13, 4, 0), decision_text="Утвердить план.",
                   raised=[RaisedItem(RaisedKind.RECOMMENDATION, "акимат", "Отремонтировать дорогу.",
                                      dt.date(2024, 10, 12))]),
        AgendaItem("Разное"),
    ]
    return s


def test_new_session_takes_the_council_members_and_the_next_number(council):
    s = svc.new_session(council, d00_council.MASLIKHAT, dt.date(2024, 9, 12))
    assert s.convocation == 8 and s.number == 1 and s.body.total_members == 25
    assert len(s.attendance) == 25 and all(a.present and a.member_id for a in s.attendance)
    assert s.chair == "Сейткалиев Ерлан Маратович" and s.text("chair", "kk") == "Сейтқалиев Ерлан Маратұлы"
    assert s.secretary == "Жакупова Асем Ериковна"  # staff secretary, not counted as a member
    assert s.attendance[1].text("name", "kk") == "Ахметова Гүлнара Серікбайқызы"
    assert s.body.chair_title["ru"] == "Председатель районного маслихата"


def test_save_and_load_round_trip(council):
    s = _session(council)
    result = svc.save_session(council, d00_council.MASLIKHAT, s)
    assert result["created"] == s.id
    assert result["numbers"] == [None, "1-1/VIII", None] and result["adopted"] == [False, True, False]
    loaded = svc.load_session(council, s.id)
    assert loaded.present_count == 17 and loaded.text("place", "kk") == "Абай қ."
    assert [i.title for i in loaded.agenda] == ["О бюджете", "О плане работы", "Разное"]
    assert loaded.agenda[0].text("title", "kk") == "Бюджет туралы"
    assert loaded.agenda[0].text("decision_text", "kk") == "Бекітілсін."
    assert loaded.agenda[0].votes == Votes(12, 5, 0) and loaded.agenda[2].votes is None
    assert loaded.agenda[0].speakers[0].text == "за" and loaded.agenda[0].document_ids == ["doc-1"]
    assert loaded.agenda[1].raised[0].addressee == "акимат" and loaded.agenda[1].raised[0].due == dt.date(2024, 10, 12)
    ev = evaluate(loaded)
    assert [r.number for r in ev.items] == [None, "1-1/VIII", None]
    stored = council.db.execute("SELECT d.number, d.status, d.adopted FROM session_decisions d JOIN agenda_items i "
                                "ON i.id = d.item_id ORDER BY i.position").fetchall()
    assert stored == [(None, "rejected", 0), ("1-1/VIII", "adopted", 1)]
    # editing: a re-save replaces children and keeps the raised item's identity
    raised_id = loaded.agenda[1].raised[0].id
    loaded.agenda[0].votes = Votes(14, 3, 0)
    result = svc.save_session(council, d00_council.MASLIKHAT, loaded)
    assert result["updated"] == s.id and result["numbers"] == ["1-1/VIII", "1-2/VIII", None]
    again = svc.load_session(council, s.id)
    assert again.agenda[1].raised[0].id == raised_id
    assert council.db.execute("SELECT count(*) FROM agenda_items").fetchone()[0] == 3
    assert council.db.execute("SELECT count(*) FROM session_attendance").fetchone()[0] == 25


def test_duplicate_number_and_empty_title_are_refused_without_partial_writes(council):
    s = _session(council)
    svc.save_session(council, d00_council.MASLIKHAT, s)
    other = _session(council)
    other.number = s.number
    with pytest.raises(svc.SessionError, match="already has session No. 1"):
        svc.save_session(council, d00_council.MASLIKHAT, other)
    bad = _session(council)
    bad.number = 2
    bad.agenda.append(AgendaItem(""))
    with pytest.raises(svc.SessionError, match="agenda item 4 has no title"):
        svc.save_session(council, d00_council.MASLIKHAT, bad)
    assert council.db.execute("SELECT count(*) FROM sessions").fetchone()[0] == 1
    assert council.db.execute("SELECT count(*) FROM agenda_items").fetchone()[0] == 3


def test_rules_per_body_are_stored_where_the_law_allows(council):
    with pytest.raises(RuleNotEditable):
        svc.save_body_rules(council, d00_council.MASLIKHAT, majority_base="present")
    svc.save_body_rules(council, d00_council.MASLIKHAT, number_format="{session}/{running}-{convocation}")
    assert svc.body_rules(council, d00_council.MASLIKHAT).number_format == "{session}/{running}-{convocation}"
    out = svc.save_body_rules(council, d00_council.PUBLIC_COUNCIL, majority=">=2/3", tie="chair_decides")
    assert out["changed"] == ["majority", "tie"]
    rules = svc.body_rules(council, d00_council.PUBLIC_COUNCIL)
    assert str(rules.majority) == ">=2/3" and rules.tie.value == "chair_decides"
    assert rules.sources["majority"].key == "REG" and rules.sources["quorum"].key == "PC"
    assert svc.save_body_rules(council, d00_council.PUBLIC_COUNCIL, majority=">=2/3")["changed"] == []


def test_running_numbers_with_a_body_format(council):
    svc.save_body_rules(council, d00_council.MASLIKHAT, number_format="{session}/{running}-{convocation}")
    s = _session(council, present=25)
    s.number = 18
    s.running_start = 101
    s.agenda[0].votes = Votes(20, 0, 0)
    s.agenda[2].votes = Votes(25, 0, 0)
    assert svc.save_session(council, d00_council.MASLIKHAT, s)["numbers"] == ["18/101-VIII", "18/102-VIII",
                                                                                "18/103-VIII"]


def test_raised_items_are_recorded_and_appear_in_the_summary(council):
    s = _session(council)
    svc.save_session(council, d00_council.MASLIKHAT, s)
    item_id = svc.load_session(council, s.id).agenda[0].id
    out = svc.raise_items(council, s.id, item_id, [RaisedItem(RaisedKind.INQUIRY, "прокурор района", "О свалке.")])
    svc.raise_items(council, s.id, None, [RaisedItem(RaisedKind.RECOMMENDATION, "отдел образования", "О подвозе.")])
    assert len(out["created"]) == 1
    loaded = svc.load_session(council, s.id)
    assert [r.text for r in loaded.agenda[0].raised] == ["О свалке."]
    assert [r.text for r in svc.session_level_raised(council, s.id)] == ["О подвозе."]
    with pytest.raises(svc.SessionError, match="text"):
        svc.raise_items(council, s.id, None, [RaisedItem(RaisedKind.INQUIRY, "x", "  ")])
    with pytest.raises(svc.SessionError, match="addressee"):
        svc.raise_items(council, s.id, None, [RaisedItem(RaisedKind.INQUIRY, " ", "О дороге.")])
    result = svc.render_document(council, None, s.id, "summary", "ru", "pdf")
    text = "\n".join(p.get_textpage().get_text_range() for p in pdfium.PdfDocument(result["path"]))
    assert "О свалке." in text and "О подвозе." in text and "Отремонтировать дорогу." in text
    # a re-save keeps the session-level item
    svc.save_session(council, d00_council.MASLIKHAT, loaded)
    assert [r.text for r in svc.session_level_raised(council, s.id)] == ["О подвозе."]


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_documents_are_kept_with_the_session(council, tmp_path, fmt):
    s = _session(council)
    svc.save_session(council, d00_council.MASLIKHAT, s)
    progress = Progress()
    first = svc.render_document(council, progress, s.id, "protocol", "kk", fmt, tmp_path)
    assert progress.done == 3
    assert first["path"].endswith(f"protocol-2024-09-12-1-VIII-kk.{fmt}")
    assert council.files.read_bytes(first["file_id"])[:4] == (b"%PDF" if fmt == "pdf" else b"PK\x03\x04")
    svc.render_document(council, None, s.id, "protocol", "kk", fmt, tmp_path)
    outputs = svc.list_outputs(council, s.id)
    assert len(outputs) == 1 and outputs[0]["lang"] == "kk"
    svc.render_document(council, None, s.id, "notice", "ru", fmt, tmp_path)
    assert len(svc.list_outputs(council, s.id)) == 2
    with pytest.raises(svc.SessionError):
        svc.render_document(council, None, s.id, "protocol", "de", fmt, tmp_path)


def test_cancelled_render_writes_nothing(council, tmp_path):
    from deputydesk.core.progress import Cancelled

    s = _session(council)
    svc.save_session(council, d00_council.MASLIKHAT, s)
    progress = Progress()
    progress.cancel()
    out = tmp_path / "out"
    with pytest.raises(Cancelled):
        svc.render_document(council, progress, s.id, "protocol", "ru", "pdf", out)
    assert not out.exists() and svc.list_outputs(council, s.id) == []


def test_delete_session_removes_every_row(council):
    s = _session(council)
    svc.save_session(council, d00_council.MASLIKHAT, s)
    svc.render_document(council, None, s.id, "protocol", "ru", "pdf", copy=False)
    svc.delete_session(council, s.id)
    for table in ("sessions", "agenda_items", "session_attendance", "agenda_votes", "session_decisions",
                  "agenda_speakers", "session_raised", "session_outputs", "session_invited", "agenda_documents"):
        assert council.db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0] == 0, table  # noqa: S608


def test_demo_sessions_are_idempotent_and_check_clean(council):
    d40_sessions.seed(council, Progress())
    d40_sessions.seed(council, Progress())
    rows = svc.list_sessions(council)
    assert [(r["number"], r["kind"]) for r in rows] == [(13, "maslikhat"), (5, "public_council"), (12, "maslikhat")]
    extraordinary = rows[0]
    assert extraordinary["extraordinary"] and extraordinary["present"] == 17 and extraordinary["adopted"] == 1
    report = svc.session_report(council, extraordinary["id"], "ru")
    first = report["items"][0]
    assert first["votes"] == {"for": 12, "against": 4, "abstained": 0 + 1} and first["adopted"] is False
    assert first["required"] == 13
    assert "warning.notice_late" in [w["code"] for w in report["warnings"]]
    council_meeting = svc.session_report(council, rows[1]["id"], "ru")
    assert [i["adopted"] for i in council_meeting["items"]] == [True, False]  # 6 of 12 present is not a majority
    outputs = svc.list_outputs(council, rows[2]["id"])
    assert {(o["kind"], o["lang"]) for o in outputs} == {("protocol", "kk"), ("protocol", "ru"), ("summary", "ru")}
    pc = svc.load_session(council, rows[1]["id"])
    text = svc.build_document(pc, "protocol", "ru").plain_text()
    assert "ПОСТАНОВИЛИ:" in text and "Б. Тохтаров" in text and "Г. Нурланова" in text
    summary = svc.build_document(pc, "summary", "kk").plain_text()
    assert "келесі отырыстардың бірінде" in summary and ".." not in summary
    result = run_check(council, deep=True)
    assert result["ok"], result["problems"]


def test_integrity_problems_find_orphans(council, tmp_path):
    s = _session(council)
    svc.save_session(council, d00_council.MASLIKHAT, s)
    assert svc.integrity_problems(council) == []
    council.close()
    conn = sqlite3.connect(council.db_path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DELETE FROM sessions")
    conn.commit()
    conn.close()
    from deputydesk.storage.workspace import Workspace

    ws = Workspace.open(council.root)
    try:
        codes = {p["code"] for p in svc.integrity_problems(ws)}
        assert {"orphan_agenda_item", "orphan_attendance"} <= codes
        report = run_check(ws, deep=False)
        assert not report["ok"] and any(p["area"] == "sessions" for p in report["problems"])
    finally:
        ws.close()


def test_raised_items_reach_the_follow_up_tracker_when_it_is_installed(council):
    """With the follow-up area installed, raising creates its item (with the statutory term) and links it;
    without it the item is kept with the session only. Both branches check real data."""
    s = _session(council)
    svc.save_session(council, d00_council.MASLIKHAT, s)
    item = svc.load_session(council, s.id).agenda[1]  # adopted: decision 1-1/VIII
    out = svc.raise_items(council, s.id, item.id, [RaisedItem(RaisedKind.RECOMMENDATION,
                                                              "Акимат Абайского района", "Отремонтировать дорогу.")])
    created = out["created"][0]
    if svc._followup_service() is None:
        assert out["followup_linked"] is False and created["followup_id"] is None
        assert svc.tracker_items(council, s.id) == []
        return
    assert out["followup_linked"] is True and created["followup_id"]
    row = council.db.execute("SELECT session_id, session_decision_ref, sent_date FROM followup_items WHERE id = ?",
                             [created["followup_id"]]).fetchone()
    assert row[0] == s.id and "1-1/VIII" in row[1] and row[2] == "2024-09-12"
    assert created["due"] is not None
    # an inquiry entered in the tracker itself and naming the session appears in the session's summary
    from deputydesk.services import followup

    followup.create_item(council, text="О причинах подтопления домов.", addressees=["Акимат Абайского района"],
                         sent="2024-09-13", kind="deputy_inquiry", session_id=s.id)
    extra = svc.tracker_items(council, s.id)
    assert [(r.kind, r.text) for r in extra] == [(RaisedKind.INQUIRY, "О причинах подтопления домов.")]
    result = svc.render_document(council, None, s.id, "summary", "ru", "pdf", copy=False)
    assert b"%PDF" == council.files.read_bytes(result["file_id"])[:4]
    doc = svc.build_document(svc.load_session(council, s.id), "summary", "ru", extra)
    assert "Депутатский запрос — Акимат Абайского района: О причинах подтопления домов." in doc.plain_text()


def _child_rows(ws, sid):
    out = {}
    items = "SELECT id FROM agenda_items WHERE session_id = ?"
    for table in ("agenda_speakers", "agenda_votes", "session_decisions", "agenda_documents"):
        out[table] = sorted(ws.db.execute(f"SELECT id, created_at, updated_at FROM [{table}] WHERE item_id IN ({items})",  # noqa: S608
                                          [sid]).fetchall())
    for table in ("agenda_items", "session_attendance", "session_invited"):
        out[table] = sorted(ws.db.execute(f"SELECT id, created_at, updated_at FROM [{table}] WHERE session_id = ?",  # noqa: S608
                                          [sid]).fetchall())
    return out


def test_resaving_keeps_child_rows_and_the_decision_link(council):
    """A re-save writes again only what changed: unchanged attendance, votes and decisions keep their ids
    and timestamps (exchange packages carry real edits only; two laptops merge row by row), a changed row
    keeps its id, and a follow-up item raised from a decision still finds that decision."""
    s = _session(council)
    svc.save_session(council, d00_council.MASLIKHAT, s)
    item = svc.load_session(council, s.id).agenda[1]
    svc.raise_items(council, s.id, item.id, [RaisedItem(RaisedKind.RECOMMENDATION, "Акимат Абайского района",
                                                        "Отремонтировать дорогу.")])
    before = _child_rows(council, s.id)
    assert len(before["session_attendance"]) == 25 and len(before["session_decisions"]) == 2
    loaded = svc.load_session(council, s.id)
    svc.save_session(council, d00_council.MASLIKHAT, loaded)
    assert _child_rows(council, s.id) == before  # nothing changed, nothing rewritten
    loaded = svc.load_session(council, s.id)
    loaded.attendance[3].present = False
    loaded.attendance[3].reason = "командировка"
    loaded.agenda[0].votes = Votes(13, 3, 0)
    svc.save_session(council, d00_council.MASLIKHAT, loaded)
    after = _child_rows(council, s.id)
    changed = {t: [r for r in rows if r not in before[t]] for t, rows in after.items()}
    assert {t: len(rows) for t, rows in changed.items() if rows} == {
        "session_attendance": 1, "agenda_votes": 1, "session_decisions": 2}  # item 1 adopted: 1-1/VIII, item 2 1-2/VIII
    assert {t: [r[0] for r in rows] for t, rows in after.items()} == {t: [r[0] for r in rows] for t, rows in before.items()}
    if svc._followup_service() is not None:
        linked = council.db.execute("SELECT count(*) FROM followup_items f JOIN session_decisions d "
                                    "ON d.id = f.session_decision_id WHERE f.session_id = ?", [s.id]).fetchone()[0]
        assert linked == 1
    result = run_check(council, deep=True)
    assert result["ok"], result["problems"]
