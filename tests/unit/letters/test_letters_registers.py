"""Registers as PDF and XLSX, read back."""

from __future__ import annotations

import datetime as dt

import pytest
from letters_pdfcheck import fonts, page_sizes, pdftotext, squeeze
from openpyxl import load_workbook

from deputydesk.render.letters_registers import register_pdf, register_xlsx

ROWS = [
    {"number": f"01-12/1-{i}", "date": (dt.date(2024, 3, 1) + dt.timedelta(days=i - 1)).isoformat(), "kind": "recommendation", "language": "kk",
     "addressee": "Талғар ауданының әкімдігі <&>", "subject": f"Жол жөндеу туралы {i}", "signer": "Т.И. Талаева",
     "executor": "Ахметова Ә.", "reply_to": ""}
    for i in range(1, 41)
]


def test_outgoing_register_pdf(tmp_path):
    out = tmp_path / "reg.pdf"
    pages = register_pdf("outgoing", ROWS, out, lang="kk", year=2024, body_name="ТАЛҒАР АУДАНДЫҚ МӘСЛИХАТЫ")
    assert pages >= 2
    text = pdftotext(out)
    flat = squeeze(text)
    assert "Шығыс құжаттарды тіркеу журналы" in text and "2024 жыл" in text
    assert flat.count(squeeze("Тіркеу нөмірі")) == pages  # heading row repeated on every page
    for row in ROWS:
        assert squeeze(row["number"]) in flat and squeeze(row["subject"]) in flat
    assert "15.03.2024" in text and "Қоғамдық" in text  # dates and kind names as printed
    assert "Талғар ауданының әкімдігі <&>" in text
    assert all(f["emb"] == "yes" for f in fonts(out))
    assert page_sizes(out)[0] == (841.9, 595.3)  # A4 landscape


def test_incoming_register_pdf_ru(tmp_path):
    out = tmp_path / "in.pdf"
    rows = [{"number": "1-5", "date": "2024-04-02", "sender": "Акимат", "sender_number": "3-15/112",
             "sender_date": "2024-03-30", "subject": "Ответ на рекомендации", "reply_to": "01-12/1-10"}]
    register_pdf("incoming", rows, out, lang="ru")
    text = pdftotext(out)
    assert "Журнал регистрации входящих документов" in text
    assert "№3-15/11230.03.2024" in squeeze(text) and "01-12/1-10" in text


def test_register_xlsx(tmp_path):
    out = tmp_path / "reg.xlsx"
    register_xlsx("outgoing", ROWS, out, lang="ru", year=2024, body_name="Совет")
    ws = load_workbook(out).active
    assert ws["A1"].value == "Журнал регистрации исходящих документов за 2024 год"
    assert [c.value for c in ws[3]][:3] == ["№ п/п", "Рег. номер", "Дата"]
    assert ws.freeze_panes == "A4"
    assert ws.max_row == 3 + len(ROWS)
    assert ws["B4"].value == "01-12/1-1"
    assert ws["C4"].value == dt.datetime(2024, 3, 1) and ws["C4"].number_format == "DD.MM.YYYY"
    assert ws["D4"].value == "Рекомендации общественного совета"
    assert ws["F4"].value == "Талғар ауданының әкімдігі <&>"


def test_unknown_register(tmp_path):
    with pytest.raises(ValueError, match="unknown register"):
        register_xlsx("sideways", [], tmp_path / "x.xlsx")
