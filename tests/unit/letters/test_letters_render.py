"""Letters rendered to PDF and DOCX and read back: requisites, fonts, A4, layout, markup, QR, same text."""

from __future__ import annotations

import collections
import re
from pathlib import Path

import pytest
import segno
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm
from letters_pdfcheck import (
    docx_text,
    fonts,
    image_count,
    page_sizes,
    pdfium_text,
    pdftotext,
    qr_modules,
    squeeze,
    words,
)

from deputydesk.core import letters as L
from deputydesk.demo.letters_data import sample
from deputydesk.render import base
from deputydesk.render import letters as R

KAZAKH = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"
NASTY = "<b>AT&T</b> \"двойные\" 'одинарные' a<b & c>d &amp; «ёлки» 5 > 3"
A4 = (595.3, 841.9)
MM = 72 / 25.4


def _render(tmp_path: Path, data: dict, name: str = "letter", **kw) -> tuple[Path, Path, L.Letter]:
    letter = L.letter_from_dict(data)
    pdf, docx = tmp_path / f"{name}.pdf", tmp_path / f"{name}.docx"
    R.render_pdf(letter, pdf, **kw)
    R.render_docx(letter, docx, **kw)
    return pdf, docx, letter


@pytest.mark.parametrize("lang", L.LANGUAGES)
@pytest.mark.parametrize("kind", L.KINDS)
def test_every_requisite_read_back(tmp_path, kind, lang):
    data = sample(kind, lang, reply_to={"number": "3-15/112", "date": "2024-03-01"},
                  legal_basis="решение сессии" if lang == "ru" else "сессия шешімі")
    pdf, docx, letter = _render(tmp_path, data)
    composed = L.compose(letter)
    pdf_text = squeeze(pdftotext(pdf))
    docx_all = squeeze(docx_text(docx))
    for line in composed.lines():
        assert squeeze(line) in pdf_text, line
        assert squeeze(line) in docx_all, line
    # the requisites themselves, in the chosen language
    expected = {
        "ru": ["№01-12/1-45от15.03.2024", "На№3-15/112от01.03.2024", "Исп.", "Основание:"],
        "kk": ["15.03.2024№01-12/1-45", "2024жылғы1наурыздағы№3-15/112хатыңызға", "Орынд.", "Негіздеме:"],
    }[lang]
    for item in expected:
        assert item in pdf_text and item in docx_all, item
    other = {"ru": "Орынд.", "kk": "Исп."}[lang]
    assert other not in pdf_text
    assert "ТАЛҒАРАУДАНДЫҚ" in pdf_text and "ОБЩЕСТВЕННЫЙСОВЕТ" in pdf_text  # both names on the letterhead
    assert squeeze(composed.signer_name) in pdf_text


def test_fonts_embedded_and_a4(tmp_path):
    pdf, _, _ = _render(tmp_path, sample("recommendation", "kk"))
    rows = fonts(pdf)
    assert rows, "no fonts listed"
    assert all(r["emb"] == "yes" for r in rows), rows
    assert {r["name"].split("+")[-1] for r in rows} == {"LiberationSerif", "LiberationSerif-Bold"}
    assert all(size == A4 for size in page_sizes(pdf))


def test_kazakh_letters_survive_in_every_field(tmp_path):
    data = sample("deputy_inquiry", "kk", subject=f"Тақырып {KAZAKH}", text=f"Мәтін {KAZAKH}",
                  points=[f"Тармақ {KAZAKH}"], legal_basis=f"Негіз {KAZAKH}", attachments=[f"Қосымша {KAZAKH}"],
                  reply_to={"number": f"{KAZAKH[:2]}-1", "date": "2024-03-01"})
    for group in ("body", "addressee", "signer", "executor"):
        for key in data[group]:
            data[group][key] = f"{data[group][key]} {KAZAKH}"
    pdf, docx, letter = _render(tmp_path, data)
    composed = L.compose(letter)
    pdf_text = squeeze(pdftotext(pdf))
    pdfium_all = squeeze("".join(pdfium_text(pdf)))
    docx_all = squeeze(docx_text(docx))
    count = sum(line.count(KAZAKH) for line in composed.lines())
    assert count >= 15
    for text in (pdf_text, pdfium_all, docx_all):
        assert text.count(KAZAKH) == count


def test_markup_characters_render_verbatim(tmp_path):
    data = sample("recommendation", "ru", subject=NASTY, text=f"{NASTY}\nВторая строка {NASTY}", points=[NASTY],
                  legal_basis=NASTY, attachments=[NASTY])
    data["addressee"]["name"] = NASTY
    data["executor"]["name"] = NASTY
    data["signer"]["position"] = NASTY
    pdf, docx, _ = _render(tmp_path, data)
    for extracted in (pdftotext(pdf), docx_text(docx)):
        flat = squeeze(extracted)
        assert flat.count(squeeze(NASTY)) >= 8, extracted
        assert "AT&amp;T" not in flat.replace("&amp;amp;", "")  # never double-escaped...
        assert "&amp;" in flat  # ...but a typed "&amp;" stays as typed


