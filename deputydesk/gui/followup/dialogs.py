"""Dialogs of the follow-up area: item editor, reply registration with per-point answers, the verdict
panel, implementation checks, term events, registration and closing. Dialogs collect input; every read
and write runs through ``ctx.tasks``."""

from __future__ import annotations

import datetime as _dt
import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from deputydesk.core import deadlines as dl
from deputydesk.core import followup as fu
from deputydesk.gui.context import AppContext
from deputydesk.gui.followup import jobs, labels
from deputydesk.gui.followup.charts import TimelineWidget
from deputydesk.gui.followup.models import PointAnswersModel, RowRole, RubricModel
from deputydesk.gui.library.picker import (
    DocumentPickerDialog,
    ElidedLabel,
    LinkedDocumentsWidget,
    choose_documents,
)

_Index = QModelIndex | QPersistentModelIndex


def date_edit(value: _dt.date | str | None = None) -> QDateEdit:
    w = QDateEdit()
    w.setCalendarPopup(True)
    w.setDisplayFormat("dd.MM.yyyy")
    set_date(w, value or _dt.date.today())
    return w


def set_date(w: QDateEdit, value: _dt.date | str) -> None:
    d = _dt.date.fromisoformat(value) if isinstance(value, str) else value
    w.setDate(QDate(d.year, d.month, d.day))


def iso(w: QDateEdit) -> str:
    d = w.date()
    return _dt.date(d.year(), d.month(), d.day()).isoformat()


def _error_label() -> QLabel:
    lab = QLabel()
    lab.setObjectName("errors")
    lab.setStyleSheet("color: #b00020;")
    lab.setWordWrap(True)
    lab.hide()
    return lab


# ============================================================================================= item


