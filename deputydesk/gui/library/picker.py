"""Choosing documents from the library, for the other areas: :class:`DocumentPickerDialog` (search with
Kazakh and Russian morphology, a kind filter, the matching passage of the current row) and
:class:`LinkedDocumentsWidget` (the documents linked to a record, with "Add from library…", "Remove" and
"Open"), to embed in dialogs.

Every search and load runs through ``ctx.tasks`` (the functions at the top of this module run on worker
threads and touch no widget); typing is debounced and only the newest search's result is shown."""

from __future__ import annotations

import html
import itertools
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from deputydesk.gui.context import AppContext
from deputydesk.gui.library.labels import kind_label, kind_labels, language_label

RESULT_LIMIT = 500
DEBOUNCE_MS = 250
IdRole = Qt.ItemDataRole.UserRole + 1
Chosen = list[tuple[str, str]]
_Index = QModelIndex | QPersistentModelIndex
_instances = itertools.count(1)


# ---------------------------------------------------------------- background calls (worker threads)
def search_documents(ws: Any, progress: Any, text: str, kind: str | None, limit: int = RESULT_LIMIT
                     ) -> dict[str, Any]:
    """Light rows of the documents matching ``text`` (best first) or, without words, the newest imported."""
    from deputydesk.core import searchquery
    from deputydesk.services import library

    filters = library.DocumentFilter(kind=kind)
    if text.strip():  # words, or only filters such as lang:kk (then the newest by date)
        query = searchquery.parse(text)
        ids = [h[0] for h in library.search_ids(ws, text, filters, limit)]
        problems = list(query.problems)
    else:
        ids = library.document_ids(ws, filters, "imported")[:limit]
        problems = []
    rows = library.document_rows(ws, ids)
    return {"rows": [rows[i] for i in ids if i in rows], "searched": bool(text.strip()), "problems": problems,
            "limit": limit}


def document_passage(ws: Any, progress: Any, doc_id: str, text: str) -> dict[str, Any]:
    """The page that best matches ``text`` and its passage with the matched words marked (HTML)."""
    from deputydesk.core import searchquery
    from deputydesk.services import library

    query = searchquery.parse(text)
    page = library.best_page(ws, doc_id, text) if query.has_text else 1
    snippet = library.snippet_for(ws, doc_id, page, query)
    return {"id": doc_id, "page": page, "html": snippet.html()}


