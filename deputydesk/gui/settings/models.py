"""Table models for council members and addressee organisations (snapshots loaded in the background)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from deputydesk.core.council import Member, Organisation

IdRole = Qt.ItemDataRole.UserRole + 1
RecordRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex



def role_label(role: str) -> str:
    return {
        "chair": QCoreApplication.translate("CouncilModels", "Chair"),
        "deputy_chair": QCoreApplication.translate("CouncilModels", "Deputy chair"),
        "secretary": QCoreApplication.translate("CouncilModels", "Secretary (staff)"),
        "member": QCoreApplication.translate("CouncilModels", "Member"),
    }.get(role, role)


def org_kind_label(kind: str) -> str:
    return {
        "akimat": QCoreApplication.translate("CouncilModels", "Akimat"),
        "department": QCoreApplication.translate("CouncilModels", "Department"),
        "territorial": QCoreApplication.translate("CouncilModels", "Territorial body"),
        "prosecutor": QCoreApplication.translate("CouncilModels", "Prosecutor's office"),
        "election_commission": QCoreApplication.translate("CouncilModels", "Election commission"),
        "other": QCoreApplication.translate("CouncilModels", "Other"),
    }.get(kind, kind)


class MembersModel(QAbstractTableModel):
    COLUMNS = ("full_name", "full_name_kk", "role", "position", "commission", "phone", "active")

    def __init__(self, lang: str = "ru", parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Member] = []
        self.lang = lang

    def set_members(self, members: list[Member]) -> None:
        self.beginResetModel()
        self._rows = list(members)
        self.endResetModel()

    def member(self, row: int) -> Member:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return [QCoreApplication.translate("CouncilModels", "Name (Russian form)"), QCoreApplication.translate("CouncilModels", "Name (Kazakh form)"), QCoreApplication.translate("CouncilModels", "Role"), QCoreApplication.translate("CouncilModels", "Position"),
                QCoreApplication.translate("CouncilModels", "Commission"), QCoreApplication.translate("CouncilModels", "Phone"), QCoreApplication.translate("CouncilModels", "Active")][section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        m = self._rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == IdRole:
            return m.id
        if role == RecordRole:
            return m
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "role":
                return role_label(m.role)
            if col == "position":
                return m.position_kk if self.lang == "kk" else m.position_ru
            if col == "active":
                return QCoreApplication.translate("CouncilModels", "yes") if m.active else QCoreApplication.translate("CouncilModels", "no")
            return getattr(m, col) or ""
        return None


class OrganisationsModel(QAbstractTableModel):
    COLUMNS = ("name_ru", "name_kk", "kind", "head_name", "head_position")

    def __init__(self, lang: str = "ru", parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, Organisation]] = []
        self.lang = lang

    def set_organisations(self, orgs: list[Organisation]) -> None:
        """Order parents before their children and remember each row's depth."""
        by_parent: dict[str | None, list[Organisation]] = {}
        ids = {o.id for o in orgs}
        for o in orgs:
            parent = o.parent_id if o.parent_id in ids else None
            by_parent.setdefault(parent, []).append(o)
        ordered: list[tuple[int, Organisation]] = []
        seen: set[str | None] = set()

        def walk(parent: str | None, depth: int) -> None:
            for o in sorted(by_parent.get(parent, []), key=lambda x: (x.sort_order, x.name_ru)):
                if o.id in seen:
                    continue
                seen.add(o.id)
                ordered.append((depth, o))
                walk(o.id, depth + 1)

        walk(None, 0)
        for o in orgs:  # anything left in a parent cycle
            if o.id not in seen:
                ordered.append((0, o))
        self.beginResetModel()
        self._rows = ordered
        self.endResetModel()

    def organisation(self, row: int) -> Organisation:
        return self._rows[row][1]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return [QCoreApplication.translate("CouncilModels", "Name (Russian)"), QCoreApplication.translate("CouncilModels", "Name (Kazakh)"), QCoreApplication.translate("CouncilModels", "Kind"), QCoreApplication.translate("CouncilModels", "Head"), QCoreApplication.translate("CouncilModels", "Head's position")][section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        depth, o = self._rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == IdRole:
            return o.id
        if role == RecordRole:
            return o
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "kind":
                return org_kind_label(o.kind)
            if col == "head_position":
                return o.head_position_kk if self.lang == "kk" else o.head_position_ru
            value = getattr(o, col) or ""
            if col in ("name_ru", "name_kk") and depth:
                return "    " * depth + "↳ " + value
            return value
        if role == Qt.ItemDataRole.ToolTipRole and col in ("name_ru", "name_kk"):
            return getattr(o, col)
        return None
