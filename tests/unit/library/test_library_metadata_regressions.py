"""Regressions of the line-role metadata detection: place names that end like an oblique case kept in the
issuer, region names that begin like header labels kept in the title, amendment titles read through the amended
act's date line (texts modelled on real decisions of oblast and city maslikhats and akimats)."""

from __future__ import annotations

import pytest

from deputydesk.core import metadata as md


def _kk_decision(issuer: str, verb: str = "ШЕШІМ ҚАБЫЛДАДЫ") -> str:
    return (
        "ШЕШІМ\n\n2023 жылғы 12 желтоқсан № 10-2\n\n2024-2026 жылдарға арналған бюджет туралы\n\n"
        f"Қазақстан Республикасының Бюджет кодексіне сәйкес {issuer} {verb}:\n1. Бюджет бекітілсін.\n"
    )


@pytest.mark.parametrize("issuer", [
    "Қызылорда облыстық мәслихаты",  # -да
    "Қобда аудандық мәслихаты",  # -да
    "Өскемен қаласының әкімдігі",  # -мен
    "Астана қаласының әкімдігі",  # -на
    "Шиелі ауданының әкімдігі",
    "Жарма ауданының мәслихаты",
])
def test_place_name_before_a_level_word_stays_in_the_issuer(issuer):
    verb = "ҚАУЛЫ ЕТЕДІ" if issuer.endswith("әкімдігі") else "ШЕШІМ ҚАБЫЛДАДЫ"
    got = md.detect(_kk_decision(issuer, verb)).issuer
    assert got.value == issuer
    assert got.source == "enacting formula"


def test_cited_act_before_a_level_word_is_not_a_place_name():
    # "Заңына" (to the Law) is a possessive in the dative: a cited act, not a name
    text = _kk_decision("облыстық мәслихаты").replace("Бюджет кодексіне сәйкес ", "Заңына ")
    assert md.detect(text).issuer.value == "Облыстық мәслихаты"


def test_letterhead_of_an_appendix_names_the_body_not_its_official():
    text = (
        "Регламент\n\nАстана қаласы бойынша Тексеру комиссиясы төрағасының\n2023 жылғы «8» қыркүйектегі\n"
        "№ 85-н/қ бұйрығына\n1-қосымша\n\nАстана қаласы бойынша Тексеру комиссиясының\nРегламенті\n\n"
        "1-тарау. Жалпы ережелер\n"
    )
    assert md.detect(text).issuer.value == "Астана қаласы бойынша Тексеру комиссиясы"


def test_corpus_audit_regulation_issuer(corpus):
    text = (corpus / "web" / "040-audit-kk.txt").read_text(encoding="utf-8")
    assert md.detect(text).issuer.value == "Астана қаласы бойынша Тексеру комиссиясы"


VKO = "Шығыс Қазақстан облысының 2024-2026 жылдарға арналған облыстық бюджеті туралы"


@pytest.mark.parametrize("title_lines", [
    [VKO],
    ["Шығыс Қазақстан облысының 2024-2026 жылдарға", "арналған облыстық бюджеті туралы"],
])
def test_title_beginning_with_east_is_a_title(title_lines):
    text = (
        "\n".join(title_lines) + "\n\nШығыс Қазақстан облыстық мәслихатының 2023 жылғы 13 желтоқсандағы "
        "№ 10/75-VIII шешімі\n\nБюджет кодексіне сәйкес Шығыс Қазақстан облыстық мәслихаты ШЕШІМ ҚАБЫЛДАДЫ:\n"
        "1. Облыстық бюджет бекітілсін.\n"
    )
    got = md.detect(text)
    assert got.title.value == VKO
    assert got.issuer.value == "Шығыс Қазақстан облыстық мәслихаты"
    assert got.number.value == "№ 10/75-VIII"


@pytest.mark.parametrize("title", [
    "Кіріс салығы бойынша жеңілдіктер туралы",
    "Жаңа тұрғын үй құрылысы туралы",
    "Новый порядок выдачи справок",
])
def test_title_beginning_with_a_label_word_is_a_title(title):
    text = f"{title}\n\nРешение маслихата от 12 марта 2024 года № 10-55\n\nПредседатель маслихата\n"
    assert md.detect(text).title.value == title


