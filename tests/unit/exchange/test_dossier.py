"""Dossier compiler on real corpus documents: pages, bookmarks, stamped numbers, change marks, memory."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from deputydesk.render import dossier_members as members
from deputydesk.render.dossier import AnnexTable, DossierMember, DossierSpec, compile_dossier
from deputydesk.render.dossier_pdf import PdfReader, iter_outline, page_count


def _pdf_from_corpus(corpus: Path, name: str, out: Path) -> Path:
    text = (corpus / "decisions" / name).read_text(encoding="utf-8")
    members.typeset_text(out, text, title=name)
    return out


def _stamp_text(page) -> str:
    """Text inside the bottom-right stamp area (10 mm from the right, 6 mm from the bottom)."""
    w, h = page.get_size()
    tp = page.get_textpage()
    try:
        return tp.get_text_bounded(left=w - 120, bottom=0, right=w, top=30).strip()
    finally:
        tp.close()


@pytest.fixture
def three_members(corpus, tmp_path):
    a = _pdf_from_corpus(corpus, "001-kk.md", tmp_path / "a.pdf")
    b = _pdf_from_corpus(corpus, "004-ru.md", tmp_path / "b.pdf")
    txt = corpus / "web" / "001-budget-ru.txt"
    return [DossierMember("Регламент мәслихаты", a, key="doc-a", subtitle="№ 28-171, 14.02.2014"),
            DossierMember("О плате за питьевую воду", b, key="doc-b"),
            DossierMember("О районном бюджете", txt, key="doc-c")]


def test_real_documents_compile_with_toc_bookmarks_and_numbers(three_members, tmp_path):
    spec = DossierSpec(title="XV сессия: бюджет & тарифы <2024>", members=three_members,
                       body="Алматы облыстық мәслихаты", date=dt.date(2024, 3, 15), purpose="Күн тәртібі")
    out = tmp_path / "out" / "dossier.pdf"
    result = compile_dossier(spec, out)
    expected_member_pages = [page_count(m.path) for m in three_members[:2]]
    assert [r.pages for r in result.members[:2]] == expected_member_pages
    assert result.problems == []
    doc = pdfium.PdfDocument(str(out))
    try:
        assert len(doc) == result.pages == 2 + sum(r.pages for r in result.members)
        # continuous numbers on every page, read back from the page itself
        for i in range(len(doc)):
            assert _stamp_text(doc[i]) == str(i + 1)
        # every page is A4
        assert all(abs(doc[i].get_size()[0] - 595.3) < 1 for i in range(len(doc)))
        # the contents page lists each document with its first page
        toc = doc[1].get_textpage().get_text_range()
        assert "Мазмұны / Содержание" in toc
        assert "XV сессия: бюджет & тарифы <2024>" in doc[0].get_textpage().get_text_range()
        for r in result.members:
            assert r.title in toc
        # the first page of each member really is that member
        second = doc[result.members[1].first_page - 1].get_textpage().get_text_range()
        assert "питьевой воды" in second
    finally:
        doc.close()
    outline = list(iter_outline(out))
    titles = [t for t, _ in outline]
    for i, r in enumerate(result.members, 1):
        assert titles.count(f"{i}. {r.title}") == 1
        assert (f"{i}. {r.title}", r.first_page - 1) in outline
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "LiberationSerif" in fonts
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:]), fonts  # all embedded
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True)
    assert info.returncode == 0 and "Syntax Error" not in info.stderr


def test_change_marks_after_a_document_is_replaced(three_members, corpus, tmp_path):
    spec = DossierSpec(title="Досье", members=three_members, date=dt.date(2024, 3, 1))
    issued = compile_dossier(spec, tmp_path / "v1.pdf")
    assert all(r.change == "" for r in issued.members)
    # replace member b with another document, add a new one, drop c
    replacement = _pdf_from_corpus(corpus, "007-ru.md", tmp_path / "b2.pdf")
    new_members = [three_members[0], DossierMember("О плате за питьевую воду", replacement, key="doc-b"),
                   DossierMember("Новый документ", text="Новый текст", key="doc-d")]
    spec2 = DossierSpec(title="Досье", members=new_members, previous_manifest=issued.manifest,
                        date=dt.date(2024, 3, 5))
    again = compile_dossier(spec2, tmp_path / "v2.pdf")
    assert [r.change for r in again.members] == ["", "replaced", "added"]
    assert again.removed == ["О районном бюджете"]
    doc = pdfium.PdfDocument(str(tmp_path / "v2.pdf"))
    toc = doc[1].get_textpage().get_text_range()
    doc.close()
    assert "ауыстырылды / заменён" in toc
    assert "жаңа / новый" in toc
    assert "О районном бюджете" in toc  # listed as removed
    assert toc.count("●") == 3  # legend + two marked rows


def test_draft_mark_annex_text_and_failures(tmp_path, corpus):
    import openpyxl

    xlsx = tmp_path / "budget.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Бюджет"
    ws.append(["Программа", "2024", "2025"])
    ws.append(["Білім беру", 1250000.5, 1300000])
    wb.save(xlsx)
    docx_path = tmp_path / "letter.docx"
    doc = members.base.new_docx()
    doc.add_paragraph("Ұсыным мәтіні: жол жөндеу")
    doc.add_table(rows=1, cols=2).rows[0].cells[0].text = "Кесте ұяшығы"
    doc.save(docx_path)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    spec = DossierSpec(
        title="Жоба", draft=True,
        members=[DossierMember("Кесте", xlsx), DossierMember("Хат", docx_path),
                 DossierMember("Бұзылған", broken), DossierMember("Мәтін", text="a < b & c")],
        annex=AnnexTable("Ашық ұсынымдар", ["№", "Ұсыным", "Мерзім", "Күйі"],
                         [["1", "Жол жөндеу", "01.04.2024", "мерзімі өтті"]]))
    result = compile_dossier(spec, tmp_path / "d.pdf", soffice=False)
    assert len(result.problems) == 1 and "broken.pdf" in result.problems[0]
    assert result.members[2].error
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "d.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    pages = text.split("\f")[:-1]
    assert len(pages) == result.pages
    assert all("ЖОБА / ПРОЕКТ" in p for p in pages)
    assert "1 250 000,50" in text and "Білім беру" in text
    assert "LibreOffice" in text and "Ұсыным мәтіні: жол жөндеу" in text and "Кесте ұяшығы" in text
    doc = pdfium.PdfDocument(str(tmp_path / "d.pdf"))
    texts = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    doc.close()
    assert any("a < b & c" in t for t in texts)
    assert "Ашық ұсынымдар" in text and "мерзімі өтті" in text
    assert "Документ не удалось включить" in text


def test_rotated_and_cropped_member_pages_get_upright_stamps(tmp_path):
    """Stamp lands bottom-right of what the reader sees, whatever /Rotate says."""
    src = tmp_path / "rot.pdf"
    members.typeset_text(src, "Айналдырылған бет\n\nекінші абзац")
    data = src.read_bytes().replace(b"/Rotate 0", b"/Rotate 90")
    src.write_bytes(data)
    out = tmp_path / "out.pdf"
    compile_dossier(DossierSpec(title="R", members=[DossierMember("rot", src)]), out)
    doc = pdfium.PdfDocument(str(out))
    assert doc[2].get_rotation() == 90
    doc.close()
    # pdftotext reports boxes in the displayed (rotated) orientation: landscape, stamp bottom-right
    bbox = subprocess.run(["pdftotext", "-f", "3", "-l", "3", "-bbox", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    import re

    page = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', bbox)
    # poppler reports the unrotated box size but word positions on the displayed (landscape) page
    width, height = sorted((float(page.group(1)), float(page.group(2))), reverse=True)
    words = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]+)<', bbox)
    stamp = [(float(x), float(y)) for x, y, w in words if w == "3"]
    assert len(stamp) == 1
    x, y = stamp[0]
    assert x > width * 0.9 and y > height * 0.9


def test_reader_handles_xref_streams_and_object_streams(tmp_path):
    """A PDF 1.5 file with a cross-reference stream and an object stream, as Word/Acrobat write them."""
    import zlib

    objs = {
        1: b"<</Type/Catalog/Pages 2 0 R>>",
        2: b"<</Type/Pages/Kids[3 0 R]/Count 1/MediaBox[0 0 595 842]>>",
        3: b"<</Type/Page/Parent 2 0 R/Contents 4 0 R/Resources<<>>>>",
    }
    content = b"0 0 1 rg 100 100 200 200 re f"
    out = bytearray(b"%PDF-1.5\n")
    offsets = {}
    # objects 1 and 3 go into object stream 5; 2 and 4 are plain
    offsets[2] = len(out)
    out += b"2 0 obj\n" + objs[2] + b"\nendobj\n"
    offsets[4] = len(out)
    out += b"4 0 obj\n<</Length %d>>stream\n" % len(content) + content + b"\nendstream\nendobj\n"
    body = objs[1] + b" " + objs[3]
    header = b"1 0 3 %d " % (len(objs[1]) + 1)
    stm = zlib.compress(header + body)
    offsets[5] = len(out)
    out += b"5 0 obj\n<</Type/ObjStm/N 2/First %d/Filter/FlateDecode/Length %d>>stream\n" % (
        len(header), len(stm)) + stm + b"\nendstream\nendobj\n"
    rows = [(0, 0, 65535), (2, 5, 0), (1, offsets[2], 0), (2, 5, 1), (1, offsets[4], 0), (1, offsets[5], 0)]
    xref_at = len(out)
    rows.append((1, xref_at, 0))
    raw = b"".join(bytes([0]) + bytes([t]) + a.to_bytes(4, "big") + b.to_bytes(2, "big") for t, a, b in rows)
    # PNG "Up" predictor as real writers use
    cols = 7
    predicted = bytearray()
    prev = bytes(cols)
    for i in range(0, len(raw), 8):
        row = raw[i + 1: i + 8]
        predicted += b"\x02" + bytes((row[j] - prev[j]) & 0xFF for j in range(cols))
        prev = row
    data = zlib.compress(bytes(predicted))
    out += (b"6 0 obj\n<</Type/XRef/Size 7/W[1 4 2]/Root 1 0 R/Filter/FlateDecode"
            b"/DecodeParms<</Predictor 12/Columns 7>>/Length %d>>stream\n" % len(data)) + data
    out += b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % xref_at
    path = tmp_path / "xs.pdf"
    path.write_bytes(bytes(out))
    with PdfReader(path) as reader:
        pages = reader.pages()
        assert len(pages) == 1
        assert reader.xref[1][0] == 2
        assert pages[0].inherited[b"MediaBox"]
    res = compile_dossier(DossierSpec(title="x", members=[DossierMember("xs", path)]), tmp_path / "o.pdf")
    assert res.pages == 3 and res.problems == []
    doc = pdfium.PdfDocument(str(tmp_path / "o.pdf"))
    assert doc[2].get_size() == (595, 842)  # inherited MediaBox made explicit
    doc.close()


def test_thousand_pages_in_bounded_memory(tmp_path, corpus):
    """1,000+ pages compile in a child process whose peak RSS stays under 300 MB."""
    import sys

    script = tmp_path / "big.py"
    script.write_text(f"""
