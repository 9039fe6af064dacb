"""Statements listed without quote marks under a nominal introducer.

    İşte Baykal'ın dikkat çeken o açıklamaları:
    İşte Davutoğlu'nun açıklamalarından satırbaşları:
    İşte Erdoğan'ın konuşmasından satır başları:

A paragraph that is only such an introducer (a genitive owner, a noun of speech, a colon) presents
what follows as the owner's words. The guidelines (``ANNOTATION-notes-DP``, dev ttc-siyaset-109)
make each stretch of it a required direct quote: from its first word to the last word before the
next editorial line (a crosshead, a gloss in parentheses, a script or a short line with no final
stop, a dashed question) or the article's end; the cue is the introducer's noun. The run of
stretches ends earlier, to stay on the owner's words, at a paragraph that names the owner
(narration about him), reports speech in the past tense of its own, opens with a quote mark (the
page goes back to marked quotes) or with a label (``SADRİ ŞENER: …``). An introducer that speaks of
questions (``… sorularını yanıtlayan X'in açıklamaları:``) is an interview whose questions the page
does not set apart: not taken. Crossheads, which the notes make optional, are not reported.
"""
from __future__ import annotations

import functools
from typing import Optional, Sequence

import regex

from .. import resources
from ..analysis import Analysis
from ..records import Quote
from . import cues as cue_lexicon
from .speakers import NameBook, statement_owner

MIN_WORDS = 4
CROSSHEAD = regex.compile(r"\A[^\p{Ll}]*\Z")  # a line with no lower-case letter
# "startFlvPlayer_PostaV2("divFlvPlayer31822", …)": a page script left in the text
_SCRIPT = regex.compile(r"[\p{L}_]\w*\(\s*[\"']")
# a gloss or a quoted crosshead before the words: "(Erdoğan'ın bugün yaptığı ilk açıklamalar)
# Söylenenler, …", "'DEMİREL TÜRK SİYASETİNE DAMGA VURDU' Allah rahmet eylesin." (dev pool siyaset-408)
_GLOSS = regex.compile(r"\A(?:\([^()\n]{1,120}\)|['‘][^\p{Ll}'’\n]{1,120}['’])[ \t]*")


@functools.lru_cache(maxsize=None)
def _intro_pattern() -> regex.Pattern:
    rows = resources.tsv("transcript_intros.tsv")
    nouns = sorted((r["text"] for r in rows if r["kind"] == "noun"), key=len, reverse=True)
    parts = sorted((r["text"] for r in rows if r["kind"] == "part"), key=len, reverse=True)
    return regex.compile(
        r"""(?<![\p{L}\p{M}'’])(?:İşte[ \t]+)?
            (?P<owner>(?:\p{Lu}[\p{L}\p{M}.]*[ \t]+){0,4}\p{Lu}[\p{L}\p{M}.]*?)  # CHP Genel Başkanı Kılıçdaroğlu
            (?:['’\x92´]|[ \t](?=n))?n?[ıiuü]n[ \t]+                          # 'nun, or " nin" whose mark was lost
            (?:[^\s:]+[ \t]+){0,5}?                                             # dikkat çeken o / twitter'daki
            (?P<cue>(?:""" + "|".join(map(regex.escape, nouns)) + r""")\p{Ll}*)   # açıklamaları, sözlerinden
            (?:[ \t]+(?:""" + "|".join(parts) + r"""))?                          # satır başları
            (?:[ \t]+şöyle)?[ \t]*:[ \t]*\Z""",
        regex.VERBOSE,
    )


