"""Offset helpers: overlapping spans, a token inside a time expression, a span's text with
its whitespace collapsed, a mention's name."""

from __future__ import annotations

from typing import Sequence

import regex

from ...records import TimeExpression
from .tokens import _QUOTES, _Tok


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _in_date(tok: _Tok, dates: Sequence[TimeExpression]) -> bool:
    return any(_overlaps(tok.start, tok.end, d.start, d.end) for d in dates)


def date_run_start(toks: list[_Tok], k: int, dates: Sequence[TimeExpression]) -> int:
    """The first of the tokens inside dates that run back from ``toks[k]`` (itself in one)."""
    while k - 1 >= 0 and _in_date(toks[k - 1], dates):
        k -= 1
    return k


def _clean(text: str) -> str:
    return " ".join(text.split())


# a pair of single quote marks around words ("'hızlı büyüme' kararı"); an apostrophe between
# letters ("Köşk'ün") or before a spaced suffix ("İtalya 'nın") has no partner
_SINGLE_PAIR = regex.compile(r"(?<![\p{L}\d])[‘'’\x91](?=\p{L})([^‘'’\x91\x92]*?[\p{L}\d])[’'\x92](?!\p{L})")


def _name_of(text: str) -> str:
    """A mention's name: its text without quote marks, whitespace collapsed ('"Ortak Ekonomik
    Alan" kurulmasını öngören anlaşma' -> 'Ortak Ekonomik Alan kurulmasını …'; ANNOTATION.md:
    inner quote marks stay in the text, none in the name); a mis-decoded Windows-1252 apostrophe
    is written ’ ("Fitch\x92in" -> "Fitch’in"; ANNOTATION.md, notes L, AK)."""
    text = _SINGLE_PAIR.sub(r"\1", "".join(ch for ch in text if ch not in _QUOTES))
    return _clean(text.replace("\x92", "’"))
