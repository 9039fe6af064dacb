"""Titled mentions (``named=True``): quoted titles, runs of capitalised words ending in a
capitalised head, and an official citation before a title ("... tarihli ve ... sayılı")."""

from __future__ import annotations

from typing import Optional

import attrs
import regex

from .. import gazetteer
from ...textnorm import strip_suffix
from ...records import TimeExpression
from .cues import participle_cue_at
from .heads import _HeadMatch
from .mention import _Mention, _finish
from .spans import _clean, _in_date, _overlaps
from .tokens import _QUOTES, cites_number


def _quote_pairs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(open, close) offsets of quote marks paired within each line of text[start:end]."""
    pairs = []
    line_start = start
    while line_start < end:
        line_end = text.find("\n", line_start, end)
        line_end = end if line_end < 0 else line_end
        marks = [i for i in range(line_start, line_end) if text[i] in _QUOTES]
        open_at = None
        for i in marks:
            ch = text[i]
            if open_at is None:
                if ch not in "”»":
                    open_at = i
            elif ch not in "“«„":
                pairs.append((open_at, i))
                open_at = None
            else:
                open_at = i
        line_start = line_end + 1
    return pairs


def _org_title(text: str) -> bool:
    place = gazetteer.lookup(_clean(text))
    return place is not None and place.type == "org"


def _place_after(toks, i: int) -> bool:
    """A name in a case other than the genitive starts at ``toks[i]`` and ends within four
    words, and its last word is no compound head (no possessive ending): "… Kararı | Resmi
    Gazete'de yayımlandı" (round 22 dev ekonomi-574's story), not "Plan ve Bütçe
    Komisyonu'nda", "… Sözleşme Ek Protokolü'ne", "… Eylem Planı 'nı" (a spaced suffix)."""
    for k in range(i, min(i + 4, len(toks))):
        tok = toks[k]
        if tok.kind != "word" or not (tok.cap or tok.low == "ve"):
            return False
        if tok.apos:
            return not _POSSESSED.search(strip_suffix(tok.text).rstrip()) \
                and not _GENITIVE_END.search(tok.text)
    return False


_GENITIVE_END = regex.compile(r"['’\x92]n?[ıiuü]n\Z")
_POSSESSED = regex.compile(r"(?:s?[ıiuü]|l[ae]r[ıi])\Z")  # "Protokolü", "Komisyonları", "Üyeliği"


def _title_mention(body, toks, h: _HeadMatch, lex, dates, pair, persons) -> Optional[_Mention]:
    nxt = toks[h.last + 1] if h.last + 1 < len(toks) else None
    if nxt is not None and not h.suffix and (nxt.cap or (nxt.low in lex.connector and h.last + 2 < len(toks)
                                                            and toks[h.last + 2].cap)) \
            and not _place_after(toks, h.last + 1) and not _in_date(nxt, dates):
        return None  # the head is inside a longer name: "Plan ve Bütçe Komisyonu" (not a month after
        # it: "Lozan Antlaşması Temmuz 1923'te imzalandı", the UD treebank pool's PUD w01007004)
    start_i = h.first
    j = h.first - 1
    while j >= 0:
        tok = toks[j]
        if tok.kind != "word" or tok.apos or _in_date(tok, dates):
            break
        if any(_overlaps(tok.start, tok.end, a, b) for a, b in persons):
            break
        if tok.cap:
            if tok.low in lex.stop or (j == 0 and participle_cue_at(toks, j, h.head.type, lex)):
                break  # "İmzalanan | Kapsamlı İşbirliği Planı": a status clause opening the sentence
            start_i = j
        elif tok.low in lex.connector and j - 1 >= 0 and toks[j - 1].cap and not toks[j - 1].apos:
            pass  # "... Derinleştirilmesi ve Genişletilmesine ..."
        else:
            break
        j -= 1
    if start_i == h.first and not (h.last > h.first and h.first >= 1 and toks[h.first - 1].kind == "word"):
        # a bare capitalised head ("Anlaşma, ...") is no title, but a capitalised two-word head
        # inside a sentence is ("iki ülke arasında Mutabakat Zaptı imzalandı": ANNOTATION, notes O)
        return None
    text = body[toks[start_i].start:h.stem_end]
    if _org_title(text) or all(t.word.isupper() for t in toks[start_i:h.last + 1] if t.kind == "word"):
        return None  # an organisation, or an ALL-CAPS headline ("ÖRNEK KARAR")
    start_i = _years_before(toks, start_i, dates)
    start_i, cited = _citation_before(toks, start_i, dates)
    m = _finish(body, toks, start_i - 1, start_i, h.last, toks[start_i].start, h.stem_end, h.head, True,
                lex, dates, pair, "agreements.capitalised_title", require_cue=False,
                program_needs_cue=True)
    if m is not None and cited is not None:
        status = m.status if m.status != "mentioned" else _DATED_STATUS.get(m.type, "signed")
        m = attrs.evolve(m, date=cited.value, status=status)
    return m


_YEAR = regex.compile(r"(?:1[5-9]|20)\d\d")


def _years_before(toks, start_i: int, dates) -> int:
    """The first token of a year or a range of years that opens a title ("2010-2014 Millî Eğitim
    Bakanlığı Stratejik Planı", dev siyaset-514), else ``start_i``."""
    k = start_i - 1
    if k < 0 or toks[k].kind != "num" or not _YEAR.fullmatch(toks[k].text) or not _in_date(toks[k], dates):
        return start_i
    if k >= 2 and toks[k - 1].kind == "punct" and toks[k - 1].text in "-–" and toks[k - 2].kind == "num" \
            and _YEAR.fullmatch(toks[k - 2].text) and toks[k - 2].end >= toks[k - 1].start - 1:
        return k - 2
    return k


# A document cited by its date was made that day: the status a bare citation implies.
_DATED_STATUS = {"decision": "adopted", "plan": "adopted", "declaration": "adopted", "other": "adopted"}


def _citation_before(toks, start_i: int, dates) -> tuple[int, Optional[TimeExpression]]:
    """``27 Aralık 2007 tarihli ve 1439/2 sayılı Kurul Kararı``: the official citation
    (a date with ``tarihli``, a number with ``sayılı``, or both joined by ``ve``) is part of
    the title.  (first token of the citation, the cited date or None)."""
    k = start_i - 1
    if k >= 1 and cites_number(toks[k]):
        n = k - 1
        while n >= 0 and (toks[n].kind == "num" or (toks[n].kind == "punct" and toks[n].text in "/-."
                                                     and n - 1 >= 0 and toks[n - 1].kind == "num")):
            n -= 1
        if n == k - 1:
            return start_i, None
        start_i, k = n + 1, n
        if k >= 1 and toks[k].low == "ve" and toks[k - 1].low == "tarihli":
            k -= 1
        else:
            return start_i, None
    if k >= 1 and toks[k].low == "tarihli":
        date = next((d for d in dates if d.type == "DATE" and d.value and d.end <= toks[k].start
                     and not _tokens_between(toks, d.end, toks[k].start)), None)
        if date is not None:
            first = next((i for i in range(k) if toks[i].end > date.start), k)
            return first, date
    return start_i, None


def _tokens_between(toks, end: int, start: int) -> bool:
    """Whether a token lies between offsets ``end`` and ``start``."""
    return any(t.start >= end and t.end <= start for t in toks)
