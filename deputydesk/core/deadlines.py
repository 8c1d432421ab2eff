"""The terms engine: statutory answer terms and the steps of their calculation.

Pure domain code (no Qt, no SQL). Every rule comes from ``shared/domain/deadlines.md``:

1. The clock starts on the date the addressee registered (or received) the letter; if only the sending
   date is known, that date is used and the steps say so. Counting begins on the **next day**.
2. Working days are Monday–Friday minus public holidays, their observed (carried-over) days and
   government-transferred days off, plus the weekend days the government made working days. The
   ``holidays`` package (country ``KZ``) supplies all of these; the user can add overrides offline
   (:class:`CalendarOverride`), which win over the package.
3. Calendar-day and month terms whose last day is not a working day end on the next working day.
4. Month terms end on the same-numbered day of the month ``n`` months later; when that month is shorter,
   on its last day (31 January + 1 month → 28/29 February).
5. Extensions and pauses are events (:class:`TermEvent`) applied on top of the statutory term; the
   history is never edited.

Every result carries its steps as language-independent codes with parameters (:class:`Step`);
:func:`render_step` turns one into a Kazakh, Russian or English sentence.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as _dt
import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import holidays as _holidays

# --------------------------------------------------------------------------------------------- units

MONTHS = "months"
WORKING_DAYS = "working_days"
CALENDAR_DAYS = "calendar_days"
EXACT_DATE = "date"
UNITS = (MONTHS, WORKING_DAYS, CALENDAR_DAYS, EXACT_DATE)

START_REGISTERED = "registered"
START_RECEIVED = "received"
START_SENT = "sent"
START_KINDS = (START_REGISTERED, START_RECEIVED, START_SENT)


class TermError(ValueError):
    """A term cannot be computed from the given input (unknown code, missing amount, bad unit…)."""


# ------------------------------------------------------------------------------------------- regimes


@dataclass(frozen=True)
class Regime:
    code: str
    amount: int | None
    unit: str | None
    source: Mapping[str, str]
    label: Mapping[str, str]
    # The longest extension the law allows, as (amount, unit), or None when the law sets none.
    extension_limit: tuple[int, str] | None = None
    # How many extensions the law allows (None = no statutory limit).
    max_extensions: int | None = None


REGIMES: dict[str, Regime] = {
    r.code: r
    for r in (
        Regime(
            "deputy_inquiry", 1, MONTHS,
            source={
                "en": "Law No. 148 of 23.01.2001, art. 21-1 §2",
                "ru": "Закон РК от 23.01.2001 № 148, ст. 21-1 п. 2",
                "kk": "ҚР 2001 жылғы 23 қаңтардағы № 148 Заңы, 21-1-бап 2-тармақ",
            },
            label={
                "en": "answer to a deputy inquiry",
                "ru": "ответ на депутатский запрос",
                "kk": "депутаттық сауалға жауап",
            },
        ),
        Regime(
            "council_recommendation", 1, MONTHS,
            source={
                "en": "Law No. 383-V of 02.11.2015, art. 5 §2",
                "ru": "Закон РК от 02.11.2015 № 383-V, ст. 5 п. 2",
                "kk": "ҚР 2015 жылғы 2 қарашадағы № 383-V Заңы, 5-бап 2-тармақ",
            },
            label={
                "en": "reasoned answer to a public council recommendation",
                "ru": "мотивированный ответ на рекомендацию общественного совета",
                "kk": "қоғамдық кеңестің ұсынымына уәжді жауап",
            },
        ),
        Regime(
            "council_budget_draft", 10, WORKING_DAYS,
            source={
                "en": "Law No. 383-V of 02.11.2015, art. 5 §2",
                "ru": "Закон РК от 02.11.2015 № 383-V, ст. 5 п. 2",
                "kk": "ҚР 2015 жылғы 2 қарашадағы № 383-V Заңы, 5-бап 2-тармақ",
            },
            label={
                "en": "reasoned answer to a recommendation on a draft budget programme",
                "ru": "мотивированный ответ на рекомендацию по проекту бюджетной программы",
                "kk": "бюджеттік бағдарлама жобасы бойынша ұсынымға уәжді жауап",
            },
        ),
        Regime(
            "public_control", 10, WORKING_DAYS,
            source={
                "en": "Law No. 30-VIII of 02.10.2023, art. 13",
                "ru": "Закон РК от 02.10.2023 № 30-VIII, ст. 13",
                "kk": "ҚР 2023 жылғы 2 қазандағы № 30-VIII Заңы, 13-бап",
            },
            label={
                "en": "reasoned answer to each recommendation of a public control act",
                "ru": "мотивированный ответ на каждую рекомендацию итогового документа общественного контроля",
                "kk": "қоғамдық бақылау қорытынды құжатының әрбір ұсынымына уәжді жауап",
            },
        ),
        Regime(
            "info_request", 15, CALENDAR_DAYS,
            source={
                "en": "Law No. 401-V of 16.11.2015, art. 11",
                "ru": "Закон РК от 16.11.2015 № 401-V, ст. 11",
                "kk": "ҚР 2015 жылғы 16 қарашадағы № 401-V Заңы, 11-бап",
            },
            label={
                "en": "answer to a written request for information",
                "ru": "ответ на письменный запрос информации",
                "kk": "ақпаратқа жазбаша сұрау салуға жауап",
            },
            extension_limit=(15, CALENDAR_DAYS),
            max_extensions=1,
        ),
        Regime(
            "appeal", 15, WORKING_DAYS,
            source={
                "en": "Administrative Procedural and Process Code, art. 76",
                "ru": "Административный процедурно-процессуальный кодекс РК, ст. 76",
                "kk": "ҚР Әкімшілік рәсімдік-процестік кодексі, 76-бап",
            },
            label={
                "en": "decision on an appeal",
                "ru": "решение по обращению",
                "kk": "өтініш бойынша шешім",
            },
            extension_limit=(2, MONTHS),
        ),
        Regime(
            "complaint", 20, WORKING_DAYS,
            source={
                "en": "Administrative Procedural and Process Code, arts 99–100",
                "ru": "Административный процедурно-процессуальный кодекс РК, ст. 99–100",
                "kk": "ҚР Әкімшілік рәсімдік-процестік кодексі, 99–100-баптар",
            },
            label={
                "en": "decision on a complaint",
                "ru": "решение по жалобе",
                "kk": "шағым бойынша шешім",
            },
        ),
        Regime(
            "petition_local", 20, WORKING_DAYS,
            source={
                "en": "Administrative Procedural and Process Code, ch. 12-1",
                "ru": "Административный процедурно-процессуальный кодекс РК, гл. 12-1",
                "kk": "ҚР Әкімшілік рәсімдік-процестік кодексі, 12-1-тарау",
            },
            label={
                "en": "review of a petition by a maslikhat or akimat",
                "ru": "рассмотрение петиции маслихатом или акиматом",
                "kk": "петицияны мәслихаттың немесе әкімдіктің қарауы",
            },
        ),
        Regime(
            "custom", None, None,
            source={
                "en": "term set by the council",
                "ru": "срок, установленный советом",
                "kk": "кеңес белгілеген мерзім",
            },
            label={
                "en": "term set by the council",
                "ru": "срок, установленный советом",
                "kk": "кеңес белгілеген мерзім",
            },
        ),
    )
}

REGIME_CODES = tuple(REGIMES)


def regime(code: str) -> Regime:
    try:
        return REGIMES[code]
    except KeyError:
        raise TermError(f"unknown term code {code!r}; known codes: {', '.join(REGIME_CODES)}") from None


# ------------------------------------------------------------------------------------------ calendar

HOLIDAY_KEYS = {
    "New Year's Day": "new_year",
    "Orthodox Christmas": "orthodox_christmas",
    "International Women's Day": "womens_day",
    "Nowruz Holiday": "nauryz",
    "Kazakhstan's People Solidarity Holiday": "unity_day",
    "Defender of the Fatherland Day": "defender_day",
    "Victory Day": "victory_day",
    "Capital Day": "capital_day",
    "Constitution Day": "constitution_day",
    "Republic Day": "republic_day",
    "Independence Day": "independence_day",
    "Eid al-Adha": "kurban_ait",
    "First President Day": "first_president_day",
}

HOLIDAY_NAMES: dict[str, dict[str, str]] = {
    "new_year": {"en": "New Year", "ru": "Новый год", "kk": "Жаңа жыл"},
    "orthodox_christmas": {"en": "Orthodox Christmas", "ru": "Православное Рождество",
                           "kk": "Православиелік Рождество"},
    "womens_day": {"en": "International Women's Day", "ru": "Международный женский день",
                   "kk": "Халықаралық әйелдер күні"},
    "nauryz": {"en": "Nauryz", "ru": "Наурыз мейрамы", "kk": "Наурыз мейрамы"},
    "unity_day": {"en": "Day of Unity of the People of Kazakhstan",
                  "ru": "Праздник единства народа Казахстана", "kk": "Қазақстан халқының бірлігі мерекесі"},
    "defender_day": {"en": "Defender of the Fatherland Day", "ru": "День защитника Отечества",
                     "kk": "Отан қорғаушы күні"},
    "victory_day": {"en": "Victory Day", "ru": "День Победы", "kk": "Жеңіс күні"},
    "capital_day": {"en": "Capital Day", "ru": "День Столицы", "kk": "Астана күні"},
    "constitution_day": {"en": "Constitution Day", "ru": "День Конституции", "kk": "Конституция күні"},
    "republic_day": {"en": "Republic Day", "ru": "День Республики", "kk": "Республика күні"},
    "independence_day": {"en": "Independence Day", "ru": "День Независимости", "kk": "Тәуелсіздік күні"},
    "kurban_ait": {"en": "Kurban Ait", "ru": "Курбан айт", "kk": "Құрбан айт"},
    "first_president_day": {"en": "First President Day", "ru": "День Первого Президента",
                            "kk": "Тұңғыш Президент күні"},
    "other": {"en": "holiday", "ru": "праздник", "kk": "мереке"},
}

_SUBSTITUTED = re.compile(r"Day off \(substituted from (\d\d)/(\d\d)/(\d{4})\)")
_SUFFIX = re.compile(r"\s*\((observed|estimated|observed, estimated)\)\s*$")


@dataclass(frozen=True)
class DayInfo:
    """Why a day is (not) a working day. Plain data, JSON-friendly through :meth:`to_dict`."""

    day: _dt.date
    working: bool
    # weekend / holiday / observed / transfer / override_day_off / override_working_day /
    # transferred_working_day / workday
    kind: str
    holiday: str | None = None          # holiday key (HOLIDAY_NAMES) for holiday / observed
    transfer_from: _dt.date | None = None  # transfer: the weekend day that became a working day
    estimated: bool = False             # the package marks an Islamic date as estimated
    note: str = ""                      # override: the user's note

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"date": self.day.isoformat(), "working": self.working, "kind": self.kind}
        if self.holiday:
            out["holiday"] = self.holiday
        if self.transfer_from:
            out["from"] = self.transfer_from.isoformat()
        if self.estimated:
            out["estimated"] = True
        if self.note:
            out["note"] = self.note
        return out


@dataclass(frozen=True)
class _YearData:
    days_off: Mapping[_dt.date, tuple[str, ...]]  # en_US labels
    weekend_workdays: frozenset[_dt.date]


_package_lock = threading.Lock()


@lru_cache(maxsize=256)
def _year_data(year: int) -> _YearData:
    """Holidays of one year (plus the working weekend days that next year's transfers create)."""
    with _package_lock:  # the package object expands lazily and is not thread-safe
        kz = _holidays.country_holidays("KZ", years=[year, year + 1], language="en_US")
        days = {d: tuple(p.strip() for p in name.split(";")) for d, name in kz.items() if d.year == year}
        workdays = frozenset(d for d in kz.weekend_workdays if d.year == year)
    return _YearData(days, workdays)


def _parse_label(label: str) -> tuple[str, str, _dt.date | None, bool]:
    """en_US holiday label → (kind, holiday key, transfer source, estimated)."""
    m = _SUBSTITUTED.fullmatch(label)
    if m:
        month, day, year = (int(x) for x in m.groups())
        return "transfer", "", _dt.date(year, month, day), False
    suffix = _SUFFIX.search(label)
    flags = suffix.group(1) if suffix else ""
    base = label[: suffix.start()] if suffix else label
    key = HOLIDAY_KEYS.get(base, "other")
    kind = "observed" if "observed" in flags else "holiday"
    return kind, key, None, "estimated" in flags


OVERRIDE_DAY_OFF = "day_off"
OVERRIDE_WORKING_DAY = "working_day"


@dataclass(frozen=True)
class CalendarOverride:
    """A user-entered correction of the official calendar (e.g. a transfer announced after release)."""

    day: _dt.date
    kind: str  # OVERRIDE_DAY_OFF or OVERRIDE_WORKING_DAY
    note: str = ""

    def __post_init__(self) -> None:
        if self.kind not in (OVERRIDE_DAY_OFF, OVERRIDE_WORKING_DAY):
            raise TermError(f"calendar override kind must be {OVERRIDE_DAY_OFF!r} or "
                            f"{OVERRIDE_WORKING_DAY!r}, not {self.kind!r}")


class WorkCalendar:
    """Kazakhstan's working-day calendar: the ``holidays`` package plus the user's overrides."""

    def __init__(self, overrides: Iterable[CalendarOverride] = ()) -> None:
        self.overrides: dict[_dt.date, CalendarOverride] = {}
        for o in overrides:
            self.overrides[o.day] = o  # a later override for the same day wins

    def info(self, day: _dt.date) -> DayInfo:
        override = self.overrides.get(day)
        if override is not None:
            if override.kind == OVERRIDE_DAY_OFF:
                return DayInfo(day, False, "override_day_off", note=override.note)
            return DayInfo(day, True, "override_working_day", note=override.note)
        data = _year_data(day.year)
        if day in data.weekend_workdays:
            return DayInfo(day, True, "transferred_working_day")
        labels = data.days_off.get(day)
        if labels:
            # A transfer wins over a holiday label on the same day; otherwise the first label names it.
            parsed = [_parse_label(label) for label in labels]
            parsed.sort(key=lambda p: 0 if p[0] == "transfer" else (1 if p[0] == "holiday" else 2))
            kind, key, source, estimated = parsed[0]
            if kind == "transfer":
                return DayInfo(day, False, "transfer", transfer_from=source)
            return DayInfo(day, False, kind, holiday=key, estimated=estimated)
        if day.weekday() >= 5:
            return DayInfo(day, False, "weekend")
        return DayInfo(day, True, "workday")

    def is_working_day(self, day: _dt.date) -> bool:
        return self.info(day).working

    def next_working_day(self, day: _dt.date) -> _dt.date:
        """The first working day strictly after ``day``."""
        d = day + _dt.timedelta(days=1)
        for _ in range(400):
            if self.is_working_day(d):
                return d
            d += _dt.timedelta(days=1)
        raise TermError(f"no working day within 400 days after {day.isoformat()}")

    def on_or_after(self, day: _dt.date) -> _dt.date:
        return day if self.is_working_day(day) else self.next_working_day(day)

    def working_days_between(self, first: _dt.date, last: _dt.date) -> int:
        """Working days in the closed range [first, last] (0 when last < first)."""
        n = 0
        d = first
        while d <= last:
            if self.is_working_day(d):
                n += 1
            d += _dt.timedelta(days=1)
        return n

    def nth_working_day_after(self, day: _dt.date, n: int) -> tuple[_dt.date, list[DayInfo]]:
        """The ``n``-th working day counted from the day after ``day``, and the non-working days passed."""
        if n < 1:
            raise TermError("a working-day term must be at least one day")
        passed: list[DayInfo] = []
        d = day
        counted = 0
        while counted < n:
            d += _dt.timedelta(days=1)
            info = self.info(d)
            if info.working:
                counted += 1
                if info.kind in ("transferred_working_day", "override_working_day"):
                    passed.append(info)
            else:
                passed.append(info)
        return d, passed

    def year_days(self, year: int) -> list[DayInfo]:
        """Every day of the year that differs from a plain Mon–Fri week (for the Calendar page)."""
        out = []
        d = _dt.date(year, 1, 1)
        while d.year == year:
            info = self.info(d)
            if info.kind not in ("workday", "weekend"):
                out.append(info)
            d += _dt.timedelta(days=1)
        return out


_default_calendar: WorkCalendar | None = None


def default_calendar() -> WorkCalendar:
    global _default_calendar
    if _default_calendar is None:
        _default_calendar = WorkCalendar()
    return _default_calendar


# ---------------------------------------------------------------------------------------------- steps


@dataclass(frozen=True)
class Step:
    """One line of a calculation: a stable code plus JSON-friendly parameters (dates as ISO strings)."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "params": dict(self.params)}


def _iso(d: _dt.date | None) -> str | None:
    return d.isoformat() if d else None


# ----------------------------------------------------------------------------------------- events

EXTENSION = "extension"
PAUSE = "pause"


@dataclass(frozen=True)
class TermEvent:
    """An extension or a pause recorded on an item (never an edit of the original term).

    - extension: ``date`` of the decision, ``reason``; either ``new_end`` (the date the decision names) or
      ``amount`` + ``unit`` counted on from the current due date.
    - pause: the clock stops from ``date`` (first paused day) through ``until`` (last paused day; None =
      still paused). The remaining term then continues after ``until``. ``new_end`` overrides the
      computed end when the decision names one.
    """

    kind: str
    date: _dt.date
    reason: str = ""
    new_end: _dt.date | None = None
    amount: int | None = None
    unit: str | None = None
    until: _dt.date | None = None

    def __post_init__(self) -> None:
        if self.kind not in (EXTENSION, PAUSE):
            raise TermError(f"term event kind must be {EXTENSION!r} or {PAUSE!r}, not {self.kind!r}")
        if self.kind == EXTENSION and self.new_end is None and (self.amount is None or self.unit is None):
            raise TermError("an extension needs either a new end date or an amount and a unit")
        if self.unit is not None and self.unit not in (MONTHS, WORKING_DAYS, CALENDAR_DAYS):
            raise TermError(f"unknown unit {self.unit!r}")
        if self.until is not None and self.until < self.date:
            raise TermError("a pause cannot end before it starts")


# ----------------------------------------------------------------------------------------- result


@dataclass
class DueResult:
    code: str
    start: _dt.date
    start_kind: str
    amount: int | None
    unit: str | None
    base_due: _dt.date          # the statutory end before extensions and pauses
    due: _dt.date | None        # None while a pause is still open
    steps: list[Step]
    paused: bool = False
    warnings: list[str] = field(default_factory=list)

    def lines(self, lang: str = "en") -> list[str]:
        return [render_step(s, lang) for s in self.steps]

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        return {
            "code": self.code,
            "start": self.start.isoformat(),
            "start_kind": self.start_kind,
            "due": _iso(self.due),
            "base_due": self.base_due.isoformat(),
            "unit": self.unit,
            "amount": self.amount,
            "paused": self.paused,
            "warnings": list(self.warnings),
            "steps": self.lines(lang),
            "step_codes": [s.to_dict() for s in self.steps],
        }


# ------------------------------------------------------------------------------------------ counting


def add_months(start: _dt.date, months: int) -> tuple[_dt.date, bool]:
    """Same-numbered day ``months`` later; clamped to the month's last day (→ True when clamped)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    last = _calendar.monthrange(year, month)[1]
    if start.day > last:
        return _dt.date(year, month, last), True
    return _dt.date(year, month, start.day), False


def _skip_steps(passed: Sequence[DayInfo]) -> list[Step]:
    """Steps for non-working days passed while counting working days (weekends summarised)."""
    steps: list[Step] = []
    weekends = 0
    for info in passed:
        if info.kind == "weekend":
            weekends += 1
        elif info.working:
            steps.append(Step("counted_weekend_workday", {"date": info.day.isoformat(), "day": info.to_dict()}))
        else:
            steps.append(Step("skipped_day", {"date": info.day.isoformat(), "day": info.to_dict()}))
    if weekends:
        steps.append(Step("skipped_weekends", {"count": weekends}))
    return steps


def _end_of_term(raw_end: _dt.date, cal: WorkCalendar, steps: list[Step]) -> _dt.date:
    """Rule 3: a term ending on a non-working day ends on the next working day (steps appended)."""
    info = cal.info(raw_end)
    if info.working:
        return raw_end
    moved = cal.on_or_after(raw_end)
    steps.append(Step("end_not_working", {"date": raw_end.isoformat(), "day": info.to_dict()}))
    # Name every other non-working day jumped over (e.g. Saturday, Sunday and an observed Monday).
    d = raw_end + _dt.timedelta(days=1)
    while d < moved:
        steps.append(Step("also_not_working", {"date": d.isoformat(), "day": cal.info(d).to_dict()}))
        d += _dt.timedelta(days=1)
    steps.append(Step("moved_to_next_working_day", {"date": moved.isoformat()}))
    return moved


def _count(start: _dt.date, amount: int, unit: str, cal: WorkCalendar,
           steps: list[Step]) -> tuple[_dt.date, _dt.date]:
    """Count a term from ``start`` (counting begins next day). Returns (raw end, end after rule 3)."""
    if amount < 1:
        raise TermError("a term must be at least 1")
    if unit == MONTHS:
        raw, clamped = add_months(start, amount)
        if clamped:
            steps.append(Step("month_end_clamped", {
                "months": amount, "from": start.isoformat(), "day": start.day,
                "year": raw.year, "month": raw.month, "date": raw.isoformat()}))
        else:
            steps.append(Step("months_added", {"months": amount, "from": start.isoformat(),
                                               "date": raw.isoformat()}))
        return raw, _end_of_term(raw, cal, steps)
    if unit == CALENDAR_DAYS:
        raw = start + _dt.timedelta(days=amount)
        steps.append(Step("calendar_days_added", {"days": amount, "date": raw.isoformat()}))
        return raw, _end_of_term(raw, cal, steps)
    if unit == WORKING_DAYS:
        end, passed = cal.nth_working_day_after(start, amount)
        steps.extend(_skip_steps(passed))
        steps.append(Step("working_days_counted", {"days": amount, "date": end.isoformat()}))
        return end, end
    raise TermError(f"unknown unit {unit!r}")


def compute_due(
    code: str,
    start: _dt.date,
    *,
    start_kind: str = START_REGISTERED,
    calendar: WorkCalendar | None = None,
    events: Sequence[TermEvent] = (),
    amount: int | None = None,
    unit: str | None = None,
    exact_date: _dt.date | None = None,
) -> DueResult:
    """Compute the due date of a term and the steps that explain it.

    ``amount``/``unit`` or ``exact_date`` are required for ``custom`` and refused for statutory codes
    (the statute fixes them). ``events`` are extensions and pauses, applied in date order.
    """
    reg = regime(code)
    cal = calendar or default_calendar()
    if start_kind not in START_KINDS:
        raise TermError(f"start kind must be one of {', '.join(START_KINDS)}, not {start_kind!r}")
    if code != "custom" and (amount is not None or unit is not None or exact_date is not None):
        raise TermError(f"the term of {code!r} is set by law; amount, unit and date apply to 'custom' only")
    steps: list[Step] = []
    if code == "custom":
        if exact_date is not None:
            if amount is not None or unit not in (None, EXACT_DATE):
                raise TermError("a custom term is either an exact date or an amount with a unit, not both")
            amount, unit = None, EXACT_DATE
        elif amount is None or unit is None:
            raise TermError("a custom term needs --amount and --unit, or an exact --date")
        elif unit not in (MONTHS, WORKING_DAYS, CALENDAR_DAYS):
            raise TermError(f"unknown unit {unit!r}; use one of months, working_days, calendar_days")
        steps.append(Step("custom_term", {"amount": amount, "unit": unit, "date": _iso(exact_date)}))
    else:
        amount, unit = reg.amount, reg.unit
        steps.append(Step("regime", {"code": code, "amount": amount, "unit": unit}))

    steps.append(Step(f"start_{start_kind}", {"date": start.isoformat()}))
    if unit == EXACT_DATE:
        assert exact_date is not None
        if exact_date <= start:
            raise TermError(f"the set date {exact_date.isoformat()} is not after the start {start.isoformat()}")
        steps.append(Step("exact_date", {"date": exact_date.isoformat()}))
        raw = exact_date
        base_due = _end_of_term(raw, cal, steps)
    else:
        assert amount is not None and unit is not None
        steps.append(Step("count_from", {"date": (start + _dt.timedelta(days=1)).isoformat()}))
        raw, base_due = _count(start, amount, unit, cal, steps)

    result = DueResult(code, start, start_kind, amount, unit, base_due, base_due, steps)
    _apply_events(result, reg, raw, cal, sorted(events, key=lambda e: (e.date, e.kind)))
    if result.due is not None:
        steps.append(Step("due", {"date": result.due.isoformat()}))
    else:
        steps.append(Step("due_suspended", {}))
    return result


def _apply_events(result: DueResult, reg: Regime, raw: _dt.date, cal: WorkCalendar,
                  events: Sequence[TermEvent]) -> None:
    steps = result.steps
    extensions = 0
    for ev in events:
        if result.due is None:  # an open pause swallows later events until it is closed
            steps.append(Step("event_ignored_while_paused", {"date": ev.date.isoformat(), "kind": ev.kind}))
            continue
        current = result.due
        if ev.kind == EXTENSION:
            extensions += 1
            if ev.new_end is not None:
                new_due = ev.new_end
                steps.append(Step("extension", {"date": ev.date.isoformat(), "reason": ev.reason,
                                                "new_end": new_due.isoformat()}))
                if not cal.is_working_day(new_due):
                    steps.append(Step("extension_end_not_working",
                                      {"date": new_due.isoformat(), "day": cal.info(new_due).to_dict()}))
            else:
                assert ev.amount is not None and ev.unit is not None
                steps.append(Step("extension_by", {"date": ev.date.isoformat(), "reason": ev.reason,
                                                   "amount": ev.amount, "unit": ev.unit,
                                                   "from": current.isoformat()}))
                raw, new_due = _count(current, ev.amount, ev.unit, cal, steps)
            if new_due <= current:
                steps.append(Step("extension_not_later", {"date": new_due.isoformat(),
                                                          "current": current.isoformat()}))
                result.warnings.append("extension_not_later")
            if reg.max_extensions is not None and extensions > reg.max_extensions:
                steps.append(Step("extension_count_over_limit", {"limit": reg.max_extensions}))
                result.warnings.append("extension_count_over_limit")
            if reg.extension_limit is not None:
                limit_amount, limit_unit = reg.extension_limit
                scratch: list[Step] = []
                _, limit_end = _count(result.base_due, limit_amount, limit_unit, cal, scratch)
                if new_due > limit_end:
                    steps.append(Step("extension_over_limit", {"amount": limit_amount, "unit": limit_unit,
                                                               "limit_date": limit_end.isoformat()}))
                    result.warnings.append("extension_over_limit")
            result.due = new_due
            continue
        # pause
        if ev.date > current:
            steps.append(Step("pause_after_due", {"date": ev.date.isoformat(), "due": current.isoformat()}))
            continue
        if ev.until is None:
            steps.append(Step("pause_open", {"date": ev.date.isoformat(), "reason": ev.reason}))
            result.due = None
            result.paused = True
            continue
        if ev.new_end is not None:
            new_due = ev.new_end
            steps.append(Step("pause_new_end", {"date": ev.date.isoformat(), "until": ev.until.isoformat(),
                                                "reason": ev.reason, "new_end": new_due.isoformat()}))
        elif result.unit == WORKING_DAYS:
            remaining = cal.working_days_between(ev.date, current)
            steps.append(Step("pause_working_days", {"date": ev.date.isoformat(), "until": ev.until.isoformat(),
                                                     "reason": ev.reason, "remaining": remaining}))
            new_due, passed = cal.nth_working_day_after(ev.until, remaining)
            steps.extend(_skip_steps(passed))
            steps.append(Step("working_days_counted", {"days": remaining, "date": new_due.isoformat()}))
        else:
            # Calendar terms: the days left from the first paused day to the (unmoved) end continue
            # after the pause.
            remaining = (max(raw, current) - ev.date).days + 1
            steps.append(Step("pause_calendar_days", {"date": ev.date.isoformat(), "until": ev.until.isoformat(),
                                                      "reason": ev.reason, "remaining": remaining}))
            raw = ev.until + _dt.timedelta(days=remaining)
            steps.append(Step("calendar_days_added", {"days": remaining, "date": raw.isoformat()}))
            new_due = _end_of_term(raw, cal, steps)
        result.due = new_due


# ------------------------------------------------------------------------------- status helpers


def is_overdue(due: _dt.date | None, on: _dt.date, answered_on: _dt.date | None = None) -> bool:
    """An answer is overdue on ``on`` when the due date has passed and no answer arrived by ``on``."""
    if due is None:
        return False
    if answered_on is not None and answered_on <= on:
        return False
    return on > due


def answered_on_time(due: _dt.date | None, received: _dt.date) -> bool:
    return due is None or received <= due


def days_late(due: _dt.date, on: _dt.date) -> int:
    return max(0, (on - due).days)


# -------------------------------------------------------------------------------------- rendering

_WEEKDAYS = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "ru": ("пн", "вт", "ср", "чт", "пт", "сб", "вс"),
    "kk": ("дс", "сс", "ср", "бс", "жм", "сн", "жс"),
}

