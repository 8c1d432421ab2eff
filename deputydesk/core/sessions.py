"""Sessions of a maslikhat, a standing commission or a public council: rules, records, results.

Pure domain code: no Qt, no SQL, no file formats. Everything here is exact integer arithmetic — a quorum
of "at least 2/3" is ``present * 3 >= total * 2``, never a float compared with a rounded number.

Rules per body (statutory defaults and their sources are in ``shared/domain/legal-facts.md`` §2–3):

============== =========================== ===================================== ==================
body           quorum                      decision                              tie
============== =========================== ===================================== ==================
maslikhat      at least 2/3 of the total   majority (> 1/2) of the TOTAL number  chair's vote
               number of deputies          of deputies, not of those present     decides
               (L148 art. 8 §2, 11 §3)     (L148 art. 11 §3)                     (L148 art. 19 §6)
commission     more than 1/2 of members    majority of all members               not in the law:
               (L148 arts 12, 14 §3, 15)   (L148 arts 12, 14 §3, 15)             configurable
public council at least 2/3 of members     left to the Typical Regulation (not   configurable
               (PC art. 13)                read): default > 1/2 of members
                                           present, as PC arts 21, 23 use for
                                           hearings; configurable
============== =========================== ===================================== ==================

What the law fixes cannot be edited (:class:`RuleNotEditable`); what it leaves to the body's own
regulation can (:meth:`BodyRules.edit`), and the edited rule then names the body's regulation as its source.

Every verdict carries :class:`Explanation` objects — a language-independent code plus parameters — that
:mod:`deputydesk.core.sessions_text` renders in Kazakh, Russian or English.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any


# --------------------------------------------------------------------------------------------- enums
class BodyKind(StrEnum):
    MASLIKHAT = "maslikhat"
    COMMISSION = "commission"
    PUBLIC_COUNCIL = "public_council"


class Base(StrEnum):
    """What a majority is counted from."""

    TOTAL = "total"  # the total (established) number of members
    PRESENT = "present"  # members present at the vote
    CAST = "cast"  # votes cast: for + against + abstained
    DECISIVE = "decisive"  # for + against (abstentions not counted)


class TieRule(StrEnum):
    CHAIR_DECIDES = "chair_decides"  # the chair's vote decides when the votes are equally divided
    FAILS = "fails"  # an equal division means the proposal is not adopted


class ItemStatus(StrEnum):
    ADOPTED = "adopted"
    REJECTED = "rejected"
    NOT_VOTED = "not_voted"  # no vote recorded (information heard, procedural item)
    NO_QUORUM = "no_quorum"  # voted while the meeting had no quorum: no valid decision
    TIE_UNRESOLVED = "tie_unresolved"  # equal division, chair decides, chair's vote not recorded
    INVALID = "invalid"  # the recorded counts are impossible (more votes than members present)


# --------------------------------------------------------------------------------------------- sources
@dataclass(frozen=True)
class Source:
    """Where a rule comes from: a key of legal-facts.md §0 (L148, PC, …) and the article."""

    key: str
    article: str
    note: str = ""

    def cite(self) -> str:
        text = f"{self.key} {self.article}".strip()
        return f"{text} ({self.note})" if self.note else text

    def to_dict(self) -> dict[str, str]:
        return {"key": self.key, "article": self.article, "note": self.note}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Source:
        return cls(str(data.get("key", "")), str(data.get("article", "")), str(data.get("note", "")))


BODY_REGULATION = Source("REG", "", "set by the body's own regulation")

# Unit of the notice periods of L148 art. 10 §3 is not stated ("дней"); legal-facts.md §8.7.
NOTICE_UNIT_NOTE = "calendar days assumed; the statute says 'days' without a unit (legal-facts §8.7)"


# --------------------------------------------------------------------------------------------- ratio
@dataclass(frozen=True)
class Ratio:
    """"At least num/den" (``strict=False``) or "more than num/den" (``strict=True``) of a base count."""

    num: int
    den: int
    strict: bool

    def __post_init__(self) -> None:
        if not (isinstance(self.num, int) and isinstance(self.den, int)):
            raise TypeError("a ratio is made of integers")
        if self.den <= 0 or self.num < 0 or self.num > self.den:
            raise ValueError(f"invalid ratio {self.num}/{self.den}")

    def satisfied(self, count: int, base: int) -> bool:
        if self.strict:
            return count * self.den > self.num * base
        return count * self.den >= self.num * base

    def minimum(self, base: int) -> int:
        """The smallest count that satisfies the ratio for this base."""
        if self.strict:
            return (self.num * base) // self.den + 1
        return -((-self.num * base) // self.den)

    @property
    def text(self) -> str:
        return f"{self.num}/{self.den}"

    def to_dict(self) -> dict[str, Any]:
        return {"num": self.num, "den": self.den, "strict": self.strict}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Ratio:
        return cls(int(data["num"]), int(data["den"]), bool(data["strict"]))

    @classmethod
    def parse(cls, text: str) -> Ratio:
        """">=2/3", "at least 2/3", ">1/2", "more than 1/2" → Ratio."""
        t = text.strip().lower()
        m = re.fullmatch(r"(>=|≥|at least|>|more than)\s*(\d+)\s*/\s*(\d+)", t)
        if not m:
            raise ValueError(f"cannot read the ratio {text!r}; write for example '>=2/3' or '>1/2'")
        strict = m.group(1) in (">", "more than")
        return cls(int(m.group(2)), int(m.group(3)), strict)

    def __str__(self) -> str:
        return (">" if self.strict else ">=") + self.text


TWO_THIRDS = Ratio(2, 3, strict=False)
MORE_THAN_HALF = Ratio(1, 2, strict=True)


# --------------------------------------------------------------------------------------------- numbers
NUMBER_PRESETS: dict[str, str] = {
    "12-3/VIII": "{session}-{seq}/{convocation}",
    "18/103-VIII": "{session}/{running}-{convocation}",
    "29-5": "{session}-{seq}",
    "135": "{running}",
    "С-24/4": "С-{session}/{seq}",
    "369/45": "{running}/{session}",
}
NUMBER_FIELDS = ("session", "seq", "running", "convocation", "convocation_arabic")
_FIELD_RE = re.compile(r"\{([a-z_]+)\}")


class NumberFormatError(ValueError):
    pass


def check_number_format(template: str) -> None:
    """Raise :class:`NumberFormatError` unless the template uses only known fields and at least one number."""
    if not template or not template.strip():
        raise NumberFormatError("the decision number format is empty")
    fields = _FIELD_RE.findall(template)
    unknown = [f for f in fields if f not in NUMBER_FIELDS]
    if unknown:
        raise NumberFormatError(
            f"unknown field {{{unknown[0]}}} in the decision number format {template!r}; "
            f"known: " + ", ".join("{" + f + "}" for f in NUMBER_FIELDS))
    if "seq" not in fields and "running" not in fields:
        raise NumberFormatError(
            f"the decision number format {template!r} needs {{seq}} or {{running}} to tell decisions apart")
    stray = _FIELD_RE.sub("", template)
    if "{" in stray or "}" in stray:
        raise NumberFormatError(f"unbalanced braces in the decision number format {template!r}")


def format_decision_number(template: str, *, session: int, seq: int, convocation: int,
                           running: int | None = None) -> str:
    """Format a decision number: ``{session}-{seq}/{convocation}`` with session 12, seq 3, convocation 8
    gives "12-3/VIII". ``{running}`` is the decision's number counted through the convocation (or the
    body's whole history) and must be given when the template uses it."""
    check_number_format(template)
    if "{running}" in template and running is None:
        raise NumberFormatError(f"the format {template!r} needs a running decision number")
    values = {
        "session": str(session),
        "seq": str(seq),
        "running": "" if running is None else str(running),
        "convocation": to_roman(convocation) if convocation else "",
        "convocation_arabic": str(convocation),
    }
    return _FIELD_RE.sub(lambda m: values[m.group(1)], template)


