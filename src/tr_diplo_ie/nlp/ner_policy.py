"""Titles are not part of a person's name: cut them off the front of NER person spans;
a newspaper or channel run on after the name becomes an organisation of its own.

The NER training data writes ``Tümgeneral [PER Atila Işık]``, the gold format's speaker
is the name without title, and the model still sometimes tags ``Tümgeneral Atila Işık``
as one person (NER dev split: 1 such span of 3,384; fixing it is +1 true positive).
Titles come from ``resources/titles.tsv`` (ranks, offices, roles).
"""
from __future__ import annotations

from typing import Optional, Sequence

import regex

from ..extract import gazetteer
from ..outlets import outlet_tail
from ..titles import is_title, title_words


def tidy_person_spans(words: Sequence[str], tags: Sequence[str],
                      upos: Optional[Sequence[Optional[str]]] = None) -> list[str]:
    """BIOES ``tags`` of one sentence with leading title words taken out of PER spans and a
    trailing media outlet made an ORG span; with the tagger's ``upos`` (one per token), a
    given name the span left out is taken back in (see :func:`_given_name_before`).

    A span that is nothing but a title is left alone (``Başbakan`` tagged as a person
    stands for one)."""
    out = list(tags)
    i = 0
    while i < len(out):
        if out[i] != "B-PER":
            i += 1
            continue
        if upos is not None and _given_name_before(words, out, upos, i):
            out[i - 1], out[i] = "B-PER", "I-PER"
            i -= 1
        j = i
        while j + 1 < len(out) and out[j + 1] in ("I-PER", "E-PER"):
            j += 1
        tail = outlet_tail(words[i:j + 1])
        if tail:
            # "Ersoy Akdemir Hürriyet'e yaptığı açıklamada": the name, then the newspaper
            out[j - tail + 1:j + 1] = ["S-ORG"] if tail == 1 else ["B-ORG", *["I-ORG"] * (tail - 2), "E-ORG"]
            j -= tail
            out[j] = "S-PER" if j == i else "E-PER"
        n = _title_tokens(words[i:j])  # leave at least one name word
        if n:
            for k in range(i, i + n):
                out[k] = "O"
            out[i + n] = "S-PER" if i + n == j else "B-PER"
        i = j + 1 + tail
    return out


_NAME = regex.compile(r"\p{Lu}\p{Ll}+")
_AGENTIVE = regex.compile(r"[cç][ıiuü]\Z")  # the occupation suffix -CI (kuyumcu, gazeteci, hacı)


def _given_name_before(words: Sequence[str], tags: Sequence[str], upos: Sequence[Optional[str]], i: int) -> bool:
    """The token before a PER span at ``i`` is a given name the model left out: a proper noun
    in the nominative, outside any entity, after a lower-case word ("konuşan Sırrı [PER
    Süreyya Önder]", round 24-25 dev siyaset-68, -104), neither a title nor a place."""
    if i < 2 or tags[i - 1] != "O" or upos[i - 1] != "PROPN" or not _NAME.fullmatch(words[i - 1]):
        return False
    if not words[i - 2][:1].islower():
        return False
    if _AGENTIVE.search(words[i - 1]):
        return False  # "bir başka Kuyumcu İbrahim Gündoğay" (round 24 dev ekonomi-385): an occupation
    return not is_title(words[i - 1]) and gazetteer.lookup(words[i - 1]) is None


def _title_tokens(words: Sequence[str]) -> int:
    """How many of the first ``words`` (tokens) form a title; the tokenizer splits an
    abbreviation's period off ("Dr", ".", "Darrell"), which joins back onto it."""
    if "." not in words:
        return title_words(words)
    text, best = "", 0
    for n, word in enumerate(words, 1):
        text = text + word if word == "." or not text else f"{text} {word}"
        if is_title(text):
            best = n
    return best
