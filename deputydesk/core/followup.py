"""Follow-up domain rules that need no storage: item kinds, statuses, points, scorecards, personal data.

An *item* is one outgoing recommendation, deputy inquiry or information request; it goes to one or more
*addressees*, each with its own term, replies, verdict and implementation. The status of an addressee is
computed from dates (never stored), so the same data answers "what was overdue on 1 March?".
"""

from __future__ import annotations

import datetime as _dt
import re
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from deputydesk.core import dates

KINDS = ("recommendation", "deputy_inquiry", "info_request", "other")
DEFAULT_REGIME = {
    "recommendation": "council_recommendation",
    "deputy_inquiry": "deputy_inquiry",
    "info_request": "info_request",
    "other": "custom",
}

# Status of one addressee on a given day.
WAITING = "waiting"                      # no reply yet, term running
OVERDUE = "overdue"                      # no reply, term expired
PAUSED = "paused"                        # term paused (no due date)
AWAITING_VERDICT = "awaiting_verdict"    # reply registered, the council has not judged it yet
AWAITING_VERIFICATION = "awaiting_verification"  # judged; implementation not verified by a person
CLOSED = "closed"                        # a person verified full implementation or closed it
STATUSES = (WAITING, OVERDUE, PAUSED, AWAITING_VERDICT, AWAITING_VERIFICATION, CLOSED)
OPEN_STATUSES = (WAITING, OVERDUE, PAUSED, AWAITING_VERDICT, AWAITING_VERIFICATION)

IMPLEMENTATION_LEVELS = ("not", "partly", "largely", "fully")

# What the executive says about itself in its reply (kept apart from the council's verdict).
EXECUTIVE_CLAIMS = ("none", "accepted", "implemented", "in_progress", "rejected")


class FollowupError(ValueError):
    """Bad input for a follow-up operation; the message names the field and the reason."""


# ------------------------------------------------------------------------------------------ points

_POINT_START = re.compile(
    r"(?m)^\s*(?:(\d{1,2})\s*[.)]|(\d{1,2})[-‑]\s?(?:тармақ|ұсыным)\w*[.:]?|(?:пункт|п\.)\s*(\d{1,2})[.:)]?)\s+"
)


def split_points(text: str) -> list[str]:
    """Split a recommendation's text into its numbered points.

    Recognises lines starting with "1.", "2)", "1-тармақ", "пункт 3". Text before the first number (a
    preamble such as "Общественный совет рекомендует:") is not a point. Without numbering the whole text
    is one point. Numbers must run 1, 2, 3…; a line "5." inside point 2 (a quoted address, a list inside
    a point) that breaks the sequence stays part of the point.
    """
    text = (text or "").strip()
    if not text:
        return []
    starts: list[tuple[int, int, int]] = []  # (start of marker, start of point text, number)
    expected = 1
    for m in _POINT_START.finditer(text):
        number = int(next(g for g in m.groups() if g))
        if number == expected:
            starts.append((m.start(), m.end(), number))
            expected += 1
    if not starts:
        return [re.sub(r"\s+", " ", text)]
    points = []
    for i, (_s, body_start, _n) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        chunk = re.sub(r"\s+", " ", text[body_start:end]).strip().rstrip(";")
        points.append(chunk.strip())
    return [p for p in points if p]


# ------------------------------------------------------------------------------------------ status


@dataclass(frozen=True)
class StatusInput:
    """Everything about one addressee that decides its status on a day (plain dates)."""

    due: _dt.date | None
    paused: bool = False
    first_reply: _dt.date | None = None        # received date of the earliest reply
    verdict_on: _dt.date | None = None         # date of the latest confirmed verdict
    verdict: str | None = None
    implementation_on: _dt.date | None = None  # date of the latest implementation check
    implementation: str | None = None
    closed_on: _dt.date | None = None


def status_on(s: StatusInput, on: _dt.date) -> str:
    """The addressee's status as things stood at the end of ``on``."""
    if s.closed_on is not None and s.closed_on <= on:
        return CLOSED
    if s.first_reply is None or s.first_reply > on:
        if s.paused:
            return PAUSED
        if s.due is not None and on > s.due:
            return OVERDUE
        return WAITING
    if s.verdict_on is None or s.verdict_on > on:
        return AWAITING_VERDICT
    return AWAITING_VERIFICATION


def is_overdue_on(s: StatusInput, on: _dt.date) -> bool:
    return status_on(s, on) == OVERDUE


def days_overdue(due: _dt.date | None, on: _dt.date) -> int:
    if due is None or on <= due:
        return 0
    return (on - due).days


# ------------------------------------------------------------------------------------- scorecards


