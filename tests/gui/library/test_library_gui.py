"""The library area: lazy model, search, preview (QtPdf), metadata editing, drag-and-drop import with
the error list, versions, and responsiveness while importing and at 100,000 documents."""

from __future__ import annotations

import os
import time
from pathlib import Path

import library_samples as s
import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtPdf import QPdfDocument

from deputydesk.gui.library.model import BLOCK, DiffModel, DocumentTableModel, IdRole

SHOTS = os.environ.get("DEPUTYDESK_SCREENSHOTS")


def _shot(widget, tmp_path, name):
    path = Path(SHOTS) / name if SHOTS else tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(path))
    return path


@pytest.fixture
def window(qtbot, tmp_path):
    """A main window on a fresh workspace (no demo), the library area shown."""
    from PySide6.QtWidgets import QApplication

    from deputydesk.gui.app import install_translations, load_fonts, open_settings
    from deputydesk.gui.mainwindow import MainWindow

    load_fonts()
    install_translations(QApplication.instance(), "en")
    w = MainWindow(tmp_path / "ws", open_settings(), "en", initial_area="library")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(w.settled, timeout=30000)
    yield w
    w.shutdown()


def _area(w):
    return w.area("library")


def _wait(qtbot, w, timeout=60000):
    area = _area(w)
    qtbot.waitUntil(lambda: w.settled() and area.settled(), timeout=timeout)


def _import(qtbot, w, paths, timeout=120000):
    w.ctx.bus.files_dropped.emit([str(p) for p in paths])
    _wait(qtbot, w, timeout)


class _SyncLoader:
    """Delivers rows at once from a dict (for the model tester)."""

    def __init__(self, rows):
        self.rows = rows
        self.calls = 0

    def __call__(self, ids, deliver):
        self.calls += 1
        deliver({i: self.rows[i] for i in ids if i in self.rows})


def test_models_pass_the_model_tester(qtmodeltester):
    rows = {f"id{i}": {"id": f"id{i}", "title": f"Шешім {i}", "kind": "other", "number": f"№ {i}",
                       "date": "2024-03-15", "issuer": "Абай аудандық мәслихаты", "language": "kk", "pages": i,
                       "needs_ocr": i % 2, "original_name": f"{i}.pdf"} for i in range(450)}
    loader = _SyncLoader(rows)
    model = DocumentTableModel(loader)
    model.set_ids(list(rows))
    qtmodeltester.check(model)
    assert model.data(model.index(449, 0)) in ("…", "Шешім 449  [needs OCR]")  # first touch may only ask
    assert model.data(model.index(449, 0)) == "Шешім 449  [needs OCR]"
    assert model.data(model.index(3, 3)) == "15.03.2024"
    calls = loader.calls
    for row in range(0, 450, 7):  # rows come in blocks: one request per block of BLOCK rows
        model.data(model.index(row, 0))
    assert loader.calls - calls <= (450 + BLOCK - 1) // BLOCK - 1
    model.data(model.index(5, 0))
    assert model.loaded_blocks() == 3
    diff = DiffModel()
    diff.set_rows([{"op": "equal", "left_no": 1, "left": "a", "right_no": 1, "right": "a"},
                   {"op": "replace", "left_no": 2, "left": "b", "right_no": 2, "right": "c"},
                   {"op": "insert", "left_no": None, "left": "", "right_no": 3, "right": "d"}])
    qtmodeltester.check(diff)
    assert diff.changes() == 2


