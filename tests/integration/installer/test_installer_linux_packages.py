"""The Linux packages `make package` makes: the tar.gz and the .deb, read back with tar and dpkg-deb."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import stat
import subprocess
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from deputydesk import __version__

REPO = Path(__file__).resolve().parents[3]
MB = 1_000_000


def _dpkg_deb(*args: str) -> str:
    if shutil.which("dpkg-deb") is None:
        pytest.fail("dpkg-deb is missing (Debian/Ubuntu: the dpkg package)")
    return subprocess.run(["dpkg-deb", *args], capture_output=True, text=True, check=True).stdout


def check_desktop_entry(text: str) -> configparser.SectionProxy:
    """The rules of the freedesktop Desktop Entry specification that matter here."""
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text)
    assert parser.sections() == ["Desktop Entry"]
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    for key in ("Name", "Exec", "Icon", "Categories", "MimeType"):
        assert entry.get(key), key
    assert entry["Categories"].endswith(";") and entry["MimeType"].endswith(";")
    assert entry["Terminal"] in ("true", "false")
    assert re.search(r"[әғқңөұүһі]", entry["GenericName[kk]"])
    assert re.search(r"[а-я]", entry["Comment[ru]"])
    exec_args = entry["Exec"].split()
    assert exec_args[-2:] == ["gui", "%F"]  # the files handed over, as `deputydesk gui FILE...` expects
    return entry


def test_desktop_entry_is_valid():
    entry = check_desktop_entry((REPO / "installer" / "linux" / "deputydesk.desktop").read_text(encoding="utf-8"))
    assert entry["Exec"] == "deputydesk gui %F" and entry["Icon"] == "deputydesk"
    assert entry["MimeType"] == "application/x-deputydesk-package;"


def test_mime_type_for_exchange_packages():
    root = ET.parse(REPO / "installer" / "linux" / "deputydesk-mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = root.find("m:mime-type", ns)
    assert mime is not None and mime.get("type") == "application/x-deputydesk-package"
    assert [g.get("pattern") for g in mime.findall("m:glob", ns)] == ["*.ddx"]
    langs = {c.get("{http://www.w3.org/XML/1998/namespace}lang") for c in mime.findall("m:comment", ns)}
    assert langs == {None, "kk", "ru"}


def test_tarball(linux_packages, tmp_path, run_frozen, clean_env):
    tarball = linux_packages["tarball"]
    assert tarball.name == f"deputydesk-{__version__}-linux-x86_64.tar.gz"
    size = tarball.stat().st_size
    print(f"tar.gz: {size / MB:.1f} MB")
    assert size < 80 * MB
    top = f"deputydesk-{__version__}"
    with tarfile.open(tarball) as tar:
        members = {m.name: m for m in tar.getmembers()}
        assert all(name == top or name.startswith(top + "/") for name in members)
        for m in members.values():
            assert m.uid == 0 and m.gid == 0, m.name
            assert m.issym() or not m.mode & stat.S_IWOTH, m.name
        exe = members[f"{top}/deputydesk"]
        assert exe.isfile() and exe.mode == 0o755
        for name in ("deputydesk.desktop", "deputydesk.png", "deputydesk-mime.xml", "CHANGELOG.md",
                     "_internal/resources/CHANGELOG.md", "_internal/resources/fonts/LiberationSerif-Regular.ttf"):
            assert f"{top}/{name}" in members, name
        assert members[f"{top}/install-desktop-entry.sh"].mode == 0o755
        tar.extractall(tmp_path, filter="tar")
    unpacked = tmp_path / top
    check_desktop_entry((unpacked / "deputydesk.desktop").read_text(encoding="utf-8"))
    r = run_frozen(unpacked / "deputydesk", "--version", env=clean_env(tmp_path))
    assert r.returncode == 0 and r.stdout.strip() == f"DeputyDesk {__version__}"

    # the script that puts the unpacked program into the user's application menu
    home = tmp_path / "user-home"
    home.mkdir()
    env = {"PATH": os.environ["PATH"], "HOME": str(home)}
    r = subprocess.run([str(unpacked / "install-desktop-entry.sh")], env=env, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    installed = home / ".local" / "share" / "applications" / "deputydesk.desktop"
    entry = check_desktop_entry(installed.read_text(encoding="utf-8"))
    assert entry["Exec"] == f'"{unpacked}/deputydesk" gui %F'
    assert (home / ".local" / "share" / "icons" / "hicolor" / "256x256" / "apps" / "deputydesk.png").is_file()
    assert (home / ".local" / "share" / "mime" / "packages" / "deputydesk.xml").is_file()
    r = subprocess.run([str(unpacked / "install-desktop-entry.sh"), "--remove"], env=env, capture_output=True,
                       text=True)
    assert r.returncode == 0 and not installed.exists()


def _control(deb: Path) -> dict[str, str]:
    fields: dict[str, str] = {}
    key = ""
    for line in _dpkg_deb("--field", str(deb)).splitlines():
        if line.startswith(" ") and key:
            fields[key] += "\n" + line
        else:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return fields


def test_deb_control_fields(linux_packages):
    deb = linux_packages["deb"]
    assert deb.name == f"deputydesk_{__version__}_amd64.deb"
    print(f".deb: {deb.stat().st_size / MB:.1f} MB")
    info = _dpkg_deb("--info", str(deb))
    assert "control" in info
    control = _control(deb)
    assert control["Package"] == "deputydesk"
    assert control["Version"] == __version__
    assert control["Architecture"] == "amd64"
    assert re.fullmatch(r".+ <[^@\s]+@[^>\s]+>", control["Maintainer"])
    assert control["Section"] and control["Priority"] == "optional"
    synopsis, _, long = control["Description"].partition("\n")
    assert 0 < len(synopsis) <= 80 and not synopsis.endswith(".") and long.strip()
    assert all(line.startswith(" ") and len(line) <= 80 for line in long.splitlines())
    depends = [d.strip().split(" ")[0] for d in control["Depends"].split(",")]
    assert "libc6" in depends and "libgl1" in depends
    # Installed-Size (KiB) is what the files really take
    listing = _dpkg_deb("--contents", str(deb))
    total = sum(int(line.split()[2]) for line in listing.splitlines() if line.startswith("-"))
    assert abs(int(control["Installed-Size"]) - total / 1024) <= max(64, total / 1024 * 0.02)


def _contents(deb: Path) -> dict[str, tuple[str, str, str]]:
    """path -> (mode string, owner/group, link target)"""
    out = {}
    for line in _dpkg_deb("--contents", str(deb)).splitlines():
        parts = line.split(None, 5)
        mode, owner, path = parts[0], parts[1], parts[5]
        target = ""
        if " -> " in path:
            path, target = path.split(" -> ", 1)
        out[path.removeprefix(".").rstrip("/") or "/"] = (mode, owner, target)
    return out


def test_deb_contents_and_permissions(linux_packages):
    contents = _contents(linux_packages["deb"])
    assert contents["/usr/bin/deputydesk"] == ("lrwxrwxrwx", "root/root", "/opt/deputydesk/deputydesk")
    assert contents["/opt/deputydesk/deputydesk"][0] == "-rwxr-xr-x"
    for path in ("/usr/share/applications/deputydesk.desktop",
                 "/usr/share/icons/hicolor/256x256/apps/deputydesk.png",
                 "/usr/share/icons/hicolor/48x48/apps/deputydesk.png",
                 "/usr/share/icons/hicolor/scalable/apps/deputydesk.svg",
                 "/usr/share/mime/packages/deputydesk.xml",
                 "/usr/share/doc/deputydesk/copyright",
                 "/usr/share/doc/deputydesk/changelog.gz",
                 "/opt/deputydesk/_internal/resources/CHANGELOG.md"):
        assert contents[path][0] == "-rw-r--r--", path
    for path, (mode, owner, _target) in contents.items():
        assert owner == "root/root", path
        if mode.startswith("d"):
            assert mode == "drwxr-xr-x", path
        elif mode.startswith("-"):
            assert mode in ("-rw-r--r--", "-rwxr-xr-x"), (path, mode)
        top = path.split("/")[1] if path != "/" else ""
        assert top in ("", "opt", "usr"), path


def test_deb_installs_a_working_program(linux_packages, tmp_path, run_frozen, clean_env):
    root = tmp_path / "root"
    _dpkg_deb("-x", str(linux_packages["deb"]), str(root))
    program = root / "opt" / "deputydesk" / "deputydesk"
    r = run_frozen(program, "--version", env=clean_env(tmp_path))
    assert r.returncode == 0 and r.stdout.strip() == f"DeputyDesk {__version__}"
    check_desktop_entry((root / "usr" / "share" / "applications" / "deputydesk.desktop").read_text(encoding="utf-8"))
    assert os.readlink(root / "usr" / "bin" / "deputydesk") == "/opt/deputydesk/deputydesk"
    # started through a launcher link, as /usr/bin/deputydesk is, the program still finds its _internal/
    link = tmp_path / "bin" / "deputydesk"
    link.parent.mkdir()
    link.symlink_to(program)
    r = subprocess.run([str(link), "--version"], env=clean_env(tmp_path), capture_output=True, text=True,
                       cwd=str(tmp_path))
    assert r.returncode == 0 and r.stdout.strip() == f"DeputyDesk {__version__}", r.stderr


def _soname_package(soname: str) -> str:
    """Debian's naming rule: libfoo.so.N -> libfooN, libfoo-2.so.N -> libfoo-2-N."""
    m = re.match(r"(lib[\w+.-]+?)\.so\.(\d+)", soname)
    assert m, soname
    name, major = m.group(1).lower().replace("_", "-"), m.group(2)
    return f"{name}-{major}" if name[-1].isdigit() else f"{name}{major}"


