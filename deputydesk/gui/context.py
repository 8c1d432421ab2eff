"""What every GUI area receives: the task helper, the signal bus, settings and the language."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

from deputydesk.gui.tasks import TaskRunner


class Bus(QObject):
    """Application-wide notifications. Areas listen and refresh only what changed."""

    workspace_ready = Signal(object)  # the opened Workspace (use it only through ctx.tasks)
    data_changed = Signal(str, list)  # (kind such as "council", "documents", ids or [])
    files_dropped = Signal(list)  # list[str] of local paths dropped onto the main window
    status_message = Signal(str)
    open_area = Signal(str)  # ask the main window to show an area by name


@dataclass
class AppContext:
    tasks: TaskRunner
    bus: Bus
    qsettings: QSettings
    workspace_path: Path
    lang: str = "en"
    main_window: Any = None

    @property
    def ready(self) -> bool:
        return self.tasks.workspace is not None

    def doc_lang(self) -> str:
        """Preferred language for printed documents: Kazakh or Russian (English UI prints Russian)."""
        return "kk" if self.lang == "kk" else "ru"
