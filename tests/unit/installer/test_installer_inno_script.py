"""The Windows installer script (installer/windows/deputydesk.iss) and its Kazakh texts, checked on Linux:
every path it names exists, the version is the package's, it installs per user, associates .ddx in
HKCU only, keeps the user's data on uninstall, and speaks Kazakh, Russian and English."""

from __future__ import annotations

import re
import sys
from pathlib import Path, PureWindowsPath

import pytest

from deputydesk import __version__

REPO = Path(__file__).resolve().parents[3]
WINDOWS = REPO / "installer" / "windows"
ISS = WINDOWS / "deputydesk.iss"
KAZAKH = WINDOWS / "Kazakh.isl"
sys.path.insert(0, str(REPO / "installer"))

from bundle_rules import CONTENTS_DIR, WINDOWS_CLI_EXE, WINDOWS_GUI_EXE  # noqa: E402

# What Inno Setup 6 itself ships ("compiler:" paths); Russian is one of its official translations.
INNO_BUILTIN = {"Default.isl", r"Languages\Russian.isl"}
# Standard custom messages of Inno Setup's message files (Default.isl, Russian.isl, our Kazakh.isl).
STANDARD_CUSTOM = {"NameAndVersion", "AdditionalIcons", "CreateDesktopIcon", "CreateQuickLaunchIcon",
                   "ProgramOnTheWeb", "UninstallProgram", "LaunchProgram", "AssocFileExtension",
                   "AssocingFileExtension", "AutoStartProgramGroupDescription", "AutoStartProgram",
                   "AddonHostProgramNotFound"}


class Script:
    """A small reader for the parts of Inno Setup's format this script uses."""

    def __init__(self, path: Path) -> None:
        raw = path.read_bytes()
        self.has_bom = raw.startswith(b"\xef\xbb\xbf")
        self.text = raw.decode("utf-8-sig")
        self.defines: dict[str, str] = {}
        self.sections: dict[str, list[str]] = {}
        current = None
        for line in self.text.splitlines():
            stripped = line.strip()
            m = re.match(r'#define\s+(\w+)\s+"([^"]*)"\s*$', stripped)
            if m and m.group(1) not in self.defines:
                self.defines[m.group(1)] = m.group(2)
            if not stripped or stripped.startswith((";", "#")):
                continue
            m = re.match(r"^\[(\w+)\]$", stripped)
            if m:
                current = m.group(1)
                self.sections.setdefault(current, [])
                continue
            if current is not None:
                self.sections[current].append(self.expand(stripped))

    def expand(self, line: str) -> str:
        return re.sub(r"\{#(\w+)\}", lambda m: self.defines[m.group(1)], line)

    def setup(self) -> dict[str, str]:
        out = {}
        for line in self.sections["Setup"]:
            key, _, value = line.partition("=")
            out[key.strip()] = value.strip()
        return out

    def entries(self, section: str) -> list[dict[str, str]]:
        """Parameter lines such as  Name: "x"; Source: "y"; Flags: a b  as dicts."""
        rows = []
        for line in self.sections.get(section, []):
            params = {}
            for m in re.finditer(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line):
                value = m.group(2).strip()
                if value.startswith('"') and value.endswith('"'):
                    value = value[1:-1].replace('""', '"')
                params[m.group(1)] = value
            rows.append(params)
        return rows


@pytest.fixture(scope="module")
def iss() -> Script:
    return Script(ISS)


def _local(path: str) -> Path:
    """A path of the script (Windows separators, relative to the script's folder) on this machine."""
    return WINDOWS.joinpath(*PureWindowsPath(path).parts)


# The installed folder as the frozen Windows build lays it out (installer/deputydesk.spec).
EXPECTED_DIST = {WINDOWS_GUI_EXE, WINDOWS_CLI_EXE, CONTENTS_DIR}


def test_saved_as_utf8_with_bom_so_inno_reads_kazakh_and_russian(iss):
    assert iss.has_bom
    assert Script(KAZAKH).has_bom


def test_version_is_the_packages(iss):
    assert iss.defines["AppVersion"] == __version__
    setup = iss.setup()
    assert setup["AppVersion"] == __version__
    assert setup["OutputBaseFilename"] == f"deputydesk-{__version__}-windows-x64-setup"
    # and the compiler refuses a frozen program of another version
    assert re.search(r'#if GetStringFileInfo\(BuiltExe, "ProductVersion"\) != AppVersion\s+#error', iss.text)
    assert re.search(r"#if !FileExists\(BuiltExe\)\s+#error", iss.text)


