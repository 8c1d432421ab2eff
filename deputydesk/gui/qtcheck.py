"""Check that Qt can start on this machine; if not, name the Debian/Ubuntu packages it needs.

Run by `make run` before the window opens. Exit 0 when Qt loads, 1 with a plain message otherwise.
"""

from __future__ import annotations

import os
import subprocess
import sys

BASE_PACKAGES = "libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3"
XCB_PACKAGES = ("libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 "
                "libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1")

PROBE = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication\n"
    "app = QApplication(sys.argv[:1])\n"
    "print(app.platformName())\n"
)


def main() -> int:
    try:
        import PySide6
    except ImportError as exc:
        print(f"DeputyDesk: PySide6 is not installed in this environment ({exc}). Run `make run` again.")
        return 1
    try:
        import PySide6.QtWidgets  # noqa: F401
    except ImportError as exc:
        print("DeputyDesk cannot load Qt: a system library is missing.\n"
              f"  ({exc})\n"
              "On Debian/Ubuntu install:\n"
              f"  sudo apt-get install {BASE_PACKAGES}")
        return 1
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM"))
    if headless:
        print("DeputyDesk: no graphical display is available (DISPLAY and WAYLAND_DISPLAY are not set).\n"
              "Run it from a desktop session, or check it headless with `make test` / "
              "`QT_QPA_PLATFORM=offscreen make run`.")
        return 1
    env = dict(os.environ, QT_DEBUG_PLUGINS="0")
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=60)
    if result.returncode == 0:
        return 0
    print("DeputyDesk cannot open a window: Qt's platform plugin failed to load.")
    tail = "\n".join(result.stderr.strip().splitlines()[-6:])
    if tail:
        print("  Qt said:\n    " + tail.replace("\n", "\n    "))
    print("On Debian/Ubuntu install the libraries Qt needs:\n"
          f"  sudo apt-get install {BASE_PACKAGES} \\\n      {XCB_PACKAGES}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
