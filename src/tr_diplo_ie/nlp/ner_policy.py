"""Titles are not part of a person's name: cut them off the front of NER person spans.

The NER training data writes ``Tümgeneral [PER Atila Işık]``, the gold format's speaker
is the name without title, and the model still sometimes tags ``Tümgeneral Atila Işık``
as one person (NER dev split: 1 such span of 3,384; fixing it is +1 true positive).
Titles come from ``resources/titles.tsv`` (ranks, offices, roles).
"""
from __future__ import annotations

import functools
from typing import Sequence

import regex

from .. import resources

MAX_TITLE_WORDS = 4


@functools.lru_cache(maxsize=None)
def _title() -> regex.Pattern:
    rows = resources.tsv("titles.tsv")
    return regex.compile("|".join(f"(?:{r['pattern']})" for r in rows))


def title_words(words: Sequence[str]) -> int:
    """How many of the first ``words`` form a title (0 when they do not start with one)."""
    pattern = _title()
    for n in range(min(MAX_TITLE_WORDS, len(words)), 0, -1):
        if pattern.fullmatch(" ".join(words[:n])):
            return n
    return 0


def trim_person_titles(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """BIOES ``tags`` of one sentence with leading title words taken out of PER spans.

    A span that is nothing but a title is left alone (``Başbakan`` tagged as a person
    stands for one)."""
    out = list(tags)
    i = 0
    while i < len(out):
        if out[i] != "B-PER":
            i += 1
            continue
        j = i
        while j + 1 < len(out) and out[j + 1] in ("I-PER", "E-PER"):
            j += 1
        n = title_words(words[i:j])  # leave at least one name word
        if n:
            for k in range(i, i + n):
                out[k] = "O"
            out[i + n] = "S-PER" if i + n == j else "B-PER"
        i = j + 1
    return out
