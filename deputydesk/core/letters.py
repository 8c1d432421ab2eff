"""Formal letters: the data model, validation and the standard wording in Kazakh and Russian.

A :class:`Letter` is what a secretary fills in (or what ``letter render --data FILE.json`` reads). It is
turned into a :class:`Composed` letter — every line that will be printed, in the letter's language — by
:func:`compose`. Both renderers (PDF and DOCX, ``deputydesk/render/letters.py``) lay out the same
``Composed`` object, so the two files always carry the same text.

Kinds (each in Kazakh and Russian; legal-facts.md §1, §3, §4):

- ``deputy_inquiry`` — депутатский запрос / депутаттық сауал, L148 art. 21-1, answer within one month;
- ``recommendation`` — рекомендации общественного совета / қоғамдық кеңестің ұсынымдары with numbered
  points, Law 383-V art. 5, decision and/or motivated answer within one month (10 working days for draft
  budget programmes: give ``term``);
- ``info_request`` — запрос информации / ақпаратқа сұрау салу, Law 401-V art. 11, 15 calendar days;
- ``reminder`` — the answer is overdue: states the original number and date, the term and the date it
  expired (``reminder`` block, usually filled from a follow-up item);
- ``cover`` — сопроводительное письмо / ілеспе хат for a dossier or documents (attachments required).

Validation never raises on the first problem: :func:`validate` lists every problem with the field's
dotted name (``addressee``, ``signer.name``, ``reminder.due``) so the user sees them all at once, and
:class:`LetterError` carries that list. Nothing is rendered or issued from a letter with problems.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from deputydesk.core import dates

KINDS = ("deputy_inquiry", "recommendation", "info_request", "reminder", "cover")
LANGUAGES = ("kk", "ru")
TERM_UNITS = ("months", "calendar_days", "working_days")

KIND_NAMES = {
    "deputy_inquiry": {"kk": "Депутаттық сауал", "ru": "Депутатский запрос", "en": "Deputy inquiry"},
    "recommendation": {"kk": "Қоғамдық кеңестің ұсынымдары", "ru": "Рекомендации общественного совета",
                       "en": "Public council recommendation"},
    "info_request": {"kk": "Ақпаратқа сұрау салу", "ru": "Запрос информации", "en": "Request for information"},
    "reminder": {"kk": "Еске салу хат", "ru": "Напоминание", "en": "Reminder"},
    "cover": {"kk": "Ілеспе хат", "ru": "Сопроводительное письмо", "en": "Cover letter"},
}

# Statutory answer terms used when the letter names none (legal-facts.md §1.2, §3.5, §4).
DEFAULT_TERMS: dict[str, tuple[int, str]] = {
    "deputy_inquiry": (1, "months"),
    "recommendation": (1, "months"),
    "info_request": (15, "calendar_days"),
}

# Longest accepted values: longer text cannot sit in a letterhead or an addressee block of one page.
MAX_SHORT = 400  # names, positions, organisations, addresses
MAX_NUMBER = 60
MAX_SUBJECT = 600
MAX_TEXT = 200_000


# --------------------------------------------------------------------------- model
@dataclass
class Body:
    """The council (or maslikhat) that sends the letter: its letterhead requisites."""

    name_kk: str = ""
    name_ru: str = ""
    address: str = ""
    address_kk: str = ""
    address_ru: str = ""
    phone: str = ""
    email: str = ""
    emblem: str = ""  # path to a PNG/JPEG, optional


@dataclass
class Addressee:
    organisation: str = ""
    position: str = ""
    name: str = ""

    def is_empty(self) -> bool:
        return not (self.organisation.strip() or self.position.strip() or self.name.strip())


@dataclass
class Reference:
    """A letter referred to: its number and date."""

    number: str = ""
    date: _dt.date | None = None


@dataclass
class Signer:
    position: str = ""
    name: str = ""


@dataclass
class Executor:
    name: str = ""
    phone: str = ""
    email: str = ""


@dataclass
class Attachment:
    title: str
    sheets: int | None = None


@dataclass
class Term:
    count: int
    unit: str  # one of TERM_UNITS


@dataclass
class ReminderOf:
    """What a reminder reminds of: the original letter, its term and the day the term expired."""

    number: str = ""
    date: _dt.date | None = None
    kind: str = ""  # kind of the original letter (optional; chooses the wording)
    subject: str = ""
    term: Term | None = None
    due: _dt.date | None = None


@dataclass
class Letter:
    kind: str = ""
    language: str = ""
    number: str = ""
    date: _dt.date | None = None
    body: Body = field(default_factory=Body)
    addressee: Addressee = field(default_factory=Addressee)
    reply_to: Reference | None = None
    subject: str = ""
    text: str = ""
    points: list[str] = field(default_factory=list)
    legal_basis: str = ""
    attachments: list[Attachment] = field(default_factory=list)
    signer: Signer = field(default_factory=Signer)
    executor: Executor = field(default_factory=Executor)
    reminder: ReminderOf | None = None
    term: Term | None = None  # answer term requested (defaults per kind)


# --------------------------------------------------------------------------- problems
@dataclass(frozen=True)
class Problem:
    """One reason a letter cannot be rendered or issued. ``field`` is a dotted key of the JSON format."""

    field: str
    code: str  # missing | invalid | unknown | too_long
    message: str

    def as_dict(self) -> dict[str, str]:
        return {"field": self.field, "code": self.code, "message": self.message}


class LetterError(ValueError):
    """The letter cannot be used as it is; ``problems`` lists every reason, each naming its field."""

    def __init__(self, problems: list[Problem], source: str = "") -> None:
        self.problems = list(problems)
        self.source = source
        super().__init__(describe_problems(self.problems, source))

    @property
    def missing(self) -> list[str]:
        return [p.field for p in self.problems if p.code == "missing"]


def describe_problems(problems: Iterable[Problem], source: str = "") -> str:
    problems = list(problems)
    missing = [p.field for p in problems if p.code == "missing"]
    others = [p for p in problems if p.code != "missing"]
    parts = []
    if missing:
        parts.append("missing required field" + ("s" if len(missing) > 1 else "") + ": " + ", ".join(missing))
    parts.extend(f"{p.field}: {p.message}" for p in others)
    head = f"{source}: " if source else ""
    return head + "letter refused — " + "; ".join(parts) if parts else head + "letter is complete"


# --------------------------------------------------------------------------- reading JSON-like data
_TOP_KEYS = {
    "kind", "language", "number", "date", "body", "addressee", "reply_to", "subject", "text", "points",
    "legal_basis", "attachments", "signer", "executor", "reminder", "term",
}
_SUB_KEYS = {
    "body": {"name_kk", "name_ru", "address", "address_kk", "address_ru", "phone", "email", "emblem"},
    "addressee": {"organisation", "position", "name"},
    "reply_to": {"number", "date"},
    "signer": {"position", "name"},
    "executor": {"name", "phone", "email"},
    "reminder": {"number", "date", "kind", "subject", "term", "due"},
    "term": {"count", "unit"},
}


class _Reader:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def bad(self, key: str, code: str, message: str) -> None:
        self.problems.append(Problem(key, code, message))

    def text(self, data: Mapping[str, Any], name: str, key: str) -> str:
        value = data.get(name)
        if value is None:
            return ""
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.bad(key, "invalid", f"must be text, got {type(value).__name__}")
            return ""
        return str(value)

    def date(self, data: Mapping[str, Any], name: str, key: str) -> _dt.date | None:
        value = data.get(name)
        if value is None or value == "":
            return None
        if isinstance(value, _dt.date):
            return value
        if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            self.bad(key, "invalid", f"must be a date written YYYY-MM-DD, got {value!r}")
            return None
        try:
            return _dt.date.fromisoformat(value.strip())
        except ValueError:
            self.bad(key, "invalid", f"is not a real date: {value!r}")
            return None

    def mapping(self, data: Mapping[str, Any], name: str, key: str) -> Mapping[str, Any] | None:
        value = data.get(name)
        if value is None:
            return None
        if not isinstance(value, Mapping):
            self.bad(key, "invalid", f"must be an object with keys {', '.join(sorted(_SUB_KEYS[name]))}")
            return None
        unknown = sorted(set(value) - _SUB_KEYS[name])
        for k in unknown:
            self.bad(f"{key}.{k}", "unknown", f"unknown key (known: {', '.join(sorted(_SUB_KEYS[name]))})")
        return value

    def term(self, data: Mapping[str, Any], name: str, key: str) -> Term | None:
        value = data.get(name)
        if value is None or value == "":
            return None
        if not isinstance(value, Mapping):
            self.bad(key, "invalid", 'must be an object like {"count": 1, "unit": "months"}')
            return None
        for k in sorted(set(value) - _SUB_KEYS["term"]):
            self.bad(f"{key}.{k}", "unknown", "unknown key (known: count, unit)")
        count = value.get("count")
        unit = value.get("unit")
        ok = True
        if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= 365:
            self.bad(f"{key}.count", "invalid", f"must be a whole number from 1 to 365, got {count!r}")
            ok = False
        if unit not in TERM_UNITS:
            self.bad(f"{key}.unit", "invalid", f"must be one of {', '.join(TERM_UNITS)}, got {unit!r}")
            ok = False
        return Term(int(count), str(unit)) if ok else None  # type: ignore[arg-type]


def letter_from_dict(data: Any, source: str = "") -> Letter:
    """Build a :class:`Letter` from the JSON format of ``letter render --data``.

    Type errors and unknown keys raise :class:`LetterError` (with every problem listed); a letter that
    reads well but misses required fields is returned as is — call :func:`validate` or
    :func:`require_complete` for those.
    """
    r = _Reader()
    if not isinstance(data, Mapping):
        raise LetterError([Problem("(letter)", "invalid", "the letter must be a JSON object")], source)
    for k in sorted(set(data) - _TOP_KEYS):
        r.bad(k, "unknown", f"unknown key (known: {', '.join(sorted(_TOP_KEYS))})")
    letter = Letter(
        kind=r.text(data, "kind", "kind").strip(),
        language=r.text(data, "language", "language").strip(),
        number=r.text(data, "number", "number").strip(),
        date=r.date(data, "date", "date"),
        subject=r.text(data, "subject", "subject"),
        text=r.text(data, "text", "text"),
        legal_basis=r.text(data, "legal_basis", "legal_basis"),
        term=r.term(data, "term", "term"),
    )
    body = r.mapping(data, "body", "body")
    if body is not None:
        letter.body = Body(**{k: r.text(body, k, f"body.{k}") for k in _SUB_KEYS["body"]})
    addressee = r.mapping(data, "addressee", "addressee")
    if addressee is not None:
        letter.addressee = Addressee(**{k: r.text(addressee, k, f"addressee.{k}") for k in _SUB_KEYS["addressee"]})
    reply = r.mapping(data, "reply_to", "reply_to")
    if reply is not None and any(reply.get(k) not in (None, "") for k in ("number", "date")):
        letter.reply_to = Reference(r.text(reply, "number", "reply_to.number").strip(),
                                    r.date(reply, "date", "reply_to.date"))
    signer = r.mapping(data, "signer", "signer")
    if signer is not None:
        letter.signer = Signer(**{k: r.text(signer, k, f"signer.{k}") for k in _SUB_KEYS["signer"]})
    executor = r.mapping(data, "executor", "executor")
    if executor is not None:
        letter.executor = Executor(**{k: r.text(executor, k, f"executor.{k}") for k in _SUB_KEYS["executor"]})
    reminder = r.mapping(data, "reminder", "reminder")
    if reminder is not None:
        letter.reminder = ReminderOf(
            number=r.text(reminder, "number", "reminder.number").strip(),
            date=r.date(reminder, "date", "reminder.date"),
            kind=r.text(reminder, "kind", "reminder.kind").strip(),
            subject=r.text(reminder, "subject", "reminder.subject"),
            term=r.term(reminder, "term", "reminder.term"),
            due=r.date(reminder, "due", "reminder.due"),
        )
    letter.points = _string_list(r, data.get("points"), "points")
    letter.attachments = _attachments(r, data.get("attachments"))
    if r.problems:
        raise LetterError(r.problems, source)
    return letter


def _string_list(r: _Reader, value: Any, key: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        r.bad(key, "invalid", "must be a list of strings")
        return []
    out = []
    for i, item in enumerate(value, 1):
        if isinstance(item, bool) or not isinstance(item, str | int | float):
            r.bad(f"{key}[{i}]", "invalid", "must be text")
            continue
        if str(item).strip():
            out.append(str(item))
    return out


def _attachments(r: _Reader, value: Any) -> list[Attachment]:
    if value is None:
        return []
    if not isinstance(value, list):
        r.bad("attachments", "invalid", 'must be a list of strings or {"title": ..., "sheets": N} objects')
        return []
    out = []
    for i, item in enumerate(value, 1):
        key = f"attachments[{i}]"
        if isinstance(item, str):
            if item.strip():
                out.append(Attachment(item))
        elif isinstance(item, Mapping):
            for k in sorted(set(item) - {"title", "sheets"}):
                r.bad(f"{key}.{k}", "unknown", "unknown key (known: title, sheets)")
            title = r.text(item, "title", f"{key}.title")
            sheets = item.get("sheets")
            if sheets is not None and (isinstance(sheets, bool) or not isinstance(sheets, int) or sheets < 1):
                r.bad(f"{key}.sheets", "invalid", f"must be a whole number of sheets, got {sheets!r}")
                sheets = None
            if not title.strip():
                r.bad(f"{key}.title", "missing", "the attachment needs a title")
            else:
                out.append(Attachment(title, sheets))
        else:
            r.bad(key, "invalid", 'must be a string or {"title": ..., "sheets": N}')
    return out


def letter_to_dict(letter: Letter) -> dict[str, Any]:
    """The JSON form of a letter (the inverse of :func:`letter_from_dict`); empty parts are left out."""

    def clean(value: Any) -> Any:
        if isinstance(value, _dt.date):
            return value.isoformat()
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items() if v not in (None, "", [], {})}
        if isinstance(value, list):
            return [clean(v) for v in value]
        return value

    raw = asdict(letter)
    raw["attachments"] = [
        a.title if a.sheets is None else {"title": a.title, "sheets": a.sheets} for a in letter.attachments
    ]
    out = clean(raw)
    return {k: v for k, v in out.items() if v not in (None, "", [], {})}


# --------------------------------------------------------------------------- validation
def required_fields(kind: str) -> list[str]:
    """Dotted names of the fields a letter of ``kind`` must have (besides kind, language and date)."""
    fields = ["body.name_kk", "body.name_ru", "addressee.organisation", "signer.position", "signer.name",
              "executor.name", "executor.phone"]
    if kind == "deputy_inquiry":
        fields += ["addressee.name", "subject", "text"]
    elif kind == "recommendation":
        fields += ["subject", "points"]
    elif kind == "info_request":
        fields += ["subject"]
    elif kind == "reminder":
        fields += ["reminder.number", "reminder.date", "reminder.due"]
    elif kind == "cover":
        fields += ["attachments"]
    return fields


def _get(letter: Letter, dotted: str) -> Any:
    obj: Any = letter
    for part in dotted.split("."):
        if obj is None:
            return None
        obj = getattr(obj, part)
    return obj


def _empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list):
        return not value
    return False


def validate(letter: Letter, *, require_number: bool = True, today: _dt.date | None = None) -> list[Problem]:
    """Every problem of the letter, each naming its field. Empty list = the letter can be rendered.

    ``require_number=False`` is for drafts and for issuing (the register assigns the number and date).
    """
    problems: list[Problem] = []

    def missing(key: str, what: str) -> None:
        problems.append(Problem(key, "missing", what))

    if letter.kind not in KINDS:
        if _empty(letter.kind):
            missing("kind", f"choose one of {', '.join(KINDS)}")
        else:
            problems.append(Problem("kind", "invalid", f"must be one of {', '.join(KINDS)}, got {letter.kind!r}"))
    if letter.language not in LANGUAGES:
        if _empty(letter.language):
            missing("language", "kk or ru")
        else:
            problems.append(Problem("language", "invalid", f"must be kk or ru, got {letter.language!r}"))
    if require_number:
        if _empty(letter.number):
            missing("number", "the outgoing registry number")
        if letter.date is None:
            missing("date", "the date of the letter")
    if letter.kind in KINDS:
        addressee_missing = letter.addressee.is_empty()
        if addressee_missing:
            missing("addressee", "to whom the letter goes: organisation, position and name")
        for key in required_fields(letter.kind):
            if addressee_missing and key.startswith("addressee."):
                continue
            if _empty(_get(letter, key)):
                missing(key, _WHAT.get(key, "required"))
    if letter.reply_to is not None:
        if _empty(letter.reply_to.number):
            missing("reply_to.number", "the number of the letter answered")
        if letter.reply_to.date is None:
            missing("reply_to.date", "the date of the letter answered")
    if letter.reminder is not None and letter.reminder.kind and letter.reminder.kind not in KINDS:
        problems.append(Problem("reminder.kind", "invalid",
                                f"must be one of {', '.join(KINDS)}, got {letter.reminder.kind!r}"))
    rem = letter.reminder
    if rem is not None and rem.date is not None and rem.due is not None and rem.due < rem.date:
        problems.append(Problem("reminder.due", "invalid", "the term cannot expire before the letter was sent"))
    if rem is not None and rem.due is not None and letter.date is not None and letter.date <= rem.due:
        problems.append(Problem("reminder.due", "invalid",
                                f"the term runs until {dates.numeric(rem.due)}: the answer is not overdue yet "
                                f"on {dates.numeric(letter.date)}"))
    problems.extend(_length_problems(letter))
    return problems


def _length_problems(letter: Letter) -> list[Problem]:
    limits: list[tuple[str, str, int]] = [("number", letter.number, MAX_NUMBER),
                                          ("subject", letter.subject, MAX_SUBJECT),
                                          ("text", letter.text, MAX_TEXT),
                                          ("legal_basis", letter.legal_basis, MAX_TEXT)]
    for group in ("body", "addressee", "signer", "executor"):
        obj = getattr(letter, group)
        for name, value in asdict(obj).items():
            if isinstance(value, str):
                limits.append((f"{group}.{name}", value, MAX_SHORT))
    if letter.reply_to is not None:
        limits.append(("reply_to.number", letter.reply_to.number, MAX_NUMBER))
    if letter.reminder is not None:
        limits.append(("reminder.number", letter.reminder.number, MAX_NUMBER))
        limits.append(("reminder.subject", letter.reminder.subject, MAX_SUBJECT))
    for i, point in enumerate(letter.points, 1):
        limits.append((f"points[{i}]", point, MAX_TEXT))
    for i, att in enumerate(letter.attachments, 1):
        limits.append((f"attachments[{i}].title", att.title, MAX_SUBJECT))
    return [Problem(key, "too_long", f"is {len(value)} characters long; at most {limit} fit")
            for key, value, limit in limits if len(value) > limit]


def require_complete(letter: Letter, *, require_number: bool = True, source: str = "") -> None:
    problems = validate(letter, require_number=require_number)
    if problems:
        raise LetterError(problems, source)


_WHAT = {
    "body.name_kk": "the council's name in Kazakh (letterhead)",
    "body.name_ru": "the council's name in Russian (letterhead)",
    "addressee.organisation": "the addressee's organisation",
    "addressee.name": "the addressee's name (an inquiry goes to an official)",
    "signer.position": "the signer's position",
    "signer.name": "the signer's name",
    "executor.name": "the executor (who prepared the letter)",
    "executor.phone": "the executor's phone",
    "subject": "the heading: what the letter is about",
    "text": "the text of the letter",
    "points": "at least one numbered point",
    "reminder.number": "the number of the letter that went unanswered",
    "reminder.date": "the date of the letter that went unanswered",
    "reminder.due": "the date the answer term expired",
    "attachments": "at least one attached document",
}


# --------------------------------------------------------------------------- wording helpers
_RU_ONES_NOM = ["", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять",
                "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать",
                "семнадцать", "восемнадцать", "девятнадцать"]
_RU_ONES_GEN = ["", "одного", "двух", "трех", "четырех", "пяти", "шести", "семи", "восьми", "девяти", "десяти",
                "одиннадцати", "двенадцати", "тринадцати", "четырнадцати", "пятнадцати", "шестнадцати",
                "семнадцати", "восемнадцати", "девятнадцати"]
_RU_TENS_NOM = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят",
                "девяносто"]
_RU_TENS_GEN = ["", "", "двадцати", "тридцати", "сорока", "пятидесяти", "шестидесяти", "семидесяти",
                "восьмидесяти", "девяноста"]
_KK_ONES = ["", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"]
_KK_TENS = ["", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"]


def ru_number_words(n: int, case: str = "nom") -> str:
    """1–99 in words, masculine, nominative or genitive ("пятнадцать" / "пятнадцати")."""
    if not 1 <= n <= 99:
        return str(n)
    ones, tens = (_RU_ONES_GEN, _RU_TENS_GEN) if case == "gen" else (_RU_ONES_NOM, _RU_TENS_NOM)
    if n < 20:
        return ones[n]
    return (tens[n // 10] + (" " + ones[n % 10] if n % 10 else "")).strip()


def kk_number_words(n: int) -> str:
    """1–99 in Kazakh words ("он бес")."""
    if not 1 <= n <= 99:
        return str(n)
    return " ".join(w for w in (_KK_TENS[n // 10], _KK_ONES[n % 10]) if w)


def _ru_plural(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


_RU_UNITS = {
    # unit: (nominative one/few/many, genitive one/many)
    "months": (("месяц", "месяца", "месяцев"), ("месяца", "месяцев")),
    "calendar_days": (("календарный день", "календарных дня", "календарных дней"),
                      ("календарного дня", "календарных дней")),
    "working_days": (("рабочий день", "рабочих дня", "рабочих дней"), ("рабочего дня", "рабочих дней")),
}
_KK_UNITS = {"months": "ай", "calendar_days": "күнтізбелік күн", "working_days": "жұмыс күні"}


def term_phrase(term: Term, lang: str, case: str = "nom") -> str:
    """"один месяц" / "пятнадцати календарных дней" (case="gen") / "он бес күнтізбелік күн"."""
    n = term.count
    if lang == "kk":
        return f"{kk_number_words(n)} {_KK_UNITS[term.unit]}"
    nom, gen = _RU_UNITS[term.unit]
    if case == "gen":
        noun = gen[0] if (n % 10 == 1 and n % 100 != 11) else gen[1]
    else:
        noun = _ru_plural(n, *nom)
    return f"{ru_number_words(n, case)} {noun}"


_KK_LOCATIVE = {
    "қаңтар": "қаңтарда", "ақпан": "ақпанда", "наурыз": "наурызда", "сәуір": "сәуірде", "мамыр": "мамырда",
    "маусым": "маусымда", "шілде": "шілдеде", "тамыз": "тамызда", "қыркүйек": "қыркүйекте",
    "қазан": "қазанда", "қараша": "қарашада", "желтоқсан": "желтоқсанда",
}


def kk_date_locative(d: _dt.date) -> str:
    """"2024 жылғы 1 наурызда" — on that day."""
    return f"{d.year} жылғы {d.day} {_KK_LOCATIVE[dates.KK_MONTHS[d.month - 1]]}"


def signature_name(name: str) -> str:
    """Initials and surname for the signature block.

    "Иванов Иван Иванович" → "И.И. Иванов"; "Сейтқали Айгүл Болатқызы" → "А.Б. Сейтқали";
    a name already written with initials ("И.И. Иванов", "Иванов И.И.") is printed as typed.
    """
    clean = " ".join(name.split())
    if not clean:
        return ""
    parts = clean.split(" ")
    if any(re.fullmatch(r"(\w\.)+", p) for p in parts) or len(parts) == 1 or len(parts) > 3:
        return clean
    surname, *given = parts
    initials = "".join(p[0].upper() + "." for p in given if p and p[0].isalpha())
    return f"{initials} {surname}" if initials else clean


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


# --------------------------------------------------------------------------- standard wording
L148 = {
    "ru": "Закона Республики Казахстан от 23 января 2001 года № 148 «О местном государственном управлении "
          "и самоуправлении в Республике Казахстан»",
    "kk": "«Қазақстан Республикасындағы жергілікті мемлекеттік басқару және өзін-өзі басқару туралы» "
          "2001 жылғы 23 қаңтардағы № 148 Қазақстан Республикасы Заңының",
}
L383 = {
    "ru": "Закона Республики Казахстан от 2 ноября 2015 года № 383-V «Об общественных советах»",
    "kk": "«Қоғамдық кеңестер туралы» 2015 жылғы 2 қарашадағы № 383-V Қазақстан Республикасы Заңының",
}
L401 = {
    "ru": "Закона Республики Казахстан от 16 ноября 2015 года № 401-V «О доступе к информации»",
    "kk": "«Ақпаратқа қол жеткізу туралы» 2015 жылғы 16 қарашадағы № 401-V Қазақстан Республикасы Заңының",
}

TITLES = {
    "deputy_inquiry": {"ru": "ДЕПУТАТСКИЙ ЗАПРОС", "kk": "ДЕПУТАТТЫҚ САУАЛ"},
    "recommendation": {"ru": "РЕКОМЕНДАЦИИ ОБЩЕСТВЕННОГО СОВЕТА", "kk": "ҚОҒАМДЫҚ КЕҢЕСТІҢ ҰСЫНЫМДАРЫ"},
    "info_request": {"ru": "ЗАПРОС О ПРЕДОСТАВЛЕНИИ ИНФОРМАЦИИ", "kk": "АҚПАРАТҚА СҰРАУ САЛУ"},
    "reminder": {"ru": "НАПОМИНАНИЕ", "kk": "ЕСКЕ САЛУ"},
    "cover": {"ru": "", "kk": ""},
}
DEFAULT_SUBJECTS = {
    "reminder": {"ru": "О непредставлении ответа", "kk": "Жауаптың ұсынылмауы туралы"},
    "cover": {"ru": "О направлении документов", "kk": "Құжаттарды жолдау туралы"},
}
LEADS = {
    "deputy_inquiry": {
        "ru": f"В соответствии со статьей 21-1 {L148['ru']} направляю Вам депутатский запрос.",
        "kk": f"{L148['kk']} 21-1-бабына сәйкес Сізге депутаттық сауал жолдаймын.",
    },
    "recommendation": {
        "ru": f"В соответствии со статьей 5 {L383['ru']} общественный совет направляет Вам рекомендации.",
        "kk": f"{L383['kk']} 5-бабына сәйкес қоғамдық кеңес Сізге ұсынымдар жолдайды.",
    },
    "info_request": {
        "ru": f"В соответствии со статьей 11 {L401['ru']} направляю Вам запрос о предоставлении информации.",
        "kk": f"{L401['kk']} 11-бабына сәйкес Сізге ақпаратқа сұрау салу жолдаймын.",
    },
}
POINTS_LEADS = {
    "deputy_inquiry": {"ru": "В связи с изложенным прошу:", "kk": "Осыған байланысты мыналарды сұраймын:"},
    "recommendation": {"ru": "Общественный совет рекомендует:", "kk": "Қоғамдық кеңес мыналарды ұсынады:"},
    "info_request": {"ru": "Прошу предоставить следующие сведения:",
                     "kk": "Мынадай мәліметтерді беруіңізді сұраймын:"},
}
COVER_LEAD = {"ru": "Направляем Вам документы согласно приложению.",
              "kk": "Сізге қосымшаға сәйкес құжаттарды жолдаймыз."}
REMINDED_KIND = {
    "deputy_inquiry": {"ru": "был направлен депутатский запрос", "kk": "депутаттық сауал"},
    "recommendation": {"ru": "были направлены рекомендации общественного совета",
                       "kk": "қоғамдық кеңестің ұсынымдары"},
    "info_request": {"ru": "был направлен запрос о предоставлении информации", "kk": "ақпаратқа сұрау салу"},
    "": {"ru": "было направлено письмо", "kk": "хат"},
}
LABELS = {
    "ru": {"attachment": "Приложение:", "executor": "Исп.", "phone": "Тел.", "email": "E-mail:",
           "legal_basis": "Основание:", "draft": "ПРОЕКТ", "sheets": "на {n} л."},
    "kk": {"attachment": "Қосымша:", "executor": "Орынд.", "phone": "Тел.", "email": "E-mail:",
           "legal_basis": "Негіздеме:", "draft": "ЖОБА", "sheets": "{n} парақ"},
}


def closing(letter: Letter) -> str:
    """The standard closing sentence asking for the answer within the statutory term."""
    lang, kind = letter.language, letter.kind
    if kind not in DEFAULT_TERMS:
        return ""
    term = letter.term or Term(*DEFAULT_TERMS[kind])
    if kind == "deputy_inquiry":
        if lang == "ru":
            return (f"Ответ прошу представить в письменной форме в течение {term_phrase(term, 'ru', 'gen')} "
                    "со дня получения запроса (пункт 2 статьи 21-1 Закона).")
        return (f"Жауапты сауалды алған күннен бастап {term_phrase(term, 'kk')} ішінде жазбаша түрде "
                "беруіңізді сұраймын (Заңның 21-1-бабының 2-тармағы).")
    if kind == "recommendation":
        if lang == "ru":
            return ("Рекомендации общественного совета обязательны для рассмотрения. Просим в течение "
                    f"{term_phrase(term, 'ru', 'gen')} принять соответствующие решения и (или) дать мотивированный "
                    "ответ, подписанный первым руководителем или лицом, его замещающим (пункт 2 статьи 5 Закона).")
        return ("Қоғамдық кеңестің ұсынымдары міндетті түрде қаралуға жатады. "
                f"{_cap(term_phrase(term, 'kk'))} ішінде тиісті шешімдер қабылдауыңызды және (немесе) бірінші басшы "
                "немесе оны алмастыратын адам қол қойған уәжді жауап беруіңізді сұраймыз (Заңның 5-бабының "
                "2-тармағы).")
    if lang == "ru":
        return (f"Ответ прошу направить в письменной форме на языке запроса в течение "
                f"{term_phrase(term, 'ru', 'gen')} со дня регистрации запроса (статья 11 Закона).")
    return (f"Жауапты сұрау салу тіркелген күннен бастап {term_phrase(term, 'kk')} ішінде сұрау салу тілінде "
            "жазбаша түрде жолдауыңызды сұраймын (Заңның 11-бабы).")


def reminder_paragraphs(letter: Letter) -> list[str]:
    """The standard reminder text: original number and date, the term and the day it expired."""
    rem = letter.reminder
    if rem is None or rem.date is None or rem.due is None:
        return []
    lang = letter.language
    kind_phrase = REMINDED_KIND.get(rem.kind if rem.kind in REMINDED_KIND else "", REMINDED_KIND[""])[lang]
    term = rem.term or (Term(*DEFAULT_TERMS[rem.kind]) if rem.kind in DEFAULT_TERMS else None)
    subject = rem.subject.strip()
    on = letter.date
    if lang == "ru":
        first = (f"Напоминаем, что письмом от {dates.numeric(rem.date)} № {rem.number} Вам {kind_phrase}"
                 + (f" «{subject}»" if subject else "") + ".")
        second = ("Установленный срок ответа" + (f" — {term_phrase(term, 'ru')} —" if term else "")
                  + f" истек {dates.long_form(rem.due, 'ru')}.")
        third = (f"По состоянию на {dates.numeric(on)} ответ не поступил." if on else "Ответ до настоящего времени "
                 "не поступил.")
        return [first, second, third, "Просим незамедлительно представить ответ."]
    first = (f"Сізге {dates.long_form(rem.date, 'kk', attributive=True)} № {rem.number} хатпен "
             + (f"«{subject}» " if subject else "") + f"{kind_phrase} жолданғанын еске саламыз.")
    second = ("Белгіленген жауап беру мерзімі" + (f" ({term_phrase(term, 'kk')})" if term else "")
              + f" {kk_date_locative(rem.due)} аяқталды.")
    third = (f"{dates.long_form(on, 'kk', attributive=True)} жағдай бойынша жауап түскен жоқ." if on
             else "Осы уақытқа дейін жауап түскен жоқ.")
    return [first, second, third, "Жауапты кідіртпей ұсынуыңызды сұраймыз."]


def number_line(letter: Letter) -> str:
    """"№ 01-12/1-45 от 15.03.2024" / "15.03.2024 № 01-12/1-45"; blanks while the letter is a draft."""
    number = letter.number.strip() or "__________"
    day = dates.numeric(letter.date) if letter.date else "__________"
    if letter.language == "kk":
        return f"{day} № {number}"
    return f"№ {number} от {day}"


def reply_line(letter: Letter) -> str:
    """"На № 123 от 01.03.2024" / "2024 жылғы 1 наурыздағы № 123 хатыңызға"."""
    ref = letter.reply_to
    if ref is None or not ref.number.strip() or ref.date is None:
        return ""
    if letter.language == "kk":
        return f"{dates.long_form(ref.date, 'kk', attributive=True)} № {ref.number.strip()} хатыңызға"
    return f"На № {ref.number.strip()} от {dates.numeric(ref.date)}"


def qr_payload(number: str, date: _dt.date) -> str:
    """What the QR code carries: a format tag, the date and the registry number (last, may hold ';')."""
    return f"DDL1;{date.isoformat()};{number}"


def parse_qr_payload(payload: str) -> tuple[str, _dt.date] | None:
    """(number, date) from a scanned QR payload, or None when it is not one of ours."""
    parts = payload.strip().split(";", 2)
    if len(parts) != 3 or parts[0] != "DDL1":
        return None
    try:
        return parts[2], _dt.date.fromisoformat(parts[1])
    except ValueError:
        return None


def split_paragraphs(text: str) -> list[str]:
    """User text → paragraphs: each non-empty line is a paragraph, as typed."""
    return [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]


# --------------------------------------------------------------------------- composition
@dataclass(frozen=True)
class Block:
    """One printed paragraph of the letter's main part. ``role``: title, subject, text, point, closing,
    basis, attachments_head, attachment."""

    role: str
    text: str
    number: int | None = None  # for points and attachment items

    @property
    def display(self) -> str:
        return f"{self.number}. {self.text}" if self.number is not None else self.text


@dataclass
class Composed:
    """Everything printed on the letter, in its language, in order. Renderers only lay it out."""

    language: str
    kind: str
    name_kk: str
    name_ru: str
    address_kk: str
    address_ru: str
    contacts: str
    emblem: str
    number_line: str
    reply_line: str
    addressee_lines: list[str]
    blocks: list[Block]
    signer_position: str
    signer_name: str
    executor_lines: list[str]
    qr_payload: str
    draft_mark: str

    def lines(self) -> list[str]:
        """All printed strings in reading order (used by tests to compare PDF and DOCX)."""
        out = [self.name_kk, self.name_ru, self.address_kk, self.address_ru, self.contacts, self.number_line,
               self.reply_line, *self.addressee_lines, *(b.display for b in self.blocks), self.signer_position,
               self.signer_name, *self.executor_lines]
        return [s for s in out if s]


def compose(letter: Letter, *, draft: bool = False) -> Composed:
    """Every printed line of ``letter`` in its language. The letter must be valid (see :func:`validate`);
    ``draft=True`` allows a missing number and date and marks the page as a draft."""
    lang = letter.language if letter.language in LANGUAGES else "ru"
    kind = letter.kind
    body = letter.body
    address_kk = body.address_kk.strip() or body.address.strip()
    address_ru = body.address_ru.strip() or body.address.strip()
    contacts = ", ".join(s for s in (
        f"{LABELS[lang]['phone']} {body.phone.strip()}" if body.phone.strip() else "",
        f"{LABELS[lang]['email']} {body.email.strip()}" if body.email.strip() else "",
    ) if s)
    blocks: list[Block] = []
    title = TITLES.get(kind, {}).get(lang, "")
    if title:
        blocks.append(Block("title", title))
    subject = letter.subject.strip() or DEFAULT_SUBJECTS.get(kind, {}).get(lang, "")
    if subject:
        blocks.append(Block("subject", subject))
    text_paras = split_paragraphs(letter.text)
    if kind in LEADS:
        blocks.append(Block("text", LEADS[kind][lang]))
    if kind == "reminder":
        blocks.extend(Block("text", p) for p in reminder_paragraphs(letter))
    if kind == "cover" and not text_paras:
        blocks.append(Block("text", COVER_LEAD[lang]))
    blocks.extend(Block("text", p) for p in text_paras)
    if letter.points:
        lead = POINTS_LEADS.get(kind, {}).get(lang, "")
        if lead and not (text_paras and text_paras[-1].rstrip().endswith(":")):
            blocks.append(Block("text", lead))
        blocks.extend(Block("point", p.strip(), i) for i, p in enumerate(letter.points, 1))
    basis = split_paragraphs(letter.legal_basis)
    if basis:
        blocks.append(Block("basis", f"{LABELS[lang]['legal_basis']} {basis[0]}"))
        blocks.extend(Block("basis", p) for p in basis[1:])
    end = closing(letter)
    if end:
        blocks.append(Block("closing", end))
    if letter.attachments:
        blocks.append(Block("attachments_head", LABELS[lang]["attachment"]))
        for i, att in enumerate(letter.attachments, 1):
            sheets = f" {LABELS[lang]['sheets'].format(n=att.sheets)}" if att.sheets else ""
            if lang == "kk" and sheets:
                sheets = "," + sheets
            number = i if len(letter.attachments) > 1 else None
            blocks.append(Block("attachment", f"{att.title.strip()}{sheets}", number))
    executor_lines = []
    if letter.executor.name.strip():
        executor_lines.append(f"{LABELS[lang]['executor']} {letter.executor.name.strip()}")
    if letter.executor.phone.strip():
        executor_lines.append(f"{LABELS[lang]['phone']} {letter.executor.phone.strip()}")
    if letter.executor.email.strip():
        executor_lines.append(f"{LABELS[lang]['email']} {letter.executor.email.strip()}")
    addressee = [s.strip() for s in (letter.addressee.organisation, letter.addressee.position,
                                     letter.addressee.name) if s.strip()]
    payload = qr_payload(letter.number.strip(), letter.date) if (letter.number.strip() and letter.date) else ""
    return Composed(
        language=lang, kind=kind, name_kk=body.name_kk.strip(), name_ru=body.name_ru.strip(),
        address_kk=address_kk, address_ru=address_ru if address_ru != address_kk else "", contacts=contacts,
        emblem=body.emblem.strip(), number_line=number_line(letter), reply_line=reply_line(letter),
        addressee_lines=addressee, blocks=blocks, signer_position=letter.signer.position.strip(),
        signer_name=signature_name(letter.signer.name), executor_lines=executor_lines, qr_payload=payload,
        draft_mark=LABELS[lang]["draft"] if draft else "",
    )
