"""Registry numbers of outgoing and incoming letters: format, yearly reset, and two laptops.

Format
------
A register has a *pattern* made of literal text and tokens:

=============  ====================================================================
``{seq}``      the sequence number within the year (required); ``{seq:3}`` pads to 3 digits (007)
``{prefix}``   free text set for the register (e.g. "ОС" for a public council)
``{index}``    the case index from the nomenclature of cases (e.g. "01-12")
``{station}``  this laptop's station code (see below)
``{year}``     the four-digit year of the letter's date; ``{yy}`` — the last two digits
=============  ====================================================================

The default outgoing pattern ``{index}/{station}-{seq}`` gives "01-12/1-45"; a single-laptop council
may use ``{index}/{seq}`` ("01-12/45"). Kazakhstan has no single national format (legal-facts.md §2.4,
§5: reg. number = case index + sequence number), so the pattern is a register setting.

Yearly reset
------------
Sequence numbers count from 1 in each calendar year of the letter's date, separately for each register
and each station. A number is unique together with its year: "01-12/1-45" of 2024 and of 2025 are two
letters, as in every paper journal. (Put ``{year}`` in the pattern to make the text itself unique.)

Two laptops of the same council — the decision
-----------------------------------------------
The laptops are offline and synchronise only by exchanging packages, so no protocol can hand out one
sequence between them at the moment of issue. Of the two usual answers we chose **a station code per
laptop**, not reserved ranges:

- each laptop that issues numbers claims a short station code ("1", "2", … or letters) once; the claim
  is a synchronised record, so a laptop set up from another's package sees the codes already taken and
  claims the next free one;
- the code is part of every number (``{station}``), and each station counts its own sequence, so two
  laptops can never produce the same text even when they issue on the same day without any exchange;
- reserved ranges (laptop A 1–499, laptop B 500–999) were rejected: they run out, must be planned in
  advance, and leave large holes that look like missing letters in the journal; a station code has none
  of that and still reads like the multi-part numbers councils already use ("№ 1-6/VII").

Safety nets: a pattern without ``{station}`` is refused as soon as more than one station is known in the
workspace (:func:`check_pattern`), the database has a unique index on (register, year, number), and
``check`` reports a station code claimed by two devices or one number issued twice after an exchange.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from dataclasses import dataclass

TOKENS = ("seq", "prefix", "index", "station", "year", "yy")
DEFAULT_OUTGOING_PATTERN = "{index}/{station}-{seq}"
DEFAULT_INCOMING_PATTERN = "{station}-{seq}"
STATION_RE = re.compile(r"^[0-9A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]{1,3}$")
_TOKEN_RE = re.compile(r"\{([^{}]*)\}")


class NumberFormatError(ValueError):
    """The register's pattern or a token value cannot make a number; the message says why."""


@dataclass(frozen=True)
class NumberFormat:
    pattern: str = DEFAULT_OUTGOING_PATTERN
    prefix: str = ""
    index: str = ""

    def problems(self, stations_known: int = 1) -> list[str]:
        return check_pattern(self.pattern, stations_known)

    def format(self, seq: int, year: int, station: str = "", index: str | None = None) -> str:
        """The number for sequence ``seq`` of ``year`` on ``station``."""
        problems = check_pattern(self.pattern)
        if problems:
            raise NumberFormatError("; ".join(problems))
        if seq < 1:
            raise NumberFormatError(f"sequence numbers start at 1, got {seq}")
        if "{station" in self.pattern and not station:
            raise NumberFormatError("the pattern contains {station} but this laptop has no station code yet")
        values = {"prefix": self.prefix, "index": self.index if index is None else index, "station": station,
                  "year": f"{year:04d}", "yy": f"{year % 100:02d}"}

        def replace(match: re.Match[str]) -> str:
            name, _, width = match.group(1).partition(":")
            if name == "seq":
                return str(seq).zfill(int(width)) if width else str(seq)
            return values[name]

        return _TOKEN_RE.sub(replace, self.pattern).strip()

    def regex(self) -> re.Pattern[str]:
        """A regular expression matching numbers of this format; group ``seq`` is the sequence."""
        out = []
        pos = 0
        for match in _TOKEN_RE.finditer(self.pattern):
            out.append(re.escape(self.pattern[pos:match.start()]))
            name = match.group(1).partition(":")[0]
            if name == "seq":
                out.append(r"(?P<seq>\d+)")
            elif name == "station":
                out.append(r"(?P<station>[^\s/]{1,3})")
            elif name == "year":
                out.append(r"(?P<year>\d{4})")
            elif name == "yy":
                out.append(r"(?P<yy>\d{2})")
            else:
                out.append(re.escape(self.prefix if name == "prefix" else self.index))
            pos = match.end()
        out.append(re.escape(self.pattern[pos:]))
        return re.compile("^" + "".join(out).strip() + "$")

    def parse(self, number: str) -> dict[str, str] | None:
        match = self.regex().match(number.strip())
        return match.groupdict() if match else None


def check_pattern(pattern: str, stations_known: int = 1) -> list[str]:
    """Plain-language problems with a register pattern (empty list = usable)."""
    problems = []
    if not pattern.strip():
        return ["the number pattern is empty; it needs at least {seq}"]
    if pattern.count("{") != pattern.count("}"):
        problems.append("the number pattern has an unmatched brace")
    names = []
    for match in _TOKEN_RE.finditer(pattern):
        name, colon, width = match.group(1).partition(":")
        names.append(name)
        if name not in TOKENS:
            problems.append(f"unknown token {{{match.group(1)}}} (known: {', '.join('{' + t + '}' for t in TOKENS)})")
        elif colon and (name != "seq" or not width.isdigit() or not 1 <= int(width) <= 9):
            problems.append(f"{{{match.group(1)}}}: only {{seq}} takes a width, written like {{seq:3}}")
    if names.count("seq") != 1:
        problems.append("the number pattern must contain {seq} exactly once")
    if stations_known > 1 and "station" not in names:
        problems.append(f"{stations_known} laptops issue numbers in this council: the pattern must contain "
                        "{station}, or two laptops could issue the same number")
    return problems


def next_sequence(used: Iterable[int]) -> int:
    """The next sequence number after those already used this year (gaps are never refilled)."""
    return max(used, default=0) + 1


def station_candidates() -> Iterable[str]:
    """Station codes in the order they are offered: 1–9, then A–Z, then two digits."""
    yield from (str(i) for i in range(1, 10))
    yield from string.ascii_uppercase
    yield from (str(i) for i in range(10, 100))


def next_free_station(claimed: Iterable[str]) -> str:
    taken = {c.upper() for c in claimed}
    for code in station_candidates():
        if code.upper() not in taken:
            return code
    raise NumberFormatError("every station code is taken")


def valid_station(code: str) -> bool:
    return bool(STATION_RE.match(code))
