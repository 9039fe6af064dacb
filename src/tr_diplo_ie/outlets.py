"""Newspapers, agencies and channels (``resources/media_outlets.txt``).

NER runs a person's name on into the outlet the person spoke to ("Ersoy Akdemir
Hürriyet'e yaptığı açıklamada"); the NER span policy and the name book cut it off.
"""
from __future__ import annotations

import functools
from typing import Sequence

from . import resources
from .textnorm import strip_suffix, tr_lower


@functools.lru_cache(maxsize=None)
def _outlets_by_last_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Outlet names as word tuples, grouped by their last word, longest first."""
    groups: dict[str, list[tuple[str, ...]]] = {}
    for name in resources.words("media_outlets.txt"):
        words = tuple(name.split())
        groups.setdefault(words[-1], []).append(words)
    return {last: tuple(sorted(names, key=len, reverse=True)) for last, names in groups.items()}


def _same_word(written: str, listed: str) -> bool:
    """A word of an outlet's name as written: as listed, or in capitals where the listed word is
    not ("WALL Street Journal": a paragraph's first word in capitals, dev ekonomi-105)."""
    return written == listed or (len(written) > 1 and written.isupper() and not listed.isupper()
                                 and written[0] + tr_lower(written[1:]) == listed)


def _tail_outlet(words: Sequence[str]) -> tuple[str, ...]:
    """The outlet (as listed) that the last ``words`` name, a case suffix on the last one
    ignored; () when none."""
    if not words:
        return ()
    last = strip_suffix(words[-1])
    outlets = _outlets_by_last_word().get(last)
    if not outlets:
        return ()
    words = [*words[:-1], last]
    for outlet in outlets:  # the longest outlet decides: "New York Times" is no "New York" + "Times"
        n = len(outlet)
        if len(words) >= n and all(_same_word(w, o) for w, o in zip(words[-n:], outlet)):
            return outlet
    return ()


def outlet_tail(words: Sequence[str]) -> int:
    """How many of the last ``words`` name an outlet (a case suffix on the last one is
    ignored), when at least one word is left before them; else 0."""
    n = len(_tail_outlet(words))
    return n if len(words) > n else 0


def outlet_name(name: str) -> str:
    """The outlet's name as listed when ``name`` (a case suffix on its last word ignored) is
    one ("WALL Street Journal'a" -> "Wall Street Journal"), else ""."""
    words = name.split()
    outlet = _tail_outlet(words)
    return " ".join(outlet) if outlet and len(outlet) == len(words) else ""


def is_outlet(name: str) -> bool:
    """Whether ``name`` is an outlet's name (``New York Times``, ``Hürriyet``)."""
    return bool(outlet_name(name))
