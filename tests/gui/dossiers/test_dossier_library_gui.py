"""Dossiers gain documents chosen in the library picker, in the order chosen (demo workspace, offscreen)."""

from __future__ import annotations

import picker_driver as drive

from deputydesk.gui.dossiers.models import RowRole


def _items(page):
    return [page.items_model.data(page.items_model.index(r), RowRole) for r in range(page.items_model.rowCount())]


def test_add_from_library_in_order(main_window, qtbot, tmp_path):
    main_window.show_area("dossiers")
    page = main_window.area("dossiers").dossiers
    qtbot.waitUntil(lambda: page.items_model.rowCount() == 4, timeout=15000)
    before = _items(page)
    linked = [r["document_id"] for r in before if r.get("document_id")]

    page.add_from_library()
    picker = page.picker
    assert picker is not None and picker.isVisible() and picker.multi
    drive.wait_ready(qtbot, picker)
    # the dossier's own library documents are shown as already linked
    for doc_id in linked:
        row = picker.model.row_of(doc_id)
        assert row < 0 or not picker.model.available(row)
    rows = drive.search(qtbot, picker, "погребению")  # Russian, dative
    burial_ru = rows[0]
    assert "погребения" in burial_ru["title"]
    assert picker.tick(0)
    rows = drive.search(qtbot, picker, "қабірлердің")  # Kazakh, genitive plural
    burial_kk = rows[0]
    assert burial_kk["language"] == "kk"
    drive.shot(picker, tmp_path / "dossier-picker.png")
    got = drive.choose(qtbot, picker, [0])
    assert [i for i, _t in got] == [burial_ru["id"], burial_kk["id"]]

    qtbot.waitUntil(lambda: page.items_model.rowCount() == 6, timeout=15000)
    after = _items(page)
    assert [r["document_id"] for r in after[4:]] == [burial_ru["id"], burial_kk["id"]]
    assert after[4]["title"] == burial_ru["title"] and after[4]["subtitle"].startswith("№ 20-96")
    assert [r["id"] for r in after[:4]] == [r["id"] for r in before]

    # choosing a document already in the dossier adds nothing twice
    done = []
    page.ctx.bus.status_message.connect(done.append)
    page.add_documents(page.current_id, [burial_kk["id"]])
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    assert "Already in it: 1" in done[-1]
    qtbot.waitUntil(lambda: not main_window.tasks.busy, timeout=10000)
    assert page.items_model.rowCount() == 6
    drive.shot(main_window.area("dossiers"), tmp_path / "dossier-with-library.png")
