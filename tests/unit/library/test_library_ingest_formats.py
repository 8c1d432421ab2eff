"""Every supported format read back into per-page text (deputydesk.ingest)."""

from __future__ import annotations

import datetime as dt

import library_samples as s
import pytest

from deputydesk.ingest import ocr
from deputydesk.ingest.extract import extract
from deputydesk.ingest.office import format_cell


def test_pdf_text_per_page(tmp_path):
    path = s.make_pdf(tmp_path / "a.pdf", [s.KK_TEXT, s.RU_TEXT, "Үшінші бет 2024 жылғы 15 наурыз"])
    ex = extract(path)
    assert ex.format == "pdf" and ex.page_count == 3 and not ex.needs_ocr
    assert "мәслихатының" in ex.pages[0]
    assert "маслихата" in ex.pages[1]
    assert "наурыз" in ex.pages[2]


def test_docx_paragraphs_tables_header_and_page_breaks(tmp_path):
    path = s.make_docx(tmp_path / "a.docx", ["Бірінші абзац", "Екінші абзац", "Третья страница"],
                       table=[["Код", "Сумма"], ["01", "1 250 000"]], page_break_after=1,
                       header="Абай аудандық мәслихаты")
    ex = extract(path)
    assert ex.format == "docx" and ex.page_count == 2
    assert ex.pages[0].startswith("Абай аудандық мәслихаты")
    assert "Екінші абзац" in ex.pages[0]
    assert "Код\tСумма" in ex.pages[1] and "01\t1 250 000" in ex.pages[1]


def test_xlsx_every_sheet_numbers_kept(tmp_path):
    path = s.make_xlsx(tmp_path / "b.xlsx", {
        "Кірістер": [["Атауы", "Сомасы"], ["Салықтық түсімдер", 33809312], ["Үлес", 12.5],
                     ["Дәл", 1234567.891], ["Күні", dt.date(2024, 3, 15)]],
        "Расходы": [["Затраты", 432367862.0], [None, None], ["Итого", -1.25]],
    })
    ex = extract(path)
    assert ex.format == "xlsx" and ex.page_count == 2
    assert "Салықтық түсімдер\t33809312" in ex.pages[0]
    assert "Үлес\t12.5" in ex.pages[0]
    assert "Дәл\t1234567.891" in ex.pages[0]
    assert "2024-03-15" in ex.pages[0]
    assert ex.pages[1].splitlines() == ["Расходы", "Затраты\t432367862", "Итого\t-1.25"]


@pytest.mark.parametrize(("value", "text"), [(1e20, "100000000000000000000"), (1.5e-7, "0.00000015"),
                                             (True, "TRUE"), (None, ""), (7, "7")])
def test_cell_formatting_never_uses_exponents(value, text):
    assert format_cell(value) == text


def test_odt_paragraphs_spaces_tables_page_breaks(tmp_path):
    body = ('<text:h>Шешім</text:h><text:p>Бюджет<text:s text:c="2"/>туралы<text:tab/>2024</text:p>'
            '<table:table><table:table-row><table:table-cell><text:p>01</text:p></table:table-cell>'
            '<table:table-cell><text:p>100</text:p></table:table-cell></table:table-row></table:table>'
            '<text:soft-page-break/><text:p>Екінші бет</text:p>')
    ex = extract(s.make_odt(tmp_path / "c.odt", body))
    assert ex.format == "odt" and ex.page_count == 2
    assert "Бюджет  туралы\t2024" in ex.pages[0]
    assert "01\t100" in ex.pages[0]
    assert ex.pages[1] == "Екінші бет"


