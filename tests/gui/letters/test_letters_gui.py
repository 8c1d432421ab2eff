"""The letters area in the main window on the demo workspace (offscreen)."""

from __future__ import annotations

import re
import subprocess

import pytest
from PySide6.QtPrintSupport import QPrinter

from deputydesk.gui.letters.models import LettersModel, RegisterModel


@pytest.fixture
def area(main_window, qtbot):
    main_window.show_area("letters")
    area = main_window.area("letters")
    qtbot.waitUntil(lambda: area.isEnabled() and area.model.rowCount() >= 6, timeout=20000)
    qtbot.waitUntil(lambda: bool(area.editor.fields["signer.name"].text()), timeout=20000)
    qtbot.waitUntil(main_window.settled, timeout=20000)
    return area


def test_models_pass_the_model_tester(area, qtmodeltester):
    qtmodeltester.check(area.model)
    qtmodeltester.check(area.proxy)
    qtmodeltester.check(area.registers.model)
    empty = LettersModel()
    qtmodeltester.check(empty)
    reg = RegisterModel()
    reg.set_register("incoming", [{"id": "1", "number": "5", "date": "2026-03-03", "counterpart": "Акимат",
                                   "sender_number": "7", "sender_date": "2026-03-01", "subject": "Ответ"}])
    qtmodeltester.check(reg)
    assert reg.index(0, 3).data() == "№ 7 01.03.2026"


def test_demo_letters_are_listed_with_numbers(area):
    numbers = {area.model.index(r, 1).data() for r in range(area.model.rowCount())}
    assert {"02-14/1", "02-14/2", "ОС-1", "ОС-2", "ОС-3"} <= numbers
    area.filter_edit.setText("ОС-")
    assert area.proxy.rowCount() == 3


def test_new_letter_live_preview_save_and_issue(area, qtbot, main_window, tmp_path):
    editor = area.editor
    area.tabs.setCurrentWidget(editor)
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("info_request"))
    editor.lang_combo.setCurrentIndex(editor.lang_combo.findData("kk"))
    editor.new_letter()
    qtbot.waitUntil(lambda: editor.term_count.value() == 15, timeout=10000)  # the info request's statutory term
    assert editor.fields["signer.position"].text() == "Аудандық мәслихат төрағасы"
    # choosing an organisation fills the dative addressee block
    editor.choose_organisation("Абай ауданының әкімдігі")
    assert editor.fields["addressee.position"].text() == "Абай ауданының әкімі"
    assert editor.fields["addressee.name"].text() == "Қ.Е. Сәрсенбаевқа"
    editor.fields["subject"].setText("Бюджеттің атқарылуы туралы <ақпарат> & деректер")
    editor.texts["points"].setPlainText("2025 жылғы шығыстар туралы;\nмемлекеттік сатып алу туралы.")
    qtbot.waitUntil(lambda: editor.pdf_doc.pageCount() == 1 and editor.problems_label.text() == "", timeout=15000)
    grab = tmp_path / "editor.png"
    main_window.grab().save(str(grab))
    assert grab.stat().st_size > 10000
    editor.save()
    qtbot.waitUntil(lambda: editor.letter_id is not None, timeout=10000)
    editor.issue()
    qtbot.waitUntil(lambda: editor.status == "issued" or bool(editor.problems_label.text()), timeout=20000)
    assert editor.problems_label.text() == ""
    assert editor._number == "02-14/3"
    assert not editor.fields["subject"].isEnabled()
    qtbot.waitUntil(lambda: area.model.rowCount() == 7, timeout=10000)
    # print through Qt's printing path into a PDF file, and read it back
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert editor.print_to(printer) == 1
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M) and "(A4)" in info
    # save copies of the issued letter
    editor.export_to("docx", str(tmp_path / "copy"))
    qtbot.waitUntil(lambda: (tmp_path / "copy.docx").exists(), timeout=10000)


def test_missing_fields_are_listed_plainly(area, qtbot):
    editor = area.editor
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("deputy_inquiry"))
    editor.lang_combo.setCurrentIndex(editor.lang_combo.findData("ru"))
    editor.fields["signer.position"].setText("")
    editor.new_letter()
    qtbot.waitUntil(lambda: editor.fields["signer.position"].text() != "", timeout=10000)
    editor.fields["addressee.organisation"].setText("")
    editor.issue()
    qtbot.waitUntil(lambda: "Still missing" in editor.problems_label.text(), timeout=10000)
    text = editor.problems_label.text()
    assert "addressee" in text and "heading" in text and "text" in text
    assert editor.status == "draft"


def test_registers_view_and_export(area, qtbot, tmp_path):
    regs = area.registers
    area.tabs.setCurrentWidget(regs)
    qtbot.waitUntil(lambda: regs.model.rowCount() >= 2, timeout=10000)
    assert regs.model.index(0, 0).data() == "02-14/1"
    regs.register_incoming({"sender": "Акимат Абайского района", "sender_number": "3-15/9", "sender_date": None,
                            "received": None, "subject": "Ответ", "reply_to": "02-14/2"})
    qtbot.waitUntil(lambda: regs.register() == "incoming" and regs.model.rowCount() == 2, timeout=10000)
    regs.export_to(str(tmp_path / "incoming.xlsx"))
    qtbot.waitUntil(lambda: (tmp_path / "incoming.xlsx").exists(), timeout=10000)
    regs.export_to(str(tmp_path / "incoming.pdf"))
    qtbot.waitUntil(lambda: (tmp_path / "incoming.pdf").exists(), timeout=10000)


def test_reminder_for_an_issued_letter_in_one_step(area, qtbot):
    row = next(r for r in range(area.proxy.rowCount())
               if area.proxy.index(r, 1).data() == "02-14/2")
    area.view.selectRow(row)
    area.remind_selected()
    qtbot.waitUntil(lambda: area.editor.kind() == "reminder" and area.editor.letter_id is not None, timeout=10000)
    assert area.editor.fields["reminder.number"].text() == "02-14/2"
    assert area.editor.fields["reminder.date"].text() == "14.04.2026"
    assert area.editor.fields["reminder.due"].text() == "29.04.2026"


def test_other_language_version_gets_the_same_number(area, qtbot):
    row = next(r for r in range(area.proxy.rowCount()) if area.proxy.index(r, 1).data() == "02-14/2")
    area.view.selectRow(row)
    area.twin_selected()
    qtbot.waitUntil(lambda: area.editor.twin_of is not None, timeout=10000)
    assert area.editor.lang() == "kk"
    area.editor.fields["addressee.position"].setText("Бөлім басшысына")
    area.editor.issue()
    qtbot.waitUntil(lambda: area.editor.status == "issued", timeout=20000)
    assert area.editor._number == "02-14/2"
