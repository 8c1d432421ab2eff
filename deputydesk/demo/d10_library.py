"""Demo step 10: a library of real Kazakh and Russian documents.

The decisions of the Almaty oblast maslikhat (resources/demo/library/*.md, copied from the shared corpus)
are printed to PDF (Kazakh) and DOCX (Russian) — the 2019–2021 oblast budget with its tables as text — and the
shorter web texts (budget decisions of districts, akim reports, council news, audit news) are imported as
text. A draft of the water-use rules is linked as the first version of the adopted rules, and the
documents get tags. Idempotent: the printed files are byte-reproducible, so a second run finds only
duplicates.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from deputydesk.core.progress import Progress
from deputydesk.paths import resource
from deputydesk.storage.workspace import Workspace

SOURCE = "demo/library"
TAGS = {
    "045-ru": ["бюджет", "облыс / область"],
    "001-budget-ru": ["бюджет"], "002-budget-ru": ["бюджет"], "004-budget-kk": ["бюджет"],
    "005-budget-kk": ["бюджет"], "006-budget-kk": ["бюджет"],
    "034-ru": ["су / вода"], "034-kk": ["су / вода"], "004-ru": ["су / вода"], "004-kk": ["су / вода"],
    "007-ru": ["су / вода"], "007-kk": ["су / вода"],
    "015-akimat_report-kk": ["әкім есебі / отчет акима"], "016-akimat_report-ru": ["әкім есебі / отчет акима"],
    "020-council-ru": ["қоғамдық кеңес / общественный совет"], "021-council-kk": ["қоғамдық кеңес / общественный совет"],
    "022-council-ru": ["қоғамдық кеңес / общественный совет"],
}


def _draft_of(text: str) -> str:
    """The draft the adopted decision grew from: marked ПРОЕКТ, without the requisite line and the
    entry-into-force clause, with the deadline still open."""
    lines = text.split("\n")
    out = ["ПРОЕКТ", ""]
    for line in lines:
        if re.match(r"^(Решение|Алматы облыстық мәслихатының \d{4})", line):
            continue
        line = line.replace("с 1 ноября 2025 года", "с 1 января 2026 года")
        line = re.sub(r"от \d{1,2} \w+ 2025 года №\s?[\d-]+", "от «___» ________ 2025 года № ____", line)
        out.append(line)
    return "\n".join(out)


_PRINTED: dict[tuple[str, str, int], bytes] = {}
"""Printed demo files by (source, format, source size): the printing is reproducible, so a process that
fills several demo workspaces (the test suite) prints each file once."""


def _print(src: Path, target: Path, fmt: str) -> None:
    from deputydesk.render.library_samples import parse_markdown, plain_text, write_docx, write_pdf

    key = (src.name, fmt, src.stat().st_size)
    data = _PRINTED.get(key)
    if data is None:
        blocks = parse_markdown(src.read_text(encoding="utf-8"))
        if fmt == "txt":
            target.write_text(plain_text(blocks), encoding="utf-8")
        elif fmt == "pdf":
            write_pdf(blocks, target)
        else:
            write_docx(blocks, target, reproducible=True)
        _PRINTED[key] = target.read_bytes()
    else:
        target.write_bytes(data)


def seed(ws: Workspace, progress: Progress) -> None:
    from deputydesk.render.base import set_reproducible
    from deputydesk.services import library

    folder = resource(*SOURCE.split("/"))
    if not folder.is_dir():
        return
    set_reproducible(True)
    try:
        with tempfile.TemporaryDirectory(prefix="deputydesk-demo-") as tmp:
            out = Path(tmp)
            files: list[Path] = []
            for src in sorted(p for p in folder.glob("*.md") if p.name != "README.md"):
                # the 100-page budget with its programme tables as plain text keeps the demo quick
                fmt = "txt" if src.stem == "045-ru" else "pdf" if src.stem.endswith("-kk") else "docx"
                target = out / f"{src.stem}.{fmt}"
                _print(src, target, fmt)
                files.append(target)
            draft = out / "034-ru-draft.txt"
            draft.write_text(_draft_of((folder / "034-ru.md").read_text(encoding="utf-8")), encoding="utf-8")
            files.append(draft)
            files.extend(sorted(folder.glob("*.txt")))
            items = library.import_paths(ws, files, progress, workers=0)
    finally:
        set_reproducible(False)
    by_stem = {Path(i["path"]).stem: i["id"] for i in items if i["id"]}
    for stem, tags in TAGS.items():
        doc_id = by_stem.get(stem)
        if doc_id and not library.document_tags(ws, doc_id):
            library.set_tags(ws, doc_id, tags)
    draft_id, adopted_id = by_stem.get("034-ru-draft"), by_stem.get("034-ru")
    if draft_id and adopted_id:
        adopted = library.get_document(ws, adopted_id)
        if not adopted.get("version_of"):
            library.set_previous_version(ws, draft_id, None, "v1")
            library.set_previous_version(ws, adopted_id, draft_id, "принято / қабылданды")
