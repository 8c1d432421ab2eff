"""Council settings: the body's requisites, its members, the addressee organisations and workspace
settings. Everything is loaded and saved through the background task helper."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deputydesk.core.council import BODY_KINDS, Body, Council, Member, Organisation, ValidationError
from deputydesk.gui.context import AppContext
from deputydesk.gui.settings.dialogs import MemberDialog, OrganisationDialog
from deputydesk.gui.settings.models import MembersModel, OrganisationsModel
from deputydesk.gui.widgets import PageHeader


def create_area(ctx: AppContext) -> QWidget:
    return SettingsArea(ctx)


def body_kind_label(kind: str) -> str:
    return {
        "maslikhat": QCoreApplication.translate("SettingsArea", "Maslikhat"),
        "public_council": QCoreApplication.translate("SettingsArea", "Public council"),
        "commission": QCoreApplication.translate("SettingsArea", "Standing commission"),
    }.get(kind, kind)


# ---------------------------------------------------------------- background calls (worker threads)
def _load(ws: Any, progress: Any) -> dict[str, Any]:
    from deputydesk.services.council import load_council
    from deputydesk.services.library import limits_for

    return {"council": load_council(ws), "user_name": ws.settings.get("user_name"), "path": str(ws.root),
            "max_file_mb": round(limits_for(ws).max_file_bytes / (1024 * 1024))}


def _save_body(ws: Any, progress: Any, body: Body) -> Any:
    from deputydesk.services.council import save_body

    return save_body(ws, body)


def _save_member(ws: Any, progress: Any, member: Member) -> Any:
    from deputydesk.services.council import save_member

    return save_member(ws, member)


def _delete_member(ws: Any, progress: Any, member_id: str) -> Any:
    from deputydesk.services.council import delete_member

    return delete_member(ws, member_id)


def _save_org(ws: Any, progress: Any, org: Organisation) -> Any:
    from deputydesk.services.council import save_organisation

    return save_organisation(ws, org)


def _delete_org(ws: Any, progress: Any, org_id: str) -> Any:
    from deputydesk.services.council import delete_organisation

    return delete_organisation(ws, org_id)


def _save_user_name(ws: Any, progress: Any, name: str) -> None:
    ws.settings.set("user_name", name)


def _save_max_file_mb(ws: Any, progress: Any, mb: int) -> None:
    from deputydesk.ingest.limits import valid_max_file_mb

    if valid_max_file_mb(mb) is None:
        raise ValueError(f"not a usable size limit: {mb!r}")
    ws.settings.set("import_max_file_mb", int(mb))


class SettingsArea(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.council = Council()
        self.current_body_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(PageHeader(self.tr("Council settings"),
                                    self.tr("Requisites printed on letters and protocols, the council's "
                                            "members and the organisations it writes to.")))
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._build_body_tab()
        self._build_members_tab()
        self._build_orgs_tab()
        self._build_workspace_tab()
        self.setEnabled(False)
        ctx.bus.data_changed.connect(self._on_data_changed)

    # ------------------------------------------------------------ tabs
    def _build_body_tab(self) -> None:
        page = QWidget()
        outer = QVBoxLayout(page)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Council:")))
        self.body_combo = QComboBox()
        self.body_combo.setMinimumWidth(360)
        self.body_combo.currentIndexChanged.connect(self._on_body_selected)
        top.addWidget(self.body_combo, 1)
        self.new_body_btn = QPushButton(self.tr("Add a council…"))
        self.new_body_btn.clicked.connect(self._new_body)
        top.addWidget(self.new_body_btn)
        outer.addLayout(top)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        form_host = QWidget()
        grid = QGridLayout(form_host)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.body_fields: dict[str, QWidget] = {}

        def add(row: int, col: int, name: str, label: str, widget: QWidget | None = None) -> None:
            w = widget or QLineEdit()
            w.setObjectName(f"body_{name}")
            self.body_fields[name] = w
            grid.addWidget(QLabel(label), row, col * 2)
            grid.addWidget(w, row, col * 2 + 1)

        kind = QComboBox()
        for k in BODY_KINDS:
            kind.addItem(body_kind_label(k), k)
        add(0, 0, "kind", self.tr("Kind"), kind)
        members = QSpinBox()
        members.setRange(0, 500)
        add(0, 1, "total_members", self.tr("Number of members"), members)
        add(1, 0, "name_kk", self.tr("Name (Kazakh)"))
        add(1, 1, "name_ru", self.tr("Name (Russian)"))
        add(2, 0, "short_name_kk", self.tr("Short name (Kazakh)"))
        add(2, 1, "short_name_ru", self.tr("Short name (Russian)"))
        add(3, 0, "address_kk", self.tr("Address (Kazakh)"))
        add(3, 1, "address_ru", self.tr("Address (Russian)"))
        add(4, 0, "phone", self.tr("Phone"))
        add(4, 1, "email", self.tr("E-mail"))
        add(5, 0, "website", self.tr("Website"))
        add(5, 1, "bin", self.tr("BIN"))
        add(6, 0, "head_name", self.tr("Head (full name)"))
        add(6, 1, "convocation", self.tr("Convocation (Roman numeral)"))
        add(7, 0, "head_position_kk", self.tr("Head's position (Kazakh)"))
        add(7, 1, "head_position_ru", self.tr("Head's position (Russian)"))
        add(8, 0, "decision_number_format", self.tr("Decision number format"))
        add(8, 1, "outgoing_number_format", self.tr("Outgoing number format"))
        add(9, 0, "incoming_number_format", self.tr("Incoming number format"))
        default = QCheckBox(self.tr("Main council of this workspace"))
        add(9, 1, "is_default", "", default)
        hint = QLabel(self.tr("Number formats use {session}, {seq}, {convocation}, {year} and {index}; for "
                              "example {session}-{seq}/{convocation} gives 12-3/VIII."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        grid.addWidget(hint, 10, 0, 1, 4)
        grid.setRowStretch(11, 1)
        scroll.setWidget(form_host)
        outer.addWidget(scroll, 1)

        self.body_errors = QLabel()
        self.body_errors.setObjectName("bodyErrors")
        self.body_errors.setStyleSheet("color: #b00020;")
        self.body_errors.setWordWrap(True)
        self.body_errors.hide()
        outer.addWidget(self.body_errors)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_body_btn = QPushButton(self.tr("Save requisites"))
        self.save_body_btn.setObjectName("saveBody")
        self.save_body_btn.clicked.connect(self.save_body)
        buttons.addWidget(self.save_body_btn)
        outer.addLayout(buttons)
        self.tabs.addTab(page, self.tr("Council"))

    def _table(self, model: Any) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        return view

    def _build_members_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.members_label = QLabel()
        layout.addWidget(self.members_label)
        self.members_model = MembersModel(self.ctx.doc_lang(), self)
        self.members_view = self._table(self.members_model)
        self.members_view.setObjectName("membersView")
        self.members_view.doubleClicked.connect(lambda _i: self.edit_member())
        layout.addWidget(self.members_view, 1)
        row = QHBoxLayout()
        for text, slot in ((self.tr("Add member…"), self.add_member), (self.tr("Edit…"), self.edit_member),
                           (self.tr("Remove"), self.remove_member)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.tabs.addTab(page, self.tr("Members"))

    def _build_orgs_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Organisations the council sends inquiries and recommendations to: "
                                        "the akimat, its departments and territorial bodies.")))
        self.orgs_model = OrganisationsModel(self.ctx.doc_lang(), self)
        self.orgs_view = self._table(self.orgs_model)
        self.orgs_view.setObjectName("orgsView")
        self.orgs_view.doubleClicked.connect(lambda _i: self.edit_org())
        layout.addWidget(self.orgs_view, 1)
        row = QHBoxLayout()
        for text, slot in ((self.tr("Add organisation…"), self.add_org), (self.tr("Edit…"), self.edit_org),
                           (self.tr("Remove"), self.remove_org)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.tabs.addTab(page, self.tr("Addressees"))

    def _build_workspace_tab(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        self.ws_path = QLabel()
        self.ws_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Workspace folder"), self.ws_path)
        self.user_name = QLineEdit()
        self.user_name.setPlaceholderText(self.tr("Shown as the author of changes"))
        save = QPushButton(self.tr("Save"))
        save.clicked.connect(self.save_user_name)
        row = QHBoxLayout()
        row.addWidget(self.user_name, 1)
        row.addWidget(save)
        form.addRow(self.tr("Your name"), row)
        from deputydesk.ingest.limits import MAX_FILE_MB, MIN_FILE_MB

        self.max_file_mb = QSpinBox()
        self.max_file_mb.setObjectName("maxFileMb")
        self.max_file_mb.setRange(MIN_FILE_MB, MAX_FILE_MB)
        self.max_file_mb.setSuffix(" " + self.tr("MB"))
        self.max_file_mb.setToolTip(self.tr("Larger files are refused when documents are added to the library "
                                            "(each is listed with the reason)."))
        save_limit = QPushButton(self.tr("Save"))
        save_limit.clicked.connect(self.save_max_file_mb)
        row = QHBoxLayout()
        row.addWidget(self.max_file_mb)
        row.addWidget(save_limit)
        row.addStretch(1)
        form.addRow(self.tr("Largest file to add"), row)
        check = QPushButton(self.tr("Check workspace"))
        check.clicked.connect(lambda: self.ctx.main_window.check_workspace())
        demo = QPushButton(self.tr("Fill with demo data"))
        demo.clicked.connect(lambda: self.ctx.main_window.fill_demo())
        buttons = QHBoxLayout()
        buttons.addWidget(check)
        buttons.addWidget(demo)
        buttons.addStretch(1)
        form.addRow("", buttons)
        self.tabs.addTab(page, self.tr("Workspace"))

    # ------------------------------------------------------------ loading
    def on_workspace_ready(self, _ws: Any) -> None:
        self.reload()

    def _on_data_changed(self, kind: str, _ids: list) -> None:
        if kind in ("council", "all"):
            self.reload()

    def reload(self) -> None:
        self.ctx.tasks.run(_load, show_progress=False, on_done=self._loaded)

    def _loaded(self, result: dict[str, Any]) -> None:
        self.council = result["council"]
        self.ws_path.setText(result["path"])
        self.user_name.setText(result["user_name"] or "")
        self.max_file_mb.setValue(int(result["max_file_mb"]))
        self.body_combo.blockSignals(True)
        self.body_combo.clear()
        for b in self.council.bodies:
            self.body_combo.addItem(f"{b.name_kk} / {b.name_ru}", b.id)
        self.body_combo.blockSignals(False)
        if self.current_body_id is None:
            default = self.council.default_body()
            self.current_body_id = default.id if default else None
        idx = self.body_combo.findData(self.current_body_id)
        if idx < 0 and self.body_combo.count():
            idx = 0
        if idx >= 0:
            self.body_combo.setCurrentIndex(idx)
            self._on_body_selected(idx)
        else:
            self._show_body(Body(is_default=1))
        self.orgs_model.set_organisations(self.council.organisations)
        self.orgs_view.resizeColumnsToContents()
        self.setEnabled(True)

    def _body(self) -> Body | None:
        for b in self.council.bodies:
            if b.id == self.current_body_id:
                return b
        return None

    def _on_body_selected(self, index: int) -> None:
        self.current_body_id = self.body_combo.itemData(index)
        body = self._body()
        if body is not None:
            self._show_body(body)
        members = [m for m in self.council.members if m.body_id == self.current_body_id]
        self.members_model.set_members(members)
        self.members_view.resizeColumnsToContents()
        name = body.name(self.ctx.doc_lang()) if body else ""
        active = sum(1 for m in members if m.active and m.role != "secretary")
        self.members_label.setText(self.tr("Members of %1: %2 active").replace("%1", name)
                                   .replace("%2", str(active)))

    def _show_body(self, body: Body) -> None:
        self._editing_body = body
        for name, w in self.body_fields.items():
            value = getattr(body, name)
            if isinstance(w, QLineEdit):
                w.setText(value or "")
                w.setCursorPosition(0)
            elif isinstance(w, QSpinBox):
                w.setValue(int(value or 0))
            elif isinstance(w, QCheckBox):
                w.setChecked(bool(value))
            elif isinstance(w, QComboBox):
                w.setCurrentIndex(max(0, w.findData(value)))
        self.body_errors.hide()

    def _collect_body(self) -> Body:
        values: dict[str, Any] = {}
        for name, w in self.body_fields.items():
            if isinstance(w, QLineEdit):
                values[name] = w.text().strip()
            elif isinstance(w, QSpinBox):
                values[name] = w.value()
            elif isinstance(w, QCheckBox):
                values[name] = 1 if w.isChecked() else 0
            elif isinstance(w, QComboBox):
                values[name] = w.currentData()
        return replace(self._editing_body, **values)

    # ------------------------------------------------------------ actions
    def _new_body(self) -> None:
        self.current_body_id = None
        self.body_combo.setCurrentIndex(-1)
        self._show_body(Body(kind="public_council", is_default=0 if self.council.bodies else 1))
        self.members_model.set_members([])
        self.tabs.setCurrentIndex(0)

    def save_body(self) -> None:
        body = self._collect_body()
        try:
            body.validate()
        except ValidationError as exc:
            labels = {"name_kk": self.tr("Name (Kazakh)"), "name_ru": self.tr("Name (Russian)"),
                      "bin": self.tr("BIN"), "kind": self.tr("Kind"),
                      "total_members": self.tr("Number of members")}
            self.body_errors.setText(self.tr("Not saved. Please correct:") + "\n" + "\n".join(
                f"• {labels.get(k, k)}: {v}" for k, v in exc.problems.items()))
            self.body_errors.show()
            return

        def saved(result: dict[str, Any]) -> None:
            self.current_body_id = result.get("created") or result.get("updated")
            self.ctx.bus.status_message.emit(self.tr("Council requisites saved"))
            self.ctx.bus.data_changed.emit("council", [self.current_body_id])

        self.ctx.tasks.run(_save_body, body, write=True, title=self.tr("Saving"), on_done=saved)

    def _selected(self, view: QTableView) -> int | None:
        rows = view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _changed(self, _result: Any = None) -> None:
        self.ctx.bus.data_changed.emit("council", [])

    def add_member(self) -> None:
        if self.current_body_id is None:
            QMessageBox.information(self, self.tr("Council settings"),
                                    self.tr("Save the council's requisites first."))
            return
        count = self.members_model.rowCount()
        self._edit_member(Member(body_id=self.current_body_id, sort_order=count))

    def edit_member(self) -> None:
        row = self._selected(self.members_view)
        if row is not None:
            self._edit_member(self.members_model.member(row))

    def _edit_member(self, member: Member) -> None:
        dialog = MemberDialog(member, self)
        if dialog.exec() and dialog.result_record is not None:
            self.ctx.tasks.run(_save_member, dialog.result_record, write=True, title=self.tr("Saving"),
                               on_done=self._changed)

    def remove_member(self) -> None:
        row = self._selected(self.members_view)
        if row is None:
            return
        m = self.members_model.member(row)
        answer = QMessageBox.question(self, self.tr("Remove member"),
                                      self.tr("Remove %1 from the council's list?").replace("%1", m.full_name))
        if answer == QMessageBox.StandardButton.Yes and m.id:
            self.ctx.tasks.run(_delete_member, m.id, write=True, on_done=self._changed)

    def add_org(self) -> None:
        self._edit_org(Organisation(sort_order=self.orgs_model.rowCount()))

    def edit_org(self) -> None:
        row = self._selected(self.orgs_view)
        if row is not None:
            self._edit_org(self.orgs_model.organisation(row))

    def _edit_org(self, org: Organisation) -> None:
        dialog = OrganisationDialog(org, self.council.organisations, self.ctx.doc_lang(), self)
        if dialog.exec() and dialog.result_record is not None:
            self.ctx.tasks.run(_save_org, dialog.result_record, write=True, title=self.tr("Saving"),
                               on_done=self._changed)

    def remove_org(self) -> None:
        row = self._selected(self.orgs_view)
        if row is None:
            return
        o = self.orgs_model.organisation(row)
        answer = QMessageBox.question(self, self.tr("Remove organisation"),
                                      self.tr("Remove %1 from the addressees?").replace(
                                          "%1", o.name(self.ctx.doc_lang())))
        if answer == QMessageBox.StandardButton.Yes and o.id:
            self.ctx.tasks.run(_delete_org, o.id, write=True, on_done=self._changed)

    def save_max_file_mb(self) -> None:
        self.ctx.tasks.run(_save_max_file_mb, self.max_file_mb.value(), write=True,
                           on_done=lambda _r: self.ctx.bus.status_message.emit(self.tr("Saved")))

    def save_user_name(self) -> None:
        self.ctx.tasks.run(_save_user_name, self.user_name.text().strip(), write=True,
                           on_done=lambda _r: self.ctx.bus.status_message.emit(self.tr("Saved")))
