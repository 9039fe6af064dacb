"""HTML character references left in scraped news ("s&ouml;yledi", "&Uuml;nal Aysal").

The analysis and the extractors read the text with the references decoded, so that a cue
("söyledi") or a name ("Ünal Aysal") is read as written; every record's offsets are then
mapped back to the text as given, and ``text`` fields are cut from it (``body[start:end] ==
text`` holds for the body the caller passed).  Resolved names (a speaker's ``name``, an
agreement's ``name``) keep the decoded spelling.  Only character references are decoded
(named, decimal, hexadecimal); markup is not stripped (``article.input_warnings`` notes it).
"""

from __future__ import annotations

import html
from typing import Optional

import attrs
import regex

from .records import Extraction

_REFERENCE = regex.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


@attrs.frozen
class View:
    """The decoded text and, for each of its characters, the span it came from."""

    text: str
    original: str
    starts: tuple[int, ...]  # original offset of each decoded character (+ one past the end)
    ends: tuple[int, ...]  # original end of each decoded character
    decoded: int  # how many references were decoded

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the decoded span ``[start, end)``."""
        if end <= start:
            return self.starts[start], self.starts[start]
        return self.starts[start], self.ends[end - 1]


def decode(text: str) -> Optional[View]:
    """The view of ``text`` with its character references decoded; None when it has none."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    last = decoded = 0
    for match in _REFERENCE.finditer(text):
        char = html.unescape(match.group())
        if char == match.group() or not char:
            continue  # not a reference html knows: left as written
        pieces.append(text[last:match.start()])
        starts.extend(range(last, match.start()))
        ends.extend(range(last + 1, match.start() + 1))
        pieces.append(char)
        starts.extend([match.start()] * len(char))
        ends.extend([match.end()] * len(char))
        last = match.end()
        decoded += 1
    if not decoded:
        return None
    pieces.append(text[last:])
    starts.extend(range(last, len(text)))
    ends.extend(range(last + 1, len(text) + 1))
    starts.append(len(text))
    return View("".join(pieces), text, tuple(starts), tuple(ends), decoded)


def restore(extraction: Extraction, view: View) -> Extraction:
    """``extraction`` (made on ``view.text``) with offsets and texts of ``view.original``."""
    original = view.original

    def moved(record, **changes):
        start, end = view.span(record.start, record.end)
        return attrs.evolve(record, start=start, end=end, text=original[start:end], **changes)

    quotes = []
    for quote in extraction.quotes:
        changes = {"speaker": moved(quote.speaker) if quote.speaker is not None else None}
        if quote.cue_start is not None and quote.cue_end is not None:
            cue_start, cue_end = view.span(quote.cue_start, quote.cue_end)
            changes.update(cue_start=cue_start, cue_end=cue_end, cue=original[cue_start:cue_end])
        quotes.append(moved(quote, **changes))
    note = (f"{view.decoded} HTML character reference(s) decoded for extraction "
            "(offsets refer to the text as given)")
    return attrs.evolve(
        extraction, body=original, quotes=quotes,
        money=[moved(m) for m in extraction.money], dates=[moved(d) for d in extraction.dates],
        agreements=[moved(a) for a in extraction.agreements], entities=[moved(e) for e in extraction.entities],
        warnings=list(extraction.warnings) + [note],
    )
