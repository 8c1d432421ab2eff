from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView

from deputydesk.gui.settings.models import MembersModel, OrganisationsModel


def test_header_shows_the_council_in_both_languages(main_window, qtbot):
    qtbot.waitUntil(lambda: main_window.header_kk.text() == "Абай аудандық мәслихаты", timeout=5000)
    assert main_window.header_ru.text() == "Абайский районный маслихат"
    assert main_window.nav.count() == 6


def test_every_area_opens(main_window):
    for key in ("library", "followup", "letters", "sessions", "dossiers", "settings"):
        main_window.show_area(key)
        assert main_window.stack.currentWidget().objectName() == f"area_{key}"


def test_settings_page_edits_and_saves_the_body(main_window, qtbot, tmp_path):
    main_window.show_area("settings")
    area = main_window.area("settings")
    qtbot.waitUntil(lambda: area.isEnabled() and area.body_combo.count() == 2, timeout=5000)
    phone = area.body_fields["phone"]
    assert isinstance(phone, QLineEdit)
    phone.setText("+7 (72131) 9-99-99")
    area.body_fields["name_ru"].setText("Абайский районный маслихат (изм.)")
    area.save_body()
    qtbot.waitUntil(lambda: main_window.header_ru.text() == "Абайский районный маслихат (изм.)", timeout=5000)
    from deputydesk.services.council import load_council
    from deputydesk.storage.workspace import Workspace

    with Workspace.open(tmp_path / "ws") as ws:
        body = load_council(ws).default_body()
        assert body.phone == "+7 (72131) 9-99-99"


def test_settings_page_refuses_an_empty_name_with_a_plain_message(main_window, qtbot):
    main_window.show_area("settings")
    area = main_window.area("settings")
    qtbot.waitUntil(area.isEnabled, timeout=5000)
    area.body_fields["name_kk"].setText("")
    area.save_body()
    assert area.body_errors.isVisible() or not area.body_errors.isHidden()
    assert "Name (Kazakh)" in area.body_errors.text()


def test_settings_page_sets_the_largest_file_to_import(main_window, qtbot, tmp_path):
    main_window.show_area("settings")
    area = main_window.area("settings")
    qtbot.waitUntil(lambda: area.isEnabled() and area.max_file_mb.value() == 200, timeout=5000)
    area.max_file_mb.setValue(35)
    area.save_max_file_mb()
    from deputydesk.storage.workspace import Workspace

    def saved() -> bool:
        with Workspace.open(tmp_path / "ws") as ws:
            return ws.settings.get("import_max_file_mb") == 35

    qtbot.waitUntil(saved, timeout=5000)
    from deputydesk.services.library import limits_for

    with Workspace.open(tmp_path / "ws") as ws:
        assert limits_for(ws).max_file_bytes == 35 * 1024 * 1024


def test_members_and_addressees_are_listed(main_window, qtbot):
    main_window.show_area("settings")
    area = main_window.area("settings")
    qtbot.waitUntil(lambda: area.members_model.rowCount() == 26, timeout=5000)
    assert area.orgs_model.rowCount() == 14
    view = area.findChild(QTableView, "orgsView")
    first = view.model().index(0, 0).data()
    assert first == "Акимат Абайского района"
    child = view.model().index(1, 0).data()
    assert child.strip().startswith("↳")


def test_models_pass_the_model_tester(qtmodeltester, main_window, qtbot):
    main_window.show_area("settings")
    area = main_window.area("settings")
    qtbot.waitUntil(lambda: area.members_model.rowCount() > 0, timeout=5000)
    qtmodeltester.check(area.members_model)
    qtmodeltester.check(area.orgs_model)
    qtmodeltester.check(MembersModel())
    qtmodeltester.check(OrganisationsModel())


def test_dropping_files_reaches_the_library(main_window, qtbot, tmp_path):
    f = tmp_path / "шешім.txt"
    f.write_text("Мәслихат шешімі", encoding="utf-8")
    got = []
    main_window.ctx.bus.files_dropped.connect(got.append)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    main_window.dropEvent(event)
    assert got == [[str(f)]]
    assert main_window.stack.currentWidget().objectName() == "area_library"


def test_language_switch_retranslates_and_persists(main_window, qtbot):
    main_window.set_language("kk")
    qtbot.waitUntil(lambda: main_window.nav.item(0).text() == "Кітапхана", timeout=5000)
    assert main_window.settings.value("ui/language") == "kk"
    main_window.set_language("ru")
    qtbot.waitUntil(lambda: main_window.nav.item(5).text() == "Настройки совета", timeout=5000)
    main_window.set_language("en")
    qtbot.waitUntil(lambda: main_window.nav.item(0).text() == "Library", timeout=5000)
    main_window.set_language("ru")
    qtbot.waitUntil(lambda: main_window.nav.item(0).text() == "Библиотека", timeout=5000)
    qtbot.wait(50)  # old labels are deleted by the event loop
    # the status bar holds one workspace label, in the current language (it used to gain one per switch)
    labels = [w.text() for w in main_window.statusBar().findChildren(QLabel)
              if str(main_window.workspace_path) in w.text()]
    assert len(labels) == 1 and not labels[0].startswith("Workspace"), labels


def test_geometry_is_saved_on_close(main_window, qtbot):
    main_window.resize(1000, 700)
    main_window.close()
    assert not main_window.settings.value("ui/geometry").isEmpty()


def test_check_from_the_gui_runs_in_the_background(main_window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    main_window.check_workspace()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "in order" in shown[0]


def test_a_newer_workspace_shows_a_plain_message(qtbot, tmp_path):
    import sqlite3

    from deputydesk.gui.app import open_settings
    from deputydesk.gui.mainwindow import MainWindow
    from deputydesk.storage.workspace import DB_NAME, Workspace

    Workspace.open(tmp_path / "new").close()
    conn = sqlite3.connect(tmp_path / "new" / DB_NAME)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    window = MainWindow(tmp_path / "new", open_settings(), "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.settled, timeout=10000)
    assert window.failed_message and "newer version" in window.failed_message
    window.shutdown()


def test_about_dialog_shows_version_and_font_licence(qtbot):
    from PySide6.QtWidgets import QLabel, QPlainTextEdit

    from deputydesk import __version__
    from deputydesk.gui.about import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert __version__ in dialog.findChild(QLabel, "aboutText").text()
    licence = dialog.findChild(QPlainTextEdit, "fontLicence").toPlainText()
    assert "SIL OPEN FONT LICENSE" in licence and "Liberation" in licence
