"""Credit lines: a quote standing alone in its paragraph, with no verb of saying, and the name of
who said it on the line after it, as press blurbs and book-jacket praise are printed::

    “Fevkalade çekicilikte bir dans ve müzik akşamı”

    Wendy Perron, Dance Magazine

The credited name speaks the quote (an outlet after a comma is where it appeared); a quote with no
credit line of its own takes the next one, over at most two more such quotes (round 42 dev
kultursanat-317; dev pool kultursanat-214's blurbs by Thomas Mann and Stefan Zweig).
"""

from __future__ import annotations

from typing import Optional

import regex

from ..records import Speaker
from .speakers import NameBook, _speaker_from

# A word of a credited name: capitalised ("Wendy", "O'Connor"), or a small connector inside it.
_NAME_WORD = r"(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|da|del|la|le|van|von|of|and|ve|y)"
_CREDIT = regex.compile(
    rf"""(?P<name>\p{{Lu}}[\p{{L}}\p{{M}}'’.-]*(?:[ ]{_NAME_WORD}){{1,4}}   # two to five words
       | [\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info)(?:\.\p{{L}}{{2}})?)       # or a web site
        (?:[ ]*[,/][ ]*[^\n,:;?!]{{1,39}}[^\n,.:;?!])?                        # ", Dance Magazine", ", Larioja.com"
    \Z""",
    regex.VERBOSE,
)
_MAX_LINE = 70
_MAX_SKIPPED = 2  # blurbs in a row that share the next credit line


def credit_line_speaker(body: str, after: int, book: NameBook,
                        standalone_quote=lambda line: False) -> Optional[Speaker]:
    """The speaker named on the credit line after offset ``after`` (the end of a quote that fills
    its line), skipping up to two lines that are themselves quotes (``standalone_quote``)."""
    pos = after
    for _ in range(_MAX_SKIPPED + 1):
        start, end = _next_line(body, pos)
        if start is None:
            return None
        line = body[start:end]
        if standalone_quote(line):
            pos = end
            continue
        return _credited(body, start, end, book)
    return None


_LINE = regex.compile(r"\s*(\S[^\n]*?)[ \t]*(?:\n|\Z)")  # the next non-empty line, trimmed


def _next_line(body: str, pos: int) -> tuple[Optional[int], int]:
    """(start, end) of the next non-empty line after the one ``pos`` is on, trimmed."""
    nl = body.find("\n", pos)
    if nl < 0:
        return None, pos
    match = _LINE.match(body, nl)
    if match is None:
        return None, pos
    return match.start(1), match.end(1)


def _credited(body: str, start: int, end: int, book: NameBook) -> Optional[Speaker]:
    line = body[start:end]
    if len(line) > _MAX_LINE or not any(ch.islower() for ch in line):
        return None  # an ALL-CAPS line is a crosshead or a byline, not a credit
    match = _CREDIT.match(line)
    if match is None:
        return None
    name_start, name_end = start + match.start("name"), start + match.end("name")
    written = body[name_start:name_end]
    if _BYLINE_WORD.search(written):
        return None  # "Erdinç ÇELİKKAN / ANKARA": the reporter's byline (dev pool ekonomi-314)
    speaker = _speaker_from(body, name_start, name_end, book, "speaker.credit_line", allow_unknown=True)
    if speaker is None and not (match.end("name") < len(line) or "." in written or len(written.split()) >= 3):
        return None  # "İlgili Haber" (a related-story label, dev pool siyaset-73): no name, no outlet
    if speaker is None or len(speaker.name) < len(written):
        # a credit names its author in full; an outlet or a web site is no name the book knows
        speaker = Speaker(text=written, start=name_start, end=name_end, name=written, source="speaker.credit_line")
    return speaker


_BYLINE_WORD = regex.compile(r"(?<!\p{L})\p{Lu}{3,}(?!\p{L})")  # a surname in capitals
