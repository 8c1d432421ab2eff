"""Qt translations of the interface: one .ts file per GUI area and language.

    python -m deputydesk.tools.translations update    # refresh .ts files from the sources (lupdate)
    python -m deputydesk.tools.translations compile   # .ts -> .qm (lrelease); `make translations`
    python -m deputydesk.tools.translations check     # fail when a .ts is stale or kk/ru is unfinished
    python -m deputydesk.tools.translations fill AREA LANG FILE.json
        # apply {"Context|source text": "translation", ...} to resources/translations/AREA_LANG.ts

Areas: ``shell`` = deputydesk/gui/*.py and deputydesk/gui/settings/; every other package in
deputydesk/gui/ is an area of its own (library, followup, …), so areas never edit each other's files.
The source language is English; Kazakh and Russian must be complete, English needs no translations.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "deputydesk" / "gui"
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("kk", "ru", "en")
REQUIRED = ("kk", "ru")


def _tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (it comes with PySide6-Essentials)")
    return found


def areas() -> dict[str, list[Path]]:
    result: dict[str, list[Path]] = {"shell": sorted(GUI.glob("*.py")) + sorted((GUI / "settings").rglob("*.py"))}
    for pkg in sorted(p for p in GUI.iterdir() if p.is_dir() and (p / "__init__.py").exists()):
        if pkg.name == "settings":
            continue
        result[pkg.name] = sorted(pkg.rglob("*.py"))
    return result


def ts_path(area: str, lang: str, folder: Path = TS_DIR) -> Path:
    return folder / f"{area}_{lang}.ts"


def _lupdate(sources: list[Path], ts: Path, lang: str) -> None:
    cmd = [_tool("pyside6-lupdate"), *map(str, sources), "-ts", str(ts), "-no-obsolete", "-locations", "none",
           "-source-language", "en", "-target-language", lang, "-silent"]
    subprocess.run(cmd, check=True, cwd=ROOT)


def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for area, sources in areas().items():
        for lang in LANGS:
            _lupdate(sources, ts_path(area, lang), lang)
            print(f"updated {ts_path(area, lang).relative_to(ROOT)}")


def compile_all() -> None:
    for ts in sorted(TS_DIR.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def messages(ts: Path) -> dict[tuple[str, str], tuple[str, bool]]:
    """{(context, source): (translation, finished)}; plural forms are joined."""
    out: dict[tuple[str, str], tuple[str, bool]] = {}
    if not ts.exists():
        return out
    tree = ET.parse(ts)
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            if tr is None:
                out[(name, source)] = ("", False)
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")]
            text = "|".join(forms) if forms else (tr.text or "")
            unfinished = tr.get("type") in ("unfinished", "vanished", "obsolete")
            out[(name, source)] = (text, bool(text) and not unfinished)
    return out


def check() -> int:
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for area, sources in areas().items():
            for lang in LANGS:
                committed = ts_path(area, lang)
                if not committed.exists():
                    problems.append(f"{committed.relative_to(ROOT)} is missing (run `make translations-update`)")
                    continue
                fresh = ts_path(area, lang, Path(tmp))
                shutil.copy(committed, fresh)
                _lupdate(sources, fresh, lang)
                before, after = set(messages(committed)), set(messages(fresh))
                if before != after:
                    added = sorted(after - before)[:5]
                    removed = sorted(before - after)[:5]
                    problems.append(f"{committed.relative_to(ROOT)} is stale: new {added} removed {removed} "
                                    "(run `make translations-update` and translate)")
                if lang in REQUIRED:
                    for (ctx, source), (_text, finished) in sorted(messages(fresh).items()):
                        if not finished:
                            problems.append(f"{committed.relative_to(ROOT)}: untranslated [{ctx}] {source!r}")
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        print(f"translations: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print("translations: all areas current; Kazakh and Russian complete")
    return 0


def fill(area: str, lang: str, mapping_file: Path) -> int:
    mapping: dict[str, str] = json.loads(mapping_file.read_text(encoding="utf-8"))
    ts = ts_path(area, lang)
    tree = ET.parse(ts)
    applied = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            text = mapping.get(f"{name}|{source}", mapping.get(source))
            if text is None:
                continue
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            if msg.get("numerus") == "yes":
                for child in list(tr):
                    tr.remove(child)
                tr.text = None
                for form in text.split("|"):
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = text
            tr.attrib.pop("type", None)
            applied += 1
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    text = ts.read_text(encoding="utf-8")
    ts.write_text(text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n'
                               '<!DOCTYPE TS>'), encoding="utf-8")
    _lupdate(areas()[area], ts, lang)  # back to lupdate's own formatting, so diffs stay small
    print(f"{ts.relative_to(ROOT)}: {applied} translations applied")
    return 0


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    cmd = argv[0]
    if cmd == "update":
        update()
        compile_all()
        return 0
    if cmd == "compile":
        compile_all()
        return 0
    if cmd == "check":
        return check()
    if cmd == "fill" and len(argv) == 4:
        return fill(argv[1], argv[2], Path(argv[3]))
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
