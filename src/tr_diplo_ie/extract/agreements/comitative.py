"""Comitative nouns ("firmalarla", "Rusya'yla"): the other party of a described document,
and the possessor comitative ("Fenerbahçe ile sözleşmesi")."""

from __future__ import annotations

from typing import Optional

import regex

from ..measures import is_number as _is_number, is_unit as _is_unit, measure_start
from .heads import _HeadMatch
from .tokens import _WITH_POSTP, _Tok, _comitative  # noqa: F401 (re-exported to described)


_MORE = frozenset({"daha", "fazla"})


def _possessor_comitative(toks, j: int, h: _HeadMatch) -> Optional[int]:
    """``Fenerbahçe ile sözleşmesi``, ``Schalke ile 1 yıl (1 yıllık) daha sözleşmesi``: a contract head
    with a possessive ``-sI`` after ``X ile`` or ``X ile olan`` (X a name of up to three words, or a club
    named by a common noun; only a number of time units may come between) is the owner's document
    with X; the comitative belongs to the noun, not to a verb.  The first token of X, or None."""
    head = h.head
    form = toks[h.last].low
    if head.type != "contract" or len(head.stems) != 1 or not form.startswith(head.lemma):
        return None  # "Arsenal'in Cech ile anlaşmasından sonra": the verbal noun, agreeing with X
    rest = form[len(head.lemma):]
    if head.lemma[-1:] in "aeıioöuü" and rest[:2] not in ("sı", "si", "su", "sü") \
            or head.lemma[-1:] not in "aeıioöuü" and rest[:1] not in ("ı", "i", "u", "ü"):
        return None  # "Schalke ile 1 yıl daha kontratı" too (session 23's third article pool, spor-420)
    between = toks[j + 1:h.first]
    if between and between[0].low == "olan":
        between = between[1:]  # "takım ile olan sözleşmesi" (dev spor-327)
    if between and between[-1].low == "olan":
        between = between[:-1]  # "Queretaro Kulübü ile 2016 yılına kadar olan sözleşmesini"
    if _until(between):
        between = []  # "Belçika ekibi ile 2017 yılına kadar sözleşmesi bulunan" (session 23's article pool)
    if between and not (len(between) >= 2 and _is_number(between[0])
                        and all(t.kind == "word" and not t.cap and (t.low in _MORE or _is_unit(t)
                                                                   or k == 1 and measure_start(between, 1) == 0)
                                for k, t in enumerate(between[1:], 1))):
        return None  # (a measure adjective too: "Roma ile 1 yıllık daha sözleşmesi", round 17 dev spor-258)
    x = j - 1
    if x >= 0 and not toks[x].cap and _TEAM.match(toks[x].low):
        # "Ronaldinho kulübü ile sözleşmesini", "yeşil-beyazlı takım ile olan sözleşmesi" (dev spor-291,
        # -327): the owner's club, named by a common noun (no party) and its colours
        if x - 1 >= 0 and _COLOURS.search(toks[x - 1].low):
            x -= 1  # not a name before it: "Ronaldinho kulübü ile" is the subject and his club
        return x
    if x < 0 or not toks[x].cap:
        return None
    while x - 1 >= 0 and toks[x - 1].cap and not toks[x - 1].apos and j - 1 - x < 2:
        x -= 1
    return x


_DATIVE = regex.compile(r"(?:[ae]|[yn][ae])\Z")


def _until(between) -> bool:
    """``2017 yılına kadar``, ``sezon sonuna kadar``, ``2018'e kadar``: up to three words or numbers
    ending in a dative before ``kadar`` (the term of the contract)."""
    if len(between) < 2 or between[-1].low != "kadar" or len(between) > 4:
        return False
    before = between[-2]
    dative = before.apos_suffix[-1:] in ("a", "e") if before.apos else bool(_DATIVE.search(before.low))
    return dative and all(t.kind in ("word", "num") for t in between[:-1])


_TEAM = regex.compile(r"(?:kulüb|kulüp|takım|ekib|ekip)[ıiuü]?\Z")
_COLOURS = regex.compile(r"\p{L}+-\p{L}+l[ıiuü]\Z")  # "yeşil-beyazlı", "sarı-lacivertli"
