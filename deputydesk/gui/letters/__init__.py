"""The letters area: the list of drafts and issued letters, the editor with live preview, the registers.

All data comes from ``deputydesk.services.letters`` through the background task helper; nothing here
touches the database or files on the GUI thread.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deputydesk.gui.context import AppContext
from deputydesk.gui.letters.editor import LetterEditor, parse_date
from deputydesk.gui.letters.models import IdRole, LettersModel, RegisterModel, RowRole
from deputydesk.gui.widgets import PageHeader


def create_area(ctx: AppContext) -> QWidget:
    return LettersArea(ctx)


# ---------------------------------------------------------------- background calls (worker threads)
def _load_letters(ws: Any, progress: Any) -> list[dict[str, Any]]:
    from deputydesk.services.letters import list_letters

    return list_letters(ws)


def _load_register(ws: Any, progress: Any, register: str, body_id: str | None, year: int | None) -> dict[str, Any]:
    from deputydesk.services.letters import register_rows, register_years

    return {"rows": register_rows(ws, register, body_id=body_id, year=year),
            "years": register_years(ws, register, body_id=body_id), "register": register}


def _export_register(ws: Any, progress: Any, register: str, path: str, body_id: str | None, year: int | None,
                     lang: str) -> dict[str, Any]:
    from pathlib import Path

    from deputydesk.services.letters import export_register

    return export_register(ws, register, Path(path), body_id=body_id, year=year, lang=lang)


def _register_incoming(ws: Any, progress: Any, values: dict[str, Any]) -> dict[str, Any]:
    from deputydesk.services.letters import register_incoming

    return register_incoming(ws, **values)


def _reminder_for_letter(ws: Any, progress: Any, letter_id: str, lang: str) -> dict[str, Any]:
    from deputydesk.services.letters import get_letter, reminder_draft, reminder_source_from_letter

    draft = reminder_draft(ws, reminder_source_from_letter(ws, letter_id), language=lang)
    return get_letter(ws, draft["id"])


def _reminder_for_followup(ws: Any, progress: Any, item_id: str, lang: str | None) -> dict[str, Any]:
    from deputydesk.services.letters import get_letter, reminder_from_followup

    draft = reminder_from_followup(ws, item_id, language=lang)
    return get_letter(ws, draft["id"])


class IncomingDialog(QDialog):
    """Register an incoming letter: sender, their number and date, subject, day received."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Register an incoming letter"))
        form = QFormLayout(self)
        self.sender = QLineEdit()
        self.number = QLineEdit()
        self.date = QLineEdit()
        self.date.setPlaceholderText(self.tr("DD.MM.YYYY"))
        self.received = QLineEdit(_dt.date.today().strftime("%d.%m.%Y"))
        self.subject = QLineEdit()
        self.reply_to = QLineEdit()
        self.reply_to.setPlaceholderText(self.tr("our number it answers"))
        form.addRow(self.tr("Sender:"), self.sender)
        form.addRow(self.tr("Their No.:"), self.number)
        form.addRow(self.tr("Their date:"), self.date)
        form.addRow(self.tr("Received on:"), self.received)
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow(self.tr("Answers our No.:"), self.reply_to)
        self.error = QLabel()
        self.error.setStyleSheet("color: #a40000;")
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        def day(text: str) -> _dt.date | None:
            iso = parse_date(text)
            return _dt.date.fromisoformat(iso) if iso else None

        return {"sender": self.sender.text(), "sender_number": self.number.text(), "sender_date": day(self.date.text()),
                "received": day(self.received.text()), "subject": self.subject.text(),
                "reply_to": self.reply_to.text()}

    def _accept(self) -> None:
        if not self.sender.text().strip():
            self.error.setText(self.tr("Say who sent the letter."))
            return
        try:
            self.values()
        except ValueError:
            self.error.setText(self.tr("Write dates as DD.MM.YYYY."))
            return
        self.accept()