_UNIT_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {MONTHS: ("month", "months"), WORKING_DAYS: ("working day", "working days"),
           CALENDAR_DAYS: ("calendar day", "calendar days")},
    "ru": {MONTHS: ("месяц", "месяца", "месяцев"), WORKING_DAYS: ("рабочий день", "рабочих дня", "рабочих дней"),
           CALENDAR_DAYS: ("календарный день", "календарных дня", "календарных дней")},
    "kk": {MONTHS: ("ай",), WORKING_DAYS: ("жұмыс күні",), CALENDAR_DAYS: ("күнтізбелік күн",)},
}

_RU_MONTHS_PREP = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре",
                   "октябре", "ноябре", "декабре")
_KK_MONTHS = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
              "қазан", "қараша", "желтоқсан")
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")


def _lang(lang: str) -> str:
    return lang if lang in ("en", "ru", "kk") else "en"


def fmt_date(value: str | _dt.date | None, lang: str = "en", weekday: bool = True) -> str:
    if value is None:
        return "—"
    d = _dt.date.fromisoformat(value) if isinstance(value, str) else value
    text = f"{d.day:02d}.{d.month:02d}.{d.year}"
    if weekday:
        text += f" ({_WEEKDAYS[_lang(lang)][d.weekday()]})"
    return text


