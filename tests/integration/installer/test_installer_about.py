"""The About dialog shows the release notes (CHANGELOG.md) from the source tree and from the frozen bundle."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTabWidget

from deputydesk import __version__

REPO = Path(__file__).resolve().parents[3]


def _release_notes(dialog) -> str | None:
    tabs = dialog.findChild(QTabWidget)
    for i in range(tabs.count()):
        if tabs.tabText(i) == "Release notes":
            widget = tabs.widget(i)
            assert isinstance(widget, QPlainTextEdit)
            return widget.toPlainText()
    return None


def test_changelog_names_the_current_version():
    text = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    versions = re.findall(r"^## \[(\d+\.\d+\.\d+)\]", text, re.MULTILINE)
    assert versions and versions[0] == __version__, "the newest CHANGELOG.md entry must be deputydesk.__version__"


def test_about_dialog_shows_the_release_notes_from_the_source_tree(qtbot, tmp_path):
    from deputydesk.gui.about import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    notes = _release_notes(dialog)
    assert notes == (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [{__version__}]" in notes
    assert f"DeputyDesk {__version__}" in dialog.findChild(QLabel, "aboutText").text()


def test_about_dialog_in_the_frozen_program_reads_the_bundled_changelog(frozen_folder, qtbot, monkeypatch,
                                                                       tmp_path):
    """With sys.frozen / sys._MEIPASS / sys.executable as the PyInstaller bootloader sets them for
    dist/deputydesk/deputydesk, the dialog finds CHANGELOG.md inside the bundle (there is none beside the
    program, so without the bundled copy the tab would be missing)."""
    from deputydesk import paths
    from deputydesk.gui.about import AboutDialog

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(frozen_folder / "_internal"), raising=False)
    monkeypatch.setattr(sys, "executable", str(frozen_folder / "deputydesk"))
    assert paths.resources_dir() == frozen_folder / "_internal" / "resources"
    assert not (paths.program_dir() / "CHANGELOG.md").exists()
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    notes = _release_notes(dialog)
    assert notes is not None, "the frozen program's About dialog has no release notes"
    assert notes == (frozen_folder / "_internal" / "resources" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [{__version__}]" in notes
    dialog.resize(640, 520)
    tabs = dialog.findChild(QTabWidget)
    tabs.setCurrentIndex(tabs.count() - 1)
    shot = tmp_path / "about-release-notes.png"
    assert dialog.grab().save(str(shot))
    assert shot.stat().st_size > 5_000
