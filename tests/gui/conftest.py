from __future__ import annotations

import pytest


@pytest.fixture
def main_window(qtbot, tmp_path):
    """A main window on a fresh demo workspace, after the demo has been filled."""
    from deputydesk.gui.app import install_translations, load_fonts, open_settings

    app = qtbot_app(qtbot)
    load_fonts()
    install_translations(app, "en")
    from deputydesk.gui.mainwindow import MainWindow

    window = MainWindow(tmp_path / "ws", open_settings(), "en", demo=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.settled, timeout=30000)
    yield window
    window.shutdown()


def qtbot_app(qtbot):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert app is not None
    return app