class RegistersView(QWidget):
    def __init__(self, ctx: AppContext, area: LettersArea) -> None:
        super().__init__()
        self.ctx = ctx
        self.area = area
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.register_combo = QComboBox()
        self.register_combo.setObjectName("registerKind")
        self.register_combo.addItem(self.tr("Outgoing register"), "outgoing")
        self.register_combo.addItem(self.tr("Incoming register"), "incoming")
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("registerYear")
        top.addWidget(self.register_combo)
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year_combo)
        top.addStretch(1)
        self.incoming_btn = QPushButton(self.tr("Register incoming…"))
        self.incoming_btn.clicked.connect(self.add_incoming)
        self.xlsx_btn = QPushButton(self.tr("Export XLSX…"))
        self.xlsx_btn.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_btn = QPushButton(self.tr("Export PDF…"))
        self.pdf_btn.clicked.connect(lambda: self.export("pdf"))
        for b in (self.incoming_btn, self.xlsx_btn, self.pdf_btn):
            top.addWidget(b)
        layout.addLayout(top)
        self.model = RegisterModel(self)
        self.view = QTableView()
        self.view.setObjectName("registerView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setVisible(False)
        layout.addWidget(self.view, 1)
        self.register_combo.currentIndexChanged.connect(lambda: self.reload(keep_year=False))
        self.year_combo.currentIndexChanged.connect(lambda: self.reload(keep_year=True))
        self._years: list[int] = []

    def register(self) -> str:
        return str(self.register_combo.currentData())

    def year(self) -> int | None:
        value = self.year_combo.currentData()
        return int(value) if value else None

    def reload(self, keep_year: bool = True) -> None:
        if not self.ctx.ready:
            return
        year = self.year() if keep_year else None
        self.ctx.tasks.run(_load_register, self.register(), self.area.editor.body_id(), year,
                           title=self.tr("Loading the register"), show_progress=False, on_done=self._loaded)

    def _loaded(self, result: dict[str, Any]) -> None:
        if result["register"] != self.register():
            return
        self.model.set_register(result["register"], result["rows"])
        if result["years"] != self._years:
            self._years = result["years"]
            current = self.year()
            self.year_combo.blockSignals(True)
            self.year_combo.clear()
            self.year_combo.addItem(self.tr("All years"), 0)
            for y in result["years"]:
                self.year_combo.addItem(str(y), y)
            self.year_combo.setCurrentIndex(max(self.year_combo.findData(current or 0), 0))
            self.year_combo.blockSignals(False)
        self.view.resizeColumnsToContents()

    def export(self, fmt: str) -> None:
        filt = self.tr("Excel workbooks (*.xlsx)") if fmt == "xlsx" else self.tr("PDF files (*.pdf)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the register"), "", filt)
        if path:
            self.export_to(path if path.lower().endswith(f".{fmt}") else f"{path}.{fmt}")

    def export_to(self, path: str) -> None:
        self.ctx.tasks.run(_export_register, self.register(), path, self.area.editor.body_id(), self.year(),
                           self.ctx.doc_lang() if self.ctx.lang != "en" else "en",
                           title=self.tr("Exporting the register"),
                           on_done=lambda r: self.ctx.bus.status_message.emit(
                               self.tr("Exported %1 entries to %2").replace("%1", str(r["rows"]))
                               .replace("%2", r["path"])))

    def add_incoming(self) -> None:
        dialog = IncomingDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.register_incoming(dialog.values())

    def register_incoming(self, values: dict[str, Any]) -> None:
        values = dict(values, body_id=self.area.editor.body_id())
        self.ctx.tasks.run(_register_incoming, values, title=self.tr("Registering"), write=True,
                           on_done=self._incoming_done)

    def _incoming_done(self, result: dict[str, Any]) -> None:
        self.ctx.bus.status_message.emit(self.tr("Registered as incoming No. %1").replace("%1", result["number"]))
        self.ctx.bus.data_changed.emit("letters", [])
        self.register_combo.setCurrentIndex(1)
        self.reload(keep_year=False)


