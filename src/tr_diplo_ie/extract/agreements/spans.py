"""Offset helpers: overlapping spans, a token inside a time expression, a span's text with
its whitespace collapsed."""

from __future__ import annotations

from typing import Sequence

from ...records import TimeExpression
from .tokens import _Tok


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _in_date(tok: _Tok, dates: Sequence[TimeExpression]) -> bool:
    return any(_overlaps(tok.start, tok.end, d.start, d.end) for d in dates)


def _clean(text: str) -> str:
    return " ".join(text.split())
