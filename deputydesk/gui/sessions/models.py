"""Qt models of the sessions area: the session list, the attendance list and the agenda with results."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from deputydesk.core.sessions import AgendaItem, Attendee, ItemResult, ItemStatus, to_roman

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def status_label(status: ItemStatus) -> str:
    return {
        ItemStatus.ADOPTED: QCoreApplication.translate("SessionsModels", "adopted"),
        ItemStatus.REJECTED: QCoreApplication.translate("SessionsModels", "not adopted"),
        ItemStatus.NOT_VOTED: QCoreApplication.translate("SessionsModels", "no vote"),
        ItemStatus.NO_QUORUM: QCoreApplication.translate("SessionsModels", "no quorum"),
        ItemStatus.TIE_UNRESOLVED: QCoreApplication.translate("SessionsModels", "tie: chair's vote missing"),
        ItemStatus.INVALID: QCoreApplication.translate("SessionsModels", "check the count"),
    }[status]


class SessionListModel(QAbstractTableModel):
    """Rows from services.sessions.list_sessions (plain dicts)."""

    COLUMNS = ("date", "number", "body", "present", "decisions")

    def __init__(self, lang: str = "ru", parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_id(self, row: int) -> str:
        return str(self._rows[row]["id"])

    def row_of(self, session_id: str) -> int:
        for i, r in enumerate(self._rows):
            if r["id"] == session_id:
                return i
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (self.tr("Date"), self.tr("No."), self.tr("Body"), self.tr("Present"), self.tr("Decisions"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == ID_ROLE:
            return r["id"]
        if role == SORT_ROLE:
            return {"date": r["start_date"], "number": int(r["number"]), "body": r["name_ru"],
                    "present": int(r["present"]), "decisions": int(r["adopted"])}[col]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "date":
                y, m, d = r["start_date"].split("-")
                return f"{d}.{m}.{y}"
            if col == "number":
                conv = to_roman(int(r["convocation"])) if r["convocation"] else ""
                text = f"{r['number']}" + (f" ({conv})" if conv else "")
                if r["extraordinary"]:
                    text += " " + self.tr("extraord.")
                return text
            if col == "body":
                return (r["name_kk"] if self.lang == "kk" else r["name_ru"]) or r["name_ru"]
            if col == "present":
                return f"{r['present']}/{r['total_members']}"
            return f"{r['adopted']}/{r['items']}"
        if role == Qt.ItemDataRole.ForegroundRole and col == "present" and not r["quorum_met"]:
            return QColor("#b00020")
        if role == Qt.ItemDataRole.ToolTipRole and col == "present":
            return self.tr("Quorum present") if r["quorum_met"] else self.tr("No quorum")
        return None


class AttendanceModel(QAbstractTableModel):
    """Editable attendance: name, present (check box), reason for absence."""

    changed = Signal()

    def __init__(self, lang: str = "ru", parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._rows: list[Attendee] = []

    def set_attendance(self, rows: list[Attendee]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def attendance(self) -> list[Attendee]:
        return self._rows

    def set_all_present(self, present: bool) -> None:
        for a in self._rows:
            a.present = present
            if present:
                a.reason = ""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 2))
        self.changed.emit()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if 0 <= section < len(self._rows) else None
        if not 0 <= section < 3:
            return None
        return (self.tr("Name"), self.tr("Present"), self.tr("Reason for absence"))[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 1:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == 2:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return a.text("name", "kk" if self.lang == "kk" else "ru")
            if col == 2:
                return a.reason
            return None
        if role == Qt.ItemDataRole.EditRole and col == 2:
            return a.reason
        if role == Qt.ItemDataRole.CheckStateRole and col == 1:
            return Qt.CheckState.Checked if a.present else Qt.CheckState.Unchecked
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        a = self._rows[index.row()]
        if index.column() == 1 and role == Qt.ItemDataRole.CheckStateRole:
            a.present = Qt.CheckState(value) == Qt.CheckState.Checked
            if a.present:
                a.reason = ""
            self.dataChanged.emit(index, self.index(index.row(), 2))
            self.changed.emit()
            return True
        if index.column() == 2 and role == Qt.ItemDataRole.EditRole:
            a.reason = str(value or "").strip()
            self.dataChanged.emit(index, index)
            self.changed.emit()
            return True
        return False


class AgendaModel(QAbstractTableModel):
    """The agenda with each item's votes and its live result (read-only; items are edited in the form)."""

    def __init__(self, lang: str = "ru", parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._items: list[AgendaItem] = []
        self._results: list[ItemResult] = []

    def set_items(self, items: list[AgendaItem], results: list[ItemResult]) -> None:
        self.beginResetModel()
        self._items = items
        self._results = results
        self.endResetModel()

    def update_results(self, results: list[ItemResult]) -> None:
        """New results for the same items (row count unchanged)."""
        if len(results) != len(self._items):
            self.set_items(self._items, results)
            return
        self._results = results
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, 3))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if 0 <= section < len(self._items) else None
        if not 0 <= section < 4:
            return None
        return (self.tr("Item"), self.tr("For / against / abstained"), self.tr("Result"), self.tr("Decision No."))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        result = self._results[index.row()] if index.row() < len(self._results) else None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return item.text("title", "kk" if self.lang == "kk" else "ru") or self.tr("(no title)")
            if col == 1:
                v = item.votes
                return f"{v.in_favour} / {v.against} / {v.abstained}" if v else "—"
            if col == 2:
                return status_label(result.status) if result else ""
            return (result.number or "") if result else ""
        if role == Qt.ItemDataRole.ForegroundRole and col == 2 and result is not None:
            if result.status is ItemStatus.ADOPTED:
                return QColor("#1b5e20")
            if result.status in (ItemStatus.NO_QUORUM, ItemStatus.INVALID, ItemStatus.TIE_UNRESOLVED):
                return QColor("#b00020")
        if role == Qt.ItemDataRole.ToolTipRole and col == 2 and result is not None:
            return "\n".join(e.render(self.lang) for e in result.explanations)
        return None
