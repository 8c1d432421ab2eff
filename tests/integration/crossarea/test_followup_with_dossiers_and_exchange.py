"""Follow-up working with the other areas: the dossier annex, and personal data travelling between
laptops sealed (never in clear in either database file)."""

from __future__ import annotations

import datetime as dt

import pypdfium2 as pdfium

from deputydesk.core.followup import iin_with_control
from deputydesk.exchange.package import export_package, import_package
from deputydesk.services import dossiers, followup
from deputydesk.services.council import load_council
from deputydesk.storage.workspace import DB_NAME, Workspace


def _org(ws):
    return next(o for o in load_council(ws).organisations if o.kind == "department")


def _raw(ws) -> bytes:
    ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = (ws.root / DB_NAME).read_bytes()
    wal = ws.root / (DB_NAME + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def test_dossier_annex_lists_open_items(workspace, tmp_path):
    from deputydesk.services.demo import steps

    dict(steps())["d00_council"](workspace, None)
    org = _org(workspace)
    sent = dt.date.today() - dt.timedelta(days=60)
    created = followup.create_item(
        workspace, text="1. Отремонтировать кровлю школы № 3.\n2. Сообщить сроки работ.",
        addressees=[org.id], sent=sent.isoformat(), kind="recommendation",
        registry_number="ОС-77", regime="council_recommendation")
    followup.create_item(workspace, text="Закрытый вопрос", addressees=[org.id], sent=sent.isoformat(),
                         registry_number="ОС-78", regime="council_recommendation")
    closing = followup.get_item(workspace, followup.list_items(workspace)[-1]["item_id"])
    for a in closing["addressees"]:
        followup.close_addressee(workspace, a["id"], reason="withdrawn")
    src = tmp_path / "decision.txt"
    src.write_text("Решение маслихата о бюджете", encoding="utf-8")
    file_id = workspace.files.put_path(src)
    d = dossiers.create_dossier(workspace, "Материалы сессии", lang="ru", annex_followup=True)
    dossiers.add_item(workspace, d, file_id, title="Решение о бюджете")
    out = tmp_path / "dossier.pdf"
    dossiers.compile_to_pdf(workspace, d, out)
    pdf = pdfium.PdfDocument(str(out))
    text = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert "Состояние рекомендаций и запросов" in text
    assert "ОС-77" in text and "ОС-78" not in text  # open items only
    assert created["id"]
    toc = [b.get_title() for b in pdf.get_toc()]
    assert any("Состояние рекомендаций" in t for t in toc)


def test_personal_data_travels_sealed_and_is_readable_on_the_other_laptop(tmp_path, monkeypatch):
    monkeypatch.setenv("DEPUTYDESK_NO_AUTO_BACKUP", "1")
    iin = iin_with_control("85031540012")
    phone = "+7 701 234 56 78"
    a = Workspace.open(tmp_path / "A")
    b = Workspace.open(tmp_path / "B")
    try:
        from deputydesk.services.demo import steps

        dict(steps())["d00_council"](a, None)
        org = _org(a)
        item = followup.create_item(
            a, text="Обращение жителя о ремонте дороги", addressees=[org.id],
            sent="2026-03-02", kind="other", regime="appeal", citizen={"name": "Иванов И.И.", "iin": iin, "phone": phone})
        assert iin.encode() not in _raw(a)
        pkg = tmp_path / "a-to-b.ddpkg"
        export_package(a, pkg, passphrase="пароль совета")
        import_package(b, pkg, passphrase="пароль совета")
        assert iin.encode() not in _raw(b) and b"7012345678" not in _raw(b)
        shown = followup.get_item(b, item["id"], reveal_personal=True)
        assert shown["citizen_iin"] == iin and shown["citizen_phone"] == "+77012345678"
        masked = followup.get_item(b, item["id"])
        assert masked["citizen_iin"] != iin
    finally:
        a.close()
        b.close()


def test_two_laptops_edit_the_same_session_and_merge_row_by_row(tmp_path, monkeypatch):
    """The secretary (A) and a deputy (B) both edit a session between exchanges: A marks attendee 4
    absent, B records the vote of item 1. After A→B→A both laptops hold one attendance list of 25 (not
    two), both edits, and the same rows."""
    from deputydesk.demo import d00_council
    from deputydesk.services import sessions as svc
    from deputydesk.services.demo import steps

    monkeypatch.setenv("DEPUTYDESK_NO_AUTO_BACKUP", "1")
    a = Workspace.open(tmp_path / "A")
    b = Workspace.open(tmp_path / "B")
    try:
        dict(steps())["d00_council"](a, None)
        s = svc.new_session(a, d00_council.MASLIKHAT, dt.date(2026, 3, 12))
        from deputydesk.core.sessions import AgendaItem

        s.agenda = [AgendaItem("О бюджете района"), AgendaItem("О плане работы")]
        svc.save_session(a, d00_council.MASLIKHAT, s)
        export_package(a, tmp_path / "1.ddx", since_last=True, peer="B")
        import_package(b, tmp_path / "1.ddx", peer="A")

        on_a = svc.load_session(a, s.id)
        on_a.attendance[3].present = False
        on_a.attendance[3].reason = "командировка"
        svc.save_session(a, d00_council.MASLIKHAT, on_a)
        from deputydesk.core.sessions import Votes

        on_b = svc.load_session(b, s.id)
        on_b.agenda[0].votes = Votes(20, 2, 1)
        on_b.agenda[0].decision_text = "Утвердить."
        svc.save_session(b, d00_council.MASLIKHAT, on_b)

        export_package(a, tmp_path / "2.ddx", since_last=True, peer="B")
        import_package(b, tmp_path / "2.ddx", peer="A")
        export_package(b, tmp_path / "3.ddx", since_last=True, peer="A")
        import_package(a, tmp_path / "3.ddx", peer="B")

        tables = ("session_attendance", "agenda_items", "agenda_votes", "session_decisions")
        for ws in (a, b):
            assert ws.db.execute("SELECT count(*) FROM session_attendance WHERE session_id = ?", [s.id]).fetchone()[0] == 25
            loaded = svc.load_session(ws, s.id)
            assert len(loaded.agenda) == 2
        dump = [{t: sorted(ws.db.execute(f"SELECT * FROM [{t}]").fetchall()) for t in tables}  # noqa: S608
                for ws in (a, b)]
        assert dump[0] == dump[1]
        final = svc.load_session(a, s.id)
        assert final.attendance[3].present is False and final.agenda[0].votes == Votes(20, 2, 1)
    finally:
        a.close()
        b.close()
