"""None and True survive PySide6's lost references (a child process makes a hundred thousand Qt
calls that each drop one; before :mod:`deputydesk.gui.immortal` the interpreter aborted well before)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    import os, sys
    import deputydesk.gui  # pins None, True and False
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication([])
    label = QLabel()

    class Source(QObject):
        fired = Signal(int)

    source = Source()
    source.fired.connect(lambda n: None)
    for n in range(100_000):
        label.setText("x")  # returns nothing
        if n % 4 == 0:
            source.fired.emit(n)
    app.processEvents()
    print("alive", sys.getrefcount(None) > 1000, sys.getrefcount(True) > 1000, flush=True)
""")


def test_many_qt_calls_do_not_exhaust_none_and_true():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "alive True True" in run.stdout
