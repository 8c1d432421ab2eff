"""Table models of the letters area: the letters list and the two registers (rows loaded in the background)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from deputydesk.core import dates

IdRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2
StatusRole = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex


def kind_label(kind: str) -> str:
    return {
        "deputy_inquiry": QCoreApplication.translate("LettersModels", "Deputy inquiry"),
        "recommendation": QCoreApplication.translate("LettersModels", "Recommendation"),
        "info_request": QCoreApplication.translate("LettersModels", "Request for information"),
        "reminder": QCoreApplication.translate("LettersModels", "Reminder"),
        "cover": QCoreApplication.translate("LettersModels", "Cover letter"),
    }.get(kind, kind)


def status_label(status: str) -> str:
    return {
        "draft": QCoreApplication.translate("LettersModels", "Draft"),
        "issued": QCoreApplication.translate("LettersModels", "Issued"),
    }.get(status, status)


def _date(value: Any) -> str:
    parsed = dates.parse_iso(value) if value else None
    return dates.numeric(parsed) if parsed else ""


class _RowsModel(QAbstractTableModel):
    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_data(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headers(self) -> list[str]:
        return list(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return self.headers()[section]

    def text(self, row: dict[str, Any], column: str) -> str:
        value = row.get(column)
        return "" if value is None else str(value)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.COLUMNS):
            return None
        row = self._rows[index.row()]
        if role == IdRole:
            return row.get("id")
        if role == RowRole:
            return row
        if role == StatusRole:
            return row.get("status")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, self.COLUMNS[index.column()])
        return None


class LettersModel(_RowsModel):
    COLUMNS = ("status", "number", "date", "kind", "language", "addressee", "subject")

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("LettersModels", "Status"),
                QCoreApplication.translate("LettersModels", "Number"),
                QCoreApplication.translate("LettersModels", "Date"),
                QCoreApplication.translate("LettersModels", "Kind"),
                QCoreApplication.translate("LettersModels", "Language"),
                QCoreApplication.translate("LettersModels", "Addressee"),
                QCoreApplication.translate("LettersModels", "Subject")]

    def text(self, row: dict[str, Any], column: str) -> str:
        if column == "status":
            return status_label(row.get("status") or "")
        if column == "kind":
            return kind_label(row.get("kind") or "")
        if column == "date":
            return _date(row.get("date"))
        if column == "language":
            return {"kk": "қаз", "ru": "рус"}.get(row.get("language") or "", row.get("language") or "")
        return super().text(row, column)


class RegisterModel(_RowsModel):
    OUTGOING = ("number", "date", "kind", "language", "counterpart", "subject", "signer", "executor", "reply_to")
    INCOMING = ("number", "date", "counterpart", "sender_ref", "subject", "reply_to", "note")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.register = "outgoing"
        self.COLUMNS = self.OUTGOING

    def set_register(self, register: str, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.register = register
        self.COLUMNS = self.OUTGOING if register == "outgoing" else self.INCOMING
        self._rows = list(rows)
        self.endResetModel()

    def headers(self) -> list[str]:
        names = {
            "number": QCoreApplication.translate("LettersModels", "Number"), "date": QCoreApplication.translate("LettersModels", "Date"),
            "kind": QCoreApplication.translate("LettersModels", "Kind"), "language": QCoreApplication.translate("LettersModels", "Language"),
            "counterpart": QCoreApplication.translate("LettersModels", "Addressee") if self.register == "outgoing"
            else QCoreApplication.translate("LettersModels", "Sender"),
            "subject": QCoreApplication.translate("LettersModels", "Subject"), "signer": QCoreApplication.translate("LettersModels", "Signed by"),
            "executor": QCoreApplication.translate("LettersModels", "Executor"),
            "reply_to": QCoreApplication.translate("LettersModels", "Reply to") if self.register == "outgoing"
            else QCoreApplication.translate("LettersModels", "Answers our No."),
            "sender_ref": QCoreApplication.translate("LettersModels", "Sender's No. and date"), "note": QCoreApplication.translate("LettersModels", "Note"),
        }
        return [names[c] for c in self.COLUMNS]

    def text(self, row: dict[str, Any], column: str) -> str:
        if column == "date":
            return _date(row.get("date"))
        if column == "kind":
            return kind_label(row.get("kind") or "")
        if column == "sender_ref":
            parts = [f"№ {row['sender_number']}" if row.get("sender_number") else "", _date(row.get("sender_date"))]
            return " ".join(p for p in parts if p)
        return super().text(row, column)
