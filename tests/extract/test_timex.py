"""TIMEX3 normalisation helpers (tr_diplo_ie.extract.timex)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tr_diplo_ie import resources
from tr_diplo_ie.extract import timex

PUB = dt.date(2025, 8, 22)  # a Friday, ISO week 34


@pytest.mark.parametrize("pub,grain,n,expected", [
    (PUB, "year", -1, "2024"),
    (PUB, "year", 0, "2025"),
    (PUB, "year", 5, "2030"),
    (PUB, "month", -1, "2025-07"),
    (PUB, "month", 1, "2025-09"),
    (dt.date(2025, 1, 15), "month", -1, "2024-12"),
    (dt.date(2025, 12, 3), "month", 1, "2026-01"),
    (PUB, "month", -20, "2023-12"),
    (PUB, "week", 0, "2025-W34"),
    (PUB, "week", 1, "2025-W35"),
    (PUB, "week", -1, "2025-W33"),
    (dt.date(2025, 12, 24), "week", 1, "2026-W01"),  # ISO year differs from calendar year
    (dt.date(2021, 1, 2), "week", 0, "2020-W53"),
    (PUB, "day", 0, "2025-08-22"),
    (PUB, "day", -2, "2025-08-20"),
    (dt.date(2024, 3, 1), "day", -1, "2024-02-29"),
    (PUB, "decade", 0, "202"),
    (PUB, "century", 0, "20"),
    (None, "year", -1, None),
    (None, "day", 0, None),
    (PUB, "fortnight", 1, None),
    (dt.date(9999, 12, 31), "day", 1, None),
    (dt.date(1, 1, 1), "year", -1, None),
])
def test_shift(pub, grain, n, expected):
    assert timex.shift(pub, grain, n) == expected


@pytest.mark.parametrize("weekday,mode,expected", [
    (1, "recent", "2025-08-18"),
    (5, "recent", "2025-08-22"),  # the publication day itself
    (6, "recent", "2025-08-16"),
    (1, "coming", "2025-08-25"),
    (5, "coming", "2025-08-22"),
    (5, "past", "2025-08-15"),
    (2, "past", "2025-08-19"),
    (5, "next", "2025-08-29"),
    (4, "next", "2025-08-28"),
    (1, "this", "2025-08-18"),
    (7, "this", "2025-08-24"),
    (8, "recent", None),
    (1, "sometime", None),
])
def test_weekday_date(weekday, mode, expected):
    assert timex.weekday_date(PUB, weekday, mode) == expected


def test_weekday_without_publication_date():
    assert timex.weekday_date(None, 1, "recent") is None


@pytest.mark.parametrize("n,unit,factor,expected", [
    (6, "M", 1, "P6M"),
    (5, "Y", 1, "P5Y"),
    (2, "W", 1, "P2W"),
    (3, "D", 1, "P3D"),
    (2, "H", 1, "PT2H"),
    (30, "MIN", 1, "PT30M"),
    (10, "S", 1, "PT10S"),
    (Decimal("1.5"), "Y", 1, "P1.5Y"),
    (Decimal("2.50"), "H", 1, "PT2.5H"),
    (1, "Y", 100, "P100Y"),
    ("X", "Y", 1, "PXY"),
    ("X", "H", 1, "PTXH"),
    ("many", "Y", 1, None),
    (3, "Q", 1, None),
])
def test_duration_value(n, unit, factor, expected):
    assert timex.duration_value(n, unit, factor) == expected


@pytest.mark.parametrize("func,args,expected", [
    (timex.year_value, (2025,), "2025"),
    (timex.year_value, (0,), None),
    (timex.month_value, (2025, 8), "2025-08"),
    (timex.month_value, (2025, 13), None),
    (timex.day_value, (2025, 8, 22), "2025-08-22"),
    (timex.day_value, (2025, 2, 29), None),
    (timex.day_value, (2024, 2, 29), "2024-02-29"),
    (timex.decade_value, (1990,), "199"),
    (timex.decade_value, (2000,), "200"),
    (timex.century_value, (21,), "20"),
    (timex.century_value, (19,), "18"),
    (timex.century_value, (0,), None),
    (timex.part_value, ("2025", "H", 1), "2025-H1"),
    (timex.part_value, ("2025", "Q", 4), "2025-Q4"),
    (timex.part_value, ("2025", "Q", 5), None),
    (timex.part_value, ("2025", "H", 3), None),
    (timex.part_value, ("2025-08", "H", 1), None),
    (timex.time_value, ("2025-08-22", 14, 30), "2025-08-22T14:30"),
    (timex.time_value, ("2025-08-22", 9), "2025-08-22T09:00"),
    (timex.time_value, ("2025-08-22", 25, 0), None),
    (timex.time_value, (None, 14, 30), None),
    (timex.week_value, (dt.date(2025, 8, 22),), "2025-W34"),
    (timex.add_months, (2025, 11, 3), (2026, 2)),
    (timex.format_number, (Decimal("3.0"),), "3"),
])
def test_values(func, args, expected):
    assert func(*args) == expected


@pytest.fixture(scope="module")
def number_lexicon():
    return {r["word"]: (r["value"], r["kind"]) for r in resources.tsv("time_numbers.tsv")}


@pytest.mark.parametrize("words,expected", [
    (["3"], 3),
    (["24"], 24),
    (["2,5"], Decimal("2.5")),
    (["iki"], 2),
    (["on"], 10),
    (["yirmi", "beş"], 25),
    (["yüz"], 100),
    (["bir", "buçuk"], Decimal("1.5")),
    (["yarım"], Decimal("0.5")),
    (["birkaç"], "X"),
    (["bir", "kaç"], "X"),
    (["milyon"], None),
    (["masa"], None),
    ([], None),
])
def test_parse_number(words, expected, number_lexicon):
    assert timex.parse_number(words, number_lexicon) == expected


@given(st.dates(), st.sampled_from(timex.GRAINS), st.integers(-5000, 5000))
def test_shift_never_raises(pub, grain, n):
    value = timex.shift(pub, grain, n)
    assert value is None or isinstance(value, str)


@given(st.dates(), st.integers(-3, 10), st.sampled_from(["recent", "coming", "past", "next", "this"]))
def test_weekday_is_that_weekday(pub, weekday, mode):
    value = timex.weekday_date(pub, weekday, mode)
    if value is not None:
        assert dt.date.fromisoformat(value).isoweekday() == weekday
        assert abs((dt.date.fromisoformat(value) - pub).days) <= 7
