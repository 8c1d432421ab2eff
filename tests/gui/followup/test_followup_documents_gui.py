"""Follow-up items, replies and implementation checks link documents chosen in the library picker (demo
workspace, offscreen): the ids are stored, the reply's text is read from the library document."""

from __future__ import annotations

import picker_driver as drive

from deputydesk.gui.followup import dialogs, jobs


def _load(main_window, qtbot, fn, *args):
    got = []
    main_window.ctx.tasks.run(fn, *args, show_progress=False, on_done=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    return got[0]


def _settle(main_window, qtbot):
    main_window.show_area("followup")
    area = main_window.area("followup")
    qtbot.waitUntil(lambda: area.isEnabled() and area.list.model.rowCount() > 0, timeout=15000)
    qtbot.waitUntil(main_window.settled, timeout=15000)
    return area


def test_item_links_documents_on_create_and_edit(main_window, qtbot, tmp_path):
    _settle(main_window, qtbot)
    ctx = main_window.ctx
    orgs = _load(main_window, qtbot, jobs.load_organisations)
    editor = dialogs.ItemEditorDialog(ctx, orgs)
    qtbot.addWidget(editor)
    editor.show()
    editor.text.setPlainText("Рекомендуем:\n1. Привести правила водопользования в соответствие с Водным кодексом.")
    editor.split_points()
    editor.check_org(0)
    editor.documents.choose()
    picker = editor.documents.picker
    rules = drive.search(qtbot, picker, "погребению")
    assert picker.tick(0)
    water = drive.search(qtbot, picker, "водопользованию")
    got = drive.choose(qtbot, picker, [0])
    assert [i for i, _t in got] == [rules[0]["id"], water[0]["id"]]
    assert editor.documents.ids() == [rules[0]["id"], water[0]["id"]]
    qtbot.waitUntil(editor.documents.loaded, timeout=10000)
    drive.shot(editor, tmp_path / "item-editor.png")
    editor.accept_if_valid()
    assert editor.result_data["document_ids"] == [rules[0]["id"], water[0]["id"]]
    created = _load(main_window, qtbot, jobs.create_item, editor.result_data)
    item = _load(main_window, qtbot, jobs.load_item, created["id"], "en")
    assert item["document_ids"] == [rules[0]["id"], water[0]["id"]]

    # the item's window lists them; editing removes one and the change is saved
    detail = dialogs.ItemDetailDialog(ctx, created["id"])
    qtbot.addWidget(detail)
    qtbot.waitUntil(lambda: detail.item is not None, timeout=10000)
    qtbot.waitUntil(detail.documents.loaded, timeout=10000)
    assert detail.documents.ids() == item["document_ids"] and detail.documents.read_only
    assert detail.tabs.tabText(detail.tabs.indexOf(detail.documents)) == "Documents (2)"
    editor = dialogs.ItemEditorDialog(ctx, orgs, detail.item)
    qtbot.addWidget(editor)
    assert editor.documents.ids() == item["document_ids"]
    editor.documents.list.setCurrentRow(0)
    editor.documents.remove_current()
    editor.accept_if_valid()
    r = editor.result_data
    changes = {"kind": r["kind"], "title": r["title"], "text": r["text"], "lang": r["lang"],
               "registry_number": r["registry_number"], "sent_date": r["sent"],
               "session_decision_ref": r["session_decision_ref"]}
    _load(main_window, qtbot, jobs.update_item, created["id"], changes, r["points"], r["citizen"], [],
          r["document_ids"])
    assert _load(main_window, qtbot, jobs.load_item, created["id"], "en")["document_ids"] == [water[0]["id"]]
    detail.tabs.setCurrentWidget(detail.documents)
    main_window.ctx.bus.data_changed.emit("followup", [created["id"]])
    qtbot.waitUntil(lambda: detail.documents.ids() == [water[0]["id"]], timeout=10000)
    drive.shot(detail, tmp_path / "item-detail-documents.png")


def test_reply_from_the_library_and_evidence_document(main_window, qtbot, tmp_path):
    area = _settle(main_window, qtbot)
    ctx = main_window.ctx
    orgs = _load(main_window, qtbot, jobs.load_organisations)
    created = _load(main_window, qtbot, jobs.create_item, {
        "kind": "recommendation", "text": "1. Утвердить правила погребения.\n2. Опубликовать их.",
        "addressees": [orgs[0]["id"]], "sent": "2024-03-01", "lang": "ru"})
    detail = dialogs.ItemDetailDialog(ctx, created["id"])
    qtbot.addWidget(detail)
    qtbot.waitUntil(lambda: detail.item is not None, timeout=10000)

    reply = dialogs.ReplyDialog(ctx, detail.item, detail.current())
    qtbot.addWidget(reply)
    reply.show()
    reply.choose_document()
    picker = reply.picker
    assert not picker.multi
    rows = drive.search(qtbot, picker, "погребению")
    got = drive.choose(qtbot, picker, [0])
    doc_id, title = got[0]
    assert reply.document_id == doc_id and reply.source.full_text() == "Library document: " + title
    qtbot.waitUntil(lambda: "погребения" in reply.text.toPlainText(), timeout=10000)
    assert reply.their_number.text() == rows[0]["number"].lstrip("№ ") and reply.their_date_on.isChecked()
    assert dialogs.iso(reply.their_date) == rows[0]["date"]
    qtbot.waitUntil(lambda: reply.last_suggestion is not None, timeout=10000)  # analysed at once
    drive.shot(reply, tmp_path / "reply-from-library.png")
    reply.save()
    qtbot.waitUntil(lambda: reply.saved is not None, timeout=10000)
    item = _load(main_window, qtbot, jobs.load_item, created["id"], "en")
    stored = item["addressees"][0]["replies"][0]
    assert stored["document_id"] == doc_id and stored["file_id"] is None
    assert "погребения" in stored["text"] and stored["their_number"] == rows[0]["number"].lstrip("№ ")

    # a file chosen afterwards replaces the library document
    sample = tmp_path / "reply.txt"
    sample.write_text("Ответ: правила утверждены решением № 20-96.", encoding="utf-8")
    again = dialogs.ReplyDialog(ctx, detail.item, detail.current())
    qtbot.addWidget(again)
    again.use_document(doc_id, title)
    again.load_file(str(sample))
    assert again.document_id is None and again.source.full_text() == "File: reply.txt"
    qtbot.waitUntil(lambda: again.text.toPlainText().startswith("Ответ:"), timeout=10000)

    # implementation evidence: a library document
    check = dialogs.ImplementationDialog(detail.item["points"], None, ctx)
    qtbot.addWidget(check)
    check.show()
    check.choose_document()
    picker = check.picker
    rows = drive.search(qtbot, picker, "қабірлердің")
    got = drive.choose(qtbot, picker, [0])
    assert check.document_id == got[0][0] and check.document_label.full_text() == got[0][1]
    check.level.setCurrentIndex(check.level.findData("partly"))
    check.evidence.setPlainText("Решение опубликовано на казахском языке.")
    drive.shot(check, tmp_path / "implementation.png")
    data = check.data()
    assert data["document_id"] == got[0][0]
    _load(main_window, qtbot, jobs.record_implementation, detail.current()["id"], data)
    item = _load(main_window, qtbot, jobs.load_item, created["id"], "en")
    assert item["addressees"][0]["implementation"][0]["document_id"] == got[0][0]
    check.use_document(None, "")
    assert check.data()["document_id"] is None and not check.document_clear.isEnabled()
    assert area.isEnabled()
