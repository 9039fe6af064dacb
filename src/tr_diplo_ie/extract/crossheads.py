"""Speakers for direct quotes that have no cue: crossheads and uncued body quotes.

The annotation guidelines (corpus/gold/ANNOTATION.md) give a quoted crosshead the
speaker "whose quote it condenses". A crosshead (``source`` ending in ``.headline``, one
sentence or in capitals) announces what follows, so it takes the speaker of the quote that shares the most
words with it, else of the next attributed quote, else of the previous one.  An uncued
quote in running text continues what was said before it: previous speaker first.
Quotes that already have a speaker or a cue are never changed.
"""
from __future__ import annotations

from typing import Optional, Sequence

import attrs
import regex

from ..records import Quote, Speaker
from ..textnorm import tr_lower

_WORD = regex.compile(r"\p{L}{4,}")
STEM = 5  # compare words by their first five letters (Turkish suffixes vary)
MIN_SHARED = 2  # content words a crosshead must share with a quote to be "its" quote


def _stems(text: str) -> set[str]:
    return {w[:STEM] for w in _WORD.findall(tr_lower(text))}


def _needs_speaker(quote: Quote) -> bool:
    return quote.kind == "direct" and quote.speaker is None and quote.cue is None


def _condensed(quote: Quote, others: Sequence[Quote], stems: dict) -> Optional[Speaker]:
    """The speaker of the attributed quote sharing most words with ``quote`` (``stems``: each
    quote's word stems by ``id``, computed once)."""
    words = _stems(quote.text)
    best, best_shared = None, MIN_SHARED - 1
    for other in others:
        if other is quote or other.speaker is None:
            continue
        if id(other) not in stems:
            stems[id(other)] = _stems(other.text)
        shared = len(words & stems[id(other)])
        if shared > best_shared:
            best, best_shared = other.speaker, shared
    return best


def _nearest(quotes: Sequence[Quote], index: int, step: int) -> Optional[Speaker]:
    i = index + step
    while 0 <= i < len(quotes):
        if quotes[i].speaker is not None:
            return quotes[i].speaker
        i += step
    return None


# More than one sentence in lower case: a paragraph of speech standing alone, not a crosshead
# ('… söyledi.\n\n"Bütün randevu taleplerine kapımız açık. Şu ana kadar …"', round 24 dev
# siyaset-68): it continues the speaker before it.
_SENTENCE_BREAK = regex.compile(r"\p{Ll}[.!?…]+\s+\p{Lu}")


def _paragraph(text: str) -> bool:
    return _SENTENCE_BREAK.search(text) is not None


def attribute_uncued(quotes: Sequence[Quote]) -> list[Quote]:
    """``quotes`` (sorted by start) with speakers filled in for uncued direct quotes."""
    out = list(quotes)
    stems: dict = {}
    for i, quote in enumerate(quotes):
        if not _needs_speaker(quote):
            continue
        if quote.source.endswith(".headline") and not _paragraph(quote.text):
            speaker = _condensed(quote, quotes, stems) or _nearest(quotes, i, 1) or _nearest(quotes, i, -1)
            how = "crosshead"
        else:
            speaker = _nearest(quotes, i, -1) or _nearest(quotes, i, 1)
            how = "uncued"
        if speaker is not None:
            out[i] = attrs.evolve(quote, speaker=attrs.evolve(speaker, source=f"{how}:{speaker.source}"))
    return out
