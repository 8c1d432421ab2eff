"""Dates as Kazakh and Russian official documents print them.

Numeric form "15.03.2024" is used in ordinary letters; the verbal-numeric form is used in legal acts,
protocols and documents affecting rights (legal-facts.md §5):
- Russian: "15 марта 2024 года"
- Kazakh:  "2024 жылғы 15 наурыз" (and the attributive "2024 жылғы 15 наурыздағы" before a noun)
"""

from __future__ import annotations

import datetime as _dt

RU_MONTHS_GENITIVE = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)
RU_MONTHS_NOMINATIVE = (
    "январь", "февраль", "март", "апрель", "май", "июнь",
    "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
)
KK_MONTHS = (
    "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
    "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан",
)
EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)

# Kazakh locative+attributive ending ("-дағы/-дегі/-тағы/-тегі") chosen by the month's last sounds.
_KK_ATTRIBUTIVE = {
    "қаңтар": "қаңтардағы", "ақпан": "ақпандағы", "наурыз": "наурыздағы", "сәуір": "сәуірдегі",
    "мамыр": "мамырдағы", "маусым": "маусымдағы", "шілде": "шілдедегі", "тамыз": "тамыздағы",
    "қыркүйек": "қыркүйектегі", "қазан": "қазандағы", "қараша": "қарашадағы", "желтоқсан": "желтоқсандағы",
}


def numeric(d: _dt.date) -> str:
    """15.03.2024"""
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def long_form(d: _dt.date, lang: str, attributive: bool = False) -> str:
    """Verbal-numeric date in the given language (kk, ru or en).

    ``attributive`` gives the Kazakh form used before a noun ("2024 жылғы 15 наурыздағы шешім").
    """
    if lang == "ru":
        return f"{d.day} {RU_MONTHS_GENITIVE[d.month - 1]} {d.year} года"
    if lang == "kk":
        month = KK_MONTHS[d.month - 1]
        if attributive:
            month = _KK_ATTRIBUTIVE[month]
        return f"{d.year} жылғы {d.day} {month}"
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def parse_iso(value: str | _dt.date | None) -> _dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, _dt.date):
        return value
    return _dt.date.fromisoformat(value[:10])
