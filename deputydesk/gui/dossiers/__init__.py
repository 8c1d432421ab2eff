"""The dossiers area: build a dossier from stored documents, reorder by drag, compile it to one PDF with
progress, open the result. The Exchange and Backup pages (deputydesk.gui.exchange) share the area."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deputydesk.gui.context import AppContext
from deputydesk.gui.dossiers.models import DossiersModel, IdRole, ItemsModel, RowRole
from deputydesk.gui.library.picker import DocumentPickerDialog, choose_documents
from deputydesk.gui.widgets import PageHeader


def create_area(ctx: AppContext) -> QWidget:
    return DossiersArea(ctx)


# ---------------------------------------------------------------- background calls (worker threads)
def _load_list(ws: Any, progress: Any) -> list[dict[str, Any]]:
    from deputydesk.services.dossiers import list_dossiers

    return list_dossiers(ws)


def _load_dossier(ws: Any, progress: Any, dossier_id: str) -> dict[str, Any]:
    from deputydesk.services.dossiers import get_dossier

    return get_dossier(ws, dossier_id)


def _create(ws: Any, progress: Any, title: str) -> str:
    from deputydesk.services.dossiers import create_dossier

    return create_dossier(ws, title)


def _save(ws: Any, progress: Any, dossier_id: str, changes: dict[str, Any]) -> str:
    from deputydesk.services.dossiers import update_dossier

    update_dossier(ws, dossier_id, **changes)
    return dossier_id


def _delete(ws: Any, progress: Any, dossier_id: str) -> None:
    from deputydesk.services.dossiers import delete_dossier

    delete_dossier(ws, dossier_id)


def _add_files(ws: Any, progress: Any, dossier_id: str, paths: list[str]) -> dict[str, Any]:
    """Store each file (content-addressed) and append it to the dossier; bad files are reported, the rest
    are added."""
    from deputydesk.services.dossiers import add_item

    added, failed = 0, []
    for i, path in enumerate(paths):
        progress.update(i, len(paths), Path(path).name)
        progress.check()
        try:
            with ws.db.atomic():
                file_id = ws.files.put_path(Path(path), original_name=Path(path).name)
                add_item(ws, dossier_id, file_id, title=Path(path).stem)
            added += 1
        except OSError as exc:
            failed.append(f"{path}: {exc.strerror or exc}")
    return {"added": added, "failed": failed}


def _add_documents(ws: Any, progress: Any, dossier_id: str, doc_ids: list[str]) -> dict[str, Any]:
    """Append library documents in the order chosen; a document already in the dossier is not added twice,
    one that vanished meanwhile is reported and the rest are added."""
    from deputydesk.services.dossiers import DossierError, add_item, items

    present = {i["document_id"] for i in items(ws, dossier_id) if i.get("document_id")}
    added, already, failed = 0, 0, []
    for i, doc_id in enumerate(doc_ids):
        progress.update(i, len(doc_ids))
        progress.check()
        if doc_id in present:
            already += 1
            continue
        try:
            add_item(ws, dossier_id, doc_id)
        except DossierError as exc:
            failed.append(str(exc))
            continue
        present.add(doc_id)
        added += 1
    return {"added": added, "already": already, "failed": failed}


def _remove_item(ws: Any, progress: Any, item_id: str) -> None:
    from deputydesk.services.dossiers import remove_item

    remove_item(ws, item_id)


def _reorder(ws: Any, progress: Any, dossier_id: str, ids: list[str]) -> None:
    from deputydesk.services.dossiers import reorder

    reorder(ws, dossier_id, ids)


def _compile(ws: Any, progress: Any, dossier_id: str, out: str, issue: bool) -> dict[str, Any]:
    from deputydesk.services.dossiers import compile_to_pdf

    return compile_to_pdf(ws, dossier_id, out, issue=issue, progress=progress)


# ---------------------------------------------------------------- the area
class DossiersArea(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(PageHeader(self.tr("Dossiers, exchange and backups"),
                                    self.tr("Bundle documents into one numbered PDF; exchange data with "
                                            "other laptops through a file; keep backups.")))
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.dossiers = DossiersPage(ctx)
        self.tabs.addTab(self.dossiers, self.tr("Dossiers"))
        from deputydesk.gui.exchange import BackupPage, ExchangePage

        self.exchange = ExchangePage(ctx)
        self.backup = BackupPage(ctx)
        self.tabs.addTab(self.exchange, self.tr("Exchange"))
        self.tabs.addTab(self.backup, self.tr("Backups"))
        if ctx.ready:
            self.on_workspace_ready(ctx.tasks.workspace)

    def on_workspace_ready(self, ws: Any) -> None:
        for page in (self.dossiers, self.exchange, self.backup):
            page.on_workspace_ready(ws)

    def open_package(self, path: str) -> None:
        """A package dropped onto the window or double-clicked in the file manager: import it."""
        self.tabs.setCurrentWidget(self.exchange)
        self.exchange.import_package(path)


class DossiersPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.current_id: str | None = None
        self.last_pdf: str | None = None
        self._loading = False
        outer = QHBoxLayout(self)
        splitter = QSplitter()
        outer.addWidget(splitter)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.list_model = DossiersModel(self)
        self.list_view = QListView()
        self.list_view.setObjectName("dossier_list")
        self.list_view.setModel(self.list_model)
        self.list_view.selectionModel().currentChanged.connect(self._on_pick)
        lv.addWidget(self.list_view, 1)
        row = QHBoxLayout()
        self.new_btn = QPushButton(self.tr("New dossier"))
        self.new_btn.clicked.connect(self.new_dossier)
        self.delete_btn = QPushButton(self.tr("Delete"))
        self.delete_btn.clicked.connect(self.delete_dossier)
        row.addWidget(self.new_btn)
        row.addWidget(self.delete_btn)
        lv.addLayout(row)
        splitter.addWidget(left)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(8, 0, 0, 0)
        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("dossier_title")
        self.purpose_edit = QLineEdit()
        self.purpose_edit.setPlaceholderText(self.tr("Session, agenda item or hearing"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.draft_box = QCheckBox(self.tr("Draft: print “ЖОБА / ПРОЕКТ” on every page"))
        self.annex_box = QCheckBox(self.tr("Add the open follow-up items as an annex"))
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Purpose:"), self.purpose_edit)
        form.addRow(self.tr("Date on the cover:"), self.date_edit)
        form.addRow("", self.draft_box)
        form.addRow("", self.annex_box)
        rv.addLayout(form)
        for w in (self.title_edit, self.purpose_edit):
            w.editingFinished.connect(self._save_fields)
        self.date_edit.dateChanged.connect(lambda _d: self._save_fields())
        self.draft_box.toggled.connect(lambda _b: self._save_fields())
        self.annex_box.toggled.connect(lambda _b: self._save_fields())

        rv.addWidget(QLabel(self.tr("Documents in print order (drag to reorder):")))
        self.items_model = ItemsModel(self)
        self.items_model.order_changed.connect(self._save_order)
        self.items_view = QListView()
        self.items_view.setObjectName("dossier_items")
        self.items_view.setModel(self.items_model)
        self.items_view.setDragEnabled(True)
        self.items_view.setAcceptDrops(True)
        self.items_view.setDropIndicatorShown(True)
        self.items_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.items_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.items_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        rv.addWidget(self.items_view, 1)
        buttons = QHBoxLayout()
        self.add_btn = QPushButton(self.tr("Add files…"))
        self.add_btn.clicked.connect(self.add_files)
        self.add_library_btn = QPushButton(self.tr("Add from library…"))
        self.add_library_btn.setObjectName("dossier_add_from_library")
        self.add_library_btn.setToolTip(self.tr("Search the library and add the chosen documents in order"))
        self.add_library_btn.clicked.connect(self.add_from_library)
        self.picker: DocumentPickerDialog | None = None
        self.remove_btn = QPushButton(self.tr("Remove"))
        self.remove_btn.clicked.connect(self.remove_item)
        self.up_btn = QPushButton(self.tr("Move up"))
        self.up_btn.clicked.connect(lambda: self.move_selected(-1))
        self.down_btn = QPushButton(self.tr("Move down"))
        self.down_btn.clicked.connect(lambda: self.move_selected(1))
        for b in (self.add_btn, self.add_library_btn, self.remove_btn, self.up_btn, self.down_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        rv.addLayout(buttons)
        compile_row = QHBoxLayout()
        self.issue_box = QCheckBox(self.tr("Record as the issued version"))
        self.issue_box.setToolTip(self.tr("Later compiles mark the documents added or replaced since this one."))
        self.compile_btn = QPushButton(self.tr("Compile PDF…"))
        self.compile_btn.setObjectName("compile_pdf")
        self.compile_btn.clicked.connect(self.compile_pdf)
        self.open_btn = QPushButton(self.tr("Open PDF"))
        self.open_btn.clicked.connect(self.open_pdf)
        self.open_btn.setEnabled(False)
        compile_row.addWidget(self.issue_box)
        compile_row.addStretch(1)
        compile_row.addWidget(self.compile_btn)
        compile_row.addWidget(self.open_btn)
        rv.addLayout(compile_row)
        self.issued_label = QLabel()
        self.issued_label.setObjectName("issued_state")
        self.issued_label.setStyleSheet("color: #555;")
        rv.addWidget(self.issued_label)
        self._result_for: str | None = None
        self.result_label = QLabel()
        self.result_label.setObjectName("compile_result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rv.addWidget(self.result_label)
        self.editor = right
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        self._set_editor_enabled(False)
        self.setEnabled(False)
        ctx.bus.data_changed.connect(self._on_data_changed)

    # ------------------------------------------------------------ loading
    def on_workspace_ready(self, ws: Any) -> None:
        self.setEnabled(True)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        want = select or self.current_id
        self.ctx.tasks.run(_load_list, show_progress=False, on_done=lambda rows: self._show_list(rows, want))

    def _show_list(self, rows: list[dict[str, Any]], select: str | None) -> None:
        self.list_model.set_rows(rows)
        row = self.list_model.row_of(select)
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.list_view.setCurrentIndex(self.list_model.index(row))
        else:
            self.current_id = None
            self._set_editor_enabled(False)

    def _on_pick(self, current: QModelIndex, _previous: QModelIndex) -> None:
        dossier_id = current.data(IdRole) if current.isValid() else None
        if not dossier_id:
            return
        self.current_id = dossier_id
        self.ctx.tasks.run(_load_dossier, dossier_id, show_progress=False, on_done=self._show_dossier)

    def _show_dossier(self, d: dict[str, Any]) -> None:
        if d["id"] != self.current_id:
            return
        self._loading = True
        try:
            self.title_edit.setText(d.get("title") or "")
            self.purpose_edit.setText(d.get("purpose") or "")
            date = _dt.date.fromisoformat(d["date"]) if d.get("date") else _dt.date.today()
            self.date_edit.setDate(QDate(date.year, date.month, date.day))
            self.draft_box.setChecked(bool(d.get("draft")))
            self.annex_box.setChecked(bool(d.get("annex_followup")))
            self.items_model.set_rows(d.get("items") or [])
            issues = d.get("issues") or []
            if issues:
                self.issued_label.setText(self.tr("Last issued version: %1, %2 pages.")
                                          .replace("%1", str(issues[0]["issued_at"])[:16].replace("T", " "))
                                          .replace("%2", str(issues[0]["pages"])))
            else:
                self.issued_label.setText(self.tr("Not issued yet."))
            if self._result_for != d["id"]:  # the last compile's report belongs to another dossier
                self.result_label.clear()
                self.open_btn.setEnabled(False)
        finally:
            self._loading = False
        self._set_editor_enabled(True)

    def _set_editor_enabled(self, on: bool) -> None:
        self.editor.setEnabled(on)
        self.delete_btn.setEnabled(on)

    def _on_data_changed(self, kind: str, _ids: list) -> None:
        if kind in ("dossiers", "all", "exchange"):
            self.reload()

    # ------------------------------------------------------------ editing
    def new_dossier(self) -> None:
        title = self.tr("New dossier")
        self.ctx.tasks.run(_create, title, write=True, title=self.tr("Creating a dossier"),
                           on_done=lambda new_id: self.reload(select=new_id))

    def delete_dossier(self) -> None:
        if not self.current_id:
            return
        answer = QMessageBox.question(self, self.tr("Delete dossier"),
                                      self.tr("Delete this dossier? The documents stay in the workspace."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        dossier_id, self.current_id = self.current_id, None
        self.ctx.tasks.run(_delete, dossier_id, write=True, on_done=lambda _r: self.reload())

    def _save_fields(self) -> None:
        if self._loading or not self.current_id:
            return
        d = self.date_edit.date()
        changes = {"title": self.title_edit.text().strip() or self.tr("Untitled dossier"),
                   "purpose": self.purpose_edit.text().strip(),
                   "date": _dt.date(d.year(), d.month(), d.day()).isoformat(),
                   "draft": self.draft_box.isChecked(), "annex_followup": self.annex_box.isChecked()}
        self.ctx.tasks.run(_save, self.current_id, changes, write=True, show_progress=False,
                           on_done=lambda _r: self._refresh_list_only())

    def _refresh_list_only(self) -> None:
        self.ctx.tasks.run(_load_list, show_progress=False,
                           on_done=lambda rows: self.list_model.set_rows(rows) or self._reselect())

    def _reselect(self) -> None:
        row = self.list_model.row_of(self.current_id)
        if row >= 0:
            self.list_view.selectionModel().blockSignals(True)
            self.list_view.setCurrentIndex(self.list_model.index(row))
            self.list_view.selectionModel().blockSignals(False)

    def add_files(self, paths: list[str] | None = None) -> None:
        if not self.current_id:
            return
        if not paths:
            paths, _ = QFileDialog.getOpenFileNames(
                self, self.tr("Add documents to the dossier"), "",
                self.tr("Documents (*.pdf *.docx *.xlsx *.txt *.md);;All files (*)"))
        if not paths:
            return
        self.ctx.tasks.run(_add_files, self.current_id, list(paths), write=True,
                           title=self.tr("Adding documents"), on_done=self._files_added)

    def _files_added(self, result: dict[str, Any]) -> None:
        if result["failed"]:
            QMessageBox.warning(self, self.tr("Some files were not added"), "\n".join(result["failed"][:20]))
        self.ctx.bus.data_changed.emit("dossiers", [self.current_id])

    def add_from_library(self) -> None:
        if not self.current_id:
            return
        linked = [r["document_id"] for r in (self.items_model.data(self.items_model.index(i), RowRole)
                                             for i in range(self.items_model.rowCount())) if r.get("document_id")]
        dossier_id = self.current_id
        self.picker = choose_documents(
            self.ctx, self, lambda chosen: self.add_documents(dossier_id, [doc_id for doc_id, _t in chosen]),
            title=self.tr("Add documents from the library"), linked=linked)

    def add_documents(self, dossier_id: str, doc_ids: list[str]) -> None:
        if not doc_ids:
            return
        self.ctx.tasks.run(_add_documents, dossier_id, list(doc_ids), write=True,
                           title=self.tr("Adding documents"),
                           on_done=lambda result: self._documents_added(dossier_id, result))

    def _documents_added(self, dossier_id: str, result: dict[str, Any]) -> None:
        if result["failed"]:
            QMessageBox.warning(self, self.tr("Some documents were not added"), "\n".join(result["failed"][:20]))
        message = self.tr("Added to the dossier: %1 document(s).").replace("%1", str(result["added"]))
        if result["already"]:
            message += " " + self.tr("Already in it: %1.").replace("%1", str(result["already"]))
        self.ctx.bus.status_message.emit(message)
        self.ctx.bus.data_changed.emit("dossiers", [dossier_id])

    def remove_item(self) -> None:
        index = self.items_view.currentIndex()
        if not index.isValid():
            return
        self.ctx.tasks.run(_remove_item, index.data(IdRole), write=True, show_progress=False,
                           on_done=lambda _r: self.ctx.bus.data_changed.emit("dossiers", [self.current_id]))

    def move_selected(self, delta: int) -> None:
        index = self.items_view.currentIndex()
        if not index.isValid():
            return
        row = index.row()
        target = row + delta
        if not 0 <= target < self.items_model.rowCount():
            return
        dest = target + 1 if delta > 0 else target
        if self.items_model.moveRows(QModelIndex(), row, 1, QModelIndex(), dest):
            self.items_view.setCurrentIndex(self.items_model.index(target))

    def _save_order(self, ids: list[str]) -> None:
        if self.current_id:
            self.ctx.tasks.run(_reorder, self.current_id, ids, write=True, show_progress=False)

    # ------------------------------------------------------------ compiling
    def compile_pdf(self, out: str | None = None) -> None:
        if not self.current_id:
            return
        if self.items_model.rowCount() == 0:
            QMessageBox.information(self, self.tr("Compile PDF"), self.tr("Add documents to the dossier first."))
            return
        if not out:
            suggested = str(Path.home() / f"{self.title_edit.text().strip() or 'dossier'}.pdf")
            out, _ = QFileDialog.getSaveFileName(self, self.tr("Save the dossier as"), suggested,
                                                 self.tr("PDF (*.pdf)"))
        if not out:
            return
        self.compile_btn.setEnabled(False)
        self.ctx.tasks.run(_compile, self.current_id, out, self.issue_box.isChecked(), write=True,
                           title=self.tr("Compiling the dossier"), on_done=self._compiled,
                           on_error=self._compile_failed)

    def _compiled(self, result: dict[str, Any]) -> None:
        self.compile_btn.setEnabled(True)
        self.last_pdf = result["path"]
        self.open_btn.setEnabled(True)
        changed = [m["title"] for m in result["members"] if m["change"]]
        lines = [self.tr("%1 pages written to %2.").replace("%1", str(result["pages"]))
                 .replace("%2", result["path"])]
        if result.get("compared_with"):
            if changed or result["removed"]:
                lines.append(self.tr("Changed since the issued version: %1.").replace(
                    "%1", ", ".join(changed + result["removed"])))
            else:
                lines.append(self.tr("Nothing changed since the issued version."))
        for problem in result["problems"]:
            lines.append(self.tr("Not included: %1").replace("%1", problem))
        self.result_label.setText("\n".join(lines))
        self._result_for = self.current_id
        if result.get("issue_id"):
            self.ctx.bus.data_changed.emit("dossiers", [self.current_id])

    def _compile_failed(self, exc: BaseException) -> None:
        self.compile_btn.setEnabled(True)
        from deputydesk.core.progress import Cancelled

        if isinstance(exc, Cancelled):
            self.result_label.setText(self.tr("Compiling was cancelled; no file was written."))
            return
        self.result_label.setText(self.tr("The dossier could not be compiled: %1").replace("%1", str(exc)))

    def open_pdf(self) -> None:
        if self.last_pdf:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.last_pdf))
