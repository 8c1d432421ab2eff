"""Metadata detection on the layouts PDF text extraction produces: stamps above the requisite line with no
blank line between, titles wrapped over several lines, enacting formulas right after the title, letters
without a letterhead (texts modelled on real decisions of district maslikhats and akimats)."""

from __future__ import annotations

import datetime as dt

import pytest

from deputydesk.core import metadata as md

RU_DECISION = (
    "АБАЙСКИЙ РАЙОННЫЙ МАСЛИХАТ\n"
    "РЕШЕНИЕ\n"
    "от 15 марта 2024 года № 18/103-VIII\n"
    "О бюджете Абайского района на 2024-2026 годы\n"
    "В соответствии с пунктом 2 статьи 75 Бюджетного кодекса Республики Казахстан\n"
    "Абайский районный маслихат РЕШИЛ:\n"
    "1. Утвердить районный бюджет на 2024-2026 годы согласно приложениям 1, 2 и 3.\n"
    "2. Настоящее решение вводится в действие с 1 января 2024 года.\n"
    "Председатель сессии А. Ахметов\n"
)

KK_DECISION = (
    "Абай аудандық мәслихатының 2024 жылғы 15 наурыздағы № 18/103-VIII шешімі\n"
    "Абай ауданының 2024-2026 жылдарға арналған бюджеті туралы\n"
    "Қазақстан Республикасының Бюджет кодексінің 75-бабының 2-тармағына сәйкес Абай аудандық мәслихаты ШЕШІМ "
    "ҚАБЫЛДАДЫ:\n"
    "1. Аудандық бюджет 2024-2026 жылдарға арналған 1, 2 және 3-қосымшаларға сәйкес бекітілсін.\n"
    "2. Осы шешім 2024 жылғы 1 қаңтардан бастап қолданысқа енгізіледі.\n"
)

RU_STAMPS = {
    "one line": "Зарегистрировано в Департаменте юстиции Абайской области 20 марта 2024 года № 2612\n",
    "wrapped after the sign": "Зарегистрировано в Департаменте юстиции Абайской области 20 марта 2024 года №\n2612\n",
    "wrapped mid-line": "Зарегистрировано в Департаменте юстиции Абайской\nобласти 20 марта 2024 года № 2612\n",
    "registry": "Зарегистрирован в Реестре государственной регистрации нормативных правовых актов\nза № 2612\n",
}

KK_STAMPS = {
    "one line": "Абай облысының Әділет департаментінде 2024 жылғы 20 наурызда № 2612 болып тіркелді\n",
    "wrapped": "Абай облысының Әділет департаментінде 2024 жылғы 20\nнаурызда №\n2612 болып тіркелді\n",
    "registry": "Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 2612 болып тіркелді\n",
}


@pytest.mark.parametrize("stamp", list(RU_STAMPS.values()), ids=list(RU_STAMPS))
def test_russian_registration_stamp_right_above_the_requisite_line(stamp):
    meta = md.detect(stamp + RU_DECISION)
    assert meta.number.value == "№ 18/103-VIII"
    assert meta.date.value == dt.date(2024, 3, 15)
    assert meta.kind.value == "budget_decision"
    assert meta.title.value == "О бюджете Абайского района на 2024-2026 годы"
    assert meta.issuer.value == "Абайский районный маслихат"


@pytest.mark.parametrize("stamp", list(KK_STAMPS.values()), ids=list(KK_STAMPS))
def test_kazakh_registration_stamp_right_above_the_requisite_line(stamp):
    meta = md.detect(stamp + KK_DECISION)
    assert meta.number.value == "№ 18/103-VIII"
    assert meta.date.value == dt.date(2024, 3, 15)
    assert meta.kind.value == "budget_decision"
    assert meta.title.value == "Абай ауданының 2024-2026 жылдарға арналған бюджеті туралы"
    assert meta.issuer.value == "Абай аудандық мәслихаты"


