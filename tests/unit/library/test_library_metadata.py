"""Requisites detected from the structure of Kazakh and Russian official texts (deputydesk.core.metadata)."""

from __future__ import annotations

import csv
import datetime as dt
import re

import pytest

from deputydesk.core import metadata as md

KIND_OF_INDEX = {"rules": "adopted_rules", "budget": "budget_decision", "other": "other"}


def _index(path):
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_corpus_decisions_number_and_date_exact(corpus):
    rows = _index(corpus / "decisions" / "INDEX.tsv")
    misses = []
    for row in rows:
        meta = md.detect((corpus / "decisions" / row["file"]).read_text(encoding="utf-8"))
        if meta.number.value != row["number"] or meta.date.value != dt.date.fromisoformat(row["date"]):
            misses.append((row["file"], meta.number.value, meta.date.value))
        assert meta.number.confidence >= 0.6
    assert not misses, misses


def test_corpus_decisions_kind_issuer_language(corpus):
    rows = _index(corpus / "decisions" / "INDEX.tsv")
    kinds = issuers = langs = ru_rows = 0
    for row in rows:
        meta = md.detect((corpus / "decisions" / row["file"]).read_text(encoding="utf-8"))
        kinds += meta.kind.value == KIND_OF_INDEX[row["kind"]]
        langs += meta.language.value == row["lang"]
        if row["lang"] == "ru":
            ru_rows += 1
            issuers += (meta.issuer.value or "").lower() == row["issuer"].lower()
        else:  # Kazakh issuer in Kazakh: the body's own name, nominative
            assert re.search(r"(мәслихаты|маслихаты|әкімі)$", meta.issuer.value or ""), meta.issuer
    assert kinds / len(rows) >= 0.9
    assert langs == len(rows)
    assert issuers / ru_rows >= 0.9


def _registration_numbers(text: str) -> set[str]:
    """Numbers the text itself says are registration numbers (read independently of the detector)."""
    out = set()
    for m in re.finditer(r"(?:Зарегистрирован\w*|Министерстве юстиции|Реестре)[^.\n]{0,200}?(?:№|N)\s?([\w/-]+)", text):
        out.add(m.group(1))
    for m in re.finditer(r"(?:№|N)\s?([\w/-]+)\s+болып\s+тіркел", text):
        out.add(m.group(1))
    return out


def test_registration_numbers_are_never_the_act_number(corpus):
    files = [*sorted((corpus / "decisions").glob("*.md")), *sorted((corpus / "web").glob("*.txt"))]
    checked = 0
    for f in files:
        text = f.read_text(encoding="utf-8")
        regs = _registration_numbers(text)
        if not regs:
            continue
        checked += 1
        number = md.detect(text).number.value
        if number:
            assert md.normalize_number(number) not in {md.normalize_number(r) for r in regs}, (f.name, number)
    assert checked >= 20


def test_web_numbers_stated_in_the_index_notes(corpus):
    rows = _index(corpus / "web" / "INDEX.tsv")
    checked = 0
    for row in rows:
        # the document's own decision ("Adopted rules decision No 3-16"), not one it cites
        m = re.search(r"(?<!maslikhat )(?<!of )[Dd]ecision No ([^\s,;:)]+?)[.,;:)]?(?:\s|$)", row["note"])
        if not m:
            continue
        expected = m.group(1)
        text = (corpus / "web" / row["file"]).read_text(encoding="utf-8")
        if expected not in text:
            continue  # the copy lost its header: nothing to find
        checked += 1
        meta = md.detect(text)
        assert meta.number.value and md.normalize_number(meta.number.value) == md.normalize_number(expected), (
            row["file"], meta.number.value, expected)
        if row["date"]:
            assert meta.date.value == dt.date.fromisoformat(row["date"]), row["file"]
    assert checked >= 8


RU_FORM = """Қазақстан Республикасы
Абай облысы
Абай аудандық мәслихаты
Республика Казахстан
Область Абай
Абайский районный маслихат
ШЕШІМ РЕШЕНИЕ
2024 жылғы 15 наурыз № 18/103-VIII 15 марта 2024 года
Абай ауданы Абайский район
Абай ауданының 2024-2026 жылдарға арналған бюджеті туралы
Қазақстан Республикасының Бюджет кодексіне сәйкес Абай аудандық мәслихаты ШЕШІМ ҚАБЫЛДАДЫ:
1. Аудандық бюджет 1-қосымшаға сәйкес бекітілсін.
"""


