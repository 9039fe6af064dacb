"""Reporting cues ("dedi", "diye konuştu", "belirterek", "vurgulayan", ...).

The cue lexicon (``resources/reporting_cues.tsv``) gives a stem per reporting
expression and the inflection families it takes; this module turns them into one
pattern, so every inflection of a lexicon entry is matched, not one surface form.
"""

from __future__ import annotations

import functools
from typing import Optional

import attrs
import regex

from .. import resources

# Inflection families, written without vowel harmony (the stem fixes it).
_SUFFIXES = {
    "finite": r"""(?:[dt][ıiuü](?:[km]|n[ıiuü]z|ler|lar)?     # dedi, söyledik, kaydetti
                  |m[ıiuü]ş(?:t[ıiuü](?:n[ıiuü]z|l[ae]r)?|t[ıiuü]r|l[ae]rd[ıiuü]r?)?  # söylemiş, demişti,
                  # söylemiştiniz (an interviewer's question: round 83 dev siyaset-346), söylemişlerdi
                  |y?[ae]c[ae]k(?:t[ıi]r)?                    # söyleyecek
                  |[ıiuü]?yor(?:d[ıiuü]|lar|u[mz]|s[a][km])?)  # söylüyor (after stem vowel), diyoruz, diyorsak""",
    "converb": r"(?:y?[ae]r[ae]k|y?[ıiuü]p|[aeıiuü]?rken"  # söyleyerek, belirtip, derken, belirtirken
               r"|[dt][ıiuü]ğ[ıiuü](?:m|m[ıiuü]z)?n?d[ae])",  # dediğimde, söylediğinde (a temporal clause)
    "participle": r"y?[ae]n",  # söyleyen, belirten, vurgulayan
    "temporal": r"y?[ıiuü]nc[ae]",  # a "when" converb, read as a converb: "… diye çıkışınca"
    "passive": r"[ıiuü]?(?:l|n)(?:d[ıiuü]|m[ıiuü]ş(?:t[ıiuü])?|[ae]n|[ıiuü]yor|[ae]r[ae]k|s[ae]|[ıiuü]rken)",  # bildirildi,
    # belirtiliyor, vurgulanarak, "… yaptığı söylense de" (round 19 dev ttc-teknoloji-136), "… başladığı
    # bildirilirken," (round 36 dev teknoloji-238)
    # the verbal noun -mAsI, bare or with a case ending: "… büyümeyeceğini açıklaması", "… olduğunu
    # söylemesine cevap verdi", "… ayırdığını açıklamasının ardından"; its subject is in the genitive
    # (not "söylemesinler", an imperative)
    "verbal": r"m[ae](?:s[ıi]|l[ae]r[ıi])(?:n[ıiae]n?|n[dt][ae]n|yl[ae])?(?![\p{L}\p{M}])"
              r"(?!\s*(?:şöyle|şu|:))",  # not a statement's noun before what it says ("açıklaması şöyle:")
    "bare": r"",
}
# Forms whose form class matters to the extractors.
FINITE, CONVERB, PARTICIPLE, PASSIVE, BARE = "finite", "converb", "participle", "passive", "bare"
VERBAL = "verbal"


@attrs.frozen(slots=True)
class Cue:
    """A cue found in text: its span, lexicon lemma, form class and speech kinds."""

    start: int
    end: int
    text: str
    lemma: str
    form: str
    speech: str  # direct | indirect | both
    complement: tuple[str, ...] = ("acc",)  # cases a reported clause may take


# Cues without a subject that speaks besides the passive forms: "denildi", a statement
# named by its participle ("… denilen açıklamada") and its words as the subject ("Açıklamada
# şu ifadeler yer aldı:"); their words are the statement source's.
_SUBJECTLESS = frozenset({"denil", "denilen açıklamada", "şu ifadeler yer al", "açıklama gel"})


def is_passive(cue: Cue) -> bool:
    """A cue without a subject that speaks: a passive form, "denildi", "denilen açıklamada"."""
    return cue.form == PASSIVE or cue.lemma in _SUBJECTLESS


def _with_narrowed_vowel(stem: str) -> str:
    """A stem regex with its present-tense forms: a final a/e narrows before "-yor"
    (açıkla -> açıklıyor, vurgula -> vurguluyor, söyle -> söylüyor)."""
    if any(c in stem for c in "()[]|?*{}"):
        return stem  # only plain stems ("açıkla", "dile\s+getir")
    if stem[-1:] not in ("a", "e") or not stem[-2:-1].isalpha():
        return stem
    return f"{stem}|{stem[:-1]}(?=[ıiuü]yor)"


@functools.lru_cache(maxsize=None)
def _pattern() -> regex.Pattern:
    alternatives = []
    for i, row in enumerate(resources.tsv("reporting_cues.tsv")):
        for form in row["suffixes"].split(","):
            form = form.strip()
            if form not in _SUFFIXES:
                continue
            stem = _with_narrowed_vowel(row["stem"]) if form == "finite" else row["stem"]
            alternatives.append(
                rf"(?P<c{i}_{form}>(?:{stem})(?:{_SUFFIXES[form]}" "\n))"
            )
    body = "\n|".join(alternatives)
    return regex.compile(
        rf"(?<![\p{{L}}\p{{M}}])(?:{body})(?![\p{{L}}\p{{M}}])",
        regex.VERBOSE | regex.IGNORECASE,
    )


