"""The preview pane of the library: the document's pages (PDF through QtPdf, other formats as text),
its metadata editor with tags, and its versions with a side-by-side comparison."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QPointF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deputydesk.core import dates
from deputydesk.gui.context import AppContext
from deputydesk.gui.library import jobs
from deputydesk.gui.library.labels import kind_label, kind_labels, language_labels
from deputydesk.gui.library.model import DiffModel
from deputydesk.gui.widgets import EmptyState
from deputydesk.ingest import ocr

_NAME_LIES = re.compile(r"the name ends in (\.\S+) but the file is (.+?); it was read as (.+)")


def _fmt_date(value: str | None) -> str:
    if not value:
        return "—"
    try:
        d = dt.date.fromisoformat(value[:10])
    except ValueError:
        return value
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def parse_date(text: str) -> str | None:
    """A typed date as ISO text (:func:`deputydesk.core.dates.parse_typed`): None when empty, ``ValueError``
    for text that is not a date or a day that does not exist — never corrected silently."""
    d = dates.parse_typed(text)
    return d.isoformat() if d else None


def format_label(label: str) -> str:
    """The ingest's English name of a file format, translated."""
    labels = {
        "PDF": "PDF", "Word (DOCX)": "Word (DOCX)", "Excel (XLSX)": "Excel (XLSX)",
        "OpenDocument text (ODT)": QCoreApplication.translate("PreviewPane", "OpenDocument text (ODT)"),
        "OpenDocument spreadsheet (ODS)": QCoreApplication.translate("PreviewPane", "OpenDocument spreadsheet (ODS)"),
        "plain text": QCoreApplication.translate("PreviewPane", "plain text"),
        "CSV table": QCoreApplication.translate("PreviewPane", "CSV table"),
        "web page": QCoreApplication.translate("PreviewPane", "web page"),
        "image": QCoreApplication.translate("PreviewPane", "image"),
    }
    return labels.get(label, label)


_CELLS = re.compile(r"the workbook has more than (\d+) cells; the rest was not read")
_UNDECODED = re.compile(r"some characters could not be decoded \((.+)\)")
_PAGE_FAILED = re.compile(r"page (\d+): (.+)", re.DOTALL)
_ONE_LANGUAGE = re.compile(r"Tesseract has only the (Kazakh|Russian) data; .*")


FIT_ALL_ROWS = 300
"""Up to this many rows a comparison keeps every row fitted to its text; above, the rows in sight."""


def warning_text(warning: str) -> str:
    """A warning stored with a document (the ingest's plain English, which the CLI prints), translated for
    the window: every fixed message the ingest writes is known here; a detail from a library (a PDF
    reader's or Tesseract's own words) stays as it came, in brackets."""
    text = warning.strip()
    if m := _NAME_LIES.fullmatch(text):
        return QCoreApplication.translate(
            "PreviewPane", "The file name ends in %1, but the file is really %2; it was read as %2.") \
            .replace("%1", m.group(1)).replace("%2", format_label(m.group(2)))
    if m := _CELLS.fullmatch(text):
        return QCoreApplication.translate(
            "PreviewPane", "The workbook has more than %1 cells; the rest was not read.").replace("%1", m.group(1))
    if m := _UNDECODED.fullmatch(text):
        return QCoreApplication.translate(
            "PreviewPane", "Some characters could not be decoded (%1).").replace("%1", m.group(1))
    if m := _PAGE_FAILED.fullmatch(text):
        return QCoreApplication.translate(
            "PreviewPane", "Page %1: text recognition failed (%2).").replace("%1", m.group(1)).replace("%2", m.group(2))
    if m := _ONE_LANGUAGE.fullmatch(text):
        if m.group(1) == "Kazakh":
            return QCoreApplication.translate(
                "PreviewPane", "Tesseract has only the Kazakh data; install tesseract-ocr-rus as well.")
        return QCoreApplication.translate(
            "PreviewPane", "Tesseract has only the Russian data; install tesseract-ocr-kaz as well.")
    if text == ocr.HOW_TO_ENABLE.strip():
        return QCoreApplication.translate(
            "PreviewPane", "Text recognition (OCR) is not available: install Tesseract with the Kazakh and Russian "
                           "data, then press \"Recognise text\".")
    if text == "Text recognition was not run.":
        return QCoreApplication.translate("PreviewPane", "Text recognition was not run.")
    return warning


