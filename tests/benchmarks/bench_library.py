"""Library benchmarks, printed side by side with reference tools (never pass/fail on timing).

1. Import: at least 2,000 text PDF pages (the corpus decisions printed with reportlab, several distinct
   copies) — DeputyDesk (extract + detect + store once + index) against ``pdftotext`` extracting the same
   files; peak memory of the importing process tree.
2. Search: latency p50/p95 over the inflected Kazakh/Russian query set at 10,000 and 100,000 pages —
   DeputyDesk in process (the ranked list the library view shows; the 20 best with best page and
   snippets, as the CLI answers) and the CLI, against ``rg -l`` (the files) and ``rg`` (the matching
   lines) over the same text, and Recoll's ``recollq`` when installed (Debian ``recollcmd``).

    python tests/benchmarks/bench_library.py [--quick]
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "unit" / "library"))


def _corpus() -> Path:
    for candidate in (REPO.parent / "shared" / "corpus", Path("/work/shared/corpus"), REPO / "shared" / "corpus"):
        if candidate.is_dir():
            return candidate
    raise SystemExit("the shared corpus was not found")


class PeakRss:
    """Peak resident memory of this process plus its children, sampled every 20 ms."""

    def __init__(self) -> None:
        import psutil

        self.proc = psutil.Process()
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            total = 0
            try:
                total = self.proc.memory_info().rss
                for child in self.proc.children(recursive=True):
                    try:
                        total += child.memory_info().rss
                    except psutil.Error:
                        pass
            except psutil.Error:
                pass
            self.peak = max(self.peak, total)
            time.sleep(0.02)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    k = (len(values) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def _table(header: list[str], rows: list[list[Any]]) -> None:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=False)]
    print("  ".join(str(h).ljust(w) for h, w in zip(header, widths, strict=False)))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print("  ".join(str(x).ljust(w) for x, w in zip(r, widths, strict=False)), flush=True)


# ---------------------------------------------------------------------------------------------- import
def make_pdfs(out: Path, min_pages: int) -> tuple[list[Path], int]:
    """Print the corpus decisions as PDFs until at least ``min_pages`` pages exist (copies carry a
    distinct first line, so every file is a new original)."""
    import pypdfium2 as pdfium

    from deputydesk.render.library_samples import parse_markdown, write_pdf

    sources = sorted((_corpus() / "decisions").glob("*.md"))
    blocks_of = {s.stem: parse_markdown(s.read_text(encoding="utf-8")) for s in sources}
    out.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    pages = 0
    copy = 0
    from deputydesk.render.library_samples import Block

    while pages < min_pages:
        copy += 1
        for stem, blocks in blocks_of.items():
            target = out / f"{stem}-copy{copy}.pdf"
            write_pdf([Block("note", f"Копия № {copy} / Көшірме № {copy}"), *blocks], target)
            pdf = pdfium.PdfDocument(str(target))
            pages += len(pdf)
            pdf.close()
            files.append(target)
    return files, pages


def bench_import(tmp: Path, min_pages: int) -> None:
    from deputydesk.services import library
    from deputydesk.storage.workspace import Workspace

    print(f"\n## Import of text PDFs (≥ {min_pages} pages)")
    t = time.perf_counter()
    files, pages = make_pdfs(tmp / "pdfs", min_pages)
    print(f"generated {len(files)} PDFs, {pages} pages in {time.perf_counter() - t:.1f} s")
    rows = []
    out = tmp / "pdftotext"
    out.mkdir()
    t = time.perf_counter()
    for f in files:
        subprocess.run(["pdftotext", "-enc", "UTF-8", str(f), str(out / (f.stem + ".txt"))], check=True)
    ref = time.perf_counter() - t
    rows.append(["pdftotext (one process per file, text only)", len(files), pages, f"{ref:.1f}",
                 f"{pages / ref:.0f}", "1.00×", "—"])
    for label, workers in (("DeputyDesk import (reader processes)", None), ("DeputyDesk import (one thread)", 0)):
        ws = Workspace.open(tmp / f"ws-import-{workers}")
        with PeakRss() as peak:
            t = time.perf_counter()
            items = library.import_paths(ws, [tmp / "pdfs"], workers=workers)
            took = time.perf_counter() - t
        ok = sum(1 for i in items if i["status"] == "imported")
        rows.append([label + " — extract, detect, store, index", ok, pages, f"{took:.1f}", f"{pages / took:.0f}",
                     f"{(pages / took) / (pages / ref):.2f}×", f"{peak.peak / 2**20:.0f} MB"])
        ws.close()
    _table(["tool", "files", "pages", "seconds", "pages/s", "vs pdftotext", "peak RSS"], rows)
    print("goal: DeputyDesk ≥ 0.5× pdftotext's pages per second, including storing and indexing")


# ---------------------------------------------------------------------------------------------- search
def _paragraphs() -> list[list[str]]:
    """The corpus as paragraphs, grouped by source document."""
    from deputydesk.core.metadata import _prepare

    groups: list[list[str]] = []
    for f in [*sorted((_corpus() / "decisions").glob("*.md")), *sorted((_corpus() / "web").glob("*.txt"))]:
        text = _prepare(f.read_text(encoding="utf-8"))
        paras = [p.strip() for p in text.split("\n") if len(p.strip()) > 60 and "<" not in p]
        if paras:
            groups.append(paras)
    return groups


def _page(rng: random.Random, own: list[str], everything: list[str]) -> str:
    """About 2,000 characters: paragraphs of the document's own source (a document keeps to its topic),
    one in five from anywhere in the corpus."""
    out: list[str] = []
    size = 0
    while size < 2000:
        p = rng.choice(everything) if rng.random() < 0.2 else rng.choice(own)
        out.append(p)
        size += len(p) + 1
    return "\n".join(out)


def build_search_workspace(tmp: Path, n_pages: int, pages_per_doc: int = 10) -> tuple[Any, Path]:
    """A workspace with ``n_pages`` pages of real corpus paragraphs (documents of 10 pages, each built
    from one corpus document's paragraphs with a fifth from elsewhere), the same pages written as text
    files for rg/recoll."""
    import concurrent.futures as cf
    import hashlib
    import multiprocessing

    from deputydesk.core import textnorm
    from deputydesk.core.ids import new_id, now_iso
    from deputydesk.storage import library_index
    from deputydesk.storage.workspace import Workspace

    groups = _paragraphs()
    everything = [p for g in groups for p in g]
    rng = random.Random(n_pages)
    n_docs = n_pages // pages_per_doc
    texts_dir = tmp / f"text-{n_pages}"
    texts_dir.mkdir()
    ws = Workspace.open(tmp / f"ws-search-{n_pages}")
    docs = []
    for d in range(n_docs):
        own = groups[d % len(groups)]
        pages = [_page(rng, own, everything) for _ in range(pages_per_doc)]
        lang = textnorm.detect_language(pages[0]).code
        docs.append((d, pages, lang if lang in ("kk", "ru") else "ru"))
        (texts_dir / f"doc{d:06d}.txt").write_text("\n\f\n".join(pages), encoding="utf-8")
    now = now_iso()
    ctx = multiprocessing.get_context("spawn")
    with cf.ProcessPoolExecutor(max_workers=max(1, (os.cpu_count() or 2)), mp_context=ctx) as pool:
        from deputydesk.services.library import page_forms

        results = pool.map(page_forms, [p for _d, p, _l in docs], [lang for _d, _p, lang in docs], chunksize=20)
        db = ws.db
        with db.atomic():
            for (d, pages, lang), forms in zip(docs, results, strict=True):
                doc_id = new_id()
                sha = hashlib.sha256(f"bench-{n_pages}-{d}".encode()).hexdigest()
                title = pages[0].split("\n", 1)[0][:120]
                db.execute("INSERT INTO files (id, size, created_at, updated_at, updated_by) VALUES (?,?,?,?,?)",
                           [sha, 1, now, now, "bench"])
                db.execute("INSERT INTO documents (id, file_id, original_name, format, size, pages, kind, title, "
                           "title_norm, language, imported_at, created_at, updated_at, updated_by) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                           [doc_id, sha, f"doc{d:06d}.txt", "txt", 1, len(pages), "other", title,
                            textnorm.fold(title), lang, now, now, now, "bench"])
                db.conn.executemany(
                    "INSERT INTO document_pages (id, document_id, page_no, text, created_at, updated_at, updated_by) "
                    "VALUES (?,?,?,?,?,?,?)", [(new_id(), doc_id, i + 1, t, now, now, "bench")
                                               for i, t in enumerate(pages)])
                meta = textnorm.index_forms(title, lang)
                library_index.index_forms_of_document(db, doc_id, forms, (meta.words, meta.stems), lang=lang,
                                                      meta_text=title, page_texts=pages)
    return ws, texts_dir


def _queries() -> list[str]:
    from lib_search_queries import KK, RU

    return [q for q, _ in RU + KK]


def _rg_pattern(query: str) -> str:
    """What a person would give rg for an inflected query: the first word cut to its first 5 letters."""
    from deputydesk.core.searchquery import parse

    q = parse(query)
    word = q.positive[0].words[0] if q.positive else query
    return word[:5] if len(word) > 5 else word


REPS = 3
"""Each query runs this many times with every tool; a query's latency is the median of its runs (one
stray scheduling hiccup on a loaded machine then cannot decide a p95 over 68 queries)."""


def _latencies(queries: list[str], run: Any) -> tuple[list[float], int]:
    """Per-query median latency (seconds) of ``run(query)`` and how many queries found something."""
    import statistics

    lat, found = [], 0
    for q in queries:
        times = []
        for _ in range(REPS):
            t = time.perf_counter()
            got = run(q)
            times.append(time.perf_counter() - t)
        found += bool(got)
        lat.append(statistics.median(times))
    return lat, found


def _row(n: int, tool: str, lat: list[float], found: Any) -> list[Any]:
    return [f"{n:,}", tool, f"{_pct(lat, .5) * 1000:.1f}", f"{_pct(lat, .95) * 1000:.1f}", found]


def bench_search(tmp: Path, sizes: list[int]) -> None:
    from deputydesk.services import library

    queries = _queries()
    print(f"\n## Search latency over {len(queries)} inflected Kazakh/Russian queries "
          f"(each query {REPS}× per tool, its median; p50/p95 over the queries)")
    recoll = shutil.which("recollq") and shutil.which("recollindex")
    rg = shutil.which("rg")
    rows = []
    verdicts = []
    for n in sizes:
        t = time.perf_counter()
        ws, texts = build_search_workspace(tmp, n)
        build = time.perf_counter() - t
        t = time.perf_counter()
        tidy = library.tidy_index(ws, added_pages=n)  # what an import of that many pages does at its end
        tidy_s = time.perf_counter() - t
        ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db_size = sum(p.stat().st_size for p in ws.root.glob("deputydesk.sqlite3*"))
        text_size = sum(p.stat().st_size for p in texts.iterdir())
        print(f"{n} pages: built in {build:.0f} s, index merged in {tidy_s:.1f} s ({tidy['steps']} steps); "
              f"database {db_size / 2**20:.0f} MB, text {text_size / 2**20:.0f} MB")
        for q in queries[:3]:  # warm the page cache and SQLite's
            library.search(ws, q)
        # what the library view shows as the user types (and what rg -l gives): the matching documents,
        # best first, up to 1,000
        lat_ids, found = _latencies(queries, lambda q, ws=ws: library.search_ids(ws, q))
        rows.append(_row(n, "DeputyDesk: ranked list (library view)", lat_ids, f"{found}/{len(queries)}"))
        # the CLI's answer: 20 best documents, each with its best page and a highlighted snippet
        lat_snip, found = _latencies(queries, lambda q, ws=ws: library.search(ws, q, limit=20))
        rows.append(_row(n, "DeputyDesk: 20 best + best page + snippets", lat_snip, f"{found}/{len(queries)}"))
        cli = []
        for q in queries[:8]:
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "deputydesk", "--workspace", str(ws.root), "search", q, "--json"],
                           capture_output=True, check=True, cwd=str(REPO),
                           env={**os.environ, "PYTHONPATH": str(REPO)})
            cli.append(time.perf_counter() - t)
        rows.append(_row(n, "deputydesk search (CLI, incl. Python start)", cli, "—"))
        if rg:
            lat_rg, found = _latencies(queries, lambda q, texts=texts: subprocess.run(
                [rg, "-l", "-i", "-F", _rg_pattern(q), str(texts)], capture_output=True).stdout)
            rows.append(_row(n, "rg -l -i (files; first word, 5-letter prefix)", lat_rg, f"{found}/{len(queries)}"))
            lat_lines, found = _latencies(queries, lambda q, texts=texts: subprocess.run(
                [rg, "-i", "-F", _rg_pattern(q), str(texts)], capture_output=True).stdout)
            rows.append(_row(n, "rg -i (matching lines)", lat_lines, f"{found}/{len(queries)}"))
            verdicts.append(
                f"{n:,} pages: ranked list p95 {_pct(lat_rg, .95) / _pct(lat_ids, .95):.1f}× faster than rg -l "
                f"(goal ≥ 20×); with snippets {_pct(lat_lines, .95) / _pct(lat_snip, .95):.1f}× faster than rg's "
                f"matching lines, {_pct(lat_rg, .95) / _pct(lat_snip, .95):.1f}× than rg -l")
        if recoll:
            conf = tmp / f"recoll-{n}"
            conf.mkdir()
            (conf / "recoll.conf").write_text(f"topdirs = {texts}\nindexstemminglanguages = russian\n",
                                              encoding="utf-8")
            t = time.perf_counter()
            subprocess.run(["recollindex", "-c", str(conf)], capture_output=True, check=False)
            idx = time.perf_counter() - t
            lat_rc, found = _latencies(queries, lambda q, conf=conf: subprocess.run(
                ["recollq", "-c", str(conf), "-b", "-n", "20", q.replace("*", "")],
                capture_output=True, check=False).stdout.strip())
            rows.append(_row(n, f"recollq (index built in {idx:.0f} s)", lat_rc, f"{found}/{len(queries)}"))
        ws.close()
    _table(["pages", "tool", "p50 ms", "p95 ms", "queries with hits"], rows)
    for v in verdicts:
        print(v)
    if not rg:
        print("rg is not installed (Debian: ripgrep)")
    if not recoll:
        print("recollq is not installed (Debian: recollcmd)")


def main() -> None:
    quick = "--quick" in sys.argv
    with tempfile.TemporaryDirectory(prefix="deputydesk-bench-library-") as tmp_name:
        tmp = Path(tmp_name)
        bench_import(tmp, 400 if quick else 2000)
        bench_search(tmp, [2_000] if quick else [10_000, 100_000])
    import resource

    print(f"\npeak RSS of the benchmark process (search set-up included): "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
