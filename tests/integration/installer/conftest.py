"""The frozen build and the Linux packages, built once per test session with installer/build.py.

They go to the repository's dist/ and build/ (like `make package`): the build is reused when its inputs
have not changed, so `make frozen-smoke` after `make test` does not freeze a second time.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
DIST = REPO / "dist"
WORK = REPO / "build"


def _build(step: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEPUTYDESK_")}
    # PyInstaller caches stripped libraries in the user cache, which the tests redirect into tmp; keep one
    # cache for the session instead
    env["PYINSTALLER_CONFIG_DIR"] = str(WORK / "pyinstaller-config")
    result = subprocess.run([sys.executable, str(REPO / "installer" / "build.py"), step, "--dist", str(DIST),
                             "--work", str(WORK)], cwd=REPO, env=env, capture_output=True, text=True,
                            timeout=1800)
    sys.stderr.write(result.stdout)
    if result.returncode != 0:
        pytest.fail(f"installer/build.py {step} failed:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}")


@pytest.fixture(scope="session")
def frozen_folder() -> Path:
    """dist/deputydesk/: the PyInstaller one-folder build of the current sources."""
    _build("freeze")
    folder = DIST / "deputydesk"
    assert (folder / "deputydesk").is_file()
    return folder


@pytest.fixture(scope="session")
def linux_packages(frozen_folder) -> dict[str, Path]:
    """The tar.gz and the .deb made from the frozen folder."""
    from deputydesk import __version__

    _build("package")  # the frozen folder is reused; the tar.gz and the .deb are made side by side
    tarball = DIST / f"deputydesk-{__version__}-linux-x86_64.tar.gz"
    deb = DIST / f"deputydesk_{__version__}_amd64.deb"
    assert tarball.is_file() and deb.is_file()
    return {"tarball": tarball, "deb": deb}


def _clean_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a user who has never run DeputyDesk: an empty HOME and nothing else set."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "LANG": "C.UTF-8",
           "LC_ALL": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    env.update(extra)
    return env


def _run_frozen(exe: Path, *args: str, env: dict[str, str], timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([str(exe), *args], env=env, capture_output=True, text=True, encoding="utf-8",
                          timeout=timeout, cwd=str(exe.parent))


@pytest.fixture
def clean_env():
    """``clean_env(home, **extra)``: the environment of a user who has never run DeputyDesk."""
    return _clean_env


@pytest.fixture
def run_frozen():
    """``run_frozen(exe, *args, env=...)`` runs a frozen program and returns the CompletedProcess."""
    return _run_frozen
