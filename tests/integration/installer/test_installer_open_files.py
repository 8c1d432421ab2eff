"""Files named on the command line — what the Windows file association and the Linux .desktop entry pass
(`DeputyDesk.exe gui "%1"`, `deputydesk gui %F`) — reach the window as if dropped onto it."""

from __future__ import annotations

from pathlib import Path

import pytest

from deputydesk.cli import CommandContext, build_parser


@pytest.fixture
def window(qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    from deputydesk.gui.app import install_translations, load_fonts, open_settings
    from deputydesk.gui.mainwindow import MainWindow

    app = QApplication.instance()
    load_fonts()
    install_translations(app, "en")
    w = MainWindow(tmp_path / "ws", open_settings(), "en")
    qtbot.addWidget(w)
    yield w
    w.shutdown()


def test_files_wait_for_the_workspace_then_arrive_like_a_drop(window, qtbot, tmp_path, monkeypatch):
    from deputydesk.gui.app import hand_over_files
    from deputydesk.gui.exchange import ExchangePage

    package = tmp_path / "from-secretary.ddx"
    package.write_bytes(b"PK\x05\x06" + b"\x00" * 18)
    imported: list[tuple[str, bool]] = []
    monkeypatch.setattr(ExchangePage, "import_package",
                        lambda self, path=None: imported.append((path, window.ctx.ready)))
    received: list[tuple[list[str], bool]] = []
    window.ctx.bus.files_dropped.connect(lambda paths: received.append((paths, window.ctx.ready)))
    assert not window.ctx.ready
    hand_over_files(window, [str(package)])
    window.show()
    qtbot.waitUntil(lambda: bool(imported), timeout=20000)
    # once, only after the workspace is open, on the Exchange page; nothing goes to the library import
    assert imported == [(str(package), True)]
    assert window.stack.currentWidget().objectName() == "area_dossiers"
    qtbot.wait(200)
    assert len(imported) == 1 and received == []
    # later hand-overs (files opened while the window is up) arrive at once, split by kind
    hand_over_files(window, [str(package), str(tmp_path / "b.pdf")])
    qtbot.waitUntil(lambda: len(imported) == 2 and len(received) == 1, timeout=5000)
    assert received[0][0] == [str(tmp_path / "b.pdf")]


def test_gui_command_passes_files_and_opens_packages_where_exchange_lives(monkeypatch, tmp_path):
    import deputydesk.gui.app as app
    from deputydesk.commands.core import cmd_gui

    calls = []
    monkeypatch.setattr(app, "run_gui", lambda **kw: calls.append(kw) or 0)
    (tmp_path / "x.ddx").write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    parser = build_parser()
    for argv in (["gui", "x.ddx"], ["gui", "report.pdf"], ["gui", "--area", "library", "x.ddx"], ["gui"]):
        args = parser.parse_args(argv)
        assert cmd_gui(args, CommandContext(args)) == 0
    assert calls[0]["open_files"] == [str(Path(tmp_path, "x.ddx").resolve())]
    assert calls[0]["area"] == "dossiers"
    assert calls[1]["area"] is None and calls[1]["open_files"] == [str(Path(tmp_path, "report.pdf").resolve())]
    assert calls[2]["area"] == "library"
    assert calls[3]["open_files"] == [] and calls[3]["area"] is None
