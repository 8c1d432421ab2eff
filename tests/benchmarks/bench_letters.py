"""Letters benchmark: a two-page letter rendered to PDF (reportlab) and DOCX (python-docx) by DeputyDesk,
side by side with LibreOffice converting the same DOCX to PDF (the reference; goal: at least 10x faster).

Run with ``make bench`` or ``python tests/benchmarks/bench_letters.py``. Prints numbers; asserts nothing.
"""

from __future__ import annotations

import io
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from deputydesk.core.letters import letter_from_dict
from deputydesk.demo.letters_data import sample
from deputydesk.render import letters as R

RUNS = 20
LO_RUNS = 3


def two_page_letter():
    paragraph = ("Общественный совет рассмотрел отчет о ходе реализации бюджетной программы, заслушал "
                 "руководителя отдела и представителей населения, изучил материалы мониторинга. ")
    text = "\n".join(paragraph * 3 for _ in range(5))
    letter = letter_from_dict(sample("recommendation", "ru", text=text))
    pages = R.render_pdf(letter, io.BytesIO())
    assert pages == 2, f"the benchmark letter should take two pages, it takes {pages}"
    return letter


def timed(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def main() -> None:
    letter = two_page_letter()
    R.render_pdf(letter, io.BytesIO())  # fonts registered, modules imported: measure steady state
    R.render_docx(letter, io.BytesIO())
    pdf_times = timed(lambda: R.render_pdf(letter, io.BytesIO()), RUNS)
    docx_times = timed(lambda: R.render_docx(letter, io.BytesIO()), RUNS)
    both = [a + b for a, b in zip(pdf_times, docx_times, strict=True)]
    rows = [
        ("DeputyDesk PDF (reportlab)", statistics.median(pdf_times)),
        ("DeputyDesk DOCX (python-docx)", statistics.median(docx_times)),
        ("DeputyDesk PDF + DOCX", statistics.median(both)),
    ]
    lo = soffice()
    lo_note = ""
    if lo is None:
        lo_note = "LibreOffice not installed"
    else:
        with tempfile.TemporaryDirectory() as tmp:
            tmpdir = Path(tmp)
            docx = tmpdir / "letter.docx"
            R.render_docx(letter, docx)
            profile = (tmpdir / "profile").as_uri()

            def convert() -> None:
                subprocess.run([lo, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                                "--outdir", str(tmpdir / "out"), str(docx)], check=True, capture_output=True,
                               timeout=300)

            cold = timed(convert, 1)[0]  # first start creates the profile
            warm = timed(convert, LO_RUNS)
            rows.append(("LibreOffice DOCX -> PDF (first run)", cold))
            rows.append(("LibreOffice DOCX -> PDF (median of later runs)", statistics.median(warm)))
            pages = subprocess.run(["pdfinfo", str(tmpdir / "out" / "letter.pdf")], capture_output=True,
                                   text=True).stdout
            lo_pages = next((line.split()[-1] for line in pages.splitlines() if line.startswith("Pages:")), "?")
            lo_note = f"LibreOffice laid the same DOCX out on {lo_pages} page(s)"
    print("Letters: a two-page recommendation letter (Russian)")
    print(f"{'what':<50} {'seconds':>10} {'per second':>11}")
    for name, seconds in rows:
        print(f"{name:<50} {seconds:>10.4f} {1 / seconds:>11.1f}")
    if lo is not None:
        ratio = statistics.median(warm) / statistics.median(both)
        print(f"DeputyDesk (PDF + DOCX) is {ratio:.0f}x faster than LibreOffice converting the DOCX "
              f"(goal: at least 10x)")
    print(lo_note)


if __name__ == "__main__":
    main()
