"""A rule-based sentence splitter and tokenizer (no model, no tags).

It is the fallback analysis when no stanza model is available (or the user
switches it off) and it builds hand-made analyses in tests.  It knows Turkish
abbreviations ("Dr.", "vb.", "T.C."), ordinals ("7. Toplantısı") and keeps
apostrophe suffixes on their word ("Tokayev'i").
"""

from __future__ import annotations

import regex

from . import resources
from .analysis import Analysis, Sentence, Token, Word

_TOKEN = regex.compile(
    r"""
      \d+(?:[.,]\d+)*(?:['’]\p{L}+)?        # numbers: 1.250.000  31,5  2024'te
    | (?:\p{Lu}\.){2,}(?:['’]\p{L}+)?       # initialisms: T.C.  A.B.D.
    | \p{L}[\p{L}\p{M}\d]*(?:[-‑]\p{L}[\p{L}\p{M}\d]*)*(?:['’]\p{L}+)?   # words, Kazak-Kırgız, Bişkek'e
    | \S                                      # any other single character
    """,
    regex.VERBOSE,
)

# A sentence ends at . ! ? … (and closing quotes/brackets after them) followed by space.
_END = regex.compile(r"""[.!?…]+[\"'”’»)\]]*(?=\s|\Z)|\n\s*\n|\n""")
_ORDINAL = regex.compile(r"(?<![\d.,])\d{1,3}\.\Z")


def _abbreviations() -> frozenset[str]:
    return frozenset(resources.words("abbreviations.txt"))


def _is_false_end(text: str, end_match) -> bool:
    """True when a period at ``end_match`` belongs to an abbreviation or an ordinal."""
    mark = end_match.group()
    if not mark.strip():
        return False
    following = text[end_match.end():end_match.end() + 3].lstrip(" \t")
    if following[:1].islower():  # '..." dedi.' / '... vb. şeyler' continue the sentence
        return True
    if mark != ".":
        return False
    before = text[max(0, end_match.start() - 12):end_match.end()]
    word = before.split()[-1] if before.split() else ""
    if word in _abbreviations() or regex.fullmatch(r"(?:\p{Lu}\.){2,}", word):
        return True
    if _ORDINAL.search(before):
        return bool(following) and not following.startswith("\n")
    return False


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (white space trimmed)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        if _is_false_end(text, match):
            continue
        end = match.end() if match.group().strip() else match.start()
        _add_span(text, start, end, spans)
        start = match.end()
    _add_span(text, start, len(text), spans)
    return spans


def _add_span(text: str, start: int, end: int, spans: list) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def tokenize(text: str, start: int, end: int) -> tuple[Token, ...]:
    """Tokens of ``text[start:end]`` with absolute offsets; one word per token."""
    tokens = []
    for i, match in enumerate(_TOKEN.finditer(text, start, end)):
        tokens.append(Token(text=match.group(), start=match.start(), end=match.end(), words=(i,)))
    return tuple(tokens)


def analyze(text: str) -> Analysis:
    """A tag-free Analysis of ``text``: sentences and tokens only."""
    sentences = []
    for start, end in sentence_spans(text):
        tokens = tokenize(text, start, end)
        words = tuple(Word(text=tok.text, token=i) for i, tok in enumerate(tokens))
        sentences.append(Sentence(start=start, end=end, tokens=tokens, words=words))
    return Analysis(text=text, sentences=tuple(sentences), source="rules")
