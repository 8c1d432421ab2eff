from __future__ import annotations

import io

import pypdfium2 as pdfium
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from deputydesk.render import base


def test_escape_keeps_markup_characters_verbatim():
    assert base.esc('a<b & "AT&T" > c\nd') == "a&lt;b &amp; &quot;AT&amp;T&quot; &gt; c<br/>d"
    assert base.esc(None) == ""


def _pdf(text: str) -> bytes:
    base.register_fonts()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=base.PAGE_SIZE, leftMargin=base.MARGIN_LEFT,
                            rightMargin=base.MARGIN_RIGHT, topMargin=base.MARGIN_TOP,
                            bottomMargin=base.MARGIN_BOTTOM)
    style = ParagraphStyle("b", fontName=base.SERIF, fontSize=base.BODY_SIZE, leading=base.LEADING)
    doc.build([Paragraph(base.esc(text), style)] * 60, onFirstPage=base.page_number_from_second(),
              onLaterPages=base.page_number_from_second())
    return buf.getvalue()


def test_kazakh_text_survives_a_pdf_round_trip_with_embedded_fonts():
    text = "Әкімдікке ұсыным: ғимарат, қаржы, өңір, үй, һ, Ұлытау <тест> & «кавычки»"
    data = _pdf(text)
    pdf = pdfium.PdfDocument(data)
    assert len(pdf) >= 2
    page = pdf[0]
    w, h = page.get_size()
    assert (round(w), round(h)) == (595, 842)  # A4 in points
    extracted = page.get_textpage().get_text_range()
    assert text in extracted.replace("\r\n", " ").replace("\n", " ")
    assert b"/FontFile2" in data  # TrueType embedded
    second = pdf[1].get_textpage().get_text_range()
    assert second.strip().startswith("2")


def test_docx_is_a4_times_new_roman_14_in_every_rfonts_attribute():
    from docx import Document
    from docx.oxml.ns import qn

    doc = base.new_docx()
    p = doc.add_paragraph()
    run = p.add_run("Мәслихат")
    base.set_docx_font(run)
    base.docx_page_numbers_from_second(doc)
    buf = io.BytesIO()
    doc.save(buf)
    again = Document(io.BytesIO(buf.getvalue()))
    section = again.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert section.left_margin.mm >= 20 and section.right_margin.mm >= 10
    normal = again.styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size.pt == 14
    rfonts = normal.element.rPr.find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        assert rfonts.get(qn(attr)) == "Times New Roman"
    assert section.different_first_page_header_footer
    assert "PAGE" in section.header._element.xml
