"""The background-task helper: runs service calls off the GUI thread and returns results on it.

- ``run(fn, *args, write=False, ...)`` calls ``fn(ws, progress, *args)`` on a worker thread with that
  thread's own workspace connection and delivers the result (or the error) to ``on_done`` / ``on_error``
  on the GUI thread.
- Writes go through ONE serial writer thread, so database writes never overlap; reads use a small pool.
- A progress dialog appears only when a task runs longer than about half a second; its Cancel button
  sets the task's cancellation flag, which services check between units of work.
- Nothing here runs SQL itself, and nothing blocks the GUI thread (no processEvents loops).
"""

from __future__ import annotations

import itertools
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from deputydesk.core.progress import Cancelled, Progress

PROGRESS_DELAY_MS = 500



class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, object, str)
    progressed = Signal(int, int, int, str)


class _QtProgress(Progress):
    """Progress that forwards updates to the GUI thread (throttled to ~20 per second)."""

    def __init__(self, task_id: int, signals: _Signals) -> None:
        super().__init__()
        self.task_id = task_id
        self.signals = signals
        self._last = 0.0

    def on_update(self) -> None:
        now = time.monotonic()
        if now - self._last >= 0.05 or (self.total and self.done >= self.total):
            self._last = now
            self.signals.progressed.emit(self.task_id, self.done, self.total, self.text)


class _Job(QRunnable):
    def __init__(self, runner: TaskRunner, task: _Task) -> None:
        super().__init__()
        self.runner = runner
        self.task: _Task | None = task
        self.setAutoDelete(True)

    def run(self) -> None:
        # The runner keeps the task until its result is delivered; this job lets go of it before the result
        # is sent, so the task (its callbacks, its progress connected to a progress dialog) is always freed on
        # the GUI thread. Freed here, on the pool thread, it raced the GUI thread and crashed PySide.
        task, self.task = self.task, None
        assert task is not None
        task_id = task.id
        signals = self.runner._signals
        try:
            ws = self.runner.workspace
            if ws is None and task.needs_workspace:
                raise RuntimeError("no workspace is open")
            result = task.fn(ws, task.progress, *task.args, **task.kwargs)
        except Cancelled as exc:
            self._release()
            del task
            signals.failed.emit(task_id, exc, "")
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self._release()
            details = traceback.format_exc()
            del task
            signals.failed.emit(task_id, exc, details)
        else:
            self._release()
            del task
            signals.done.emit(task_id, result)

    def _release(self) -> None:
        ws = self.runner.workspace
        if ws is not None:
            ws.release_thread_connection()


class _Task:
    def __init__(self, task_id: int, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any],
                 title: str, write: bool, on_done: Callable[[Any], None] | None,
                 on_error: Callable[[BaseException], None] | None, progress: Progress,
                 show_progress: bool, needs_workspace: bool, key: str | None = None) -> None:
        self.id = task_id
        self.key = key
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.title = title
        self.write = write
        self.on_done = on_done
        self.on_error = on_error
        self.progress = progress
        self.show_progress = show_progress
        self.needs_workspace = needs_workspace
        self.dialog: QProgressDialog | None = None
        self.started = time.monotonic()


