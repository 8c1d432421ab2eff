"""Build DeputyDesk's frozen folder and its Linux packages.

    python installer/build.py freeze    # dist/deputydesk/ (PyInstaller one-folder build); reused when up to date
    python installer/build.py package   # freeze, then dist/deputydesk-<version>-linux-x86_64.tar.gz and
                                        #   dist/deputydesk_<version>_amd64.deb
    python installer/build.py tarball | deb   # one Linux artifact from an existing dist/deputydesk/

Options: --dist DIR (default dist/), --work DIR (default build/), --force (freeze even when up to date).
`make package` runs `package`; installer/windows/build.ps1 runs `freeze` on Windows before Inno Setup.

Every step prints what it made, its size and how long it took. The frozen folder is rebuilt only when
an input changed (the program's sources, resources, CHANGELOG.md, installer/, the pinned requirements or
the Python that builds it): a digest of them is kept in <work>/freeze-stamp.json.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import gzip
import hashlib
import io
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "deputydesk.spec"
APP = "deputydesk"
MB = 1_000_000
FOLDER_BUDGET = 200 * MB
ARCHIVE_BUDGET = 80 * MB

# The .deb: what the frozen program needs from the system (PyInstaller deliberately leaves libc, OpenGL,
# libxcb and Wayland's client libraries to the system; the X11 platform plugin also wants two small xcb
# helpers). tests/integration/installer/test_linux_packages.py checks this against the real build.
DEB_DEPENDS = ["libc6 (>= 2.31)", "libgl1", "libegl1", "libxcb1", "libxcb-icccm4", "libxcb-keysyms1"]
DEB_RECOMMENDS = ["libwayland-client0", "libwayland-cursor0", "libwayland-egl1", "libcups2", "fonts-liberation2",
                  "tesseract-ocr", "tesseract-ocr-kaz", "tesseract-ocr-rus"]
DEB_MAINTAINER = "DeputyDesk developers <deputydesk@localhost>"


def version() -> str:
    text = (ROOT / "deputydesk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if not match:
        raise SystemExit("deputydesk/__init__.py has no __version__")
    return match.group(1)


def executable_name() -> str:
    return "deputydesk-cli.exe" if sys.platform.startswith("win") else APP


def folder_size(path: Path) -> int:
    """Bytes of the regular files under path (symbolic links count as nothing, like the archives)."""
    total = 0
    for dirpath, _dirs, files in os.walk(path):
        for name in files:
            p = Path(dirpath, name)
            if not p.is_symlink():
                total += p.stat().st_size
    return total


def mb(n: int) -> str:
    return f"{n / MB:.1f} MB"


def say(message: str) -> None:
    print(f"build: {message}", flush=True)


# ---------------------------------------------------------------------------------------------- freeze
def _inputs() -> list[Path]:
    files: list[Path] = []
    for folder, patterns in ((ROOT / "deputydesk", ("*.py",)), (ROOT / "resources", ("*",)),
                             (INSTALLER, ("*.py", "*.spec", "*.png", "*.ico"))):
        for pattern in patterns:
            files += [p for p in folder.rglob(pattern) if p.is_file() and "__pycache__" not in p.parts]
    files += [ROOT / name for name in ("CHANGELOG.md", "requirements.txt", "requirements-dev.txt")]
    return sorted(set(files))


def inputs_digest() -> str:
    h = hashlib.sha256()
    h.update(sys.version.encode())
    h.update(sys.executable.encode())
    for path in _inputs():
        h.update(str(path.relative_to(ROOT)).encode())
        h.update(b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def compile_translations() -> None:
    subprocess.run([sys.executable, "-m", "deputydesk.tools.translations", "compile"], cwd=ROOT, check=True)


def freeze(dist: Path, work: Path, force: bool = False) -> Path:
    """Build dist/deputydesk/ with PyInstaller unless it is already built from the same inputs."""
    folder = dist / APP
    stamp = work / "freeze-stamp.json"
    compile_translations()
    digest = inputs_digest()
    if not force and (folder / executable_name()).is_file() and stamp.is_file():
        recorded = json.loads(stamp.read_text(encoding="utf-8"))
        if recorded.get("digest") == digest and recorded.get("folder") == str(folder.resolve()):
            say(f"frozen folder {folder} is up to date (built in {recorded['seconds']:.1f} s); reusing it")
            return folder
    work.mkdir(parents=True, exist_ok=True)
    log = work / "pyinstaller.log"
    say(f"freezing with PyInstaller into {folder} (log: {log})")
    started = time.monotonic()
    with log.open("w", encoding="utf-8") as out:
        result = subprocess.run(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
             "--distpath", str(dist), "--workpath", str(work / "pyinstaller"), str(SPEC)],
            cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, env=dict(os.environ, PYTHONHASHSEED="0"))
    seconds = time.monotonic() - started
    if result.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-30:]
        raise SystemExit("PyInstaller failed:\n  " + "\n  ".join(tail))
    size = folder_size(folder)
    stamp.write_text(json.dumps({"digest": digest, "folder": str(folder.resolve()), "seconds": seconds,
                                 "bytes": size}), encoding="utf-8")
    say(f"frozen folder {folder}: {mb(size)} (budget {mb(FOLDER_BUDGET)}), built in {seconds:.1f} s")
    if size >= FOLDER_BUDGET:
        raise SystemExit(f"the frozen folder is {mb(size)}, over the {mb(FOLDER_BUDGET)} budget")
    return folder


# ---------------------------------------------------------------------------------------------- archives
def _normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    if info.isdir():
        info.mode = 0o755
    elif info.isfile():
        info.mode = 0o755 if info.mode & 0o111 else 0o644
    return info


def desktop_entry(exec_line: str) -> str:
    template = (INSTALLER / "linux" / "deputydesk.desktop").read_text(encoding="utf-8")
    return re.sub(r"^Exec=.*$", f"Exec={exec_line}", template, count=1, flags=re.MULTILINE)


def tarball(dist: Path) -> Path:
    """dist/deputydesk-<version>-linux-x86_64.tar.gz: the frozen folder with a .desktop entry, the icon
    and a script that adds DeputyDesk to the user's application menu."""
    folder = dist / APP
    if not (folder / APP).is_file():
        raise SystemExit(f"{folder / APP} is missing: run `python installer/build.py freeze` first")
    ver = version()
    top = f"{APP}-{ver}"
    out = dist / f"{APP}-{ver}-linux-x86_64.tar.gz"
    started = time.monotonic()
    extras = {
        "deputydesk.desktop": desktop_entry("deputydesk gui %F").encode(),
        "deputydesk.png": (INSTALLER / "icons" / "deputydesk-256.png").read_bytes(),
        "deputydesk-mime.xml": (INSTALLER / "linux" / "deputydesk-mime.xml").read_bytes(),
        "install-desktop-entry.sh": (INSTALLER / "linux" / "install-desktop-entry.sh").read_bytes(),
        "CHANGELOG.md": (ROOT / "CHANGELOG.md").read_bytes(),
    }
    mtime = int(time.time())
    tmp = out.with_suffix(".tmp")
    with gzip.GzipFile(tmp, "wb", compresslevel=6, mtime=mtime) as gz, \
            tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar:
        tar.add(folder, arcname=top, filter=_normalise)
        for name, data in extras.items():
            info = _normalise(tarfile.TarInfo(f"{top}/{name}"))
            info.size = len(data)
            info.mtime = mtime
            info.mode = 0o755 if name.endswith(".sh") else 0o644
            tar.addfile(info, io.BytesIO(data))
    tmp.replace(out)
    size = out.stat().st_size
    say(f"{out}: {mb(size)} (budget {mb(ARCHIVE_BUDGET)}), {time.monotonic() - started:.1f} s")
    if size >= ARCHIVE_BUDGET:
        raise SystemExit(f"{out.name} is {mb(size)}, over the {mb(ARCHIVE_BUDGET)} budget")
    return out


