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

The pattern is the council's setting (``bodies.outgoing_number_format`` / ``incoming_number_format``,
edited in Settings; default ``{index}-{seq}`` → "01-12-45"); the case index and prefix are set per
register. Kazakhstan has no single national format (legal-facts.md §2.4, §5: reg. number = case index +
sequence number), so nothing here assumes one.

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

- each laptop claims a short station code ("1", "2", …) the first time it issues a number; the claim is a
  synchronised record, so a laptop set up from another's package sees the codes already taken and claims
  the next free one;
- each station counts its own sequence, and the station is part of its numbers: either where the
  council's pattern puts ``{station}``, or — when the pattern has no ``{station}`` — as a suffix
  "-2", "-3" on the numbers of every station except the first (:func:`effective_pattern`). The main
  laptop's numbers thus look exactly like the council's configured format ("02-14/45"); the second
  laptop's read "02-14/12-2". The two can never coincide: the suffix adds one "-" that the first
  station's numbers (literal text + digits) never have at that place, and two suffixed stations differ
  in the suffix itself;
- reserved ranges (laptop A 1–499, laptop B 500–999) were rejected: they run out, must be planned in
  advance, and leave large holes that look like missing letters in the journal.

Safety nets: the database has unique indexes on (body, register, year, number) and on (body, register,
year, station, seq), so even two writers racing on one laptop cannot store the same number, and
``check`` reports a number issued twice after an exchange (only possible if two laptops claimed the same
station code before they ever exchanged a package).

Empty tokens
------------
A token whose value is empty (no case index set yet, no prefix) is left out together with one separator
next to it: "{index}-{seq}" without an index gives "45", not "-45".
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from dataclasses import dataclass

TOKENS = ("seq", "prefix", "index", "station", "year", "yy")
DEFAULT_OUTGOING_PATTERN = "{index}-{seq}"
DEFAULT_INCOMING_PATTERN = "{seq}"
PRIMARY_STATION = "1"
_SEPARATORS = set("-/._ ")
STATION_RE = re.compile(r"^[0-9A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]{1,3}$")
_TOKEN_RE = re.compile(r"\{([^{}]*)\}")


class NumberFormatError(ValueError):
    """The register's pattern or a token value cannot make a number; the message says why."""


@dataclass(frozen=True)
class NumberFormat:
    pattern: str = DEFAULT_OUTGOING_PATTERN
    prefix: str = ""
    index: str = ""

    def problems(self) -> list[str]:
        return check_pattern(self.pattern)

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
        parts: list[tuple[str, str]] = []  # (kind, text): kind "lit" or "tok"
        pos = 0
        for match in _TOKEN_RE.finditer(self.pattern):
            if match.start() > pos:
                parts.append(("lit", self.pattern[pos:match.start()]))
            name, _, width = match.group(1).partition(":")
            if name == "seq":
                parts.append(("tok", str(seq).zfill(int(width)) if width else str(seq)))
            else:
                parts.append(("tok", values[name]))
            pos = match.end()
        if pos < len(self.pattern):
            parts.append(("lit", self.pattern[pos:]))
        for i, (kind, text) in enumerate(parts):
            if kind != "tok" or text:
                continue
            # an empty token takes one separator with it: the one after it, else the one before it
            for j in (i + 1, i - 1):
                if 0 <= j < len(parts) and parts[j][0] == "lit" and parts[j][1] and parts[j][1][0 if j > i else -1] \
                        in _SEPARATORS:
                    lit = parts[j][1]
                    parts[j] = ("lit", lit[1:] if j > i else lit[:-1])
                    break
        return "".join(text for _, text in parts).strip()

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


def effective_pattern(pattern: str, station: str) -> str:
    """The pattern a station actually uses: the council's own when it places ``{station}`` or when this is
    the first station; otherwise the council's pattern with "-{station}" appended."""
    if "{station" in pattern or station in ("", PRIMARY_STATION):
        return pattern
    return pattern + "-{station}"


def check_pattern(pattern: str) -> list[str]:
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
    if re.search(r"\{seq(:\d+)?\}\{station\}|\{station\}\{seq(:\d+)?\}", pattern):
        problems.append("{station} and {seq} need a separator between them, or \"1\"+\"12\" and \"11\"+\"2\" "
                        "would read the same")
    if names.count("seq") != 1:
        problems.append("the number pattern must contain {seq} exactly once")
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