def test_every_file_the_script_names_exists(iss):
    setup = iss.setup()
    assert _local(setup["SetupIconFile"]).is_file()
    assert _local(setup["OutputDir"]).resolve() == (REPO / "dist").resolve()
    for lang in iss.entries("Languages"):
        path = lang["MessagesFile"]
        if path.startswith("compiler:"):
            assert path.removeprefix("compiler:") in INNO_BUILTIN, path
        else:
            assert _local(path).is_file(), path


def test_sources_are_the_frozen_windows_layout(iss):
    dist = PureWindowsPath(iss.defines["DistDir"])
    assert _local(str(dist)).resolve() == (REPO / "dist" / "deputydesk").resolve()
    assert '#define BuiltExe AddBackslash(SourcePath) + DistDir + "\\" + AppExe' in iss.text
    sources = set()
    for row in iss.entries("Files"):
        rel = PureWindowsPath(row["Source"]).relative_to(dist)
        sources.add(rel.parts[0])
        if rel.parts[0] == CONTENTS_DIR:
            assert row["DestDir"] == "{app}\\" + CONTENTS_DIR
            assert "recursesubdirs" in row["Flags"]
        else:
            assert row["DestDir"] == "{app}"
    assert sources == EXPECTED_DIST


def test_every_installed_path_it_refers_to_is_installed(iss):
    referenced = set(re.findall(r"\{app\}\\([^\\\",;\s]+)", "\n".join(sum(iss.sections.values(), []))))
    assert referenced, "the script refers to no installed file"
    assert referenced <= EXPECTED_DIST, referenced - EXPECTED_DIST
    assert iss.setup()["UninstallDisplayIcon"] == "{app}\\" + WINDOWS_GUI_EXE


def test_per_user_install_without_administrator_rights(iss):
    setup = iss.setup()
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup
    assert setup["DefaultDirName"].split("\\")[0] in ("{userpf}", "{localappdata}")
    everything = "\n".join(sum(iss.sections.values(), []))
    for machine_wide in ("{pf}", "{commonpf}", "{autopf}", "{commonprograms}", "{commondesktop}", "HKLM",
                         "HKA", "{sys}", "{win}"):
        assert machine_wide not in everything, machine_wide


def test_start_menu_shortcut_for_the_windowed_program(iss):
    icons = iss.entries("Icons")
    start = [i for i in icons if i["Name"].startswith("{userprograms}")]
    assert len(start) == 1 and start[0]["Filename"] == "{app}\\" + WINDOWS_GUI_EXE
    desktop = [i for i in icons if i["Name"].startswith("{userdesktop}")]
    assert all(i.get("Tasks") == "desktopicon" for i in desktop)


def test_ddx_packages_open_with_deputydesk_for_this_user_only(iss):
    rows = iss.entries("Registry")
    assert rows and all(r["Root"] == "HKCU" and r["Subkey"].startswith("Software\\Classes\\") for r in rows)
    by_key = {(r["Subkey"], r["ValueName"]): r for r in rows}
    assert by_key[("Software\\Classes\\.ddx", "")]["ValueData"] == "DeputyDesk.Package"
    command = by_key[("Software\\Classes\\DeputyDesk.Package\\shell\\open\\command", "")]["ValueData"]
    assert command == f'"{{app}}\\{WINDOWS_GUI_EXE}" gui "%1"'
    # what the command means: `deputydesk gui FILE` hands FILE to the window (see deputydesk/commands/core.py)
    from deputydesk.cli import build_parser

    args = build_parser().parse_args(["gui", r"C:\Users\a\Downloads\from-secretary.ddx"])
    assert args.files == [r"C:\Users\a\Downloads\from-secretary.ddx"]
    assert iss.setup()["ChangesAssociations"] == "yes"
    # the uninstaller removes the association again
    assert "uninsdeletekey" in by_key[("Software\\Classes\\DeputyDesk.Package", "")]["Flags"]
    assert "uninsdeletevalue" in by_key[("Software\\Classes\\.ddx", "")]["Flags"]


def test_uninstaller_keeps_the_users_data(iss):
    assert "UninstallDelete" not in iss.sections
    for row in iss.entries("InstallDelete"):
        assert row["Name"] == "{app}\\" + CONTENTS_DIR  # only the old runtime, replaced by the new one
    everything = "\n".join(sum(iss.sections.values(), []))
    assert "DeleteFile" not in everything and "DelTree" not in everything
    # after uninstalling it tells where the data was left
    assert "usPostUninstall" in iss.text and "{userappdata}\\{#AppName}" in iss.text


