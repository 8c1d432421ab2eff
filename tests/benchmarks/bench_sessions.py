"""Sessions benchmarks (run on demand: ``python tests/benchmarks/bench_sessions.py`` or ``make bench``).

1. Result of a vote: DeputyDesk's integer rule (``count * den >= num * base``) against a reference that
   uses Python's exact ``fractions.Fraction`` — same answers, compared for speed on 100,000 votes.
2. A 25-deputy session with 10 agenda items: evaluation, protocol PDF (reportlab) and DOCX (python-docx),
   and the reference tool pdftotext reading the PDF back.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import subprocess
import tempfile
import time
from fractions import Fraction
from pathlib import Path


def _timed(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def _session():
    from deputydesk.core.sessions import AgendaItem, Attendee, Body, BodyKind, Session, Speaker, Votes

    body = Body(BodyKind.MASLIKHAT, {"ru": "Абайский районный маслихат", "kk": "Абай аудандық мәслихаты"}, 25)
    attendance = [Attendee(f"Депутат {i:02d} Иван Иванович", i < 21, "" if i < 21 else "болезнь") for i in range(25)]
    agenda = [AgendaItem(f"О вопросе {i} повестки дня сессии районного маслихата", rapporteur=f"Докладчик {i}",
                         speakers=[Speaker(f"Выступающий {i}.{j}", "поддержал проект решения") for j in range(3)],
                         votes=Votes(13 + i % 5, 2, 1), decision_text="Утвердить проект решения. " * 6)
              for i in range(10)]
    return Session(body, 8, 12, dt.date(2024, 3, 27), place="г. Абай", chair="Сейткалиев Ерлан",
                   secretary="Жакупова Асем", attendance=attendance, agenda=agenda)


def main() -> None:
    from deputydesk.core.sessions import BodyRules, Votes, decide, evaluate
    from deputydesk.render.protocol import build_protocol, fit_summary
    from deputydesk.render.sessions_layout import docx_bytes, pdf_bytes_and_pages

    rng = random.Random(7)
    rules = BodyRules.default("maslikhat")
    cases = []
    for _ in range(100_000):
        total = rng.randint(7, 50)
        present = rng.randint(0, total)
        f = rng.randint(0, present)
        a = rng.randint(0, present - f)
        cases.append((total, present, f, a))

    def ours() -> list[bool]:
        return [decide(rules, t, p, Votes(f, a, 0))[0].value == "adopted" for t, p, f, a in cases]

    def reference() -> list[bool]:
        two_thirds = Fraction(2, 3)
        half = Fraction(1, 2)
        return [p >= two_thirds * t and f > half * t for t, p, f, a in cases]

    assert ours() == reference(), "the integer rule and the Fraction reference disagree"
    t_ours = _timed(ours, 1)
    t_ref = _timed(reference, 1)
    print("Vote results, 100,000 random maslikhat votes (same answers)")
    print(f"  {'DeputyDesk decide() with explanations':45s} {t_ours * 1000:8.1f} ms")
    print(f"  {'reference: fractions.Fraction, no explanations':45s} {t_ref * 1000:8.1f} ms")

    session = _session()
    t_eval = _timed(lambda: evaluate(session), 20)
    doc = build_protocol(session, "ru")
    t_pdf = _timed(lambda: pdf_bytes_and_pages(doc))
    t_docx = _timed(lambda: docx_bytes(doc))
    t_summary = _timed(lambda: fit_summary(session, "ru"))
    pdf, pages = pdf_bytes_and_pages(doc)
    print("\nProtocol of a 25-deputy session with 10 items")
    print(f"  {'evaluate (quorum, results, numbers)':45s} {t_eval * 1000:8.2f} ms")
    print(f"  {'protocol PDF (reportlab), ' + str(pages) + ' pages':45s} {t_pdf * 1000:8.1f} ms")
    print(f"  {'protocol DOCX (python-docx)':45s} {t_docx * 1000:8.1f} ms")
    print(f"  {'summary fitted to two pages':45s} {t_summary * 1000:8.1f} ms")
    if shutil.which("pdftotext"):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "p.pdf"
            path.write_bytes(pdf)
            t_read = _timed(lambda: subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True))
        print(f"  {'reference: pdftotext reading it back':45s} {t_read * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