_OCR_ADVICE = ("scanned images without text", "Text recognition (OCR) is not available", "Text recognition was not run.")


def shown_warnings(warnings: list[str], needs_ocr: bool) -> list[str]:
    """The stored warnings worth showing: when the document waits for text recognition, the note about it
    already says what to do, so the ingest's own words on it are left out."""
    kept = [w for w in warnings if w.strip()]
    if needs_ocr:
        kept = [w for w in kept if not any(advice in w for advice in _OCR_ADVICE)]
    return kept


def version_error(exc: BaseException) -> str:
    """The message for a refused version link: translated for the codes the service names."""
    code = getattr(exc, "code", "")
    if code == "version_of_itself":
        return QCoreApplication.translate("PreviewPane", "A document cannot be an earlier version of itself.")
    if code == "version_cycle":
        return QCoreApplication.translate(
            "PreviewPane", "That document is already a later version of this one; linking them would make the "
                           "versions go round in a circle.")
    return str(exc)


class MetadataEditor(QWidget):
    """Form for correcting the detected metadata; shows what was detected and how sure the detector was."""

    save_requested = Signal(dict, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc: dict[str, Any] | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title = QLineEdit()
        self.kind = QComboBox()
        for code, label in kind_labels().items():
            self.kind.addItem(label, code)
        self.number = QLineEdit()
        self.date = QLineEdit()
        self.date.setObjectName("libraryDate")
        self.date.setPlaceholderText(self.tr("DD.MM.YYYY (empty: no date)"))
        self.date.setToolTip(self.tr("Type the date as 15.03.2024 or 2024-03-15; leave it empty if the "
                                     "document has no date."))
        self.date.setMaxLength(40)
        self.date.textChanged.connect(lambda _t: self._mark_date(True))
        self.issuer = QLineEdit()
        self.language = QComboBox()
        for code, label in language_labels().items():
            self.language.addItem(label, code)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. budget, session 38"))
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(70)
        self.hints: dict[str, QLabel] = {}
        rows = [("title", self.tr("Title"), self.title), ("kind", self.tr("Kind"), self.kind),
                ("number", self.tr("Number"), self.number), ("date", self.tr("Date"), self.date),
                ("issuer", self.tr("Issued by"), self.issuer), ("language", self.tr("Language"), self.language)]
        for key, label, widget in rows:
            box = QWidget()
            bl = QVBoxLayout(box)
            bl.setContentsMargins(0, 0, 0, 0)
            bl.setSpacing(1)
            bl.addWidget(widget)
            hint = QLabel()
            hint.setStyleSheet("color: #777; font-size: 9pt;")
            hint.setWordWrap(True)
            bl.addWidget(hint)
            self.hints[key] = hint
            form.addRow(label, box)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Note"), self.note)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Save corrections"))
        self.save_button.clicked.connect(self._save)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def set_tag_names(self, names: list[str]) -> None:
        completer = QCompleter(names, self.tags)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)

    def show_document(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self.title.setText(doc.get("title") or "")
        self.title.setCursorPosition(0)
        self.kind.setCurrentIndex(max(0, self.kind.findData(doc.get("kind"))))
        self.number.setText(doc.get("number") or "")
        self.date.setText(_fmt_date(doc.get("date")) if doc.get("date") else "")
        self._mark_date(True)
        self.issuer.setText(doc.get("issuer") or "")
        self.issuer.setCursorPosition(0)
        self.language.setCurrentIndex(max(0, self.language.findData(doc.get("language") or "und")))
        self.tags.setText(", ".join(doc.get("tags") or []))
        self.note.setPlainText(doc.get("note") or "")
        detected = doc.get("detected") or {}
        corrected = set(doc.get("corrected") or [])
        for key, hint in self.hints.items():
            info = detected.get(key) or {}
            value = info.get("value")
            if key == "kind":
                value = kind_label(value)
            elif key == "language":
                value = language_labels().get(value or "", value)
            elif key == "date":
                value = _fmt_date(value) if value else None
            conf = int(round(100 * float(info.get("confidence") or 0)))
            if key in corrected:
                text = self.tr("Corrected by hand; detected: %1").replace("%1", str(value or "—"))
            elif value:
                text = self.tr("Detected (%1% sure)").replace("%1", str(conf))
            else:
                text = self.tr("Not found in the text")
            hint.setText(text)

    def _mark_date(self, valid: bool) -> None:
        self.date.setStyleSheet("" if valid else "QLineEdit { border: 2px solid #c0392b; }")

    def _changes(self, date: str | None) -> dict[str, Any]:
        assert self.doc is not None
        values = {
            "title": self.title.text().strip(), "kind": self.kind.currentData(),
            "number": self.number.text().strip() or None, "date": date,
            "issuer": self.issuer.text().strip() or None, "language": self.language.currentData(),
            "note": self.note.toPlainText().strip() or None,
        }
        old = dict(self.doc)
        old["date"] = (old.get("date") or "")[:10] or None
        return {k: v for k, v in values.items() if (old.get(k) or None) != (v or None)}

    def tag_list(self) -> list[str]:
        return [t.strip() for t in self.tags.text().replace(";", ",").split(",") if t.strip()]

    def _save(self) -> None:
        if self.doc is None:
            return
        if not self.title.text().strip():
            QMessageBox.warning(self, self.tr("Library"), self.tr("A document needs a title."))
            return
        try:
            date = parse_date(self.date.text())
        except ValueError:
            self._mark_date(False)
            self.date.setFocus()
            QMessageBox.warning(self, self.tr("Library"),
                                self.tr("\"%1\" is not a date. Type it as 15.03.2024 (day, month, year) or leave "
                                        "the field empty; nothing was saved.").replace("%1", self.date.text().strip()))
            return
        tags = self.tag_list()
        same_tags = sorted(t.casefold() for t in tags) == sorted(t.casefold() for t in self.doc.get("tags") or [])
        self.save_requested.emit(self._changes(date), [] if same_tags else ["set", *tags])


class VersionPicker(QDialog):
    """Choose the earlier version of a document (searching the library in the background)."""

    def __init__(self, ctx: AppContext, doc_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.doc_id = doc_id
        self.chosen: str | None = None
        self.setWindowTitle(self.tr("Earlier version"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("This document is a new version of:")))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by title, number or text…"))
        self.search.textChanged.connect(self._search)
        layout.addWidget(self.search)
        self.results = QTreeWidget()
        self.results.setObjectName("versionCandidates")
        self.results.setRootIsDecorated(False)
        self.results.setAlternatingRowColors(True)
        self.results.setUniformRowHeights(True)
        self.results.setHeaderLabels([self.tr("Number"), self.tr("Date"), self.tr("Kind"), self.tr("Title")])
        self.results.itemDoubleClicked.connect(lambda _item, _col: self._accept())
        layout.addWidget(self.results)
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("Version label, e.g. v2 or adopted"))
        layout.addWidget(self.label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 440)
        metrics = self.fontMetrics()
        header = self.results.header()
        header.setStretchLastSection(True)
        for column, sample in ((0, "№ 00-000/VIII"), (1, "00.00.0000")):
            self.results.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        self.results.setColumnWidth(2, max(metrics.horizontalAdvance(t) for t in kind_labels().values()) + 24)
        self._search("")

    def _search(self, text: str) -> None:
        self.ctx.tasks.run(jobs.pick, text, self.doc_id, show_progress=False, on_done=self._show)

    def _show(self, rows: list[dict[str, Any]]) -> None:
        self.results.clear()
        for r in rows:
            title = r.get("title") or r.get("original_name") or ""
            item = QTreeWidgetItem([r.get("number") or "—", _fmt_date(r.get("date")), kind_label(r.get("kind")),
                                    title])
            item.setData(0, Qt.ItemDataRole.UserRole, r["id"])
            item.setToolTip(3, title)
            self.results.addTopLevelItem(item)

    def _accept(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.chosen = item.data(0, Qt.ItemDataRole.UserRole)
        self.accept()


class PreviewPane(QWidget):
    """Right-hand side of the library: pages, details and versions of the selected document."""

    changed = Signal(str)  # a document was edited (its id)
    deleted = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.doc: dict[str, Any] | None = None
        self.query = ""
        self._request = 0
        self._buffer: QBuffer | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        self.empty = EmptyState(self.tr("No document selected"),
                                self.tr("Choose a document in the list to see its pages and details, or drop "
                                        "files onto the window to import them."))
        self.empty.text.setFixedWidth(320)  # the pane must be able to shrink beside the list
        self.empty.text.setMinimumHeight(self.empty.text.heightForWidth(320) + 4)
        self.body = QWidget()
        bl = QVBoxLayout(self.body)
        bl.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setStyleSheet("color: #555;")
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("background: #fff3c4; padding: 4px;")
        actions = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open original"))
        self.open_button.clicked.connect(self.open_original)
        self.ocr_button = QPushButton(self.tr("Recognise text"))
        self.ocr_button.clicked.connect(self.recognise)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete)
        actions.addWidget(self.open_button)
        actions.addWidget(self.ocr_button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        bl.addWidget(self.heading)
        bl.addWidget(self.facts)
        bl.addWidget(self.warning)
        bl.addLayout(actions)

        self.tabs = QTabWidget()
        self.pages = QStackedWidget()
        self.pdf_doc = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setDocument(self.pdf_doc)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.text_view = QTextBrowser()
        self.text_view.setOpenLinks(False)
        self.pages.addWidget(self.text_view)
        self.pages.addWidget(self.pdf_view)
        self.editor = MetadataEditor()
        self.editor.save_requested.connect(self._save)
        self.versions = QWidget()
        vl = QVBoxLayout(self.versions)
        self.version_list = QListWidget()
        self.version_list.setMaximumHeight(120)
        vb = QGridLayout()
        self.mark_version = QPushButton(self.tr("Mark as a new version of…"))
        self.mark_version.clicked.connect(self.pick_previous)
        self.unlink_version = QPushButton(self.tr("Unlink from the earlier version"))
        self.unlink_version.clicked.connect(self.unlink_previous)
        self.compare = QPushButton(self.tr("Compare with the earlier version"))
        self.compare.clicked.connect(self.compare_previous)
        # one button a row: side by side, the long Kazakh labels would make the pane squeeze the list
        vb.addWidget(self.mark_version, 0, 0)
        vb.addWidget(self.unlink_version, 1, 0)
        vb.addWidget(self.compare, 2, 0)
        vb.setColumnStretch(1, 1)
        self.diff_summary = QLabel()
        self.diff_model = DiffModel(self)
        self.diff_view = QTableView()
        self.diff_view.setModel(self.diff_model)
        self.diff_view.setWordWrap(True)
        self.diff_view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.diff_view.verticalHeader().hide()
        # each row grows to show its whole paragraph on both sides (see _show_diff)
        self.diff_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(20)
        self._fit_rows.timeout.connect(self._fit_visible_diff_rows)
        self.diff_view.verticalScrollBar().valueChanged.connect(lambda _v: self._fit_rows.start())
        self.diff_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.diff_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_a: self._fit_rows.start())
        vl.addWidget(QLabel(self.tr("Versions, oldest first:")))
        vl.addWidget(self.version_list)
        vl.addLayout(vb)
        vl.addWidget(self.diff_summary)
        vl.addWidget(self.diff_view, 1)
        self.tabs.addTab(self.pages, self.tr("Pages"))
        self.tabs.addTab(self.editor, self.tr("Details"))
        self.tabs.addTab(self.versions, self.tr("Versions"))
        bl.addWidget(self.tabs, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.body)
        layout.addWidget(self.stack)

    # ------------------------------------------------------------------ loading
    def show_document(self, doc_id: str | None, query: str = "", page: int = 1) -> None:
        self._request += 1
        if doc_id is None:
            self.doc = None
            self.stack.setCurrentWidget(self.empty)
            return
        self.query = query
        request = self._request
        self.ctx.tasks.run(jobs.load_document, doc_id, query, page, show_progress=False,
                           on_done=lambda result, r=request: self._loaded(r, result),
                           on_error=lambda exc, r=request: self._failed(r, exc))

    def _failed(self, request: int, exc: BaseException) -> None:
        if request == self._request:
            self.doc = None
            self.stack.setCurrentWidget(self.empty)

    def _loaded(self, request: int, result: dict[str, Any]) -> None:
        if request != self._request:
            return
        doc = result["doc"]
        self.doc = doc
        self.stack.setCurrentWidget(self.body)
        self.heading.setText(doc.get("title") or doc.get("original_name") or "")
        facts = [kind_label(doc.get("kind")), doc.get("number") or "", _fmt_date(doc.get("date")),
                 doc.get("issuer") or "", self.tr("%1 page(s)").replace("%1", str(doc.get("pages") or 0)),
                 doc.get("original_name") or ""]
        self.facts.setText(" · ".join(f for f in facts if f and f != "—"))
        notes = []
        if doc.get("needs_ocr"):
            notes.append(self.tr("Some pages are scanned images without text. Install Tesseract with the "
                                 "Kazakh and Russian data (tesseract-ocr, tesseract-ocr-kaz, tesseract-ocr-rus), "
                                 "then press \"Recognise text\"."))
        warnings = shown_warnings([str(w) for w in doc.get("warnings") or []], bool(doc.get("needs_ocr")))
        if warnings:
            notes.append(self.tr("Reading this file gave a warning:") + "\n"
                         + "\n".join("• " + warning_text(w) for w in warnings))
        self.warning.setText("\n\n".join(notes))
        self.warning.setVisible(bool(notes))
        self.ocr_button.setVisible(bool(doc.get("needs_ocr")))
        self._show_pages(result)
        self.editor.show_document(doc)
        self._show_versions(result["versions"])
        self.diff_model.set_rows([])
        self.diff_summary.setText("")

    def _show_pages(self, result: dict[str, Any]) -> None:
        pdf = result.get("pdf")
        self.pdf_doc.close()
        self._buffer = None
        if pdf:
            buffer = QBuffer(self)
            buffer.setData(QByteArray(pdf))
            buffer.open(QBuffer.OpenModeFlag.ReadOnly)
            self._buffer = buffer
            self.pdf_doc.load(buffer)
            if self.pdf_doc.status() == QPdfDocument.Status.Ready:
                self.pages.setCurrentWidget(self.pdf_view)
                page = max(0, min(int(result.get("page") or 1) - 1, self.pdf_doc.pageCount() - 1))
                self.pdf_view.pageNavigator().jump(page, QPointF(0, 0))
                return
        self.text_view.setHtml(result.get("html") or "")
        self.pages.setCurrentWidget(self.text_view)
        page = int(result.get("page") or 1)
        if page > 1:
            self.text_view.scrollToAnchor(f"page{page}")

    def _show_versions(self, chain: list[dict[str, Any]]) -> None:
        self.version_list.clear()
        assert self.doc is not None
        for row in chain:
            label = row.get("version_label") or ""
            # date, number and kind first: a draft and the act adopted from it often share their title
            parts = [_fmt_date(row.get("date")), row.get("number") or "", kind_label(row.get("kind")),
                     row.get("title") or ""]
            text = "  ".join(p for p in parts if p) + (f"  [{label}]" if label else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            if row["id"] == self.doc["id"]:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.version_list.addItem(item)
        has_previous = bool(self.doc.get("version_of"))
        self.compare.setEnabled(has_previous)
        self.unlink_version.setEnabled(has_previous)

    # ------------------------------------------------------------------ actions
    def _save(self, changes: dict[str, Any], tag_action: list[str]) -> None:
        assert self.doc is not None
        doc_id = self.doc["id"]
        tags = tag_action[1:] if tag_action else None
        self.ctx.tasks.run(jobs.save_document, doc_id, changes, tags, title=self.tr("Saving"), write=True,
                           on_done=lambda doc: self._saved(doc), on_error=self._save_failed)

    def _saved(self, doc: dict[str, Any]) -> None:
        self.ctx.bus.status_message.emit(self.tr("Saved"))
        self.changed.emit(doc["id"])
        self.ctx.bus.data_changed.emit("documents", [doc["id"]])
        self.show_document(doc["id"], self.query)

    def _save_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Library"), str(exc))

    def open_original(self) -> None:
        if self.doc is None:
            return
        self.ctx.tasks.run(jobs.export_original, self.doc["id"], show_progress=False,
                           on_done=lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(path)))

    def recognise(self) -> None:
        if self.doc is None:
            return
        doc_id = self.doc["id"]
        self.ctx.tasks.run(jobs.recognise, doc_id, title=self.tr("Recognising text"), write=True,
                           on_done=lambda r: self._recognised(doc_id, r))

    def _recognised(self, doc_id: str, result: dict[str, Any]) -> None:
        if result.get("needs_ocr"):
            QMessageBox.information(self, self.tr("Library"), "\n".join(result.get("warnings") or []))
        self.changed.emit(doc_id)
        self.ctx.bus.data_changed.emit("documents", [doc_id])
        self.show_document(doc_id, self.query)

    def delete(self) -> None:
        if self.doc is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete document"),
                          self.tr("Delete \"%1\" from the library? The stored original is removed too.")
                          .replace("%1", self.doc.get("title") or ""),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        self.ctx.tasks.run(jobs.delete, self.doc["id"], title=self.tr("Deleting"), write=True,
                           on_done=self._deleted)

    def _deleted(self, doc_id: str) -> None:
        self.show_document(None)
        self.deleted.emit(doc_id)
        self.ctx.bus.data_changed.emit("documents", [doc_id])

    def pick_previous(self) -> None:
        if self.doc is None:
            return
        dialog = VersionPicker(self.ctx, self.doc["id"], self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen:
            self.set_previous(dialog.chosen, dialog.label.text())

    def set_previous(self, previous_id: str | None, label: str | None = None) -> None:
        assert self.doc is not None
        doc_id = self.doc["id"]
        self.ctx.tasks.run(jobs.set_version, doc_id, previous_id, label, title=self.tr("Saving"), write=True,
                           on_done=lambda chain: self._saved({"id": doc_id}),
                           on_error=self._version_failed)

    def _version_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Library"), version_error(exc))

    def unlink_previous(self) -> None:
        self.set_previous(None)

    def compare_previous(self) -> None:
        if self.doc is None or not self.doc.get("version_of"):
            return
        self.ctx.tasks.run(jobs.diff, self.doc["version_of"], self.doc["id"], title=self.tr("Comparing"),
                           on_done=self._show_diff)

    def _fit_visible_diff_rows(self) -> None:
        view = self.diff_view
        if view.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents:
            return
        count = self.diff_model.rowCount()
        top = view.rowAt(0)
        if top < 0:
            return
        done = top - 1
        for _ in range(10):  # fitted rows may get shorter and bring more rows into sight
            bottom = view.rowAt(view.viewport().height() - 1)
            last = count - 1 if bottom < 0 else min(count - 1, bottom + 2)
            if last <= done:
                break
            for row in range(done + 1, last + 1):
                view.resizeRowToContents(row)
            done = last

    def _show_diff(self, rows: list[dict[str, Any]]) -> None:
        # a short comparison: Qt keeps every row fitted; a long one: only the rows in sight (fitting all of
        # 3,400 rows took 1.6 s per resize step)
        mode = QHeaderView.ResizeMode.ResizeToContents if len(rows) <= FIT_ALL_ROWS else QHeaderView.ResizeMode.Interactive
        self.diff_view.verticalHeader().setSectionResizeMode(mode)
        self.diff_model.set_rows(rows)
        self._fit_rows.start()
        n = self.diff_model.changes()
        self.diff_summary.setText(self.tr("%1 changed line(s)").replace("%1", str(n)) if n else
                                  self.tr("The texts are the same."))
        self.tabs.setCurrentWidget(self.versions)

