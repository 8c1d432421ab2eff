import datetime as dt

from deputydesk.core.dates import long_form, numeric, parse_iso


def test_formats():
    d = dt.date(2024, 3, 15)
    assert numeric(d) == "15.03.2024"
    assert long_form(d, "ru") == "15 марта 2024 года"
    assert long_form(d, "kk") == "2024 жылғы 15 наурыз"
    assert long_form(d, "kk", attributive=True) == "2024 жылғы 15 наурыздағы"
    assert long_form(dt.date(2025, 9, 1), "kk", attributive=True) == "2025 жылғы 1 қыркүйектегі"
    assert long_form(d, "en") == "15 March 2024"
    assert parse_iso("2024-03-15") == d and parse_iso("") is None


def test_typed_dates_are_read_never_corrected():
    import pytest

    from deputydesk.core.dates import parse_typed

    assert parse_typed("15.03.2024") == dt.date(2024, 3, 15)
    assert parse_typed(" 5/3/2024 ") == dt.date(2024, 3, 5)
    assert parse_typed("2024-03-15") == dt.date(2024, 3, 15)
    assert parse_typed("   ") is None
    for bad in ("31.02.2024", "2024-13-01", "вчера", "15.03.24"):
        with pytest.raises(ValueError):
            parse_typed(bad)
