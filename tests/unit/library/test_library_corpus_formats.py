"""Acceptance: the corpus decisions printed to PDF and DOCX read back with the printed number and date."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from deputydesk.core.metadata import detect
from deputydesk.ingest.extract import extract
from deputydesk.render.library_samples import convert

_CACHE: dict[str, list] = {}


@pytest.fixture
def converted(corpus, tmp_path_factory):
    """The corpus decisions printed once per test session to PDF and DOCX."""
    key = str(corpus)
    if key not in _CACHE:
        out = tmp_path_factory.mktemp("corpus-converted")
        with open(corpus / "decisions" / "INDEX.tsv", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t"))
        _CACHE[key] = [(row, convert(corpus / "decisions" / row["file"], out)) for row in rows]
    return _CACHE[key]


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_number_and_date_exact_for_at_least_90_percent(converted, fmt, capsys):
    exact = 0
    misses = []
    for row, paths in converted:
        ex = extract(paths[fmt])
        meta = detect(ex.text)
        if meta.number.value == row["number"] and meta.date.value == dt.date.fromisoformat(row["date"]):
            exact += 1
        else:
            misses.append((row["file"], meta.number.value, meta.date.value))
    with capsys.disabled():
        print(f"\n{fmt.upper()}: printed number and date exact for {exact}/{len(converted)} corpus decisions")
    assert exact / len(converted) >= 0.9, misses


def test_pdf_pages_are_real_a4_pages_with_embedded_fonts(converted):
    import pypdfium2 as pdfium

    from deputydesk.ingest.pdf import PDFIUM_LOCK

    row, paths = next((r, p) for r, p in converted if r["file"] == "045-ru.md")
    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(str(paths["pdf"]))
        try:
            assert len(pdf) > 50
            w, h = pdf[0].get_size()
            assert abs(w - 595.3) < 1 and abs(h - 841.9) < 1
        finally:
            pdf.close()
    data = paths["pdf"].read_bytes()
    assert b"/FontFile2" in data  # TrueType embedded
