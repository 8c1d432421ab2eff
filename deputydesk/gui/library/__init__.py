"""The library area: import (buttons, drag-and-drop onto the window), a lazily loaded list of documents
with search and filters, the preview pane, and the list of files that failed to import.

All database and file work runs through ``ctx.tasks`` (see :mod:`deputydesk.gui.library.jobs`)."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QDate, QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deputydesk.core.progress import Cancelled
from deputydesk.gui.context import AppContext
from deputydesk.gui.library import jobs
from deputydesk.gui.library.labels import error_labels, kind_labels, language_labels
from deputydesk.gui.library.model import DocumentTableModel, IdRole, PageRole, task_loader
from deputydesk.gui.library.preview import PreviewPane
from deputydesk.services.library import DocumentFilter

SEARCH_LIMIT = 5000
KIND_MAX_WIDTH = 260
TITLE_MIN_WIDTH = 190
NO_DATE = QDate(1900, 1, 1)


GIL_SWITCH_INTERVAL = 0.001


def create_area(ctx: AppContext) -> QWidget:
    # Imports run Python-heavy work (text extraction, stemming) on a worker thread. With CPython's default
    # 5 ms switch interval the GUI thread may wait up to 5 ms for the interpreter lock on every call into
    # Python, which adds up to visible stalls when a dialog opens; 1 ms keeps the window fluid at a small
    # cost in import throughput.
    if sys.getswitchinterval() > GIL_SWITCH_INTERVAL:
        sys.setswitchinterval(GIL_SWITCH_INTERVAL)
    return LibraryArea(ctx)


class LibraryArea(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self._sort = ("imported", False)
        self._last_import: list[dict[str, Any]] = []
        self._ready = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)

        # ---- toolbar: search, filters, import
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("librarySearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search in Kazakh or Russian: words, \"phrases\", prefix*, -exclude"))
        self.search.textChanged.connect(self._schedule)
        top.addWidget(self.search, 1)
        self.import_files_button = QPushButton(self.tr("Import files…"))
        self.import_files_button.clicked.connect(self.choose_files)
        self.import_folder_button = QPushButton(self.tr("Import folder…"))
        self.import_folder_button.clicked.connect(self.choose_folder)
        top.addWidget(self.import_files_button)
        top.addWidget(self.import_folder_button)
        layout.addLayout(top)

        filters = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for code, label in kind_labels().items():
            self.kind.addItem(label, code)
        self.lang = QComboBox()
        self.lang.addItem(self.tr("All languages"), None)
        for code in ("kk", "ru", "mixed"):
            self.lang.addItem(language_labels()[code], code)
        self.tag = QComboBox()
        self.tag.addItem(self.tr("All tags"), None)
        self.issuer = QLineEdit()
        self.issuer.setPlaceholderText(self.tr("Issued by…"))
        self.issuer.setClearButtonEnabled(True)
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        for w, width in ((self.kind, 230), (self.lang, 190), (self.tag, 200)):
            w.setMaximumWidth(width)
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            w.setMinimumContentsLength(12)
            w.currentIndexChanged.connect(self._schedule)
        self.issuer.setMinimumWidth(140)
        self.issuer.textChanged.connect(self._schedule)
        self.date_from.dateChanged.connect(self._schedule)
        self.date_to.dateChanged.connect(self._schedule)
        filters.addWidget(self.kind)
        filters.addWidget(self.lang)
        filters.addWidget(self.tag)
        filters.addWidget(self.issuer, 1)
        filters.addWidget(QLabel(self.tr("from")))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.date_to)
        self.errors_button = QPushButton()
        self.errors_button.setCheckable(True)
        self.errors_button.toggled.connect(self._toggle_errors)
        filters.addWidget(self.errors_button)
        layout.addLayout(filters)

        # ---- list and preview
        self.model = DocumentTableModel(task_loader(ctx.tasks), self)
        self.table = QTableView()
        self.table.setObjectName("libraryTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(False)
        vh = self.table.verticalHeader()
        vh.hide()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 8)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(False)
        hh.setSectionsClickable(True)
        hh.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        hh.setSortIndicatorShown(True)
        hh.sectionClicked.connect(self._header_clicked)
        self._shown_first = False
        for col, width in enumerate(self._column_widths()):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.preview = PreviewPane(ctx)
        self.preview.changed.connect(lambda doc_id: self.model.refresh_ids([doc_id]))
        self.preview.deleted.connect(lambda _id: self.reload())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setStyleSheet("color: #555;")
        ll.addWidget(self.summary)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([660, 420])
        self.splitter = splitter
        layout.addWidget(splitter, 1)

        # ---- import errors, shown on demand and after a batch with failures
        self.errors_panel = QWidget()
        el = QVBoxLayout(self.errors_panel)
        el.setContentsMargins(0, 4, 0, 0)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Files that could not be imported:")))
        head.addStretch(1)
        self.clear_errors_button = QPushButton(self.tr("Clear the list"))
        self.clear_errors_button.clicked.connect(self.clear_errors)
        head.addWidget(self.clear_errors_button)
        el.addLayout(head)
        self.errors_table = QTableWidget(0, 3)
        self.errors_table.setObjectName("importErrors")
        self.errors_table.setHorizontalHeaderLabels([self.tr("When"), self.tr("File"), self.tr("Reason")])
        self.errors_table.verticalHeader().hide()
        self.errors_table.horizontalHeader().setStretchLastSection(True)
        self.errors_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors_table.setMaximumHeight(170)
        el.addWidget(self.errors_table)
        self.errors_panel.hide()
        layout.addWidget(self.errors_panel)
        self._set_error_count(0)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.reload)
        ctx.bus.files_dropped.connect(self.import_paths)
        ctx.bus.data_changed.connect(self._data_changed)
        if ctx.ready:
            self.on_workspace_ready(ctx.tasks.workspace)

    def _column_widths(self) -> tuple[int, ...]:
        """Kind as wide as its longest label in the window's language (within reason); the title gives up
        what the kind takes, so number and date stay in view at 1280×800."""
        metrics = self.table.fontMetrics()
        kind = max(metrics.horizontalAdvance(label) for label in kind_labels().values()) + 2 * metrics.averageCharWidth() + 8
        kind = max(130, min(kind, KIND_MAX_WIDTH))
        title = max(TITLE_MIN_WIDTH, 300 - (kind - 130))
        return (title, kind, 95, 80, 170, 75, 45)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any date"))
        edit.setDate(NO_DATE)
        return edit

    # ------------------------------------------------------------------ workspace
    def on_workspace_ready(self, ws: Any) -> None:
        self._ready = True
        self.reload()
        self._load_tags()
        jobs.start_readers()

    def _data_changed(self, kind: str, ids: list) -> None:
        if kind in ("documents", "all"):
            if kind == "all" or not ids or any(self.model.row_of(i) < 0 for i in ids):
                self.reload()
                self._load_tags()
            else:
                self.model.refresh_ids(ids)
                self._load_tags()

    def _load_tags(self) -> None:
        if self._ready:
            self.ctx.tasks.run(jobs.tags, show_progress=False, on_done=self._show_tags)

    def _show_tags(self, tags: list[dict[str, Any]]) -> None:
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), None)
        for t in tags:
            self.tag.addItem(f"{t['name']} ({t['documents']})", t["name"])
        index = self.tag.findData(current)
        self.tag.setCurrentIndex(max(0, index))
        self.tag.blockSignals(False)
        self.preview.editor.set_tag_names([t["name"] for t in tags])

    # ------------------------------------------------------------------ list / search
    def filters(self) -> DocumentFilter:
        date_from = None if self.date_from.date() == NO_DATE else self.date_from.date().toString("yyyy-MM-dd")
        date_to = None if self.date_to.date() == NO_DATE else self.date_to.date().toString("yyyy-MM-dd")
        tag = self.tag.currentData()
        return DocumentFilter(kind=self.kind.currentData(), lang=self.lang.currentData(),
                              issuer=self.issuer.text().strip() or None, date_from=date_from, date_to=date_to,
                              tags=(tag,) if tag else ())

    def _schedule(self, *_args: Any) -> None:
        self._timer.start()

    def reload(self) -> None:
        if not self._ready:
            return
        self._generation += 1
        generation = self._generation
        text = self.search.text().strip()
        if text:
            self.ctx.tasks.run(jobs.search_ids, text, self.filters(), SEARCH_LIMIT, show_progress=False,
                               on_done=lambda r, g=generation: self._show_search(g, r))
        else:
            sort, ascending = self._sort
            self.ctx.tasks.run(jobs.list_ids, self.filters(), sort, ascending, show_progress=False,
                               on_done=lambda r, g=generation: self._show_list(g, r))

    def _keep_selection(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def _show_list(self, generation: int, result: dict[str, Any]) -> None:
        if generation != self._generation:
            return
        selected = self._keep_selection()
        self.model.set_ids(result["ids"], row_of=result["row_of"])
        n, total = len(result["ids"]), result["total"]
        self.summary.setText(self.tr("%1 of %2 document(s)").replace("%1", str(n)).replace("%2", str(total)))
        self._set_error_count(result["errors"])
        self.table.horizontalHeader().setSortIndicatorShown(True)
        if selected is None and not self._shown_first and n:
            self._shown_first = True  # the first time the library opens, show its newest document
            selected = self.model.id_at(0)
        self._reselect(selected)

    def _show_search(self, generation: int, result: dict[str, Any]) -> None:
        if generation != self._generation:
            return
        selected = self._keep_selection()
        hits = result["hits"]
        self.model.set_ids(result["ids"], pages=result["pages"], scores=result["scores"], row_of=result["row_of"])
        text = self.tr("%1 document(s) found, best first").replace("%1", str(len(hits)))
        if result["problems"]:
            text += " — " + self.tr("not understood: %1").replace("%1", ", ".join(result["problems"]))
        self.summary.setText(text)
        self._set_error_count(result["errors"])
        self.table.horizontalHeader().setSortIndicatorShown(False)
        self._reselect(selected)

    def _reselect(self, doc_id: str | None) -> None:
        row = self.model.row_of(doc_id) if doc_id else -1
        if row >= 0:
            self.table.selectRow(row)
        elif doc_id:
            self.preview.show_document(None)

    def _header_clicked(self, section: int) -> None:
        if self.search.text().strip():
            return  # search results stay in relevance order
        key = {"title": "title", "kind": "kind", "number": "number", "date": "date", "issuer": "issuer"}.get(
            self.model.COLUMNS[section])
        if key is None:
            return
        ascending = not self._sort[1] if self._sort[0] == key else key in ("title", "issuer", "kind", "number")
        self._sort = (key, ascending)
        self.table.horizontalHeader().setSortIndicator(
            section, Qt.SortOrder.AscendingOrder if ascending else Qt.SortOrder.DescendingOrder)
        self.reload()

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        index = rows[0]
        doc_id = index.data(IdRole)
        page = index.data(PageRole)
        self.preview.show_document(doc_id, self.search.text().strip(), 0 if page is None else page)

    # ------------------------------------------------------------------ import
    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import documents"), "",
            self.tr("Documents (*.pdf *.docx *.xlsx *.odt *.ods *.txt *.csv *.html *.png *.jpg *.jpeg *.tif *.tiff);;"
                    "All files (*)"))
        if files:
            self.import_paths(files)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder with its subfolders"))
        if folder:
            self.import_paths([folder])

    def import_paths(self, paths: list[str]) -> None:
        if not self.ctx.ready or not paths:
            return
        self.ctx.tasks.run(jobs.import_paths, list(paths), title=self.tr("Importing documents"), write=True,
                           on_done=self._imported, on_error=self._import_failed)

    def _imported(self, items: list[dict[str, Any]]) -> None:
        self._last_import = items
        counts = {s: sum(1 for i in items if i["status"] == s) for s in ("imported", "duplicate", "failed")}
        message = self.tr("Imported: %1, already in the library: %2, failed: %3") \
            .replace("%1", str(counts["imported"])).replace("%2", str(counts["duplicate"])) \
            .replace("%3", str(counts["failed"]))
        self.ctx.bus.status_message.emit(message)
        self.summary.setText(message)
        ids = [i["id"] for i in items if i.get("id")]
        self.ctx.bus.data_changed.emit("documents", ids)
        if counts["failed"]:
            self.errors_button.setChecked(True)
            self.load_errors()

    def _import_failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            items = getattr(exc, "items", [])
            self.ctx.bus.status_message.emit(
                self.tr("Import cancelled after %1 file(s)").replace("%1", str(len(items))))
            self.ctx.bus.data_changed.emit("documents", [i["id"] for i in items if i.get("id")])
            return
        self.ctx.tasks.report_error(exc, "", self.tr("Importing documents"))

    # ------------------------------------------------------------------ errors
    def _set_error_count(self, n: int) -> None:
        self.errors_button.setText(self.tr("Import errors (%1)").replace("%1", str(n)))
        self.errors_button.setEnabled(n > 0 or self.errors_button.isChecked())

    def _toggle_errors(self, on: bool) -> None:
        self.errors_panel.setVisible(on)
        if on:
            self.load_errors()

    def load_errors(self) -> None:
        if self.ctx.ready:
            self.ctx.tasks.run(jobs.errors, show_progress=False, on_done=self._show_errors)

    def _show_errors(self, rows: list[dict[str, Any]]) -> None:
        labels = error_labels()
        self.errors_table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            when = row["at"][:16].replace("T", " ")
            reason = labels.get(row["code"], "")
            detail = row["reason"]
            # the detail is in English; other languages lead with the translated explanation
            text = detail if self.ctx.lang == "en" or not reason else f"{reason} ({detail})"
            cells = [when, row["name"] or row["path"], text]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(row["path"] if c == 1 else text)
                self.errors_table.setItem(r, c, item)
        self.errors_table.resizeColumnsToContents()
        self._set_error_count(len(rows))

    def clear_errors(self) -> None:
        self.ctx.tasks.run(jobs.clear_errors, show_progress=False, write=True,
                           on_done=lambda _n: (self._show_errors([]), self.errors_button.setChecked(False)))

    # ------------------------------------------------------------------ tests and screenshots
    def settled(self) -> bool:
        return not self.ctx.tasks.busy and not self._timer.isActive() and jobs.readers_ready()

    def show_message(self, text: str) -> None:
        QMessageBox.information(self, self.tr("Library"), text)