def peak_mb():
    # VmHWM is this process's own peak; ru_maxrss would include the parent's (kept across fork+exec)
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) // 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024

import sys
from pathlib import Path
from deputydesk.render import dossier_members as m
from deputydesk.render.dossier import DossierMember, DossierSpec, compile_dossier
corpus = Path({str(corpus)!r})
members = []
for i, f in enumerate(sorted((corpus / "decisions").glob("*.md"))):
    out = Path({str(tmp_path)!r}) / f"m{{i}}.pdf"
    m.typeset_text(out, f.read_text(encoding="utf-8"))
    members.append(out)
paths = (members * 7)
spec = DossierSpec(title="big", members=[DossierMember(f"doc {{i}}", p, key=str(i)) for i, p in enumerate(paths)])
res = compile_dossier(spec, Path({str(tmp_path)!r}) / "big.pdf")
print(res.pages, peak_mb())
""")
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300,
                          cwd=str(Path(__file__).resolve().parents[3]))
    assert proc.returncode == 0, proc.stderr
    pages, rss_mb = map(int, proc.stdout.split())
    assert pages >= 1000
    assert rss_mb < 300, f"peak RSS {rss_mb} MB"
    assert page_count(tmp_path / "big.pdf") == pages


@pytest.mark.needs_libreoffice
def test_docx_through_libreoffice(tmp_path):
    office = members.find_soffice()
    if office is None:
        pytest.skip("LibreOffice is not installed")
    docx_path = tmp_path / "letter.docx"
    doc = members.base.new_docx()
    doc.add_paragraph("Депутаттық сауал")
    doc.save(docx_path)
    res = compile_dossier(DossierSpec(title="x", members=[DossierMember("Хат", docx_path)]),
                          tmp_path / "o.pdf", soffice=office)
    assert res.members[0].note == "" and res.problems == []
    doc = pdfium.PdfDocument(str(tmp_path / "o.pdf"))
    text = doc[2].get_textpage().get_text_range()
    doc.close()
    assert "Депутаттық сауал" in text and "LibreOffice" not in text
