"""Titles, ranks and roles that stand before a person's name (``resources/titles.tsv``).

One matcher for every stage that must tell a title from a name: speaker resolution,
interview labels and the NER person-span policy.
"""
from __future__ import annotations

import functools
from typing import Sequence

import regex

from . import resources

MAX_TITLE_WORDS = 4


@functools.lru_cache(maxsize=None)
def alternation() -> str:
    """A regex source matching any title of ``titles.tsv``, for patterns that embed it."""
    return "|".join(f"(?:{r['pattern']})" for r in resources.tsv("titles.tsv"))


@functools.lru_cache(maxsize=None)
def _any_title() -> regex.Pattern:
    return regex.compile(alternation())


def is_title(text: str) -> bool:
    """True when ``text`` as a whole is a title ("Cumhurbaşkanı", "Emekli Albay", "Dışişleri Bakanı")."""
    return _any_title().fullmatch(text) is not None


def title_words(words: Sequence[str]) -> int:
    """How many of the first ``words`` form a title (0 when they do not start with one)."""
    for n in range(min(MAX_TITLE_WORDS, len(words)), 0, -1):
        if is_title(" ".join(words[:n])):
            return n
    return 0


@functools.lru_cache(maxsize=None)
def _title_rows() -> tuple[tuple[regex.Pattern, str], ...]:
    return tuple((regex.compile(r["pattern"]), r["title"]) for r in resources.tsv("titles.tsv"))


@functools.lru_cache(maxsize=4096)
def canonical(written: str) -> str:
    """The nominative title for a written one; a generic role is kept as written."""
    for pattern, title in _title_rows():
        if pattern.fullmatch(written) and not title.startswith("("):
            return title
    return written