def _deb_control(ver: str, installed_kb: int) -> str:
    return (
        f"Package: {APP}\n"
        f"Version: {ver}\n"
        "Architecture: amd64\n"
        f"Maintainer: {DEB_MAINTAINER}\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {', '.join(DEB_DEPENDS)}\n"
        f"Recommends: {', '.join(DEB_RECOMMENDS)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Description: offline desk for maslikhat deputies and public councils\n"
        " DeputyDesk keeps a council's documents, the follow-up of its recommendations\n"
        " and inquiries, formal letters and sessions in one workspace on the laptop,\n"
        " with a Kazakh, Russian and English interface. It never uses the network.\n"
        " .\n"
        " The program is installed in /opt/deputydesk with its own Python and Qt.\n"
    )


def _copyright() -> str:
    return (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: DeputyDesk\n\n"
        "Files: *\n"
        "License: GPL-3.0-or-later\n"
        " On Debian systems the full text is in /usr/share/common-licenses/GPL-3.\n\n"
        "Files: opt/deputydesk/_internal/resources/fonts/*\n"
        "Copyright: Liberation fonts, Red Hat, Inc.\n"
        "License: OFL-1.1\n"
        " See /opt/deputydesk/_internal/resources/fonts/OFL-1.1.txt.\n\n"
        "Files: opt/deputydesk/_internal/*\n"
        "Comment: Python, Qt (PySide6, LGPL-3.0) and the Python libraries DeputyDesk uses, each under its\n"
        " own licence.\n"
    )


