"""The council (Body), its members and the organisations it writes to.

A workspace normally holds one maslikhat and/or the public council beside the akimat (the demo holds
both). Names and positions exist in Kazakh and Russian: Kazakh goes left/top on the letterhead.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

BODY_KINDS = ("maslikhat", "public_council", "commission")
MEMBER_ROLES = ("chair", "deputy_chair", "secretary", "member")
ORG_KINDS = ("akimat", "department", "territorial", "prosecutor", "election_commission", "other")


class ValidationError(ValueError):
    """A record is incomplete or wrong; ``problems`` maps field names to plain messages."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{k}: {v}" for k, v in problems.items()))


def _from_row(cls: type, row: dict[str, Any]) -> Any:
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in row.items() if k in names})


@dataclass
class Body:
    kind: str = "maslikhat"
    name_kk: str = ""
    name_ru: str = ""
    short_name_kk: str = ""
    short_name_ru: str = ""
    address_kk: str = ""
    address_ru: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    bin: str = ""
    head_name: str = ""
    head_position_kk: str = ""
    head_position_ru: str = ""
    total_members: int = 0
    convocation: str = ""
    parent_body_id: str | None = None
    decision_number_format: str = "{session}-{seq}/{convocation}"
    outgoing_number_format: str = "{index}-{seq}"
    incoming_number_format: str = "{seq}"
    emblem_file_id: str | None = None
    is_default: int = 0
    id: str | None = None

    def validate(self) -> None:
        problems: dict[str, str] = {}
        if self.kind not in BODY_KINDS:
            problems["kind"] = f"must be one of {', '.join(BODY_KINDS)}"
        if not self.name_kk.strip():
            problems["name_kk"] = "the Kazakh name is required"
        if not self.name_ru.strip():
            problems["name_ru"] = "the Russian name is required"
        if self.total_members is None or int(self.total_members) < 0:
            problems["total_members"] = "must be zero or more"
        if self.bin and (not self.bin.isdigit() or len(self.bin) != 12):
            problems["bin"] = "a BIN has 12 digits"
        if problems:
            raise ValidationError(problems)

    def to_row(self) -> dict[str, Any]:
        row = asdict(self)
        if row["id"] is None:
            row.pop("id")
        return row

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Body:
        return _from_row(cls, row)

    def name(self, lang: str) -> str:
        return self.name_kk if lang == "kk" else self.name_ru


@dataclass
class Member:
    body_id: str = ""
    full_name: str = ""
    full_name_kk: str = ""
    role: str = "member"
    position_kk: str = ""
    position_ru: str = ""
    commission: str = ""
    phone: str = ""
    email: str = ""
    active: int = 1
    sort_order: int = 0
    id: str | None = None

    def validate(self) -> None:
        problems: dict[str, str] = {}
        if not self.body_id:
            problems["body_id"] = "the member must belong to a council"
        if not self.full_name.strip():
            problems["full_name"] = "the name is required"
        if self.role not in MEMBER_ROLES:
            problems["role"] = f"must be one of {', '.join(MEMBER_ROLES)}"
        if problems:
            raise ValidationError(problems)

    def to_row(self) -> dict[str, Any]:
        row = asdict(self)
        if row["id"] is None:
            row.pop("id")
        return row

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Member:
        return _from_row(cls, row)

    def display_name(self, lang: str) -> str:
        return (self.full_name_kk or self.full_name) if lang == "kk" else self.full_name


@dataclass
class Organisation:
    kind: str = "department"
    name_kk: str = ""
    name_ru: str = ""
    parent_id: str | None = None
    head_position_kk: str = ""
    head_position_ru: str = ""
    head_name: str = ""
    addressee_kk: str = ""
    addressee_ru: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    active: int = 1
    sort_order: int = 0
    id: str | None = None

    def validate(self) -> None:
        problems: dict[str, str] = {}
        if self.kind not in ORG_KINDS:
            problems["kind"] = f"must be one of {', '.join(ORG_KINDS)}"
        if not (self.name_kk.strip() or self.name_ru.strip()):
            problems["name_ru"] = "a name in Kazakh or Russian is required"
        if self.id is not None and self.parent_id == self.id:
            problems["parent_id"] = "an organisation cannot be its own parent"
        if problems:
            raise ValidationError(problems)

    def to_row(self) -> dict[str, Any]:
        row = asdict(self)
        if row["id"] is None:
            row.pop("id")
        return row

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Organisation:
        return _from_row(cls, row)

    def name(self, lang: str) -> str:
        return (self.name_kk or self.name_ru) if lang == "kk" else (self.name_ru or self.name_kk)


def initials_surname(full_name: str) -> str:
    """"Байгоджаев Кайрат Тлеубаевич" -> "К. Байгоджаев" (signature and executor notes)."""
    parts = full_name.split()
    if len(parts) < 2:
        return full_name.strip()
    surname, rest = parts[0], parts[1:]
    initials = "".join(f"{p[0]}." for p in rest if p and p[0].isalpha())
    return f"{initials} {surname}"


@dataclass
class Council:
    """Everything the settings page edits, as one snapshot."""

    bodies: list[Body] = field(default_factory=list)
    members: list[Member] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)

    def default_body(self) -> Body | None:
        for b in self.bodies:
            if b.is_default:
                return b
        return self.bodies[0] if self.bodies else None
