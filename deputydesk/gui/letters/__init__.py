"""The letters area (empty state until its issue lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from deputydesk.gui.context import AppContext
from deputydesk.gui.placeholders import placeholder


def create_area(ctx: AppContext) -> QWidget:
    return placeholder("letters")