def parse_decision_number(template: str, text: str) -> dict[str, int] | None:
    """Read a number back with its template ("12-3/VIII" → session 12, seq 3, convocation 8); None when it
    does not fit. Used to continue a running count from numbers already given."""
    check_number_format(template)
    pattern = ""
    pos = 0
    for m in _FIELD_RE.finditer(template):
        pattern += re.escape(template[pos:m.start()])
        name = m.group(1)
        pattern += f"(?P<{name}>[IVXLCDMivxlcdm]+)" if name == "convocation" else f"(?P<{name}>\\d+)"
        pos = m.end()
    pattern += re.escape(template[pos:])
    found = re.fullmatch(pattern, text.strip().lstrip("№N").strip())
    if not found:
        return None
    out: dict[str, int] = {}
    for name, value in found.groupdict().items():
        try:
            out[name] = from_roman(value) if name == "convocation" else int(value)
        except ValueError:
            return None
    return out


# --------------------------------------------------------------------------------------------- roman
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
# Cyrillic and Greek letters that people type for Roman numerals ("ХІІ" with Cyrillic Х and Kazakh І).
_ROMAN_LOOKALIKES = str.maketrans({"Х": "X", "х": "x", "І": "I", "і": "i", "Ι": "I", "М": "M", "м": "m",
                                   "С": "C", "с": "c", "Ӏ": "I", "ⅰ": "i", "Ⅰ": "I", "Ⅴ": "V", "Ⅹ": "X"})


def to_roman(n: int) -> str:
    if not isinstance(n, int) or isinstance(n, bool) or not 1 <= n <= 3999:
        raise ValueError(f"a convocation is a number from 1 to 3999, not {n!r}")
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def from_roman(text: str) -> int:
    """Parse a Roman numeral ("VIII", "viii", Cyrillic look-alikes such as "ХІІ"); only canonical forms."""
    raw = str(text).strip().translate(_ROMAN_LOOKALIKES).upper()
    if not raw or not re.fullmatch(r"[IVXLCDM]+", raw):
        raise ValueError(f"{text!r} is not a Roman numeral")
    total = 0
    i = 0
    for value, letters in _ROMAN:
        while raw.startswith(letters, i):
            total += value
            i += len(letters)
    if i != len(raw) or total == 0 or to_roman(total) != raw:
        raise ValueError(f"{text!r} is not a well-formed Roman numeral")
    return total


def parse_convocation(value: Any) -> int:
    """A convocation given as 8, "8" or "VIII" (Cyrillic look-alikes accepted)."""
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a convocation")
    if isinstance(value, int):
        to_roman(value)
        return value
    text = str(value).strip()
    if text.isdigit():
        n = int(text)
        to_roman(n)
        return n
    return from_roman(text)


# --------------------------------------------------------------------------------------------- rules
class RuleNotEditable(ValueError):
    """The law fixes this rule for this kind of body."""

    def __init__(self, kind: BodyKind, rule: str, source: Source) -> None:
        self.kind = kind
        self.rule = rule
        self.source = source
        super().__init__(f"the {rule} rule of a {kind.value} is fixed by law ({source.cite()}) and cannot be changed")


RULE_FIELDS = ("quorum", "majority", "majority_base", "tie", "number_format")


