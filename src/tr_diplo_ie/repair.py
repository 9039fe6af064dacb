"""Repair of sentence boundaries that a statistical tokenizer gets wrong in news text.

A sentence that ends in an abbreviation ("Dr.", "Prof.", "T.C.", from
``resources/abbreviations.txt``) or in an ordinal number ("7." before
"Toplantısı") on the same line as what follows is joined with the next one.
Works on the :class:`~tr_diplo_ie.analysis.Analysis` view only (no stanza); the
joined sentence keeps one root (the second part's root is attached to the
first's as ``parataxis``).
"""

from __future__ import annotations

import functools

import attrs
import regex

from . import resources
from .analysis import Analysis, Sentence

_ORDINAL = regex.compile(r"\d{1,3}")


@functools.lru_cache(maxsize=None)
def _abbreviations() -> frozenset[str]:
    return frozenset(resources.words("abbreviations.txt"))


def _ends_falsely(text: str, sent: Sentence, nxt: Sentence) -> bool:
    """True when ``sent`` ends at an abbreviation or ordinal that ``nxt`` continues."""
    between = text[sent.end:nxt.start]
    if "\n" in between or not sent.tokens:
        return False
    last = sent.tokens[-1]
    if not text[last.start:last.end].endswith("."):
        return False
    # the word the period belongs to (a separate "." token or part of the last token)
    if last.text == "." and len(sent.tokens) >= 2 and sent.tokens[-2].end == last.start:
        word = sent.tokens[-2].text
    else:
        word = last.text[:-1]
    following = text[nxt.start:nxt.start + 1]
    if word + "." in _abbreviations() or regex.fullmatch(r"(?:\p{Lu}\.)*\p{Lu}", word):
        return True
    return bool(_ORDINAL.fullmatch(word)) and following.isupper()


def _join(first: Sentence, second: Sentence) -> Sentence:
    n_tokens, n_words = len(first.tokens), len(first.words)
    first_root = next((i for i, w in enumerate(first.words) if w.head == -1), None)
    tokens = list(first.tokens) + [
        attrs.evolve(t, words=tuple(w + n_words for w in t.words)) for t in second.tokens
    ]
    words = list(first.words)
    for w in second.words:
        head, deprel = w.head, w.deprel
        if head is not None and head >= 0:
            head += n_words
        elif head == -1 and first_root is not None:
            head, deprel = first_root, "parataxis"
        words.append(attrs.evolve(w, token=w.token + n_tokens, head=head, deprel=deprel))
    return Sentence(start=first.start, end=second.end, tokens=tokens, words=words)


def repair_sentences(analysis: Analysis) -> Analysis:
    """The analysis with falsely split sentences joined (unchanged when nothing to do)."""
    sentences = list(analysis.sentences)
    out: list[Sentence] = []
    for sent in sentences:
        if out and _ends_falsely(analysis.text, out[-1], sent):
            out[-1] = _join(out[-1], sent)
        else:
            out.append(sent)
    if len(out) == len(sentences):
        return analysis
    return attrs.evolve(analysis, sentences=tuple(out))
