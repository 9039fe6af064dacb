"""Head nouns in a token list: each lexicon head ("anlaşma", "mutabakat muhtırası") with an
optional case ending; a shorter head inside a longer one is dropped."""

from __future__ import annotations

import functools
from typing import Optional

import attrs
import regex

from ...textnorm import tr_lower
from .lexicon import _Head, _Lexicon, _lexicon
from .tokens import _Tok


@attrs.frozen(slots=True)
class _HeadMatch:
    first: int  # token index of the first head word
    last: int  # token index of the last head word
    stem_end: int  # offset where the stem (nominative) ends
    head: _Head
    suffix: str  # the case ending after the stem ('' for nominative)


@functools.lru_cache(maxsize=None)
def _heads_by_initial() -> dict[str, tuple[_Head, ...]]:
    """The lexicon's heads grouped by the first two letters of their last stem word (order kept)."""
    groups: dict[str, list[_Head]] = {}
    for head in _lexicon().heads:
        groups.setdefault(head.stems[-1][:2], []).append(head)
    return {key: tuple(heads) for key, heads in groups.items()}


def _match_head_at(toks: list[_Tok], i: int, lex: _Lexicon) -> Optional[_HeadMatch]:
    if toks[i].kind != "word":
        return None
    for head in _heads_by_initial().get(toks[i].low[:2], ()):
        n = len(head.stems)
        first = i - n + 1
        if first < 0:
            continue
        if any(toks[first + k].kind != "word" or toks[first + k].apos or toks[first + k].low != head.stems[k]
               for k in range(n - 1)):
            continue
        tok = toks[i]
        if tok.kind != "word":
            return None
        last_stem = head.stems[-1]
        if not tok.low.startswith(last_stem):
            continue
        rest = tok.low[len(last_stem):]
        if rest and rest not in lex.suffixes:
            continue
        if rest and tok.apos:
            continue  # "plan" + "ı'nı": stem+ending before an apostrophe is another stem
        suffix = rest or tok.apos_suffix
        return _HeadMatch(first=first, last=i, stem_end=tok.start + len(tok.word) - len(rest),
                          head=head, suffix=suffix)
    return None


@functools.lru_cache(maxsize=None)
def _last_stems() -> regex.Pattern:
    stems = sorted({head.stems[-1] for head in _lexicon().heads}, key=len, reverse=True)
    return regex.compile("|".join(regex.escape(stem) for stem in stems))


def may_hold_head(text: str) -> bool:
    """False when no head can be in ``text`` (none of the heads' last stems occurs in it):
    a sentence without one is not tokenised at all."""
    return _last_stems().search(tr_lower(text)) is not None


def _find_heads(toks: list[_Tok], lex: _Lexicon) -> list[_HeadMatch]:
    found: list[_HeadMatch] = []
    for i in range(len(toks)):
        m = _match_head_at(toks, i, lex)
        if m is not None:
            found.append(m)
    # a shorter head inside a longer one ("mutabakat" in "mutabakat muhtırası") goes
    keep = []
    for m in found:
        if any(o is not m and o.first <= m.first and m.last <= o.last and (o.last - o.first) > (m.last - m.first)
               for o in found):
            continue
        if any(o is not m and o.first <= m.last < o.last for o in found):
            continue
        keep.append(m)
    return keep