@dataclass(frozen=True)
class BodyRules:
    kind: BodyKind
    quorum: Ratio  # of the total number of members
    majority: Ratio
    majority_base: Base
    tie: TieRule
    number_format: str
    sources: Mapping[str, Source]
    editable: frozenset[str]

    @classmethod
    def default(cls, kind: BodyKind | str) -> BodyRules:
        kind = BodyKind(kind)
        if kind is BodyKind.MASLIKHAT:
            return cls(
                kind=kind, quorum=TWO_THIRDS, majority=MORE_THAN_HALF, majority_base=Base.TOTAL,
                tie=TieRule.CHAIR_DECIDES, number_format=NUMBER_PRESETS["12-3/VIII"],
                sources={
                    "quorum": Source("L148", "art. 8 §2; art. 11 §3"),
                    "majority": Source("L148", "art. 11 §3"),
                    "majority_base": Source("L148", "art. 11 §3"),
                    "tie": Source("L148", "art. 19 §6"),
                    "number_format": Source("EX", "legal-facts §2.4", "no national format; configurable"),
                },
                editable=frozenset({"number_format"}),
            )
        if kind is BodyKind.COMMISSION:
            return cls(
                kind=kind, quorum=MORE_THAN_HALF, majority=MORE_THAN_HALF, majority_base=Base.TOTAL,
                tie=TieRule.FAILS, number_format="{session}-{seq}",
                sources={
                    "quorum": Source("L148", "arts 12, 14 §3, 15"),
                    "majority": Source("L148", "arts 12, 14 §3, 15"),
                    "majority_base": Source("L148", "arts 12, 14 §3, 15"),
                    "tie": Source("DEFAULT", "", "not set by law; set it from the maslikhat's regulation"),
                    "number_format": Source("EX", "legal-facts §2.4", "no national format; configurable"),
                },
                editable=frozenset({"tie", "number_format"}),
            )
        return cls(
            kind=kind, quorum=TWO_THIRDS, majority=MORE_THAN_HALF, majority_base=Base.PRESENT,
            tie=TieRule.FAILS, number_format="{session}-{seq}",
            sources={
                "quorum": Source("PC", "art. 13"),
                "majority": Source("PCA", "arts 21, 23",
                                   "PC art. 13 leaves the decision procedure to the Typical Regulation (not "
                                   "read); default as PC arts 21, 23 set for hearings"),
                "majority_base": Source("PCA", "arts 21, 23", "members present, as for hearings"),
                "tie": Source("DEFAULT", "", "Typical Regulation not read; configurable"),
                "number_format": Source("EX", "legal-facts §2.4", "no national format; configurable"),
            },
            editable=frozenset({"majority", "majority_base", "tie", "number_format"}),
        )

    def edit(self, **changes: Any) -> BodyRules:
        """A copy with the given rules changed. Raises :class:`RuleNotEditable` for a rule the law fixes
        (an unchanged value is accepted), ValueError for an unknown rule or a bad value."""
        new: dict[str, Any] = {}
        sources = dict(self.sources)
        for name, value in changes.items():
            if name not in RULE_FIELDS:
                raise ValueError(f"unknown rule {name!r}; known: {', '.join(RULE_FIELDS)}")
            value = _coerce_rule(name, value)
            if value == getattr(self, name):
                continue
            if name not in self.editable:
                raise RuleNotEditable(self.kind, name, self.sources[name])
            new[name] = value
            sources[name] = BODY_REGULATION
        if not new:
            return self
        return replace(self, sources=sources, **new)

    def is_statutory(self, name: str) -> bool:
        """True when the rule is the law's (or the default) rather than one the body set itself."""
        return self.sources.get(name) != BODY_REGULATION

    def decision_required(self, total: int, present: int, votes: Votes) -> tuple[int, int]:
        """(votes for needed, base count) for this body's majority rule."""
        base = {
            Base.TOTAL: total,
            Base.PRESENT: present,
            Base.CAST: votes.cast,
            Base.DECISIVE: votes.in_favour + votes.against,
        }[self.majority_base]
        return self.majority.minimum(base), base

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "quorum": self.quorum.to_dict(),
            "majority": self.majority.to_dict(),
            "majority_base": self.majority_base.value,
            "tie": self.tie.value,
            "number_format": self.number_format,
            "sources": {k: v.to_dict() for k, v in self.sources.items()},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BodyRules:
        """Defaults of the kind, then the stored values applied through :meth:`edit` (so a stored value that
        contradicts the law is refused rather than silently used)."""
        rules = cls.default(data["kind"])
        changes = {}
        for name in RULE_FIELDS:
            if name in data and data[name] is not None:
                changes[name] = data[name]
        return rules.edit(**changes)


def _coerce_rule(name: str, value: Any) -> Any:
    if name in ("quorum", "majority"):
        if isinstance(value, Ratio):
            return value
        if isinstance(value, str):
            return Ratio.parse(value)
        if isinstance(value, Mapping):
            return Ratio.from_dict(value)
        raise ValueError(f"{name}: expected a ratio such as '>1/2', got {value!r}")
    if name == "majority_base":
        try:
            return Base(value)
        except ValueError:
            raise ValueError(f"majority_base: one of {', '.join(b.value for b in Base)}, not {value!r}") from None
    if name == "tie":
        try:
            return TieRule(value)
        except ValueError:
            raise ValueError(f"tie: one of {', '.join(t.value for t in TieRule)}, not {value!r}") from None
    if name == "number_format":
        check_number_format(str(value))
        return str(value)
    raise ValueError(name)


