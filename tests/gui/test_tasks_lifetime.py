"""A finished task is freed on the GUI thread, never on the pool thread that ran it.

When the pool thread held the last reference (its job object outlived the delivery of the result), the
task's progress — connected to the progress dialog's Cancel button — died on that thread, and PySide
disconnected from the wrong thread while the GUI thread deleted the dialog: a segmentation fault, seen
about once in five runs of the GUI suite. Many short tasks with progress dialogs provoke the race; the
stress runs in a child process so that a crash fails this test instead of killing the suite."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

STRESS = textwrap.dedent("""
    import os, sys, time
    # PySide6 6.12 on Python 3.11 drops a reference to None on every call of a void C++ method and one to
    # True on every emit; the loop below makes millions of them, so keep both alive here (Python 3.12
    # makes them immortal). That PySide bug is not what this test is about.
    KEEP = [None] * 30_000_000 + [True] * 1_000_000
    from PySide6.QtWidgets import QApplication, QWidget
    app = QApplication([])
    sys.setswitchinterval(0.001)
    from deputydesk.gui import tasks
    tasks.PROGRESS_DELAY_MS = 0  # every task shows its progress dialog
    parent = QWidget()
    runner = tasks.TaskRunner(parent)
    done = []

    def job(ws, progress, i):
        time.sleep(0.003)
        return i

    n, started, end = 2500, 0, time.time() + 120
    while len(done) < n and time.time() < end:
        if started < n and runner.pending() < 4:
            runner.run(job, started, needs_workspace=False, on_done=done.append, title="x")
            started += 1
        app.processEvents()
    runner.wait_for_threads()
    print("delivered", len(done), flush=True)
    os._exit(0 if len(done) == n else 3)
""")


def test_many_tasks_with_progress_dialogs_do_not_crash():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([sys.executable, "-X", "faulthandler", "-c", STRESS], capture_output=True, text=True,
                         env=env, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "delivered 2500" in run.stdout
