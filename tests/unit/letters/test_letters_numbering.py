"""Registry number formats, yearly reset and station codes (core/numbering.py)."""

from __future__ import annotations

import pytest

from deputydesk.core import numbering as N


def test_default_format():
    fmt = N.NumberFormat(index="01-12")
    assert fmt.format(45, 2024, "1") == "01-12-45"


def test_empty_tokens_take_one_separator_with_them():
    assert N.NumberFormat("{index}-{seq}").format(45, 2024) == "45"
    assert N.NumberFormat("{seq}/{index}").format(45, 2024) == "45"
    assert N.NumberFormat("{prefix}-{index}/{seq}", prefix="ОС").format(3, 2024) == "ОС-3"
    assert N.NumberFormat("02-14/{seq}").format(7, 2024) == "02-14/7"


def test_tokens_and_width():
    fmt = N.NumberFormat("{prefix}-{index}/{seq:4}/{yy}", prefix="ОС", index="02")
    assert fmt.format(7, 2024) == "ОС-02/0007/24"
    assert N.NumberFormat("{seq}-{year}").format(12, 2025) == "12-2025"
    assert N.NumberFormat("{station}.{seq:3}").format(5, 2024, "Б") == "Б.005"


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
        ("{seq}{station}", "need a separator"),
        ("{station}{seq:3}", "need a separator"),
    ],
)
def test_bad_patterns_explained(pattern, needle):
    problems = N.check_pattern(pattern)
    assert any(needle in p for p in problems), problems
    with pytest.raises(N.NumberFormatError):
        N.NumberFormat(pattern).format(1, 2024, "1")


def test_effective_pattern_adds_the_station_after_the_first_laptop():
    assert N.effective_pattern("02-14/{seq}", "1") == "02-14/{seq}"
    assert N.effective_pattern("02-14/{seq}", "2") == "02-14/{seq}-{station}"
    assert N.effective_pattern("{station}/{seq}", "2") == "{station}/{seq}"
    fmt2 = N.NumberFormat(N.effective_pattern("02-14/{seq}", "2"))
    assert fmt2.format(12, 2024, "2") == "02-14/12-2"


@pytest.mark.parametrize("pattern", ["{seq}", "{index}-{seq}", "{seq}-{yy}", "ОС-{seq:3}", "{prefix}{seq}/{year}"])
def test_stations_never_collide_whatever_the_pattern(pattern):
    numbers: dict[str, str] = {}
    for station in ("1", "2", "3", "12"):
        fmt = N.NumberFormat(N.effective_pattern(pattern, station), prefix="P", index="01-12")
        for seq in range(1, 400):
            number = fmt.format(seq, 2024, station)
            assert numbers.setdefault(number, station) == station, (number, station)


def test_station_missing_on_laptop():
    with pytest.raises(N.NumberFormatError, match="no station code"):
        N.NumberFormat("{station}-{seq}").format(1, 2024, "")


def test_sequence_starts_at_one_and_never_refills_gaps():
    assert N.next_sequence([]) == 1
    assert N.next_sequence([1, 2, 5]) == 6
    with pytest.raises(N.NumberFormatError):
        N.NumberFormat().format(0, 2024, "1")


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