# --------------------------------------------------------------------------------------------- records
@dataclass
class Body:
    kind: BodyKind
    names: dict[str, str]  # language → name ("kk", "ru", optionally "en")
    total_members: int
    rules: BodyRules = None  # type: ignore[assignment]
    chair_title: dict[str, str] = field(default_factory=dict)  # overrides the default title per language

    def __post_init__(self) -> None:
        self.kind = BodyKind(self.kind)
        if self.rules is None:
            self.rules = BodyRules.default(self.kind)
        if self.rules.kind is not self.kind:
            raise ValueError(f"rules of a {self.rules.kind.value} given to a {self.kind.value}")
        if not isinstance(self.total_members, int) or isinstance(self.total_members, bool) \
                or self.total_members < 1:
            raise ValueError(f"the total number of members must be a positive integer, not {self.total_members!r}")

    def name(self, lang: str) -> str:
        for key in (lang, "kk" if lang == "ru" else "ru", "en", *self.names):
            if self.names.get(key):
                return self.names[key]
        return ""


class Localized:
    """Text fields with optional versions in other languages: ``alt = {"kk": {"title": "…"}}``.

    The plain attribute is the text as entered; :meth:`text` picks the version for a document's language."""

    alt: dict[str, dict[str, str]]

    def text(self, name: str, lang: str) -> str:
        value = self.alt.get(lang, {}).get(name)
        return value if value else str(getattr(self, name) or "")