def test_kazakh_stamp_right_below_the_requisite_line():
    first, rest = KK_DECISION.split("\n", 1)
    meta = md.detect(first + "\n" + KK_STAMPS["one line"] + rest)
    assert (meta.number.value, meta.date.value) == ("№ 18/103-VIII", dt.date(2024, 3, 15))


def test_kazakh_stamp_above_a_form_header():
    text = (KK_STAMPS["one line"] + "АБАЙ АУДАНДЫҚ МӘСЛИХАТЫ\nШЕШІМ\n2024 жылғы 15 наурыз № 18/103-VIII\nСемей қаласы\n"
            + KK_DECISION.split("\n", 1)[1])
    meta = md.detect(text)
    assert (meta.number.value, meta.date.value) == ("№ 18/103-VIII", dt.date(2024, 3, 15))
    assert meta.title.value == "Абай ауданының 2024-2026 жылдарға арналған бюджеті туралы"


@pytest.mark.parametrize("text", [RU_STAMPS["one line"], KK_STAMPS["one line"],
                                  "(зарегистрировано в Реестре государственной регистрации за № 2612)"])
def test_a_registration_alone_gives_neither_number_nor_date(text):
    meta = md.detect(text + "\nТекст без реквизитов.")
    assert meta.number.value is None
    assert meta.date.value is None


DRAFT = (
    "ПРОЕКТ\n\n"
    "# Об утверждении Правил общего водопользования в Алматинской области\n\n\n"
    "> *Сноска. Вводится в действие с 01.11.2025 в соответствии с пунктом 3 настоящего решения.*\n\n"
    "В соответствии с подпунктом 2) пункта 1 статьи 26 Водного кодекса Республики Казахстан, Алматинский "
    "областной маслихат РЕШИЛ:\n\n"
    "1. Утвердить прилагаемые Правила общего водопользования в Алматинской области.\n\n"
    "2. Настоящее решение вводится в действие с 1 января 2026 года и подлежит официальному опубликованию.\n"
)


@pytest.mark.parametrize("layout", ["as written", "as extracted from a PDF"])
def test_draft_without_its_own_date_has_no_date_and_no_footnote_in_the_title(layout):
    text = DRAFT if layout == "as written" else "\n".join(ln for ln in DRAFT.split("\n") if ln.strip())
    meta = md.detect(text)
    assert meta.kind.value == "draft_act"
    assert meta.date.value is None
    assert meta.number.value is None
    assert meta.title.value == "Об утверждении Правил общего водопользования в Алматинской области"


@pytest.mark.parametrize("clause", [
    "Настоящее решение вводится в действие с 1 января 2026 года.",
    "Настоящее решение вступает в силу 1 января 2026 года.",
    "Осы шешім 2026 жылғы 1 қаңтардан бастап қолданысқа енгізіледі.",
])
def test_entry_into_force_date_is_not_the_document_date(clause):
    meta = md.detect("Проект\nО ставках платы за пользование водными ресурсами\n" + clause)
    assert meta.date.value is None


def test_draft_in_the_demo_corpus_has_no_date(corpus):
    from deputydesk.demo.d10_library import _draft_of

    meta = md.detect(_draft_of((corpus / "decisions" / "034-ru.md").read_text(encoding="utf-8")))
    assert meta.kind.value == "draft_act"
    assert meta.date.value is None
    assert "Сноска" not in (meta.title.value or "")