def amount_with_unit(amount: int, unit: str, lang: str) -> str:
    lang = _lang(lang)
    forms = _UNIT_WORDS[lang][unit]
    if lang == "en":
        return f"{amount} {forms[0] if amount == 1 else forms[1]}"
    if lang == "ru":
        n = amount % 100
        if 11 <= n <= 14:
            word = forms[2]
        elif n % 10 == 1:
            word = forms[0]
        elif 2 <= n % 10 <= 4:
            word = forms[1]
        else:
            word = forms[2]
        return f"{amount} {word}"
    return f"{amount} {forms[0]}"


def holiday_name(key: str | None, lang: str) -> str:
    return HOLIDAY_NAMES.get(key or "other", HOLIDAY_NAMES["other"])[_lang(lang)]


def describe_day(day: Mapping[str, Any], lang: str = "en") -> str:
    """Why a day is (not) working, as a short phrase: "Nauryz holiday", "weekend", "day off moved from…"."""
    lang = _lang(lang)
    kind = day.get("kind")
    name = holiday_name(day.get("holiday"), lang)
    estimated = bool(day.get("estimated"))
    note = day.get("note") or ""
    src = day.get("from")
    if kind == "weekend":
        text = {"en": "weekend", "ru": "выходной день", "kk": "демалыс күні"}[lang]
    elif kind == "holiday":
        text = {"en": f"public holiday: {name}", "ru": f"праздник: {name}", "kk": f"мереке: {name}"}[lang]
    elif kind == "observed":
        text = {"en": f"day off carried over from {name} falling on a weekend",
                "ru": f"перенесённый выходной: {name} пришёлся на выходной день",
                "kk": f"ауыстырылған демалыс: {name} демалыс күніне сәйкес келді"}[lang]
    elif kind == "transfer":
        text = {"en": f"day off transferred by the Government from {fmt_date(src, lang)}",
                "ru": f"выходной день, перенесённый Правительством с {fmt_date(src, lang)}",
                "kk": f"Үкімет {fmt_date(src, lang)} күнінен ауыстырған демалыс күні"}[lang]
    elif kind == "transferred_working_day":
        text = {"en": "weekend day made a working day by a Government transfer",
                "ru": "выходной день, объявленный рабочим по переносу Правительства",
                "kk": "Үкіметтің ауыстыруымен жұмыс күні болып белгіленген демалыс күні"}[lang]
    elif kind == "override_day_off":
        text = {"en": "day off added in the Calendar", "ru": "выходной день, добавленный в календаре",
                "kk": "күнтізбеге қосылған демалыс күні"}[lang]
    elif kind == "override_working_day":
        text = {"en": "working day added in the Calendar", "ru": "рабочий день, добавленный в календаре",
                "kk": "күнтізбеге қосылған жұмыс күні"}[lang]
    else:
        text = {"en": "working day", "ru": "рабочий день", "kk": "жұмыс күні"}[lang]
    if estimated:
        text += {"en": " (date estimated)", "ru": " (дата предварительная)", "kk": " (күні болжалды)"}[lang]
    if note:
        text += f" — {note}"
    return text


