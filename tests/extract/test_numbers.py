"""Examples-as-tests for tr_diplo_ie.extract.numbers (data: number_examples.tsv)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tr_diplo_ie.extract import numbers

HERE = Path(__file__).parent


def _read_tsv(name: str) -> list[dict[str, str]]:
    lines = [
        line.rstrip("\n") for line in (HERE / name).read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    header = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        cells = line.split("\t")
        rows.append({key: (cells[i] if i < len(cells) else "") for i, key in enumerate(header)})
    return rows


def _params(rows):
    for row in rows:
        marks = [pytest.mark.xfail(reason=row["note"] or "known limit", strict=True)] if row["status"] == "xfail" else []
        yield pytest.param(row, marks=marks, id=row["text"] or "<empty>")


EXAMPLES = _read_tsv("number_examples.tsv")


@pytest.mark.parametrize("row", list(_params(EXAMPLES)))
def test_parse_number(row):
    result = numbers.parse_number(row["text"])
    if row["value"] == "none":
        assert result is None
    else:
        assert result == Decimal(row["value"])
        # no exponent in the string form, no trailing zeros
        assert str(result) == row["value"]


def test_examples_are_many():
    assert len(EXAMPLES) >= 60
    assert sum(r["value"] == "none" for r in EXAMPLES) >= 10


@pytest.mark.parametrize("text, expected", [
    ("1.250.000", "1250000"), ("31,5", "31.5"), ("3.5", "3.5"), ("3.500", "3500"),
    ("3.50", "3.5"), ("1.250.000,75", "1250000.75"),
    ("0.015", "0.015"), ("0,015", "0.015"), ("0.5", "0.5"), ("0.250", "0.25"),
])
def test_parse_digits(text, expected):
    assert str(numbers.parse_digits(text)) == expected


@pytest.mark.parametrize("text", ["", "abc", "1..2", ".5", "1.", "١٢", "1,2,3", None, 5])
def test_parse_digits_rejects(text):
    assert numbers.parse_digits(text) is None


def test_clean_has_no_exponent():
    assert str(numbers.clean(Decimal("1.5") * Decimal(10) ** 9)) == "1500000000"
    assert str(numbers.clean(Decimal("1.50"))) == "1.5"
    assert str(numbers.clean(Decimal("1E+3"))) == "1000"


def test_largest_scale():
    assert numbers.largest_scale("1 milyar 250 milyon") == Decimal(10) ** 9
    assert numbers.largest_scale("250") is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(
    list("0123456789.,  ") + ["bir", "iki", "on", "yüz", "bin", "milyon", "milyar", "buçuk", "yarım", " "]),
    max_size=15).map("".join))
def test_parse_number_never_raises(text):
    result = numbers.parse_number(text)
    assert result is None or (isinstance(result, Decimal) and result >= 0 and "E" not in str(result))


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_integers_round_trip_with_turkish_grouping(n):
    grouped = f"{n:,}".replace(",", ".")
    assert numbers.parse_number(grouped) == n
