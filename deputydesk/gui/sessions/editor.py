"""The session editor: the record, attendance with a live quorum indicator, agenda items with votes and
their live result and explanation, and the warnings. Results are computed by the pure rules of
deputydesk.core.sessions on every edit; nothing here touches the database or files."""

from __future__ import annotations

import copy
import datetime as _dt
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deputydesk.core.sessions import (
    AgendaItem,
    RaisedItem,
    RaisedKind,
    Session,
    SessionEvaluation,
    Speaker,
    Votes,
    evaluate,
    to_roman,
)
from deputydesk.gui.context import AppContext
from deputydesk.gui.library.picker import LinkedDocumentsWidget
from deputydesk.gui.sessions.models import AgendaModel, AttendanceModel, status_label
from deputydesk.gui.widgets import set_line

NO_DATE = QDate(2000, 1, 1)


def _qdate(d: _dt.date | None) -> QDate:
    return QDate(d.year, d.month, d.day) if d else NO_DATE


def _pydate(q: QDate) -> _dt.date | None:
    if q == NO_DATE or not q.isValid():
        return None
    return _dt.date(q.year(), q.month(), q.day())


def _date_edit(optional: bool) -> QDateEdit:
    w = QDateEdit()
    w.setCalendarPopup(True)
    w.setDisplayFormat("dd.MM.yyyy")
    if optional:
        w.setMinimumDate(NO_DATE)
        w.setSpecialValueText("—")
    return w


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class SessionEditor(QWidget):
    """Edits one :class:`Session` in place; ``changed`` fires after every edit with the new evaluation."""

    changed = Signal(object)  # SessionEvaluation
    save_requested = Signal()
    generate_requested = Signal(str, str)  # kind, lang
    raise_requested = Signal(object, object)  # agenda item id (or None), RaisedItem

    def __init__(self, lang: str = "ru", parent: QWidget | None = None, ctx: AppContext | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.ctx = ctx
        self.session: Session | None = None
        self.evaluation: SessionEvaluation | None = None
        self.dirty = False
        self._loading = False
        self._current_item = -1
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.quorum_label = QLabel()
        self.quorum_label.setObjectName("quorum_indicator")
        self.quorum_label.setWordWrap(True)
        layout.addWidget(self.quorum_label)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._build_record_tab()
        self._build_attendance_tab()
        self._build_agenda_tab()
        self._build_warnings_tab()

        buttons = QHBoxLayout()
        self.save_btn = QPushButton(self.tr("Save"))
        self.save_btn.setObjectName("save_session")
        self.save_btn.clicked.connect(self.save_requested.emit)
        buttons.addWidget(self.save_btn)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(self.tr("Generate:")))
        self.doc_kind = QComboBox()
        self.doc_kind.addItem(self.tr("Protocol"), "protocol")
        self.doc_kind.addItem(self.tr("Summary"), "summary")
        self.doc_kind.addItem(self.tr("Notice of the next session"), "notice")
        buttons.addWidget(self.doc_kind)
        self.doc_lang = QComboBox()
        self.doc_lang.addItem(self.tr("in Kazakh"), "kk")
        self.doc_lang.addItem(self.tr("in Russian"), "ru")
        self.doc_lang.setCurrentIndex(0 if lang == "kk" else 1)
        buttons.addWidget(self.doc_lang)
        self.generate_btn = QPushButton(self.tr("DOCX + PDF"))
        self.generate_btn.setObjectName("generate_documents")
        self.generate_btn.setToolTip(self.tr("Save the session, then write the document as DOCX and PDF and open "
                                             "the PDF"))
        self.generate_btn.clicked.connect(
            lambda: self.generate_requested.emit(self.doc_kind.currentData(), self.doc_lang.currentData()))
        buttons.addWidget(self.generate_btn)
        layout.addLayout(buttons)

    # ------------------------------------------------------------------ tabs
    def _build_record_tab(self) -> None:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.body_label = QLabel()
        self.convocation = QSpinBox()
        self.convocation.setRange(0, 50)
        self.convocation.setSpecialValueText("—")
        self.convocation_roman = QLabel()
        self.number = QSpinBox()
        self.number.setRange(1, 999)
        self.extraordinary = QCheckBox(self.tr("Extraordinary"))
        self.running_start = QSpinBox()
        self.running_start.setRange(0, 99999)
        self.running_start.setSpecialValueText("—")
        self.running_start.setToolTip(self.tr("Needed only when the body numbers decisions through the "
                                              "convocation ({running} in its number format)"))
        self.start = _date_edit(False)
        self.end = _date_edit(True)
        self.time = QLineEdit()
        self.time.setPlaceholderText("10:00")
        self.place_ru = QLineEdit()
        self.place_kk = QLineEdit()
        self.chair = QLineEdit()
        self.chair_kk = QLineEdit()
        self.secretary = QLineEdit()
        self.secretary_kk = QLineEdit()
        self.invited = QPlainTextEdit()
        self.invited.setPlaceholderText(self.tr("One per line"))
        self.invited.setMaximumHeight(90)
        self.notice_sent = _date_edit(True)
        self.materials_sent = _date_edit(True)
        self.next_date = _date_edit(True)
        self.next_agenda = QPlainTextEdit()
        self.next_agenda.setPlaceholderText(self.tr("Items of the next session, one per line"))
        self.next_agenda.setMaximumHeight(70)

        conv_row = QHBoxLayout()
        conv_row.addWidget(self.convocation)
        conv_row.addWidget(self.convocation_roman)
        conv_row.addStretch(1)
        conv_host = QWidget()
        conv_host.setLayout(conv_row)
        rows: list[tuple[str, QWidget, str, QWidget]] = [
            (self.tr("Body"), self.body_label, self.tr("Convocation"), conv_host),
            (self.tr("Session No."), self.number, "", self.extraordinary),
            (self.tr("Date"), self.start, self.tr("Last day (several days)"), self.end),
            (self.tr("Time"), self.time, self.tr("Running No. of the first decision"), self.running_start),
            (self.tr("Place (Russian)"), self.place_ru, self.tr("Place (Kazakh)"), self.place_kk),
            (self.tr("Chair (Russian)"), self.chair, self.tr("Chair (Kazakh)"), self.chair_kk),
            (self.tr("Secretary (Russian)"), self.secretary, self.tr("Secretary (Kazakh)"), self.secretary_kk),
            (self.tr("Notice sent"), self.notice_sent, self.tr("Materials sent"), self.materials_sent),
            (self.tr("Next session"), self.next_date, "", QWidget()),
        ]
        for r, (l1, w1, l2, w2) in enumerate(rows):
            grid.addWidget(QLabel(l1), r, 0)
            grid.addWidget(w1, r, 1)
            if l2:
                grid.addWidget(QLabel(l2), r, 2)
            grid.addWidget(w2, r, 3)
        grid.addWidget(QLabel(self.tr("Invited")), len(rows), 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.invited, len(rows), 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Next agenda")), len(rows) + 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.next_agenda, len(rows) + 1, 1, 1, 3)
        grid.setRowStretch(len(rows) + 2, 1)
        for w in (self.place_ru, self.place_kk, self.chair, self.chair_kk, self.secretary, self.secretary_kk,
                  self.time):
            w.textEdited.connect(self._edited)
        for p in (self.invited, self.next_agenda):
            p.textChanged.connect(self._edited)
        for s in (self.convocation, self.number, self.running_start):
            s.valueChanged.connect(self._edited)
        self.extraordinary.toggled.connect(self._edited)
        for d in (self.start, self.end, self.notice_sent, self.materials_sent, self.next_date):
            d.dateChanged.connect(self._edited)
        self.tabs.addTab(page, self.tr("Record"))

    def _build_attendance_tab(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        row = QHBoxLayout()
        all_btn = QPushButton(self.tr("All present"))
        all_btn.clicked.connect(lambda: self.attendance_model.set_all_present(True))
        row.addWidget(all_btn)
        row.addStretch(1)
        v.addLayout(row)
        self.attendance_model = AttendanceModel(self.lang, self)
        self.attendance_model.changed.connect(self._edited)
        self.attendance_view = QTableView()
        self.attendance_view.setObjectName("attendance_view")
        self.attendance_view.setModel(self.attendance_model)
        self.attendance_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.attendance_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.attendance_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        v.addWidget(self.attendance_view, 1)
        self.tabs.addTab(page, self.tr("Attendance"))

    def _build_agenda_tab(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        row = QHBoxLayout()
        self.add_item_btn = QPushButton(self.tr("Add item"))
        self.add_item_btn.clicked.connect(self.add_item)
        self.remove_item_btn = QPushButton(self.tr("Remove item"))
        self.remove_item_btn.clicked.connect(self.remove_item)
        self.up_btn = QPushButton(self.tr("Up"))
        self.up_btn.clicked.connect(lambda: self.move_item(-1))
        self.down_btn = QPushButton(self.tr("Down"))
        self.down_btn.clicked.connect(lambda: self.move_item(1))
        self.raise_btn = QPushButton(self.tr("Recommendation / inquiry…"))
        self.raise_btn.setToolTip(self.tr("Record a recommendation or an inquiry raised under this item; it is "
                                          "listed in the session's summary"))
        self.raise_btn.clicked.connect(self._ask_raise)
        for b in (self.add_item_btn, self.remove_item_btn, self.up_btn, self.down_btn):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.raise_btn)
        v.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical)
        self.agenda_model = AgendaModel(self.lang, self)
        self.agenda_view = QTableView()
        self.agenda_view.setObjectName("agenda_view")
        self.agenda_view.setModel(self.agenda_model)
        self.agenda_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            self.agenda_view.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.agenda_view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._select_item(cur.row()))
        split.addWidget(self.agenda_view)

        form_host = QWidget()
        form = QGridLayout(form_host)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        self.item_title_ru = QLineEdit()
        self.item_title_kk = QLineEdit()
        self.item_rapporteur = QLineEdit()
        self.item_rapporteur_kk = QLineEdit()
        self.item_co = QLineEdit()
        self.item_co.setPlaceholderText(self.tr("Separate several with ;"))
        self.item_speakers = QPlainTextEdit()
        self.item_speakers.setPlaceholderText(self.tr("One per line: name — what was said"))
        self.item_speakers.setMaximumHeight(70)
        self.item_voted = QCheckBox(self.tr("Vote taken"))
        self.vote_for = QSpinBox()
        self.vote_against = QSpinBox()
        self.vote_abstained = QSpinBox()
        for s in (self.vote_for, self.vote_against, self.vote_abstained):
            s.setRange(0, 999)
        self.item_present = QSpinBox()
        self.item_present.setRange(0, 999)
        self.item_present.setSpecialValueText(self.tr("as the session"))
        self.chair_vote = QComboBox()
        self.chair_vote.addItem("—", None)
        self.chair_vote.addItem(self.tr("for"), "for")
        self.chair_vote.addItem(self.tr("against"), "against")
        self.item_decision_ru = QPlainTextEdit()
        self.item_decision_kk = QPlainTextEdit()
        for p in (self.item_decision_ru, self.item_decision_kk):
            p.setMaximumHeight(70)
        votes = QHBoxLayout()
        votes.addWidget(self.item_voted)
        for label, w in ((self.tr("for"), self.vote_for), (self.tr("against"), self.vote_against),
                         (self.tr("abstained"), self.vote_abstained)):
            votes.addWidget(QLabel(label))
            votes.addWidget(w)
        votes.addStretch(1)
        votes_host = QWidget()
        votes_host.setLayout(votes)
        extra = QHBoxLayout()
        extra.addWidget(QLabel(self.tr("Present at the vote")))
        extra.addWidget(self.item_present)
        extra.addWidget(QLabel(self.tr("Chair's vote (for a tie)")))
        extra.addWidget(self.chair_vote)
        extra.addStretch(1)
        extra_host = QWidget()
        extra_host.setLayout(extra)
        # documents from the library (needs the task helper to search and to load titles)
        self.item_documents: LinkedDocumentsWidget | None = None
        if self.ctx is not None:
            self.item_documents = LinkedDocumentsWidget(self.ctx, rows=2)
            self.item_documents.setObjectName("item_documents")
            self.item_documents.changed.connect(self._documents_edited)
        self.item_result = QLabel()
        self.item_result.setObjectName("item_result")
        self.item_result.setWordWrap(True)
        self.item_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid_rows: list[tuple[str, QWidget, str, QWidget | None]] = [
            (self.tr("Title (Russian)"), self.item_title_ru, self.tr("Title (Kazakh)"), self.item_title_kk),
            (self.tr("Rapporteur (Russian)"), self.item_rapporteur, self.tr("Rapporteur (Kazakh)"),
             self.item_rapporteur_kk),
            (self.tr("Co-rapporteurs"), self.item_co, "", None),
            *([(self.tr("Documents"), self.item_documents, "", None)] if self.item_documents else []),
            (self.tr("Speakers"), self.item_speakers, "", None),
            (self.tr("Votes"), votes_host, "", None),
            ("", extra_host, "", None),
            (self.tr("Decision (Russian)"), self.item_decision_ru, self.tr("Decision (Kazakh)"), self.item_decision_kk),
        ]
        for r, (l1, w1, l2, w2) in enumerate(grid_rows):
            form.addWidget(QLabel(l1), r, 0, Qt.AlignmentFlag.AlignTop)
            if w2 is None:
                form.addWidget(w1, r, 1, 1, 3)
            else:
                form.addWidget(w1, r, 1)
                form.addWidget(QLabel(l2), r, 2, Qt.AlignmentFlag.AlignTop)
                form.addWidget(w2, r, 3)
        form.addWidget(self.item_result, len(grid_rows), 0, 1, 4)
        self.item_form = form_host
        split.addWidget(form_host)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        v.addWidget(split, 1)
        for w in (self.item_title_ru, self.item_title_kk, self.item_rapporteur, self.item_rapporteur_kk, self.item_co):
            w.textEdited.connect(self._item_edited)
        for p in (self.item_speakers, self.item_decision_ru, self.item_decision_kk):
            p.textChanged.connect(self._item_edited)
        for s in (self.vote_for, self.vote_against, self.vote_abstained, self.item_present):
            s.valueChanged.connect(self._item_edited)
        self.item_voted.toggled.connect(self._item_edited)
        self.chair_vote.currentIndexChanged.connect(self._item_edited)
        self.tabs.addTab(page, self.tr("Agenda"))

    def _build_warnings_tab(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        self.warnings = QListWidget()
        self.warnings.setObjectName("warnings_list")
        self.warnings.setWordWrap(True)
        v.addWidget(self.warnings)
        self.tabs.addTab(page, self.tr("Warnings"))

    # ------------------------------------------------------------------ load / collect
    def set_session(self, session: Session) -> None:
        self._loading = True
        try:
            self.session = session
            lang = "kk" if self.lang == "kk" else "ru"
            self.body_label.setText(session.body.name(lang))
            self.convocation.setValue(session.convocation)
            self.number.setValue(session.number)
            self.running_start.setValue(session.running_start or 0)
            self.convocation_roman.setText(to_roman(session.convocation) if session.convocation else "")
            self.extraordinary.setChecked(session.extraordinary)
            self.start.setDate(_qdate(session.start))
            self.end.setDate(_qdate(session.end))
            set_line(self.time, session.time)
            set_line(self.place_ru, session.alt.get("ru", {}).get("place") or session.place)
            set_line(self.place_kk, session.alt.get("kk", {}).get("place", ""))
            set_line(self.chair, session.alt.get("ru", {}).get("chair") or session.chair)
            set_line(self.chair_kk, session.alt.get("kk", {}).get("chair", ""))
            set_line(self.secretary, session.alt.get("ru", {}).get("secretary") or session.secretary)
            set_line(self.secretary_kk, session.alt.get("kk", {}).get("secretary", ""))
            self.invited.setPlainText("\n".join(session.invited))
            self.notice_sent.setDate(_qdate(session.notice_sent))
            self.materials_sent.setDate(_qdate(session.materials_sent))
            nxt = session.next_session
            self.next_date.setDate(_qdate(nxt.date if nxt else None))
            self.next_agenda.setPlainText("\n".join(nxt.agenda) if nxt else "")
            self.attendance_model.set_attendance(session.attendance)
            self._current_item = -1
            self.agenda_model.set_items(session.agenda, [])
        finally:
            self._loading = False
        self.dirty = False
        self._reevaluate()
        if session.agenda:
            self.agenda_view.selectRow(0)
        else:
            self._select_item(-1)

    def _collect_record(self) -> None:
        s = self.session
        if s is None:
            return
        s.convocation = self.convocation.value()
        self.convocation_roman.setText(to_roman(s.convocation) if s.convocation else "")
        s.number = self.number.value()
        s.running_start = self.running_start.value() or None
        s.extraordinary = self.extraordinary.isChecked()
        s.start = _pydate(self.start.date()) or s.start
        s.end = _pydate(self.end.date())
        s.time = self.time.text().strip()
        ru = {"place": self.place_ru.text().strip(), "chair": self.chair.text().strip(),
              "secretary": self.secretary.text().strip()}
        kk = {"place": self.place_kk.text().strip(), "chair": self.chair_kk.text().strip(),
              "secretary": self.secretary_kk.text().strip()}
        s.place = ru["place"] or kk["place"]
        s.chair = ru["chair"] or kk["chair"]
        s.secretary = ru["secretary"] or kk["secretary"]
        s.alt = {"ru": {k: v for k, v in ru.items() if v}, "kk": {k: v for k, v in kk.items() if v}}
        s.invited = _lines(self.invited.toPlainText())
        s.notice_sent = _pydate(self.notice_sent.date())
        s.materials_sent = _pydate(self.materials_sent.date())
        next_date = _pydate(self.next_date.date())
        next_agenda = _lines(self.next_agenda.toPlainText())
        if next_date or next_agenda:
            from deputydesk.core.sessions import NextSession

            old = s.next_session
            s.next_session = NextSession(next_date, old.time if old else "", old.place if old else "", next_agenda)
        else:
            s.next_session = None

    def _edited(self, *_args: Any) -> None:
        if self._loading or self.session is None:
            return
        self.dirty = True
        self._collect_record()
        self._reevaluate()

    # ------------------------------------------------------------------ agenda items
    def current_item(self) -> AgendaItem | None:
        if self.session is None or not 0 <= self._current_item < len(self.session.agenda):
            return None
        return self.session.agenda[self._current_item]

    def _select_item(self, row: int) -> None:
        self._current_item = row
        item = self.current_item()
        self.item_form.setEnabled(item is not None)
        self.raise_btn.setEnabled(item is not None and bool(item.id))
        self._loading = True
        try:
            if item is None:
                for w in (self.item_title_ru, self.item_title_kk, self.item_rapporteur, self.item_rapporteur_kk,
                          self.item_co):
                    w.clear()
                for p in (self.item_speakers, self.item_decision_ru, self.item_decision_kk):
                    p.clear()
                if self.item_documents is not None:
                    self.item_documents.set_ids([])
                self.item_result.clear()
                return
            set_line(self.item_title_ru, item.alt.get("ru", {}).get("title") or item.title)
            set_line(self.item_title_kk, item.alt.get("kk", {}).get("title", ""))
            set_line(self.item_rapporteur, item.alt.get("ru", {}).get("rapporteur") or item.rapporteur)
            set_line(self.item_rapporteur_kk, item.alt.get("kk", {}).get("rapporteur", ""))
            set_line(self.item_co, "; ".join(item.co_rapporteurs))
            if self.item_documents is not None:
                self.item_documents.set_ids(item.document_ids)
            self.item_speakers.setPlainText("\n".join(f"{s.name} — {s.text}" if s.text else s.name
                                                      for s in item.speakers))
            self.item_voted.setChecked(item.votes is not None)
            v = item.votes or Votes(0, 0, 0)
            self.vote_for.setValue(v.in_favour)
            self.vote_against.setValue(v.against)
            self.vote_abstained.setValue(v.abstained)
            self.item_present.setValue(item.present or 0)
            self.chair_vote.setCurrentIndex(max(0, self.chair_vote.findData(item.chair_vote)))
            self.item_decision_ru.setPlainText(item.alt.get("ru", {}).get("decision_text") or item.decision_text)
            self.item_decision_kk.setPlainText(item.alt.get("kk", {}).get("decision_text", ""))
        finally:
            self._loading = False
        self._show_item_result()

    def _item_edited(self, *_args: Any) -> None:
        if self._loading:
            return
        item = self.current_item()
        if item is None:
            return
        ru = {"title": self.item_title_ru.text().strip(), "rapporteur": self.item_rapporteur.text().strip(),
              "decision_text": self.item_decision_ru.toPlainText().strip()}
        kk = {"title": self.item_title_kk.text().strip(), "rapporteur": self.item_rapporteur_kk.text().strip(),
              "decision_text": self.item_decision_kk.toPlainText().strip()}
        for key in ("title", "rapporteur", "decision_text"):
            setattr(item, key, ru[key] or kk[key])
        keep = {lang: {k: v for k, v in d.items() if k not in ru} for lang, d in item.alt.items()}
        item.alt = {"ru": {**keep.get("ru", {}), **{k: v for k, v in ru.items() if v}},
                    "kk": {**keep.get("kk", {}), **{k: v for k, v in kk.items() if v}}}
        item.co_rapporteurs = [c.strip() for c in self.item_co.text().split(";") if c.strip()]
        speakers = []
        for line in _lines(self.item_speakers.toPlainText()):
            name, _sep, text = line.partition(" — ")
            speakers.append(Speaker(name.strip(), text.strip()))
        item.speakers = speakers
        voted = self.item_voted.isChecked()
        for s in (self.vote_for, self.vote_against, self.vote_abstained):
            s.setEnabled(voted)
        item.votes = Votes(self.vote_for.value(), self.vote_against.value(), self.vote_abstained.value()) \
            if voted else None
        item.present = self.item_present.value() or None
        item.chair_vote = self.chair_vote.currentData()
        self.dirty = True
        self._reevaluate()

    def _documents_edited(self) -> None:
        item = self.current_item()
        if item is None or self.item_documents is None:
            return
        item.document_ids = self.item_documents.ids()
        self.dirty = True

    def add_item(self) -> None:
        if self.session is None:
            return
        self.session.agenda.append(AgendaItem(self.tr("New item")))
        self.dirty = True
        self._reset_agenda(len(self.session.agenda) - 1)

    def remove_item(self) -> None:
        if self.session is None or self.current_item() is None:
            return
        del self.session.agenda[self._current_item]
        self.dirty = True
        self._reset_agenda(min(self._current_item, len(self.session.agenda) - 1))

    def move_item(self, step: int) -> None:
        if self.session is None or self.current_item() is None:
            return
        i, j = self._current_item, self._current_item + step
        if not 0 <= j < len(self.session.agenda):
            return
        agenda = self.session.agenda
        agenda[i], agenda[j] = agenda[j], agenda[i]
        self.dirty = True
        self._reset_agenda(j)

    def _reset_agenda(self, select: int) -> None:
        assert self.session is not None
        self.evaluation = evaluate(self.session)
        self.agenda_model.set_items(self.session.agenda, list(self.evaluation.items))
        self._current_item = -1
        if 0 <= select < len(self.session.agenda):
            self.agenda_view.selectRow(select)
        else:
            self._select_item(-1)
        self._reevaluate()

    def _ask_raise(self) -> None:
        item = self.current_item()
        if item is None:
            return
        dialog = RaiseDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.raise_requested.emit(item.id, dialog.raised_item())

    # ------------------------------------------------------------------ results
    def _reevaluate(self) -> None:
        if self.session is None:
            return
        ev = evaluate(self.session)
        self.evaluation = ev
        lang = self.lang
        q = ev.quorum
        color = "#1b5e20" if q.met else "#b00020"
        self.quorum_label.setText(f"<b style='color:{color}'>{'✔' if q.met else '✖'}</b> "
                                  + q.explanation.render(lang))
        self.agenda_model.update_results(list(ev.items))
        self._show_item_result()
        self.warnings.clear()
        for w in ev.warnings:
            self.warnings.addItem(w.render(lang))
        count = len(ev.warnings)
        self.tabs.setTabText(3, self.tr("Warnings") + (f" ({count})" if count else ""))
        self.changed.emit(ev)

    def _show_item_result(self) -> None:
        if self.evaluation is None or not 0 <= self._current_item < len(self.evaluation.items):
            self.item_result.clear()
            return
        r = self.evaluation.items[self._current_item]
        head = status_label(r.status) + (f" — № {r.number}" if r.number else "")
        lines = [e.render(self.lang) for e in r.explanations if e.code.startswith("vote.")]
        self.item_result.setText(f"<b>{head}</b><br>" + "<br>".join(_html(t) for t in lines))

    def snapshot(self) -> Session:
        """A copy of the session as edited (handed to a background task)."""
        assert self.session is not None
        self._collect_record()
        return copy.deepcopy(self.session)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class RaiseDialog(QDialog):
    """A recommendation or an inquiry raised under an agenda item."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recommendation or inquiry"))
        form = QFormLayout(self)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Recommendation"), RaisedKind.RECOMMENDATION.value)
        self.kind.addItem(self.tr("Deputy inquiry"), RaisedKind.INQUIRY.value)
        self.addressee = QLineEdit()
        self.text = QPlainTextEdit()
        self.due = _date_edit(True)
        self.due.setDate(NO_DATE)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Addressee"), self.addressee)
        form.addRow(self.tr("Text"), self.text)
        form.addRow(self.tr("Answer due"), self.due)
        box = QGroupBox()
        box.setFlat(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        form.addRow(self.error)

    def _accept(self) -> None:
        if not self.text.toPlainText().strip():
            self.error.setText(self.tr("Write the text of the recommendation or inquiry."))
            return
        if not self.addressee.text().strip():
            self.error.setText(self.tr("Name the addressee."))
            return
        self.accept()

    def raised_item(self) -> RaisedItem:
        return RaisedItem(RaisedKind(self.kind.currentData()), self.addressee.text().strip(),
                          self.text.toPlainText().strip(), _pydate(self.due.date()))