def test_kazakh_russian_and_english_texts(iss):
    langs = {row["Name"]: row["MessagesFile"] for row in iss.entries("Languages")}
    assert langs == {"kk": "Kazakh.isl", "ru": r"compiler:Languages\Russian.isl", "en": "compiler:Default.isl"}
    custom: dict[str, dict[str, str]] = {}
    for line in iss.sections["CustomMessages"]:
        key, _, value = line.partition("=")
        lang, _, name = key.partition(".")
        custom.setdefault(name, {})[lang] = value
    for name, texts in custom.items():
        assert set(texts) == {"kk", "ru", "en"}, name
        assert re.search("[әғқңөұүһі]", texts["kk"], re.IGNORECASE), (name, texts["kk"])
        assert re.search("[а-яё]", texts["ru"], re.IGNORECASE), (name, texts["ru"])
    used = set(re.findall(r"\{cm:(\w+)", iss.text)) | set(re.findall(r"CustomMessage\('(\w+)'\)", iss.text))
    kazakh_custom = set(Script(KAZAKH).sections["CustomMessages"] and
                        [line.partition("=")[0] for line in Script(KAZAKH).sections["CustomMessages"]])
    for name in used:
        if name in custom:
            continue
        assert name in STANDARD_CUSTOM, name
        assert name in kazakh_custom, f"Kazakh.isl lacks the standard custom message {name}"


# Placeholders of Inno Setup 6.1's messages (from its Default.isl): a translation keeps every one of them.
PLACEHOLDERS = {
    "SetupWindowTitle": "%1", "UninstallAppFullTitle": "%1", "SetupLdrStartupMessage": "%1",
    "LastErrorMessage": "%1 %2 %3 %n", "SetupFileMissing": "%1", "InvalidParameter": "%1 %n",
    "WindowsServicePackRequired": "%1 %2", "NotOnThisPlatform": "%1", "OnlyOnThisPlatform": "%1",
    "OnlyOnTheseArchitectures": "%1 %n", "WinVersionTooLowError": "%1 %2", "WinVersionTooHighError": "%1 %2",
    "SetupAppRunningError": "%1 %n", "UninstallAppRunningError": "%1 %n",
    "PrivilegesRequiredOverrideText1": "%1", "PrivilegesRequiredOverrideText2": "%1",
    "ErrorCreatingDir": "%1", "ErrorTooManyFilesInDir": "%1", "ExitSetupMessage": "%n",
    "AboutSetupMessage": "%1 %2 %3 %4 %n", "WelcomeLabel1": "[name]", "WelcomeLabel2": "[name/ver] %n",
    "SelectDirDesc": "[name]", "SelectDirLabel3": "[name]", "DiskSpaceGBLabel": "[gb]", "DiskSpaceMBLabel": "[mb]",
    "InvalidPath": "%n", "DiskSpaceWarning": "%1 %2 %n", "BadDirName32": "%1 %n", "DirExists": "%1 %n",
    "DirDoesntExist": "%1 %n", "NoUninstallWarning": "%1 %n", "ComponentSize1": "%1", "ComponentSize2": "%1",
    "ComponentsDiskSpaceGBLabel": "[gb]", "ComponentsDiskSpaceMBLabel": "[mb]", "SelectTasksLabel2": "[name]",
    "BadGroupName": "%1 %n", "ReadyLabel1": "[name]", "ErrorDownloadFailed": "%1 %2",
    "ErrorDownloadSizeFailed": "%1 %2", "ErrorFileHash1": "%1", "ErrorFileHash2": "%1 %2",
    "ErrorProgress": "%1 %2", "ErrorFileSize": "%1 %2", "PreparingDesc": "[name]",
    "PreviousInstallNotCompleted": "[name] %n", "PrepareToInstallNeedsRestart": "[name] %n",
    "InstallingLabel": "[name]", "FinishedHeadingLabel": "[name]", "FinishedLabelNoIcons": "[name]",
    "FinishedLabel": "[name]", "FinishedRestartLabel": "[name]", "FinishedRestartMessage": "[name] %n",
    "RunEntryExec": "%1", "RunEntryShellExec": "%1", "SelectDiskLabel2": "%1 %n", "FileNotInDir2": "%1 %2",
    "SetupAborted": "%n", "ErrorInternal2": "%1", "ErrorFunctionFailedNoCode": "%1",
    "ErrorFunctionFailed": "%1 %2", "ErrorFunctionFailedWithMessage": "%1 %2 %3 %n",
    "ErrorExecutingProgram": "%1 %n", "ErrorRegOpenKey": "%1 %2 %n", "ErrorRegCreateKey": "%1 %2 %n",
    "ErrorRegWriteKey": "%1 %2 %n", "ErrorIniEntry": "%1", "SourceDoesntExist": "%1",
    "ErrorRegisterServer": "%1", "ErrorRegSvr32Failed": "%1", "ErrorRegisterTypeLib": "%1",
    "UninstallDisplayNameMark": "%1 %2", "UninstallDisplayNameMarks": "%1 %2 %3", "UninstallNotFound": "%1",
    "UninstallOpenError": "%1", "UninstallUnsupportedVer": "%1", "UninstallUnknownEntry": "%1",
    "ConfirmUninstall": "%1", "UninstallStatusLabel": "%1", "UninstalledAll": "%1", "UninstalledMost": "%1 %n",
    "UninstalledAndNeedsRestart": "%1 %n", "UninstallDataCorrupted": "%1", "ConfirmDeleteSharedFile2": "%n",
    "StatusUninstalling": "%1", "ShutdownBlockReasonInstallingApp": "%1",
    "ShutdownBlockReasonUninstallingApp": "%1",
    "NameAndVersion": "%1 %2", "ProgramOnTheWeb": "%1", "UninstallProgram": "%1", "LaunchProgram": "%1",
    "AssocFileExtension": "%1 %2", "AssocingFileExtension": "%1 %2", "AutoStartProgram": "%1",
    "AddonHostProgramNotFound": "%1 %n",
}
ALLOWED_EMPTY = {"HelpTextNote", "AboutSetupNote", "TranslatorNote", "BeveledLabel"}
NOT_WORDS = {"ButtonOK", "ComponentSize1", "ComponentSize2", "UninstallDisplayNameMark",
             "UninstallDisplayNameMarks", "LastErrorMessage"}