@dataclass
class AddresseeFacts:
    """One addressee row reduced to what a scorecard needs."""

    organisation: str
    start: _dt.date | None
    due: _dt.date | None
    first_reply: _dt.date | None
    verdict: str | None
    implementation: str | None
    closed_on: _dt.date | None = None


@dataclass
class Scorecard:
    organisation: str
    items: int = 0
    answered: int = 0
    answered_on_time: int = 0
    due_passed: int = 0          # addressees whose term has expired (answered or not) — the base for on-time %
    judged: int = 0
    justified: int = 0
    partly: int = 0
    unjustified: int = 0
    assessed: int = 0            # addressees with an implementation check
    implemented: int = 0         # fully implemented (verified by a person)
    largely: int = 0
    overdue_now: int = 0
    answer_days: list[int] = field(default_factory=list)

    @property
    def on_time_pct(self) -> float | None:
        base = self.due_passed
        return None if base == 0 else round(100.0 * self.answered_on_time / base, 1)

    @property
    def justified_pct(self) -> float | None:
        return None if self.judged == 0 else round(100.0 * self.justified / self.judged, 1)

    @property
    def implemented_pct(self) -> float | None:
        return None if self.assessed == 0 else round(100.0 * self.implemented / self.assessed, 1)

    @property
    def median_days(self) -> float | None:
        return None if not self.answer_days else float(statistics.median(self.answer_days))

    def to_dict(self) -> dict[str, Any]:
        return {
            "organisation": self.organisation, "items": self.items, "answered": self.answered,
            "answered_on_time": self.answered_on_time, "due_passed": self.due_passed,
            "on_time_pct": self.on_time_pct, "judged": self.judged, "justified": self.justified,
            "partly": self.partly, "unjustified": self.unjustified, "justified_pct": self.justified_pct,
            "assessed": self.assessed, "implemented": self.implemented, "largely": self.largely,
            "implemented_pct": self.implemented_pct, "median_days": self.median_days,
            "overdue_now": self.overdue_now,
        }


def scorecards(facts: Iterable[AddresseeFacts], on: _dt.date) -> list[Scorecard]:
    """Per-organisation figures on day ``on``.

    - on time % = answered by the due date / addressees whose term has expired by ``on`` or who answered
      (an answer not yet due does not count against anyone);
    - justified % = justified verdicts / confirmed verdicts;
    - implemented % = fully implemented (verified) / addressees with an implementation check;
    - median days = calendar days from the start of the term to the first reply.
    """
    cards: dict[str, Scorecard] = {}
    for f in facts:
        card = cards.setdefault(f.organisation, Scorecard(f.organisation))
        card.items += 1
        replied = f.first_reply is not None and f.first_reply <= on
        expired = f.due is not None and on > f.due
        if replied or expired:
            card.due_passed += 1
        if replied:
            assert f.first_reply is not None
            card.answered += 1
            if f.due is None or f.first_reply <= f.due:
                card.answered_on_time += 1
            if f.start is not None:
                card.answer_days.append((f.first_reply - f.start).days)
        elif expired and (f.closed_on is None or f.closed_on > on):
            card.overdue_now += 1
        if f.verdict and f.verdict != "no_answer":
            card.judged += 1
            if f.verdict == "justified":
                card.justified += 1
            elif f.verdict == "partly_justified":
                card.partly += 1
            elif f.verdict == "unjustified":
                card.unjustified += 1
        elif f.verdict == "no_answer":
            card.judged += 1
            card.unjustified += 1
        if f.implementation:
            card.assessed += 1
            if f.implementation == "fully":
                card.implemented += 1
            elif f.implementation == "largely":
                card.largely += 1
    return sorted(cards.values(), key=lambda c: (-c.items, c.organisation))


# ---------------------------------------------------------------------------------- personal data

_IIN_WEIGHTS_1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_IIN_WEIGHTS_2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def validate_iin(value: str) -> str:
    """A Kazakhstan ИИН/ЖСН: 12 digits whose last is the control digit. Returns the digits."""
    digits = re.sub(r"\s+", "", value or "")
    if not re.fullmatch(r"\d{12}", digits):
        raise FollowupError("IIN: an IIN has exactly 12 digits")
    nums = [int(c) for c in digits]
    control = sum(w * n for w, n in zip(_IIN_WEIGHTS_1, nums[:11], strict=True)) % 11
    if control == 10:
        control = sum(w * n for w, n in zip(_IIN_WEIGHTS_2, nums[:11], strict=True)) % 11
    if control == 10 or control != nums[11]:
        raise FollowupError("IIN: the control digit does not match (a typing error?)")
    return digits


