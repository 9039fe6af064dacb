"""String normalisation and tokenisation used by the gold-format scorer.

The gold-format spec ("Matching") compares strings after

1. Unicode NFC,
2. removal of quote marks and apostrophes of every style
   (``" “ ” „ « » ' ‘ ’ ` ´`` and their close relatives ``‚ ‛ ‹ › ′ ″ ＂ ＇``),
3. Turkish-aware lower-casing: ``I`` → ``ı`` and ``İ`` → ``i`` (Python's
   ``str.lower`` would give ``i`` and ``i̇``), then ordinary lower-casing,
4. white space (any Unicode space, tab, newline) collapsed to one space and
   stripped at both ends.

Quote marks are *removed*, not replaced by a space: ``Türkiye'nin`` →
``türkiyenin``, ``“Kapsamlı Plan”`` → ``kapsamlı plan``.

:func:`tokens` splits a normalised string into word tokens for token Jaccard:
runs of letters/marks/digits; a number keeps its inner ``.``/``,`` separators
(``3.000``, ``1,5``); all other punctuation separates tokens and is dropped.
"""

from __future__ import annotations

import unicodedata
from typing import Iterable, Optional

import regex

__all__ = ["QUOTE_CHARS", "tr_lower", "normalize", "tokens", "token_set", "jaccard", "token_jaccard", "last_token"]

#: Every character that :func:`normalize` deletes.
QUOTE_CHARS = "\"“”„«»'‘’`´‚‛‹›′″＂＇"

_DELETE = {ord(c): None for c in QUOTE_CHARS}
_TURKISH_UPPER = {ord("I"): "ı", ord("İ"): "i"}
_SPACES = regex.compile(r"\s+")
# A stray combining dot above left after "i" (from a non-Turkish lower-casing of İ).
_I_DOT = regex.compile("i\u0307")

_TOKEN = regex.compile(
    r"""
    (?> \p{N}+ (?: [.,] \p{N}+ )* ) (?![\p{L}\p{M}])   # a number with inner separators: 3.000  1,5  2025
    | [\p{L}\p{M}\p{N}]+           # a word (letters, combining marks, digits): 60lık is one
    """,
    regex.VERBOSE,
)


def tr_lower(text: str) -> str:
    """Turkish-aware lower-casing (I → ı, İ → i), nothing else."""
    return _I_DOT.sub("i", text.translate(_TURKISH_UPPER).lower())


def normalize(text: Optional[str]) -> str:
    """Normalise a string for comparison (see module docstring); None → ``""``."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    text = text.translate(_DELETE)
    text = tr_lower(text)
    return _SPACES.sub(" ", text).strip()


def tokens(text: Optional[str]) -> list[str]:
    """Word tokens of the *normalised* ``text`` (in order, with repeats)."""
    return _TOKEN.findall(normalize(text))


def token_set(text: Optional[str]) -> frozenset[str]:
    """The set of normalised word tokens of ``text``."""
    return frozenset(tokens(text))


def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    """Set Jaccard |a ∩ b| / |a ∪ b|; 0.0 when both are empty."""
    sa, sb = set(a), set(b)
    union = sa | sb
    if not union:
        return 0.0
    return len(sa & sb) / len(union)


def token_jaccard(a: Optional[str], b: Optional[str]) -> float:
    """Token Jaccard of two strings after normalisation.

    Two strings without any word token (e.g. only punctuation) score 1.0 when
    their normalised forms are equal and non-empty, else 0.0.
    """
    ta, tb = token_set(a), token_set(b)
    if not ta and not tb:
        na, nb = normalize(a), normalize(b)
        return 1.0 if na and na == nb else 0.0
    return jaccard(ta, tb)


def last_token(text: Optional[str]) -> str:
    """The last normalised word token of ``text`` (``""`` when there is none)."""
    toks = tokens(text)
    return toks[-1] if toks else ""


LINE_BREAK = regex.compile(r"[ \t]*\n\s*")  # a line break with the white space around it
# A case ending cut off its word by scraping, after a spaced apostrophe ("Washington 'a",
# "Yunanistan 'ın", "2012 ’de"): a pattern source for the readers that accept it.
SPACED_SUFFIX = r"\p{Ll}{1,5}(?![\p{L}\p{M}'’])"
# A single mark that a word-final one closes later on its line ("'siz kim oluyorsunuz' diye", "yönetimi
# 'hızlı büyüme' kararı"): an opening quote mark, not a spaced suffix's apostrophe.
SINGLE_MARK_CLOSES_SOON = r"[^'’\x92\n]{0,80}?[\p{L}\p{N}.!?]['’\x92](?![\p{L}\p{M}])"
_APOSTROPHE = regex.compile(r"['’\x92]")  # \x92: a CP1252 apostrophe left in some texts
# An apostrophe inside a name: after a word's lone first capital, before a capitalised word
# ("O’Leary", "D'Alema"); a case ending after an apostrophe is lower case (or all capitals).
_NAME_INITIAL = r"(?<![\p{L}])\p{Lu}"
_SUFFIX_APOSTROPHE = regex.compile(rf"['’\x92](?!\p{{Lu}}\p{{Ll}})|(?<!{_NAME_INITIAL})['’\x92]")


def strip_suffix(word: str) -> str:
    """``"Tokayev'i"`` -> ``"Tokayev"``, ``"O’Leary’nin"`` -> ``"O’Leary"``; words without an
    apostrophe stay as they are."""
    return _SUFFIX_APOSTROPHE.split(word, maxsplit=1)[0]
