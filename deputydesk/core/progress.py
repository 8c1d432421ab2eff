"""Progress reporting and cancellation for long service calls, independent of any GUI toolkit.

Services take an optional ``progress`` argument. They call ``progress.update(done, total, text)`` and
``progress.check()`` between units of work; ``check()`` raises :class:`Cancelled` once cancellation was
requested. The GUI's background helper passes a thread-safe implementation; the CLI passes
:data:`NULL_PROGRESS` or a printer.
"""

from __future__ import annotations

import threading


class Cancelled(Exception):
    """The user cancelled a long operation. Work done so far is committed or rolled back by the service."""


class Progress:
    def __init__(self) -> None:
        self._cancel = threading.Event()
        self.done = 0
        self.total = 0
        self.text = ""

    def update(self, done: int, total: int | None = None, text: str | None = None) -> None:
        self.done = done
        if total is not None:
            self.total = total
        if text is not None:
            self.text = text
        self.on_update()

    def on_update(self) -> None:  # overridden by GUI / CLI reporters
        pass

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


NULL_PROGRESS = Progress()
