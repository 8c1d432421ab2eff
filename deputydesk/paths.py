"""Where DeputyDesk finds its resources and keeps its data.

- Resources: ``resources/`` beside the package in a source checkout, or inside the frozen bundle.
- Workspace: ``--workspace DIR`` > ``$DEPUTYDESK_WORKSPACE`` > portable folder > the user's data folder.
- Portable mode: a file named ``portable.txt`` beside the executable (frozen build) makes DeputyDesk keep
  its workspace and settings in ``DeputyDesk-data/`` next to the program instead of the user profile.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from deputydesk import APP_NAME, ORG_NAME

PORTABLE_MARKER = "portable.txt"
PORTABLE_DATA_DIR = "DeputyDesk-data"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def program_dir() -> Path:
    """Folder holding the executable (frozen) or the repository root (source checkout)."""
    if is_frozen():
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    if is_frozen():
        base = Path(getattr(sys, "_MEIPASS", program_dir()))
        return base / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def portable_root() -> Path | None:
    """The portable data folder when the portable marker sits beside the program, else None."""
    marker = program_dir() / PORTABLE_MARKER
    if marker.is_file():
        return program_dir() / PORTABLE_DATA_DIR
    return None


def default_workspace() -> Path:
    env = os.environ.get("DEPUTYDESK_WORKSPACE")
    if env:
        return Path(env).expanduser()
    portable = portable_root()
    if portable is not None:
        return portable / "workspace"
    return Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME, roaming=True)) / "workspace"


def settings_dir() -> Path:
    """Folder for the GUI's QSettings INI file (window geometry, language)."""
    env = os.environ.get("DEPUTYDESK_CONFIG_DIR")
    if env:
        return Path(env).expanduser()
    portable = portable_root()
    if portable is not None:
        return portable / "settings"
    return Path(platformdirs.user_config_dir(APP_NAME, ORG_NAME, roaming=True))