@pytest.mark.parametrize("label", ["Исх. № 02-15/1234", "Шығыс № 02-15/1234", "Кіріс: 15.04.2024", "Вх 125",
                                   "Жаңа", "Новый"])
def test_header_labels_are_never_titles(label):
    text = f"{label}\nВнимание\n\nО проведении сессии маслихата\n\nПредседателю маслихата\n"
    assert md.detect(text).title.value == "О проведении сессии маслихата"


RU_AMENDMENT = (
    "РЕШЕНИЕ\nАктауского городского маслихата\n\nот 13 октября 2021 года № 7/57\n\n"
    "О внесении изменений в решение Актауского городского маслихата\nот 25 декабря 2020 года № 38/427\n"
    "«О бюджете города Актау на 2021-2023 годы»\n\nАктауский городской маслихат РЕШИЛ:\n1. Внести изменения.\n"
)
KK_AMENDMENT = (
    "ШЕШІМ\n\n2021 жылғы 13 қазан № 7/57\n\nАқтау қалалық мәслихатының\n2020 жылғы 25 желтоқсандағы № 38/427\n"
    "«2021-2023 жылдарға арналған қалалық бюджет туралы» шешіміне\nөзгерістер енгізу туралы\n\n"
    "Ақтау қалалық мәслихаты ШЕШТІ:\n1. Енгізілсін.\n"
)


def test_russian_amendment_title_runs_through_the_amended_acts_date_line():
    got = md.detect(RU_AMENDMENT)
    assert got.title.value == ("О внесении изменений в решение Актауского городского маслихата от 25 декабря 2020 "
                               "года № 38/427 «О бюджете города Актау на 2021-2023 годы»")
    assert (got.number.value, str(got.date.value)) == ("№ 7/57", "2021-10-13")


def test_kazakh_amendment_title_begins_with_the_amended_acts_body():
    got = md.detect(KK_AMENDMENT)
    assert got.title.value == ("Ақтау қалалық мәслихатының 2020 жылғы 25 желтоқсандағы № 38/427 «2021-2023 "
                               "жылдарға арналған қалалық бюджет туралы» шешіміне өзгерістер енгізу туралы")
    assert (got.number.value, str(got.date.value)) == ("№ 7/57", "2021-10-13")


def test_russian_amendment_stops_before_a_bare_line_once_the_amended_act_is_named():
    # the amended act is named by its title: the bare line below is another act's requisite, not the title's
    text = ("РЕШЕНИЕ\nот 13 октября 2021 года № 7/57\nО внесении изменений в решение маслихата «О бюджете»\n"
            "от 14 октября 2021 года № 7/58\nМаслихат РЕШИЛ:\n1. Внести.\n")
    got = md.detect(text)
    assert got.title.value == "О внесении изменений в решение маслихата «О бюджете»"
    assert got.number.value == "№ 7/57"


def test_a_title_never_begins_on_a_bare_date_line():
    text = ("ШЕШІМ\n\n2021 жылғы 13 қазан № 7/57\n«2021-2023 жылдарға арналған қалалық бюджет туралы» шешіміне\n"
            "өзгерістер енгізу туралы\n\nАқтау қалалық мәслихаты ШЕШТІ:\n1. Енгізілсін.\n")
    got = md.detect(text)
    assert got.title.value == ("«2021-2023 жылдарға арналған қалалық бюджет туралы» шешіміне өзгерістер енгізу "
                               "туралы")
    assert got.number.value == "№ 7/57"


def test_first_line_fallback_may_begin_with_a_day_of_the_month(corpus):
    # a news report with no title: its opening sentence names the event, even though it begins with a date
    text = (corpus / "web" / "034-session-ru.txt").read_text(encoding="utf-8")
    got = md.detect(text).title
    assert got.value is not None and got.value.startswith("27 марта текущего года состоялась")
    assert got.source == "first line"


def test_first_line_fallback_never_takes_a_numbered_clause():
    text = "1. Утвердить прилагаемый перечень.\n2. Контроль возложить на аппарат.\n"
    assert md.detect(text).title.value is None
