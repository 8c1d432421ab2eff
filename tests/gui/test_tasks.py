from __future__ import annotations

import threading
import time

from PySide6.QtWidgets import QProgressDialog, QWidget

from deputydesk.core.progress import Cancelled
from deputydesk.gui.tasks import TaskRunner


def _runner(qtbot, workspace=None):
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner(parent)
    runner.workspace = workspace
    return runner


def test_result_arrives_on_the_gui_thread(qtbot, workspace):
    runner = _runner(qtbot, workspace)
    main = threading.get_ident()
    seen = {}

    def job(ws, progress, x):
        seen["worker"] = threading.get_ident()
        return ws.db.execute("SELECT ?", [x]).fetchone()[0]

    def done(result):
        seen["result"] = result
        seen["callback"] = threading.get_ident()

    runner.run(job, 41 + 1, on_done=done)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["callback"] == main != seen["worker"]
    runner.wait_for_threads()


def test_errors_are_delivered_not_lost(qtbot, workspace):
    runner = _runner(qtbot, workspace)
    errors = []

    def job(ws, progress):
        raise ValueError("bad input in file x.pdf")

    runner.run(job, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError)
    runner.wait_for_threads()


def test_writes_are_serialised(qtbot, workspace):
    runner = _runner(qtbot, workspace)
    active = []
    overlaps = []
    finished = []
    lock = threading.Lock()

    def write_job(ws, progress, n):
        with lock:
            active.append(n)
            if len(active) > 1:
                overlaps.append(tuple(active))
        time.sleep(0.03)
        ws.set_meta(f"w{n}", str(n))
        with lock:
            active.remove(n)
        return n

    for n in range(6):
        runner.run(write_job, n, write=True, show_progress=False, on_done=finished.append)
    qtbot.waitUntil(lambda: len(finished) == 6, timeout=10000)
    assert overlaps == []
    assert finished == list(range(6))  # in submission order
    runner.wait_for_threads()


def test_progress_dialog_appears_after_half_a_second_and_cancels(qtbot, workspace):
    runner = _runner(qtbot, workspace)
    outcome = []

    def slow(ws, progress):
        for i in range(200):
            progress.update(i, 200, f"file {i}")
            progress.check()
            time.sleep(0.01)
        return "finished"

    progress = runner.run(slow, title="Importing", on_done=outcome.append, on_error=outcome.append)
    qtbot.wait(200)
    assert not runner.parent_widget.findChildren(QProgressDialog)
    qtbot.waitUntil(lambda: bool(runner.parent_widget.findChildren(QProgressDialog)), timeout=3000)
    dialog = runner.parent_widget.findChildren(QProgressDialog)[0]
    assert "Importing" in dialog.labelText()
    from PySide6.QtWidgets import QPushButton

    dialog.findChild(QPushButton).click()  # the Cancel button, as the user would
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert isinstance(outcome[0], Cancelled)
    assert progress.cancelled
    runner.wait_for_threads()


def test_quick_task_shows_no_dialog(qtbot, workspace):
    runner = _runner(qtbot, workspace)
    out = []
    runner.run(lambda ws, p: 1, on_done=out.append)
    qtbot.waitUntil(lambda: bool(out), timeout=3000)
    qtbot.wait(700)
    assert not runner.parent_widget.findChildren(QProgressDialog)
    runner.wait_for_threads()


def test_only_the_newest_result_of_a_key_is_delivered(qtbot, workspace):
    runner = _runner(qtbot, workspace)
    delivered = []
    gate = threading.Event()

    def slow_then(ws, progress, value, wait):
        if wait:
            gate.wait(5)
        return value

    runner.run(slow_then, "old", True, key="open", on_done=delivered.append, show_progress=False)
    runner.run(slow_then, "new", False, key="open", on_done=delivered.append, show_progress=False)
    qtbot.waitUntil(lambda: delivered == ["new"], timeout=5000)
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    qtbot.wait(100)
    assert delivered == ["new"]  # the slow, older load never overwrote it
    runner.wait_for_threads()


def test_tasks_reuse_a_small_pool_of_connections(qtbot, workspace):
    """Qt's pool threads forget Python thread-locals between tasks; connections must still be reused,
    not opened anew (and leaked) by every task."""
    runner = _runner(qtbot, workspace)
    done = []
    for i in range(40):
        runner.run(lambda ws, p, n: ws.db.execute("SELECT ?", [n]).fetchone()[0], i, show_progress=False,
                   write=(i % 3 == 0), on_done=done.append)
    qtbot.waitUntil(lambda: len(done) == 40, timeout=10000)
    assert sorted(done) == list(range(40))
    assert len(workspace._all_dbs) <= 4  # the test's own + at most one per worker thread
    runner.wait_for_threads()