# ------------------------------------------------------------------------------------------ titles (D5)
@pytest.mark.parametrize(("text", "title"), [
    # the title wrapped over lines (PDF), the enacting formula on the next line
    ("Проект\nРЕШЕНИЕ\nИлийского районного маслихата\nот 28 июня 2023 года № 3-17\n"
     "О внесении изменений в решение Илийского районного маслихата от 28 декабря 2022\n"
     "года № 29-112 «О бюджете Илийского района на 2023-2025 годы»\nИлийский районный маслихат РЕШИЛ:\n"
     "1. Внести изменения.",
     "О внесении изменений в решение Илийского районного маслихата от 28 декабря 2022 года № 29-112 "
     "«О бюджете Илийского района на 2023-2025 годы»"),
    # the formula on the title's own line
    ("ПОСТАНОВЛЕНИЕ\nакимата Абайского района\n15 марта 2024 года № 45\n"
     "Об утверждении перечня Акимат Абайского района ПОСТАНОВЛЯЕТ:\n1. Утвердить.",
     "Об утверждении перечня"),
    # a Kazakh title wrapped over three lines, starting at the top of the text
    ("Жамбыл аудандық мәслихатының 2020 жылғы 25 желтоқсандағы № 67-300 «Жамбыл\n"
     "ауданының 2021-2023 жылдарға арналған бюджеті туралы» шешіміне өзгерістер енгізу\nтуралы\n"
     "Жамбыл аудандық мәслихатының 2021 жылғы 5 ақпан № 1-6/VII шешімі. Алматы облысы\n"
     "Әділет департаментінде 2021 жылы 11 ақпанда № 5890 болып тіркелді\n"
     "Жамбыл аудандық мәслихаты ШЕШІМ ҚАБЫЛДАДЫ:\n1. Өзгерістер енгізілсін.",
     "Жамбыл аудандық мәслихатының 2020 жылғы 25 желтоқсандағы № 67-300 «Жамбыл ауданының 2021-2023 жылдарға "
     "арналған бюджеті туралы» шешіміне өзгерістер енгізу туралы"),
    # a Kazakh title below a form header (state, body, act word, date and number, place)
    ("ҚАЗАҚСТАН РЕСПУБЛИКАСЫ\nТАЛҒАР АУДАНДЫҚ МӘСЛИХАТЫ\nШЕШІМ\n2022 жылғы 30 маусым № 8-45\nТалғар қаласы\n"
     "Талғар аудандық мәслихатының 2021 жылғы 24 желтоқсандағы № 12-60 шешіміне\nөзгерістер енгізу туралы\n"
     "Талғар аудандық мәслихаты ШЕШІМ ҚАБЫЛДАДЫ:\n1. Өзгерістер енгізілсін.",
     "Талғар аудандық мәслихатының 2021 жылғы 24 желтоқсандағы № 12-60 шешіміне өзгерістер енгізу туралы"),
    # the day written «15» in a Kazakh header
    ("ШЕШІМ\nАбай аудандық мәслихатының\n2024 жылғы «15» наурыздағы № 18/103-VIII\n"
     "Абай ауданының 2024-2026 жылдарға арналған бюджеті туралы\nАбай аудандық мәслихаты ШЕШІМ ҚАБЫЛДАДЫ:\n",
     "Абай ауданының 2024-2026 жылдарға арналған бюджеті туралы"),
    # number above the date, a district line above the title
    ("ШЕШІМ\n№ 29-5\n2023 жылғы 21 желтоқсан\nҚарасай ауданы\nҚарасай ауданының 2024-2026 жылдарға арналған "
     "бюджеті туралы\nҚарасай аудандық мәслихаты ШЕШІМ ҚАБЫЛДАДЫ:\n",
     "Қарасай ауданының 2024-2026 жылдарға арналған бюджеті туралы"),
    ("ҚАУЛЫ\nАбай ауданының әкімдігі\n2024 жылғы 15 наурыз № 45\nСемей қаласы\nТізбені бекіту жөнінде\n"
     "Абай ауданының әкімдігі ҚАУЛЫ ЕТЕДІ:\n1. Бекітілсін.", "Тізбені бекіту жөнінде"),
], ids=["ru-wrapped-formula-below", "ru-formula-inline", "kk-wrapped-from-top", "kk-form-header", "kk-quoted-day",
        "kk-number-first", "kk-zhoninde"])
def test_title_is_the_whole_title_block_and_nothing_else(text, title):
    assert md.detect(text).title.value == title


def test_header_lines_and_letterheads_are_not_titles():
    meta = md.detect("АКИМАТ КАРАСАЙСКОГО РАЙОНА\nГУ «Отдел финансов Карасайского района»\n15.03.2024 № 135\n"
                     "Председателю постоянной комиссии\nКарасайского районного маслихата\n"
                     "На Ваш запрос от 01.03.2024 № 5 сообщаем, что исполнение бюджета составило 98,7 процента.\n")
    assert meta.title.value is None


