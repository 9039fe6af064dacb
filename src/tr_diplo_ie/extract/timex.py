"""TIMEX3 normalisation: values for dates, weeks, parts of years, durations and sets.

Pure functions, no language data: :mod:`tr_diplo_ie.extract.dates` finds the
expressions and calls these to write the ``value`` (resolved against the
publication date where the expression is relative).  Every function that needs the
publication date returns ``None`` when it is ``None``.

Value formats (TimeML TIMEX3): ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ``YYYY-Www``
(ISO week), ``YYYY-Www-WE`` (weekend), ``YYYY-Hn`` / ``YYYY-Qn`` (half / quarter),
``YYY`` (decade), ``YY`` (century), ``YYYY-MM-DDThh:mm``, ``YYYY-MM-DDTMO`` (part of
day), durations ``P3Y`` ``P6M`` ``P2W`` ``P5D`` ``PT2H`` ``PT30M`` (``X`` for an
unknown number: ``PXY``), sets ``P1Y`` / ``XXXX-WXX-1``.
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal, InvalidOperation
from typing import Optional, Union

Number = Union[int, Decimal, str]  # str only for "X" (an unknown number: "birkaç")

GRAINS = ("year", "month", "week", "day", "decade", "century")
TIME_UNITS = ("H", "MIN", "S")  # written after "T" in a duration


def year_value(year: int) -> Optional[str]:
    """``2025`` -> ``"2025"``; None outside 1..9999."""
    if not 0 < year <= 9999:
        return None
    return f"{year:04d}"


def month_value(year: int, month: int) -> Optional[str]:
    if not (0 < year <= 9999 and 1 <= month <= 12):
        return None
    return f"{year:04d}-{month:02d}"


def day_value(year: int, month: int, day: int) -> Optional[str]:
    """A calendar date, or None when it does not exist (31 Şubat)."""
    try:
        return _dt.date(year, month, day).isoformat()
    except (ValueError, OverflowError):
        return None


def week_value(date: _dt.date) -> str:
    """ISO week of ``date``: 2025-08-22 -> ``"2025-W34"``."""
    iso = date.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def shift(published: Optional[_dt.date], grain: str, n: int) -> Optional[str]:
    """The publication date moved by ``n`` units of ``grain``, written at that grain.

    ``shift(2025-08-22, "year", -1) == "2024"``; month -> ``YYYY-MM``; week ->
    ``YYYY-Www``; day -> ``YYYY-MM-DD``; decade -> ``YYY``; century -> ``YY``.
    """
    if published is None:
        return None
    try:
        if grain == "year":
            return year_value(published.year + n)
        if grain == "month":
            return month_value(*add_months(published.year, published.month, n))
        if grain == "week":
            return week_value(published + _dt.timedelta(weeks=n))
        if grain == "day":
            return (published + _dt.timedelta(days=n)).isoformat()
        if grain == "decade":
            year = published.year + 10 * n
            return f"{year // 10:03d}" if 0 < year <= 9999 else None
        if grain == "century":
            year = published.year + 100 * n
            return f"{year // 100:02d}" if 0 < year <= 9999 else None
    except (OverflowError, ValueError):
        return None
    return None


def decade_value(year: int) -> str:
    """1990 -> ``"199"``."""
    return f"{year // 10:03d}"


def century_value(ordinal: int) -> Optional[str]:
    """The n-th century: 21 -> ``"20"`` (years 2000-2099 in TIMEX3)."""
    if not 1 <= ordinal <= 100:
        return None
    return f"{ordinal - 1:02d}"


def part_value(year_val: str, kind: str, n: int) -> Optional[str]:
    """``part_value("2025", "H", 1) == "2025-H1"``; kind H (half) or Q (quarter)."""
    limit = {"H": 2, "Q": 4}.get(kind)
    if limit is None or not 1 <= n <= limit or len(year_val) != 4 or not year_val.isdigit():
        return None
    return f"{year_val}-{kind}{n}"


def weekday_date(published: Optional[_dt.date], weekday: int, mode: str) -> Optional[str]:
    """The date of ISO ``weekday`` (1 = Monday) relative to the publication date.

    mode ``past``: the latest such day strictly before it ("geçen Pazartesi");
    ``next``: the first one strictly after it ("önümüzdeki Pazartesi");
    ``this``: the one in the same ISO week ("bu Pazartesi");
    ``recent``: the latest one on or before it (a bare "Pazartesi günü" in a past-tense
    news sentence; the publication day itself when it is that weekday);
    ``coming``: the first one on or after it (a bare weekday with a future verb).
    """
    if published is None or not 1 <= weekday <= 7:
        return None
    today = published.isoweekday()
    if mode == "this":
        delta = weekday - today
    elif mode in ("past", "recent"):
        delta = -((today - weekday) % 7)
        if mode == "past" and delta == 0:
            delta = -7
    elif mode in ("next", "coming"):
        delta = (weekday - today) % 7
        if mode == "next" and delta == 0:
            delta = 7
    else:
        return None
    try:
        return (published + _dt.timedelta(days=delta)).isoformat()
    except OverflowError:
        return None


def time_value(day: Optional[str], hour: int, minute: int = 0) -> Optional[str]:
    """``time_value("2025-08-22", 14, 30) == "2025-08-22T14:30"``; None without a day."""
    if day is None or not (0 <= hour <= 24 and 0 <= minute <= 59) or (hour == 24 and minute):
        return None
    return f"{day}T{hour:02d}:{minute:02d}"


def format_number(n: Number) -> str:
    """2 -> "2", Decimal("1.50") -> "1.5", "X" -> "X"."""
    if isinstance(n, str):
        return n
    if isinstance(n, Decimal):
        if n == n.to_integral_value():
            return str(int(n))
        return format(n.normalize(), "f")
    return str(n)


def duration_value(n: Number, unit: str, factor: int = 1) -> Optional[str]:
    """``duration_value(6, "M") == "P6M"``; hours/minutes/seconds after ``T``.

    ``unit`` is Y, M, W, D, H, MIN or S; ``factor`` scales the number (a century is
    100 years).  ``n`` may be ``"X"`` (unknown: "birkaç yıl" -> ``PXY``).
    """
    if unit not in ("Y", "M", "W", "D", "H", "MIN", "S"):
        return None
    if isinstance(n, str):
        if n != "X":
            return None
        number = "X"
    else:
        try:
            number = format_number(Decimal(n) * factor)
        except (InvalidOperation, ValueError):
            return None
    if unit in TIME_UNITS:
        return f"PT{number}{'M' if unit == 'MIN' else unit}"
    return f"P{number}{unit}"


def parse_number(words: list[str], lexicon: dict[str, tuple[str, str]]) -> Optional[Number]:
    """Value of a number written in digits or words.

    ``words`` are the (folded) words of the number; ``lexicon`` maps a word to
    ``(value, kind)`` as in ``time_numbers.tsv``.  "25" -> 25; "2,5" -> Decimal("2.5");
    ["yirmi", "beş"] -> 25; ["bir", "buçuk"] -> Decimal("1.5"); ["birkaç"] -> "X".
    """
    if not words:
        return None
    joined = " ".join(words)
    if joined in lexicon and lexicon[joined][1] == "vague":
        return "X"
    if len(words) == 1 and words[0][:1].isdigit():
        text = words[0].replace(",", ".")
        try:
            value = Decimal(text)
        except InvalidOperation:
            return None
        return int(value) if value == value.to_integral_value() else value
    total = Decimal(0)
    if words[0][:1].isdigit():  # "1 buçuk": digits, then a half
        head = parse_number(words[:1], lexicon)
        if not isinstance(head, (int, Decimal)):
            return None
        total, words = Decimal(head), words[1:]
    for word in words:
        entry = lexicon.get(word)
        if entry is None:
            return None
        value, kind = entry
        if kind == "vague":
            return "X"
        if kind not in ("unit", "ten", "hundred", "half", "plus_half"):
            return None
        total += Decimal(value)
    if total <= 0:
        return None
    return int(total) if total == total.to_integral_value() else total
