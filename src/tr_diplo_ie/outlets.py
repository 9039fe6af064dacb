"""Newspapers, agencies and channels (``resources/media_outlets.txt``).

NER runs a person's name on into the outlet the person spoke to ("Ersoy Akdemir
Hürriyet'e yaptığı açıklamada"); the NER span policy and the name book cut it off.
"""
from __future__ import annotations

import functools
from typing import Sequence

from . import resources
from .textnorm import strip_suffix


@functools.lru_cache(maxsize=None)
def _outlets_by_last_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Outlet names as word tuples, grouped by their last word, longest first."""
    groups: dict[str, list[tuple[str, ...]]] = {}
    for name in resources.words("media_outlets.txt"):
        words = tuple(name.split())
        groups.setdefault(words[-1], []).append(words)
    return {last: tuple(sorted(names, key=len, reverse=True)) for last, names in groups.items()}


def outlet_tail(words: Sequence[str]) -> int:
    """How many of the last ``words`` name an outlet (a case suffix on the last one is
    ignored), when at least one word is left before them; else 0."""
    if not words:
        return 0
    last = strip_suffix(words[-1])
    outlets = _outlets_by_last_word().get(last)
    if not outlets:
        return 0
    words = [*words[:-1], last]
    for outlet in outlets:  # the longest outlet decides: "New York Times" is no "New York" + "Times"
        n = len(outlet)
        if tuple(words[-n:]) == outlet:
            return n if len(words) > n else 0
    return 0


def is_outlet(name: str) -> bool:
    """Whether ``name`` is an outlet's name (``New York Times``, ``Hürriyet``)."""
    words = name.split()
    return bool(words) and outlet_tail(["", *words]) == len(words)
