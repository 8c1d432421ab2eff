"""Benchmarks of the dossiers & exchange area (run by `make bench`; numbers are printed, never asserted).

1. Merging ~1,000 pages of real documents: our streaming assembler (with page-number stamps, draft mark
   and bookmarks) against `pdfunite` (poppler) on the same files; the whole dossier compile too.
2. Peak memory (RSS) of a child process compiling a 1,000-page dossier: text pages and scanned pages.
3. Exchange: 1,000 changed records exported and imported.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
CORPUS_CANDIDATES = [REPO.parent / "shared" / "corpus", Path("/work/shared/corpus"), REPO / "shared" / "corpus"]


def corpus() -> Path:
    for c in CORPUS_CANDIDATES:
        if c.is_dir():
            return c
    raise SystemExit("the shared corpus was not found")


def best_of(fn, n: int = 3) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def text_members(work: Path) -> list[Path]:
    from deputydesk.render import dossier_members as m

    out = []
    for i, f in enumerate(sorted((corpus() / "decisions").glob("*.md"))):
        p = work / f"text-{i:02d}.pdf"
        m.typeset_text(p, f.read_text(encoding="utf-8"))
        out.append(p)
    return out


def scanned_member(work: Path, pages: int = 100) -> Path:
    """A scanned-looking PDF: one 1200×1700 JPEG per page (≈ 150 dpi greyscale noise)."""
    import io
    import random

    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from deputydesk.render import base

    path = work / "scanned.pdf"
    c = canvas.Canvas(str(path), pagesize=base.PAGE_SIZE)
    rng = random.Random(1)
    for _ in range(pages):
        im = Image.effect_noise((1200, 1700), 40 + rng.random() * 20).convert("L")
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=70)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, *base.PAGE_SIZE)
        c.showPage()
    c.save()
    return path


def assemble(paths: list[Path], out: Path) -> int:
    from deputydesk.render.dossier_pdf import OutlineEntry, PdfAssembler, PdfReader, Stamp, make_stamp_font

    font = make_stamp_font(["ЖОБА / ПРОЕКТ"])
    outline = []
    n = 0
    with PdfAssembler(out, font) as asm:
        for k, p in enumerate(paths):
            with PdfReader(p) as r:
                count = len(r.pages())
                first = asm.add_pdf(r, [Stamp(str(n + i + 1), "ЖОБА / ПРОЕКТ") for i in range(count)])
                outline.append(OutlineEntry(f"{k + 1}. {p.name}", first))
                n += count
        asm.finish(outline, title="bench")
    return n


PEAK = """
def peak_mb():
    # VmHWM: this process's own peak resident memory. (ru_maxrss would also count the parent's peak,
    # which Linux carries across fork and exec.)
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) // 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
"""

CHILD = PEAK + """
import sys
from pathlib import Path
sys.path.insert(0, {repo!r})
from deputydesk.render.dossier import DossierMember, DossierSpec, compile_dossier
paths = [Path(p) for p in {paths!r}]
spec = DossierSpec(title="Бенчмарк", draft=True,
                   members=[DossierMember(f"Құжат {{i}}", p, key=str(i)) for i, p in enumerate(paths)])
r = compile_dossier(spec, Path({out!r}))
print(r.pages, peak_mb())
"""


def child_compile(paths: list[Path], out: Path) -> tuple[int, int, float]:
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", CHILD.format(repo=str(REPO), paths=[str(p) for p in paths],
                                                              out=str(out))],
                          capture_output=True, text=True, check=True)
    elapsed = time.perf_counter() - t
    pages, rss = map(int, proc.stdout.split())
    return pages, rss, elapsed


def pdfunite(paths: list[Path], out: Path) -> None:
    subprocess.run(["pdfunite", *map(str, paths), str(out)], check=True)


def bench_exchange(work: Path) -> tuple[float, float, float]:
    os.environ["DEPUTYDESK_NO_AUTO_BACKUP"] = "1"
    from deputydesk.exchange import package
    from deputydesk.storage import records
    from deputydesk.storage.workspace import Workspace

    a = Workspace.open(work / "A")
    b = Workspace.open(work / "B")
    with a.db.atomic():
        ids = [records.insert(a, "organisations", {"kind": "department", "name_ru": f"Отдел {i}"})
               for i in range(1000)]
    package.export_package(a, work / "full.ddx")
    package.import_package(b, work / "full.ddx")
    with a.db.atomic():
        for rid in ids:
            records.update(a, "organisations", rid, {"phone": "8 (7282) 00-00-00"})
    t = time.perf_counter()
    package.export_package(a, work / "u.ddx", since_last=True)
    export_s = time.perf_counter() - t
    t = time.perf_counter()
    res = package.import_package(b, work / "u.ddx")
    import_s = time.perf_counter() - t
    assert res.merged == 1000
    t = time.perf_counter()
    package.import_package(b, work / "u.ddx")  # again: nothing changes
    again_s = time.perf_counter() - t
    a.close()
    b.close()
    return export_s, import_s, again_s


def main() -> None:
    if shutil.which("pdfunite") is None:
        raise SystemExit("pdfunite (poppler-utils) is needed for the reference numbers")
    work = Path(tempfile.mkdtemp(prefix="bench-dossiers-"))
    try:
        members = text_members(work)
        from deputydesk.render.dossier_pdf import page_count

        per_round = sum(page_count(p) for p in members)
        rounds = -(-1000 // per_round)
        paths = members * rounds
        pages = per_round * rounds
        t_unite = best_of(lambda: pdfunite(paths, work / "u.pdf"))
        t_ours = best_of(lambda: assemble(paths, work / "a.pdf"))
        c_pages, c_rss, c_time = child_compile(paths, work / "d.pdf")
        scan = scanned_member(work, 100)
        scans = [scan] * 10
        s_unite = best_of(lambda: pdfunite(scans, work / "su.pdf"), 1)  # slow: one run
        s_ours = best_of(lambda: assemble(scans, work / "sa.pdf"), 2)
        s_pages, s_rss, s_time = child_compile(scans, work / "sd.pdf")
        size_mb = (work / "sd.pdf").stat().st_size / 1e6
        ex, im, again = bench_exchange(work)
        print()
        print("Dossiers & exchange benchmark")
        print(f"{'case':52} {'pdfunite':>10} {'DeputyDesk':>11} {'ratio':>7}")
        print(f"{f'merge {pages} text pages ({len(paths)} files)':52} {t_unite:9.2f}s {t_ours:10.2f}s "
              f"{t_ours / t_unite:6.2f}×")
        print(f"{'merge 1000 scanned pages (10 × 100, JPEG)':52} {s_unite:9.2f}s {s_ours:10.2f}s "
              f"{s_ours / s_unite:6.2f}×")
        print("  (DeputyDesk also stamps page numbers and the draft mark on every page and writes bookmarks)")
        print()
        print(f"{'whole dossier compile, in a child process':52} {'time':>10} {'peak RSS':>11}")
        print(f"{f'{c_pages} text pages (cover, contents, stamps)':52} {c_time:9.2f}s {c_rss:8d} MB")
        print(f"{f'{s_pages} scanned pages, {size_mb:.0f} MB PDF':52} {s_time:9.2f}s {s_rss:8d} MB")
        print()
        print(f"{'exchange, 1000 changed records':52} {'time':>10}")
        print(f"{'export (diff against the peer snapshot + zip)':52} {ex:9.3f}s")
        print(f"{'import (verify + merge in one transaction)':52} {im:9.3f}s")
        print(f"{'import of the same package again (no change)':52} {again:9.3f}s")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
