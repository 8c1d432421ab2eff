"""A lazy table model for the library: it holds document ids only and loads rows in blocks through the
background task helper, so 100,000 documents scroll smoothly and the GUI thread never touches SQL."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from deputydesk.gui.library.labels import kind_label, language_label

IdRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2
PageRole = Qt.ItemDataRole.UserRole + 3
ScoreRole = Qt.ItemDataRole.UserRole + 4

BLOCK = 200
MAX_BLOCKS = 60  # about 12,000 rows kept in memory; older blocks are dropped and reloaded when needed

Loader = Callable[[Sequence[str], Callable[[dict[str, dict[str, Any]]], None]], None]
"""``loader(ids, deliver)`` fetches rows for ``ids`` off the GUI thread and calls ``deliver(rows)`` on it."""


def _load_rows(ws: Any, progress: Any, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    from deputydesk.services.library import document_rows

    return document_rows(ws, ids)


def task_loader(tasks: Any) -> Loader:
    def load(ids: Sequence[str], deliver: Callable[[dict[str, dict[str, Any]]], None]) -> None:
        tasks.run(_load_rows, list(ids), show_progress=False, on_done=deliver)

    return load


class DocumentTableModel(QAbstractTableModel):
    COLUMNS = ("title", "kind", "number", "date", "issuer", "language", "pages")
    rows_loaded = Signal()

    def __init__(self, loader: Loader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._ids: list[str] = []
        self._row_of: dict[str, int] | None = {}
        self._pages: dict[str, int] = {}
        self._scores: dict[str, float] = {}
        self._blocks: OrderedDict[int, dict[str, dict[str, Any]]] = OrderedDict()
        self._inflight: set[int] = set()
        self._generation = 0

    # ------------------------------------------------------------------ content
    def set_ids(self, ids: list[str], pages: dict[str, int] | None = None,
                scores: dict[str, float] | None = None, row_of: dict[str, int] | None = None) -> None:
        """Show these documents. ``ids`` is kept as given (not copied); ``row_of`` (id → row), when the
        caller built it off the GUI thread, spares building it here for long lists."""
        self.beginResetModel()
        self._generation += 1
        self._ids = ids
        self._row_of = row_of
        self._pages = pages or {}
        self._scores = scores or {}
        self._blocks.clear()
        self._inflight.clear()
        self.endResetModel()

    def ids(self) -> list[str]:
        return list(self._ids)

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, doc_id: str) -> int:
        if self._row_of is None:
            self._row_of = {d: i for i, d in enumerate(self._ids)}
        return self._row_of.get(doc_id, -1)

    def page_of(self, doc_id: str) -> int:
        return self._pages.get(doc_id, 1)

    def searching(self) -> bool:
        return bool(self._scores)

    def cached_row(self, row: int) -> dict[str, Any] | None:
        doc_id = self.id_at(row)
        block = self._blocks.get(row // BLOCK)
        if doc_id is None or block is None:
            return None
        return block.get(doc_id)

    def refresh_ids(self, ids: Sequence[str]) -> None:
        """Reload the rows of these documents (after an edit)."""
        blocks = {self.row_of(i) // BLOCK for i in ids if self.row_of(i) >= 0}
        for b in blocks:
            self._blocks.pop(b, None)
            self._request(b)

    def loaded_blocks(self) -> int:
        return len(self._blocks)

    # ------------------------------------------------------------------ loading
    def _request(self, block: int) -> None:
        if block in self._inflight or block in self._blocks:
            return
        start = block * BLOCK
        ids = self._ids[start:start + BLOCK]
        if not ids:
            return
        self._inflight.add(block)
        generation = self._generation
        self._loader(ids, lambda rows, b=block, g=generation: self._arrived(g, b, rows))

    def _arrived(self, generation: int, block: int, rows: dict[str, dict[str, Any]]) -> None:
        if generation != self._generation:
            return  # the list changed meanwhile
        self._inflight.discard(block)
        self._blocks[block] = rows
        self._blocks.move_to_end(block)
        while len(self._blocks) > MAX_BLOCKS:
            self._blocks.popitem(last=False)
        start = block * BLOCK
        end = min(len(self._ids), start + BLOCK) - 1
        if end >= start:
            self.dataChanged.emit(self.index(start, 0), self.index(end, len(self.COLUMNS) - 1))
        self.rows_loaded.emit()

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return {
            "title": self.tr("Title"), "kind": self.tr("Kind"), "number": self.tr("Number"),
            "date": self.tr("Date"), "issuer": self.tr("Issued by"), "language": self.tr("Language"),
            "pages": self.tr("Pages"),
        }[self.COLUMNS[section]]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        doc_id = self._ids[index.row()]
        if role == IdRole:
            return doc_id
        if role == PageRole:
            return self._pages.get(doc_id, 1)  # 0: "find the page when the document opens"
        if role == ScoreRole:
            return self._scores.get(doc_id)
        block_no = index.row() // BLOCK
        block = self._blocks.get(block_no)
        if block is None:
            self._request(block_no)
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return "…"
            return None
        row = block.get(doc_id)
        if row is None:
            return self.tr("(deleted)") if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        if role == RowRole:
            return row
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":
            return row.get("title") or row.get("original_name")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("pages", "date", "number"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if column == "pages" else None
        return None

    def _display(self, row: dict[str, Any], column: str) -> str:
        value = row.get(column)
        if column == "title":
            text = value or row.get("original_name") or ""
            if row.get("needs_ocr"):
                text += "  " + self.tr("[needs OCR]")
            return text
        if column == "kind":
            return kind_label(value)
        if column == "language":
            return language_label(value)
        if column == "date":
            if not value:
                return ""
            y, m, d = str(value)[:10].split("-")
            return f"{d}.{m}.{y}"
        if column == "pages":
            return str(value or 0)
        return "" if value is None else str(value)


class DiffModel(QAbstractTableModel):
    """Side-by-side differences of two versions: left line number and text, right line number and text."""

    COLORS = {"replace": "#fff3c4", "delete": "#ffd6d6", "insert": "#d8f5d0", "skip": "#eeeeee"}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def changes(self) -> int:
        return sum(1 for r in self._rows if r["op"] in ("replace", "delete", "insert"))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < 4:
            return None
        return ("№", self.tr("Earlier version"), "№", self.tr("Later version"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = (row["left_no"], row["left"], row["right_no"], row["right"])[col]
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.BackgroundRole:
            from PySide6.QtGui import QColor

            color = self.COLORS.get(row["op"])
            if color is None:
                return None
            if row["op"] == "delete" and col >= 2 or row["op"] == "insert" and col < 2:
                return QColor("#f4f4f4")
            return QColor(color)
        if role == Qt.ItemDataRole.TextAlignmentRole:  # tall rows: numbers beside the first line of text
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if role == Qt.ItemDataRole.UserRole:
            return row["op"]
        return None