def _needed(elf: Path) -> list[str]:
    out = subprocess.run(["readelf", "-d", str(elf)], capture_output=True, text=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def _system_path(soname: str) -> str | None:
    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    m = re.search(rf"^\s*{re.escape(soname)} \(libc6,x86-64[^)]*\) => (\S+)$", out, re.MULTILINE)
    return m.group(1) if m else None


def test_deb_declares_every_system_library_the_program_needs(frozen_folder, linux_packages):
    """Every library a bundled binary links to is either in the bundle or comes from a package the .deb
    names in Depends or Recommends."""
    if shutil.which("readelf") is None:
        pytest.fail("readelf is missing (apt-get install binutils)")
    internal = frozen_folder / "_internal"
    bundled = {p.name for p in internal.rglob("*.so*")}
    needed: set[str] = set()
    elves = [frozen_folder / "deputydesk"] + [p for p in internal.rglob("*.so*") if p.is_file()
                                              and not p.is_symlink()]
    for elf in elves:
        needed |= {soname for soname in _needed(elf) if soname not in bundled}
    control = _control(linux_packages["deb"])
    declared = {d.strip().split(" ")[0] for d in (control["Depends"] + "," + control["Recommends"]).split(",")}
    libc = {"libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "librt.so.1", "libresolv.so.2",
            "libutil.so.1", "ld-linux-x86-64.so.2"}
    glvnd = {"libglx0", "libgldispatch0", "libglvnd0", "libopengl0"}  # come with libgl1 / libegl1
    undeclared = {}
    for soname in sorted(needed):
        if soname in libc:
            continue
        path = _system_path(soname)
        package = None
        if path:
            owner = subprocess.run(["dpkg", "-S", str(Path(path).resolve())], capture_output=True, text=True)
            if owner.returncode != 0:
                owner = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True)
            if owner.returncode == 0:
                package = owner.stdout.split(":")[0]
        package = (package or _soname_package(soname)).removesuffix("t64")
        if package not in declared and package not in glvnd:
            undeclared[soname] = package
    assert "libGL.so.1" in needed and "libxcb.so.1" in needed  # the check sees the system libraries
    assert undeclared == {}, f"the .deb does not declare: {undeclared}"
