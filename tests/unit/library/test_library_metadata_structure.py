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
