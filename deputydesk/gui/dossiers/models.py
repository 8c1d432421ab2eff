"""Qt models of the dossiers area: the dossier list and the ordered items of one dossier (drag to reorder)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

IdRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2
ITEM_MIME = "application/x-deputydesk-dossier-item"

Index = QModelIndex | QPersistentModelIndex


class DossiersModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.get('title', '')}\n{row.get('date') or ''}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.get("purpose") or row.get("title")
        if role == IdRole:
            return row.get("id")
        if role == RowRole:
            return row
        return None

    def row_of(self, dossier_id: str | None) -> int:
        for i, row in enumerate(self._rows):
            if row.get("id") == dossier_id:
                return i
        return -1


class ItemsModel(QAbstractListModel):
    """Items in print order. Rows move by drag and drop (``moveRows``); ``order_changed`` carries the new
    list of item ids so the area can save it."""

    order_changed = Signal(list)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def ids(self) -> list[str]:
        return [str(r["id"]) for r in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            sub = f" — {row['subtitle']}" if row.get("subtitle") else ""
            return f"{index.row() + 1}. {row.get('title') or ''}{sub}"
        if role == IdRole:
            return row.get("id")
        if role == RowRole:
            return row
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren
        return Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ITEM_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(ITEM_MIME, QByteArray(",".join(map(str, rows)).encode("ascii")))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return data.hasFormat(ITEM_MIME) and action == Qt.DropAction.MoveAction and not parent.isValid()

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        raw = bytes(data.data(ITEM_MIME).data()).decode("ascii")
        rows = [int(x) for x in raw.split(",") if x]
        if not rows:
            return False
        target = len(self._rows) if row < 0 else row
        # move each dragged row (kept in order) to the target; the view must not remove anything itself
        moved = [self._rows[r] for r in rows]
        before = sum(1 for r in rows if r < target)
        self.beginResetModel()
        remaining = [r for i, r in enumerate(self._rows) if i not in rows]
        insert_at = target - before
        self._rows = remaining[:insert_at] + moved + remaining[insert_at:]
        self.endResetModel()
        self.order_changed.emit(self.ids())
        return False  # nothing for the view to delete: the rows were moved here

    def moveRows(self, source_parent: Index, source_row: int, count: int, destination_parent: Index,
                 destination_child: int) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        if not (0 <= source_row and source_row + count <= len(self._rows)):
            return False
        if source_row <= destination_child <= source_row + count:
            return False
        if not 0 <= destination_child <= len(self._rows):
            return False
        if not self.beginMoveRows(QModelIndex(), source_row, source_row + count - 1, QModelIndex(),
                                  destination_child):
            return False
        block = self._rows[source_row: source_row + count]
        del self._rows[source_row: source_row + count]
        insert_at = destination_child if destination_child < source_row else destination_child - count
        self._rows[insert_at:insert_at] = block
        self.endMoveRows()
        if self._rows:  # the printed numbers in front of the titles changed
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1),
                                  [Qt.ItemDataRole.DisplayRole])
        self.order_changed.emit(self.ids())
        return True
