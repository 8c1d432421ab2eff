"""The main window: a header with the council's names, navigation between the five areas and the
council settings, menus, a status bar, drag-and-drop of files, and the workspace life cycle."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from deputydesk.gui.context import AppContext, Bus
from deputydesk.gui.tasks import TaskRunner
from deputydesk.gui.widgets import EmptyState
from deputydesk.paths import resource

AREAS = ("library", "followup", "letters", "sessions", "dossiers", "settings")


def _open_workspace(_ws: Any, progress: Any, path: Path) -> Any:
    from deputydesk.storage.workspace import Workspace

    progress.update(0, 0, str(path))
    ws = Workspace.open(path)
    ws.release_thread_connection()  # this worker's connection goes back to the pool for later tasks
    return ws


def _fill_demo(ws: Any, progress: Any) -> Any:
    from deputydesk.services.demo import fill_demo

    return fill_demo(ws, progress)


def _load_council(ws: Any, progress: Any) -> Any:
    from deputydesk.services.council import load_council

    return load_council(ws)


def _run_check(ws: Any, progress: Any) -> Any:
    from deputydesk.services.check import run_check

    return run_check(ws, progress)


class MainWindow(QMainWindow):
    def __init__(self, workspace_path: Path, settings: QSettings, lang: str, *, demo: bool = False,
                 initial_area: str | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.lang = lang
        self.workspace_path = Path(workspace_path)
        self.want_demo = demo
        self.failed_message: str | None = None
        self._opening = True
        self._pending_language: str | None = None  # a language switch waiting for background work to end
        self._areas: dict[str, QWidget] = {}
        self.tasks = TaskRunner(self)
        self.tasks.busy_changed.connect(self._on_busy)
        self.ctx: AppContext
        self.setAcceptDrops(True)
        self.setMinimumSize(QSize(900, 600))
        self._initial_area = initial_area if initial_area in AREAS else str(
            settings.value("ui/area", "library"))
        self._build_ui()
        geometry = settings.value("ui/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        QTimer.singleShot(0, self._start_opening)

    # ------------------------------------------------------------------ building
    def _build_ui(self) -> None:
        bus = Bus(self)
        self.ctx = AppContext(tasks=self.tasks, bus=bus, qsettings=self.settings,
                              workspace_path=self.workspace_path, lang=self.lang, main_window=self)
        bus.open_area.connect(self.show_area)
        bus.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        bus.data_changed.connect(self._on_data_changed)
        self.setWindowTitle(self.tr("DeputyDesk"))
        self._build_menus()

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        self.header = QWidget()
        self.header.setObjectName("councilHeader")
        self.header.setStyleSheet("#councilHeader { background: #00A3D9; } "
                                  "#councilHeader QLabel { color: white; }")
        hl = QHBoxLayout(self.header)
        hl.setContentsMargins(16, 8, 16, 8)
        self.header_kk = QLabel()
        self.header_ru = QLabel()
        for label in (self.header_kk, self.header_ru):
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * 1.25)
            font.setBold(True)
            label.setFont(font)
        self.header_ru.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        hl.addWidget(self.header_kk, 1)
        hl.addWidget(self.header_ru, 1)
        self.header_kk.setText(self.tr("DeputyDesk"))
        outer.addWidget(self.header)

        body = QWidget()
        bl = QHBoxLayout(body)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(200)
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        self.nav.setStyleSheet("#navigation { border: none; background: palette(alternate-base); "
                               "padding-top: 8px; } #navigation::item { padding: 8px 6px; }")
        labels = self.area_labels()
        for key in AREAS:
            item = QListWidgetItem(QIcon(str(resource("icons", f"{key}.svg"))), labels[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        bl.addWidget(self.nav)
        bl.addWidget(self.stack, 1)
        outer.addWidget(body, 1)
        self.setCentralWidget(central)

        for old in (getattr(self, "status_ws", None), getattr(self, "status_busy", None)):
            if old is not None:  # a language switch rebuilds the window: one set of labels, not one per switch
                self.statusBar().removeWidget(old)
                old.deleteLater()
        self.status_ws = QLabel()
        self.status_busy = QLabel()
        self.statusBar().addPermanentWidget(self.status_busy)
        self.statusBar().addPermanentWidget(self.status_ws)
        self.status_ws.setText(self.tr("Workspace: %1").replace("%1", str(self.workspace_path)))
        self.nav.currentRowChanged.connect(self._on_nav)
        self._areas = {}
        self.show_area(self._initial_area)

    def area_labels(self) -> dict[str, str]:
        return {
            "library": self.tr("Library"),
            "followup": self.tr("Follow-up"),
            "letters": self.tr("Letters"),
            "sessions": self.tr("Sessions"),
            "dossiers": self.tr("Dossiers"),
            "settings": self.tr("Council settings"),
        }

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        act = file_menu.addAction(self.tr("Open workspace…"))
        act.triggered.connect(self._choose_workspace)
        act = file_menu.addAction(self.tr("Fill with demo data"))
        act.triggered.connect(self.fill_demo)
        act = file_menu.addAction(self.tr("Check workspace"))
        act.triggered.connect(self.check_workspace)
        file_menu.addSeparator()
        act = file_menu.addAction(self.tr("Quit"))
        act.setShortcut(QKeySequence.StandardKey.Quit)
        act.triggered.connect(self.close)

        view = bar.addMenu(self.tr("&View"))
        lang_menu = view.addMenu(self.tr("Language"))
        group = QActionGroup(self)
        for code, name in (("kk", "Қазақша"), ("ru", "Русский"), ("en", "English")):
            a = QAction(name, self, checkable=True)
            a.setChecked(code == self.lang)
            a.setData(code)
            a.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(a)
            lang_menu.addAction(a)

        help_menu = bar.addMenu(self.tr("&Help"))
        act = help_menu.addAction(self.tr("About DeputyDesk"))
        act.triggered.connect(self.show_about)
        act = help_menu.addAction(self.tr("About Qt"))
        act.triggered.connect(QApplication.aboutQt)

    # ------------------------------------------------------------------ areas
    def _create_area(self, key: str) -> QWidget:
        module = importlib.import_module(f"deputydesk.gui.{key}")
        widget: QWidget = module.create_area(self.ctx)
        widget.setObjectName(f"area_{key}")
        return widget

    def show_area(self, key: str) -> None:
        if key not in AREAS:
            key = "library"
        if key not in self._areas:
            widget = self._create_area(key)
            self._areas[key] = widget
            self.stack.addWidget(widget)
            if self.ctx.ready:
                ready = getattr(widget, "on_workspace_ready", None)
                if callable(ready):
                    ready(self.tasks.workspace)
        self.stack.setCurrentWidget(self._areas[key])
        row = AREAS.index(key)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        self.settings.setValue("ui/area", key)

    def area(self, key: str) -> QWidget:
        self.show_area(key) if key not in self._areas else None
        return self._areas[key]

    def _on_nav(self, row: int) -> None:
        if 0 <= row < len(AREAS):
            self.show_area(AREAS[row])

    # ------------------------------------------------------------------ workspace life cycle
    def _start_opening(self) -> None:
        self._opening = True
        self.statusBar().showMessage(self.tr("Opening the workspace…"))
        self.tasks.run(_open_workspace, self.workspace_path, title=self.tr("Opening the workspace"),
                       write=True, needs_workspace=False, on_done=self._on_opened,
                       on_error=self._on_open_failed)

    def _on_opened(self, ws: Any) -> None:
        self.tasks.workspace = ws
        self._opening = False
        self.statusBar().showMessage(self.tr("Workspace opened"), 4000)
        self.ctx.bus.workspace_ready.emit(ws)
        for widget in self._areas.values():
            ready = getattr(widget, "on_workspace_ready", None)
            if callable(ready):
                ready(ws)
        self.reload_council()
        if self.want_demo:
            self.want_demo = False
            self.tasks.run(_demo_if_empty, title=self.tr("Preparing the demo council"), write=True,
                           on_done=self._on_demo_done)

    def _on_open_failed(self, exc: BaseException) -> None:
        from deputydesk.storage.errors import WorkspaceError, classify

        self._opening = False
        problem = classify(exc)
        message = str(problem) if isinstance(problem, WorkspaceError) else f"{type(exc).__name__}: {exc}"
        self.failed_message = message
        state = EmptyState(self.tr("The workspace cannot be opened"), message,
                           self.tr("Choose another workspace…"))
        assert state.button is not None
        state.button.clicked.connect(self._choose_workspace)
        self.stack.addWidget(state)
        self.stack.setCurrentWidget(state)
        self.nav.setEnabled(False)

    def _on_demo_done(self, result: Any) -> None:
        if result:
            self.statusBar().showMessage(self.tr("Demo council is ready"), 6000)
            self.ctx.bus.data_changed.emit("all", [])

    def fill_demo(self) -> None:
        if not self.ctx.ready:
            return
        self.tasks.run(_fill_demo, title=self.tr("Filling the workspace with demo data"), write=True,
                       on_done=lambda r: self._on_demo_done(r or True))

    def check_workspace(self) -> None:
        if not self.ctx.ready:
            return
        self.tasks.run(_run_check, title=self.tr("Checking the workspace"), on_done=self._show_check)

    def _show_check(self, result: dict[str, Any]) -> None:
        if result["ok"] and not result["problems"]:
            text = self.tr("The workspace is in order: database, stored files and the event log were "
                           "checked.")
            QMessageBox.information(self, self.tr("Check workspace"), text)
            return
        lines = [f"• {p['message']}" for p in result["problems"][:30]]
        head = self.tr("The workspace is in order, with warnings:") if result["ok"] else \
            self.tr("Problems were found in the workspace:")
        box = QMessageBox(QMessageBox.Icon.Warning if not result["ok"] else QMessageBox.Icon.Information,
                          self.tr("Check workspace"), head + "\n\n" + "\n".join(lines), parent=self)
        box.open()

    def reload_council(self) -> None:
        if self.ctx.ready:
            self.tasks.run(_load_council, show_progress=False, on_done=self._show_council)

    def _show_council(self, council: Any) -> None:
        body = council.default_body()
        if body is None:
            self.header_kk.setText(self.tr("DeputyDesk"))
            self.header_ru.setText(self.tr("Set up your council in Council settings"))
            return
        self.header_kk.setText(body.name_kk)
        self.header_ru.setText(body.name_ru)
        self.setWindowTitle(f"{body.name(self.ctx.doc_lang())} — {self.tr('DeputyDesk')}")

    def _on_data_changed(self, kind: str, _ids: list) -> None:
        if kind in ("council", "all"):
            self.reload_council()

    def _choose_workspace(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a workspace folder"),
                                                  str(self.workspace_path))
        if folder:
            self.switch_workspace(Path(folder))

    def switch_workspace(self, path: Path) -> None:
        if self.tasks.busy:
            QMessageBox.information(self, self.tr("DeputyDesk"),
                                    self.tr("Please wait until the current work finishes."))
            return
        self.tasks.shutdown()
        self.tasks.workspace = None
        self.workspace_path = path
        self.failed_message = None
        self._rebuild()
        self._start_opening()

    # ------------------------------------------------------------------ language
    def set_language(self, code: str) -> None:
        if code == self.lang:
            self._pending_language = None
            return
        if self.tasks.busy:
            self._pending_language = code
            QTimer.singleShot(200, self, lambda: self.set_language(code))
            return
        self._pending_language = None
        from deputydesk.gui.app import install_translations

        self.settings.setValue("ui/language", code)
        self.lang = code
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        install_translations(app, code)
        self._rebuild()
        if self.tasks.workspace is not None:
            self._on_opened(self.tasks.workspace)

    def _rebuild(self) -> None:
        current = self.settings.value("ui/area", "library")
        self._initial_area = str(current)
        old_areas = list(self._areas.values())
        old_bus = self.ctx.bus
        self._build_ui()
        for w in old_areas:
            w.deleteLater()
        old_bus.deleteLater()

    # ------------------------------------------------------------------ misc
    def show_about(self) -> None:
        from deputydesk.gui.about import AboutDialog

        AboutDialog(self).exec()

    def settled(self) -> bool:
        """True when the workspace is open (or failed) and no background work is pending."""
        return (not self._opening and not self.tasks.busy and not self.want_demo
                and self._pending_language is None)

    def _on_busy(self, busy: bool) -> None:
        self.status_busy.setText(self.tr("Working…") if busy else "")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if urls and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_files(paths)

    def open_files(self, paths: list[str]) -> None:
        """Files dropped onto the window or named on the command line: exchange packages (.ddx) go to the
        Exchange page, everything else to the library's import."""
        packages = [p for p in paths if p.lower().endswith(".ddx")]
        others = [p for p in paths if not p.lower().endswith(".ddx")]
        if others:
            self.show_area("library")
            self.ctx.bus.files_dropped.emit(others)
        for package in packages:
            self.show_area("dossiers")
            opener = getattr(self._areas.get("dossiers"), "open_package", None)
            if callable(opener):
                opener(package)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("ui/geometry", self.saveGeometry())
        self.settings.sync()
        # stop background work before the widgets it reports to go away
        self.tasks.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        self.tasks.shutdown()


def _demo_if_empty(ws: Any, progress: Any) -> Any:
    from deputydesk.services.demo import fill_demo, is_demo_filled

    if is_demo_filled(ws):
        return None
    return fill_demo(ws, progress)