def test_import_drop_search_preview_edit(qtbot, window, tmp_path, corpus, monkeypatch):
    from deputydesk.render.library_samples import convert

    docs = tmp_path / "drop"
    convert(corpus / "decisions" / "031-kk.md", docs, ("pdf",))
    convert(corpus / "decisions" / "031-ru.md", docs, ("docx",))
    (docs / "002-budget-ru.txt").write_bytes((corpus / "web" / "002-budget-ru.txt").read_bytes())
    good = s.make_pdf(docs / "good.pdf", [s.RU_TEXT])
    s.truncated_pdf(docs / "broken.pdf", good)
    (docs / "empty.docx").write_bytes(b"")
    area = _area(window)
    _import(qtbot, window, [docs])
    assert area.model.rowCount() == 4
    # failures are listed where the user sees them
    assert area.errors_panel.isVisible()
    qtbot.waitUntil(lambda: area.errors_table.rowCount() == 2, timeout=10000)
    names = {area.errors_table.item(r, 1).text() for r in range(2)}
    assert names == {"broken.pdf", "empty.docx"}
    assert "2" in area.errors_button.text()

    # search with Kazakh morphology, select the best hit: the PDF opens in QtPdf on the matched page
    area.search.setText("жерлеу қағидалары")
    _wait(qtbot, window)
    assert area.model.rowCount() >= 1
    area.table.selectRow(0)
    _wait(qtbot, window)
    preview = area.preview
    assert preview.doc is not None and preview.doc["original_name"] == "031-kk.pdf"
    assert preview.pdf_doc.status() == QPdfDocument.Status.Ready and preview.pdf_doc.pageCount() >= 5
    assert preview.pages.currentWidget() is preview.pdf_view
    qtbot.wait(600)  # QtPdf renders pages asynchronously
    image = preview.pdf_view.grab().toImage()
    dark = sum(1 for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
               if image.pixelColor(x, y).lightness() < 100)
    assert dark > 50, "the PDF page was not painted"
    _shot(window, tmp_path, "library-search-pdf.png")

    # a DOCX shows as text with the matches highlighted
    area.search.setText("погребения")
    _wait(qtbot, window)
    area.table.selectRow(0)
    _wait(qtbot, window)
    assert preview.doc["original_name"] == "031-ru.docx"
    assert preview.pages.currentWidget() is preview.text_view
    assert "#ffe066" in preview.text_view.toHtml()

    # correct the metadata and tags; the list and the search follow
    preview.tabs.setCurrentWidget(preview.editor)
    preview.editor.number.setText("№ 20-96/VIII")
    preview.editor.tags.setText("жерлеу, қағидалар")
    preview.editor.save_button.click()
    _wait(qtbot, window)
    assert preview.doc["number"] == "№ 20-96/VIII" and preview.doc["tags"] == ["жерлеу", "қағидалар"]
    assert "Corrected by hand" in preview.editor.hints["number"].text()
    _shot(window, tmp_path, "library-details.png")
    area.search.setText("")
    area.tag.setCurrentIndex(area.tag.findData("жерлеу"))
    _wait(qtbot, window)
    assert area.model.rowCount() == 1
    qtbot.waitUntil(lambda: area.model.data(area.model.index(0, 2)) == "№ 20-96/VIII", timeout=5000)

    # "open original" hands a copy with its own name to the system viewer
    opened = []
    monkeypatch.setattr("deputydesk.gui.library.preview.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    area.table.selectRow(0)
    _wait(qtbot, window)
    preview.open_button.click()
    _wait(qtbot, window)
    assert opened and opened[0].endswith("031-ru.docx") and Path(opened[0]).read_bytes()[:2] == b"PK"


def test_versions_side_by_side(qtbot, window, tmp_path):
    v1 = tmp_path / "v1.txt"
    v2 = tmp_path / "v2.txt"
    v1.write_text("ПРОЕКТ\nОб утверждении Правил\n1. Первый пункт.\n2. Второй пункт.", encoding="utf-8")
    v2.write_text("Об утверждении Правил\n1. Первый пункт.\n2. Второй пункт изменён.\n3. Новый.", encoding="utf-8")
    area = _area(window)
    _import(qtbot, window, [v1])
    _import(qtbot, window, [v2])
    ids = area.model.ids()
    first, second = ids[1], ids[0]  # newest first
    area.table.selectRow(0)
    _wait(qtbot, window)
    preview = area.preview
    preview.set_previous(first, "v2")
    _wait(qtbot, window)
    assert preview.doc["version_of"] == first and preview.version_list.count() == 2
    # each version shows its kind beside the title: the draft and the adopted text share the title
    texts = [preview.version_list.item(i).text() for i in range(2)]
    assert "  Draft act  " in texts[0] and "  Draft act  " not in texts[1], texts
    assert all("Об утверждении Правил" in t for t in texts) and texts[1].endswith("[v2]"), texts
    preview.compare.click()
    _wait(qtbot, window)
    assert preview.diff_model.changes() == 3
    ops = [preview.diff_model.index(r, 0).data(256) for r in range(preview.diff_model.rowCount())]
    assert "replace" in ops and "insert" in ops and "delete" in ops
    _shot(window, tmp_path, "library-versions.png")
    assert second


class Heartbeat(QObject):
    """Measures how long the GUI thread goes without running its event loop."""

    def __init__(self, interval_ms=10):
        super().__init__()
        self.gaps = []
        self._last = time.perf_counter()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._beat)
        self.timer.start()

    def _beat(self):
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def stop(self):
        self.timer.stop()
        return max(self.gaps) if self.gaps else 0.0


FREEZE = 0.5  # seconds without a heartbeat that any user would call a frozen window


def test_gui_never_stalls_while_1000_files_import(qtbot, window, tmp_path, capsys):
    folder = tmp_path / "thousand"
    folder.mkdir()
    pdf_template = s.make_pdf(tmp_path / "template.pdf", [s.RU_TEXT + " №{n}", s.KK_TEXT])
    data = pdf_template.read_bytes()
    for n in range(1000):
        if n % 4 == 0:
            # distinct PDFs: change the bytes of an ignored comment so each is a new original
            (folder / f"d{n:04d}.pdf").write_bytes(data + f"\n% {n}\n".encode())
        else:
            (folder / f"d{n:04d}.txt").write_text(
                f"Решение районного маслихата от 15 марта 2024 года № {n}-8/VIII\nО бюджете. Аудандық "
                f"мәслихаттың шешімі {n}.", encoding="utf-8")
    area = _area(window)
    beat = Heartbeat()
    started = time.perf_counter()
    window.ctx.bus.files_dropped.emit([str(folder)])
    qtbot.waitUntil(lambda: window.tasks.busy, timeout=5000)
    _wait(qtbot, window, timeout=600000)
    elapsed = time.perf_counter() - started
    worst = beat.stop()
    with capsys.disabled():
        print(f"\n1,000 files imported in {elapsed:.1f} s; longest GUI-thread gap {worst * 1000:.0f} ms over "
              f"{len(beat.gaps)} heartbeats")
    assert area.model.rowCount() == 1000
    # The goal (no stall over 100 ms) is measured and printed here and by `make bench`
    # (bench_gui_responsiveness.py); the suite only fails on a real freeze, never on a timing goal.
    assert worst < FREEZE


