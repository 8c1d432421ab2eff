"""The dossiers area with its Exchange and Backup pages, on the demo workspace, offscreen."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QModelIndex

from deputydesk.gui.dossiers.models import ITEM_MIME, DossiersModel, ItemsModel
from deputydesk.gui.exchange import ConflictsModel


def _rows(n):
    return [{"id": f"id{i}", "title": f"Құжат {i}", "subtitle": "", "date": "2024-02-20"} for i in range(n)]


def test_models_pass_the_model_tester(qtmodeltester):
    m = DossiersModel()
    m.set_rows(_rows(3))
    qtmodeltester.check(m)
    items = ItemsModel()
    items.set_rows(_rows(4))
    qtmodeltester.check(items)
    conflicts = ConflictsModel()
    conflicts.set_rows([{"id": "c1", "table_name": "organisations", "record_id": "r1", "kind": "both_changed",
                         "winner": "local", "local_version": '{"name_ru": "A"}',
                         "incoming_version": '{"name_ru": "B"}'}])
    qtmodeltester.check(conflicts)
    assert conflicts.data(conflicts.index(0, 3)) == "A" and conflicts.data(conflicts.index(0, 4)) == "B"


def test_items_reorder_by_move_and_by_drop():
    items = ItemsModel()
    items.set_rows(_rows(4))
    seen = []
    items.order_changed.connect(seen.append)
    assert items.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    assert items.ids() == ["id1", "id2", "id0", "id3"]
    assert items.data(items.index(0)).startswith("1. Құжат 1")
    mime = items.mimeData([items.index(3)])
    assert mime.hasFormat(ITEM_MIME)
    from PySide6.QtCore import Qt

    items.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert items.ids() == ["id3", "id1", "id2", "id0"]
    assert seen[-1] == items.ids() and len(seen) == 2
    assert not items.moveRows(QModelIndex(), 0, 1, QModelIndex(), 1)  # no-op move refused


@pytest.fixture
def area(main_window, qtbot):
    main_window.show_area("dossiers")
    widget = main_window.area("dossiers")
    page = widget.dossiers
    qtbot.waitUntil(lambda: page.items_model.rowCount() == 4, timeout=15000)
    return main_window, widget


def test_build_reorder_compile_and_look(area, qtbot, tmp_path, monkeypatch):
    # The window's part is under test here; conversion through LibreOffice has its own test
    # (tests/unit/exchange), and a LibreOffice start on a busy machine made this one slow and flaky.
    import deputydesk.render.dossier_members as members

    monkeypatch.setattr(members, "find_soffice", lambda: None)
    window, widget = area
    page = widget.dossiers
    assert page.list_model.rowCount() == 1
    first = page.items_model.ids()
    page.items_view.setCurrentIndex(page.items_model.index(0))
    page.move_selected(1)
    assert page.items_model.ids()[:2] == [first[1], first[0]]
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10000)
    # the new order is stored: reload from the database
    page.reload()
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10000)
    qtbot.waitUntil(lambda: page.items_model.ids()[:2] == [first[1], first[0]], timeout=10000)
    out = tmp_path / "dossier.pdf"
    page.issue_box.setChecked(True)
    page.compile_pdf(str(out))
    qtbot.waitUntil(lambda: "pages written" in page.result_label.text(), timeout=60000)
    assert out.is_file() and page.open_btn.isEnabled()
    doc = pdfium.PdfDocument(str(out))
    assert len(doc) >= 6
    toc = [b.get_title() for b in doc.get_toc()]
    # contents, the four documents and the annex of open follow-up items (the demo dossier asks for it)
    assert len(toc) == 1 + 4 + 1, toc
    doc.close()
    widget.grab().save(str(tmp_path / "dossiers.png"))
    assert (tmp_path / "dossiers.png").stat().st_size > 10_000


def test_exchange_and_backup_pages_report_results(area, qtbot, tmp_path):
    window, widget = area
    widget.tabs.setCurrentWidget(widget.exchange)
    ex = widget.exchange
    ex.since_last.setChecked(False)
    ex.export_package(str(tmp_path / "p.ddx"))
    qtbot.waitUntil(lambda: "Package written" in ex.result.text(), timeout=20000)
    ex.import_package(str(tmp_path / "p.ddx"))
    qtbot.waitUntil(lambda: "Imported:" in ex.result.text(), timeout=20000)
    assert "0 added" in ex.result.text() and "0 in conflict" in ex.result.text()
    widget.grab().save(str(tmp_path / "exchange.png"))
    bad = tmp_path / "bad.ddx"
    bad.write_bytes(b"not a package")
    ex.import_package(str(bad))
    qtbot.waitUntil(lambda: "Refused" in ex.result.text(), timeout=20000)
    widget.tabs.setCurrentWidget(widget.backup)
    bp = widget.backup
    bp.create_backup(str(tmp_path / "b.ddbackup"))
    qtbot.waitUntil(lambda: "Backup written" in bp.result.text(), timeout=20000)
    assert (tmp_path / "b.ddbackup").is_file()
    widget.grab().save(str(tmp_path / "backup.png"))


def test_restore_replaces_the_workspace_and_reopens_it(area, qtbot, tmp_path):
    window, widget = area
    bp = widget.backup
    bp.create_backup(str(tmp_path / "b.ddbackup"))
    qtbot.waitUntil(lambda: "Backup written" in bp.result.text(), timeout=20000)
    # change something after the backup: the restore must bring the old state back
    from deputydesk.services.dossiers import create_dossier

    done = []
    window.tasks.run(lambda ws, p: create_dossier(ws, "После копии"), write=True, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    messages = []
    window.ctx.bus.status_message.connect(messages.append)
    bp.restore_backup(str(tmp_path / "b.ddbackup"), confirmed=True)
    qtbot.waitUntil(lambda: any("Restored" in m for m in messages), timeout=30000)
    qtbot.waitUntil(window.settled, timeout=30000)
    page = window.area("dossiers").dossiers
    qtbot.waitUntil(lambda: page.list_model.rowCount() == 1, timeout=15000)
    kept = list(tmp_path.parent.glob("*")) and list((window.workspace_path.parent).glob("ws.before-restore-*"))
    assert kept, "the replaced workspace is kept aside"
