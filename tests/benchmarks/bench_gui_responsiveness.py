"""GUI responsiveness: the longest pause of the GUI thread (10 ms heartbeat) while 1,000 files import and
while a 100,000-document library is listed, scrolled and searched. Goal: no pause over 100 ms.

Runs the two measuring GUI tests and prints what they measured.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    cmd = [sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider",
           "tests/gui/library/test_library_gui.py", "-k", "stalls or smooth"]
    result = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    lines = [ln for ln in result.stdout.splitlines() if "GUI-thread gap" in ln]
    print("GUI thread, longest pause (goal: under 100 ms)")
    for line in lines:
        print("  " + line.strip())
    if result.returncode != 0:
        print(result.stdout[-2000:])