def _tree_permissions(root: Path) -> None:
    """Directories 0755, executables 0755, other files 0644 — what lintian expects."""
    for dirpath, _dirs, files in os.walk(root):
        os.chmod(dirpath, 0o755)
        for name in files:
            p = Path(dirpath, name)
            if p.is_symlink():
                continue
            executable = bool(p.stat().st_mode & stat.S_IXUSR)
            os.chmod(p, 0o755 if executable else 0o644)


def deb(dist: Path, work: Path) -> Path:
    """dist/deputydesk_<version>_amd64.deb: /opt/deputydesk, the /usr/bin/deputydesk launcher, the .desktop
    entry, icons and the .ddx file type in /usr/share."""
    folder = dist / APP
    if not (folder / APP).is_file():
        raise SystemExit(f"{folder / APP} is missing: run `python installer/build.py freeze` first")
    if shutil.which("dpkg-deb") is None:
        raise SystemExit("dpkg-deb not found (Debian/Ubuntu: it comes with dpkg)")
    ver = version()
    started = time.monotonic()
    root = work / "deb-root"
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(folder, root / "opt" / APP, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / APP).symlink_to(f"/opt/{APP}/{APP}")
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "applications" / f"{APP}.desktop").write_text(desktop_entry("deputydesk gui %F"), encoding="utf-8")
    for png in sorted((INSTALLER / "icons").glob("deputydesk-*.png")):
        size = png.stem.split("-")[1]
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(png, target / f"{APP}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / "deputydesk.svg", scalable / f"{APP}.svg")
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy(INSTALLER / "linux" / "deputydesk-mime.xml", share / "mime" / "packages" / f"{APP}.xml")
    doc = share / "doc" / APP
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(_copyright(), encoding="utf-8")
    with gzip.GzipFile(doc / "changelog.gz", "wb", compresslevel=9, mtime=0) as gz:
        gz.write((ROOT / "CHANGELOG.md").read_bytes())
    _tree_permissions(root)
    installed_kb = (folder_size(root) + 1023) // 1024
    debian = root / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(_deb_control(ver, installed_kb), encoding="utf-8")
    os.chmod(debian, 0o755)
    os.chmod(debian / "control", 0o644)
    out = dist / f"{APP}_{ver}_amd64.deb"
    # xz at level 1: 7 s instead of 45-90 s at the default level 6, for a .deb 12 % larger (55 vs 49 MB);
    # every dpkg can read it
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z1", "--build", str(root), str(out)],
                   check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(root)
    say(f"{out}: {mb(out.stat().st_size)}, {time.monotonic() - started:.1f} s")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="installer/build.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("step", choices=["freeze", "package", "tarball", "deb"])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    parser.add_argument("--force", action="store_true", help="freeze even when the frozen folder is up to date")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    if args.step in ("freeze", "package"):
        freeze(dist, work, force=args.force)
    if args.step == "package":
        # both compress the same 165 MB with one core each: make them side by side
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            jobs = [pool.submit(tarball, dist), pool.submit(deb, dist, work)]
            for job in jobs:
                job.result()
    elif args.step == "tarball":
        tarball(dist)
    elif args.step == "deb":
        deb(dist, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
