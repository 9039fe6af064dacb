"""One article: its sentence spans (hard-wrapped lines rejoined), the person spans, the
umbrella parties carried over to the next sentences up to a crosshead, and the merge."""

from __future__ import annotations

import bisect
import logging
from typing import Optional, Sequence

import attrs

from ... import repair, segment
from ...analysis import Analysis
from ...records import Agreement, Article, TimeExpression
from .described import BARE
from .lexicon import _lexicon
from .mention import _Mention
from .merge import _merge
from .parties import _article_pair
from .sentence import _sentence_mentions

log = logging.getLogger(__package__)  # the package's logger, as before the split


def extract_agreements(
    article: Article,
    analysis: Optional[Analysis] = None,
    dates: Sequence[TimeExpression] = (),
) -> list[Agreement]:
    """Agreements of one article, one per distinct document, in text order."""
    body = getattr(article, "body", None)
    if not isinstance(body, str) or not body.strip():
        return []
    try:
        lex = _lexicon()
    except Exception:  # noqa: BLE001
        log.exception("agreement lexicon could not be read")
        return []
    dates = tuple(d for d in (dates or ()) if isinstance(d, TimeExpression))
    try:
        pair = _article_pair(body)
    except Exception:  # noqa: BLE001
        pair = ()
    persons = _person_spans(analysis)
    mentions: list[_Mention] = []
    carried: tuple[str, ...] = ()  # parties of an umbrella sentence, for the list after it
    dates = tuple(sorted(dates, key=lambda d: d.start))
    date_starts = [d.start for d in dates]
    for s_start, s_end in _sentence_spans(body, analysis):
        # only this sentence's dates (keeps the work linear in the article's length)
        lo = bisect.bisect_left(date_starts, s_start - 200)
        hi = bisect.bisect_left(date_starts, s_end)
        local = tuple(d for d in dates[lo:hi] if d.end > s_start)
        try:
            found, umbrella = _sentence_mentions(body, s_start, s_end, lex, local, pair, persons)
        except Exception:  # noqa: BLE001 - one bad sentence must not fail the document
            log.debug("agreements: sentence %d-%d skipped", s_start, s_end, exc_info=True)
            continue
        if _is_crosshead(body, s_start, s_end):
            carried = ()
        for m in found:
            m = _whole_first_word(body, m)
            if not m.parties and carried and m.status != "mentioned":
                m = attrs.evolve(m, parties=carried)
            mentions.append(m)
        if umbrella:
            carried = umbrella
    if any(not m.bare for m in mentions):
        # the bare head is one of the named documents; but a head that keeps a status clause with
        # its arguments is no other type's document ("Kürt liderlerinin … Washington'da vardıkları
        # anlaşma" beside a decision, session 41's NER-corpus agreements round; not "verdiği karar")
        named_types = {m.type for m in mentions if not m.bare}
        mentions = [m for m in mentions if not m.bare or m.source != BARE and m.type not in named_types
                    and len(body[m.start:m.end].split()) >= 3]
    return _merge(body, mentions)


def _whole_first_word(body: str, m: _Mention) -> _Mention:
    """A mention that starts inside a word starts with that word: "5G konusunda alınacak karar",
    whose "5" a content walk can stop at (session 23's article pool, teknoloji-251)."""
    k = m.start
    while k > 0 and body[k - 1].isalnum() and body[m.start].isalnum():
        k -= 1
    if k == m.start or m.start - k > 12 or not m.name.startswith(body[m.start]):
        return m
    return attrs.evolve(m, start=k, name=body[k:m.start] + m.name)


def _sentence_spans(body: str, analysis: Optional[Analysis]) -> list[tuple[int, int]]:
    if analysis is not None and getattr(analysis, "text", None) == body and analysis.sentences:
        spans = [(s.start, s.end) for s in analysis.sentences]
    else:
        spans = segment.sentence_spans(body)
    return _rejoin_wrapped(body, spans)


def _rejoin_wrapped(body: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join the spans that a line break in mid-sentence split (hard-wrapped text:
    ``imzalanan\n\nkredi\n\nanlaşmasının``, dev ttc-ekonomi-535), by the rule of
    :func:`tr_diplo_ie.repair.wrapped_break` (the stanza path has joined them already)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and repair.wrapped_break(body, out[-1], (start, end)):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _person_spans(analysis: Optional[Analysis]) -> tuple[tuple[int, int], ...]:
    if analysis is None or not getattr(analysis, "ner", False):
        return ()
    try:
        return tuple((e.start, e.end) for e in analysis.entities() if e.type == "PER")
    except Exception:  # noqa: BLE001
        return ()


def _is_crosshead(body: str, start: int, end: int) -> bool:
    """A line of its own with no final punctuation (a crosshead / headline)."""
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", end)
    line_end = len(body) if line_end < 0 else line_end
    line = body[line_start:line_end].strip()
    return bool(line) and line == body[start:end].strip() and line[-1] not in ".!?…:;"
