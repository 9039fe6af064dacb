"""Measure phrases before a noun: "2+1 yıllık", "3’er yıllık", "10 yıl süreli",
"1,5 milyon dolarlık" (a number, optional unit/scale words, a -lIk / -lI adjective).

Works on any token objects with ``kind`` (word | num | punct), ``text``, ``low``,
``cap``, ``apos``, ``start`` and ``end`` (the agreements extractor's tokens)."""

from __future__ import annotations

import functools
from typing import Optional, Sequence

import regex

from .. import resources
from ..textnorm import tr_lower
from . import numbers

_MEASURE_ADJ = regex.compile(r"(?:l[ıiuü]k|l[ıiuü])\Z")  # yıllık, süreli, euroluk
_MEASURE_LINK = frozenset("+-/")  # "2+1"
_DISTRIBUTIVE = frozenset({"şer", "şar", "er", "ar"})  # "2'şer yıllık", "3’er yıllık"


def is_number(tok, initial: bool = False) -> bool:
    """A number as a measure: digits (with a distributive ending only, not "2011'de")
    or a number word; with ``initial`` (the sentence's first word) a capitalised one too ("İki
    yıllık anlaşma sağladı")."""
    if tok.kind == "num":
        ending = regex.split(r"['’]", tok.text, maxsplit=1)[1:]
        return not ending or tr_lower(ending[0]) in _DISTRIBUTIVE
    return tok.kind == "word" and (initial or not tok.cap) and tok.low in numbers.lexicon().words


@functools.lru_cache(maxsize=None)
def _measure_units() -> frozenset:
    """Words between a number and its measure adjective: time units and scales."""
    units = {tr_lower(row["word"]) for row in resources.tsv("time_units.tsv")}
    return frozenset(units | set(numbers.lexicon().scales))


def _unit_word(low: str, last: bool) -> bool:
    """A unit or scale word; the one right before the adjective may bear a possessive
    ("1 yılı opsiyonlu": one year of it optional)."""
    units = _measure_units()
    return low in units or (last and low[-1:] in "ıiuü" and low[:-1] in units)


def is_unit(tok) -> bool:
    """A time unit or scale word ("yıl", "milyon")."""
    return tok.kind == "word" and tok.low in _measure_units()


def measure_start(toks: Sequence, j: int) -> Optional[int]:
    """First token of a measure phrase that ends at ``toks[j]`` and modifies the head:
    ``NUMBER [+ NUMBER] [up to two unit/scale words] ADJ`` ("2+1 yıllık", "3’er yıllık",
    "10 yıl süreli", "1,5 milyon dolarlık", "1 yılı opsiyonlu").  None when ``toks[j]`` ends no such phrase."""
    tok = toks[j]
    if tok.kind != "word" or tok.cap or tok.apos or not _MEASURE_ADJ.search(tok.low):
        return None
    k = j - 1
    while k >= 0 and j - k <= 2 and toks[k].kind == "word" and _unit_word(toks[k].low, last=k == j - 1):
        k -= 1  # unit or scale words: "yıl", "milyon"; "1 yılı opsiyonlu"
    if k < 0 or not is_number(toks[k], initial=k == 0):
        return None
    while k - 2 >= 0 and toks[k - 1].kind == "punct" and toks[k - 1].text in _MEASURE_LINK \
            and toks[k - 1].start == toks[k - 2].end and is_number(toks[k - 2]):
        k -= 2  # "2+1"
    while k - 1 >= 0 and is_number(toks[k - 1]) and toks[k - 1].kind == "word":
        k -= 1  # "yüz elli"
    return k