def _paragraphs(body: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of the non-blank lines from ``start`` on, without their outer white space."""
    out = []
    for m in regex.finditer(r"[^\n]+", body[start:]):
        text = m.group()
        if text.strip():
            lead = len(text) - len(text.lstrip())
            out.append((start + m.start() + lead, start + m.start() + len(text.rstrip())))
    return out


def _narration(body: str, a: int, b: int, owner_words: Sequence[str]) -> bool:
    """The paragraph tells about the owner, reports speech in the past tense of its own ("…
    dedi", "… söylediler") or opens with a marked quote."""
    text = body[a:b]
    words = set(regex.findall(r"\p{L}+", text))
    if any(w in words for w in owner_words) or _OPENING_MARK.match(text) or LABEL.match(text):
        return True
    return any(c.form == cue_lexicon.FINITE and c.speech in ("direct", "both") and _PAST_THIRD.search(c.text)
               for c in cue_lexicon.find_cues(body, a, b))


LABEL = regex.compile(r"\A\p{Lu}[^\p{Ll}:\n]{2,40}:")  # "SADRİ ŞENER: …": a labelled answer
_OPENING_MARK = regex.compile(r"\A[-–—•\s]*[\"“«\x93]")
_PAST_THIRD = regex.compile(r"[dt][ıiuü](?:lar|ler)?\Z")
# an editorial line: a crosshead, a short line with no final stop ("İlgili Haber", a headline)
_STOP = regex.compile(r"[.!?…:;\"”’'\x94)]\Z")


def _editorial(text: str) -> bool:
    return bool(CROSSHEAD.match(text) or _SCRIPT.search(text) or _QUESTION_LINE.match(text)) \
        or (len(text.split()) < 10 and not _STOP.search(text) and not _BULLET.match(text))


_BULLET = regex.compile(r"\A[-–—•*]")
# "… sorularını yanıtlayan X'in açıklamaları:": an interview, whose questions the page does not
# set apart from the answers (dev pool siyaset-440): not taken
_INTERVIEW = regex.compile(r"(?<![\p{L}])soru")
_QUESTION_LINE = regex.compile(r"\A[-–—•][^\n]*\?\Z")  # "- Alex'i alır mısınız?" (dev pool spor-572)


def _inner(quote: Quote, a: int, b: int) -> bool:
    """A quote the stretch may hold: a nested one or a report inside the speech."""
    return a <= quote.start and quote.end <= b and (quote.kind == "indirect" or quote.source.endswith(".nested"))


def transcript_statements(body: str, analysis: Analysis, book: NameBook,
                          taken: Sequence[Quote] = ()) -> list[Quote]:
    """Direct quotes of the stretches listed under a nominal introducer paragraph."""
    out: list[Quote] = []
    pattern = _intro_pattern()
    for line in regex.finditer(r"[^\n]*:[ \t]*(?=\n|\Z)", body):
        intro = pattern.search(body, line.start(), line.end())
        if intro is None or _INTERVIEW.search(line.group()):
            continue
        # a known name; an unknown one only after "İşte" or other words, or of two words or more (a
        # capitalised common noun opens "Toplantının ardından yapılan açıklamalardan …:")
        speaker = statement_owner(body, intro, book, allow_unknown=False) or (
            statement_owner(body, intro, book)
            if intro.start("owner") > line.start() or " " in intro.group("owner") else None)
        if speaker is None:
            continue
        owner_words = [w for w in regex.findall(r"\p{L}+", intro.group("owner")) if w[:1].isupper()]
        stretches: list[list[int]] = []
        current: Optional[list[int]] = None
        for a, b in _paragraphs(body, line.end()):
            text = body[a:b]
            if current is not None and body[current[1] - 1] not in ".!?…" and text[:1].islower():
                current[1] = b  # "… çok önemli,\n\nhayat\n\nçizgisi de …": a break scraping put in a sentence
                continue
            if _editorial(text):
                current = None  # an editorial line closes the stretch
                continue
            if _narration(body, a, b, owner_words):
                break
            gloss = _GLOSS.match(text)
            if gloss:
                current, a = None, a + gloss.end()  # "(Erdoğan'ın bugün yaptığı ilk açıklamalar) Söylenenler, …"
            if current is None:
                current = [a, b]
                stretches.append(current)
            else:
                current[1] = b
        for a, b in stretches:
            if len(body[a:b].split()) < MIN_WORDS or any(q.start < b and a < q.end and not _inner(q, a, b)
                                                         for q in taken):
                continue
            sentence = analysis.sentence_index(a) if analysis.sentences else 0
            out.append(Quote(text=body[a:b], start=a, end=b, kind="direct", speaker=speaker,
                             cue=intro.group("cue"), cue_start=intro.start("cue"), cue_end=intro.end("cue"),
                             sentence=sentence, source="quotes.unmarked.transcript"))
    return out
