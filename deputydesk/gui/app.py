"""Application start-up: QApplication, bundled fonts, translations, settings, the main window.

``run_gui`` is what ``deputydesk gui`` calls. With ``smoke_test`` it opens the window offscreen, waits
until the workspace is open and background work has settled, paints the window, saves the screenshot if
asked and quits with 0 (1 when something failed or it took too long).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, Qt, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from deputydesk import APP_NAME, ORG_NAME, __version__
from deputydesk.paths import resource, settings_dir

if TYPE_CHECKING:
    from deputydesk.gui.mainwindow import MainWindow

LANGUAGES = ("kk", "ru", "en")
KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
SMOKE_TIMEOUT_MS = 90_000

_translators: list[QTranslator] = []


def load_fonts() -> list[str]:
    """Register the bundled Liberation fonts; use Liberation Sans when the default font lacks Kazakh."""
    families: list[str] = []
    for ttf in sorted(resource("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(ttf))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    app = QGuiApplication.instance()
    if app is not None:
        metrics = QFontMetrics(QGuiApplication.font())
        if not all(metrics.inFontUcs4(ord(ch)) for ch in KAZAKH_LETTERS):
            font = QFont("Liberation Sans")
            font.setPointSizeF(max(QGuiApplication.font().pointSizeF(), 9.5))
            QGuiApplication.setFont(font)
    return sorted(set(families))


def open_settings() -> QSettings:
    folder = settings_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "DeputyDesk.ini"), QSettings.Format.IniFormat)


def system_language() -> str:
    name = QLocale.system().name()[:2]
    return name if name in LANGUAGES else "en"


def install_translations(app: QApplication, lang: str) -> list[str]:
    """Install DeputyDesk's translations for every area and Qt's own (standard buttons, dialogs)."""
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    loaded: list[str] = []
    folder = resource("translations")
    for qm in sorted(folder.glob(f"*_{lang}.qm")):
        tr = QTranslator(app)
        if tr.load(str(qm)):
            app.installTranslator(tr)
            _translators.append(tr)
            loaded.append(qm.name)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for base in ("qtbase",):
        tr = QTranslator(app)
        if tr.load(f"{base}_{lang}", qt_dir):
            app.installTranslator(tr)
            _translators.append(tr)
            loaded.append(f"{base}_{lang}")
    return loaded


def ensure_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QApplication.setOrganizationName(ORG_NAME)
        QApplication.setApplicationName(APP_NAME)
        QApplication.setApplicationVersion(__version__)
        app = QApplication(argv or [sys.argv[0]])
        app.setWindowIcon(QIcon(str(resource("icons", "deputydesk.svg"))))
        app.setDesktopFileName("deputydesk")
    assert isinstance(app, QApplication)
    return app


def hand_over_files(window: MainWindow, paths: list[str]) -> None:
    """Give files named on the command line ("Open with", a double-clicked .ddx) to the areas as if they
    had been dropped onto the window, once the workspace is open and every area has been told so."""
    bus = window.ctx.bus

    def emit() -> None:
        window.open_files(list(paths))

    if window.ctx.ready:
        QTimer.singleShot(0, emit)
    else:
        bus.workspace_ready.connect(lambda _ws: QTimer.singleShot(0, emit),
                                    Qt.ConnectionType.SingleShotConnection)


def run_gui(workspace: Path, demo: bool = False, smoke_test: bool = False, screenshot: str | None = None,
            lang: str | None = None, area: str | None = None, open_files: list[str] | None = None) -> int:
    if smoke_test and not os.environ.get("QT_QPA_PLATFORM") and not os.environ.get("DISPLAY") \
            and sys.platform.startswith("linux"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = ensure_app()
    load_fonts()
    settings = open_settings()
    if lang:
        settings.setValue("ui/language", lang)
    language = str(settings.value("ui/language", system_language()))
    if language not in LANGUAGES:
        language = "en"
    install_translations(app, language)

    from deputydesk.gui.mainwindow import MainWindow

    window = MainWindow(workspace, settings, language, demo=demo, initial_area=area)
    if open_files:
        hand_over_files(window, open_files)
    if smoke_test:
        window.resize(1280, 800)  # a predictable picture, whatever geometry was saved
    window.show()
    result = {"code": 0}

    if smoke_test:
        def finish_when_settled() -> None:
            if window.failed_message:
                sys.stderr.write(f"deputydesk: smoke test failed: {window.failed_message}\n")
                result["code"] = 1
                window.close()
                return
            if not window.settled():
                QTimer.singleShot(100, finish_when_settled)
                return
            # one more event-loop turn so queued results are painted
            QTimer.singleShot(300, take_picture)

        def take_picture() -> None:
            if not window.settled():
                QTimer.singleShot(100, finish_when_settled)
                return
            pixmap = window.grab()
            if pixmap.isNull():
                sys.stderr.write("deputydesk: smoke test failed: the window could not be painted\n")
                result["code"] = 1
            elif screenshot:
                target = Path(screenshot)
                target.parent.mkdir(parents=True, exist_ok=True)
                if not pixmap.save(str(target), "PNG"):
                    sys.stderr.write(f"deputydesk: could not save the screenshot to {target}\n")
                    result["code"] = 1
            window.close()

        def give_up() -> None:
            sys.stderr.write("deputydesk: smoke test timed out waiting for the window to settle\n")
            result["code"] = 1
            window.close()

        QTimer.singleShot(0, finish_when_settled)
        QTimer.singleShot(SMOKE_TIMEOUT_MS, give_up)

    code = app.exec()
    window.shutdown()
    return result["code"] or code
