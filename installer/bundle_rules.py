"""What goes into the frozen DeputyDesk folder, shared by the PyInstaller spec and the tests.

Kept out of the spec so the rules are plain, importable and unit-tested (tests/unit/installer/).
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

# Python modules the program never needs at run time (development tools, other GUI toolkits, the parts of
# Qt DeputyDesk does not use). QtPdf still pulls libQt6Network in as a shared library; the Python module
# PySide6.QtNetwork is not bundled, and DeputyDesk never opens a connection.
EXCLUDED_MODULES = [
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "lib2to3", "pydoc_data",
    "pytest", "_pytest", "pytestqt", "iniconfig", "pygments",
    "mypy", "mypyc", "mypy_extensions", "librt", "ast_serialize",
    "ruff", "PyInstaller", "pip", "setuptools", "pkg_resources", "distutils",
    "PyQt5", "PyQt6", "PySide2", "readline",
    # DeputyDesk never opens a connection: no TLS, and no OpenSSL for it (cryptography has its own)
    "ssl", "_ssl", "_hashlib",
    # image formats and bindings DeputyDesk has no use for (AVIF alone brings a 5 MB codec)
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._imagingtk", "PIL.ImageTk", "PIL.ImageQt", "lxml.objectify",
    "PySide6.QtNetwork", "PySide6.QtNetworkAuth", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick", "PySide6.QtWebChannel", "PySide6.QtWebSockets", "PySide6.QtHttpServer",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.QtQuick3D", "PySide6.QtQuickTest", "PySide6.QtDesigner", "PySide6.QtUiTools", "PySide6.QtHelp",
    "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtDBus",
    "PySide6.QtConcurrent", "PySide6.QtStateMachine", "PySide6.QtXml",
]

# Data files (not modules) the program needs at run time: package -> glob patterns inside the package.
DATA_PACKAGES = {
    "docx": ["templates/**/*"],  # python-docx: the default document, header, footer and styles templates
    "holidays": ["locale/*/LC_MESSAGES/KZ.mo"],  # names of Kazakhstan's public holidays (kk, en, uk)
}
# Modules the program loads by name at run time, which PyInstaller cannot see in the code.
HIDDEN_IMPORTS = [
    "holidays.countries.kazakhstan",  # holidays.country_holidays("KZ") imports it lazily (statutory terms)
]
# Packages kept as plain .py files on disk instead of inside the archive, because they find their data
# through paths such as docx/parts/../templates/ that need the real folders.
SOURCE_PACKAGES = {"docx": "py"}

# Qt plugin folders that are bundled; every other plugin folder (network information, TLS, SQL drivers,
# QML tooling, designer, eglfs device integrations, generic input, Wayland compositor side) is left out.
PLUGIN_FOLDERS = {
    "platforms", "platformthemes", "platforminputcontexts", "imageformats", "iconengines", "printsupport",
    "styles", "xcbglintegrations", "wayland-decoration-client", "wayland-graphics-integration-client",
    "wayland-shell-integration",
}

# Platform plugins: offscreen and minimal everywhere (smoke tests, headless use), plus the desktop one.
PLATFORMS_LINUX = re.compile(r"^libq(offscreen|minimal|xcb|wayland[-\w]*)\.so$")
PLATFORMS_WINDOWS = re.compile(r"^q(offscreen|minimal|windows)\.dll$")
# Input methods: keep the compose and IBus contexts (typing Kazakh), not the virtual keyboard.
INPUT_CONTEXT_DROP = re.compile(r"virtualkeyboard", re.IGNORECASE)
# Platform themes: the XDG desktop portal theme (native file dialogs through D-Bus) is kept; the GTK 3
# theme is not: it loads the system's GTK, which clashes with the cairo/pango/glib copies PyInstaller
# would have to bundle for it (and it adds ~10 MB).
PLATFORM_THEME_DROP = re.compile(r"gtk", re.IGNORECASE)
# Qt's own translations: standard buttons and dialogs in the three interface languages.
QT_TRANSLATIONS = re.compile(r"^(qt|qtbase)_(kk|ru|en)\.qm$")

# Shared libraries left to the system although PyInstaller would bundle them: the CUPS client library and
# what only it needs (GnuTLS and friends, ~7 MB). Qt's print-support plugin loads the system's libcups —
# exactly as it does from the PySide6 wheel — and every desktop that can print has it; without it Qt prints
# to PDF only. The .deb recommends libcups2.
SYSTEM_LIBRARIES = re.compile(r"^(libcups|libgnutls|libavahi-client|libavahi-common|libgmp|libhogweed|"
                              r"libnettle|libp11-kit|libidn2|libunistring|libtasn1)\.so(\.\d+)*$")

LANGUAGES = ("kk", "ru", "en")

# The programs in the frozen folder. Windows gets a windowed program (Start menu, file associations) and
# a console twin for the command line; installer/windows/deputydesk.iss installs both.
LINUX_EXE = "deputydesk"
WINDOWS_GUI_EXE = "DeputyDesk.exe"
WINDOWS_CLI_EXE = "deputydesk-cli.exe"
CONTENTS_DIR = "_internal"


def _qt_relative(dest: str) -> PurePosixPath | None:
    """The part of a bundled path below the Qt prefix (PySide6/Qt/ on Linux, PySide6/ on Windows)."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if not parts or parts[0] != "PySide6":
        return None
    rest = parts[1:]
    if rest and rest[0] == "Qt":
        rest = rest[1:]
    return PurePosixPath(*rest) if rest else None


