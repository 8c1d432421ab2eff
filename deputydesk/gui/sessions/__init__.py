"""The Sessions area: session list per body, the session editor with live quorum and results, and the
protocol / summary / notice generated in the background."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from deputydesk.gui.context import AppContext


def create_area(ctx: AppContext) -> QWidget:
    from deputydesk.gui.sessions.area import SessionsArea

    return SessionsArea(ctx)
