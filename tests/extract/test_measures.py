"""Measure phrases before a noun (extract/measures.py), on the agreements tokenizer."""

import pytest

from tr_diplo_ie.extract.agreements import _tokenize
from tr_diplo_ie.extract.measures import measure_start


def _measure(text: str, before: str):
    """The measure phrase that ends right before the word ``before``, as text (or None)."""
    toks = _tokenize(text, 0, len(text))
    j = next(i for i, t in enumerate(toks) if t.text == before) - 1
    k = measure_start(toks, j)
    return None if k is None else text[toks[k].start:toks[j].end]


@pytest.mark.parametrize("text, before, expected", [
    ("Kulüp 2+1 yıllık sözleşme imzaladı.", "sözleşme", "2+1 yıllık"),
    ("Kulüp 3’er yıllık sözleşme imzaladı.", "sözleşme", "3’er yıllık"),
    ("İki şirket 10 yıl süreli anlaşma yaptı.", "anlaşma", "10 yıl süreli"),
    ("Kulüp 1,5 milyon euroluk sözleşme imzaladı.", "sözleşme", "1,5 milyon euroluk"),
    ("Bakanlar üç yıllık plan kabul etti.", "plan", "üç yıllık"),
])
def test_measure_phrases(text, before, expected):
    assert _measure(text, before) == expected


@pytest.mark.parametrize("text, before", [
    ("Şirket 2011'de belirsiz süreli sözleşme imzaladı.", "sözleşme"),  # a year with a case ending
    ("Taraflar yıllık plan hazırladı.", "plan"),                       # no number
    ("Kulüp 3 yeni sözleşme imzaladı.", "sözleşme"),                    # a count, not a measure
])
def test_not_measure_phrases(text, before):
    assert _measure(text, before) is None
