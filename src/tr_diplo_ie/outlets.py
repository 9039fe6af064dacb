"""Newspapers, agencies and channels (``resources/media_outlets.txt``).

NER runs a person's name on into the outlet the person spoke to ("Ersoy Akdemir
Hürriyet'e yaptığı açıklamada"); the NER span policy and the name book cut it off.
"""
from __future__ import annotations

import functools
from typing import Sequence

import regex

from . import resources

_APOSTROPHE = regex.compile(r"['’\x92]")


@functools.lru_cache(maxsize=None)
def _outlets() -> tuple[tuple[str, ...], ...]:
    """Outlet names as word tuples, longest first."""
    return tuple(sorted((tuple(w.split()) for w in resources.words("media_outlets.txt")),
                        key=len, reverse=True))


def outlet_tail(words: Sequence[str]) -> int:
    """How many of the last ``words`` name an outlet (a case suffix on the last one is
    ignored), when at least one word is left before them; else 0."""
    if not words:
        return 0
    words = [*words[:-1], _APOSTROPHE.split(words[-1], maxsplit=1)[0]]
    for outlet in _outlets():  # the longest outlet decides: "New York Times" is no "New York" + "Times"
        n = len(outlet)
        if tuple(words[-n:]) == outlet:
            return n if len(words) > n else 0
    return 0
