"""Dates as Kazakh and Russian official documents print them.

Numeric form "15.03.2024" is used in ordinary letters; the verbal-numeric form is used in legal acts,
protocols and documents affecting rights (legal-facts.md §5):
- Russian: "15 марта 2024 года"
- Kazakh:  "2024 жылғы 15 наурыз" (and the attributive "2024 жылғы 15 наурыздағы" before a noun)
"""

from __future__ import annotations

import datetime as _dt
import re

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


_TYPED_DOTTED = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})")
_TYPED_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def parse_typed(text: str) -> _dt.date | None:
    """A date as people type it — "15.03.2024", "5.3.2024", "15/03/2024" or "2024-03-15"; empty text is no
    date (None). Raises ``ValueError`` for anything else and for a day that does not exist (31.02.2024):
    never corrected silently. The one parser behind every date field of the window and the services."""
    text = text.strip()
    if not text:
        return None
    if m := _TYPED_DOTTED.fullmatch(text):
        day, month, year = (int(g) for g in m.groups())
    elif m := _TYPED_ISO.fullmatch(text):
        year, month, day = (int(g) for g in m.groups())
    else:
        raise ValueError(f"{text!r} is not a date")
    return _dt.date(year, month, day)
