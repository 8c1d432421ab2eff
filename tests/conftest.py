"""Test configuration shared by every test.

- Qt runs offscreen (set before Qt loads); pytest-qt fails a test on any Qt warning (pyproject).
- Every folder the app could write to is redirected into the test's tmp_path.
- An in-memory keyring backend replaces the operating system's keyring.
- Any attempt to open a network connection fails the test: DeputyDesk is offline, always.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import keyring
import keyring.backend
import keyring.errors
import pytest

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
if not CORPUS.is_dir():  # fresh clone elsewhere (CI): the corpus sits beside the checkout or in /work/shared
    for candidate in (Path("/work/shared/corpus"), REPO / "shared" / "corpus"):
        if candidate.is_dir():
            CORPUS = candidate
            break


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives only in memory (one per test)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.store[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(username) from None


class NetworkUsed(AssertionError):
    pass


def _refuse(*args, **kwargs):
    raise NetworkUsed(f"DeputyDesk must stay offline, but a network connection was attempted: {args!r}")


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _guarded_connect(self, address):
    if self.family == getattr(socket, "AF_UNIX", None):
        return _real_connect(self, address)
    _refuse(address)


def _guarded_connect_ex(self, address):
    if self.family == getattr(socket, "AF_UNIX", None):
        return _real_connect_ex(self, address)
    _refuse(address)


@pytest.fixture(autouse=True, scope="session")
def _no_network():
    """Fail any TCP/UDP connection or DNS lookup made in-process."""
    mp = pytest.MonkeyPatch()
    mp.setattr(socket.socket, "connect", _guarded_connect)
    mp.setattr(socket.socket, "connect_ex", _guarded_connect_ex)
    mp.setattr(socket, "create_connection", _refuse)
    mp.setattr(socket, "getaddrinfo", _refuse)
    mp.setattr(socket, "gethostbyname", _refuse)
    yield
    mp.undo()


@pytest.fixture(autouse=True)
def _isolated_folders(tmp_path, monkeypatch):
    """Redirect every standard folder (data, config, cache, home) into tmp_path."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.setenv("DEPUTYDESK_WORKSPACE", str(tmp_path / "default-workspace"))
    monkeypatch.setenv("DEPUTYDESK_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("DEPUTYDESK_PASSPHRASE", raising=False)
    yield


@pytest.fixture(autouse=True)
def memory_keyring():
    """An in-memory keyring for each test; the previous backend is restored afterwards."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.fail(f"the shared corpus was not found beside the checkout ({CORPUS})")
    return CORPUS


@pytest.fixture
def workspace(tmp_path):
    """A fresh, opened workspace in tmp_path."""
    from deputydesk.storage.workspace import Workspace

    ws = Workspace.open(tmp_path / "ws")
    yield ws
    ws.close()


def run_cli(*args: str, workspace: Path | None = None, input: str | None = None, env: dict | None = None):
    """Run ``python -m deputydesk`` in a child process and return the CompletedProcess."""
    import subprocess

    cmd = [sys.executable, "-m", "deputydesk"]
    if workspace is not None:
        cmd += ["--workspace", str(workspace)]
    cmd += list(args)
    full_env = dict(os.environ)
    full_env["QT_QPA_PLATFORM"] = "offscreen"
    # tests/netguard/sitecustomize.py makes the child abort (exit 97) on any network connection
    full_env["PYTHONPATH"] = os.pathsep.join([str(REPO / "tests" / "netguard"), str(REPO),
                                              full_env.get("PYTHONPATH", "")])
    if env:
        full_env.update(env)
    return subprocess.run(cmd, capture_output=True, text=True, input=input, env=full_env, timeout=600,
                          cwd=str(REPO))


@pytest.fixture
def cli():
    """``cli(*args, workspace=None, input=None, env=None)`` runs ``python -m deputydesk`` in a child
    process (which aborts on any network attempt) and returns the CompletedProcess."""
    return run_cli