def test_very_long_words_wrap_inside_the_page(tmp_path):
    long_word = "Мемлекеттендірілмегендіктерімізден" * 12
    data = sample("deputy_inquiry", "kk", subject=long_word, text=f"Бастау {long_word} соңы", points=[long_word])
    data["addressee"]["organisation"] = long_word[:300]
    data["body"]["name_ru"] = long_word[:200]
    pdf, docx, _ = _render(tmp_path, data)
    found, sizes = words(pdf)
    left, right = base.MARGIN_LEFT, sizes[0][0] - base.MARGIN_RIGHT
    for w in found:
        assert w.x0 >= left - 1 and w.x1 <= right + 1, (w.text, w.x0, w.x1)
    assert squeeze(long_word) in squeeze(pdftotext(pdf))
    assert squeeze(long_word) in squeeze(docx_text(docx))


def test_three_page_letter_numbers_pages_from_two(tmp_path):
    paragraph = "Бюджеттік бағдарламаның іске асырылуы туралы есеп мұқият қаралды және талқыланды. " * 6
    text = "\n".join(f"{i}. {paragraph}" for i in range(1, 25))
    pdf, docx, _ = _render(tmp_path, sample("recommendation", "kk", text=text))
    found, sizes = words(pdf)
    pages = len(sizes)
    assert pages >= 3
    for page in range(pages):
        top = [w for w in found if w.page == page and w.y1 < base.MARGIN_TOP]
        if page == 0:
            assert top == []
        else:
            assert [w.text for w in top] == [str(page + 1)]
            centre = (top[0].x0 + top[0].x1) / 2
            assert abs(centre - sizes[page][0] / 2) < 3
    # executor note at the bottom left of the LAST page, nowhere else
    executor = [w for w in found if w.text == "Орынд."]
    assert len(executor) == 1 and executor[0].page == pages - 1
    assert executor[0].x0 < base.MARGIN_LEFT + 2
    assert executor[0].y1 > sizes[-1][1] - base.MARGIN_BOTTOM - 40
    doc = Document(str(docx))
    assert doc.sections[0].different_first_page_header_footer
    assert "PAGE" in doc.sections[0].header._element.xml


def test_executor_and_qr_at_the_bottom_of_a_one_page_letter(tmp_path):
    pdf, _, letter = _render(tmp_path, sample("info_request", "ru"))
    found, sizes = words(pdf)
    assert len(sizes) == 1
    width, height = sizes[0]
    executor = next(w for w in found if w.text == "Исп.")
    assert executor.y1 > height - base.MARGIN_BOTTOM - 40
    signature = next(w for w in found if w.text == "Т.И.")
    assert signature.y1 < executor.y0 - 50  # the note is pinned to the bottom, well below the signature
    payload = L.compose(letter).qr_payload
    expected = [[bool(v) for v in row] for row in segno.make(payload, error="m", micro=False).matrix]
    region = (width - base.MARGIN_RIGHT - 40 * MM, height - base.MARGIN_BOTTOM - 45 * MM,
              width - base.MARGIN_RIGHT + 1, height - base.MARGIN_BOTTOM + 1)
    assert qr_modules(pdf, 0, region, len(expected)) == expected


def test_docx_is_a4_times_new_roman_14(tmp_path):
    _, docx, _ = _render(tmp_path, sample("deputy_inquiry", "kk"))
    doc = Document(str(docx))
    section = doc.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.5) and abs(section.page_height - Mm(297)) < Mm(0.5)
    assert section.left_margin >= Mm(20) and section.right_margin >= Mm(10)
    assert section.top_margin >= Mm(10) and section.bottom_margin >= Mm(10)
    normal = doc.styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size.pt == 14
    rfonts = normal.element.rPr.find(qn("w:rFonts"))
    assert {rfonts.get(qn(f"w:{a}")) for a in ("ascii", "hAnsi", "cs", "eastAsia")} == {"Times New Roman"}
    runs = [r for p in doc.paragraphs for r in p.runs]
    runs += [r for t in doc.tables for row in t.rows for c in row.cells for p in c.paragraphs for r in p.runs]
    assert runs
    sizes = collections.Counter()
    for run in runs:
        assert run.font.name in (None, "Times New Roman")
        rf = run._r.rPr.find(qn("w:rFonts")) if run._r.rPr is not None else None
        if rf is not None:
            assert {rf.get(qn(f"w:{a}")) for a in ("ascii", "hAnsi", "cs", "eastAsia")} == {"Times New Roman"}
        if run.text.strip():
            sizes[run.font.size.pt if run.font.size else 14] += len(run.text)
    # the body is 14 pt; only the letterhead, references and executor note are smaller
    assert sizes.most_common(1)[0][0] == 14


