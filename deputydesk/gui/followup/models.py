"""Qt models of the follow-up area. They hold snapshots (plain dicts loaded in the background) and never
touch the database."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from deputydesk.gui.followup import labels

IdRole = Qt.ItemDataRole.UserRole + 1        # addressee id (lists) or record id
ItemIdRole = Qt.ItemDataRole.UserRole + 2    # item id
RowRole = Qt.ItemDataRole.UserRole + 3       # the whole row dict
SortRole = Qt.ItemDataRole.UserRole + 4      # raw value for sorting (ISO dates, numbers)
StatusRole = Qt.ItemDataRole.UserRole + 5    # status code

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str
    header: Callable[[], str]
    display: Callable[[dict[str, Any]], str] | None = None


class RowsModel(QAbstractTableModel):
    """A read-only table of row dicts with declared columns; the id role gives ``id_key``."""

    def __init__(self, columns: Sequence[Column], id_key: str = "addressee_id", parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.id_key = id_key
        self._rows: list[dict[str, Any]] = []

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[dict[str, Any]]:
        return list(self._rows)

    def row(self, r: int) -> dict[str, Any]:
        return self._rows[r]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.columns):
            return None
        return self.columns[section].header()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        row = self._rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col.display is not None:
                return col.display(row)
            value = row.get(col.key)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col.key in ("title", "addressee", "text", "note", "organisation"):
                value = row.get(col.key)
                return None if value is None else str(value)
            return None
        if role == SortRole:
            value = row.get(col.key)
            if value is None:
                return ""
            return value if isinstance(value, (int, float)) else str(value)
        if role == IdRole:
            return row.get(self.id_key)
        if role == ItemIdRole:
            return row.get("item_id")
        if role == RowRole:
            return row
        if role == StatusRole:
            return row.get("status")
        if role == Qt.ItemDataRole.ForegroundRole and col.key == "status":
            return QBrush(QColor(labels.status_colour(row.get("status"))))
        return None


def _pct(v: Any) -> str:
    return "—" if v is None else f"{v:.0f}%"


def list_columns(lang: str = "en") -> list[Column]:
    """Columns of the item list (one row per addressee); Kazakh names of addressees in a Kazakh UI."""

    def addressee(r: dict[str, Any]) -> str:
        if lang == "kk" and r.get("addressee_kk"):
            return str(r["addressee_kk"])
        return str(r.get("addressee") or "")

    return [
        Column("registry_number", lambda: QCoreApplication.translate("FollowupModels", "No."),
               lambda r: r.get("registry_number") or ""),
        Column("sent", lambda: QCoreApplication.translate("FollowupModels", "Sent"), lambda r: labels.fmt_date(r.get("sent"))),
        Column("kind", lambda: QCoreApplication.translate("FollowupModels", "Kind"), lambda r: labels.kind_label(r.get("kind"))),
        Column("title", lambda: QCoreApplication.translate("FollowupModels", "Subject"), lambda r: r.get("title") or ""),
        Column("addressee", lambda: QCoreApplication.translate("FollowupModels", "Addressee"), addressee),
        Column("due", lambda: QCoreApplication.translate("FollowupModels", "Due"), lambda r: labels.fmt_date(r.get("due"))),
        Column("status", lambda: QCoreApplication.translate("FollowupModels", "Status"), _status_text),
        Column("verdict", lambda: QCoreApplication.translate("FollowupModels", "Verdict"),
               lambda r: labels.verdict_label(r.get("verdict"))),
        Column("implementation", lambda: QCoreApplication.translate("FollowupModels", "Implementation"),
               lambda r: labels.level_label(r.get("implementation"))),
    ]


def _status_text(r: dict[str, Any]) -> str:
    text = labels.status_label(r.get("status"))
    if r.get("days_overdue"):
        text += " " + QCoreApplication.translate("FollowupModels", "(+%n day(s))", "", r["days_overdue"])
    return text


def scorecard_columns() -> list[Column]:
    return [
        Column("organisation", lambda: QCoreApplication.translate("FollowupModels", "Addressee"),
               lambda r: r.get("organisation") or ""),
        Column("items", lambda: QCoreApplication.translate("FollowupModels", "Items"), lambda r: str(r.get("items", 0))),
        Column("on_time_pct", lambda: QCoreApplication.translate("FollowupModels", "On time"),
               lambda r: _pct(r.get("on_time_pct"))),
        Column("justified_pct", lambda: QCoreApplication.translate("FollowupModels", "Justified"),
               lambda r: _pct(r.get("justified_pct"))),
        Column("implemented_pct", lambda: QCoreApplication.translate("FollowupModels", "Implemented"),
               lambda r: _pct(r.get("implemented_pct"))),
        Column("median_days", lambda: QCoreApplication.translate("FollowupModels", "Median days to answer"),
               lambda r: "—" if r.get("median_days") is None else f"{r['median_days']:.0f}"),
        Column("overdue_now", lambda: QCoreApplication.translate("FollowupModels", "Overdue now"),
               lambda r: str(r.get("overdue_now", 0))),
    ]


def override_columns() -> list[Column]:
    return [
        Column("day", lambda: QCoreApplication.translate("FollowupModels", "Date"), lambda r: labels.fmt_date(r.get("day"))),
        Column("kind", lambda: QCoreApplication.translate("FollowupModels", "Becomes"),
               lambda r: labels.override_kind_label(r.get("kind") or "")),
        Column("note", lambda: QCoreApplication.translate("FollowupModels", "Basis / note"), lambda r: r.get("note") or ""),
        Column("updated_by", lambda: QCoreApplication.translate("FollowupModels", "Added by"),
               lambda r: r.get("updated_by") or ""),
    ]


def calendar_columns() -> list[Column]:
    return [
        Column("date", lambda: QCoreApplication.translate("FollowupModels", "Date"), lambda r: labels.fmt_date(r.get("date"))),
        Column("weekday", lambda: QCoreApplication.translate("FollowupModels", "Weekday"), lambda r: r.get("weekday") or ""),
        Column("kind", lambda: QCoreApplication.translate("FollowupModels", "What"),
               lambda r: labels.day_kind_label(r.get("kind") or "")),
        Column("name", lambda: QCoreApplication.translate("FollowupModels", "Details"), lambda r: r.get("name") or ""),
    ]


class PointAnswersModel(QAbstractTableModel):
    """Points of an item with the suggested and the person's answer; the person's answer is editable."""

    ANSWERS = ("accepted", "partly", "rejected", "not_addressed")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def set_points(self, points: Sequence[dict[str, Any]]) -> None:
        """``points``: dicts with number, text, suggested (answer code or None), answer (person's or None)."""
        self.beginResetModel()
        self._rows = [dict(p) for p in points]
        self.endResetModel()

    def answers(self) -> dict[int, str]:
        return {int(r["number"]): r["answer"] for r in self._rows if r.get("answer")}

    def set_suggestions(self, suggested: dict[int, str]) -> None:
        for r in self._rows:
            r["suggested"] = suggested.get(int(r["number"]))
        if self._rows:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self._rows) - 1, 2))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        heads = [QCoreApplication.translate("FollowupModels", "No."),
                 QCoreApplication.translate("FollowupModels", "Point"),
                 QCoreApplication.translate("FollowupModels", "Suggested"),
                 QCoreApplication.translate("FollowupModels", "Answer (as you read it)")]
        return heads[section] if 0 <= section < len(heads) else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 3:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < 4:
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return str(r["number"])
            if col == 1:
                return r.get("text") or ""
            if col == 2:
                return labels.answer_label(r.get("suggested")) if r.get("suggested") else "—"
            return labels.answer_label(r.get("answer")) if r.get("answer") else \
                QCoreApplication.translate("FollowupModels", "(use the suggestion)")
        if role == Qt.ItemDataRole.EditRole and col == 3:
            return r.get("answer") or r.get("suggested") or "accepted"
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != 3:
            return False
        if value not in self.ANSWERS:
            return False
        self._rows[index.row()]["answer"] = value
        self.dataChanged.emit(index, index)
        return True


class RubricModel(QAbstractTableModel):
    """The rubric lines of a suggestion: criterion, suggested status, evidence count."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def set_rubric(self, rubric: Sequence[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rubric)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        heads = [QCoreApplication.translate("FollowupModels", "Criterion"),
                 QCoreApplication.translate("FollowupModels", "Reading"),
                 QCoreApplication.translate("FollowupModels", "Evidence")]
        return heads[section] if 0 <= section < len(heads) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < 3:
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return labels.rubric_label(r["code"])
            if index.column() == 1:
                return labels.rubric_status_label(r["status"])
            return str(len(r.get("evidence") or [])) if r.get("evidence") else ""
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            colour = {"pass": "#2e7d32", "fail": "#b3261e"}.get(r["status"], "#555555")
            return QBrush(QColor(colour))
        if role == IdRole:
            return r["code"]
        if role == RowRole:
            return r
        return None