class LettersArea(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(PageHeader(self.tr("Letters"),
                                    self.tr("Deputy inquiries, council recommendations, requests for information, "
                                            "reminders and cover letters on the council's letterhead, in Kazakh "
                                            "or Russian, with registry numbers.")))
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        # letters list
        page = QWidget()
        lay = QVBoxLayout(page)
        bar = QHBoxLayout()
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("lettersFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by number, subject or addressee"))
        bar.addWidget(self.filter_edit, 1)
        self.open_btn = QPushButton(self.tr("Open"))
        self.open_btn.clicked.connect(self.open_selected)
        self.twin_btn = QPushButton(self.tr("Other-language version"))
        self.twin_btn.setToolTip(self.tr("Prepare the Kazakh or Russian version of the selected issued letter; "
                                         "it gets the same number"))
        self.twin_btn.clicked.connect(self.twin_selected)
        self.remind_btn = QPushButton(self.tr("Reminder…"))
        self.remind_btn.setToolTip(self.tr("A reminder that the answer to the selected issued letter is overdue"))
        self.remind_btn.clicked.connect(self.remind_selected)
        for b in (self.open_btn, self.twin_btn, self.remind_btn):
            bar.addWidget(b)
        lay.addLayout(bar)
        self.model = LettersModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView()
        self.view.setObjectName("lettersView")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setVisible(False)
        self.view.doubleClicked.connect(lambda _: self.open_selected())
        self.view.horizontalHeader().setDefaultSectionSize(110)
        self.view.setColumnWidth(5, 420)  # addressee; the subject takes the rest
        lay.addWidget(self.view, 1)
        self.tabs.addTab(page, self.tr("Letters"))

        self.editor = LetterEditor(ctx)
        self.tabs.addTab(self.editor, self.tr("Editor"))
        self.registers = RegistersView(ctx, self)
        self.tabs.addTab(self.registers, self.tr("Registers"))
        self.editor.issued.connect(lambda _: self.reload())
        self.editor.saved.connect(lambda _: self.reload())
        self.editor.body_combo.currentIndexChanged.connect(self._body_changed)
        ctx.bus.data_changed.connect(self._on_data_changed)
        self.setEnabled(ctx.ready)

    # ------------------------------------------------------------ life cycle
    def on_workspace_ready(self, ws: Any) -> None:
        self.setEnabled(True)
        self.reload()
        self.ctx.tasks.run(_load_completion_task, None, title=self.tr("Loading the council"), show_progress=False,
                           on_done=self._completion_loaded)

    def _completion_loaded(self, completion: dict[str, Any]) -> None:
        self.editor.set_completion(completion)
        self.editor._update_state()
        if self.editor.letter_id is None and not self.editor.fields["signer.name"].text():
            self.editor.new_letter()
        self.registers.reload(keep_year=False)

    def _body_changed(self) -> None:
        if self.ctx.ready:
            self.ctx.tasks.run(_load_completion_task, self.editor.body_id(), title=self.tr("Loading the council"),
                               show_progress=False, on_done=self.editor.set_completion)
            self.registers.reload(keep_year=False)

    def _on_data_changed(self, kind: str, ids: list[Any]) -> None:
        if kind in ("council", "all") and self.ctx.ready:
            self.ctx.tasks.run(_load_completion_task, self.editor.body_id(), title=self.tr("Loading the council"),
                               show_progress=False, on_done=self.editor.set_completion)
        if kind in ("letters", "all"):
            self.reload()

    def reload(self) -> None:
        if not self.ctx.ready:
            return
        self.ctx.tasks.run(_load_letters, title=self.tr("Loading letters"), show_progress=False,
                           on_done=self.model.set_rows)
        self.registers.reload()

    # ------------------------------------------------------------ actions
    def selected_row(self) -> dict[str, Any] | None:
        indexes = self.view.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.proxy.data(indexes[0], RowRole)

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_letter(row["id"])

    def open_letter(self, letter_id: str) -> None:
        self.editor.open_letter(letter_id)
        self.tabs.setCurrentWidget(self.editor)

    def twin_selected(self) -> None:
        row = self.selected_row()
        if row is None or row["status"] != "issued":
            return
        self.ctx.tasks.run(_open_for_twin, row["id"], title=self.tr("Opening the letter"), show_progress=False,
                           on_done=self._twin_loaded)

    def _twin_loaded(self, row: dict[str, Any]) -> None:
        self.editor.load(row, row["letter"], row["body_id"])
        self.editor.new_twin()
        self.tabs.setCurrentWidget(self.editor)

    def remind_selected(self) -> None:
        row = self.selected_row()
        if row is None or row["status"] != "issued":
            return
        self.ctx.tasks.run(_reminder_for_letter, row["id"], row["language"], title=self.tr("Preparing a reminder"),
                           write=True, on_done=self._reminder_ready, on_error=self.editor._on_error)

    def create_reminder_for_followup(self, item_id: str, lang: str | None = None) -> None:
        """One step from an overdue follow-up item to a reminder draft in the editor (for the follow-up area)."""
        self.ctx.tasks.run(_reminder_for_followup, item_id, lang, title=self.tr("Preparing a reminder"),
                           write=True, on_done=self._reminder_ready, on_error=self.editor._on_error)

    def _reminder_ready(self, row: dict[str, Any]) -> None:
        self.editor.load(row, row["letter"], row["body_id"])
        self.tabs.setCurrentWidget(self.editor)
        self.ctx.bus.data_changed.emit("letters", [row["id"]])

    def letter_ids(self) -> list[str]:
        return [self.model.index(r, 0).data(IdRole) for r in range(self.model.rowCount())]


def _load_completion_task(ws: Any, progress: Any, body_id: str | None) -> dict[str, Any]:
    from deputydesk.services.letters import completions

    return completions(ws, body_id)


def _open_for_twin(ws: Any, progress: Any, letter_id: str) -> dict[str, Any]:
    from deputydesk.services.letters import get_letter

    row = get_letter(ws, letter_id)
    row["pdf_bytes"] = None
    return row