def test_protocol_heading_joined_with_its_continuation():
    meta = md.detect("ПРОТОКОЛ № 5\nвнеочередной XVIII сессии Абайского районного маслихата VIII созыва\n"
                     "г. Семей 15 марта 2024 года\nПрисутствовали: 18 депутатов.\n")
    assert meta.title.value == "ПРОТОКОЛ № 5 внеочередной XVIII сессии Абайского районного маслихата VIII созыва"
    assert meta.issuer.value == "Абайский районный маслихат"


# ------------------------------------------------------------------------------------------ issuers (D5)
@pytest.mark.parametrize(("text", "issuer"), [
    (RU_DECISION, "Абайский районный маслихат"),  # "… Бюджетного кодекса Республики Казахстан Абайский …"
    ("ПОСТАНОВЛЕНИЕ\nакимата Абайского района\n15 марта 2024 года № 45\nг. Семей\nОб утверждении перечня\n"
     "Акимат Абайского района ПОСТАНОВЛЯЕТ:\n1. Утвердить.", "Акимат Абайского района"),
    ("ПОСТАНОВЛЕНИЕ АКИМАТА\nКарасайского района Алматинской области\nот 5 февраля 2024 года № 45\n"
     "Об утверждении государственного образовательного заказа на дошкольное воспитание и обучение\n"
     "Акимат Карасайского района ПОСТАНОВЛЯЕТ:\n", "Акимат Карасайского района"),
    (KK_DECISION, "Абай аудандық мәслихаты"),  # "… 2-тармағына сәйкес Абай аудандық мәслихаты ШЕШІМ ҚАБЫЛДАДЫ"
    ("Заңының 27-бабына сәйкес, Солтүстік Қазақстан облысы Ғабит Мүсірепов атындағы ауданының мәслихаты ШЕШІМ "
     "ҚАБЫЛДАДЫ:", "Солтүстік Қазақстан облысы Ғабит Мүсірепов атындағы ауданының мәслихаты"),
    ("Приложение 1 к решению Енбекшиказахского районного маслихата от 22 декабря 2023 года № 10/56\n"
     "РЕШЕНИЕ ЕНБЕКШИКАЗАХСКОГО РАЙОННОГО МАСЛИХАТА\nот 19 января 2024 года № 2/15\n",
     "Енбекшиказахский районный маслихат"),
    # a letterhead: the most specific body named at the top, not the addressee below it
    ("АКИМАТ КАРАСАЙСКОГО РАЙОНА\nГУ «Отдел финансов Карасайского района»\n15.03.2024 № 135\n"
     "Председателю постоянной комиссии\nКарасайского районного маслихата\nНа Ваш запрос сообщаем следующее.\n",
     "ГУ «Отдел финансов Карасайского района»"),
], ids=["ru-after-citation", "ru-akimat-after-title", "ru-akimat-pdf", "kk-after-citation", "kk-atyndagy",
        "ru-heading-uppercase", "letterhead"])
def test_issuer_is_just_the_body(text, issuer):
    assert md.detect(text).issuer.value == issuer


@pytest.mark.parametrize("text", [
    "Исх. № 02-15/1234\nот 12.04.2024\nНа № 5 от 01.04.2024\nПредседателю маслихата\n"
    "На Ваш запрос сообщаем следующее.",
    "Шығыс № 02-15/1234\n12.04.2024 ж.\n01.04.2024 ж. № 5 хатқа\nМәслихат төрағасына\n"
    "Сіздің сұрауыңызға мынаны хабарлаймыз.",
    "Абай аудандық мәслихатының\nтөрағасына\nСіздің хатыңызға мынаны хабарлаймыз.",
    "Председателю постоянной комиссии\nКарасайского районного маслихата\nНа Ваш запрос сообщаем следующее.",
])
def test_addressee_of_a_letter_is_never_the_issuer(text):
    assert md.detect(text).issuer.value is None
