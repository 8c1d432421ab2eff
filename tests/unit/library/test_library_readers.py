"""Reader processes end with the application, even when it is killed without a chance to stop them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs /proc to find the processes")

_PARENT = """
import sys
from deputydesk.services.library import ReaderPool
pool = ReaderPool(2)
print(" ".join(str(p) for p in pool.start()), flush=True)
sys.stdin.read()  # wait until killed
"""


def _processes_with(marker: str) -> set[int]:
    """Pids of live processes whose environment holds ``marker`` (the readers and multiprocessing's
    resource tracker inherit it)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            env = (entry / "environ").read_bytes()
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if marker.encode() in env and state != "Z":
            found.add(int(entry.name))
    return found


def test_readers_end_when_the_application_is_killed():
    marker = f"DEPUTYDESK_TEST_MARK=readers-{uuid.uuid4().hex}"
    key, value = marker.split("=", 1)
    env = {**os.environ, key: value, "PYTHONPATH": str(Path(__file__).resolve().parents[3])}
    parent = subprocess.Popen([sys.executable, "-c", _PARENT], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              env=env, text=True)
    try:
        readers = {int(p) for p in parent.stdout.readline().split()}
        assert readers and readers <= _processes_with(marker)
        assert len(_processes_with(marker)) >= 2  # the readers that answered, the others, the tracker
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=10)
        deadline = time.monotonic() + 20
        left = _processes_with(marker)
        while left and time.monotonic() < deadline:
            time.sleep(0.1)
            left = _processes_with(marker)
        assert not left, f"still running after the application was killed: {sorted(left)}"
    finally:
        for pid in _processes_with(marker):
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        if parent.poll() is None:
            parent.kill()
        parent.stdin.close()
        parent.stdout.close()
