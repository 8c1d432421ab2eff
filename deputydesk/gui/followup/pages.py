"""Pages of the follow-up area: dashboard, item list, scorecards with charts, and the calendar."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deputydesk.gui.context import AppContext
from deputydesk.gui.followup import jobs, labels
from deputydesk.gui.followup.charts import PercentBarChart, Series
from deputydesk.gui.followup.dialogs import ItemDetailDialog, ItemEditorDialog, date_edit, iso
from deputydesk.gui.followup.models import (
    IdRole,
    ItemIdRole,
    RowsModel,
    SortRole,
    StatusRole,
    calendar_columns,
    list_columns,
    override_columns,
    scorecard_columns,
)


def make_table(model: Any, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setWordWrap(False)
    return view


def export_rows(ctx: AppContext, parent: QWidget, model: RowsModel, rows: list[dict[str, Any]] | None = None,
                default_name: str = "followup") -> None:
    """Ask for a .csv or .xlsx file and write the rows as shown (translated headers and labels)."""
    path, chosen = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("FollowupPages", "Export the list"), default_name + ".xlsx",
        QCoreApplication.translate("FollowupPages", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
    if not path:
        return
    if not path.lower().endswith((".csv", ".xlsx")):
        path += ".csv" if "csv" in chosen.lower() else ".xlsx"
    export_to(ctx, parent, model, path, rows)


def export_to(ctx: AppContext, parent: QWidget, model: RowsModel, path: str,
              rows: list[dict[str, Any]] | None = None) -> None:
    source = rows if rows is not None else model.rows()
    shown = [{c.key: (c.display(r) if c.display else r.get(c.key)) for c in model.columns} for r in source]
    columns = [(c.key, c.header()) for c in model.columns]
    ctx.tasks.run(jobs.export, shown, columns, path, title=QCoreApplication.translate("FollowupPages", "Exporting"),
                  on_done=lambda p: ctx.bus.status_message.emit(
                      QCoreApplication.translate("FollowupPages", "Saved %1").replace("%1", str(p))))


def open_item(ctx: AppContext, parent: QWidget, item_id: str, addressee_id: str | None = None) -> ItemDetailDialog:
    dialog = ItemDetailDialog(ctx, item_id, addressee_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


# ======================================================================================== dashboard


class DashboardPage(QWidget):
    """Four working lists: overdue, due this week, waiting for a verdict, waiting for verification."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("As of")))
        self.on = date_edit()
        self.on.setObjectName("dashboardOn")
        self.on.dateChanged.connect(lambda _d: self.reload())
        top.addWidget(self.on)
        top.addStretch(1)
        self.new_btn = QPushButton(self.tr("New recommendation or inquiry…"))
        top.addWidget(self.new_btn)
        outer.addLayout(top)
        grid = QGridLayout()
        self.boxes: dict[str, tuple[QGroupBox, RowsModel, QTableView]] = {}
        by_key = {c.key: c for c in list_columns(ctx.lang)}
        cols = [by_key[k] for k in ("registry_number", "due", "status", "addressee", "title")]
        titles = {
            "overdue": self.tr("Overdue answers"),
            "due_this_week": self.tr("Due this week"),
            "awaiting_verdict": self.tr("Waiting for the council's verdict"),
            "awaiting_verification": self.tr("Waiting for verification of implementation"),
        }
        for n, (key, title) in enumerate(titles.items()):
            box = QGroupBox(title)
            box.setObjectName(f"box_{key}")
            lay = QVBoxLayout(box)
            model = RowsModel(cols, parent=self)
            view = make_table(model, f"dash_{key}")
            view.doubleClicked.connect(lambda index, m=model: self._open(m, index))
            lay.addWidget(view)
            row = QHBoxLayout()
            row.addStretch(1)
            exp = QPushButton(self.tr("Export…"))
            exp.clicked.connect(lambda _c=False, m=model, k=key: export_rows(self.ctx, self, m, default_name=k))
            row.addWidget(exp)
            lay.addLayout(row)
            grid.addWidget(box, n // 2, n % 2)
            self.boxes[key] = (box, model, view)
        outer.addLayout(grid, 1)
        self.titles = titles
        self.recheck = QLabel()
        self.recheck.setObjectName("recheck")
        self.recheck.setStyleSheet("color: #6a3fa0;")
        outer.addWidget(self.recheck)

    def reload(self) -> None:
        if self.ctx.ready:
            self.ctx.tasks.run(jobs.load_dashboard, iso(self.on), show_progress=False, on_done=self.show_data)

    def show_data(self, data: dict[str, Any]) -> None:
        for key, (box, model, view) in self.boxes.items():
            rows = data[key]
            model.set_rows(rows)
            box.setTitle(f"{self.titles[key]} ({len(rows)})")
            view.resizeColumnsToContents()
            view.setColumnWidth(3, min(view.columnWidth(3), 220))
        n = len(data["recheck_due"])
        self.recheck.setText(self.tr("Re-check date reached for %n item(s).", "", n) if n else "")

    def _open(self, model: RowsModel, index: QModelIndex) -> None:
        row = model.row(index.row())
        open_item(self.ctx, self, row["item_id"], row["addressee_id"])


# ========================================================================================== list


class ListFilter(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.status: str | None = None
        self.kind: str | None = None
        self.text = ""
        self.setSortRole(SortRole)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_filters(self, status: str | None, kind: str | None, text: str) -> None:
        self.beginFilterChange()
        self.status, self.kind, self.text = status, kind, text.casefold().strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # type: ignore[override]
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self.status and model.data(index, StatusRole) != self.status:
            return False
        row = model.data(index, Qt.ItemDataRole.UserRole + 3)
        if self.kind and row.get("kind") != self.kind:
            return False
        if self.text:
            hay = " ".join(str(row.get(k) or "") for k in ("registry_number", "title", "addressee", "addressee_kk"))
            if self.text not in hay.casefold():
                return False
        return True


class ListPage(QWidget):
    """Every addressee of every item with filters, export and the annual report."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search number, subject, addressee"))
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("Any status"), None)
        for code in ("overdue", "waiting", "paused", "awaiting_verdict", "awaiting_verification", "closed"):
            self.status.addItem(labels.status_label(code), code)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Any kind"), None)
        for code in ("recommendation", "deputy_inquiry", "info_request", "other"):
            self.kind.addItem(labels.kind_label(code), code)
        self.year = QComboBox()
        self.year.setObjectName("year")
        self.year.addItem(self.tr("All years"), None)
        self.on = date_edit()
        for w in (self.search, self.status, self.kind, self.year, QLabel(self.tr("as of")), self.on):
            bar.addWidget(w)
        outer.addLayout(bar)
        self.model = RowsModel(list_columns(ctx.lang), parent=self)
        self.proxy = ListFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = make_table(self.proxy, "itemsView")
        self.view.setSortingEnabled(True)
        self.view.doubleClicked.connect(self._open)
        outer.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.count = QLabel()
        row.addWidget(self.count)
        row.addStretch(1)
        self.new_btn = QPushButton(self.tr("New…"))
        self.new_btn.setObjectName("newItem")
        open_btn = QPushButton(self.tr("Open"))
        open_btn.clicked.connect(lambda: self._open(self.view.currentIndex()))
        export_btn = QPushButton(self.tr("Export…"))
        export_btn.clicked.connect(lambda: export_rows(self.ctx, self, self.model, self.visible_rows(), "followup"))
        report_btn = QPushButton(self.tr("Annual report…"))
        report_btn.clicked.connect(self.annual_report)
        for b in (self.new_btn, open_btn, export_btn, report_btn):
            row.addWidget(b)
        outer.addLayout(row)
        self.search.textChanged.connect(self._filter)
        self.status.currentIndexChanged.connect(self._filter)
        self.kind.currentIndexChanged.connect(self._filter)
        self.year.currentIndexChanged.connect(lambda _i: self.reload())
        self.on.dateChanged.connect(lambda _d: self.reload())

    def reload(self) -> None:
        if not self.ctx.ready:
            return
        self.ctx.tasks.run(jobs.load_years, show_progress=False, on_done=self._years)
        self.ctx.tasks.run(jobs.load_list, iso(self.on), self.year.currentData(), False, show_progress=False,
                           on_done=self.show_rows)

    def _years(self, years: list[int]) -> None:
        current = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("All years"), None)
        for y in years:
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(max(0, self.year.findData(current)))
        self.year.blockSignals(False)

    def show_rows(self, rows: list[dict[str, Any]]) -> None:
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(3, min(self.view.columnWidth(3), 320))
        self.view.setColumnWidth(4, min(self.view.columnWidth(4), 260))
        self._filter()

    def _filter(self) -> None:
        self.proxy.set_filters(self.status.currentData(), self.kind.currentData(), self.search.text())
        self.count.setText(self.tr("%n row(s)", "", self.proxy.rowCount()))

    def visible_rows(self) -> list[dict[str, Any]]:
        out = []
        for r in range(self.proxy.rowCount()):
            out.append(self.proxy.data(self.proxy.index(r, 0), Qt.ItemDataRole.UserRole + 3))
        return out

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        open_item(self.ctx, self, self.proxy.data(index, ItemIdRole), self.proxy.data(index, IdRole))

    def annual_report(self) -> None:
        year = self.year.currentData() or _dt.date.today().year
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Annual follow-up report"), f"followup-report-{year}.pdf",
            self.tr("PDF for printing (*.pdf);;Word document (*.docx)"))
        if not path:
            return
        if not path.lower().endswith((".pdf", ".docx")):
            path += ".docx" if "docx" in chosen else ".pdf"
        self.write_report(int(year), path)

    def write_report(self, year: int, path: str) -> None:
        self.ctx.tasks.run(jobs.annual_report, year, path, self.ctx.doc_lang(), title=self.tr("Writing the report"),
                           on_done=lambda p: self.ctx.bus.status_message.emit(self.tr("Saved %1").replace("%1", p)))


# ==================================================================================== scorecards


class ScorecardsPage(QWidget):
    """Per-addressee figures with charts: answered on time %, justified %, implemented %, median days."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year")))
        self.year = QSpinBox()
        self.year.setObjectName("scoreYear")
        self.year.setRange(0, 2100)
        self.year.setSpecialValueText(self.tr("All years"))
        self.year.setValue(0)
        self.year.valueChanged.connect(lambda _v: self.reload())
        bar.addWidget(self.year)
        bar.addStretch(1)
        export = QPushButton(self.tr("Export…"))
        export.clicked.connect(lambda: export_rows(self.ctx, self, self.model, default_name="scorecards"))
        bar.addWidget(export)
        outer.addLayout(bar)
        self.model = RowsModel(scorecard_columns(), id_key="organisation", parent=self)
        self.view = make_table(self.model, "scorecardsView")
        outer.addWidget(self.view, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        host = QWidget()
        hv = QVBoxLayout(host)
        self.chart = PercentBarChart()
        self.chart.setObjectName("percentChart")
        self.days_chart = PercentBarChart()
        self.days_chart.setObjectName("daysChart")
        hv.addWidget(self.chart)
        hv.addWidget(self.days_chart)
        hv.addStretch(1)
        scroll.setWidget(host)
        outer.addWidget(scroll, 2)

    def reload(self) -> None:
        if self.ctx.ready:
            self.ctx.tasks.run(jobs.load_scorecards, self.year.value() or None, show_progress=False,
                               on_done=self.show_cards)

    def show_cards(self, cards: list[dict[str, Any]]) -> None:
        if self.ctx.lang == "kk":
            cards = [{**c, "organisation": c.get("organisation_kk") or c["organisation"]} for c in cards]
        self.model.set_rows(cards)
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(0, min(self.view.columnWidth(0), 360))
        self.chart.set_data(
            self.tr("Answers on time, justified, implemented (%)"),
            [Series(self.tr("On time"), "#1f5fa8"), Series(self.tr("Justified"), "#6a3fa0"),
             Series(self.tr("Implemented"), "#2e7d32")],
            [(_short(c["organisation"]), [c["on_time_pct"], c["justified_pct"], c["implemented_pct"]])
             for c in cards], maximum=100)
        self.days_chart.set_data(self.tr("Median days to the first answer"),
                                 [Series(self.tr("Days"), "#9a6700")],
                                 [(_short(c["organisation"]), [c["median_days"]]) for c in cards], suffix="")


def _short(name: str) -> str:
    """«Отдел образования Абайского района» → Отдел образования Абайского района (no legal-form prefix)."""
    for prefix in ("ГУ ", "КГУ ", "ГККП "):
        if name.startswith(prefix):
            name = name[len(prefix):]
    name = name.strip("«»\" ")
    if name.endswith(" ММ"):
        name = name[:-3].strip("«»\" ")
    return name


# ====================================================================================== calendar


class CalendarPage(QWidget):
    """The working-day calendar of a year and the user's corrections (transfers announced after the
    release); adding or removing a correction recomputes every open item."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        outer = QVBoxLayout(self)
        intro = QLabel(self.tr("Holidays, carried-over days off and Government transfers come with DeputyDesk. "
                               "When a new transfer is announced, add it here: every open item gets its term "
                               "recomputed."))
        intro.setWordWrap(True)
        outer.addWidget(intro)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year")))
        self.year = QSpinBox()
        self.year.setObjectName("calendarYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(_dt.date.today().year)
        self.year.valueChanged.connect(lambda _v: self.reload())
        bar.addWidget(self.year)
        bar.addStretch(1)
        outer.addLayout(bar)
        self.days = RowsModel(calendar_columns(), id_key="date", parent=self)
        self.days_view = make_table(self.days, "calendarDays")
        outer.addWidget(self.days_view, 2)
        box = QGroupBox(self.tr("Corrections made here"))
        bv = QVBoxLayout(box)
        self.overrides = RowsModel(override_columns(), id_key="id", parent=self)
        self.overrides_view = make_table(self.overrides, "overridesView")
        bv.addWidget(self.overrides_view)
        add = QHBoxLayout()
        self.day = date_edit()
        self.day.setObjectName("overrideDay")
        self.kind = QComboBox()
        self.kind.setObjectName("overrideKind")
        self.kind.addItem(labels.override_kind_label("day_off"), "day_off")
        self.kind.addItem(labels.override_kind_label("working_day"), "working_day")
        self.note = QLineEdit()
        self.note.setObjectName("overrideNote")
        self.note.setPlaceholderText(self.tr("Basis, e.g. Government resolution No. …"))
        self.add_btn = QPushButton(self.tr("Add"))
        self.add_btn.setObjectName("addOverride")
        self.add_btn.clicked.connect(self.add_override)
        self.remove_btn = QPushButton(self.tr("Remove selected"))
        self.remove_btn.clicked.connect(self.remove_override)
        export = QPushButton(self.tr("Export…"))
        export.clicked.connect(lambda: export_rows(self.ctx, self, self.days, default_name=f"calendar-{self.year.value()}"))
        for w in (self.day, self.kind, self.note, self.add_btn, self.remove_btn, export):
            add.addWidget(w)
        bv.addLayout(add)
        self.result = QLabel()
        self.result.setObjectName("calendarResult")
        self.result.setWordWrap(True)
        bv.addWidget(self.result)
        outer.addWidget(box, 1)

    def reload(self) -> None:
        if self.ctx.ready:
            self.ctx.tasks.run(jobs.load_calendar, self.year.value(), self.ctx.lang, show_progress=False,
                               on_done=self.show_calendar)

    def show_calendar(self, data: dict[str, Any]) -> None:
        weekdays = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                    self.tr("Sun")]
        rows = []
        for d in data["days"]:
            name = d["name"]
            if d.get("from"):
                name = self.tr("instead of %1").replace("%1", labels.fmt_date(d["from"]))
            if d.get("note"):
                name = d["note"]
            if d.get("estimated"):
                name += " " + self.tr("(date estimated)")
            rows.append({**d, "weekday": weekdays[d["weekday"] - 1], "name": name})
        self.days.set_rows(rows)
        self.days_view.resizeColumnsToContents()
        self.overrides.set_rows(data["overrides"])
        self.overrides_view.resizeColumnsToContents()

    def add_override(self) -> None:
        self.add_btn.setEnabled(False)
        self.ctx.tasks.run(jobs.add_override, iso(self.day), self.kind.currentData(), self.note.text().strip(),
                           write=True, title=self.tr("Recomputing open items"), on_done=self._changed,
                           on_error=self._failed)

    def remove_override(self) -> None:
        index = self.overrides_view.currentIndex()
        if not index.isValid():
            return
        self.ctx.tasks.run(jobs.remove_override, self.overrides.data(index, IdRole), write=True,
                           title=self.tr("Recomputing open items"), on_done=self._changed, on_error=self._failed)

    def _changed(self, result: dict[str, Any]) -> None:
        self.add_btn.setEnabled(True)
        n = len(result["recomputed"])
        self.result.setText(self.tr("%n open item(s) got a new due date.", "", n))
        self.ctx.bus.data_changed.emit("followup", [c["addressee_id"] for c in result["recomputed"]])
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.add_btn.setEnabled(True)
        QMessageBox.warning(self, self.tr("Calendar"), str(exc))


def new_item(ctx: AppContext, parent: QWidget) -> None:
    """Open the editor for a new item (organisations are loaded first, in the background)."""

    def show(orgs: list[dict[str, Any]]) -> None:
        dialog = ItemEditorDialog(ctx, orgs, None, parent)
        if dialog.exec() and dialog.result_data:
            ctx.tasks.run(jobs.create_item, dialog.result_data, write=True,
                          title=QCoreApplication.translate("FollowupPages", "Saving"),
                          on_done=lambda r: (ctx.bus.data_changed.emit("followup", [r["id"]]),
                                             open_item(ctx, parent, r["id"])))

    ctx.tasks.run(jobs.load_organisations, show_progress=False, on_done=show)


__all__ = ["CalendarPage", "DashboardPage", "ListPage", "ScorecardsPage", "new_item"]