def _messages(path: Path) -> dict[str, str]:
    script = Script(path)
    out: dict[str, str] = {}
    for section in ("Messages", "CustomMessages"):
        for line in script.sections[section]:
            key, _, value = line.partition("=")
            assert key not in out, f"{key} appears twice"
            out[key] = value
    return out


def test_kazakh_messages_are_complete_kazakh_with_every_placeholder():
    text = KAZAKH.read_text(encoding="utf-8-sig")
    assert re.search(r"^LanguageID=\$043F$", text, re.MULTILINE)  # Kazakh (Kazakhstan)
    assert re.search(r"^LanguageName=Қазақ тілі$", text, re.MULTILINE)
    messages = _messages(KAZAKH)
    assert set(PLACEHOLDERS) <= set(messages), set(PLACEHOLDERS) - set(messages)
    assert len(messages) >= 240
    for key, value in messages.items():
        if key in ALLOWED_EMPTY:
            assert value == "", key
            continue
        assert value.strip(), key
        if key not in NOT_WORDS:
            assert re.search("[а-яәғқңөұүһі]", value, re.IGNORECASE), (key, value)
        expected = set(PLACEHOLDERS.get(key, "").split())
        found = set(re.findall(r"%[1-9n]|\[(?:name/ver|name|mb|gb)\]", value))
        assert found == expected, (key, value)
        assert value.count("&") - 2 * value.count("&&") <= 1, (key, value)


def test_the_placeholder_check_catches_a_lost_placeholder(tmp_path):
    broken = tmp_path / "Broken.isl"
    text = KAZAKH.read_text(encoding="utf-8-sig").replace("SetupWindowTitle=Орнату — %1", "SetupWindowTitle=Орнату")
    broken.write_text(text, encoding="utf-8-sig")
    value = _messages(broken)["SetupWindowTitle"]
    assert set(re.findall(r"%[1-9n]", value)) != set(PLACEHOLDERS["SetupWindowTitle"].split())


def test_documented_windows_build_steps_match_the_script(iss):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("<!-- area:installer -->", 1)[1].split("<!-- /area:installer -->", 1)[0]
    assert "installer\\windows\\build.ps1" in section
    assert "ISCC" in section and "installer\\build.py freeze" in section
    build_ps1 = (WINDOWS / "build.ps1").read_text(encoding="utf-8")
    assert "installer\\build.py freeze" in build_ps1
    assert '"/DAppVersion=$version" installer\\windows\\deputydesk.iss' in build_ps1


def test_associated_extension_is_the_one_exchange_packages_are_saved_with(iss):
    """Windows (.iss), Linux (MIME type) and `deputydesk gui FILE` agree with the Exchange page's file type."""
    ext = iss.defines["PackageExt"]
    exchange_page = (REPO / "deputydesk" / "gui" / "exchange" / "__init__.py").read_text(encoding="utf-8")
    assert f"(*{ext})" in exchange_page
    mime = (REPO / "installer" / "linux" / "deputydesk-mime.xml").read_text(encoding="utf-8")
    assert f'<glob pattern="*{ext}"/>' in mime
    core = (REPO / "deputydesk" / "commands" / "core.py").read_text(encoding="utf-8")
    assert f'.endswith("{ext}")' in core