@pytest.mark.parametrize(
    ("text", "number", "date", "issuer", "kind"),
    [
        (RU_FORM, "№ 18/103-VIII", "2024-03-15", "Абай аудандық мәслихаты", "budget_decision"),
        ("О внесении изменений в решение Самарского районного маслихата от 20 декабря 2021 года № 12-3/VII "
         "«О бюджете района на 2022-2024 годы»\n"
         "Решение Самарского районного маслихата Восточно-Казахстанской области от 7 июня 2022 года № 1-6/VII. "
         "Зарегистрировано в Министерстве юстиции Республики Казахстан 15 июня 2022 года № 28500\n"
         "Самарский районный маслихат РЕШИЛ:\n1. Внести в решение следующие изменения.",
         "№ 1-6/VII", "2022-06-07", "Самарский районный маслихат", "budget_amendment"),
        ("Об утверждении Правил оказания социальной помощи\n"
         "Решение маслихата города Кокшетау от 26 марта 2014 года № С-24/4 (зарегистрировано в Реестре "
         "государственной регистрации нормативных правовых актов за № 4138)\nмаслихат города Кокшетау РЕШИЛ:",
         "№ С-24/4", "2014-03-26", "Маслихат города Кокшетау", "adopted_rules"),
        ("Есіл аудандық мәслихатының 2023 жылғы 22 желтоқсандағы № 8С-5/3 шешімі. Ақмола облысының Әділет "
         "департаментінде 2023 жылғы 28 желтоқсанда № 8650-03 болып тіркелді.\nЕсіл аудандық мәслихаты ШЕШІМ "
         "ҚАБЫЛДАДЫ:", "№ 8С-5/3", "2023-12-22", "Есіл аудандық мәслихаты", "other"),
        ("РЕШЕНИЕ\nот «15» марта 2024 г. № 135\nс. Карааул\nО районном бюджете на 2024-2026 годы\n",
         "№ 135", "2024-03-15", None, "budget_decision"),
        ("ПРОЕКТ\nОб утверждении Правил содержания и выгула собак и кошек\nВ соответствии с Законом ... маслихат "
         "РЕШИЛ:", None, None, None, "draft_act"),
        ("ПРОТОКОЛ № 5\nзаседания постоянной комиссии\n15.03.2024\nПрисутствовали: 5 депутатов\nСЛУШАЛИ: ...\n"
         "ВЫСТУПИЛИ: ...\nПОСТАНОВИЛИ: ...", "№ 5", "2024-03-15", None, "protocol"),
        ("ГУ «Отдел экономики и бюджетного планирования Абайского района»\n12.04.2024 № 01-12/345\n"
         "Председателю Абайского районного маслихата\nНа Ваш запрос № 15 от 01.04.2024 сообщаем следующее.",
         "№ 01-12/345", "2024-04-12", "ГУ «Отдел экономики и бюджетного планирования Абайского района»",
         "reply_letter"),
        ("Отчет об исполнении районного бюджета за 2023 год\nДоходы\t1 250 000\nЗатраты\t1 240 000", None, None,
         None, "budget_execution"),
        ("Заключение ревизионной комиссии по Абайской области на отчет об исполнении бюджета\nРевизионная "
         "комиссия провела государственный аудит ...", None, None, None, "audit_conclusion"),
    ],
)
def test_real_layouts(text, number, date, issuer, kind):
    meta = md.detect(text)
    assert meta.number.value == number
    assert (meta.date.value.isoformat() if meta.date.value and number else None) == date
    if issuer is not None:
        assert meta.issuer.value == issuer
    assert meta.kind.value == kind


def test_lookalike_letters_in_the_number_kept_as_printed_and_compare_equal():
    text = "Решение Отырарского районного маслихата от 6 августа 2024 года № 18/103-VІІІ\nмаслихат РЕШИЛ:"
    meta = md.detect(text)
    assert meta.number.value == "№ 18/103-VІІІ"  # Cyrillic І as printed
    assert md.normalize_number(meta.number.value) == md.normalize_number("N18/103-VIII")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("15 марта 2024 года", "2024-03-15"),
        ("«15» марта 2024 г.", "2024-03-15"),
        ("15.03.2024", "2024-03-15"),
        ("2024 жылғы 15 наурыздағы", "2024-03-15"),
        ("2024 жылғы 15 наурыз", "2024-03-15"),
        ("2021 жылы «25» мамырында", "2021-05-25"),
        ("2023 жылғы  «8»  қыркүйектегі", "2023-09-08"),
        ("2024-03-15", "2024-03-15"),
    ],
)
def test_date_forms(text, iso):
    found = md.find_dates(text)
    assert found and found[0].value.isoformat() == iso


def test_impossible_dates_are_ignored():
    assert md.find_dates("31.02.2024 и 45 марта 2024 года") == []


def test_no_text_gives_empty_fields():
    meta = md.detect("")
    assert meta.number.value is None and meta.date.value is None and meta.kind.value == "other"
    assert meta.as_dict()["kind"]["value"] == "other"