def keep_binary_or_data(dest: str, windows: bool) -> bool:
    """Whether a file PyInstaller collected (by its destination path in the bundle) is kept."""
    if SYSTEM_LIBRARIES.match(PurePosixPath(dest.replace("\\", "/")).name):
        return False
    rel = _qt_relative(dest)
    if rel is None or len(rel.parts) < 2:
        return True
    top, name = rel.parts[0], rel.name
    if top == "plugins":
        folder = rel.parts[1]
        if folder not in PLUGIN_FOLDERS:
            return False
        if folder == "platforms":
            return bool((PLATFORMS_WINDOWS if windows else PLATFORMS_LINUX).match(name))
        if folder == "platforminputcontexts":
            return not INPUT_CONTEXT_DROP.search(name)
        if folder == "platformthemes":
            return not PLATFORM_THEME_DROP.search(name)
        return True
    if top == "translations":
        return bool(QT_TRANSLATIONS.match(name))
    if top == "qml":
        return False
    return True


class BuildError(SystemExit):
    """A precondition of the build is not met; the message says what to run."""


def stale_translations(root: Path) -> list[str]:
    """.ts files whose compiled .qm is missing or older than the .ts."""
    problems = []
    for ts in sorted((root / "resources" / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
            problems.append(ts.name)
    return problems


def resource_datas(root: Path) -> list[tuple[str, str]]:
    """(source file, destination folder) pairs for everything under resources/ (except translation sources)
    plus CHANGELOG.md, all under ``resources/`` in the bundle."""
    stale = stale_translations(root)
    if stale:
        raise BuildError("compiled translations are missing or out of date for " + ", ".join(stale) +
                         "; run `python -m deputydesk.tools.translations compile` first")
    resources = root / "resources"
    pairs: list[tuple[str, str]] = []
    for path in sorted(resources.rglob("*")):
        if not path.is_file() or path.suffix == ".ts" or path.name.startswith("."):
            continue
        dest = PurePosixPath("resources", *path.parent.relative_to(resources).parts)
        pairs.append((str(path), str(dest)))
    changelog = root / "CHANGELOG.md"
    if not changelog.is_file():
        raise BuildError(f"{changelog} is missing: the About dialog shows it")
    pairs.append((str(changelog), "resources"))
    for lang in LANGUAGES:
        if not any(Path(src).name.endswith(f"_{lang}.qm") for src, _ in pairs):
            raise BuildError(f"no compiled translation for {lang!r} under resources/translations")
    return pairs



def windows_version_strings(version: str) -> tuple[tuple[int, int, int, int], dict[str, str]]:
    """The version resource of DeputyDesk.exe and deputydesk-cli.exe: the numeric version and the strings.
    Inno Setup reads ProductVersion (GetStringFileInfo) and refuses to build an installer whose AppVersion
    differs. (The spec turns this into PyInstaller's VSVersionInfo, which can only be imported on Windows.)"""
    parts = [int(n) for n in version.split(".")]
    numbers = (parts + [0, 0, 0, 0])[:4]
    return (numbers[0], numbers[1], numbers[2], numbers[3]), {
        "CompanyName": "DeputyDesk",
        "FileDescription": "DeputyDesk",
        "FileVersion": version,
        "InternalName": "DeputyDesk",
        "OriginalFilename": WINDOWS_GUI_EXE,
        "ProductName": "DeputyDesk",
        "ProductVersion": version,
        "LegalCopyright": "GPL-3.0-or-later",
    }