def _ordinal(n: int, lang: str) -> str:
    """English ordinal with digits: 1st, 2nd, 3rd, 4th, 11th, 21st."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# Kazakh ordinals written with digits take the suffix of the spoken word's last part: back-vowel words
# (алты, тоғыз, он, жиырма, отыз, қырық, алпыс, тоқсан) take "-шы", the others "-ші".
_KK_BACK_UNITS = {6, 9}
_KK_BACK_TENS = {1, 2, 3, 4, 6, 9}


def _kk_ordinal_suffix(n: int) -> str:
    if n % 10:
        return "шы" if n % 10 in _KK_BACK_UNITS else "ші"
    if n % 100:
        return "шы" if (n % 100) // 10 in _KK_BACK_TENS else "ші"
    return "ші"  # жүзінші, мыңыншы is rare for terms


def render_step(step: Step | Mapping[str, Any], lang: str = "en") -> str:
    """One calculation step as a sentence in ``lang`` (kk, ru or en)."""
    if isinstance(step, Step):
        code, p = step.code, dict(step.params)
    else:
        code, p = step["code"], dict(step.get("params", {}))
    lang = _lang(lang)

    def d(key: str = "date") -> str:
        return fmt_date(p.get(key), lang)

    def day_reason() -> str:
        return describe_day(p.get("day", {}), lang)

    if code == "regime":
        reg = REGIMES[p["code"]]
        term = amount_with_unit(p["amount"], p["unit"], lang)
        return {
            "en": f"Term: {reg.label['en']} — {term} ({reg.source['en']}).",
            "ru": f"Срок: {reg.label['ru']} — {term} ({reg.source['ru']}).",
            "kk": f"Мерзім: {reg.label['kk']} — {term} ({reg.source['kk']}).",
        }[lang]
    if code == "custom_term":
        if p.get("unit") == EXACT_DATE:
            return {"en": f"Term set by the council: by {d()}.",
                    "ru": f"Срок, установленный советом: до {d()}.",
                    "kk": f"Кеңес белгілеген мерзім: {d()} дейін."}[lang]
        term = amount_with_unit(p["amount"], p["unit"], lang)
        return {"en": f"Term set by the council: {term}.", "ru": f"Срок, установленный советом: {term}.",
                "kk": f"Кеңес белгілеген мерзім: {term}."}[lang]
    if code == "start_registered":
        return {"en": f"Start: {d()}, the date the addressee registered the letter.",
                "ru": f"Начало: {d()} — дата регистрации письма у адресата.",
                "kk": f"Басталуы: {d()} — хаттың адресатта тіркелген күні."}[lang]
    if code == "start_received":
        return {"en": f"Start: {d()}, the date the addressee received the letter.",
                "ru": f"Начало: {d()} — дата получения письма адресатом.",
                "kk": f"Басталуы: {d()} — хатты адресаттың алған күні."}[lang]
    if code == "start_sent":
        return {"en": f"Start: {d()}, the date the letter was SENT — the registration date is not known, "
                      "so the sending date is used.",
                "ru": f"Начало: {d()} — дата ОТПРАВКИ письма; дата регистрации у адресата неизвестна, "
                      "поэтому используется дата отправки.",
                "kk": f"Басталуы: {d()} — хаттың ЖІБЕРІЛГЕН күні; адресатта тіркелген күні белгісіз, "
                      "сондықтан жіберілген күні алынады."}[lang]
    if code == "count_from":
        return {"en": f"Counting begins on the next day, {d()}.",
                "ru": f"Течение срока начинается на следующий день — {d()}.",
                "kk": f"Мерзім келесі күннен — {d()} басталады."}[lang]
    if code == "exact_date":
        return {"en": f"The letter names the date {d()}.", "ru": f"В письме указана дата {d()}.",
                "kk": f"Хатта {d()} күні көрсетілген."}[lang]
    if code == "months_added":
        term = amount_with_unit(p["months"], MONTHS, lang)
        return {"en": f"{term} after {d('from')} is {d()} (the same-numbered day).",
                "ru": f"Через {term} после {d('from')} — {d()} (то же число месяца).",
                "kk": f"{d('from')} күнінен кейін {term} — {d()} (айдың сол күні)."}[lang]
    if code == "month_end_clamped":
        y, m, day_no = p["year"], p["month"], p["day"]
        return {"en": f"{_EN_MONTHS[m - 1]} {y} has no day {day_no}: the month term ends on the last day "
                      f"of that month, {d()}.",
                "ru": f"В {_RU_MONTHS_PREP[m - 1]} {y} года нет {day_no}-го числа: месячный срок истекает "
                      f"в последний день месяца — {d()}.",
                "kk": f"{y} жылғы {_KK_MONTHS[m - 1]} айында {day_no}-күн жоқ: айлық мерзім сол айдың "
                      f"соңғы күні — {d()} аяқталады."}[lang]
    if code == "calendar_days_added":
        n = p["days"]
        return {"en": f"The {_ordinal(n, 'en')} calendar day is {d()}.",
                "ru": f"{n}-й календарный день — {d()}.",
                "kk": f"{n}-{_kk_ordinal_suffix(n)} күнтізбелік күн — {d()}."}[lang]
    if code == "skipped_day":
        return {"en": f"Not counted: {d()} — {day_reason()}.",
                "ru": f"Не считается: {d()} — {day_reason()}.",
                "kk": f"Есептелмейді: {d()} — {day_reason()}."}[lang]
    if code == "counted_weekend_workday":
        return {"en": f"Counted: {d()} — {day_reason()}.",
                "ru": f"Считается: {d()} — {day_reason()}.",
                "kk": f"Есептеледі: {d()} — {day_reason()}."}[lang]
    if code == "skipped_weekends":
        n = p["count"]
        return {"en": f"Not counted: {n} Saturday/Sunday day(s) off.",
                "ru": f"Не считаются: выходные дни (суббота, воскресенье) — {n}.",
                "kk": f"Есептелмейді: демалыс күндері (сенбі, жексенбі) — {n}."}[lang]
    if code == "working_days_counted":
        n = p["days"]
        return {"en": f"The {_ordinal(n, 'en')} working day is {d()}.",
                "ru": f"{n}-й рабочий день — {d()}.",
                "kk": f"{n}-{_kk_ordinal_suffix(n)} жұмыс күні — {d()}."}[lang]
    if code == "end_not_working":
        return {"en": f"{d()} is not a working day ({day_reason()}).",
                "ru": f"{d()} — нерабочий день ({day_reason()}).",
                "kk": f"{d()} — жұмыс күні емес ({day_reason()})."}[lang]
    if code == "also_not_working":
        return {"en": f"{d()} is not a working day either ({day_reason()}).",
                "ru": f"{d()} — также нерабочий день ({day_reason()}).",
                "kk": f"{d()} — бұл да жұмыс күні емес ({day_reason()})."}[lang]
    if code == "moved_to_next_working_day":
        return {"en": f"A term ending on a non-working day ends on the next working day: {d()}.",
                "ru": f"Срок, последний день которого приходится на нерабочий день, истекает в следующий "
                      f"за ним рабочий день: {d()}.",
                "kk": f"Соңғы күні жұмыс күні емес күнге түскен мерзім келесі жұмыс күні аяқталады: {d()}."}[lang]
    if code == "extension":
        reason = f" ({p['reason']})" if p.get("reason") else ""
        return {"en": f"Extended on {d()}{reason}: new end {d('new_end')}.",
                "ru": f"Продлено {d()}{reason}: новый срок — {d('new_end')}.",
                "kk": f"{d()} ұзартылды{reason}: жаңа мерзім — {d('new_end')}."}[lang]
    if code == "extension_by":
        reason = f" ({p['reason']})" if p.get("reason") else ""
        term = amount_with_unit(p["amount"], p["unit"], lang)
        return {"en": f"Extended on {d()}{reason} by {term}, counted from {d('from')}.",
                "ru": f"Продлено {d()}{reason} на {term} начиная с {d('from')}.",
                "kk": f"{d()} ұзартылды{reason}: {d('from')} күнінен бастап {term}."}[lang]
    if code == "extension_end_not_working":
        return {"en": f"Note: the new end {d()} is not a working day ({day_reason()}).",
                "ru": f"Внимание: новый срок {d()} — нерабочий день ({day_reason()}).",
                "kk": f"Назар аударыңыз: жаңа мерзім {d()} — жұмыс күні емес ({day_reason()})."}[lang]
    if code == "extension_not_later":
        return {"en": f"Warning: the extension ends {d()}, not later than the current end {d('current')}.",
                "ru": f"Внимание: продление до {d()} не позже текущего срока {d('current')}.",
                "kk": f"Назар аударыңыз: ұзарту {d()} дейін, ағымдағы мерзімнен ({d('current')}) кеш емес."}[lang]
    if code == "extension_over_limit":
        term = amount_with_unit(p["amount"], p["unit"], lang)
        return {"en": f"Warning: the law allows an extension of at most {term} (until {d('limit_date')}).",
                "ru": f"Внимание: закон допускает продление не более чем на {term} (до {d('limit_date')}).",
                "kk": f"Назар аударыңыз: заң бойынша ұзарту {term} аспауы тиіс ({d('limit_date')} дейін)."}[lang]
    if code == "extension_count_over_limit":
        n = p["limit"]
        return {"en": f"Warning: the law allows only {n} extension(s).",
                "ru": f"Внимание: закон допускает продление только {n} раз.",
                "kk": f"Назар аударыңыз: заң бойынша тек {n} рет ұзартуға болады."}[lang]
    if code == "pause_open":
        reason = f" ({p['reason']})" if p.get("reason") else ""
        return {"en": f"The term is paused from {d()}{reason}; there is no due date until it resumes.",
                "ru": f"Срок приостановлен с {d()}{reason}; до возобновления срок не течёт.",
                "kk": f"Мерзім {d()} бастап тоқтатылды{reason}; қайта басталғанға дейін мерзім өтпейді."}[lang]
    if code == "pause_new_end":
        reason = f" ({p['reason']})" if p.get("reason") else ""
        return {"en": f"Paused {d()}–{d('until')}{reason}; the decision sets the new end {d('new_end')}.",
                "ru": f"Приостановлено {d()}–{d('until')}{reason}; новый срок по решению — {d('new_end')}.",
                "kk": f"{d()}–{d('until')} тоқтатылды{reason}; шешім бойынша жаңа мерзім — {d('new_end')}."}[lang]
    if code == "pause_working_days":
        reason = f" ({p['reason']})" if p.get("reason") else ""
        n = p["remaining"]
        term = amount_with_unit(n, WORKING_DAYS, lang)
        return {"en": f"Paused {d()}–{d('until')}{reason}; {term} remained and are counted after the pause.",
                "ru": f"Приостановлено {d()}–{d('until')}{reason}; оставшиеся {term} считаются после "
                      f"возобновления.",
                "kk": f"{d()}–{d('until')} тоқтатылды{reason}; қалған {term} кейін есептеледі."}[lang]
    if code == "pause_calendar_days":
        reason = f" ({p['reason']})" if p.get("reason") else ""
        term = amount_with_unit(p["remaining"], CALENDAR_DAYS, lang)
        return {"en": f"Paused {d()}–{d('until')}{reason}; {term} remained and are counted after the pause.",
                "ru": f"Приостановлено {d()}–{d('until')}{reason}; оставшиеся {term} считаются после "
                      f"возобновления.",
                "kk": f"{d()}–{d('until')} тоқтатылды{reason}; қалған {term} кейін есептеледі."}[lang]
    if code == "pause_after_due":
        return {"en": f"A pause from {d()} starts after the due date {d('due')} and changes nothing.",
                "ru": f"Приостановление с {d()} начинается после срока {d('due')} и его не меняет.",
                "kk": f"{d()} бастап тоқтату мерзімнен ({d('due')}) кейін басталады, ештеңе өзгертпейді."}[lang]
    if code == "event_ignored_while_paused":
        return {"en": f"The event of {d()} is not applied: the term is paused.",
                "ru": f"Событие от {d()} не учтено: срок приостановлен.",
                "kk": f"{d()} оқиғасы ескерілмеді: мерзім тоқтатылған."}[lang]
    if code == "due":
        return {"en": f"Due date: {d()}.", "ru": f"Срок ответа: {d()}.", "kk": f"Жауап беру мерзімі: {d()}."}[lang]
    if code == "due_suspended":
        return {"en": "Due date: suspended.", "ru": "Срок ответа: приостановлен.",
                "kk": "Жауап беру мерзімі: тоқтатылған."}[lang]
    raise KeyError(f"unknown step code {code!r}")


def regime_label(code: str, lang: str = "en") -> str:
    return regime(code).label[_lang(lang)]


def unit_label(unit: str | None, lang: str = "en") -> str:
    lang = _lang(lang)
    labels = {
        MONTHS: {"en": "months", "ru": "месяцы", "kk": "айлар"},
        WORKING_DAYS: {"en": "working days", "ru": "рабочие дни", "kk": "жұмыс күндері"},
        CALENDAR_DAYS: {"en": "calendar days", "ru": "календарные дни", "kk": "күнтізбелік күндер"},
        EXACT_DATE: {"en": "date", "ru": "дата", "kk": "күн"},
    }
    return labels.get(unit or "", {"en": "—", "ru": "—", "kk": "—"})[lang]
