"""Agenda items list documents chosen in the library picker; they are saved with the session, come back
when it is opened again, and the protocol is still written (demo workspace, offscreen)."""

from __future__ import annotations

from pathlib import Path

import picker_driver as drive
import pypdfium2 as pdfium


def _select(area, qtbot, number: int) -> None:
    qtbot.waitUntil(lambda: not area.ctx.tasks.busy, timeout=20000)  # the list reloaded after a save
    for row in range(area.proxy.rowCount()):
        source = area.proxy.mapToSource(area.proxy.index(row, 0)).row()
        if area.model._rows[source]["number"] == number:
            area.list.selectRow(row)
            break
    else:
        raise AssertionError(f"session {number} not listed")
    qtbot.waitUntil(lambda: area.editor.session is not None and area.editor.session.number == number, timeout=20000)
    qtbot.waitUntil(lambda: not area.ctx.tasks.busy, timeout=20000)


def test_agenda_item_documents_saved_reloaded_and_protocol_written(main_window, qtbot, tmp_path):
    main_window.resize(1400, 900)
    main_window.show_area("sessions")
    area = main_window.area("sessions")
    qtbot.waitUntil(lambda: area.model.rowCount() > 0, timeout=20000)
    opened: list[str] = []
    area.open_file = opened.append
    _select(area, qtbot, 12)
    editor = area.editor
    editor.tabs.setCurrentIndex(2)
    editor.agenda_view.selectRow(1)
    assert editor.current_item() is not None and editor._current_item == 1
    docs = editor.item_documents
    assert docs is not None and docs.ids() == editor.current_item().document_ids
    before = list(docs.ids())

    docs.choose()
    picker = docs.picker
    budget = drive.search(qtbot, picker, "бюджетіне", kind="budget_decision")  # Kazakh, dative + possessive
    assert budget and budget[0]["kind"] == "budget_decision"
    kk = drive.row_where(picker, lambda r: r["language"] == "kk")
    assert picker.tick(kk)
    rows = drive.search(qtbot, picker, "бюджетам", kind="budget_decision")  # Russian, dative plural
    ru = drive.row_where(picker, lambda r: r["language"] == "ru")
    got = drive.choose(qtbot, picker, [ru])
    assert [i for i, _t in got] == [budget[kk]["id"], rows[ru]["id"]]
    expected = before + [budget[kk]["id"], rows[ru]["id"]]
    assert editor.current_item().document_ids == expected and editor.dirty
    qtbot.waitUntil(docs.loaded, timeout=10000)
    drive.shot(area.window(), tmp_path / "agenda-documents.png")

    area.save()
    qtbot.waitUntil(lambda: area.status.text() == "Session saved.", timeout=20000)
    # open another session, then this one again: the documents come back from the database
    _select(area, qtbot, 13)
    _select(area, qtbot, 12)
    editor.agenda_view.selectRow(1)
    assert editor.session.agenda[1].document_ids == expected
    assert docs.ids() == expected
    qtbot.waitUntil(docs.loaded, timeout=10000)
    assert budget[kk]["title"][:30] in docs.titles()[len(before)]

    # removing one and saving again
    docs.list.setCurrentRow(len(before))
    docs.remove_current()
    assert editor.current_item().document_ids == before + [rows[ru]["id"]]
    area.generate("protocol", "ru")
    qtbot.waitUntil(lambda: bool(opened), timeout=30000)
    pdf_path = [o["path"] for o in area.last_outputs if o["path"].endswith(".pdf")][0]
    pdf = pdfium.PdfDocument(pdf_path)
    text = "".join(page.get_textpage().get_text_range() for page in pdf)
    pdf.close()
    assert "ПРОТОКОЛ № 12" in text and "СЛУШАЛИ" in text and "РЕШИЛИ" in text
    assert Path(pdf_path).is_file()
    qtbot.waitUntil(lambda: not area.ctx.tasks.busy, timeout=20000)
    _select(area, qtbot, 13)
    _select(area, qtbot, 12)
    assert editor.session.agenda[1].document_ids == before + [rows[ru]["id"]]