class TaskRunner(QObject):
    """One per window. ``workspace`` is set once the workspace has been opened (itself a task)."""

    busy_changed = Signal(bool)
    task_failed = Signal(str)

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self.workspace: Any = None
        self._signals = _Signals()
        self._signals.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._signals.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._writer.setExpiryTimeout(-1)
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(2)
        self._readers.setExpiryTimeout(-1)
        self._ids = itertools.count(1)
        self._tasks: dict[int, _Task] = {}
        self._latest: dict[str, int] = {}

    # ------------------------------------------------------------------ API
    def run(self, fn: Callable[..., Any], *args: Any, title: str = "", write: bool = False,
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            show_progress: bool = True, needs_workspace: bool = True, key: str | None = None,
            **kwargs: Any) -> Progress:
        """Run ``fn(ws, progress, *args, **kwargs)`` in the background. Returns the task's Progress
        (call ``.cancel()`` on it to stop the task at its next check).

        ``key`` names what the result is for (say "sessions.open"): when several tasks with the same key
        are in flight, only the newest one's result is delivered, so a slow earlier load can never
        overwrite what the user asked for last (reads run in parallel and may finish out of order).
        """
        task_id = next(self._ids)
        progress = _QtProgress(task_id, self._signals)
        task = _Task(task_id, fn, args, kwargs, title, write, on_done, on_error, progress, show_progress,
                     needs_workspace, key)
        if key is not None:
            self._latest[key] = task_id
        was_idle = not self._tasks
        self._tasks[task_id] = task
        (self._writer if write else self._readers).start(_Job(self, task))
        if show_progress:
            QTimer.singleShot(PROGRESS_DELAY_MS, self, lambda: self._maybe_show_dialog(task_id))
        if was_idle:
            self.busy_changed.emit(True)
        return progress

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def pending(self) -> int:
        return len(self._tasks)

    def wait_for_threads(self, msecs: int = 30000) -> bool:
        """Block until worker threads finish (shutdown and tests only; results are still queued)."""
        ok_w = self._writer.waitForDone(msecs)
        ok_r = self._readers.waitForDone(msecs)
        return ok_w and ok_r

    def shutdown(self) -> None:
        for task in list(self._tasks.values()):
            task.progress.cancel()
        self.wait_for_threads()
        # Close each worker thread's connection by running a closing job on it is not possible once
        # threads are idle; the workspace closes every connection it handed out.
        if self.workspace is not None:
            self.workspace.close()

    # ------------------------------------------------------------------ delivery (GUI thread)
    def _finish(self, task_id: int) -> _Task | None:
        task = self._tasks.pop(task_id, None)
        if task is not None and task.dialog is not None:
            task.dialog.hide()
            task.dialog.deleteLater()
            task.dialog = None
        if not self._tasks:
            self.busy_changed.emit(False)
        return task

    @Slot(int, object)
    def _on_done(self, task_id: int, result: object) -> None:
        task = self._finish(task_id)
        if task is None or self._superseded(task):
            return
        if task.on_done is not None:
            task.on_done(result)

    def _superseded(self, task: _Task) -> bool:
        # the newest id per key is kept (a handful of keys per window), so older results stay stale
        return task.key is not None and self._latest.get(task.key) != task.id

    @Slot(int, object, str)
    def _on_failed(self, task_id: int, exc: BaseException, details: str) -> None:
        task = self._finish(task_id)
        if task is None or self._superseded(task):
            return
        if isinstance(exc, Cancelled):
            if task.on_error is not None:
                task.on_error(exc)
            return
        if task.on_error is not None:
            task.on_error(exc)
            return
        self.report_error(exc, details, task.title)

    def report_error(self, exc: BaseException, details: str = "", title: str = "") -> None:
        from deputydesk.storage.errors import WorkspaceError, classify

        problem = classify(exc)
        if isinstance(problem, WorkspaceError):
            message = str(problem)
        else:
            message = QCoreApplication.translate("TaskRunner", "Something went wrong inside DeputyDesk (a bug). Your data is safe; the "
                         "operation was not completed.") + f"\n\n{type(exc).__name__}: {exc}"
        self.task_failed.emit(message)
        if self.parent_widget is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, title or QCoreApplication.translate("TaskRunner", "DeputyDesk"), message,
                          QMessageBox.StandardButton.Ok, self.parent_widget)
        if details and not isinstance(problem, WorkspaceError):
            box.setDetailedText(details)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()

    @Slot(int, int, int, str)
    def _on_progress(self, task_id: int, done: int, total: int, text: str) -> None:
        task = self._tasks.get(task_id)
        if task is None or task.dialog is None:
            return
        task.dialog.setMaximum(max(total, 0))
        task.dialog.setValue(min(done, total) if total else 0)
        if text:
            task.dialog.setLabelText(f"{task.title}\n{text}" if task.title else text)

    def _maybe_show_dialog(self, task_id: int) -> None:
        task = self._tasks.get(task_id)
        if task is None or not task.show_progress or self.parent_widget is None:
            return
        dialog = QProgressDialog(task.title or QCoreApplication.translate("TaskRunner", "Working…"), QCoreApplication.translate("TaskRunner", "Cancel"), 0, 0, self.parent_widget)
        dialog.setWindowTitle(QCoreApplication.translate("TaskRunner", "DeputyDesk"))
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(task.progress.cancel)
        if task.progress.total:
            dialog.setMaximum(task.progress.total)
            dialog.setValue(min(task.progress.done, task.progress.total))
        task.dialog = dialog
        dialog.show()