def iin_with_control(first11: str) -> str:
    """Complete 11 digits with the control digit (for demo and test data); raises if none exists."""
    nums = [int(c) for c in first11]
    control = sum(w * n for w, n in zip(_IIN_WEIGHTS_1, nums, strict=True)) % 11
    if control == 10:
        control = sum(w * n for w, n in zip(_IIN_WEIGHTS_2, nums, strict=True)) % 11
    if control == 10:
        raise FollowupError("these 11 digits have no valid control digit")
    return first11 + str(control)


def normalise_phone(value: str) -> str:
    """"+7 701 555 12 34", "8 (701) 5551234" → "+77015551234". Kazakhstan numbers have 10 digits after +7."""
    digits = re.sub(r"\D", "", value or "")
    if len(digits) == 11 and digits[0] in "78":
        digits = "7" + digits[1:]
    elif len(digits) == 10:
        digits = "7" + digits
    if not re.fullmatch(r"7\d{10}", digits):
        raise FollowupError("phone: a Kazakhstan phone number has 10 digits after +7")
    return "+" + digits


def mask_iin(iin: str | None) -> str:
    return "" if not iin else iin[:2] + "•" * 8 + iin[-2:]


# --------------------------------------------------------------------------------------- labels

_KIND_LABELS = {
    "recommendation": {"en": "recommendation", "ru": "рекомендация", "kk": "ұсыным"},
    "deputy_inquiry": {"en": "deputy inquiry", "ru": "депутатский запрос", "kk": "депутаттық сауал"},
    "info_request": {"en": "request for information", "ru": "запрос информации", "kk": "ақпарат сұрау"},
    "other": {"en": "other", "ru": "иное", "kk": "басқа"},
}
_STATUS_LABELS = {
    WAITING: {"en": "waiting for the answer", "ru": "ожидается ответ", "kk": "жауап күтілуде"},
    OVERDUE: {"en": "overdue", "ru": "просрочен", "kk": "мерзімі өткен"},
    PAUSED: {"en": "term paused", "ru": "срок приостановлен", "kk": "мерзім тоқтатылған"},
    AWAITING_VERDICT: {"en": "waiting for the verdict", "ru": "ожидает оценки", "kk": "бағалауды күтуде"},
    AWAITING_VERIFICATION: {"en": "waiting for verification", "ru": "ожидает проверки исполнения",
                            "kk": "орындалуын тексеруді күтуде"},
    CLOSED: {"en": "closed", "ru": "снят с контроля", "kk": "бақылаудан алынды"},
}
_LEVEL_LABELS = {
    "not": {"en": "not implemented", "ru": "не исполнено", "kk": "орындалмаған"},
    "partly": {"en": "partly implemented", "ru": "исполнено частично", "kk": "ішінара орындалған"},
    "largely": {"en": "largely implemented", "ru": "исполнено в основном", "kk": "негізінен орындалған"},
    "fully": {"en": "fully implemented", "ru": "исполнено полностью", "kk": "толық орындалған"},
}


def _l(lang: str) -> str:
    return lang if lang in ("en", "ru", "kk") else "en"


def kind_label(kind: str, lang: str = "en") -> str:
    return _KIND_LABELS.get(kind, _KIND_LABELS["other"])[_l(lang)]


def status_label(status: str, lang: str = "en") -> str:
    return _STATUS_LABELS[status][_l(lang)]


def level_label(level: str, lang: str = "en") -> str:
    return _LEVEL_LABELS[level][_l(lang)]


def not_received_sentence(due: _dt.date, lang: str) -> str:
    """The missed-deadline fact a reminder letter prints (deadlines.md rule 7)."""
    d = f"{due.day:02d}.{due.month:02d}.{due.year}"
    return {"en": f"answer due {d}, not received",
            "ru": f"срок ответа {d}, ответ не поступил",
            "kk": f"жауап беру мерзімі {d}, жауап түспеді"}[_l(lang)]


def parse_date(value: Any, field_name: str) -> _dt.date:
    """A date from an ISO string or a date; a clear error naming the field otherwise."""
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            typed = dates.parse_typed(text)
            if typed is not None:
                return typed
        except ValueError:
            try:
                return _dt.date.fromisoformat(text[:10])  # an ISO timestamp
            except ValueError:
                pass
    raise FollowupError(f"{field_name}: {value!r} is not a date (use YYYY-MM-DD or DD.MM.YYYY)")


def optional_date(value: Any, field_name: str) -> _dt.date | None:
    if value is None or value == "":
        return None
    return parse_date(value, field_name)


def median(values: Sequence[float]) -> float | None:
    return None if not values else float(statistics.median(values))


def group_counts(rows: Iterable[Mapping[str, Any]], key: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for r in rows:
        out[str(r.get(key))] = out.get(str(r.get(key)), 0) + 1
    return out
