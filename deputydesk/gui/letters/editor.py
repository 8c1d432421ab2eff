"""The letter editor: kind, language, fields with completion, live preview, save, issue, print, export.

Every service call goes through ``ctx.tasks``; the preview PDF is rendered on a worker thread and shown
with QtPdf. Printing paints the rendered pages onto the printer chosen in Qt's print dialog, with a
preview (QPrintPreviewDialog).
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from deputydesk.core import dates
from deputydesk.gui.context import AppContext
from deputydesk.gui.letters.models import kind_label

KINDS = ("deputy_inquiry", "recommendation", "info_request", "reminder", "cover")
TERM_UNITS = ("months", "calendar_days", "working_days")
PREVIEW_DELAY_MS = 400


# ---------------------------------------------------------------- background calls (worker threads)
def _new_draft_data(ws: Any, progress: Any, kind: str, lang: str, body_id: str | None) -> dict[str, Any]:
    from deputydesk.services.letters import new_draft_data, preview_number

    data = new_draft_data(ws, kind, lang, body_id)
    return {"data": data, "next_number": preview_number(ws, body_id)}


def _preview(ws: Any, progress: Any, data: dict[str, Any], body_id: str | None) -> bytes:
    from deputydesk.services.letters import preview_pdf

    return preview_pdf(ws, data, body_id)


def _save(ws: Any, progress: Any, data: dict[str, Any], letter_id: str | None, body_id: str | None,
          followup_id: str | None) -> dict[str, Any]:
    from deputydesk.services.letters import save_draft

    return save_draft(ws, data, letter_id=letter_id, body_id=body_id, followup_id=followup_id)


def _save_and_issue(ws: Any, progress: Any, data: dict[str, Any], letter_id: str | None, body_id: str | None,
                    followup_id: str | None, twin_of: str | None) -> dict[str, Any]:
    from deputydesk.services.letters import letter_file, save_and_issue

    result = save_and_issue(ws, data, letter_id=letter_id, body_id=body_id, followup_id=followup_id,
                            same_number_as=twin_of)
    result["pdf_bytes"] = letter_file(ws, result["id"], "pdf").read_bytes()
    return result


def _open_letter(ws: Any, progress: Any, letter_id: str) -> dict[str, Any]:
    from deputydesk.services.letters import get_letter, letter_file

    row = get_letter(ws, letter_id)
    row["pdf_bytes"] = letter_file(ws, letter_id, "pdf").read_bytes() if row["status"] == "issued" else None
    return row


def _export(ws: Any, progress: Any, letter_id: str, path: str) -> dict[str, Any]:
    from pathlib import Path

    from deputydesk.services.letters import export_letter

    return export_letter(ws, letter_id, Path(path))


def _render_to(ws: Any, progress: Any, data: dict[str, Any], body_id: str | None, path: str) -> str:
    """Save the (draft) letter as a file chosen by the user: PDF or DOCX, marked as a draft."""
    from pathlib import Path

    from deputydesk.services.letters import render_draft_file

    return render_draft_file(ws, data, Path(path), body_id=body_id)["path"]


# ---------------------------------------------------------------- helpers
def parse_date(text: str) -> str | None:
    """"15.03.2024" or "2024-03-15" → "2024-03-15"; empty → None; anything else is returned as typed so the
    letter's validation names the field."""
    try:
        d = dates.parse_typed(text)
    except ValueError:
        return text.strip()
    return d.isoformat() if d else None


def show_date(value: Any) -> str:
    if not value:
        return ""
    try:
        d = _dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return str(value)
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def parse_attachments(text: str) -> list[Any]:
    """One attachment per line; "Title | 3" adds the number of sheets."""
    out: list[Any] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        title, sep, sheets = line.rpartition("|")
        if sep and sheets.strip().isdigit() and title.strip():
            out.append({"title": title.strip(), "sheets": int(sheets.strip())})
        else:
            out.append(line.strip())
    return out


