"""Registry number formats, yearly reset and station codes (core/numbering.py)."""

from __future__ import annotations

import pytest

from deputydesk.core import numbering as N


def test_default_format():
    fmt = N.NumberFormat(index="01-12")
    assert fmt.format(45, 2024, "1") == "01-12/1-45"


def test_tokens_and_width():
    fmt = N.NumberFormat("{prefix}-{index}/{seq:4}/{yy}", prefix="ОС", index="02")
    assert fmt.format(7, 2024) == "ОС-02/0007/24"
    assert N.NumberFormat("{seq}-{year}").format(12, 2025) == "12-2025"
    assert N.NumberFormat("{station}{seq:3}").format(5, 2024, "Б") == "Б005"


@pytest.mark.parametrize(
    ("pattern", "needle"),
    [
        ("", "empty"),
        ("{index}/", "{seq} exactly once"),
        ("{seq}-{seq}", "{seq} exactly once"),
        ("{seq}-{month}", "unknown token {month}"),
        ("{seq:x}", "only {seq} takes a width"),
        ("{year:2}-{seq}", "only {seq} takes a width"),
        ("{seq", "unmatched brace"),
    ],
)
def test_bad_patterns_explained(pattern, needle):
    problems = N.check_pattern(pattern)
    assert any(needle in p for p in problems), problems
    with pytest.raises(N.NumberFormatError):
        N.NumberFormat(pattern).format(1, 2024, "1")


def test_station_required_when_two_laptops_issue():
    assert N.check_pattern("{index}/{seq}") == []
    problems = N.check_pattern("{index}/{seq}", stations_known=2)
    assert problems and "{station}" in problems[0]
    assert N.check_pattern("{index}/{station}-{seq}", stations_known=2) == []


def test_station_missing_on_laptop():
    with pytest.raises(N.NumberFormatError, match="no station code"):
        N.NumberFormat().format(1, 2024, "")


def test_sequence_starts_at_one_and_never_refills_gaps():
    assert N.next_sequence([]) == 1
    assert N.next_sequence([1, 2, 5]) == 6
    with pytest.raises(N.NumberFormatError):
        N.NumberFormat().format(0, 2024, "1")


def test_two_stations_never_collide():
    fmt = N.NumberFormat(index="01-12")
    a = {fmt.format(s, 2024, "1") for s in range(1, 500)}
    b = {fmt.format(s, 2024, "2") for s in range(1, 500)}
    assert not a & b
    # and even a pattern where the station is glued to the sequence stays unambiguous with letters
    glued = N.NumberFormat("{seq}{station}")
    assert not {glued.format(s, 2024, "А") for s in range(1, 200)} & {glued.format(s, 2024, "Б") for s in range(1, 200)}


def test_parse_back():
    fmt = N.NumberFormat("{index}/{station}-{seq:3}", index="01-12")
    assert fmt.parse("01-12/2-007") == {"station": "2", "seq": "007"}
    assert fmt.parse("01-13/2-007") is None
    assert N.NumberFormat("{prefix}.{seq}", prefix="a+b").parse("a+b.5") == {"seq": "5"}


def test_station_codes():
    assert N.next_free_station([]) == "1"
    assert N.next_free_station(["1", "2"]) == "3"
    assert N.next_free_station([str(i) for i in range(1, 10)]) == "A"
    assert N.valid_station("Ә")
    assert N.valid_station("12")
    assert not N.valid_station("")
    assert not N.valid_station("1/2")
    assert not N.valid_station("ABCD")
