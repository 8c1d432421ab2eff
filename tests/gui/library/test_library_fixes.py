"""Acceptance defects of the library window: typed dates are never corrected silently, refused version
links and reading warnings are shown translated, the kind column fits its labels, long changed
paragraphs are shown whole, and the version picker shows number and date in their own columns."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt

from deputydesk.gui.library import preview as preview_module
from deputydesk.gui.library.labels import kind_labels
from deputydesk.gui.library.preview import VersionPicker, parse_date

SHOTS = os.environ.get("DEPUTYDESK_SCREENSHOTS")


def _shot(widget, tmp_path, name):
    path = Path(SHOTS) / name if SHOTS else tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(path))
    return path


@pytest.fixture
def open_window(qtbot, tmp_path):
    """Opens a main window on a fresh workspace in the given language, the library area shown."""
    from PySide6.QtWidgets import QApplication

    from deputydesk.gui.app import install_translations, load_fonts, open_settings
    from deputydesk.gui.mainwindow import MainWindow

    windows = []

    def make(lang="en"):
        load_fonts()
        install_translations(QApplication.instance(), lang)
        w = MainWindow(tmp_path / f"ws-{lang}", open_settings(), lang, initial_area="library")
        qtbot.addWidget(w)
        w.resize(1280, 800)
        w.show()
        qtbot.waitUntil(w.settled, timeout=30000)
        windows.append(w)
        return w

    yield make
    for w in windows:
        w.shutdown()
    install_translations(QApplication.instance(), "en")


def _wait(qtbot, w, timeout=60000):
    area = w.area("library")
    qtbot.waitUntil(lambda: w.settled() and area.settled(), timeout=timeout)


def _import(qtbot, w, paths):
    w.ctx.bus.files_dropped.emit([str(p) for p in paths])
    _wait(qtbot, w, 120000)


def _select(qtbot, w, name):
    area = w.area("library")
    ws = w.tasks.workspace
    doc_id = ws.db.execute("SELECT id FROM documents WHERE original_name = ?", [name]).fetchone()[0]
    row = area.model.row_of(doc_id)
    assert row >= 0
    area.table.selectRow(row)
    _wait(qtbot, w)
    qtbot.waitUntil(lambda: area.preview.doc is not None and area.preview.doc["original_name"] == name,
                    timeout=10000)
    return area.preview


@pytest.fixture
def warnings_shown(monkeypatch):
    shown = []
    monkeypatch.setattr(preview_module.QMessageBox, "warning",
                        lambda parent, title, text, *a: shown.append(text) or preview_module.QMessageBox.StandardButton.Ok)
    return shown


def test_parse_date_accepts_both_forms_and_refuses_impossible_days():
    assert parse_date("15.03.2024") == "2024-03-15"
    assert parse_date(" 5.3.2024 ") == "2024-03-05"
    assert parse_date("2024-03-15") == "2024-03-15"
    assert parse_date("") is None and parse_date("   ") is None
    for bad in ("31.02.2024", "29.02.2023", "00.01.2024", "15.13.2024", "2024-02-30", "15 марта 2024", "abc",
                "15.03.24"):
        with pytest.raises(ValueError):
            parse_date(bad)
    assert parse_date("29.02.2024") == "2024-02-29"


def test_typed_date_is_checked_never_corrected(qtbot, open_window, tmp_path, warnings_shown):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "dated.txt").write_text("Решение районного маслихата от 15 марта 2024 года № 12-3/VIII\n"
                                      "О бюджете района на 2024 год.", encoding="utf-8")
    (folder / "undated.txt").write_text("Записка о ремонте дороги в селе.", encoding="utf-8")
    w = open_window("en")
    _import(qtbot, w, [folder])
    ws = w.tasks.workspace

    def stored(doc_id):
        return ws.db.execute("SELECT date, corrected FROM documents WHERE id = ?", [doc_id]).fetchone()

    p = _select(qtbot, w, "undated.txt")
    assert p.editor.hints["date"].text() == "Not found in the text"
    assert p.editor.date.text() == ""

    p = _select(qtbot, w, "dated.txt")
    doc_id = p.doc["id"]
    before = stored(doc_id)
    assert before[0] == "2024-03-15" and p.editor.date.text() == "15.03.2024"
    p.tabs.setCurrentWidget(p.editor)
    p.editor.date.setText("31.02.2024")
    p.editor.save_button.click()
    _wait(qtbot, w)
    assert len(warnings_shown) == 1 and "31.02.2024" in warnings_shown[0] and "nothing was saved" in warnings_shown[0]
    assert stored(doc_id) == before  # nothing saved, nothing "corrected by hand"
    assert p.editor.date.text() == "31.02.2024"  # the user's text stays for correcting
    assert "border" in p.editor.date.styleSheet()
    _shot(w, tmp_path, "library-date-refused.png")

    p.editor.date.setText("2024-04-20")
    p.editor.save_button.click()
    _wait(qtbot, w)
    qtbot.waitUntil(lambda: stored(doc_id)[0] == "2024-04-20", timeout=10000)
    assert len(warnings_shown) == 1
    qtbot.waitUntil(lambda: p.editor.date.text() == "20.04.2024", timeout=10000)
    assert p.editor.date.styleSheet() == ""
    assert "Corrected by hand; detected: 15.03.2024" in p.editor.hints["date"].text()

    p.editor.date.setText("")
    p.editor.save_button.click()
    _wait(qtbot, w)
    qtbot.waitUntil(lambda: stored(doc_id)[0] is None, timeout=10000)
    assert not warnings_shown[1:]


def test_russian_window_translates_version_refusals_and_reading_warnings(qtbot, open_window, tmp_path,
                                                                         warnings_shown):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "v1.txt").write_text("ПРОЕКТ\nОб утверждении Правил\n1. Первый пункт.", encoding="utf-8")
    (folder / "v2.txt").write_text("Об утверждении Правил\n1. Первый пункт изменён.", encoding="utf-8")
    (folder / "текст.docx").write_text("Решение маслихата о благоустройстве села.", encoding="utf-8")
    w = open_window("ru")
    _import(qtbot, w, [folder])

    # a plain-text file named .docx: the stored warning is shown, translated
    p = _select(qtbot, w, "текст.docx")
    assert any(".docx" in x for x in p.doc["warnings"])
    assert p.warning.isVisible()
    text = p.warning.text()
    assert ".docx" in text and "the name ends in" not in text
    assert "Имя файла оканчивается на .docx" in text
    _shot(w, tmp_path, "library-ru-name-warning.png")

    # a document without warnings hides the strip
    p = _select(qtbot, w, "v1.txt")
    assert not p.warning.isVisible()
    first = p.doc["id"]

    # a version of itself, then a circle: refused with a Russian message
    p.set_previous(first)
    _wait(qtbot, w)
    qtbot.waitUntil(lambda: len(warnings_shown) == 1, timeout=10000)
    assert warnings_shown[0] == "Документ не может быть предыдущей редакцией самого себя."
    p = _select(qtbot, w, "v2.txt")
    second = p.doc["id"]
    p.set_previous(first, "v2")
    _wait(qtbot, w)
    qtbot.waitUntil(lambda: p.doc is not None and p.doc.get("version_of") == first, timeout=10000)
    p = _select(qtbot, w, "v1.txt")
    p.set_previous(second)
    _wait(qtbot, w)
    qtbot.waitUntil(lambda: len(warnings_shown) == 2, timeout=10000)
    assert warnings_shown[1].startswith("Этот документ уже является более поздней редакцией")
    assert "circle" not in warnings_shown[1]


def test_kazakh_kind_column_fits_its_labels_and_number_date_stay_visible(qtbot, open_window, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "rules.txt").write_text("Аудандық мәслихаттың шешімі\n2024 жылғы 15 наурыздағы № 12-3/VIII\n"
                                      "Абай ауданында жерлеу қағидаларын бекіту туралы\nҚағидалар бекітілсін.",
                                      encoding="utf-8")
    w = open_window("kk")
    _import(qtbot, w, [folder])
    area = w.area("library")
    table = area.table
    metrics = table.fontMetrics()
    longest = max(metrics.horizontalAdvance(label) for label in kind_labels().values())
    _shot(w, tmp_path, "library-kk-kinds.png")
    assert table.columnWidth(1) >= longest + 8
    for column in (2, 3):  # number and date in view without scrolling
        assert table.columnViewportPosition(column) + table.columnWidth(column) <= table.viewport().width()


def test_long_changed_paragraph_is_shown_whole(qtbot, open_window, tmp_path):
    long = ("Аудандық бюджеттен бөлінетін қаражат елді мекендердің көшелерін жарықтандыруға, жолдарды "
            "жөндеуге, балалар ойын алаңдарын салуға және мектептердің жылу жүйесін жаңартуға жұмсалады; "
            "әр жоба бойынша есеп тоқсан сайын мәслихаттың тұрақты комиссиясына ұсынылады және аудан "
            "әкімдігінің ресми интернет-ресурсында жарияланады. ")
    v1 = tmp_path / "v1.txt"
    v2 = tmp_path / "v2.txt"
    v1.write_text("Бюджет туралы\n" + long + "мерзімі отыз күн.\nСоңғы тармақ.", encoding="utf-8")
    v2.write_text("Бюджет туралы\n" + long + "мерзімі он бес күн.\nСоңғы тармақ.", encoding="utf-8")
    w = open_window("en")
    _import(qtbot, w, [v1])
    _import(qtbot, w, [v2])
    p = _select(qtbot, w, "v2.txt")
    first = w.tasks.workspace.db.execute("SELECT id FROM documents WHERE original_name = 'v1.txt'").fetchone()[0]
    p.set_previous(first)
    _wait(qtbot, w)
    qtbot.waitUntil(lambda: p.doc is not None and p.doc.get("version_of") == first, timeout=10000)
    p.compare.click()
    _wait(qtbot, w)
    model, view = p.diff_model, p.diff_view
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(Qt.ItemDataRole.UserRole) == "replace")
    qtbot.waitUntil(lambda: view.rowHeight(row) >= view.sizeHintForRow(row), timeout=3000)  # laid out
    metrics = view.fontMetrics()
    for column in (1, 3):
        text = model.index(row, column).data()
        assert "он бес" in text or "отыз" in text
        needed = metrics.boundingRect(QRect(0, 0, view.columnWidth(column) - 12, 100000),
                                      int(Qt.TextFlag.TextWordWrap), text).height()
        assert needed > 4 * metrics.height()  # a long paragraph indeed
        assert view.rowHeight(row) >= view.sizeHintForRow(row)  # as tall as the delegate needs
        assert view.rowHeight(row) >= needed * 0.9
    _shot(p, tmp_path, "library-diff-wrapped.png")


def test_version_picker_shows_number_and_date_in_their_own_columns(qtbot, open_window, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    title = ("Об утверждении Правил погребения и организации дела по уходу за могилами на территории "
             "Абайского района Карагандинской области")
    (folder / "draft.txt").write_text(f"ПРОЕКТ\nРешение районного маслихата\n{title}\n1. Утвердить.",
                                      encoding="utf-8")
    (folder / "adopted.txt").write_text(f"Решение районного маслихата от 15 марта 2024 года № 20-96/VIII\n"
                                        f"{title}\n1. Утвердить.", encoding="utf-8")
    (folder / "later.txt").write_text("Решение районного маслихата\nО внесении изменений в решение\n1. Внести.",
                                      encoding="utf-8")
    w = open_window("en")
    _import(qtbot, w, [folder])
    p = _select(qtbot, w, "later.txt")
    dialog = VersionPicker(w.ctx, p.doc["id"], w)
    qtbot.addWidget(dialog)
    dialog.show()
    _wait(qtbot, w)
    tree = dialog.results
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 2, timeout=10000)
    rows = {tree.topLevelItem(i).text(3)[:20]: tree.topLevelItem(i) for i in range(2)}
    numbers = sorted(tree.topLevelItem(i).text(0) for i in range(2))
    dates = sorted(tree.topLevelItem(i).text(1) for i in range(2))
    assert numbers == sorted(["№ 20-96/VIII", "—"]) and dates == sorted(["15.03.2024", "—"])
    assert rows
    header = tree.header()
    for column in (0, 1):  # number and date fully visible before the long titles
        assert header.sectionPosition(column) + header.sectionSize(column) < tree.viewport().width() // 2
        assert header.sectionSize(column) >= tree.fontMetrics().horizontalAdvance(
            max((tree.topLevelItem(i).text(column) for i in range(2)), key=len))
    tree.setCurrentItem(tree.topLevelItem(0))
    chosen_id = tree.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole)
    _shot(dialog, tmp_path, "library-version-picker.png")
    dialog._accept()
    assert dialog.chosen == chosen_id


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_fixed_reading_warning_is_translated(lang, qapp):
    # the ingest stores plain English (the CLI prints it); the window shows each known message translated
    import re

    from deputydesk.gui.app import install_translations
    from deputydesk.gui.library.preview import shown_warnings, warning_text
    from deputydesk.ingest import ocr

    stored = ["the name ends in .docx but the file is plain text; it was read as plain text",
              "the workbook has more than 2000000 cells; the rest was not read",
              "some characters could not be decoded (cp1251)",
              "page 3: text recognition took longer than 180 s",
              "Tesseract has only the Russian data; install tesseract-ocr-kaz and tesseract-ocr-rus for both "
              "languages.",
              ocr.HOW_TO_ENABLE, "Text recognition was not run."]
    install_translations(qapp, lang)
    try:
        for w in stored:
            text = warning_text(w)
            # no English left outside brackets, package names and the format/tool names
            rest = re.sub(r"\(.*?\)|tesseract-ocr-\w+|Tesseract|OCR|\.docx|cp1251", "", text)
            assert not re.search(r"[A-Za-z]{3,}", rest), (w, text)
    finally:
        install_translations(qapp, "en")
    # a document waiting for recognition shows the window's own note instead of the ingest's advice
    assert shown_warnings([ocr.HOW_TO_ENABLE, "Text recognition was not run.", "page 2: x"], True) == ["page 2: x"]
    assert shown_warnings([ocr.HOW_TO_ENABLE], False) == [ocr.HOW_TO_ENABLE]


def test_a_long_comparison_fits_the_rows_in_sight(qtbot, open_window):
    # above FIT_ALL_ROWS rows only the rows in sight are fitted to their text (all of them took 1.6 s per
    # resize step at 3,400 rows); a row scrolled into sight is fitted then
    from deputydesk.gui.library import preview as pv
    from deputydesk.services.library import side_by_side

    long = "Аудандық бюджеттен бөлінетін қаражат елді мекендердің көшелерін жарықтандыруға жұмсалады; " * 6
    left = [f"{i}. Тармақ мәтіні." for i in range(pv.FIT_ALL_ROWS + 200)]
    right = list(left)
    left[2], right[2] = long + "отыз күн.", long + "он бес күн."
    left[-3], right[-3] = long + "бір.", long + "екі."
    rows = side_by_side(left, right, None)
    assert len(rows) > pv.FIT_ALL_ROWS
    w = open_window("en")
    p = w.area("library").preview
    p.tabs.setCurrentWidget(p.versions)
    p._show_diff(rows)
    view = p.diff_view
    top_row, far_row = 2, len(rows) - 3
    qtbot.waitUntil(lambda: view.rowHeight(top_row) >= view.sizeHintForRow(top_row) > 3 * view.fontMetrics().height(),
                    timeout=3000)
    assert view.rowHeight(far_row) < view.sizeHintForRow(far_row)  # not laid out while out of sight
    view.scrollToBottom()
    qtbot.waitUntil(lambda: view.rowHeight(far_row) >= view.sizeHintForRow(far_row), timeout=3000)