class ItemEditorDialog(QDialog):
    """A new outgoing item (or the fields of an existing one)."""

    def __init__(self, ctx: AppContext, organisations: list[dict[str, Any]], item: dict[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item = item
        self.result_data: dict[str, Any] | None = None
        self.setWindowTitle(self.tr("Edit item") if item else self.tr("New recommendation or inquiry"))
        self.resize(860, 720)
        outer = QVBoxLayout(self)
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for k in fu.KINDS:
            self.kind.addItem(labels.kind_label(k), k)
        self.regime = QComboBox()
        self.regime.setObjectName("regime")
        for code in dl.REGIME_CODES:
            self.regime.addItem(labels.regime_label(code), code)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.regime.currentIndexChanged.connect(self._regime_changed)
        self.number = QLineEdit()
        self.number.setObjectName("number")
        self.sent = date_edit()
        self.sent.setObjectName("sent")
        self.registered_on = QCheckBox(self.tr("Registered by the addressee on"))
        self.registered = date_edit()
        self.registered.setEnabled(False)
        self.registered_on.toggled.connect(self.registered.setEnabled)
        self.lang = QComboBox()
        self.lang.addItem(self.tr("Kazakh"), "kk")
        self.lang.addItem(self.tr("Russian"), "ru")
        self.lang.setCurrentIndex(0 if ctx.doc_lang() == "kk" else 1)
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.title.setPlaceholderText(self.tr("Short subject (the first point when empty)"))
        self.decision = QLineEdit()
        self.decision.setPlaceholderText(self.tr("e.g. decision No. 12-3/VIII of 15.03.2025"))
        row = 0
        for (la, wa), (lb, wb) in (
            ((self.tr("Kind"), self.kind), (self.tr("Term"), self.regime)),
            ((self.tr("Outgoing No."), self.number), (self.tr("Sent on"), self.sent)),
            ((self.tr("Language"), self.lang), ("", self._pair(self.registered_on, self.registered))),
            ((self.tr("Subject"), self.title), (self.tr("From the decision"), self.decision)),
        ):
            form.addWidget(QLabel(la), row, 0)
            form.addWidget(wa, row, 1)
            form.addWidget(QLabel(lb), row, 2)
            form.addWidget(wb, row, 3)
            row += 1
        self.custom = QWidget()
        ch = QHBoxLayout(self.custom)
        ch.setContentsMargins(0, 0, 0, 0)
        self.custom_amount = QSpinBox()
        self.custom_amount.setRange(1, 365)
        self.custom_amount.setValue(10)
        self.custom_unit = QComboBox()
        self.custom_unit.addItem(self.tr("working days"), "working_days")
        self.custom_unit.addItem(self.tr("calendar days"), "calendar_days")
        self.custom_unit.addItem(self.tr("months"), "months")
        self.custom_date_on = QCheckBox(self.tr("or an exact date"))
        self.custom_date = date_edit()
        self.custom_date.setEnabled(False)
        self.custom_date_on.toggled.connect(self.custom_date.setEnabled)
        for w in (QLabel(self.tr("Custom term:")), self.custom_amount, self.custom_unit, self.custom_date_on,
                  self.custom_date):
            ch.addWidget(w)
        ch.addStretch(1)
        form.addWidget(self.custom, row, 0, 1, 4)
        self.custom.hide()
        outer.addLayout(form)

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(self.tr("Text as sent")))
        self.text = QPlainTextEdit()
        self.text.setObjectName("text")
        lv.addWidget(self.text, 2)
        split_btn = QPushButton(self.tr("Split the numbered points"))
        split_btn.clicked.connect(self.split_points)
        lv.addWidget(split_btn, 0, Qt.AlignmentFlag.AlignLeft)
        lv.addWidget(QLabel(self.tr("Points (one per line)")))
        self.points = QPlainTextEdit()
        self.points.setObjectName("points")
        lv.addWidget(self.points, 1)
        split.addWidget(left)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(QLabel(self.tr("Addressees (each gets its own term)") if not item else
                            self.tr("Add addressees")))
        self.org_model = QStandardItemModel(self)
        for o in organisations:
            name = o.get("name_kk") if ctx.lang == "kk" and o.get("name_kk") else o.get("name_ru")
            it = QStandardItem(("↳ " if o.get("parent_id") else "") + (name or ""))
            it.setCheckable(True)
            it.setEditable(False)
            it.setData(o["id"], Qt.ItemDataRole.UserRole)
            self.org_model.appendRow(it)
        self.orgs = QListView()
        self.orgs.setObjectName("orgs")
        self.orgs.setModel(self.org_model)
        rv.addWidget(self.orgs, 1)
        self.other_org = QLineEdit()
        self.other_org.setPlaceholderText(self.tr("Another addressee (name)"))
        rv.addWidget(self.other_org)
        cit = QGroupBox(self.tr("Citizen (inquiry on a citizen's appeal) — IIN and phone are stored encrypted"))
        cf = QFormLayout(cit)
        self.citizen_name = QLineEdit()
        self.citizen_iin = QLineEdit()
        self.citizen_iin.setObjectName("iin")
        self.citizen_iin.setMaxLength(12)
        self.citizen_phone = QLineEdit()
        cf.addRow(self.tr("Name"), self.citizen_name)
        cf.addRow(self.tr("IIN"), self.citizen_iin)
        cf.addRow(self.tr("Phone"), self.citizen_phone)
        rv.addWidget(cit)
        docs = QGroupBox(self.tr("Documents (from the library)"))
        dv = QVBoxLayout(docs)
        self.documents = LinkedDocumentsWidget(ctx, rows=3)
        self.documents.setObjectName("documents")
        dv.addWidget(self.documents)
        rv.addWidget(docs)
        split.addWidget(right)
        split.setSizes([480, 380])
        outer.addWidget(split, 1)

        self.errors = _error_label()
        outer.addWidget(self.errors)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept_if_valid)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self._regime_touched = False
        self._kind_changed()
        if item:
            self._fill(item)

    def _pair(self, a: QWidget, b: QWidget) -> QWidget:
        w = QWidget()
        h = QHBoxLayout(w)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(a)
        h.addWidget(b, 1)
        return w

    def _kind_changed(self) -> None:
        if self._regime_touched:
            return
        code = fu.DEFAULT_REGIME[self.kind.currentData()]
        self.regime.blockSignals(True)
        self.regime.setCurrentIndex(self.regime.findData(code))
        self.regime.blockSignals(False)
        self.custom.setVisible(code == "custom")

    def _regime_changed(self) -> None:
        self._regime_touched = True
        self.custom.setVisible(self.regime.currentData() == "custom")

    def _fill(self, item: dict[str, Any]) -> None:
        self.kind.setCurrentIndex(self.kind.findData(item["kind"]))
        self.regime.setCurrentIndex(self.regime.findData(item["regime"]))
        self.regime.setEnabled(False)
        self.number.setText(item.get("registry_number") or "")
        set_date(self.sent, item["sent_date"])
        self.lang.setCurrentIndex(max(0, self.lang.findData(item.get("lang"))))
        self.title.setText(item.get("title") or "")
        self.decision.setText(item.get("session_decision_ref") or "")
        self.text.setPlainText(item.get("text") or "")
        self.points.setPlainText("\n".join(p["text"] for p in item.get("points", [])))
        self.citizen_name.setText(item.get("citizen_name") or "")
        self.documents.set_ids(item.get("document_ids") or [])
        self.registered_on.setEnabled(False)
        existing = {a.get("organisation_id") for a in item.get("addressees", [])}
        for r in range(self.org_model.rowCount()):
            it = self.org_model.item(r)
            if it.data(Qt.ItemDataRole.UserRole) in existing:
                it.setCheckState(Qt.CheckState.Checked)
                it.setEnabled(False)

    def split_points(self) -> None:
        points = fu.split_points(self.text.toPlainText())
        self.points.setPlainText("\n".join(points))

    def selected_organisations(self) -> list[str]:
        out = []
        for r in range(self.org_model.rowCount()):
            it = self.org_model.item(r)
            if it.checkState() == Qt.CheckState.Checked and it.isEnabled():
                out.append(str(it.data(Qt.ItemDataRole.UserRole)))
        if self.other_org.text().strip():
            out.append(self.other_org.text().strip())
        return out

    def check_org(self, row: int) -> None:
        self.org_model.item(row).setCheckState(Qt.CheckState.Checked)

    def accept_if_valid(self) -> None:
        problems = []
        text = self.text.toPlainText().strip()
        if not text:
            problems.append(self.tr("The text is empty."))
        points = [p.strip() for p in self.points.toPlainText().splitlines() if p.strip()]
        addressees = self.selected_organisations()
        if not self.item and not addressees:
            problems.append(self.tr("Choose at least one addressee."))
        citizen: dict[str, Any] | None = None
        if self.citizen_iin.text().strip() or self.citizen_phone.text().strip() or self.citizen_name.text().strip():
            citizen = {"name": self.citizen_name.text().strip()}
            try:
                if self.citizen_iin.text().strip():
                    citizen["iin"] = fu.validate_iin(self.citizen_iin.text())
                if self.citizen_phone.text().strip():
                    citizen["phone"] = fu.normalise_phone(self.citizen_phone.text())
            except fu.FollowupError as exc:
                problems.append(str(exc))
        if problems:
            self.errors.setText("\n".join(problems))
            self.errors.show()
            return
        regime = self.regime.currentData()
        data: dict[str, Any] = {
            "kind": self.kind.currentData(), "regime": regime, "text": text, "points": points or None,
            "registry_number": self.number.text().strip() or None, "sent": iso(self.sent),
            "lang": self.lang.currentData(), "title": self.title.text().strip() or None,
            "session_decision_ref": self.decision.text().strip() or None, "citizen": citizen,
            "addressees": addressees, "document_ids": self.documents.ids(),
        }
        if self.registered_on.isChecked():
            data["registered"] = iso(self.registered)
        if regime == "custom":
            if self.custom_date_on.isChecked():
                data["custom_date"] = iso(self.custom_date)
            else:
                data["custom_amount"] = self.custom_amount.value()
                data["custom_unit"] = self.custom_unit.currentData()
        self.result_data = data
        self.accept()