def _row(group_name: str) -> tuple[dict, str]:
    index, form = group_name[1:].split("_", 1)
    return resources.tsv("reporting_cues.tsv")[int(index)], form


# Where a cue may begin: a word start whose first three characters can begin a cue. The
# one pattern is tried only there (the same matches as its finditer, several times faster).
_WORD_START = regex.compile(r"(?<![\p{L}\p{M}])[\p{L}(]")


@functools.lru_cache(maxsize=1 << 16)
def _may_begin(prefix: str) -> bool:
    return _pattern().match(prefix, partial=True) is not None


def _matches(text: str, start: int, end: int):
    """The cue pattern's non-overlapping matches in ``text[start:end]``, left to right."""
    pattern, resume = _pattern(), start
    for word in _WORD_START.finditer(text, start, end):
        at = word.start()
        if at < resume or not _may_begin(text[at:min(at + 3, end)]):
            continue
        match = pattern.match(text, at, end)
        if match is not None:
            resume = match.end()
            yield match


def find_cues(text: str, start: int = 0, end: Optional[int] = None) -> list[Cue]:
    """All cues in ``text[start:end]`` with absolute offsets, left to right."""
    end = len(text) if end is None else end
    found = []
    for match in _matches(text, start, end):
        row, form = _row(match.lastgroup)
        if _unreported_converb(text, match, form):
            continue  # "göz hareketlerinin kaydedilerek": a passive converb of doing, not of saying
        found.append(_cue(text, _with_prefix(text, start, match), match, row, form))
    return found


# A passive converb ("vurgulanarak", "belirtilerek", "ifade edilerek") reports only what stands
# right before it: a nominalised clause ("… bulunduğu vurgulanarak") or a closing quote mark.
_PASSIVE_CONVERB = regex.compile(r"[ae]r[ae]k\Z")
_WORD_BEFORE = regex.compile(r"(\S+)[\s,]*\Z")


def _unreported_converb(text: str, match, form: str) -> bool:
    """A passive converb cue with nothing reported right before it."""
    return form == PASSIVE and bool(_PASSIVE_CONVERB.search(match.group())) \
        and not _reported_before(text, match.start())


def _reported_before(text: str, pos: int) -> bool:
    from .indirect import nominalised_ending  # (indirect reads this module)

    match = _WORD_BEFORE.search(text, max(0, pos - 60), pos)
    if match is None:
        return False
    word = match.group(1)
    if word[-1:] in _CLOSING_MARKS:  # a quote of a few words at least, not a scare-quoted one
        opening = max(text.rfind(c, 0, match.end(1) - 1) for c in _CLOSING_MARKS + "“‘«\x93\x91")
        return opening >= 0 and len(text[opening:match.end(1)].split()) >= 3
    return nominalised_ending(word.rstrip(".,;:"), ("nom", "acc", "dat"))


_CLOSING_MARKS = "\"”’'»\x94\x92"


def cue_at(text: str, start: int, end: Optional[int] = None) -> Optional[Cue]:
    """The cue that begins exactly at ``start`` (after nothing but the given offset), if any."""
    end = len(text) if end is None else end
    prefix = _PREFIX.match(text, start, end)
    match = _pattern().match(text, prefix.end() if prefix else start, end)
    if not match and prefix:
        match = _pattern().match(text, start, end)  # "şöyle konuştu": the word begins the cue
    if not match:
        return None
    row, form = _row(match.lastgroup)
    if _unreported_converb(text, match, form):
        return None
    return _cue(text, start if prefix and match.start() > start else match.start(), match, row, form)


# "şunları söyledi", "şöyle denildi", "şu ifadelere yer verildi": a cue that points ahead
# announces direct speech after it, never a reported clause before it (ANNOTATION.md: the
# word is part of the cue as written).
_POINTING = r"(?:şunları|şunlar|şunu|şöyle|şu)"
_CATAPHORIC = regex.compile(rf"{_POINTING}\s", regex.IGNORECASE)


def _cue(text: str, start: int, match, row: dict, form: str) -> Cue:
    form = CONVERB if form == "temporal" else form
    complement = tuple(c.strip() for c in (row.get("complement") or "acc").split(",") if c.strip())
    written = text[start:match.end()]
    speech = "direct" if _CATAPHORIC.match(written) else row["speech"]
    return Cue(start, match.end(), written, row["lemma"], form, speech, complement)


# Words written before a cue that belong to it: the quotative "diye" and manner words
# ("diye ekledi", "şeklinde konuştu"), and words that point ahead (below).
_PREFIX_WORDS = rf"(?:diye|şeklinde|biçiminde|{_POINTING})\s+"
_PREFIX = regex.compile(rf"(?<![\p{{L}}\p{{M}}]){_PREFIX_WORDS}", regex.IGNORECASE)
_PREFIX_BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{M}}]){_PREFIX_WORDS}\Z", regex.IGNORECASE)


def _with_prefix(text: str, floor: int, match) -> int:
    """Where the cue at ``match`` begins once a word written before it is counted in."""
    before = _PREFIX_BEFORE.search(text, max(floor, match.start() - 16), match.start())
    return before.start() if before else match.start()