def test_pdf_and_docx_carry_the_same_words(tmp_path):
    for kind in L.KINDS:
        pdf, docx, letter = _render(tmp_path, sample(kind, "ru", reply_to={"number": "7", "date": "2024-03-01"}),
                                    name=kind)
        pdf_words = collections.Counter(pdftotext(pdf).split())
        docx_words = collections.Counter(docx_text(docx).split())
        # the PDF adds only the caption under its QR code; the DOCX keeps the payload as a property
        caption = collections.Counter(f"№ {letter.number} · 15.03.2024".split())
        assert pdf_words - caption == docx_words, kind
        assert Document(str(docx)).core_properties.comments == L.compose(letter).qr_payload


def test_draft_marks_page_and_allows_missing_fields(tmp_path):
    data = sample("deputy_inquiry", "ru")
    del data["number"], data["date"], data["addressee"]
    letter = L.letter_from_dict(data)
    with pytest.raises(L.LetterError) as info:
        R.render_pdf(letter, tmp_path / "final.pdf")
    assert set(info.value.missing) == {"number", "date", "addressee"}
    assert not (tmp_path / "final.pdf").exists()
    pdf, docx, _ = _render(tmp_path, data, draft=True)
    text = pdftotext(pdf)
    assert "ПРОЕКТ" in "".join(pdfium_text(pdf))  # the diagonal watermark (pdftotext skips rotated text)
    assert "№ __________ от __________" in text
    assert "·" not in text  # no QR caption without a number
    assert "ПРОЕКТ" in docx_text(docx) or "ПРОЕКТ" in Document(str(docx)).sections[0].first_page_header.paragraphs[
        0].text


def test_draft_still_rejects_wrong_kind(tmp_path):
    with pytest.raises(L.LetterError, match="kind"):
        data = sample("cover", "ru")
        data["kind"] = "memo"
        R.render_pdf(L.letter_from_dict(data), tmp_path / "x.pdf", draft=True)


def test_emblem_on_the_letterhead(tmp_path):
    from PIL import Image, ImageDraw

    emblem = tmp_path / "emblem.png"
    image = Image.new("RGB", (200, 200), "white")
    ImageDraw.Draw(image).ellipse((10, 10, 190, 190), fill=(0, 120, 200))
    image.save(emblem)
    data = sample("cover", "kk")
    data["body"]["emblem"] = str(emblem)
    pdf, docx, _ = _render(tmp_path, data)
    assert image_count(pdf, 0) == 1
    assert len(Document(str(docx)).inline_shapes) == 2  # emblem + QR code
    data["body"]["emblem"] = str(tmp_path / "missing.png")
    with pytest.raises(L.LetterError, match="body.emblem: image file cannot be read"):
        R.render_pdf(L.letter_from_dict(data), tmp_path / "x.pdf")
    (tmp_path / "fake.png").write_text("not an image")
    data["body"]["emblem"] = str(tmp_path / "fake.png")
    with pytest.raises(L.LetterError, match="body.emblem: not a PNG or JPEG"):
        R.render_docx(L.letter_from_dict(data), tmp_path / "x.docx")


def test_empty_optional_fields(tmp_path):
    data = sample("cover", "ru")
    data["body"] = {"name_kk": "ҚОҒАМДЫҚ КЕҢЕС", "name_ru": "ОБЩЕСТВЕННЫЙ СОВЕТ"}
    data["addressee"] = {"organisation": "Акимат"}
    data.update(subject="", text="", legal_basis="", points=[], reply_to={"number": "", "date": ""})
    pdf, docx, letter = _render(tmp_path, data)
    assert letter.reply_to is None
    text = pdftotext(pdf)
    assert "На №" not in text and "Основание" not in text and "E-mail" not in text
    assert "О направлении документов" in text and "Направляем Вам документы согласно приложению." in text


def test_reproducible_bytes(tmp_path):
    base.set_reproducible(True)
    try:
        letter = L.letter_from_dict(sample("reminder", "kk"))
        assert R.pdf_bytes(letter) == R.pdf_bytes(letter)
    finally:
        base.set_reproducible(False)


def test_render_file_by_suffix(tmp_path):
    letter = L.letter_from_dict(sample("cover", "ru"))
    assert R.render_file(letter, tmp_path / "a.pdf")["pages"] == 1
    assert R.render_file(letter, tmp_path / "a.docx")["format"] == "docx"
    with pytest.raises(ValueError, match=r"a\.odt: the output must end in \.pdf or \.docx"):
        R.render_file(letter, tmp_path / "a.odt")


def test_pdf_title_metadata(tmp_path):
    pdf, _, _ = _render(tmp_path, sample("deputy_inquiry", "ru"))
    info = pdftotext(pdf, "-bbox")
    assert re.search(r"<title>ДЕПУТАТСКИЙ ЗАПРОС № 01-12/1-45 от 15.03.2024</title>", info)