@pytest.mark.parametrize(
    ("encoding", "data_prefix"),
    [("utf-8", b""), ("utf-8-sig", b""), ("utf-16", b""), ("utf-16-le", b""), ("cp1251", b""),
     ("kz1048", b"")],
)
def test_text_encodings(tmp_path, encoding, data_prefix):
    text = "Решение маслихата о бюджете на 2024 год.\nАудандық мәслихат шешімі." if encoding != "cp1251" else \
        "Решение маслихата о бюджете на 2024 год.\nРайонный маслихат РЕШИЛ: утвердить бюджет."
    path = tmp_path / f"t-{encoding}.txt"
    path.write_bytes(data_prefix + text.encode(encoding))
    ex = extract(path)
    assert ex.format == "txt"
    assert ex.pages[0] == text, (encoding, ex.encoding)


def test_csv_and_form_feed_pages(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("код;сумма\n01;100\f\nбет 2", encoding="utf-8")
    ex = extract(path)
    assert ex.format == "csv" and ex.page_count == 2 and "01;100" in ex.pages[0]


def test_html_page_as_text(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><head><style>p{}</style><script>x=1</script></head><body><h1>Сессия</h1>"
                    "<p>Күн тәртібі &amp; шешім</p></body></html>", encoding="utf-8")
    ex = extract(path)
    assert ex.format == "html"
    assert "Сессия" in ex.pages[0] and "Күн тәртібі & шешім" in ex.pages[0] and "x=1" not in ex.pages[0]


def test_wrong_extension_is_read_by_content_with_a_warning(tmp_path):
    docx = s.make_docx(tmp_path / "real.docx", [s.RU_TEXT])
    renamed = tmp_path / "looks-like.pdf"
    renamed.write_bytes(docx.read_bytes())
    ex = extract(renamed)
    assert ex.format == "docx" and s.RU_TEXT in ex.pages[0]
    assert ".pdf" in ex.warnings[0]


def test_image_without_ocr_is_marked_with_instructions(tmp_path, monkeypatch):
    monkeypatch.setenv("DEPUTYDESK_DISABLE_OCR", "1")
    ocr.status(refresh=True)
    try:
        img = s.make_text_image(tmp_path / "scan.png", ["Мәслихат"])
        ex = extract(img)
        assert ex.format == "image" and ex.needs_ocr and ex.pages == [""]
        assert "tesseract-ocr-kaz" in ex.warnings[0]
        pdf = s.make_image_pdf(tmp_path / "scan.pdf", img)
        ex = extract(pdf)
        assert ex.needs_ocr and ex.ocr_pages == [0] and "tesseract-ocr-rus" in ex.warnings[0]
    finally:
        monkeypatch.delenv("DEPUTYDESK_DISABLE_OCR")
        ocr.status(refresh=True)


needs_tesseract = pytest.mark.skipif(not ocr.status(refresh=True).available,
                                     reason="tesseract with kaz/rus data is not installed")


@pytest.mark.needs_tesseract
@needs_tesseract
def test_ocr_of_an_image_and_of_an_image_only_pdf_page(tmp_path):
    img = s.make_text_image(tmp_path / "scan.png", ["Абай аудандық мәслихатының шешімі",
                                                   "Решение районного маслихата"])
    ex = extract(img)
    assert ex.ocr_used and not ex.needs_ocr
    assert "мәслихатының" in ex.pages[0] and "маслихата" in ex.pages[0]
    pdf = s.make_image_pdf(tmp_path / "scan.pdf", img)
    ex = extract(pdf)
    assert ex.ocr_used and ex.ocr_pages == [0]
    assert "шешімі" in ex.pages[0]


@pytest.mark.needs_tesseract
@needs_tesseract
def test_multipage_tiff(tmp_path):
    from PIL import Image

    a = s.make_text_image(tmp_path / "a.png", ["Бірінші бет мәслихат"])
    b = s.make_text_image(tmp_path / "b.png", ["Вторая страница бюджет"])
    tif = tmp_path / "scan.tiff"
    Image.open(a).save(tif, save_all=True, append_images=[Image.open(b)])
    ex = extract(tif)
    assert ex.page_count == 2 and "мәслихат" in ex.pages[0] and "бюджет" in ex.pages[1]
