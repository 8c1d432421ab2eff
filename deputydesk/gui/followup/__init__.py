"""The follow-up area: dashboard, items, scorecards and the working-day calendar.

Everything is read and written through ``ctx.tasks`` (services.followup); the widgets only show
snapshots. After each write the area emits ``data_changed("followup", ids)`` and every page refreshes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from deputydesk.gui.context import AppContext
from deputydesk.gui.followup.pages import CalendarPage, DashboardPage, ListPage, ScorecardsPage, new_item
from deputydesk.gui.widgets import PageHeader


def create_area(ctx: AppContext) -> QWidget:
    return FollowupArea(ctx)


class FollowupArea(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(PageHeader(
            self.tr("Follow-up"),
            self.tr("Recommendations and inquiries the council sent, their answer terms, the replies, the "
                    "council's verdict on each reply and whether it was implemented.")))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("followupTabs")
        self.dashboard = DashboardPage(ctx)
        self.list = ListPage(ctx)
        self.scorecards = ScorecardsPage(ctx)
        self.calendar = CalendarPage(ctx)
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.tabs.addTab(self.list, self.tr("Items"))
        self.tabs.addTab(self.scorecards, self.tr("Addressees"))
        self.tabs.addTab(self.calendar, self.tr("Calendar"))
        layout.addWidget(self.tabs, 1)
        self.dashboard.new_btn.clicked.connect(lambda: new_item(ctx, self))
        self.list.new_btn.clicked.connect(lambda: new_item(ctx, self))
        ctx.bus.data_changed.connect(self._on_data_changed)
        self.setEnabled(False)  # until the workspace is open (the main window calls on_workspace_ready)

    def on_workspace_ready(self, _ws: Any) -> None:
        self.setEnabled(True)
        self.reload()

    def _on_data_changed(self, kind: str, _ids: list) -> None:
        if kind in ("followup", "all", "council"):
            self.reload()

    def reload(self) -> None:
        self.dashboard.reload()
        self.list.reload()
        self.scorecards.reload()
        self.calendar.reload()