def show_attachments(items: list[Any]) -> str:
    lines = []
    for a in items or []:
        if isinstance(a, dict):
            lines.append(f"{a.get('title', '')} | {a['sheets']}" if a.get("sheets") else str(a.get("title", "")))
        else:
            lines.append(str(a))
    return "\n".join(lines)


class LetterEditor(QWidget):
    """Edits one letter (a draft, or shows an issued one read-only) next to its rendered preview."""

    saved = Signal(str)  # letter id
    issued = Signal(dict)  # the issue result

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.letter_id: str | None = None
        self.status = "draft"
        self.followup_id: str | None = None
        self.twin_of: str | None = None
        self.completion: dict[str, Any] = {"members": [], "organisations": [], "bodies": []}
        self.pdf_bytes: bytes = b""
        self._generation = 0
        self._loading = False
        self._last_problems: list[dict[str, str]] = []
        self._number = ""
        self._date = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._build()

    # ------------------------------------------------------------ layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.body_combo = QComboBox()
        self.body_combo.setObjectName("letterBody")
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("letterKind")
        for kind in KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.lang_combo = QComboBox()
        self.lang_combo.setObjectName("letterLanguage")
        self.lang_combo.addItem(self.tr("Kazakh"), "kk")
        self.lang_combo.addItem(self.tr("Russian"), "ru")
        top.addWidget(QLabel(self.tr("Council:")))
        top.addWidget(self.body_combo, 2)
        top.addWidget(QLabel(self.tr("Kind:")))
        top.addWidget(self.kind_combo, 1)
        top.addWidget(QLabel(self.tr("Language:")))
        top.addWidget(self.lang_combo)
        self.new_btn = QPushButton(self.tr("New letter"))
        self.new_btn.setToolTip(self.tr("Start a new letter of the chosen kind and language with the council's "
                                        "signer and executor filled in"))
        self.new_btn.clicked.connect(self.new_letter)
        top.addWidget(self.new_btn)
        outer.addLayout(top)

        split = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(split, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        form_host = QWidget()
        self.form = QVBoxLayout(form_host)
        scroll.setWidget(form_host)
        split.addWidget(scroll)

        self.state_label = QLabel()
        self.state_label.setObjectName("letterState")
        self.state_label.setWordWrap(True)
        self.form.addWidget(self.state_label)

        self.fields: dict[str, QLineEdit] = {}
        self.texts: dict[str, QPlainTextEdit] = {}

        def line(name: str, placeholder: str = "") -> QLineEdit:
            w = QLineEdit()
            w.setObjectName(f"field_{name}")
            w.setPlaceholderText(placeholder)
            w.textChanged.connect(self._changed)
            self.fields[name] = w
            return w

        def text(name: str, placeholder: str, height: int) -> QPlainTextEdit:
            w = QPlainTextEdit()
            w.setObjectName(f"field_{name}")
            w.setPlaceholderText(placeholder)
            w.setMinimumHeight(height)
            w.textChanged.connect(self._changed)
            self.texts[name] = w
            return w

        date_hint = self.tr("DD.MM.YYYY")
        to_box = QGroupBox(self.tr("Addressee"))
        to_form = QFormLayout(to_box)
        to_form.addRow(self.tr("Organisation:"), line("addressee.organisation",
                                                       self.tr("start typing to choose from the addressees")))
        to_form.addRow(self.tr("Position (dative):"), line("addressee.position"))
        to_form.addRow(self.tr("Name (dative):"), line("addressee.name"))
        reply = QHBoxLayout()
        reply.addWidget(line("reply_to.number", self.tr("their number")))
        reply.addWidget(line("reply_to.date", date_hint))
        to_form.addRow(self.tr("In reply to No.:"), reply)
        self.form.addWidget(to_box)

        self.reminder_box = QGroupBox(self.tr("The unanswered letter"))
        rem = QFormLayout(self.reminder_box)
        rem_row = QHBoxLayout()
        rem_row.addWidget(line("reminder.number", self.tr("number")))
        rem_row.addWidget(line("reminder.date", date_hint))
        rem.addRow(self.tr("Our No. and date:"), rem_row)
        self.reminder_kind = QComboBox()
        self.reminder_kind.setObjectName("field_reminder.kind")
        self.reminder_kind.addItem(self.tr("(letter)"), "")
        for kind in ("deputy_inquiry", "recommendation", "info_request"):
            self.reminder_kind.addItem(kind_label(kind), kind)
        self.reminder_kind.currentIndexChanged.connect(self._changed)
        rem.addRow(self.tr("It was a:"), self.reminder_kind)
        rem.addRow(self.tr("Its subject:"), line("reminder.subject"))
        rem.addRow(self.tr("Term expired on:"), line("reminder.due", date_hint))
        self.form.addWidget(self.reminder_box)

        content = QGroupBox(self.tr("Content"))
        cform = QFormLayout(content)
        cform.addRow(self.tr("Heading:"), line("subject", self.tr("«О …» / «… туралы»")))
        cform.addRow(self.tr("Text:"), text("text", self.tr("each line is a paragraph"), 120))
        cform.addRow(self.tr("Numbered points:"), text("points", self.tr("one point per line"), 70))
        cform.addRow(self.tr("Legal basis:"), line("legal_basis"))
        cform.addRow(self.tr("Attachments:"), text("attachments",
                                                   self.tr("one per line; add | and the number of sheets: "
                                                           "Протокол № 3 | 4"), 50))
        term = QHBoxLayout()
        self.term_count = QSpinBox()
        self.term_count.setObjectName("field_term.count")
        self.term_count.setRange(1, 365)
        self.term_count.valueChanged.connect(self._changed)
        self.term_unit = QComboBox()
        self.term_unit.setObjectName("field_term.unit")
        for unit, label in zip(TERM_UNITS, (self.tr("months"), self.tr("calendar days"), self.tr("working days")),
                               strict=True):
            self.term_unit.addItem(label, unit)
        self.term_unit.currentIndexChanged.connect(self._changed)
        term.addWidget(self.term_count)
        term.addWidget(self.term_unit, 1)
        self.term_label = QLabel(self.tr("Answer term:"))
        cform.addRow(self.term_label, term)
        self.term_row = term
        self.form.addWidget(content)

        sign = QGroupBox(self.tr("Signature and executor"))
        sform = QFormLayout(sign)
        sform.addRow(self.tr("Signer's position:"), line("signer.position"))
        sform.addRow(self.tr("Signer's name:"), line("signer.name", self.tr("start typing a member's name")))
        sform.addRow(self.tr("Executor:"), line("executor.name"))
        sform.addRow(self.tr("Executor's phone:"), line("executor.phone"))
        self.form.addWidget(sign)

        self.problems_label = QLabel()
        self.problems_label.setObjectName("letterProblems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #a40000;")
        self.form.addWidget(self.problems_label)
        self.form.addStretch(1)

        right = QWidget()
        rlay = QVBoxLayout(right)
        rlay.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        self.save_btn = QPushButton(self.tr("Save draft"))
        self.save_btn.clicked.connect(self.save)
        self.issue_btn = QPushButton(self.tr("Issue"))
        self.issue_btn.setToolTip(self.tr("Assign the next outgoing number, store the PDF and DOCX and register "
                                          "the letter"))
        self.issue_btn.clicked.connect(self.issue)
        self.print_btn = QPushButton(self.tr("Print…"))
        self.print_btn.clicked.connect(self.print_preview)
        self.pdf_btn = QPushButton(self.tr("Save PDF…"))
        self.pdf_btn.clicked.connect(lambda: self.export("pdf"))
        self.docx_btn = QPushButton(self.tr("Save DOCX…"))
        self.docx_btn.clicked.connect(lambda: self.export("docx"))
        for b in (self.save_btn, self.issue_btn, self.print_btn, self.pdf_btn, self.docx_btn):
            buttons.addWidget(b)
        rlay.addLayout(buttons)
        self.pdf_doc = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setObjectName("letterPreview")
        self.pdf_view.setDocument(self.pdf_doc)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        rlay.addWidget(self.pdf_view, 1)
        self._buffer: QBuffer | None = None
        split.addWidget(right)
        split.setSizes([520, 560])

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.lang_combo.currentIndexChanged.connect(self._changed)
        self.body_combo.currentIndexChanged.connect(self._changed)
        self._org_model = QStringListModel(self)
        org_completer = QCompleter(self._org_model, self)
        org_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        org_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        org_completer.activated.connect(self.choose_organisation)
        self.fields["addressee.organisation"].setCompleter(org_completer)
        self._member_model = QStringListModel(self)
        member_completer = QCompleter(self._member_model, self)
        member_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        member_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        member_completer.activated.connect(self.choose_signer)
        self.fields["signer.name"].setCompleter(member_completer)
        exec_completer = QCompleter(self._member_model, self)
        exec_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        exec_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.fields["executor.name"].setCompleter(exec_completer)
        self._kind_changed()
        self._update_state()

    # ------------------------------------------------------------ completion
    def set_completion(self, completion: dict[str, Any]) -> None:
        self.completion = completion
        current = self.body_id()
        self.body_combo.blockSignals(True)
        self.body_combo.clear()
        for b in completion.get("bodies", []):
            self.body_combo.addItem(b["name_kk"] if self.lang() == "kk" else b["name_ru"], b["id"])
        index = self.body_combo.findData(current or completion.get("body_id"))
        self.body_combo.setCurrentIndex(max(index, 0))
        self.body_combo.blockSignals(False)
        self._refresh_completion_lists()

    def _refresh_completion_lists(self) -> None:
        lang = self.lang()
        orgs = [(o["name_kk"] if lang == "kk" else o["name_ru"]) or o["name_ru"] or o["name_kk"]
                for o in self.completion.get("organisations", [])]
        self._org_model.setStringList([o for o in orgs if o])
        members = [(m["full_name_kk"] or m["full_name"]) if lang == "kk" else m["full_name"]
                   for m in self.completion.get("members", [])]
        self._member_model.setStringList(members)

    def choose_organisation(self, name: str) -> None:
        """Fill the addressee block from the chosen organisation (its ready dative block when it has one)."""
        from deputydesk.services.letters import addressee_from_org

        lang = self.lang()
        for org in self.completion.get("organisations", []):
            if name in (org.get("name_kk"), org.get("name_ru")):
                block = addressee_from_org(org, lang)
                for key in ("organisation", "position", "name"):
                    self.fields[f"addressee.{key}"].setText(block[key])
                return

    def choose_signer(self, name: str) -> None:
        lang = self.lang()
        for m in self.completion.get("members", []):
            if name in (m.get("full_name"), m.get("full_name_kk")):
                position = m.get("position_kk") if lang == "kk" else m.get("position_ru")
                if position:
                    self.fields["signer.position"].setText(position)
                return

    # ------------------------------------------------------------ values
    def body_id(self) -> str | None:
        value = self.body_combo.currentData()
        return str(value) if value else None

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def lang(self) -> str:
        return str(self.lang_combo.currentData() or "ru")

    def data(self) -> dict[str, Any]:
        """The letter as the JSON format (see core/letters.py), from what is typed."""
        f = {k: w.text() for k, w in self.fields.items()}
        data: dict[str, Any] = {
            "kind": self.kind(), "language": self.lang(),
            "addressee": {k: f[f"addressee.{k}"] for k in ("organisation", "position", "name")},
            "subject": f["subject"], "text": self.texts["text"].toPlainText(),
            "points": [p for p in self.texts["points"].toPlainText().splitlines() if p.strip()],
            "legal_basis": f["legal_basis"],
            "attachments": parse_attachments(self.texts["attachments"].toPlainText()),
            "signer": {"position": f["signer.position"], "name": f["signer.name"]},
            "executor": {"name": f["executor.name"], "phone": f["executor.phone"]},
        }
        if f["reply_to.number"].strip() or f["reply_to.date"].strip():
            data["reply_to"] = {"number": f["reply_to.number"], "date": parse_date(f["reply_to.date"])}
        if self.kind() in ("deputy_inquiry", "recommendation", "info_request"):
            data["term"] = {"count": self.term_count.value(), "unit": self.term_unit.currentData()}
        if self.kind() == "reminder":
            data["reminder"] = {"number": f["reminder.number"], "date": parse_date(f["reminder.date"]),
                                "kind": self.reminder_kind.currentData(), "subject": f["reminder.subject"],
                                "due": parse_date(f["reminder.due"])}
        if self._number:
            data["number"], data["date"] = self._number, self._date
        return data

    def load(self, row: dict[str, Any] | None, data: dict[str, Any], body_id: str | None = None) -> None:
        """Show a letter: ``row`` is the stored record (None for a new, unsaved letter)."""
        self._generation += 1  # a preview still being rendered belongs to the previous letter
        self._timer.stop()
        self._loading = True
        try:
            self.letter_id = row["id"] if row else None
            self.status = row["status"] if row else "draft"
            self.followup_id = row.get("followup_id") if row else None
            self._number = (row.get("number") or "") if row else ""
            self._date = (row.get("date") or "") if row else ""
            index = self.body_combo.findData(body_id or (row or {}).get("body_id"))
            if index >= 0:
                self.body_combo.setCurrentIndex(index)
            self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(data.get("kind")), 0))
            self.lang_combo.setCurrentIndex(max(self.lang_combo.findData(data.get("language")), 0))
            for key, w in self.fields.items():
                group, _, name = key.partition(".")
                value = (data.get(group) or {}).get(name, "") if name else data.get(group, "")
                if key.endswith("date") or key == "reminder.due":
                    value = show_date(value)
                w.setText("" if value is None else str(value))
            self.texts["text"].setPlainText(data.get("text", ""))
            self.texts["points"].setPlainText("\n".join(data.get("points", [])))
            self.texts["attachments"].setPlainText(show_attachments(data.get("attachments", [])))
            term = data.get("term") or {}
            self.term_count.setValue(int(term.get("count") or 1))
            self.term_unit.setCurrentIndex(max(self.term_unit.findData(term.get("unit") or "months"), 0))
            rem = data.get("reminder") or {}
            self.reminder_kind.setCurrentIndex(max(self.reminder_kind.findData(rem.get("kind") or ""), 0))
        finally:
            self._loading = False
        self._refresh_completion_lists()
        self._kind_changed()
        self._update_state()
        if self.status == "issued" and row and row.get("pdf_bytes"):
            self.show_pdf(row["pdf_bytes"])
        else:
            self.refresh_preview()

    # ------------------------------------------------------------ state
    def _kind_changed(self) -> None:
        kind = self.kind()
        self.reminder_box.setVisible(kind == "reminder")
        has_term = kind in ("deputy_inquiry", "recommendation", "info_request")
        self.term_label.setVisible(has_term)
        self.term_count.setVisible(has_term)
        self.term_unit.setVisible(has_term)
        self._changed()

    def _changed(self, *args: Any) -> None:
        if self._loading:
            return
        self._timer.start()

    def _update_state(self) -> None:
        issued = self.status == "issued"
        for w in [*self.fields.values(), *self.texts.values(), self.kind_combo, self.lang_combo, self.body_combo,
                  self.term_count, self.term_unit, self.reminder_kind]:
            w.setEnabled(not issued)
        self.save_btn.setEnabled(not issued and self.ctx.ready)
        self.issue_btn.setEnabled(not issued and self.ctx.ready)
        if issued:
            self.state_label.setText(self.tr("Issued letter No. %1 of %2. It is registered and cannot be changed; "
                                             "print it or save a copy.").replace("%1", self._number)
                                     .replace("%2", show_date(self._date)))
        elif self.letter_id:
            self.state_label.setText(self.tr("Draft (saved). The number is assigned when it is issued."))
        else:
            self.state_label.setText(self.tr("New letter (not saved yet)."))

    def field_label(self, key: str) -> str:
        labels = {
            "kind": self.tr("kind"), "language": self.tr("language"), "number": self.tr("number"),
            "date": self.tr("date"), "addressee": self.tr("addressee"),
            "addressee.organisation": self.tr("addressee's organisation"),
            "addressee.position": self.tr("addressee's position"), "addressee.name": self.tr("addressee's name"),
            "reply_to.number": self.tr("number of the letter answered"),
            "reply_to.date": self.tr("date of the letter answered"),
            "subject": self.tr("heading"), "text": self.tr("text"), "points": self.tr("numbered points"),
            "attachments": self.tr("attachments"), "signer.position": self.tr("signer's position"),
            "signer.name": self.tr("signer's name"), "executor.name": self.tr("executor"),
            "executor.phone": self.tr("executor's phone"), "body.name_kk": self.tr("council's Kazakh name"),
            "body.name_ru": self.tr("council's Russian name"),
            "reminder.number": self.tr("number of the unanswered letter"),
            "reminder.date": self.tr("date of the unanswered letter"),
            "reminder.due": self.tr("date the term expired"), "body.emblem": self.tr("emblem"),
        }
        return labels.get(key, key)

    def show_problems(self, problems: list[dict[str, str]]) -> None:
        self._last_problems = problems
        missing = [self.field_label(p["field"]) for p in problems if p["code"] == "missing"]
        other = [f"{self.field_label(p['field'])}: {p['message']}" for p in problems if p["code"] != "missing"]
        parts = []
        if missing:
            parts.append(self.tr("Still missing: %1.").replace("%1", ", ".join(missing)))
        parts.extend(other)
        self.problems_label.setText("\n".join(parts))

    # ------------------------------------------------------------ actions
    def new_letter(self) -> None:
        if not self.ctx.ready:
            return
        self.ctx.tasks.run(_new_draft_data, self.kind(), self.lang(), self.body_id(),
                           title=self.tr("Preparing a new letter"), show_progress=False,
                           on_done=lambda r: self._on_new(r), on_error=self._on_error)

    def _on_new(self, result: dict[str, Any]) -> None:
        self.twin_of = None
        self.load(None, result["data"], self.body_id())
        self.problems_label.setText("")
        self.state_label.setText(self.tr("New letter (not saved yet). Its number will be about %1.")
                                 .replace("%1", result["next_number"]))

    def new_twin(self) -> None:
        """Start the other-language version of the issued letter shown: same number when issued."""
        if self.status != "issued" or not self.letter_id:
            return
        data = self.data()
        other = "kk" if self.lang() == "ru" else "ru"
        twin_of = self.letter_id
        data.update(language=other)
        data.pop("number", None)
        data.pop("date", None)
        self.load(None, data, self.body_id())
        self.twin_of = twin_of
        self.state_label.setText(self.tr("The other-language version: it gets the same number when issued."))

    def refresh_preview(self) -> None:
        if not self.ctx.ready or self.status == "issued":
            return
        self._generation += 1
        generation = self._generation
        data = self.data()
        self.ctx.tasks.run(_preview, data, self.body_id(), title=self.tr("Preview"), show_progress=False,
                           on_done=lambda pdf: self._on_preview(generation, pdf),
                           on_error=lambda exc: self._on_preview_error(generation, exc))

    def _on_preview(self, generation: int, pdf: bytes) -> None:
        if generation != self._generation:
            return  # an older render finished after a newer one was asked for
        self.show_pdf(pdf)
        self._check_locally()

    def _on_preview_error(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._report_letter_error(exc)

    def _check_locally(self) -> None:
        from deputydesk.core.letters import LetterError, letter_from_dict, validate

        try:
            letter = letter_from_dict(self.data())
        except LetterError as exc:
            self.show_problems([p.as_dict() for p in exc.problems])
            return
        problems = [p.as_dict() for p in validate(letter, require_number=False)
                    if not p.field.startswith("body.")]
        self.show_problems(problems)

    def _report_letter_error(self, exc: BaseException) -> bool:
        from deputydesk.core.letters import LetterError

        if isinstance(exc, LetterError):
            self.show_problems([p.as_dict() for p in exc.problems])
            return True
        self.problems_label.setText(str(exc))
        return False

    def _on_error(self, exc: BaseException) -> None:
        if not self._report_letter_error(exc):
            self.ctx.bus.status_message.emit(str(exc))

    def show_pdf(self, pdf: bytes) -> None:
        self.pdf_bytes = pdf
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf_doc.close()
        self.pdf_doc.load(buffer)
        old, self._buffer = self._buffer, buffer
        if old is not None:
            old.close()
            old.deleteLater()

    def save(self) -> None:
        if not self.ctx.ready or self.status == "issued":
            return
        self.ctx.tasks.run(_save, self.data(), self.letter_id, self.body_id(), self.followup_id,
                           title=self.tr("Saving the draft"), write=True, on_done=self._on_saved,
                           on_error=self._on_error)

    def _on_saved(self, result: dict[str, Any]) -> None:
        self.letter_id = result["id"]
        self._update_state()
        self.show_problems(result["problems"])
        self.ctx.bus.data_changed.emit("letters", [result["id"]])
        self.saved.emit(result["id"])

    def issue(self) -> None:
        if not self.ctx.ready or self.status == "issued":
            return
        self.ctx.tasks.run(_save_and_issue, self.data(), self.letter_id, self.body_id(), self.followup_id,
                           self.twin_of, title=self.tr("Issuing the letter"), write=True, on_done=self._on_issued,
                           on_error=self._on_error)

    def _on_issued(self, result: dict[str, Any]) -> None:
        self.letter_id = result["id"]
        self.status = "issued"
        self._number = result["number"]
        self._date = result["date"]
        self.twin_of = None
        self.problems_label.setText("")
        self._update_state()
        self.show_pdf(result.pop("pdf_bytes"))
        self.ctx.bus.data_changed.emit("letters", [result["id"]])
        self.ctx.bus.status_message.emit(self.tr("Letter issued as No. %1").replace("%1", result["number"]))
        self.issued.emit(result)

    def open_letter(self, letter_id: str) -> None:
        self.ctx.tasks.run(_open_letter, letter_id, title=self.tr("Opening the letter"), show_progress=False,
                           on_done=lambda row: self.load(row, row["letter"], row["body_id"]), on_error=self._on_error)

    def export(self, fmt: str) -> None:
        caption = self.tr("Save the letter as PDF") if fmt == "pdf" else self.tr("Save the letter as DOCX")
        filt = self.tr("PDF files (*.pdf)") if fmt == "pdf" else self.tr("Word documents (*.docx)")
        path, _ = QFileDialog.getSaveFileName(self, caption, "", filt)
        if path:
            self.export_to(fmt, path)

    def export_to(self, fmt: str, path: str) -> None:
        if not path.lower().endswith(f".{fmt}"):
            path += f".{fmt}"
        done = lambda p: self.ctx.bus.status_message.emit(self.tr("Saved %1").replace("%1", str(p)))  # noqa: E731
        if self.status == "issued" and self.letter_id:
            self.ctx.tasks.run(_export, self.letter_id, path, title=self.tr("Saving"),
                               on_done=lambda r: done(r["path"]), on_error=self._on_error)
        else:
            self.ctx.tasks.run(_render_to, self.data(), self.body_id(), path, title=self.tr("Saving"),
                               on_done=done, on_error=self._on_error)

    # ------------------------------------------------------------ printing
    def print_preview(self) -> None:
        if not self.pdf_bytes:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)  # the rendered pages carry their own statutory margins
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the letter"))
        dialog.paintRequested.connect(self.print_to)
        dialog.exec()

    def print_to(self, printer: QPrinter) -> int:
        """Paint every page of the rendered letter onto ``printer``. Returns the number of pages."""
        count = self.pdf_doc.pageCount()
        if count <= 0:
            return 0
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            dpi = printer.resolution()
            for page in range(count):
                if page:
                    printer.newPage()
                size_pt = self.pdf_doc.pagePointSize(page)
                target = QSize(int(size_pt.width() / 72 * dpi), int(size_pt.height() / 72 * dpi))
                image = self.pdf_doc.render(page, target)
                rect = painter.viewport()
                scaled = target.scaled(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(rect.x(), rect.y(), scaled.width(), scaled.height()), image)
        finally:
            painter.end()
        return count
