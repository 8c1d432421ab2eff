"""What the frozen folder keeps and leaves out (installer/bundle_rules.py, used by the PyInstaller spec)."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO / "installer"))

import bundle_rules  # noqa: E402
from bundle_rules import keep_binary_or_data, resource_datas, stale_translations  # noqa: E402


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforms/libqminimal.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
    "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
    "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
    "PySide6/Qt/translations/qtbase_kk.qm",
    "PySide6/Qt/translations/qtbase_ru.qm",
    "PySide6/Qt/translations/qt_en.qm",
    "PySide6/Qt/lib/libQt6Core.so.6",
    "PySide6/QtWidgets.abi3.so",
    "cryptography/hazmat/bindings/_rust.abi3.so",
    "resources/fonts/LiberationSerif-Regular.ttf",
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "libcrypto.so.3",
    "libdbus-1.so.3",
    "libQt6PrintSupport.so.6",
])
def test_linux_keeps_what_deputydesk_needs(dest):
    assert keep_binary_or_data(dest, windows=False)


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqlinuxfb.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platforms/libqvkkhrdisplay.so",
    "PySide6/Qt/plugins/platforms/libqminimalegl.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so",
    "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
    "PySide6/Qt/plugins/qmltooling/libqmldbg_tcp.so",
    "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so",
    "PySide6/Qt/plugins/generic/libqevdevmouseplugin.so",
    "PySide6/Qt/plugins/designer/libqwebengineview.so",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/wayland-graphics-integration-server/libqt-wayland-compositor-wayland-egl.so",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/translations/qtdeclarative_ru.qm",
    "PySide6/Qt/translations/designer_ru.qm",
    "PySide6/Qt/qml/QtQuick/Controls/qmldir",
    "libcups.so.2",
    "libgnutls.so.30",
    "libunistring.so.2",
    "libp11-kit.so.0",
])
def test_linux_leaves_out_unused_qt(dest):
    assert not keep_binary_or_data(dest, windows=False)


def test_windows_layout_keeps_only_the_windows_platform_plugins():
    keep = lambda d: keep_binary_or_data(d, windows=True)  # noqa: E731
    assert keep("PySide6\\plugins\\platforms\\qwindows.dll")
    assert keep("PySide6/plugins/platforms/qoffscreen.dll")
    assert keep("PySide6/plugins/platforms/qminimal.dll")
    assert keep("PySide6/plugins/styles/qmodernwindowsstyle.dll")
    assert keep("PySide6/translations/qtbase_kk.qm")
    assert not keep("PySide6/plugins/platforms/qdirect2d.dll")
    assert not keep("PySide6/plugins/platforms/libqxcb.so")
    assert not keep("PySide6/plugins/tls/qschannelbackend.dll")
    assert not keep("PySide6/translations/qtbase_fr.qm")


def test_no_web_engine_or_qml_modules_are_ever_bundled():
    for name in ("PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtQml", "PySide6.QtQuick",
                 "PySide6.QtNetwork", "tkinter", "pytest", "PyInstaller"):
        assert name in bundle_rules.EXCLUDED_MODULES


def _mini_repo(tmp_path: Path) -> Path:
    """A copy of resources/ and CHANGELOG.md with freshly compiled translations (a fresh clone has none)."""
    import subprocess

    from deputydesk.tools.translations import _tool

    root = tmp_path / "repo"
    shutil.copytree(REPO / "resources", root / "resources", ignore=shutil.ignore_patterns("*.qm"))
    shutil.copy(REPO / "CHANGELOG.md", root / "CHANGELOG.md")
    sources = sorted((root / "resources" / "translations").glob("*.ts"))
    subprocess.run([_tool("pyside6-lrelease"), "-silent", *map(str, sources)], check=True)
    return root


def test_resource_datas_bundle_every_resource_and_the_changelog_under_resources(tmp_path):
    root = _mini_repo(tmp_path)
    pairs = resource_datas(root)
    by_name = {Path(src).name: dest for src, dest in pairs}
    assert by_name["CHANGELOG.md"] == "resources"
    assert by_name["LiberationSerif-Regular.ttf"] == "resources/fonts"
    assert by_name["OFL-1.1.txt"] == "resources/fonts"
    assert by_name["deputydesk.svg"] == "resources/icons"
    for lang in ("kk", "ru", "en"):
        assert by_name[f"shell_{lang}.qm"] == "resources/translations"
    assert not any(src.endswith(".ts") for src, _ in pairs)
    every_resource = {p.name for p in (root / "resources").rglob("*") if p.is_file() and p.suffix != ".ts"}
    assert every_resource >= {f"{ts.stem}.qm" for ts in (REPO / "resources" / "translations").glob("*.ts")}
    assert every_resource <= set(by_name)


def test_a_stale_translation_stops_the_build_with_the_command_to_run(tmp_path):
    root = _mini_repo(tmp_path)
    assert stale_translations(root) == []
    ts = root / "resources" / "translations" / "shell_kk.ts"
    qm = ts.with_suffix(".qm")
    old = qm.stat().st_mtime
    os.utime(ts, (old + 10, old + 10))
    assert stale_translations(root) == ["shell_kk.ts"]
    with pytest.raises(SystemExit, match="translations compile"):
        resource_datas(root)
    qm.unlink()
    assert "shell_kk.ts" in stale_translations(root)


def test_a_missing_changelog_stops_the_build(tmp_path):
    root = _mini_repo(tmp_path)
    (root / "CHANGELOG.md").unlink()
    with pytest.raises(SystemExit, match="CHANGELOG.md"):
        resource_datas(root)



def test_windows_programs_carry_the_package_version_for_inno_setup():
    from deputydesk import __version__

    numbers, strings = bundle_rules.windows_version_strings(__version__)
    assert strings["ProductVersion"] == __version__  # what deputydesk.iss compares with AppVersion
    assert strings["FileVersion"] == __version__
    assert numbers == (*(int(n) for n in __version__.split(".")), 0)
    assert bundle_rules.windows_version_strings("1.2.3")[0] == (1, 2, 3, 0)
    spec = (REPO / "installer" / "deputydesk.spec").read_text(encoding="utf-8")
    assert "windows_version_strings(VERSION)" in spec and "version=version_file" in spec
