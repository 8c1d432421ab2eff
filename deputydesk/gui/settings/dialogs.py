"""Dialogs to add or edit a council member and an addressee organisation."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from deputydesk.core.council import MEMBER_ROLES, ORG_KINDS, Member, Organisation, ValidationError
from deputydesk.gui.settings.models import org_kind_label, role_label


class _RecordDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.errors = QLabel()
        self.errors.setObjectName("formErrors")
        self.errors.setStyleSheet("color: #b00020;")
        self.errors.setWordWrap(True)
        self.errors.hide()
        layout.addWidget(self.errors)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.result_record: Any = None

    def line(self, label: str, value: str | None) -> QLineEdit:
        w = QLineEdit(value or "")
        self.form.addRow(label, w)
        return w

    def _try_accept(self) -> None:
        record = self.collect()
        if record is None:
            return
        try:
            record.validate()
        except ValidationError as exc:
            self.errors.setText(self.tr("Please correct:") + "\n" + "\n".join(
                f"• {self.field_label(k)}: {v}" for k, v in exc.problems.items()))
            self.errors.show()
            return
        self.result_record = record
        self.accept()

    def collect(self) -> Any:  # subclasses return the edited record
        return None

    def field_label(self, name: str) -> str:
        return name


class MemberDialog(_RecordDialog):
    def __init__(self, member: Member, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Council member"), parent)
        self.member = member
        self.full_name = self.line(self.tr("Full name (Russian form)"), member.full_name)
        self.full_name_kk = self.line(self.tr("Full name (Kazakh form)"), member.full_name_kk)
        self.role = QComboBox()
        for r in MEMBER_ROLES:
            self.role.addItem(role_label(r), r)
        self.role.setCurrentIndex(max(0, self.role.findData(member.role)))
        self.form.addRow(self.tr("Role"), self.role)
        self.position_kk = self.line(self.tr("Position (Kazakh)"), member.position_kk)
        self.position_ru = self.line(self.tr("Position (Russian)"), member.position_ru)
        self.commission = self.line(self.tr("Commission"), member.commission)
        self.phone = self.line(self.tr("Phone"), member.phone)
        self.email = self.line(self.tr("E-mail"), member.email)
        self.active = QCheckBox(self.tr("Active member"))
        self.active.setChecked(bool(member.active))
        self.form.addRow("", self.active)
        self.sort_order = QSpinBox()
        self.sort_order.setRange(0, 9999)
        self.sort_order.setValue(member.sort_order or 0)
        self.form.addRow(self.tr("Order in lists"), self.sort_order)

    def collect(self) -> Member:
        return replace(
            self.member,
            full_name=self.full_name.text().strip(),
            full_name_kk=self.full_name_kk.text().strip(),
            role=self.role.currentData(),
            position_kk=self.position_kk.text().strip(),
            position_ru=self.position_ru.text().strip(),
            commission=self.commission.text().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            active=1 if self.active.isChecked() else 0,
            sort_order=self.sort_order.value(),
        )

    def field_label(self, name: str) -> str:
        return {"full_name": self.tr("Full name"), "role": self.tr("Role"),
                "body_id": self.tr("Council")}.get(name, name)


class OrganisationDialog(_RecordDialog):
    def __init__(self, org: Organisation, parents: list[Organisation], lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Addressee organisation"), parent)
        self.org = org
        self.kind = QComboBox()
        for k in ORG_KINDS:
            self.kind.addItem(org_kind_label(k), k)
        self.kind.setCurrentIndex(max(0, self.kind.findData(org.kind)))
        self.form.addRow(self.tr("Kind"), self.kind)
        self.parent_combo = QComboBox()
        self.parent_combo.addItem(self.tr("(none)"), None)
        for p in parents:
            if p.id != org.id:
                self.parent_combo.addItem(p.name(lang), p.id)
        self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(org.parent_id)))
        self.form.addRow(self.tr("Part of"), self.parent_combo)
        self.name_kk = self.line(self.tr("Name (Kazakh)"), org.name_kk)
        self.name_ru = self.line(self.tr("Name (Russian)"), org.name_ru)
        self.head_name = self.line(self.tr("Head's name"), org.head_name)
        self.head_position_kk = self.line(self.tr("Head's position (Kazakh)"), org.head_position_kk)
        self.head_position_ru = self.line(self.tr("Head's position (Russian)"), org.head_position_ru)
        self.addressee_kk = QPlainTextEdit(org.addressee_kk or "")
        self.addressee_kk.setFixedHeight(54)
        self.addressee_kk.setPlaceholderText(self.tr("How letters address the head, e.g. "
                                                     "«… бөлімінің басшысы\nА.С. Нұржановаға»"))
        self.form.addRow(self.tr("Addressee block (Kazakh)"), self.addressee_kk)
        self.addressee_ru = QPlainTextEdit(org.addressee_ru or "")
        self.addressee_ru.setFixedHeight(54)
        self.addressee_ru.setPlaceholderText(self.tr("e.g. «Руководителю ГУ … \nНуржановой А.С.»"))
        self.form.addRow(self.tr("Addressee block (Russian)"), self.addressee_ru)
        self.address = self.line(self.tr("Address"), org.address)
        self.phone = self.line(self.tr("Phone"), org.phone)
        self.email = self.line(self.tr("E-mail"), org.email)
        self.active = QCheckBox(self.tr("Active addressee"))
        self.active.setChecked(bool(org.active))
        self.form.addRow("", self.active)

    def collect(self) -> Organisation:
        return replace(
            self.org,
            kind=self.kind.currentData(),
            parent_id=self.parent_combo.currentData(),
            name_kk=self.name_kk.text().strip(),
            name_ru=self.name_ru.text().strip(),
            head_name=self.head_name.text().strip(),
            head_position_kk=self.head_position_kk.text().strip(),
            head_position_ru=self.head_position_ru.text().strip(),
            addressee_kk=self.addressee_kk.toPlainText().strip(),
            addressee_ru=self.addressee_ru.toPlainText().strip(),
            address=self.address.text().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            active=1 if self.active.isChecked() else 0,
        )

    def field_label(self, name: str) -> str:
        return {"name_ru": self.tr("Name"), "kind": self.tr("Kind"),
                "parent_id": self.tr("Part of")}.get(name, name)
