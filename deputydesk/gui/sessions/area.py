"""The Sessions area: sessions of each body on the left, the editor on the right. Every load, save and
document runs through the background task helper; results come back on the GUI thread."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deputydesk.core.sessions import RaisedItem, Session
from deputydesk.gui.context import AppContext
from deputydesk.gui.sessions.editor import SessionEditor
from deputydesk.gui.sessions.models import SORT_ROLE, SessionListModel
from deputydesk.gui.widgets import EmptyState, PageHeader

NEW_SESSION = "new-"
"""Prefix of the token standing for a new, unsaved session the user asked for (one per request)."""


# ---------------------------------------------------------------- background calls (worker threads)
def _load_bodies(ws: Any, progress: Any) -> list[dict[str, Any]]:
    from deputydesk.services.sessions import list_bodies

    return list_bodies(ws)


def _list_sessions(ws: Any, progress: Any, body_id: str | None) -> list[dict[str, Any]]:
    from deputydesk.services.sessions import list_sessions

    return list_sessions(ws, body_id)


def _load_session(ws: Any, progress: Any, session_id: str) -> Session:
    from deputydesk.services.sessions import load_session

    return load_session(ws, session_id)


def _new_session(ws: Any, progress: Any, body_id: str) -> Session:
    from deputydesk.services.sessions import new_session

    return new_session(ws, body_id, _dt.date.today())


def _save_session(ws: Any, progress: Any, body_id: str, session: Session) -> dict[str, Any]:
    from deputydesk.services.sessions import load_session, save_session

    result = save_session(ws, body_id, session)
    result["session"] = load_session(ws, result["id"])
    return result


def _load_rules(ws: Any, progress: Any, body_id: str) -> Any:
    from deputydesk.services.sessions import body_rules

    return body_rules(ws, body_id)


def _save_rules(ws: Any, progress: Any, body_id: str, changes: dict[str, Any]) -> dict[str, Any]:
    from deputydesk.services.sessions import save_body_rules

    return save_body_rules(ws, body_id, **changes)


def _delete_session(ws: Any, progress: Any, session_id: str) -> dict[str, Any]:
    from deputydesk.services.sessions import delete_session

    return delete_session(ws, session_id)


def _generate(ws: Any, progress: Any, body_id: str, session: Session, kind: str, lang: str) -> dict[str, Any]:
    """Save the session as edited, then write the document as DOCX and PDF."""
    from deputydesk.services.sessions import load_session, render_document, save_session

    saved = save_session(ws, body_id, session)
    outputs = [render_document(ws, progress, saved["id"], kind, lang, fmt) for fmt in ("docx", "pdf")]
    return {"id": saved["id"], "outputs": outputs, "session": load_session(ws, saved["id"])}


def _raise(ws: Any, progress: Any, session_id: str, item_id: str | None, raised: RaisedItem) -> dict[str, Any]:
    from deputydesk.services.sessions import load_session, raise_items

    result = raise_items(ws, session_id, item_id, [raised])
    result["session"] = load_session(ws, session_id)
    return result


class SessionsArea(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        self._opened_once = False
        self._wanted: str | None = None
        """The session the user last asked for (its id, "new-N" for the N-th new one, None none): results
        of saves, documents and raised items about another session only refresh the list, never the
        editor."""
        self._new_count = 0
        super().__init__()
        self.ctx = ctx
        self.body_id: str | None = None
        self.last_outputs: list[dict[str, Any]] = []
        self.open_file: Callable[[str], Any] = lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(PageHeader(self.tr("Sessions"),
                                    self.tr("Agenda, attendance and quorum, votes and decisions — with the "
                                            "protocol, a plain summary and the notice of the next session.")))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Body:")))
        self.body_combo = QComboBox()
        self.body_combo.setObjectName("sessions_body")
        self.body_combo.setMinimumWidth(320)
        self.body_combo.currentIndexChanged.connect(self._on_body_changed)
        top.addWidget(self.body_combo, 1)
        self.rules_btn = QPushButton(self.tr("Voting rules…"))
        self.rules_btn.setObjectName("voting_rules")
        self.rules_btn.setToolTip(self.tr("Quorum, majority and tie rules with their legal source; the decision "
                                          "number format"))
        self.rules_btn.clicked.connect(self.edit_rules)
        top.addWidget(self.rules_btn)
        self.new_btn = QPushButton(self.tr("New session"))
        self.new_btn.setObjectName("new_session")
        self.new_btn.clicked.connect(self.new_session)
        top.addWidget(self.new_btn)
        self.delete_btn = QPushButton(self.tr("Delete"))
        self.delete_btn.clicked.connect(self.delete_session)
        top.addWidget(self.delete_btn)
        layout.addLayout(top)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.model = SessionListModel(ctx.lang, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.list = QTableView()
        self.list.setObjectName("sessions_list")
        self.list.setModel(self.proxy)
        self.list.setSortingEnabled(True)
        self.list.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.verticalHeader().hide()
        self.list.setColumnHidden(2, True)  # the body is chosen above
        header = self.list.horizontalHeader()
        for column in (0, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.selectionModel().currentRowChanged.connect(self._on_row)
        split.addWidget(self.list)
        self.right = QStackedWidget()
        self.empty = EmptyState(self.tr("No session selected"),
                                self.tr("Choose a session on the left or start a new one."))
        self.editor = SessionEditor(ctx.lang, ctx=ctx)
        self.editor.save_requested.connect(self.save)
        self.editor.generate_requested.connect(self.generate)
        self.editor.raise_requested.connect(self.raise_item)
        self.right.addWidget(self.empty)
        self.right.addWidget(self.editor)
        split.addWidget(self.right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setSizes([420, 980])
        layout.addWidget(split, 1)
        self.status = QLabel()
        self.status.setObjectName("sessions_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.setEnabled(False)
        ctx.bus.data_changed.connect(self._on_data_changed)

    # ------------------------------------------------------------------ life cycle
    def on_workspace_ready(self, ws: Any) -> None:
        self._opened_once = False
        self.setEnabled(True)
        self.reload_bodies()

    def reload_bodies(self) -> None:
        self.ctx.tasks.run(_load_bodies, title=self.tr("Loading the councils"), show_progress=False,
                           on_done=self._on_bodies)

    def _on_bodies(self, bodies: list[dict[str, Any]]) -> None:
        current = self.body_id
        self.body_combo.blockSignals(True)
        self.body_combo.clear()
        for b in bodies:
            name = (b["name_kk"] if self.ctx.lang == "kk" else b["name_ru"]) or b["name_ru"] or b["name_kk"]
            self.body_combo.addItem(name, b["id"])
        index = self.body_combo.findData(current) if current else 0
        self.body_combo.setCurrentIndex(max(0, index))
        self.body_combo.blockSignals(False)
        self.new_btn.setEnabled(bool(bodies))
        self._on_body_changed()

    def _on_body_changed(self, *_args: Any) -> None:
        self.body_id = self.body_combo.currentData()
        self._wanted = None
        self.show_editor(False)
        self.reload_sessions()

    def reload_sessions(self, select: str | None = None) -> None:
        if not self.body_id:
            self.model.set_rows([])
            return
        self.ctx.tasks.run(_list_sessions, self.body_id, title=self.tr("Loading sessions"), show_progress=False,
                           on_done=lambda rows: self._on_sessions(rows, select))

    def _on_sessions(self, rows: list[dict[str, Any]], select: str | None) -> None:
        self.model.set_rows(rows)
        if not select and rows and not self._opened_once and self.right.currentWidget() is self.empty:
            # on arrival, open the most recent session, as a secretary expects
            self._opened_once = True
            self.list.selectRow(0)
            return
        if select:
            row = self.model.row_of(select)
            if row >= 0:
                proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.list.selectionModel().blockSignals(True)
                self.list.selectRow(proxy_index.row())
                self.list.selectionModel().blockSignals(False)

    def _on_data_changed(self, kind: str, ids: list) -> None:
        if kind in ("council", "body", "members", "all"):
            self.reload_bodies()

    # ------------------------------------------------------------------ selection
    def show_editor(self, show: bool) -> None:
        self.right.setCurrentWidget(self.editor if show else self.empty)
        self.delete_btn.setEnabled(show and self.editor.session is not None and bool(self.editor.session.id))

    def _on_row(self, current: Any, _previous: Any) -> None:
        if not current.isValid():
            return
        session_id = self.model.row_id(self.proxy.mapToSource(current).row())
        self.open_session(session_id)

    def open_session(self, session_id: str) -> None:
        self._wanted = session_id
        self.ctx.tasks.run(_load_session, session_id, title=self.tr("Opening the session"),
                           on_done=self._on_session_loaded, key="sessions.open")

    def _on_session_loaded(self, session: Session) -> None:
        self.editor.set_session(session)
        self.show_editor(True)

    def new_session(self) -> None:
        if not self.body_id:
            return
        self.list.clearSelection()
        self._new_count += 1
        self._wanted = f"{NEW_SESSION}{self._new_count}"
        self.ctx.tasks.run(_new_session, self.body_id, title=self.tr("Preparing a new session"),
                           on_done=self._on_session_loaded, key="sessions.open")

    # ------------------------------------------------------------------ rules
    def edit_rules(self) -> None:
        if not self.body_id:
            return
        self.ctx.tasks.run(_load_rules, self.body_id, title=self.tr("Loading the rules"), show_progress=False,
                           on_done=self._show_rules)

    def _show_rules(self, rules: Any) -> None:
        from deputydesk.gui.sessions.rules import RulesDialog

        dialog = RulesDialog(rules, self.ctx.lang, self)
        self.rules_dialog = dialog
        dialog.accepted.connect(lambda: self._save_rules(dialog.changes()))
        dialog.open()

    def _save_rules(self, changes: dict[str, Any]) -> None:
        if not changes or not self.body_id:
            return
        self.ctx.tasks.run(_save_rules, self.body_id, changes, title=self.tr("Saving the rules"), write=True,
                           on_done=self._on_rules_saved, on_error=self._on_error)

    def _on_rules_saved(self, result: dict[str, Any]) -> None:
        self.status.setText(self.tr("Rules saved."))
        self.ctx.bus.data_changed.emit("body", [result["body_id"]])
        self.reload_sessions(select=self._listed())
        wanted = self._listed()
        if wanted:
            self.open_session(wanted)

    # ------------------------------------------------------------------ actions
    def save(self) -> None:
        if self.editor.session is None or not self.body_id:
            return
        saving = self.editor.session.id or self._wanted
        self.ctx.tasks.run(_save_session, self.body_id, self.editor.snapshot(), title=self.tr("Saving the session"),
                           write=True, on_done=lambda result: self._on_saved(result, saving), on_error=self._on_error)

    def _listed(self) -> str | None:
        """The id to select in the list: the wanted session when it is a saved one."""
        return self._wanted if self._wanted and not self._wanted.startswith(NEW_SESSION) else None

    def _still_showing(self, session_id: str | None) -> bool:
        """Whether the user is still on ``session_id`` (None: whatever the editor shows)."""
        return session_id is None or self._wanted == session_id

    def _on_saved(self, result: dict[str, Any], saving: str | None = None) -> None:
        if self._still_showing(saving):
            self._wanted = result["id"]
            self.editor.set_session(result["session"])
            self.show_editor(True)
        self.status.setText(self.tr("Session saved."))
        self.reload_sessions(select=self._listed())
        self.ctx.bus.data_changed.emit("sessions", [result["id"]])

    def _on_error(self, exc: BaseException) -> None:
        from deputydesk.core.progress import Cancelled

        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Cancelled."))
            return
        self.status.setText(self.tr("Not saved: %1").replace("%1", str(exc)))

    def delete_session(self) -> None:
        s = self.editor.session
        if s is None or not s.id:
            return
        answer = QMessageBox.question(self, self.tr("Delete session"),
                                      self.tr("Delete session No. %1 with its agenda, votes and generated "
                                              "documents?").replace("%1", str(s.number)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.tasks.run(_delete_session, s.id, title=self.tr("Deleting the session"), write=True,
                           on_done=self._on_deleted, on_error=self._on_error)

    def _on_deleted(self, result: dict[str, Any]) -> None:
        if not self._still_showing(result["deleted"]):
            self.reload_sessions(select=self._listed())
            self.ctx.bus.data_changed.emit("sessions", [result["deleted"]])
            return
        self._wanted = None
        self.editor.session = None
        self.show_editor(False)
        self.status.setText(self.tr("Session deleted."))
        self.reload_sessions()
        self.ctx.bus.data_changed.emit("sessions", [result["deleted"]])

    def generate(self, kind: str, lang: str) -> None:
        if self.editor.session is None or not self.body_id:
            return
        generating = self.editor.session.id or self._wanted
        self.ctx.tasks.run(_generate, self.body_id, self.editor.snapshot(), kind, lang,
                           title=self.tr("Writing the documents"), write=True,
                           on_done=lambda result: self._on_generated(result, generating), on_error=self._on_error)

    def _on_generated(self, result: dict[str, Any], generating: str | None = None) -> None:
        self.last_outputs = result["outputs"]
        if self._still_showing(generating):
            self._wanted = result["id"]
            self.editor.set_session(result["session"])
            self.show_editor(True)
        paths = [o["path"] for o in result["outputs"]]
        self.status.setText(self.tr("Written: %1").replace("%1", "; ".join(Path(p).name for p in paths)))
        self.reload_sessions(select=self._listed())
        self.ctx.bus.data_changed.emit("sessions", [result["id"]])
        pdf = next((p for p in paths if p.endswith(".pdf")), None)
        if pdf:
            self.open_file(pdf)

    def raise_item(self, item_id: str | None, raised: RaisedItem) -> None:
        s = self.editor.session
        if s is None or not s.id:
            return
        self.ctx.tasks.run(_raise, s.id, item_id, raised, title=self.tr("Recording"), write=True,
                           on_done=self._on_raised, on_error=self._on_error)

    def _on_raised(self, result: dict[str, Any]) -> None:
        if self._still_showing(result["session_id"]):
            self.editor.set_session(result["session"])
        self.status.setText(self.tr("Recorded; it will appear in the session's summary."))
        self.ctx.bus.data_changed.emit("sessions", [result["session_id"]])
