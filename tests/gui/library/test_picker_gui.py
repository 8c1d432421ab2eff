"""The library's document picker (used by dossiers, follow-up and sessions) on the demo workspace, offscreen:
morphological search in Russian and Kazakh, the kind filter, the matched passage, single and multiple
choice, documents already linked."""

from __future__ import annotations

import picker_driver as drive
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QMouseEvent

from deputydesk.gui.library.picker import DocumentPickerDialog, LinkedDocumentsWidget, PickerModel


def _rows():
    return [{"id": "a", "title": "Об областном бюджете", "original_name": "budget.pdf", "kind": "budget_decision",
             "number": "№ 38-211", "date": "2018-12-13", "language": "ru"},
            {"id": "b", "title": None, "original_name": "шешім.docx", "kind": "other", "number": None,
             "date": None, "language": "kk"},
            {"id": "c", "title": "Регламент", "original_name": "r.txt", "kind": "adopted_rules", "number": "3-35/VI",
             "date": "2016-06-09", "language": "kk"}]


def test_picker_model_passes_the_model_tester(qtmodeltester):
    plain = PickerModel()
    plain.set_rows(_rows())
    qtmodeltester.check(plain)
    assert plain.index(1, 0).data() == "шешім.docx"  # no title: the file name
    assert plain.index(0, 3).data() == "13.12.2018"
    checkable = PickerModel(checkable=True)
    checkable.set_rows(_rows())
    checkable.set_unavailable(["c"])
    qtmodeltester.check(checkable)
    toggled = []
    checkable.check_toggled.connect(lambda i, on: toggled.append((i, on)))
    assert checkable.setData(checkable.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert checkable.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert not checkable.setData(checkable.index(2, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert not checkable.flags(checkable.index(2, 0)) & Qt.ItemFlag.ItemIsEnabled  # already linked
    assert toggled == [("a", True)]


def _picker(main_window, qtbot, **kwargs) -> DocumentPickerDialog:
    dialog = DocumentPickerDialog(main_window.ctx, main_window, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    drive.wait_ready(qtbot, dialog)
    return dialog


def test_search_russian_and_kazakh_inflections_and_choose(main_window, qtbot, tmp_path):
    picker = _picker(main_window, qtbot, multi=False)
    newest = picker.model.rowCount()
    assert newest >= 25 and "newest" in picker.summary.text()
    assert not picker.ok_btn.isEnabled()  # nothing chosen yet

    # Russian: the dative "погребению" finds the rules on burials ("погребения" in the title)
    rows = drive.search(qtbot, picker, "погребению")
    assert rows and "погребения" in rows[0]["title"] and rows[0]["language"] == "ru"
    assert "found" in picker.summary.text()
    # the best match is selected, its passage shown with the matched word in bold
    qtbot.waitUntil(lambda: (picker.last_passage or {}).get("id") == rows[0]["id"], timeout=10000)
    assert "<b>погребения</b>" in picker.last_passage["html"]
    assert "page 1" in picker.passage.toPlainText() and "погребения" in picker.passage.toPlainText()
    chosen = picker.chosen()
    assert chosen == [(rows[0]["id"], rows[0]["title"])]
    assert picker.ok_btn.isEnabled() and picker.ok_btn.text() == "Choose"

    # Kazakh: the genitive plural "қабірлердің" finds "қабірлерді" (graves) in the Kazakh burial rules
    rows = drive.search(qtbot, picker, "қабірлердің")
    assert rows and rows[0]["language"] == "kk" and "қабірлерді" in rows[0]["title"]
    assert all(r["language"] == "kk" for r in rows)
    drive.shot(picker, tmp_path / "picker-single.png")
    got = drive.choose(qtbot, picker, [0])
    assert got == [(rows[0]["id"], rows[0]["title"])]
    assert picker.result() == DocumentPickerDialog.DialogCode.Accepted


def test_kind_filter_multi_choice_across_searches_and_linked(main_window, qtbot, tmp_path):
    picker = _picker(main_window, qtbot, multi=True)
    first_id = picker.model.id_at(0)
    picker.close()

    picker = _picker(main_window, qtbot, multi=True, linked=[first_id])
    assert picker.model.row_of(first_id) == 0 and not picker.model.available(0)  # shown, not choosable
    rows = drive.search(qtbot, picker, "", kind="budget_decision")
    assert rows and {r["kind"] for r in rows} == {"budget_decision"}

    rows = drive.search(qtbot, picker, "мәслихаттың регламенті", kind="adopted_rules")
    assert rows[0]["title"].startswith("Үржар аудандық мәслихатының Регламентін")
    assert picker.tick(0)
    regulation = rows[0]["id"]
    rows = drive.search(qtbot, picker, "бюджетам", kind="all")  # back to all kinds: Kazakh and Russian budgets
    assert {r["language"] for r in rows} >= {"kk", "ru"}
    budget_ru = drive.row_where(picker, lambda r: r["language"] == "ru" and r["kind"] == "budget_decision")
    assert picker.tick(budget_ru)
    assert picker.ticked_list.count() == 2 and picker.ok_btn.text() == "Choose (2)"
    drive.shot(picker, tmp_path / "picker-multi.png")
    assert (tmp_path / "picker-multi.png").stat().st_size > 20_000
    assert [i for i, _t in picker.chosen()] == [regulation, rows[budget_ru]["id"]]
    # unticking from the list below
    picker.ticked_list.setCurrentRow(0)
    picker.untick_btn.click()
    assert [i for i, _t in picker.chosen()] == [rows[budget_ru]["id"]]


def test_double_click_chooses(main_window, qtbot):
    picker = _picker(main_window, qtbot, multi=False)
    rows = drive.search(qtbot, picker, "водопользованию")
    assert len(rows) >= 2 and all("ru" == r["language"] for r in rows[:2])
    rect = picker.table.visualRect(picker.model.index(1, 1))
    point = rect.center()
    viewport = picker.table.viewport()
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick):
        event = QMouseEvent(kind, QPoint(point), viewport.mapToGlobal(point), Qt.MouseButton.LeftButton,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        from PySide6.QtWidgets import QApplication

        QApplication.sendEvent(viewport, event)
    assert picker.result() == DocumentPickerDialog.DialogCode.Accepted
    assert picker.chosen() == [(rows[1]["id"], rows[1]["title"])]


def test_linked_documents_widget(main_window, qtbot, tmp_path):
    ctx = main_window.ctx
    widget = LinkedDocumentsWidget(ctx)
    qtbot.addWidget(widget)
    widget.resize(640, 160)
    widget.show()
    assert widget.titles() == ["No documents linked."] and not widget.remove_btn.isEnabled()
    changes = []
    widget.changed.connect(lambda: changes.append(widget.ids()))
    widget.choose()
    picker = widget.picker
    rows = drive.search(qtbot, picker, "погребению")
    got = drive.choose(qtbot, picker, [0])
    assert widget.ids() == [got[0][0]] and changes == [[got[0][0]]]
    qtbot.waitUntil(widget.loaded, timeout=10000)
    assert widget.titles()[0].startswith(rows[0]["title"][:40]) and "20-96" in widget.titles()[0]
    # a document already linked is offered but cannot be chosen twice
    widget.choose()
    picker = widget.picker
    drive.wait_ready(qtbot, picker)
    other = next(picker.model.id_at(r) for r in range(picker.model.rowCount()) if picker.model.id_at(r) != got[0][0])
    drive.search(qtbot, picker, "погребению")
    assert not picker.model.available(picker.model.row_of(got[0][0]))
    picker.reject()
    # open: the original is exported and handed to the system's viewer
    opened = []
    widget.open_file = opened.append
    widget.list.setCurrentRow(0)
    widget.open_current()
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    assert opened[0].endswith((".txt", ".pdf", ".docx", ".md"))
    # a document removed from the library shows as such
    widget.set_ids([got[0][0], "0000dead-0000-0000-0000-000000000000"])
    qtbot.waitUntil(widget.loaded, timeout=10000)
    assert "no longer in the library" in widget.titles()[1]
    widget.list.setCurrentRow(1)
    assert not widget.open_btn.isEnabled()
    widget.remove_current()
    assert widget.ids() == [got[0][0]] and changes[-1] == [got[0][0]]
    # reordering (by drag) changes the order of the ids
    widget.set_ids([got[0][0], other])
    from PySide6.QtCore import QModelIndex

    assert widget.list.model().moveRow(QModelIndex(), 0, QModelIndex(), 2)
    assert widget.ids() == [other, got[0][0]] and changes[-1] == [other, got[0][0]]
    drive.shot(widget, tmp_path / "linked.png")


def test_closing_while_searching_is_harmless(main_window, qtbot):
    from PySide6.QtCore import QCoreApplication, QEvent
    from shiboken6 import isValid

    from deputydesk.gui.library.picker import choose_documents

    chosen = []
    picker = choose_documents(main_window.ctx, main_window, chosen.append, multi=False)
    picker.search.setText("бюджет")
    picker.run_search()  # in flight
    picker.reject()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not isValid(picker)  # deleted before its results arrive
    qtbot.waitUntil(lambda: not main_window.tasks.busy, timeout=10000)
    assert chosen == []