# ============================================================================================ reply


class AnswerDelegate(QStyledItemDelegate):
    """A combo box for the per-point answer column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        for code in PointAnswersModel.ANSWERS:
            combo.addItem(labels.answer_label(code), code)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ReplyDialog(QDialog):
    """Register a reply: dates, numbers, signatory, the text (typed or read from a file) and the answer
    per point; "Analyse" shows the suggested answers and verdict before saving."""

    def __init__(self, ctx: AppContext, item: dict[str, Any], addressee: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item = item
        self.addressee = addressee
        self.file_path: str | None = None
        self.document_id: str | None = None
        self.picker: DocumentPickerDialog | None = None
        self.saved: dict[str, Any] | None = None
        self.last_suggestion: dict[str, Any] | None = None
        self.setWindowTitle(self.tr("Register a reply — %1").replace("%1", addressee["organisation"] or ""))
        self.resize(940, 760)
        outer = QVBoxLayout(self)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.received = date_edit()
        self.received.setObjectName("received")
        self.incoming = QLineEdit()
        self.their_number = QLineEdit()
        self.their_date_on = QCheckBox(self.tr("Dated"))
        self.their_date = date_edit()
        self.their_date.setEnabled(False)
        self.their_date_on.toggled.connect(self.their_date.setEnabled)
        self.signatory = QLineEdit()
        self.signatory.setPlaceholderText(self.tr("Position (read from the text when empty)"))
        self.signatory_name = QLineEdit()
        self.claim = QComboBox()
        for code in fu.EXECUTIVE_CLAIMS:
            self.claim.addItem(labels.claim_label(code), code)
        for r, (la, wa, lb, wb) in enumerate((
            (self.tr("Received on"), self.received, self.tr("Our incoming No."), self.incoming),
            (self.tr("Their No."), self.their_number, "", self._pair(self.their_date_on, self.their_date)),
            (self.tr("Signed by (position)"), self.signatory, self.tr("Name"), self.signatory_name),
            (self.tr("What the executive says"), self.claim, "", QLabel(self.tr(
                "Recorded apart from the council's verdict; it never closes the item."))),
        )):
            grid.addWidget(QLabel(la), r, 0)
            grid.addWidget(wa, r, 1)
            grid.addWidget(QLabel(lb), r, 2)
            grid.addWidget(wb, r, 3)
        outer.addLayout(grid)
        due = addressee.get("due")
        self.due_label = QLabel(self.tr("Answer due: %1").replace("%1", labels.fmt_date(due)))
        outer.addWidget(self.due_label)
        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        tv = QVBoxLayout(top)
        tv.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Text of the reply")))
        self.source = ElidedLabel()
        self.source.setObjectName("replySource")
        self.source.setStyleSheet("color: #555;")
        row.addWidget(self.source, 1)
        self.load_btn = QPushButton(self.tr("Read from a file…"))
        self.load_btn.clicked.connect(self.choose_file)
        row.addWidget(self.load_btn)
        self.library_btn = QPushButton(self.tr("From the library…"))
        self.library_btn.setObjectName("replyFromLibrary")
        self.library_btn.setToolTip(self.tr("Choose the reply among the documents of the library; its text is "
                                            "read into the field below"))
        self.library_btn.clicked.connect(self.choose_document)
        row.addWidget(self.library_btn)
        self.analyse_btn = QPushButton(self.tr("Analyse"))
        self.analyse_btn.setObjectName("analyse")
        self.analyse_btn.clicked.connect(self.analyse)
        row.addWidget(self.analyse_btn)
        tv.addLayout(row)
        self.text = QPlainTextEdit()
        self.text.setObjectName("replyText")
        tv.addWidget(self.text, 1)
        split.addWidget(top)
        bottom = QWidget()
        bv = QVBoxLayout(bottom)
        bv.setContentsMargins(0, 0, 0, 0)
        bv.addWidget(QLabel(self.tr("Answer per point (double-click to change)")))
        self.answers = PointAnswersModel(self)
        self.answers.set_points([{"number": p["number"], "text": p["text"], "suggested": None, "answer": None}
                                 for p in item["points"]])
        self.answers_view = QTableView()
        self.answers_view.setObjectName("answers")
        self.answers_view.setModel(self.answers)
        self.answers_view.setItemDelegateForColumn(3, AnswerDelegate(self.answers_view))
        header = self.answers_view.horizontalHeader()
        for col in (0, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.answers_view.setWordWrap(True)
        self.answers_view.verticalHeader().hide()
        self.answers_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked |
                                          QAbstractItemView.EditTrigger.SelectedClicked)
        bv.addWidget(self.answers_view, 1)
        self.suggestion = QLabel()
        self.suggestion.setObjectName("suggestion")
        self.suggestion.setWordWrap(True)
        self.suggestion.setTextFormat(Qt.TextFormat.RichText)
        bv.addWidget(self.suggestion)
        split.addWidget(bottom)
        split.setSizes([380, 260])
        outer.addWidget(split, 1)
        self.errors = _error_label()
        outer.addWidget(self.errors)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_btn = buttons.button(QDialogButtonBox.StandardButton.Save)
        outer.addWidget(buttons)

    def _pair(self, a: QWidget, b: QWidget) -> QWidget:
        w = QWidget()
        h = QHBoxLayout(w)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(a)
        h.addWidget(b, 1)
        return w

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Reply file"), "",
                                              self.tr("Replies (*.txt *.docx *.pdf);;All files (*)"))
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> None:
        self.file_path = path
        self.document_id = None
        self.source.set_full_text(self.tr("File: %1").replace("%1", Path(path).name))
        self.ctx.tasks.run(jobs.read_file, path, title=self.tr("Reading the reply"), on_done=self._file_read,
                           on_error=self._show_error, key=self._read_key())

    def _read_key(self) -> str:
        return f"followup.reply.read.{id(self)}"

    def _file_read(self, text: str) -> None:
        self.text.setPlainText(text)
        self.analyse()

    def choose_document(self) -> None:
        self.picker = choose_documents(
            self.ctx, self, lambda chosen: self.use_document(*chosen[0]), multi=False,
            title=self.tr("Choose the reply from the library"))

    def use_document(self, doc_id: str, title: str) -> None:
        """Register the reply as this library document: its text is read into the text field."""
        self.document_id = doc_id
        self.file_path = None
        self.source.set_full_text(self.tr("Library document: %1").replace("%1", title))
        self.ctx.tasks.run(jobs.read_document, doc_id, title=self.tr("Reading the reply"),
                           on_done=self._document_read, on_error=self._show_error, key=self._read_key())

    def _document_read(self, result: dict[str, Any]) -> None:
        if not isValid(self) or result["id"] != self.document_id:
            return
        row = result["row"]
        number = str(row.get("number") or "").lstrip("№").strip()
        if number and not self.their_number.text().strip():
            self.their_number.setText(number)
        if row.get("date") and not self.their_date_on.isChecked():
            self.their_date_on.setChecked(True)
            set_date(self.their_date, str(row["date"])[:10])
        self.text.setPlainText(result["text"])
        self.analyse()

    def _show_error(self, exc: BaseException) -> None:
        self.errors.setText(str(exc))
        self.errors.show()

    def _on_time(self) -> bool | None:
        due = self.addressee.get("due")
        return None if not due else iso(self.received) <= due

    def analyse(self) -> None:
        self.ctx.tasks.run(jobs.suggest, self.text.toPlainText(), [p["text"] for p in self.item["points"]],
                           self.item.get("lang"), self._on_time(), self.signatory.text().strip(),
                           self.answers.answers(), self.item["kind"], self.ctx.lang, show_progress=False,
                           needs_workspace=False, on_done=self._suggested)

    def _suggested(self, s: dict[str, Any]) -> None:
        self.last_suggestion = s
        self.answers.set_suggestions({p["number"]: p["suggested_answer"] for p in s["points"]})
        reasons = "".join(f"<li>{html.escape(r['text'])}</li>" for r in s["reasons"])
        self.suggestion.setText(
            "<b>" + html.escape(self.tr("Suggested verdict: %1").replace("%1", labels.verdict_label(s["verdict"])))
            + "</b> " + html.escape(self.tr("(a person confirms it later)")) + f"<ul>{reasons}</ul>")

    def save(self) -> None:
        text = self.text.toPlainText()
        if not text.strip() and not self.file_path and not self.document_id:
            self.errors.setText(self.tr("Type the reply's text, read it from a file or choose it in the library."))
            self.errors.show()
            return
        data: dict[str, Any] = {
            "received": iso(self.received), "incoming_number": self.incoming.text().strip() or None,
            "their_number": self.their_number.text().strip() or None,
            "their_date": iso(self.their_date) if self.their_date_on.isChecked() else None,
            "signatory_position": self.signatory.text().strip() or None,
            "signatory_name": self.signatory_name.text().strip() or None,
            "executive_claim": self.claim.currentData(), "point_answers": self.answers.answers() or None,
            "text": text,
        }
        if self.file_path:
            data["file"] = self.file_path
        if self.document_id:
            data["document_id"] = self.document_id
        self.save_btn.setEnabled(False)
        self.ctx.tasks.run(jobs.register_reply, self.addressee["id"], data, write=True,
                           title=self.tr("Saving the reply"), on_done=self._saved, on_error=self._save_failed)

    def _saved(self, result: dict[str, Any]) -> None:
        self.saved = result
        self.ctx.bus.data_changed.emit("followup", [self.item["id"]])
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self.save_btn.setEnabled(True)
        self._show_error(exc)


# ========================================================================================== verdict

HINT_COLOURS = {
    "norm": "#cfe8ff", "date": "#e3f2d9", "amount": "#e3f2d9", "quantity": "#eef6e8", "unit": "#fff0c2",
    "decision_accept": "#d7f0d7", "decision_partly": "#fde7c8", "decision_reject": "#f9d7d2",
    "measure": "#e8f5e9", "reason": "#ede7f6", "stock_phrase": "#ffc9c9", "self_claim": "#ffd8a8",
    "signatory": "#e0e0e0", "point_marker": "#eeeeee",
}


def highlighted_html(text: str, hints: list[dict[str, Any]]) -> str:
    """The reply with evidence spans coloured (escaped; overlapping spans take the first)."""
    out = []
    pos = 0
    for h in sorted(hints, key=lambda h: (h["start"], -h["end"])):
        if h["start"] < pos:
            continue
        out.append(html.escape(text[pos:h["start"]]))
        colour = HINT_COLOURS.get(h["code"], "#eeeeee")
        title = html.escape(labels.hint_label(h["code"]))
        out.append(f'<span style="background-color:{colour}" title="{title}">'
                   f'{html.escape(text[h["start"]:h["end"]])}</span>')
        pos = h["end"]
    out.append(html.escape(text[pos:]))
    body = "".join(out).replace("\n", "<br/>")
    return f'<div style="font-size:11pt">{body}</div>'


class VerdictDialog(QDialog):
    """The verdict panel: the rubric with its reading, the text hints and their evidence, the suggested
    verdict and its reasons. A person chooses the verdict and confirms."""

    def __init__(self, ctx: AppContext, addressee: dict[str, Any], reply: dict[str, Any] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.addressee = addressee
        self.reply = reply
        self.confirmed: dict[str, Any] | None = None
        self.setWindowTitle(self.tr("The council's verdict — %1").replace("%1", addressee["organisation"] or ""))
        self.resize(1000, 760)
        outer = QVBoxLayout(self)
        note = QLabel(self.tr("DeputyDesk reads the reply and suggests; the council decides. What the executive "
                              "says about itself is not evidence."))
        note.setWordWrap(True)
        note.setStyleSheet("color:#555;")
        outer.addWidget(note)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.text = QTextBrowser()
        self.text.setObjectName("replyView")
        split.addWidget(self.text)
        side = QWidget()
        sv = QVBoxLayout(side)
        sv.setContentsMargins(0, 0, 0, 0)
        self.rubric = RubricModel(self)
        self.rubric_view = QTableView()
        self.rubric_view.setObjectName("rubric")
        self.rubric_view.setModel(self.rubric)
        self.rubric_view.verticalHeader().hide()
        self.rubric_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.rubric_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rubric_view.clicked.connect(self._rubric_clicked)
        sv.addWidget(self.rubric_view, 2)
        self.reasons = QLabel()
        self.reasons.setObjectName("reasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignTop)
        sv.addWidget(self.reasons, 2)
        legend = QLabel(" ".join(
            f'<span style="background-color:{HINT_COLOURS[c]}">&nbsp;{html.escape(labels.hint_label(c))}&nbsp;</span>'
            for c in ("norm", "date", "amount", "unit", "decision_accept", "decision_reject", "stock_phrase",
                      "self_claim")))
        legend.setWordWrap(True)
        legend.setTextFormat(Qt.TextFormat.RichText)
        sv.addWidget(legend)
        split.addWidget(side)
        split.setSizes([560, 420])
        outer.addWidget(split, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Verdict")))
        self.result = QComboBox()
        self.result.setObjectName("result")
        for code in ("justified", "partly_justified", "unjustified", "no_answer"):
            self.result.addItem(labels.verdict_label(code), code)
        row.addWidget(self.result)
        row.addWidget(QLabel(self.tr("on")))
        self.on = date_edit()
        row.addWidget(self.on)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (what the council concluded)"))
        row.addWidget(self.note, 1)
        outer.addLayout(row)
        self.errors = _error_label()
        outer.addWidget(self.errors)
        buttons = QDialogButtonBox()
        self.confirm_btn = buttons.addButton(self.tr("Confirm verdict"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_btn.setObjectName("confirm")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.hints: list[dict[str, Any]] = []
        self.reply_text = ""
        if reply is None:
            self.result.setCurrentIndex(self.result.findData("no_answer"))
            self.text.setPlainText(self.tr("No reply has been registered."))
        else:
            ctx.tasks.run(jobs.suggestion_for_reply, reply["id"], ctx.lang, show_progress=False,
                          on_done=self.show_suggestion)

    def show_suggestion(self, s: dict[str, Any]) -> None:
        self.suggestion = s
        self.hints = s["hints"]
        self.reply_text = s["text"]
        self.text.setHtml(highlighted_html(s["text"], [h for h in s["hints"] if h["code"] != "point_marker"]))
        self.rubric.set_rubric(s["rubric"])
        items = "".join(f"<li>{html.escape(r['text'])}</li>" for r in s["reasons"])
        evidence = "".join(f"<li><i>{html.escape(labels.hint_label(h['code']))}</i>: {html.escape(h['text'])}</li>"
                           for h in s["evidence"] if h["code"] != "point_marker")
        self.reasons.setText(
            "<b>" + html.escape(self.tr("Suggested: %1").replace("%1", labels.verdict_label(s["verdict"]))) + "</b>"
            + f"<ul>{items}</ul><b>" + html.escape(self.tr("Evidence")) + f"</b><ul>{evidence}</ul>")
        self.result.setCurrentIndex(self.result.findData(s["verdict"]))

    def _rubric_clicked(self, index: QModelIndex) -> None:
        row = self.rubric.data(index, RowRole)
        if not row or not row.get("evidence"):
            return
        chosen = [self.hints[i] for i in row["evidence"] if 0 <= i < len(self.hints)]
        self.text.setHtml(highlighted_html(self.reply_text, chosen))

    def confirm(self) -> None:
        self.confirm_btn.setEnabled(False)
        self.ctx.tasks.run(jobs.confirm_verdict, self.addressee["id"], self.result.currentData(),
                           self.reply["id"] if self.reply else None, self.note.text().strip(), iso(self.on),
                           write=True, title=self.tr("Saving the verdict"), on_done=self._done,
                           on_error=self._failed)

    def _done(self, result: dict[str, Any]) -> None:
        self.confirmed = result
        self.ctx.bus.data_changed.emit("followup", [self.addressee["id"]])
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.confirm_btn.setEnabled(True)
        self.errors.setText(str(exc))
        self.errors.show()


# ================================================================================ small dialogs


class ImplementationDialog(QDialog):
    def __init__(self, points: list[dict[str, Any]], parent: QWidget | None = None,
                 ctx: AppContext | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.document_id: str | None = None
        self.picker: DocumentPickerDialog | None = None
        self.setWindowTitle(self.tr("Check of implementation"))
        self.resize(620, 460)
        form = QFormLayout(self)
        self.level = QComboBox()
        self.level.setObjectName("level")
        for code in fu.IMPLEMENTATION_LEVELS:
            self.level.addItem(labels.level_label(code), code)
        self.point = QComboBox()
        self.point.addItem(self.tr("The whole recommendation"), None)
        for p in points:
            self.point.addItem(self.tr("Point %1").replace("%1", str(p["number"])), p["number"])
        self.checked = date_edit()
        self.evidence = QPlainTextEdit()
        self.evidence.setPlaceholderText(self.tr("What was seen: site visit, report, photos, documents…"))
        self.recheck_on = QCheckBox(self.tr("Check again on"))
        self.recheck = date_edit(_dt.date.today() + _dt.timedelta(days=90))
        self.recheck.setEnabled(False)
        self.recheck_on.toggled.connect(self.recheck.setEnabled)
        form.addRow(self.tr("Level"), self.level)
        form.addRow(self.tr("Scope"), self.point)
        form.addRow(self.tr("Checked on"), self.checked)
        form.addRow(self.tr("Evidence"), self.evidence)
        if ctx is not None:
            doc_row = QWidget()
            dh = QHBoxLayout(doc_row)
            dh.setContentsMargins(0, 0, 0, 0)
            self.document_label = ElidedLabel(self.tr("none"))
            self.document_label.setObjectName("evidenceDocument")
            dh.addWidget(self.document_label, 1)
            self.document_btn = QPushButton(self.tr("From the library…"))
            self.document_btn.setObjectName("evidenceFromLibrary")
            self.document_btn.clicked.connect(self.choose_document)
            self.document_clear = QPushButton(self.tr("Clear"))
            self.document_clear.clicked.connect(lambda: self.use_document(None, ""))
            self.document_clear.setEnabled(False)
            dh.addWidget(self.document_btn)
            dh.addWidget(self.document_clear)
            form.addRow(self.tr("Document"), doc_row)
        row = QWidget()
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(self.recheck_on)
        h.addWidget(self.recheck, 1)
        form.addRow("", row)
        hint = QLabel(self.tr("“Fully implemented” for the whole recommendation takes it off control."))
        hint.setWordWrap(True)
        form.addRow(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choose_document(self) -> None:
        assert self.ctx is not None
        self.picker = choose_documents(self.ctx, self, lambda chosen: self.use_document(*chosen[0]), multi=False,
                                       title=self.tr("Choose the evidence from the library"))

    def use_document(self, doc_id: str | None, title: str) -> None:
        """Link a library document as evidence (``None`` unlinks)."""
        self.document_id = doc_id
        self.document_label.set_full_text(title if doc_id else self.tr("none"))
        self.document_clear.setEnabled(doc_id is not None)

    def data(self) -> dict[str, Any]:
        return {"level": self.level.currentData(), "checked_on": iso(self.checked),
                "evidence": self.evidence.toPlainText().strip(),
                "recheck_on": iso(self.recheck) if self.recheck_on.isChecked() else None,
                "point_number": self.point.currentData(), "document_id": self.document_id}


class TermEventDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Extension or pause of the term"))
        form = QFormLayout(self)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Extension"), "extension")
        self.kind.addItem(self.tr("Pause"), "pause")
        self.kind.currentIndexChanged.connect(self._kind)
        self.date = date_edit()
        self.reason = QLineEdit()
        self.new_end_on = QCheckBox(self.tr("New end date"))
        self.new_end_on.setChecked(True)
        self.new_end = date_edit(_dt.date.today() + _dt.timedelta(days=15))
        self.new_end_on.toggled.connect(self.new_end.setEnabled)
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setValue(15)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("calendar days"), "calendar_days")
        self.unit.addItem(self.tr("working days"), "working_days")
        self.unit.addItem(self.tr("months"), "months")
        self.until_on = QCheckBox(self.tr("Pause ended on"))
        self.until = date_edit()
        self.until.setEnabled(False)
        self.until_on.toggled.connect(self.until.setEnabled)
        form.addRow(self.tr("What"), self.kind)
        form.addRow(self.tr("Decided on / paused from"), self.date)
        form.addRow(self.tr("Reason"), self.reason)
        ext = QWidget()
        h = QHBoxLayout(ext)
        h.setContentsMargins(0, 0, 0, 0)
        for w in (self.new_end_on, self.new_end, QLabel(self.tr("or by")), self.days, self.unit):
            h.addWidget(w)
        self.ext_row = ext
        form.addRow(ext)
        pause = QWidget()
        h2 = QHBoxLayout(pause)
        h2.setContentsMargins(0, 0, 0, 0)
        h2.addWidget(self.until_on)
        h2.addWidget(self.until, 1)
        self.pause_row = pause
        form.addRow(pause)
        pause.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _kind(self) -> None:
        ext = self.kind.currentData() == "extension"
        self.ext_row.setVisible(ext)
        self.pause_row.setVisible(not ext)

    def data(self) -> dict[str, Any]:
        d: dict[str, Any] = {"kind": self.kind.currentData(), "date": iso(self.date), "reason": self.reason.text()}
        if d["kind"] == "extension":
            if self.new_end_on.isChecked():
                d["new_end"] = iso(self.new_end)
            else:
                d["amount"] = self.days.value()
                d["unit"] = self.unit.currentData()
        elif self.until_on.isChecked():
            d["until"] = iso(self.until)
        return d


class SimpleFormDialog(QDialog):
    """A date with a text field: registration (date + their number) or closing (date + reason)."""

    def __init__(self, title: str, text_label: str, date_label: str, parent: QWidget | None = None,
                 required: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.required = required
        form = QFormLayout(self)
        self.date = date_edit()
        self.text = QLineEdit()
        form.addRow(date_label, self.date)
        form.addRow(text_label, self.text)
        self.errors = _error_label()
        form.addRow(self.errors)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _ok(self) -> None:
        if self.required and not self.text.text().strip():
            self.errors.setText(self.tr("Please fill in this field."))
            self.errors.show()
            return
        self.accept()


class ItemDetailDialog(QDialog):
    """One item: its text and points, and for each addressee the term with its steps, the timeline, the
    replies, verdicts and implementation checks, with the actions that change them."""

    def __init__(self, ctx: AppContext, item_id: str, addressee_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item_id = item_id
        self.want_addressee = addressee_id
        self.item: dict[str, Any] | None = None
        self.setWindowTitle(self.tr("Recommendation or inquiry"))
        self.resize(1040, 800)
        outer = QVBoxLayout(self)
        self.head = QLabel()
        self.head.setObjectName("head")
        self.head.setWordWrap(True)
        self.head.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.head)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Addressee")))
        self.addressee = QComboBox()
        self.addressee.setObjectName("addressee")
        self.addressee.currentIndexChanged.connect(self._show_addressee)
        row.addWidget(self.addressee, 1)
        self.status = QLabel()
        self.status.setObjectName("status")
        row.addWidget(self.status)
        outer.addLayout(row)
        self.timeline = TimelineWidget()
        self.timeline.setObjectName("timeline")
        outer.addWidget(self.timeline)
        self.tabs = QTabWidget()
        self.steps = QPlainTextEdit()
        self.steps.setReadOnly(True)
        self.steps.setObjectName("steps")
        self.tabs.addTab(self.steps, self.tr("Term and its calculation"))
        self.points = QTextBrowser()
        self.tabs.addTab(self.points, self.tr("Text and points"))
        self.replies = QTextBrowser()
        self.replies.setObjectName("replies")
        self.tabs.addTab(self.replies, self.tr("Replies and verdicts"))
        self.impl = QTextBrowser()
        self.tabs.addTab(self.impl, self.tr("Implementation"))
        self.documents = LinkedDocumentsWidget(ctx, read_only=True, rows=None)
        self.documents.setObjectName("itemDocuments")
        self.tabs.addTab(self.documents, self.tr("Documents"))
        outer.addWidget(self.tabs, 1)
        buttons = QHBoxLayout()
        self.actions: dict[str, QPushButton] = {}
        for key, text in (("reply", self.tr("Register reply…")), ("verdict", self.tr("Verdict…")),
                          ("implementation", self.tr("Implementation…")), ("term", self.tr("Extend / pause…")),
                          ("registered", self.tr("Registration date…")), ("close", self.tr("Close…")),
                          ("reopen", self.tr("Reopen")), ("edit", self.tr("Edit item…"))):
            b = QPushButton(text)
            b.setObjectName(f"action_{key}")
            b.clicked.connect(lambda _c=False, k=key: self.act(k))
            self.actions[key] = b
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close window"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        outer.addLayout(buttons)
        self.errors = _error_label()
        outer.addWidget(self.errors)
        ctx.bus.data_changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, kind: str, _ids: list) -> None:
        if kind in ("followup", "all"):
            self.reload()

    def done(self, result: int) -> None:
        try:
            self.ctx.bus.data_changed.disconnect(self._on_changed)
        except (RuntimeError, TypeError):
            pass
        super().done(result)

    def reload(self) -> None:
        self.ctx.tasks.run(jobs.load_item, self.item_id, self.ctx.lang, show_progress=False,
                           on_done=self.show_item, on_error=self._error)

    def _error(self, exc: BaseException) -> None:
        self.errors.setText(str(exc))
        self.errors.show()

    def show_item(self, item: dict[str, Any]) -> None:
        self.item = item
        head = (f"<b>{html.escape(labels.kind_label(item['kind']))} {html.escape(item.get('registry_number') or '')}"
                f"</b> — {html.escape(labels.fmt_date(item['sent_date']))}<br/>{html.escape(item.get('title') or '')}")
        if item.get("session_decision_ref"):
            head += "<br/><i>" + html.escape(item["session_decision_ref"]) + "</i>"
        if item.get("citizen_name"):
            head += "<br/>" + html.escape(self.tr("Citizen: %1").replace("%1", item["citizen_name"]))
            if item.get("citizen_iin"):
                head += " · " + html.escape(self.tr("IIN %1").replace("%1", item["citizen_iin"]))
        self.head.setText(head)
        points = "".join(f"<li>{html.escape(p['text'])}</li>" for p in item["points"])
        self.points.setHtml(f"<p>{html.escape(item['text']).replace(chr(10), '<br/>')}</p><ol>{points}</ol>")
        self.documents.set_ids(item.get("document_ids") or [])
        n_docs = len(item.get("document_ids") or [])
        self.tabs.setTabText(self.tabs.indexOf(self.documents),
                             self.tr("Documents") + (f" ({n_docs})" if n_docs else ""))
        current = self.addressee.currentData() or self.want_addressee
        self.addressee.blockSignals(True)
        self.addressee.clear()
        for a in item["addressees"]:
            name = (a.get("organisation_kk") or a["organisation"]) if self.ctx.lang == "kk" else a["organisation"]
            self.addressee.addItem(name or "", a["id"])
        index = self.addressee.findData(current)
        self.addressee.setCurrentIndex(index if index >= 0 else 0)
        self.addressee.blockSignals(False)
        self._show_addressee()

    def current(self) -> dict[str, Any] | None:
        if not self.item:
            return None
        aid = self.addressee.currentData()
        return next((a for a in self.item["addressees"] if a["id"] == aid), None)

    def _show_addressee(self) -> None:
        a = self.current()
        if a is None:
            return
        self.status.setText(labels.status_label(a.get("status")))
        self.status.setStyleSheet(f"color: {labels.status_colour(a.get('status'))}; font-weight: bold;")
        self.timeline.set_events(a["timeline"])
        self.steps.setPlainText("\n".join(a["steps"]))
        parts = []
        for r in a["replies"]:
            on_time = self.tr("on time") if r["on_time"] else self.tr("late")
            parts.append(f"<h4>{html.escape(labels.fmt_date(r['received_date']))} — "
                         f"{html.escape(r.get('incoming_number') or '')} ({html.escape(on_time)})</h4>")
            parts.append("<p>" + html.escape(labels.claim_label(r.get("executive_claim"))) + "</p>")
            if r.get("signatory_position"):
                parts.append("<p>" + html.escape(self.tr("Signed by: %1").replace(
                    "%1", f"{r['signatory_position']} {r.get('signatory_name') or ''}")) + "</p>")
            answers = "".join(f"<li>{a2['number']}: {html.escape(labels.answer_label(a2['answer']))}"
                              f"{'' if a2['source'] == 'person' else ' *'}</li>" for a2 in r["answers"])
            parts.append(f"<ul>{answers}</ul>")
            sug = r.get("suggestion") or {}
            if sug.get("verdict"):
                parts.append("<p>" + html.escape(self.tr("Suggested verdict: %1").replace(
                    "%1", labels.verdict_label(sug["verdict"]))) + "</p>")
        for v in a["verdicts"]:
            parts.append("<p><b>" + html.escape(self.tr("Council's verdict of %1: %2").replace(
                "%1", labels.fmt_date(v["reviewed_on"])).replace("%2", labels.verdict_label(v["result"])))
                + "</b> " + html.escape(v.get("note") or "") + "</p>")
        if not parts:
            parts.append("<p>" + html.escape(self.tr("No reply yet.")) + "</p>")
        self.replies.setHtml("".join(parts))
        impl = [f"<p><b>{html.escape(labels.fmt_date(m['checked_on']))}: {html.escape(labels.level_label(m['level']))}"
                f"</b>{' — ' + html.escape(self.tr('point %1').replace('%1', str(m['point_number']))) if m.get('point_number') else ''}"
                f"<br/>{html.escape(m.get('evidence') or '')}"
                + (f"<br/><i>{html.escape(self.tr('Check again on %1').replace('%1', labels.fmt_date(m['recheck_on'])))}</i>"
                   if m.get("recheck_on") else "") + "</p>" for m in a["implementation"]]
        self.impl.setHtml("".join(impl) or "<p>" + html.escape(self.tr("Not checked yet.")) + "</p>")
        closed = bool(a.get("closed_on"))
        self.actions["reopen"].setVisible(closed)
        self.actions["close"].setVisible(not closed)

    def act(self, key: str) -> None:
        a = self.current()
        if a is None or self.item is None:
            return
        aid = a["id"]
        if key == "reply":
            ReplyDialog(self.ctx, self.item, a, self).exec()
        elif key == "verdict":
            last = a["replies"][-1] if a["replies"] else None
            VerdictDialog(self.ctx, a, last, self).exec()
        elif key == "implementation":
            d = ImplementationDialog(self.item["points"], self, self.ctx)
            if d.exec():
                self._write(jobs.record_implementation, aid, d.data())
        elif key == "term":
            t = TermEventDialog(self)
            if t.exec():
                self._write(jobs.term_event, aid, t.data())
        elif key == "registered":
            f = SimpleFormDialog(self.tr("Registration by the addressee"), self.tr("Their registration No."),
                                 self.tr("Registered on"), self)
            if f.exec():
                self._write(jobs.registration, aid, iso(f.date), f.text.text().strip())
        elif key == "close":
            f = SimpleFormDialog(self.tr("Take off control"), self.tr("Reason"), self.tr("On"), self, required=True)
            if f.exec():
                self._write(jobs.close, aid, f.text.text().strip(), iso(f.date))
        elif key == "reopen":
            self._write(jobs.reopen, aid)
        elif key == "edit":
            self.ctx.tasks.run(jobs.load_organisations, show_progress=False, on_done=self._edit)

    def _edit(self, orgs: list[dict[str, Any]]) -> None:
        assert self.item is not None
        d = ItemEditorDialog(self.ctx, orgs, self.item, self)
        if d.exec() and d.result_data:
            r = d.result_data
            changes = {"kind": r["kind"], "title": r["title"], "text": r["text"], "lang": r["lang"],
                       "registry_number": r["registry_number"], "sent_date": r["sent"],
                       "session_decision_ref": r["session_decision_ref"]}
            self._write(jobs.update_item, self.item_id, changes, r["points"], r["citizen"], r["addressees"],
                        r["document_ids"])

    def _write(self, fn: Any, *args: Any) -> None:
        self.errors.hide()
        self.ctx.tasks.run(fn, *args, write=True, title=self.tr("Saving"),
                           on_done=lambda _r: self.ctx.bus.data_changed.emit("followup", [self.item_id]),
                           on_error=self._error)