def test_lazy_model_stays_smooth_at_100000_documents(qtbot, window, capsys):
    ws = window.tasks.workspace
    _fill_documents(ws, 100_000)
    area = _area(window)
    beat = Heartbeat()
    area.reload()
    _wait(qtbot, window)
    assert area.model.rowCount() == 100_000
    bar = area.table.verticalScrollBar()
    for value in (bar.maximum(), bar.maximum() // 2, bar.maximum() // 3, 0, bar.maximum()):
        bar.setValue(value)
        qtbot.wait(30)
    _wait(qtbot, window)
    last = area.model.index(99_999, 0)
    qtbot.waitUntil(lambda: area.model.data(last) != "…", timeout=10000)
    assert area.model.data(last).startswith("Решение № ")
    assert last.data(IdRole).startswith("doc-")
    assert area.model.loaded_blocks() <= 60
    area.search.setText("бюджет")
    _wait(qtbot, window)
    assert area.model.rowCount() > 0
    worst = beat.stop()
    with capsys.disabled():
        print(f"\n100,000 documents: longest GUI-thread gap while listing, scrolling and searching "
              f"{worst * 1000:.0f} ms")
    assert worst < FREEZE


def _fill_documents(ws, n):
    """Bulk rows straight into the tables (the import path is measured elsewhere); every tenth document
    is indexed with real forms."""
    import hashlib

    from deputydesk.core.ids import now_iso
    from deputydesk.core.textnorm import index_forms
    from deputydesk.storage import library_index

    now = now_iso()
    kinds = ["budget_decision", "adopted_rules", "other", "akimat_report"]
    forms = index_forms("Решение районного маслихата о бюджете района. Аудандық бюджет туралы шешім.", "ru")
    with ws.db.atomic():
        files = []
        docs = []
        for i in range(n):
            sha = hashlib.sha256(str(i).encode()).hexdigest()
            files.append((sha, 10, now, now, "t"))
            docs.append((f"doc-{i:06d}", sha, f"{i}.pdf", "pdf", 10, 1, kinds[i % 4], f"Решение № {i}",
                         f"решение № {i}", f"№ {i}", str(i), f"20{10 + i % 15}-0{1 + i % 9}-1{i % 10}",
                         "Абайский районный маслихат", "абайский районный маслихат", "ru", now, now, now, "t"))
        ws.db.conn.executemany("INSERT INTO files (id, size, created_at, updated_at, updated_by) VALUES (?,?,?,?,?)",
                               files)
        ws.db.conn.executemany(
            "INSERT INTO documents (id, file_id, original_name, format, size, pages, kind, title, title_norm, number, "
            "number_norm, date, issuer, issuer_norm, language, imported_at, created_at, updated_at, updated_by) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", docs)
        for i in range(0, n, 10):
            library_index.index_forms_of_document(ws.db, f"doc-{i:06d}", [(forms.words, forms.stems)],
                                                  ("решение", "решен"), lang="ru", meta_text="Решение",
                                                  page_texts=["Решение районного маслихата о бюджете района."])


def test_cancel_keeps_what_was_imported(qtbot, window, tmp_path):
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(400):
        (folder / f"n{n:03d}.txt").write_text(f"Решение маслихата № {n} о бюджете района на 2024 год. " * 40,
                                              encoding="utf-8")
    area = _area(window)
    window.ctx.bus.files_dropped.emit([str(folder)])
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QProgressDialog)), timeout=20000)
    dialog = next(d for d in window.findChildren(QProgressDialog) if d.isVisible())
    dialog.findChild(QPushButton).click()
    _wait(qtbot, window)
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage(), timeout=10000)
    imported = area.model.rowCount()
    assert 0 < imported < 400
    ws = window.tasks.workspace
    stored = ws.db.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert stored == imported  # what was committed before the cancel is kept and listed


def test_library_opens_on_its_newest_document(main_window, qtbot):
    """The first time the library is shown, the first row is selected and previewed (no empty pane);
    a selection the user makes is then kept across reloads."""
    main_window.show_area("library")
    area = _area(main_window)
    qtbot.waitUntil(lambda: area.model.rowCount() > 0 and area.preview.doc is not None, timeout=30000)
    assert area.preview.doc["id"] == area.model.id_at(0)
    area.table.selectRow(2)
    third = area.model.id_at(2)
    qtbot.waitUntil(lambda: area.preview.doc is not None and area.preview.doc["id"] == third, timeout=10000)
    area.reload()
    _wait(qtbot, main_window)
    assert area.preview.doc["id"] == third
