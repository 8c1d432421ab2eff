"""The one architectural rule that matters most: only deputydesk/gui may import Qt."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "deputydesk"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        found += [n for n in names if n.split(".")[0] in QT_MODULES]
    return found


def test_no_qt_outside_gui():
    offenders = {}
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "gui":
            continue
        imports = _qt_imports(path)
        if imports:
            offenders[str(rel)] = imports
    assert offenders == {}, f"Qt imported outside deputydesk/gui: {offenders}"


def test_the_check_itself_finds_qt_imports(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("import os\nfrom PySide6.QtCore import QObject\n", encoding="utf-8")
    assert _qt_imports(sample) == ["PySide6.QtCore"]


def test_layered_packages_exist():
    for name in ("core", "storage", "ingest", "render", "exchange", "services", "gui"):
        assert (PACKAGE / name / "__init__.py").is_file(), name
    assert (PACKAGE / "cli.py").is_file()


def test_no_network_modules_in_the_app():
    banned = ("requests", "urllib.request", "http.client", "httpx", "aiohttp", "ftplib", "smtplib")
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            mods = []
            if isinstance(node, ast.Import):
                mods = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                mods = [node.module]
            offenders += [f"{path.name}: {m}" for m in mods if m in banned]
    assert offenders == []