def document_titles(ws: Any, progress: Any, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    from deputydesk.services import library

    return library.document_rows(ws, list(ids))


def export_original(ws: Any, progress: Any, doc_id: str) -> str:
    from deputydesk.gui.library import jobs

    return jobs.export_original(ws, progress, doc_id)


def display_title(row: dict[str, Any] | None) -> str:
    if not row:
        return ""
    return str(row.get("title") or row.get("original_name") or row.get("id") or "")


def _short(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def display_date(value: Any) -> str:
    if not value:
        return ""
    y, m, d = str(value)[:10].split("-")
    return f"{d}.{m}.{y}"


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" to the width it gets (the whole text in the
    tooltip), so a long document title never widens a dialog."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(self.width(), 40)))


# ---------------------------------------------------------------- the result table
class PickerModel(QAbstractTableModel):
    """Rows of found documents. With ``checkable`` the first column has a check box (the dialog keeps the
    checked documents across searches); rows in ``unavailable`` (already linked) are shown but disabled."""

    COLUMNS = ("title", "kind", "number", "date", "language")
    check_toggled = Signal(str, bool)  # document id, checked

    def __init__(self, checkable: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.checkable = checkable
        self._rows: list[dict[str, Any]] = []
        self._checked: set[str] = set()
        self._unavailable: set[str] = set()

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_unavailable(self, ids: Iterable[str]) -> None:
        self._unavailable = set(ids)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))

    def set_checked(self, ids: Iterable[str]) -> None:
        self._checked = set(ids)
        if self._rows and self.checkable:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])

    def row(self, row: int) -> dict[str, Any] | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def id_at(self, row: int) -> str | None:
        r = self.row(row)
        return str(r["id"]) if r else None

    def row_of(self, doc_id: str | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r["id"] == doc_id), -1)

    def available(self, row: int) -> bool:
        doc_id = self.id_at(row)
        return doc_id is not None and doc_id not in self._unavailable

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return {"title": self.tr("Title"), "kind": self.tr("Kind"), "number": self.tr("Number"),
                "date": self.tr("Date"), "language": self.tr("Language")}[self.COLUMNS[section]]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if not self.available(index.row()):
            return Qt.ItemFlag.ItemNeverHasChildren
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if self.checkable and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == IdRole:
            return row["id"]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.CheckStateRole and self.checkable and index.column() == 0:
            checked = row["id"] in self._checked or row["id"] in self._unavailable
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            if row["id"] in self._unavailable:
                return self.tr("Already linked")
            if column == "title":
                name = row.get("original_name") or ""
                title = display_title(row)
                return title if not name or name == title else f"{title}\n{name}"
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.CheckStateRole or not self.checkable or not index.isValid()
                or index.column() != 0 or not self.available(index.row())):
            return False
        doc_id = str(self._rows[index.row()]["id"])
        on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        if on:
            self._checked.add(doc_id)
        else:
            self._checked.discard(doc_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.check_toggled.emit(doc_id, on)
        return True

    def _display(self, row: dict[str, Any], column: str) -> str:
        if column == "title":
            return display_title(row)
        if column == "kind":
            return kind_label(row.get("kind"))
        if column == "language":
            return language_label(row.get("language"))
        if column == "date":
            return display_date(row.get("date"))
        value = row.get(column)
        return "" if value is None else str(value)


# ---------------------------------------------------------------- the dialog
class DocumentPickerDialog(QDialog):
    """Choose one document (``multi=False``) or several from the library.

    Type words in Kazakh or Russian (any inflection) or leave the box empty for the newest documents;
    double-click a row or press Enter to choose. With ``multi`` the check boxes collect documents across
    several searches (in the order they were ticked); without any ticked, the selected rows are chosen.
    :meth:`chosen` gives ``[(id, title), …]``. Documents in ``linked`` are shown but cannot be chosen again.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, multi: bool = True,
                 title: str | None = None, linked: Iterable[str] = ()) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.multi = multi
        self._key = f"library.picker.{next(_instances)}"
        self._ticked: Chosen = []
        self._last_text = ""
        self._passage_for: str | None = None
        self.last_passage: dict[str, Any] | None = None  # {"id", "page", "html"} of the passage shown
        self.searches = 0  # searches delivered (tests wait on it)
        self.setObjectName("documentPicker")
        self.setWindowTitle(title or (self.tr("Choose documents from the library") if multi
                                      else self.tr("Choose a document from the library")))
        self.setSizeGripEnabled(True)
        self.resize(1040, 680)
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("pickerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search in Kazakh or Russian: words, \"phrases\", prefix*, "
                                               "-exclude"))
        top.addWidget(self.search, 1)
        self.kind = QComboBox()
        self.kind.setObjectName("pickerKind")
        self.kind.addItem(self.tr("All kinds"), None)
        for code, label in kind_labels().items():
            self.kind.addItem(label, code)
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        top.addWidget(self.kind)
        layout.addLayout(top)

        self.summary = QLabel()
        self.summary.setObjectName("pickerSummary")
        self.summary.setStyleSheet("color: #555;")
        layout.addWidget(self.summary)

        self.model = PickerModel(checkable=multi, parent=self)
        self.model.set_unavailable(linked)
        self.model.check_toggled.connect(self._check_toggled)
        self.table = QTableView()
        self.table.setObjectName("pickerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                                    else QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(PickerModel.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        metrics = self.fontMetrics()
        widths = {1: min(175, max(metrics.horizontalAdvance(label) for label in kind_labels().values())),
                  2: metrics.horizontalAdvance("№ 00-000/VIII"), 3: metrics.horizontalAdvance("00.00.0000"),
                  4: max(metrics.horizontalAdvance(language_label(c)) for c in ("kk", "ru"))}
        bold = QFont(self.font())
        bold.setBold(True)
        header_metrics = QFontMetrics(bold)
        for column, width in widths.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            self.table.setColumnWidth(column, max(width, header_metrics.horizontalAdvance(title)) + 20)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        layout.addWidget(self.table, 1)

        self.passage = QTextBrowser()
        self.passage.setObjectName("pickerPassage")
        self.passage.setOpenLinks(False)
        self.passage.setFixedHeight(metrics.lineSpacing() * 5 + 14)
        self.passage.setStyleSheet("QTextBrowser { background: #fafafa; }")
        self.passage.setPlaceholderText(self.tr("Select a document to see the passage that matches."))
        layout.addWidget(self.passage)

        self.ticked_list: QListWidget | None = None
        if multi:
            row = QHBoxLayout()
            self.ticked_label = QLabel(self.tr("Ticked documents, in this order:"))
            row.addWidget(self.ticked_label)
            row.addStretch(1)
            self.untick_btn = QPushButton(self.tr("Remove from the list"))
            self.untick_btn.clicked.connect(self._untick_current)
            row.addWidget(self.untick_btn)
            layout.addLayout(row)
            self.ticked_list = QListWidget()
            self.ticked_list.setObjectName("pickerTicked")
            self.ticked_list.setMaximumHeight(metrics.lineSpacing() * 4 + 10)
            self.ticked_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.ticked_list.setTextElideMode(Qt.TextElideMode.ElideRight)
            layout.addWidget(self.ticked_list)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_btn = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_btn.setObjectName("pickerChoose")
        self.ok_btn.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.kind.currentIndexChanged.connect(lambda _i: self._timer.start())
        self._update_buttons()
        self.run_search()

    # ------------------------------------------------------------------ searching
    def run_search(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        self._last_text = text
        self.summary.setText(self.tr("Searching…"))
        self.ctx.tasks.run(search_documents, text, self.kind.currentData(), RESULT_LIMIT, show_progress=False,
                           key=self._key + ".search", on_done=self._show_results, on_error=self._failed)

    def settled(self) -> bool:
        """No search waiting to start or to arrive (for tests and screenshots)."""
        return not self._timer.isActive() and not self.ctx.tasks.busy

    def _show_results(self, result: dict[str, Any]) -> None:
        if not isValid(self):  # closed while the search ran
            return
        current = self.model.id_at(self.table.currentIndex().row()) if self.table.currentIndex().isValid() else None
        rows = result["rows"]
        self.model.set_rows(rows)
        self.model.set_checked(i for i, _t in self._ticked)
        n = len(rows)
        if result["searched"]:
            text = self.tr("%1 document(s) found, best first").replace("%1", str(n))
        elif n:
            text = self.tr("The %1 newest document(s); type words to search").replace("%1", str(n))
        else:
            text = self.tr("The library is empty: import documents in the Library area first.")
        if n >= result["limit"]:
            text += " " + self.tr("(only the first %1 are shown; narrow the search)").replace("%1", str(n))
        if result["problems"]:
            text += " — " + self.tr("not understood: %1").replace("%1", ", ".join(result["problems"]))
        self.summary.setText(text)
        row = self.model.row_of(current)
        if row < 0 and result["searched"]:  # Enter chooses the best match
            row = next((r for r in range(n) if self.model.available(r)), -1)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.passage.clear()
        self.searches += 1
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.summary.setText(self.tr("The search failed: %1").replace("%1", str(exc)))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        doc_id = self.model.id_at(current.row()) if current.isValid() else None
        self._passage_for = doc_id
        if doc_id is None:
            self.passage.clear()
            return
        row = self.model.row(current.row()) or {}
        self.passage.setHtml(f"<b>{html.escape(_short(display_title(row)))}</b>")
        self.ctx.tasks.run(document_passage, doc_id, self._last_text, show_progress=False,
                           key=self._key + ".passage", on_done=self._show_passage, on_error=lambda _e: None)

    def _show_passage(self, result: dict[str, Any]) -> None:
        if not isValid(self) or result["id"] != self._passage_for:
            return
        self.last_passage = result
        row = self.model.row(self.model.row_of(result["id"])) or {}
        head = html.escape(_short(display_title(row)))
        page = html.escape(self.tr("page %1").replace("%1", str(result["page"])))
        body = result["html"] or html.escape(self.tr("(no text)"))
        self.passage.setHtml(f"<b>{head}</b> <span style='color:#777'>— {page}</span><br>{body}")

    # ------------------------------------------------------------------ choosing
    def _check_toggled(self, doc_id: str, on: bool) -> None:
        if on and all(i != doc_id for i, _t in self._ticked):
            self._ticked.append((doc_id, display_title(self.model.row(self.model.row_of(doc_id)))))
        elif not on:
            self._ticked = [(i, t) for i, t in self._ticked if i != doc_id]
        self._show_ticked()

    def _show_ticked(self) -> None:
        if self.ticked_list is None:
            return
        self.ticked_list.clear()
        for n, (doc_id, title) in enumerate(self._ticked, start=1):
            item = QListWidgetItem(f"{n}. {title}")
            item.setData(IdRole, doc_id)
            item.setToolTip(title)
            self.ticked_list.addItem(item)
        self._update_buttons()

    def _untick_current(self) -> None:
        if self.ticked_list is None or self.ticked_list.currentItem() is None:
            return
        doc_id = self.ticked_list.currentItem().data(IdRole)
        self._ticked = [(i, t) for i, t in self._ticked if i != doc_id]
        self.model.set_checked(i for i, _t in self._ticked)
        self._show_ticked()

    def tick(self, row: int, on: bool = True) -> bool:
        """Tick (or untick) the check box of a result row, as a click on it does."""
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        return self.model.setData(self.model.index(row, 0), state.value, Qt.ItemDataRole.CheckStateRole)

    def _selected_rows(self) -> list[int]:
        return sorted(i.row() for i in self.table.selectionModel().selectedRows() if self.model.available(i.row()))

    def chosen(self) -> Chosen:
        """``[(id, title), …]``: the ticked documents in the order ticked, else the selected rows."""
        if self.multi and self._ticked:
            return list(self._ticked)
        rows = self._selected_rows()
        if not self.multi:
            rows = rows[:1]
        out: Chosen = []
        for r in rows:
            row = self.model.row(r)
            if row is not None:
                out.append((str(row["id"]), display_title(row)))
        return out

    def _selection_changed(self, *_args: Any) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        n = len(self.chosen())
        self.ok_btn.setEnabled(n > 0)
        if self.multi:
            self.ok_btn.setText(self.tr("Choose (%1)").replace("%1", str(n)))
            if self.ticked_list is not None:
                has = bool(self._ticked)
                self.ticked_list.setVisible(has)
                self.ticked_label.setVisible(has)
                self.untick_btn.setVisible(has)
        else:
            self.ok_btn.setText(self.tr("Choose"))

    def _double_clicked(self, index: QModelIndex) -> None:
        if not index.isValid() or not self.model.available(index.row()):
            return
        if self.multi and self._ticked:
            self.tick(index.row(), True)
        else:
            self.table.selectRow(index.row())
        self.accept()

    def accept(self) -> None:
        if not self.chosen():
            return
        super().accept()

    def done(self, result: int) -> None:
        self._timer.stop()
        super().done(result)


def choose_documents(ctx: AppContext, parent: QWidget | None, on_chosen: Callable[[Chosen], None], *,
                     multi: bool = True, title: str | None = None, linked: Iterable[str] = ()
                     ) -> DocumentPickerDialog:
    """Open the picker (window-modal, without blocking) and call ``on_chosen([(id, title), …])`` when the
    user chooses. Returns the dialog (it deletes itself when closed)."""
    dialog = DocumentPickerDialog(ctx, parent, multi=multi, title=title, linked=linked)

    def finished(result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            chosen = dialog.chosen()
            if chosen:
                on_chosen(chosen)
        dialog.deleteLater()

    dialog.finished.connect(finished)
    dialog.open()
    return dialog


# ---------------------------------------------------------------- linked documents
class LinkedDocumentsWidget(QWidget):
    """The library documents linked to a record: a short list with "Add from library…", "Remove" and
    "Open" (the original, with the system's viewer). Titles load in the background; ``changed`` fires after
    the user adds, removes or reorders (by drag)."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, read_only: bool = False,
                 rows: int | None = 4) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.read_only = read_only
        self._ids: list[str] = []
        self._rows: dict[str, dict[str, Any]] = {}  # loaded records
        self._known_titles: dict[str, str] = {}  # titles given by the picker, shown until the records load
        self._key = f"library.linked.{next(_instances)}"
        self.picker: DocumentPickerDialog | None = None
        self.open_file: Callable[[str], Any] = lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName("linkedDocuments")
        self.list.setAlternatingRowColors(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        if rows is not None:  # a compact list in a form; None: it takes the room it gets
            self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * rows + 10)
            self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * (rows + 2) + 10)
        self.list.setToolTip(self.tr("Double-click to open the original"))
        if not read_only:
            self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
            self.list.model().rowsMoved.connect(self._reordered)
        self.list.itemDoubleClicked.connect(lambda _i: self.open_current())
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        layout.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        self.add_btn = QPushButton(self.tr("Add from library…"))
        self.add_btn.setObjectName("linkedAdd")
        self.add_btn.clicked.connect(self.choose)
        self.remove_btn = QPushButton(self.tr("Remove"))
        self.remove_btn.clicked.connect(self.remove_current)
        self.open_btn = QPushButton(self.tr("Open"))
        self.open_btn.setToolTip(self.tr("Open the original with the computer's viewer"))
        self.open_btn.clicked.connect(self.open_current)
        for b in (self.add_btn, self.remove_btn, self.open_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_btn.setVisible(not read_only)
        self.remove_btn.setVisible(not read_only)
        self._show()

    # ------------------------------------------------------------------ content
    def set_ids(self, ids: Iterable[str]) -> None:
        """Show these documents (no ``changed``); their titles load in the background."""
        self._ids = list(dict.fromkeys(ids))
        self._show()
        self._load_titles()

    def ids(self) -> list[str]:
        return list(self._ids)

    def titles(self) -> list[str]:
        return [self.list.item(r).text() for r in range(self.list.count())]

    def loaded(self) -> bool:
        return all(i in self._rows for i in self._ids)

    def add(self, chosen: Chosen) -> None:
        added = False
        for doc_id, title in chosen:
            if doc_id not in self._ids:
                self._ids.append(doc_id)
                self._known_titles[doc_id] = title
                added = True
        if added:
            self._show()
            self.list.setCurrentRow(len(self._ids) - 1)
            self._load_titles()
            self.changed.emit()

    def _load_titles(self) -> None:
        if not self._ids or not self.ctx.ready:
            return
        self.ctx.tasks.run(document_titles, list(self._ids), show_progress=False, key=self._key,
                           on_done=self._titles_loaded, on_error=lambda _e: None)

    def _titles_loaded(self, rows: dict[str, dict[str, Any]]) -> None:
        if not isValid(self):  # the dialog holding the list was closed meanwhile
            return
        for doc_id in self._ids:
            self._rows[doc_id] = rows.get(doc_id) or {"id": doc_id, "missing": True}
        self._show()

    def _label(self, doc_id: str) -> str:
        row = self._rows.get(doc_id)
        if row is None:
            return self._known_titles.get(doc_id, "…")
        if row.get("missing"):
            return self.tr("(no longer in the library: %1)").replace("%1", doc_id[:8])
        parts = [display_title(row)]
        details = " ".join(x for x in (str(row.get("number") or ""), display_date(row.get("date"))) if x)
        if details:
            parts.append(details)
        return " — ".join(parts)

    def _show(self) -> None:
        current = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for doc_id in self._ids:
            item = QListWidgetItem(self._label(doc_id))
            item.setData(IdRole, doc_id)
            item.setToolTip(self._label(doc_id))
            self.list.addItem(item)
        if not self._ids:
            placeholder = QListWidgetItem(self.tr("No documents linked."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(placeholder)
        if 0 <= current < len(self._ids):
            self.list.setCurrentRow(current)
        self.list.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.current_id() is not None
        self.remove_btn.setEnabled(has)
        self.open_btn.setEnabled(has and not self._rows.get(self.current_id() or "", {}).get("missing"))

    def _reordered(self, *_args: Any) -> None:
        ids = [self.list.item(r).data(IdRole) for r in range(self.list.count())]
        ids = [i for i in ids if i]
        if ids != self._ids:
            self._ids = ids
            self.changed.emit()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        value = item.data(IdRole) if item is not None else None
        return str(value) if value else None

    # ------------------------------------------------------------------ actions
    def choose(self) -> None:
        self.picker = choose_documents(self.ctx, self.window(), self.add, multi=True, linked=self._ids)

    def remove_current(self) -> None:
        doc_id = self.current_id()
        if doc_id is None:
            return
        row = self.list.currentRow()
        self._ids.remove(doc_id)
        self._show()
        if self._ids:
            self.list.setCurrentRow(min(row, len(self._ids) - 1))
        self.changed.emit()

    def open_current(self) -> None:
        doc_id = self.current_id()
        if doc_id is None:
            return
        self.ctx.tasks.run(export_original, doc_id, title=self.tr("Opening the document"),
                           on_done=self.open_file)