@dataclass
class Attendee(Localized):
    name: str
    present: bool
    reason: str = ""
    member_id: str | None = None
    alt: dict[str, dict[str, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Votes:
    in_favour: int
    against: int
    abstained: int = 0

    def __post_init__(self) -> None:
        for label, value in (("for", self.in_favour), ("against", self.against), ("abstained", self.abstained)):
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ValueError(f"votes {label}: a whole number of zero or more, not {value!r}")

    @property
    def cast(self) -> int:
        return self.in_favour + self.against + self.abstained

    def to_dict(self) -> dict[str, int]:
        return {"for": self.in_favour, "against": self.against, "abstained": self.abstained}


@dataclass
class Speaker:
    name: str
    text: str = ""


class RaisedKind(StrEnum):
    RECOMMENDATION = "recommendation"
    INQUIRY = "inquiry"


@dataclass
class RaisedItem:
    """A recommendation or an inquiry raised at the session (a follow-up item)."""

    kind: RaisedKind
    addressee: str
    text: str
    due: _dt.date | None = None
    item_id: str | None = None  # the follow-up tracker's item, once created there
    status: str = ""
    id: str | None = None  # this record's id in the session's list of raised items


@dataclass
class AgendaItem(Localized):
    title: str
    rapporteur: str = ""
    co_rapporteurs: list[str] = field(default_factory=list)
    document_ids: list[str] = field(default_factory=list)
    heard: str = ""  # what the rapporteur reported (short)
    draft_decision: str = ""
    speakers: list[Speaker] = field(default_factory=list)
    votes: Votes | None = None
    present: int | None = None  # members present at this vote, when it differs from the session's
    chair_vote: str | None = None  # "for" / "against" — needed only for a tie under CHAIR_DECIDES
    decision_number: str | None = None  # given by hand; otherwise computed from the body's format
    decision_text: str = ""
    raised: list[RaisedItem] = field(default_factory=list)
    id: str | None = None
    alt: dict[str, dict[str, str]] = field(default_factory=dict)


@dataclass
class NextSession:
    date: _dt.date | None = None
    time: str = ""
    place: str = ""
    agenda: list[str] = field(default_factory=list)


@dataclass
class Session(Localized):
    body: Body
    convocation: int
    number: int
    start: _dt.date
    extraordinary: bool = False
    end: _dt.date | None = None
    time: str = ""
    place: str = ""
    chair: str = ""
    secretary: str = ""
    invited: list[str] = field(default_factory=list)
    attendance: list[Attendee] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    notice_sent: _dt.date | None = None
    materials_sent: _dt.date | None = None
    protocol_number: str = ""
    running_start: int | None = None  # running number of the session's first decision ({running})
    present_total: int | None = None  # members present, when the attendance list is not complete
    next_session: NextSession | None = None
    next_steps: list[str] = field(default_factory=list)
    id: str | None = None
    alt: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def last_day(self) -> _dt.date:
        return self.end or self.start

    @property
    def present_count(self) -> int:
        if self.present_total is not None:
            return self.present_total
        return sum(1 for a in self.attendance if a.present)

    @property
    def absent(self) -> list[Attendee]:
        return [a for a in self.attendance if not a.present]

    @property
    def present(self) -> list[Attendee]:
        return [a for a in self.attendance if a.present]


# --------------------------------------------------------------------------------------------- results
@dataclass(frozen=True)
class Explanation:
    """A language-independent reason: a code and its parameters. Render with :func:`explain`."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, lang: str) -> str:
        from deputydesk.core.sessions_text import render

        return render(self, lang)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "params": dict(self.params)}


@dataclass(frozen=True)
class QuorumVerdict:
    met: bool
    present: int
    total: int
    required: int
    explanation: Explanation

    def to_dict(self) -> dict[str, Any]:
        return {"met": self.met, "present": self.present, "total": self.total, "required": self.required,
                "code": self.explanation.code}


@dataclass(frozen=True)
class ItemResult:
    index: int  # 1-based position in the agenda
    status: ItemStatus
    quorum: QuorumVerdict
    number: str | None
    explanations: tuple[Explanation, ...]
    flags: tuple[str, ...] = ()
    required: int | None = None  # votes for needed
    base: int | None = None  # count the majority was taken from

    @property
    def adopted(self) -> bool:
        return self.status is ItemStatus.ADOPTED

    @property
    def voted_without_quorum(self) -> bool:
        return "voted_without_quorum" in self.flags


@dataclass(frozen=True)
class SessionEvaluation:
    quorum: QuorumVerdict
    items: tuple[ItemResult, ...]
    warnings: tuple[Explanation, ...]

    @property
    def adopted_count(self) -> int:
        return sum(1 for r in self.items if r.adopted)


def check_quorum(rules: BodyRules, present: int, total: int) -> QuorumVerdict:
    """Quorum is always counted from the total number of members."""
    required = rules.quorum.minimum(total)
    met = rules.quorum.satisfied(present, total)
    params = {"kind": rules.kind.value, "present": present, "total": total, "required": required,
              "num": rules.quorum.num, "den": rules.quorum.den, "strict": rules.quorum.strict,
              "source": rules.sources["quorum"].to_dict()}
    return QuorumVerdict(met, present, total, required,
                         Explanation("quorum.met" if met else "quorum.not_met", params))


def decide(rules: BodyRules, total: int, present: int, votes: Votes | None,
           chair_vote: str | None = None) -> tuple[ItemStatus, QuorumVerdict, list[Explanation], list[str],
                                                  int | None, int | None]:
    """Result of one vote by the body's rules: (status, quorum, explanations, flags, required, base)."""
    quorum = check_quorum(rules, present, total)
    explanations: list[Explanation] = [quorum.explanation]
    flags: list[str] = []
    if votes is None:
        explanations.append(Explanation("vote.not_voted", {}))
        return ItemStatus.NOT_VOTED, quorum, explanations, flags, None, None
    exceeds = votes.cast > present
    if exceeds:
        flags.append("votes_exceed_present")
        explanations.append(Explanation("vote.exceeds_present", {"cast": votes.cast, "present": present}))
    # Without a quorum no vote counts, whatever else is wrong with it.
    if not quorum.met:
        flags.append("voted_without_quorum")
        explanations.append(Explanation("vote.no_quorum", {"present": present, "required": quorum.required,
                                                           "total": total, "kind": rules.kind.value}))
        return ItemStatus.NO_QUORUM, quorum, explanations, flags, None, None
    if exceeds:
        return ItemStatus.INVALID, quorum, explanations, flags, None, None
    required, base = rules.decision_required(total, present, votes)
    params = {"kind": rules.kind.value, "for": votes.in_favour, "against": votes.against,
              "abstained": votes.abstained, "required": required, "base": base,
              "base_kind": rules.majority_base.value, "num": rules.majority.num, "den": rules.majority.den,
              "strict": rules.majority.strict, "total": total, "present": present,
              "source": rules.sources["majority"].to_dict()}
    if rules.majority.satisfied(votes.in_favour, base):
        explanations.append(Explanation("vote.adopted", params))
        return ItemStatus.ADOPTED, quorum, explanations, flags, required, base
    # An equal division that stops exactly short of the majority: "for" is half the base and equals "against".
    is_tie = votes.in_favour == votes.against and votes.in_favour * 2 == base and base > 0 \
        and rules.majority == MORE_THAN_HALF
    if is_tie:
        tie_params = dict(params, tie_source=rules.sources["tie"].to_dict())
        if rules.tie is TieRule.CHAIR_DECIDES:
            side = (chair_vote or "").strip().lower()
            if side == "for":
                explanations.append(Explanation("vote.tie_chair_for", tie_params))
                return ItemStatus.ADOPTED, quorum, explanations, flags, required, base
            if side == "against":
                explanations.append(Explanation("vote.tie_chair_against", tie_params))
                return ItemStatus.REJECTED, quorum, explanations, flags, required, base
            flags.append("tie_chair_vote_missing")
            explanations.append(Explanation("vote.tie_chair_unknown", tie_params))
            return ItemStatus.TIE_UNRESOLVED, quorum, explanations, flags, required, base
        explanations.append(Explanation("vote.tie_fails", tie_params))
        return ItemStatus.REJECTED, quorum, explanations, flags, required, base
    explanations.append(Explanation("vote.rejected", params))
    return ItemStatus.REJECTED, quorum, explanations, flags, required, base


def notice_warnings(session: Session) -> list[Explanation]:
    """Notice (10 / 3 days) and materials (5 / 3 days) sent later than L148 art. 10 §3 requires.

    Counted in calendar days: the statute says "дней" without a unit (legal-facts.md §8.7); the warning
    says so. Applies to maslikhat sessions; a public council's hearings need 10 calendar days (PC art. 21),
    which the council's own regulation may apply to meetings — not assumed here.
    """
    if session.body.kind is not BodyKind.MASLIKHAT:
        return []
    out: list[Explanation] = []
    checks = (("notice", session.notice_sent, 3 if session.extraordinary else 10),
              ("materials", session.materials_sent, 3 if session.extraordinary else 5))
    for what, sent, required in checks:
        if sent is None:
            continue
        days = (session.start - sent).days
        if days < required:
            out.append(Explanation(f"warning.{what}_late", {
                "sent": sent.isoformat(), "session": session.start.isoformat(), "days": days,
                "required": required, "extraordinary": session.extraordinary,
                "source": "L148 art. 10 §3", "unit_note": NOTICE_UNIT_NOTE}))
    return out


def evaluate(session: Session) -> SessionEvaluation:
    """Quorum of the session, the result and the decision number of every agenda item, and warnings."""
    rules = session.body.rules
    total = session.body.total_members
    present = session.present_count
    quorum = check_quorum(rules, present, total)
    warnings: list[Explanation] = []
    listed = len(session.attendance)
    if listed > total:
        warnings.append(Explanation("warning.attendance_exceeds_total", {"listed": listed, "total": total}))
    elif session.attendance and listed < total and session.present_total is None:
        warnings.append(Explanation("warning.attendance_incomplete", {"listed": listed, "total": total}))
    if not quorum.met:
        warnings.append(Explanation("warning.session_no_quorum", {"present": present, "total": total,
                                                                  "required": quorum.required}))
    if session.end is not None and session.end < session.start:
        warnings.append(Explanation("warning.end_before_start", {"start": session.start.isoformat(),
                                                                 "end": session.end.isoformat()}))
    warnings.extend(notice_warnings(session))
    chair_entry = [a for a in session.attendance if a.name.strip() and a.name.strip() == session.chair.strip()]
    if chair_entry and not chair_entry[0].present:
        warnings.append(Explanation("warning.chair_absent", {"chair": session.chair}))

    items: list[ItemResult] = []
    seq = 0
    for index, item in enumerate(session.agenda, start=1):
        item_present = item.present if item.present is not None else present
        status, item_quorum, explanations, flags, required, base = decide(
            rules, total, item_present, item.votes, item.chair_vote)
        number: str | None = None
        if status is ItemStatus.ADOPTED:
            seq += 1
            if item.decision_number:
                number = item.decision_number
            else:
                running = None if session.running_start is None else session.running_start + seq - 1
                if "{running}" in rules.number_format and running is None:
                    number = None
                    flags = [*flags, "number_needs_running_start"]
                else:
                    number = format_decision_number(rules.number_format, session=session.number, seq=seq,
                                                    convocation=session.convocation, running=running)
        if "voted_without_quorum" in flags:
            warnings.append(Explanation("warning.item_without_quorum", {
                "item": index, "present": item_present, "required": item_quorum.required}))
        if "votes_exceed_present" in flags:
            warnings.append(Explanation("warning.item_votes_exceed_present", {
                "item": index, "cast": item.votes.cast if item.votes else 0, "present": item_present}))
        if "tie_chair_vote_missing" in flags:
            warnings.append(Explanation("warning.item_tie_unresolved", {"item": index}))
        if item.present is not None and item.present > total:
            warnings.append(Explanation("warning.item_present_exceeds_total", {
                "item": index, "present": item.present, "total": total}))
        items.append(ItemResult(index, status, item_quorum, number, tuple(explanations), tuple(flags),
                                required, base))
    return SessionEvaluation(quorum, tuple(items), tuple(warnings))


# --------------------------------------------------------------------------------------------- input
class SessionDataError(ValueError):
    """Bad session data; ``path`` names the key ("agenda[2].votes.for")."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}" if path else reason)


def _get_int(data: Mapping[str, Any], key: str, path: str, *, required: bool = True, minimum: int = 0,
             default: int | None = None) -> int | None:
    if key not in data or data[key] is None:
        if required:
            raise SessionDataError(f"{path}{key}", "is required")
        return default
    value = data[key]
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value.strip())
        else:
            raise SessionDataError(f"{path}{key}", f"must be a whole number, not {value!r}")
    if value < minimum:
        raise SessionDataError(f"{path}{key}", f"must be at least {minimum}, not {value}")
    return value


def _get_str(data: Mapping[str, Any], key: str, path: str, *, required: bool = False) -> str:
    value = data.get(key)
    if value is None:
        if required:
            raise SessionDataError(f"{path}{key}", "is required")
        return ""
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        raise SessionDataError(f"{path}{key}", f"must be text, not {type(value).__name__}")
    text = str(value).strip()
    if required and not text:
        raise SessionDataError(f"{path}{key}", "must not be empty")
    return text


def _get_date(data: Mapping[str, Any], key: str, path: str, *, required: bool = False) -> _dt.date | None:
    value = data.get(key)
    if value in (None, ""):
        if required:
            raise SessionDataError(f"{path}{key}", "is required (YYYY-MM-DD)")
        return None
    try:
        return _dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise SessionDataError(f"{path}{key}", f"is not a date in the form YYYY-MM-DD: {value!r}") from None


def _get_list(data: Mapping[str, Any], key: str, path: str) -> list[Any]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise SessionDataError(f"{path}{key}", f"must be a list, not {type(value).__name__}")
    return value


def _strings(values: Iterable[Any], path: str) -> list[str]:
    out = []
    for i, v in enumerate(values):
        if isinstance(v, Mapping):
            v = v.get("name", "")
        if not isinstance(v, (str, int)) or isinstance(v, bool):
            raise SessionDataError(f"{path}[{i}]", "must be text")
        if str(v).strip():
            out.append(str(v).strip())
    return out


def body_from_dict(data: Any, path: str = "body.") -> Body:
    if not isinstance(data, Mapping):
        raise SessionDataError(path.rstrip("."), "must be an object with kind, name and total_members")
    kind_raw = _get_str(data, "kind", path, required=True)
    try:
        kind = BodyKind(kind_raw)
    except ValueError:
        raise SessionDataError(f"{path}kind", f"one of maslikhat, public_council, commission — not {kind_raw!r}") \
            from None
    names: dict[str, str] = {}
    name_value = data.get("name")
    if isinstance(name_value, Mapping):
        names = {str(k): str(v).strip() for k, v in name_value.items() if v}
    elif name_value is not None:
        names = {"kk": str(name_value).strip(), "ru": str(name_value).strip()}
    for lang in ("kk", "ru", "en"):
        if data.get(f"name_{lang}"):
            names[lang] = str(data[f"name_{lang}"]).strip()
    if not any(names.values()):
        raise SessionDataError(f"{path}name", "is required")
    total = _get_int(data, "total_members", path, minimum=1)
    rules = BodyRules.default(kind)
    if isinstance(data.get("rules"), Mapping):
        try:
            rules = rules.edit(**{k: v for k, v in data["rules"].items() if k in RULE_FIELDS})
        except ValueError as exc:
            raise SessionDataError(f"{path}rules", str(exc)) from None
        unknown = [k for k in data["rules"] if k not in RULE_FIELDS]
        if unknown:
            raise SessionDataError(f"{path}rules.{unknown[0]}", f"unknown rule; known: {', '.join(RULE_FIELDS)}")
    if data.get("number_format"):
        try:
            rules = rules.edit(number_format=str(data["number_format"]))
        except ValueError as exc:
            raise SessionDataError(f"{path}number_format", str(exc)) from None
    chair_title = data.get("chair_title") or {}
    if isinstance(chair_title, str):
        chair_title = {"kk": chair_title, "ru": chair_title, "en": chair_title}
    assert total is not None
    return Body(kind, names, total, rules, dict(chair_title))


def _votes_from(data: Any, path: str) -> Votes | None:
    if data is None:
        return None
    if not isinstance(data, Mapping):
        raise SessionDataError(path.rstrip("."), "must be an object {for, against, abstained}")
    in_favour = _get_int(data, "for", path)
    against = _get_int(data, "against", path, required=False, default=0)
    abstained = _get_int(data, "abstained", path, required=False, default=0)
    assert in_favour is not None and against is not None and abstained is not None
    return Votes(in_favour, against, abstained)


def _raised_from(data: Any, path: str) -> RaisedItem:
    if not isinstance(data, Mapping):
        raise SessionDataError(path.rstrip("."), "must be an object {kind, addressee, text, due}")
    kind_raw = _get_str(data, "kind", path) or "recommendation"
    try:
        kind = RaisedKind(kind_raw)
    except ValueError:
        raise SessionDataError(f"{path}kind", f"recommendation or inquiry, not {kind_raw!r}") from None
    return RaisedItem(kind, _get_str(data, "addressee", path), _get_str(data, "text", path, required=True),
                      _get_date(data, "due", path), _get_str(data, "id", path) or None,
                      _get_str(data, "status", path))


ITEM_TEXTS = ("title", "rapporteur", "heard", "draft_decision", "decision_text")
SESSION_TEXTS = ("place", "chair", "secretary")


def _alternates(data: Mapping[str, Any], names: Sequence[str], path: str) -> dict[str, dict[str, str]]:
    """"title_kk": "…" and friends → {"kk": {"title": "…"}}."""
    out: dict[str, dict[str, str]] = {}
    for name in names:
        for lang in ("kk", "ru", "en"):
            value = _get_str(data, f"{name}_{lang}", path)
            if value:
                out.setdefault(lang, {})[name] = value
    return out


def agenda_item_from_dict(data: Any, path: str) -> AgendaItem:
    if not isinstance(data, Mapping):
        raise SessionDataError(path.rstrip("."), "must be an object with at least a title")
    speakers = []
    for i, s in enumerate(_get_list(data, "speakers", path)):
        if isinstance(s, Mapping):
            speakers.append(Speaker(_get_str(s, "name", f"{path}speakers[{i}].", required=True),
                                    _get_str(s, "text", f"{path}speakers[{i}].")))
        elif isinstance(s, str) and s.strip():
            speakers.append(Speaker(s.strip()))
        elif not isinstance(s, str):
            raise SessionDataError(f"{path}speakers[{i}]", "must be a name or {name, text}")
    co = data.get("co_rapporteurs", [])
    if isinstance(co, str):
        co = [co]
    chair_vote = _get_str(data, "chair_vote", path).lower() or None
    if chair_vote not in (None, "for", "against"):
        raise SessionDataError(f"{path}chair_vote", f"'for' or 'against', not {chair_vote!r}")
    return AgendaItem(
        title=_get_str(data, "title", path, required=True),
        rapporteur=_get_str(data, "rapporteur", path),
        co_rapporteurs=_strings(co if isinstance(co, list) else [], f"{path}co_rapporteurs"),
        document_ids=_strings(_get_list(data, "documents", path), f"{path}documents"),
        heard=_get_str(data, "heard", path),
        draft_decision=_get_str(data, "draft_decision", path),
        speakers=speakers,
        votes=_votes_from(data.get("votes"), f"{path}votes."),
        present=_get_int(data, "present", path, required=False),
        chair_vote=chair_vote,
        decision_number=_get_str(data, "number", path) or None,
        decision_text=_get_str(data, "decision_text", path),
        raised=[_raised_from(r, f"{path}raised[{i}].") for i, r in enumerate(_get_list(data, "raised", path))],
        id=_get_str(data, "id", path) or None,
        alt=_alternates(data, ITEM_TEXTS, path),
    )


def session_from_dict(data: Any) -> Session:
    """Build a session from the JSON description used by ``session render`` (keys in the README).
    Raises :class:`SessionDataError` naming the first bad key."""
    if not isinstance(data, Mapping):
        raise SessionDataError("", "the session description must be a JSON object")
    body = body_from_dict(data.get("body"))
    try:
        convocation = parse_convocation(data.get("convocation")) if data.get("convocation") not in (None, "") else 0
    except ValueError as exc:
        raise SessionDataError("convocation", str(exc)) from None
    number = _get_int(data, "number", "", minimum=1)
    extraordinary = data.get("extraordinary", False)
    if not isinstance(extraordinary, bool):
        raise SessionDataError("extraordinary", f"must be true or false, not {extraordinary!r}")
    start = _get_date(data, "date", "", required=True)
    end = _get_date(data, "end_date", "")
    attendance = []
    for i, a in enumerate(_get_list(data, "attendance", "")):
        p = f"attendance[{i}]."
        if not isinstance(a, Mapping):
            raise SessionDataError(p.rstrip("."), "must be an object {name, present, reason}")
        present = a.get("present", True)
        if not isinstance(present, bool):
            raise SessionDataError(f"{p}present", f"must be true or false, not {present!r}")
        attendance.append(Attendee(_get_str(a, "name", p, required=True), present, _get_str(a, "reason", p),
                                   alt=_alternates(a, ("name",), p)))
    next_session = None
    nxt = data.get("next_session")
    if isinstance(nxt, Mapping):
        next_session = NextSession(_get_date(nxt, "date", "next_session."), _get_str(nxt, "time", "next_session."),
                                   _get_str(nxt, "place", "next_session."),
                                   _strings(_get_list(nxt, "agenda", "next_session."), "next_session.agenda"))
    elif nxt is not None:
        raise SessionDataError("next_session", "must be an object {date, time, place, agenda}")
    assert number is not None and start is not None
    if isinstance(data.get("present"), int) and not isinstance(data.get("present"), bool) \
            and data["present"] > body.total_members:
        raise SessionDataError("present", f"{data['present']} present but the body has {body.total_members} members")
    session = Session(
        body=body, convocation=convocation, number=number, start=start, extraordinary=extraordinary, end=end,
        time=_get_str(data, "time", ""), place=_get_str(data, "place", ""), chair=_get_str(data, "chair", ""),
        secretary=_get_str(data, "secretary", ""), invited=_strings(_get_list(data, "invited", ""), "invited"),
        attendance=attendance,
        agenda=[agenda_item_from_dict(item, f"agenda[{i}].") for i, item in enumerate(_get_list(data, "agenda", ""))],
        notice_sent=_get_date(data, "notice_sent", ""), materials_sent=_get_date(data, "materials_sent", ""),
        protocol_number=_get_str(data, "protocol_number", ""),
        running_start=_get_int(data, "running_start", "", required=False, minimum=1),
        present_total=_get_int(data, "present", "", required=False),
        next_session=next_session,
        next_steps=_strings(_get_list(data, "next_steps", ""), "next_steps"),
        id=_get_str(data, "id", "") or None,
        alt=_alternates(data, SESSION_TEXTS, ""),
    )
    return session


def evaluation_to_dict(session: Session, evaluation: SessionEvaluation, lang: str) -> dict[str, Any]:
    """Machine-readable result (the ``--json`` output of ``session render``)."""
    items = []
    for r in evaluation.items:
        item = session.agenda[r.index - 1]
        items.append({
            "index": r.index,
            "title": item.title,
            "status": r.status.value,
            "adopted": r.adopted,
            "number": r.number,
            "quorum": r.quorum.met,
            "present": r.quorum.present,
            "voted_without_quorum": r.voted_without_quorum,
            "votes": item.votes.to_dict() if item.votes is not None else None,
            "required": r.required,
            "flags": list(r.flags),
            "explanation": [e.render(lang) for e in r.explanations],
            "codes": [e.code for e in r.explanations],
        })
    return {
        "quorum": dict(evaluation.quorum.to_dict(), explanation=evaluation.quorum.explanation.render(lang)),
        "present": session.present_count,
        "total_members": session.body.total_members,
        "items": items,
        "warnings": [{"code": w.code, "params": dict(w.params), "text": w.render(lang)}
                     for w in evaluation.warnings],
    }


def date_span(start: _dt.date, end: _dt.date | None, lang: str) -> str:
    """Protocol date: the meeting date; a meeting over several days prints start–end."""
    from deputydesk.core.dates import EN_MONTHS, KK_MONTHS, RU_MONTHS_GENITIVE, long_form

    if end is None or end == start:
        return long_form(start, lang)
    if end.year == start.year:
        if lang == "ru":
            if end.month == start.month:
                return f"{start.day}–{end.day} {RU_MONTHS_GENITIVE[start.month - 1]} {start.year} года"
            return (f"{start.day} {RU_MONTHS_GENITIVE[start.month - 1]} – {end.day} "
                    f"{RU_MONTHS_GENITIVE[end.month - 1]} {start.year} года")
        if lang == "kk":
            if end.month == start.month:
                return f"{start.year} жылғы {start.day}–{end.day} {KK_MONTHS[start.month - 1]}"
            return (f"{start.year} жылғы {start.day} {KK_MONTHS[start.month - 1]} – {end.day} "
                    f"{KK_MONTHS[end.month - 1]}")
        if end.month == start.month:
            return f"{start.day}–{end.day} {EN_MONTHS[start.month - 1]} {start.year}"
        return f"{start.day} {EN_MONTHS[start.month - 1]} – {end.day} {EN_MONTHS[end.month - 1]} {start.year}"
    return f"{long_form(start, lang)} – {long_form(end, lang)}"


def split_sentences(text: str, limit: int) -> str:
    """The first sentences of ``text`` that fit in ``limit`` characters (for the plain summary)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit]
    for mark in (". ", "; ", ", "):
        pos = cut.rfind(mark)
        if pos > limit // 3:
            return cut[:pos + 1].rstrip(",;") + " …"
    return cut.rsplit(" ", 1)[0] + " …"


def attendance_summary(attendance: Sequence[Attendee]) -> tuple[int, int]:
    present = sum(1 for a in attendance if a.present)
    return present, len(attendance) - present
