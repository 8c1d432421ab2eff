"""Protocol, summary and notice: PDFs read back (pypdfium2 and pdftotext), DOCX reopened."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess

import pypdfium2 as pdfium
import pytest
from docx import Document as open_docx

from deputydesk.core.sessions import (
    AgendaItem,
    Attendee,
    Body,
    BodyKind,
    RaisedItem,
    RaisedKind,
    Session,
    Speaker,
    Votes,
    evaluate,
)
from deputydesk.render import base
from deputydesk.render.protocol import (
    build_notice,
    build_protocol,
    build_summary,
    decided_heading,
    render_notice,
    render_protocol,
    render_summary,
    signature_name,
)
from deputydesk.render.sessions_layout import docx_bytes, pdf_bytes, write

A4 = (595.27, 841.89)


def pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout


def pdfium_pages(path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        pages = []
        for page in pdf:
            w, h = page.get_size()
            assert abs(w - A4[0]) < 1 and abs(h - A4[1]) < 1, (w, h)
            pages.append(page.get_textpage().get_text_range())
        return pages
    finally:
        pdf.close()


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\r", " "))


def assert_fonts_embedded(path) -> None:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line for line in out.splitlines()[2:] if line.strip()]
    assert rows, out
    for row in rows:
        assert "Liberation" in row, row
        cols = row.split()
        assert cols[-5] == "yes", row  # emb column


def docx_text(path) -> str:
    d = open_docx(str(path))
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


# ------------------------------------------------------------------------------------------ protocol
@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_protocol_pdf_reads_back_with_every_part(kk_session, lang, tmp_path):
    session = kk_session
    out = render_protocol(session, lang, tmp_path / f"protocol-{lang}.pdf")
    assert_fonts_embedded(out)
    pages = pdfium_pages(out)
    assert len(pages) >= 3  # protocol and the annex
    text = flat(pdf_text(out))
    assert flat("\n".join(pages)).count("ТЫҢДАЛДЫ" if lang == "kk" else "СЛУШАЛИ") == 5
    ev = evaluate(session)
    words = {
        "ru": ("ПРОТОКОЛ № 10", "Председательствовал:", "Секретарь:", "Присутствовали: 17 из 25 депутатов",
               "Отсутствовали: 8", "Приглашенные: қала әкімі; қала прокуроры", "ПОВЕСТКА ДНЯ", "Кворум есть",
               "27 декабря 2023 года", "Председатель маслихата", "Секретарь сессии"),
        "kk": ("ХАТТАМА № 10", "Төрағалық етті:", "Хатшы:", "Қатысқандар: 17 депутат (барлығы — 25)",
               "Қатыспағандар: 8", "Шақырылғандар: қала әкімі; қала прокуроры", "КҮН ТӘРТІБІ", "Кворум бар",
               "2023 жылғы 27 желтоқсан", "Мәслихат төрағасы", "Сессия хатшысы"),
    }[lang]
    for w in words:
        assert w in text, w
    heard, spoke, decided = {"ru": ("СЛУШАЛИ:", "ВЫСТУПИЛИ:", "РЕШИЛИ:"),
                             "kk": ("ТЫҢДАЛДЫ:", "СӨЙЛЕДІ:", "ШЕШІМ ҚАБЫЛДАДЫ:")}[lang]
    vote_word = {"ru": "Голосовали: «за» — {f}, «против» — {a}, «воздержались» — {b}.",
                 "kk": "Дауыс беру қорытындысы: «жақтап» — {f}, «қарсы» — {a}, «қалыс қалды» — {b}."}[lang]
    # every agenda item: heard / spoke / decided in order, with its own vote counts and its title
    position = 0
    for i, (item, result) in enumerate(zip(session.agenda, ev.items, strict=True), start=1):
        start = text.index(f"{i}. {heard}", position)
        end = text.index(f"{i + 1}. {heard}", start) if i < len(session.agenda) else len(text)
        block = text[start:end]
        assert spoke in block and decided in block
        assert block.index(spoke) < block.index(decided)
        assert flat(item.title) in block
        assert vote_word.format(f=item.votes.in_favour, a=item.votes.against, b=item.votes.abstained) in block
        for sp in item.speakers:
            assert sp.name in block
        if result.number:
            assert f"№ {result.number}" in block
        position = start + 1
    # 12-5 of 25 deputies is not adopted; 13-4 is — and the text says why
    assert ev.items[0].number is None and ev.items[1].number == "10-1/VIII"
    assert ("Решение не принято" if lang == "ru" else "Шешім қабылданбады") in text
    # both signatures with initials and surname, after the last item
    last_item = text.index(f"5. {heard}")
    for name in ("Б. Ахметов", "Г. Жұмабаева"):
        assert text.index(name) > last_item
    # annex with all 25 names because the list is longer than ten
    annex = text[text.index("хаттамаға қосымша" if lang == "kk" else "Приложение к протоколу"):]
    for a in session.attendance:
        assert a.name in annex
    # only the chosen language's headings
    other = {"ru": ("ТЫҢДАЛДЫ", "ХАТТАМА"), "kk": ("СЛУШАЛИ", "ПРОТОКОЛ", "Голосовали")}[lang]
    for w in other:
        assert w not in text


def test_protocol_page_numbers_start_on_page_two(kk_session, tmp_path):
    out = render_protocol(kk_session, "ru", tmp_path / "p.pdf")
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-layout", str(out), "-"], capture_output=True,
                           text=True, check=True).stdout
    second = subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-layout", str(out), "-"], capture_output=True,
                            text=True, check=True).stdout
    assert first.strip().splitlines()[0].strip() == "ТУРКЕСТАНСКИЙ ГОРОДСКОЙ МАСЛИХАТ"
    assert second.strip().splitlines()[0].strip() == "2"


def test_short_attendance_prints_names_inline_and_user_text_is_escaped(ru_session, tmp_path):
    out = render_protocol(ru_session, "ru", tmp_path / "p.pdf")
    text = flat(pdf_text(out))
    assert "Приложение к протоколу" not in text  # nine names: no annex
    for a in ru_session.present:
        assert a.name in text
    for a in ru_session.absent:
        assert f"{a.name} ({a.reason})" in text
    assert "поддержал проект <с поправками> & замечаниями" in text
    assert "15–16 декабря 2025 года" in text  # two-day session prints start–end
    # "{session}-{running}" continuing from 245 as the oblast's numbers do ("№ 44-245")
    assert "Решение № 44-245." in text and "Решение № 44-246." in text and "Решение № 44-247." in text
    assert "Решение № 44-248" not in text  # item 3 (4-3 of 9) is not adopted
    assert "Проект решения:" in text


def test_protocol_docx_reopens_with_the_same_content(kk_session, tmp_path):
    out = render_protocol(kk_session, "kk", tmp_path / "p.docx")
    d = open_docx(str(out))
    section = d.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert section.different_first_page_header_footer
    text = docx_text(out)
    for i in range(1, 6):
        assert f"{i}. ТЫҢДАЛДЫ:" in text
    assert text.count("СӨЙЛЕДІ:") == 5 and text.count("ШЕШІМ ҚАБЫЛДАДЫ:") == 5
    assert "Дауыс беру қорытындысы: «жақтап» — 13, «қарсы» — 4, «қалыс қалды» — 0." in text
    assert "Б. Ахметов" in text and "Г. Жұмабаева" in text
    assert "Шешім № 10-1/VIII." in text
    normal = d.styles["Normal"].element.rPr.rFonts
    assert {normal.get(f"{{http://schemas.openxmlformats.org/wordprocessingml/2006/main}}{a}")
            for a in ("ascii", "hAnsi", "cs", "eastAsia")} == {"Times New Roman"}


def test_pdf_and_docx_carry_the_same_words(kk_session):
    doc = build_protocol(kk_session, "ru")
    import io

    d = open_docx(io.BytesIO(docx_bytes(doc)))
    docx_words = set(re.findall(r"\w+", "\n".join(p.text for p in d.paragraphs) + "\n".join(
        c.text for t in d.tables for r in t.rows for c in r.cells)))
    model_words = set(re.findall(r"\w+", doc.plain_text()))
    assert model_words == docx_words


@pytest.mark.parametrize(("kind", "ru", "kk"), [
    (BodyKind.MASLIKHAT, "РЕШИЛИ:", "ШЕШІМ ҚАБЫЛДАДЫ:"),
    (BodyKind.COMMISSION, "ПОСТАНОВИЛИ:", "ҚАУЛЫ ЕТТІ:"),
    (BodyKind.PUBLIC_COUNCIL, "ПОСТАНОВИЛИ:", "ҚАУЛЫ ЕТТІ:"),
])
def test_decided_heading_per_body_kind(kind, ru, kk):
    assert decided_heading(kind, "ru") == ru and decided_heading(kind, "kk") == kk
    body = Body(kind, {"ru": "Орган", "kk": "Орган"}, 7)
    s = Session(body, 8, 3, dt.date(2024, 5, 2), chair="Ким Виктор", secretary="Ли Анна",
                attendance=[Attendee(f"Член {i}", i < 6) for i in range(7)],
                agenda=[AgendaItem("О плане", speakers=[Speaker("Ким В.")], votes=Votes(5, 1, 0))])
    for lang, word in (("ru", ru), ("kk", kk)):
        assert word in build_protocol(s, lang).plain_text()
    if kind is BodyKind.COMMISSION:
        assert "Постановление № 3-1." in build_protocol(s, "ru").plain_text()
        assert "Председатель постоянной комиссии" in build_protocol(s, "ru").plain_text()


def test_reproducible_bytes(kk_session):
    base.set_reproducible(True)
    try:
        doc = build_protocol(kk_session, "kk")
        assert pdf_bytes(doc) == pdf_bytes(doc)
    finally:
        base.set_reproducible(False)


def test_unknown_extension_and_language_are_refused(kk_session, tmp_path):
    with pytest.raises(ValueError, match=r"\.pdf or \.docx"):
        write(build_protocol(kk_session, "ru"), tmp_path / "p.odt")
    with pytest.raises(ValueError, match="language"):
        build_protocol(kk_session, "de")


def test_signature_names():
    assert signature_name("Ахметов Бауыржан Серікұлы") == "Б. Ахметов"
    assert signature_name("Ким Виктор") == "В. Ким"
    assert signature_name("Б.С. Ахметов") == "Б.С. Ахметов"
    assert signature_name("Мадонна") == "Мадонна"


# ------------------------------------------------------------------------------------------ summary
@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_summary_fits_two_pages_and_says_what_was_decided(kk_session, lang, tmp_path):
    out = render_summary(kk_session, lang, tmp_path / f"summary-{lang}.pdf")
    pages = pdfium_pages(out)
    assert 1 <= len(pages) <= 2
    text = flat(pdf_text(out))
    heads = {"ru": ("КРАТКО О СЕССИИ", "Кто участвовал", "Что решили", "Как считаются голоса",
                    "Рекомендации и запросы", "Что дальше", "не принято", "принято, решение № 10-1/VIII",
                    "за — 13, против — 4, воздержались — 0", "Рекомендация — Түркістан қаласының білім бөлімі",
                    "до 27.01.2024", "28 марта 2024 года"),
             "kk": ("СЕССИЯ ТУРАЛЫ ҚЫСҚАША", "Кім қатысты", "Не шешілді", "Дауыстар қалай саналады",
                    "Ұсынымдар мен сауалдар", "Алдағы қадамдар", "қабылданбады", "қабылданды, шешім № 10-1/VIII",
                    "жақтап — 13, қарсы — 4, қалыс қалды — 0", "Ұсыным — Түркістан қаласының білім бөлімі",
                    "27.01.2024 дейін", "2024 жылғы 28 наурыз")}[lang]
    for h in heads:
        assert h in text, h
    assert ("не менее 13 из 25" if lang == "ru" else "25 адамның кемінде 13") in text


def test_summary_of_a_long_session_stays_within_two_pages(kk_session, tmp_path):
    long_text = "Бюджет шығыстары мектептерді жөндеуге бағытталсын. " * 20
    kk_session.agenda = [AgendaItem(f"{i}-мәселе: {'ұзын атау ' * 8}туралы", votes=Votes(14, 2, 1),
                                    decision_text=long_text,
                                    raised=[RaisedItem(RaisedKind.INQUIRY, "аудан әкімі", long_text,
                                                       dt.date(2024, 2, 1))]) for i in range(1, 11)]
    out = render_summary(kk_session, "ru", tmp_path / "s.pdf")
    assert len(pdfium_pages(out)) <= 2
    text = flat(pdf_text(out))
    for i in range(1, 11):
        assert f"{i}. {i}-мәселе" in text  # every item is still there, shortened
    listed = text.count("Депутатский запрос — аудан әкімі")
    assert 4 <= listed < 10 and f"… и ещё {10 - listed} — полный список в протоколе." in text


def test_summary_includes_items_raised_outside_the_agenda(kk_session):
    extra = RaisedItem(RaisedKind.INQUIRY, "прокурор города", "О ходе проверки свалки.", dt.date(2024, 1, 26))
    text = build_summary(kk_session, "ru", raised=[(None, extra)]).plain_text()
    assert "Депутатский запрос — прокурор города: О ходе проверки свалки." in text


# ------------------------------------------------------------------------------------------ notice
@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_notice_of_the_next_session(kk_session, lang, tmp_path):
    nxt = Session(kk_session.body, 8, 11, dt.date(2024, 3, 28), time="11:00", place="Түркістан қ., Әмір Темір к., 28",
                  chair=kk_session.chair, agenda=[AgendaItem("2023 жылғы бюджеттің атқарылуы туралы",
                                                             rapporteur="Қасымова Ә."),
                                                  AgendaItem("Жұмыс жоспары туралы")])
    out = render_notice(nxt, lang, tmp_path / f"notice-{lang}.pdf", notice_date=dt.date(2024, 3, 15))
    text = flat(pdf_text(out))
    expected = {"ru": ("ИЗВЕЩЕНИЕ", "о созыве очередной 11-й сессии маслихата VIII созыва", "28 марта 2024 года в 11:00",
                       "статьей 10", "1. 2023 жылғы бюджеттің атқарылуы туралы (докладчик: Қасымова Ә.)",
                       "2. Жұмыс жоспары туралы", "Председатель маслихата", "Б. Ахметов", "15.03.2024"),
                "kk": ("ХАБАРЛАНДЫРУ", "VIII шақырылған мәслихаттың кезекті 11-сессиясын шақыру туралы",
                       "2024 жылғы 28 наурызда өтеді", "сағат 11:00", "10-бабына сәйкес",
                       "(баяндамашы: Қасымова Ә.)", "Мәслихат төрағасы", "Б. Ахметов")}[lang]
    for w in expected:
        assert w in text, w
    docx = render_notice(nxt, lang, tmp_path / f"notice-{lang}.docx")
    assert "2. Жұмыс жоспары туралы" in docx_text(docx)


def test_public_council_notice_has_no_maslikhat_article():
    body = Body(BodyKind.PUBLIC_COUNCIL, {"ru": "Общественный совет района", "kk": "Аудандық қоғамдық кеңес"}, 15)
    s = Session(body, 0, 4, dt.date(2024, 4, 10), time="15:00", chair="Макеев Борис",
                agenda=[AgendaItem("Об отчёте акима района")])
    ru = build_notice(s, "ru").plain_text()
    assert "статьей 10" not in ru and "Очередное заседание общественного совета № 4 состоится" in ru
    kk = build_notice(s, "kk").plain_text()
    assert "отырысын өткізу туралы" in kk and "Қоғамдық кеңес төрағасы" in kk


def test_pdftoppm_renders_every_page(kk_session, tmp_path):
    if not shutil.which("pdftoppm"):
        pytest.fail("pdftoppm (poppler-utils) is required")
    out = render_protocol(kk_session, "kk", tmp_path / "p.pdf")
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(out), str(tmp_path / "page")], check=True)
    assert len(list(tmp_path.glob("page-*.png"))) == len(pdfium_pages(out))


def test_summary_docx(kk_session, tmp_path):
    out = write(build_summary(kk_session, "kk"), tmp_path / "s.docx")
    text = docx_text(out)
    assert "СЕССИЯ ТУРАЛЫ ҚЫСҚАША" in text and "Ұсынымдар мен сауалдар" in text


def test_each_language_prints_its_own_version_of_names_and_titles():
    from deputydesk.core.sessions import session_from_dict

    data = {
        "body": {"kind": "maslikhat", "name": {"ru": "Абайский районный маслихат", "kk": "Абай аудандық мәслихаты"},
                 "total_members": 3},
        "convocation": "VIII", "number": 2, "date": "2024-02-01",
        "chair": "Сейткалиев Ерлан Маратович", "chair_kk": "Сейтқалиев Ерлан Маратұлы",
        "place": "г. Абай", "place_kk": "Абай қ.",
        "attendance": [{"name": "Касымов Дархан", "name_kk": "Қасымов Дархан", "present": True},
                       {"name": "Иванов Сергей", "present": True}, {"name": "Ким Виктор", "present": True}],
        "agenda": [{"title": "О бюджете", "title_kk": "Бюджет туралы", "speakers": ["Ким В."],
                    "votes": {"for": 3, "against": 0, "abstained": 0},
                    "decision_text": "Утвердить бюджет.", "decision_text_kk": "Бюджет бекітілсін."}],
    }
    s = session_from_dict(data)
    kk = build_protocol(s, "kk").plain_text()
    ru = build_protocol(s, "ru").plain_text()
    assert "Бюджет туралы" in kk and "Бюджет бекітілсін." in kk and "Қасымов Дархан" in kk and "Е. Сейтқалиев" in kk
    assert "О бюджете" in ru and "Утвердить бюджет." in ru and "Касымов Дархан" in ru and "Е. Сейткалиев" in ru
    assert "Абай қ." in kk and "г. Абай" in ru
