"""Agreements: treaties, memoranda, protocols, declarations, decisions, plans, roadmaps.

``extract_agreements(article, analysis=None, dates=())`` finds the documents an
article says were signed, adopted, agreed, ratified, prepared or planned, and
returns one :class:`~tr_diplo_ie.records.Agreement` per distinct document
(``corpus/gold/ANNOTATION.md``: one item per document, not per mention).

How a mention is found (lexicon: ``resources/agreement_heads.tsv``; verbs:
``resources/agreement_verbs.tsv``; countries: ``resources/countries.tsv``):

1. **Head nouns.**  Every word that is a head stem ("anlaşma", "mutabakat
   muhtırası", "eylem planları", "Bildirisi") plus an optional case ending, with
   or without apostrophe.  "anlaşmazlık", "planlama", "kararlı" are not heads.
   A head in a light-verb idiom ("karar verdi", "plan yaptı", "anlaşmaya vardı")
   or followed by a noun that takes over ("anlaşma taslağı", "imza töreni") is
   dropped.
2. **Titled** (``named=True``): a quoted title whose last word is a head
   (``"Cumhurbaşkanlarının Ortak Bildirisi"ne`` → "Cumhurbaşkanlarının Ortak
   Bildirisi"), or a run of capitalised words ending in a capitalised head
   (``Kapsamlı İşbirliği Planı'nı``).  The run stops at a word with an apostrophe
   suffix, a stop word ("Bugün", "Ayrıca"), a time expression and a person
   (NER tag, when the analysis has one).  A title that is itself an organisation
   in the gazetteer (UNDP = "... Kalkınma Programı") is not a document.
3. **Described** (``named=False``): a lower-case head with its modifier phrase,
   found by walking left from the head.  The walk stops at punctuation, a number,
   a stop word (determiners, quantifiers, particles, time words), a verb form or
   participle (a relative clause is not part of the name), a time expression, a
   capitalised word that is not a place, a party phrase ("X ve Y arasında",
   "iki ülke arasında"), and at "ve"/"ile"/"veya" when the word before it is
   itself an agreement head (list separator).  An inner "ve" ("kültür ve turizm
   alanında eylem planları") is kept.  A head with no modifier left, or with only
   generic ones ("çeşitli alanlarda anlaşmalar", "çok sayıda anlaşma"), is an
   umbrella mention: not an item (the gold marks those optional), but its parties
   carry over to the documents listed after it (see 6).
   A relative clause right before the head describes it ("… çıkmasını engelleyecek
   plan", "site yönetiminin 25 Ocak'ta aldığı karar", also over "bir": "… deprem etkisi
   yaratan bir karar aldı"); a decision takes its status from its own light verb there
   ("aldığı/verilen karar", "bir karar aldı": adopted).  A described decision ("…
   affedilmesi kararı alındı") does not reach back over an adverbial headed by a noun
   after a participle ("tatile gittiği gün", "yargılandığı davada").
4. **Status** from the governing verb: a cue right before the mention
   (participle: "geçen yıl imzalanan X", "imzalanması planlanan X"), else the
   first cue after it in the sentence, scanning over list items and stopping at
   the first other verb form.  Future forms and "-mAsI planlanan / bekleniyor /
   üzere" give ``planned``; a negated cue gives ``mentioned``.  A described
   mention with no cue is dropped (too often a generic noun: "ziyaret programı");
   a titled one is kept as ``mentioned``.
5. **Date**: the value of a DATE expression from ``dates`` (the article's time
   expressions) that the text ties to the cue: before a participle cue in the
   same clause ("geçen yıl imzalanan"), or in the mention's clause up to the cue
   ("Bugün ... Planı'nı kabul ediyoruz").  The publication date is never assumed:
   ANNOTATION.md gives documents signed "during the visit" with no time
   expression no date.  Expressions with a mod ("2030 yılına kadar") are ignored.
6. **Parties** (canonical nominative names): "X ve/ile Y arasında" in the
   mention's sentence (also "arasındaki" right before the description), a
   hyphenated pair inside or right before the mention ("Kırgızistan-Kazakistan",
   "Türk-Kazak"), and "iki ülke arasında" → the article's two main countries
   when they are clear (the two most mentioned, each twice or more, and no third
   one close).  Parties of an umbrella sentence ("iki ülke arasında çok sayıda
   anlaşma imzalandı") apply to the documents of the following sentences up to
   the next crosshead.
7. **Merging**: mentions whose normalised names are equal (Turkish lower case,
   no quote marks) are one document.  Its span is the first titled mention (else
   the first mention); status the first non-``mentioned`` one; date and parties
   the first found.

Known limits (see ``tests/extract/agreement_examples.json``, xfail list): list
items with an elided head ("sınır muhafız birliklerinin eğitimi, ...") are not
items (the gold marks them optional); a subject name right before an unpunctuated
object NP can leak into a title when no NER tags are given.
"""

from __future__ import annotations

import bisect
import functools
import logging
from typing import Iterable, Optional, Sequence

import attrs
import regex

from .. import repair, resources, segment
from ..analysis import Analysis
from ..records import Agreement, Article, TimeExpression
from ..textnorm import tr_lower
from . import gazetteer
from .measures import is_number as _is_number, is_unit as _is_unit, measure_start as _measure_start

log = logging.getLogger(__name__)

HEADS_FILE = "agreement_heads.tsv"
VERBS_FILE = "agreement_verbs.tsv"

_QUOTES = "\"“”«»„"
_APOS = "'’"

# Tokens of one sentence: words (with hyphen compounds and an apostrophe suffix),
# numbers, and single punctuation marks.
_TOKEN = regex.compile(
    r"""
      (?P<word>\p{L}[\p{L}\p{M}\d]*(?:[-‑]\p{L}[\p{L}\p{M}\d]*)*)   # Kırgızistan-Kazakistan
      (?:['’](?P<suffix>\p{L}+))?                                    # 'ın  'nı
    | (?P<num>\d+(?:[.,]\d+)*(?:['’]\p{L}+)?)                        # 2024'te
    | (?P<punct>\S)                                                  # , " ( ...
    """,
    regex.VERBOSE,
)

# Verb forms that end a modifier phrase / a status scan.  Heuristic, lower-case.
_VERB_FORM = regex.compile(
    r"""
      (?:[aeıioöuülrnmyzvbcdgğj]d|[çfhkpsşt]t)[ıiuü](?:n[ıiuü]z|l[ae]r)?\Z  # past: imzaladı, yaptılar (not ticareti)
    | [ıiuü]?yor(?:[ıiuü]m|sun|uz|sunuz|l[ae]r|d[ıiuü])?\Z # present: ediyoruz, sürüyor
    | m[ıiuü]ş(?:t[ıiuü]r|t[ıiuü]|l[ae]r)?\Z             # evidential: imzalanmış
    | [ae]r[ae]k\Z                                       # converb -ArAk: hatırlatarak
    | m[ae]kt[ae](?:d[ıiuü]r)?\Z                         # -mAktA: sürmekte
    | [ae]c[ae](?:k|ğ)                                   # future / -AcAK participle
    | (?:d|t)[ıiuü]ğ[ıiuü]                               # -DIğI nominalised: ettiği
    | (?:d|t)[ıiuü]kl[ae]r[ıi]                           # -DIklArI: yaptıkları
    | (?:y[ae]n|[ıiuü]l[ae]n|[ıiuü]n[ae]n|[ae]n[ae]n|[ıiuü]len|olan|gelen|veren|eden)\Z  # participles
    | (?:[ıiuü]|y[ıiuü])p\Z                              # converb -Ip: imzalayıp
    """,
    regex.VERBOSE,
)
_MIS = regex.compile(r"m[ıiuü]ş\Z")
_NOT_VERB_ENDINGS = ("plan", "alan", "ilan", "yılan", "toptan", "baştan")

_NEGATED = regex.compile(r"\A(?:[nl]|[ıiuü][ln])?m[ae](?:d|z|y[ae]c|m[ıi]ş|y[ıi]p)")
_MA_FORM = regex.compile(r"\A(?:[nl]|[ıiuü][ln])?m[ae]")  # -mA / -mAk / -mAz / negation
_VERBAL_NOUN = regex.compile(r"\A(?:[nl]|[ıiuü][ln])?m[ae](?:s[ıi]|k)")


@attrs.frozen(slots=True)
class _Tok:
    text: str  # whole token as written
    start: int
    end: int
    word: str  # the word without an apostrophe suffix
    word_end: int
    kind: str  # word | num | punct
    low: str
    apos: bool = False

    @property
    def cap(self) -> bool:
        return self.kind == "word" and self.word[:1].isupper()

    @property
    def apos_suffix(self) -> str:
        """The ending after the apostrophe, in lower case ("Rusya'yla" -> "yla"); "" without one."""
        return self.text[len(self.word) + 1:].lower() if self.apos else ""


@attrs.frozen(slots=True)
class _Head:
    type: str
    lemma: str
    stems: tuple[str, ...]  # lower-case stem words


@attrs.frozen(slots=True)
class _Lexicon:
    heads: tuple[_Head, ...]
    suffixes: frozenset
    light: dict
    posthead: frozenset
    stop: frozenset
    generic: frozenset
    connector: frozenset
    postp: frozenset
    notverb: frozenset
    cues: tuple  # ((words...), status)
    future: tuple
    modal: tuple
    notcue: frozenset
    pending: tuple = ()
    adjacent: tuple = ()  # cues only right after the head: ((words...), status)


@functools.lru_cache(maxsize=None)
def _lexicon() -> _Lexicon:
    heads, suffixes, light = [], set(), {}
    sets = {k: set() for k in ("posthead", "stop", "generic", "connector", "postp", "notverb")}
    for row in resources.tsv(HEADS_FILE):
        kind, form = row.get("kind", ""), tr_lower(row.get("form", "").strip())
        if not form:
            continue
        if kind == "head":
            for stem in (row.get("forms") or form).split(","):
                words = tuple(tr_lower(stem).split())
                if words:
                    heads.append(_Head(type=row.get("type") or "other", lemma=form, stems=words))
        elif kind == "suffix":
            suffixes.add(form)
        elif kind == "light":
            light[form] = tuple(v.strip() for v in (row.get("type") or "").split(",") if v.strip())
        elif kind in sets:
            sets[kind].add(form)
    cues, future, modal, notcue, pending, adjacent = [], [], [], set(), [], []
    for row in resources.tsv(VERBS_FILE):
        kind, cue, status = row.get("kind", ""), tr_lower(row.get("cue", "").strip()), row.get("status", "")
        if not cue:
            continue
        if kind == "cue":
            cues.append((tuple(cue.split()), status or "mentioned"))
        elif kind == "future":
            future.append(cue)
        elif kind == "modal":
            modal.append(cue)
        elif kind == "notcue":
            notcue.add(cue)
        elif kind == "pending":
            pending.append(cue)
        elif kind == "adjacent":
            adjacent.append((tuple(cue.split()), status or "mentioned"))
    heads.sort(key=lambda h: (len(h.stems), len(" ".join(h.stems))), reverse=True)
    cues.sort(key=lambda c: len(c[0]), reverse=True)
    return _Lexicon(
        heads=tuple(heads), suffixes=frozenset(suffixes), light=light,
        posthead=frozenset(sets["posthead"]), stop=frozenset(sets["stop"]),
        generic=frozenset(sets["generic"]), connector=frozenset(sets["connector"]),
        postp=frozenset(sets["postp"]), notverb=frozenset(sets["notverb"]),
        cues=tuple(cues), future=tuple(future), modal=tuple(modal), notcue=frozenset(notcue), pending=tuple(pending),
        adjacent=tuple(adjacent),
    )


# --------------------------------------------------------------------------- tokens

def _tokenize(text: str, start: int, end: int) -> list[_Tok]:
    toks = []
    for m in _TOKEN.finditer(text, start, end):
        if m.group("word"):
            toks.append(_Tok(
                text=m.group(), start=m.start(), end=m.end(), word=m.group("word"),
                word_end=m.end("word"), kind="word", low=tr_lower(m.group("word")),
                apos=m.group("suffix") is not None,
            ))
        elif m.group("num"):
            toks.append(_Tok(text=m.group(), start=m.start(), end=m.end(), word=m.group(),
                             word_end=m.end(), kind="num", low=m.group()))
        else:
            toks.append(_Tok(text=m.group(), start=m.start(), end=m.end(), word=m.group(),
                             word_end=m.end(), kind="punct", low=m.group()))
    return toks


def _is_verb_form(tok: _Tok, lex: _Lexicon, attributive_ok: bool = False) -> bool:
    """True for a word that looks like a verb form (finite, converb, participle).

    With ``attributive_ok`` a -mIş participle ("genişletilmiş ortaklık") is let
    through: before a noun it is an adjective, not a clause end.
    """
    if tok.kind != "word" or tok.cap or len(tok.low) < 4:
        return False
    low = tok.low
    if low in lex.notverb or low in lex.postp or low.endswith(_NOT_VERB_ENDINGS):
        return False
    if attributive_ok and _MIS.search(low):
        return False
    return bool(_VERB_FORM.search(low))


@attrs.frozen(slots=True)
class _HeadMatch:
    first: int  # token index of the first head word
    last: int  # token index of the last head word
    stem_end: int  # offset where the stem (nominative) ends
    head: _Head
    suffix: str  # the case ending after the stem ('' for nominative)


@functools.lru_cache(maxsize=None)
def _heads_by_initial() -> dict[str, tuple[_Head, ...]]:
    """The lexicon's heads grouped by the first two letters of their last stem word (order kept)."""
    groups: dict[str, list[_Head]] = {}
    for head in _lexicon().heads:
        groups.setdefault(head.stems[-1][:2], []).append(head)
    return {key: tuple(heads) for key, heads in groups.items()}


def _match_head_at(toks: list[_Tok], i: int, lex: _Lexicon) -> Optional[_HeadMatch]:
    if toks[i].kind != "word":
        return None
    for head in _heads_by_initial().get(toks[i].low[:2], ()):
        n = len(head.stems)
        first = i - n + 1
        if first < 0:
            continue
        if any(toks[first + k].kind != "word" or toks[first + k].apos or toks[first + k].low != head.stems[k]
               for k in range(n - 1)):
            continue
        tok = toks[i]
        if tok.kind != "word":
            return None
        last_stem = head.stems[-1]
        if not tok.low.startswith(last_stem):
            continue
        rest = tok.low[len(last_stem):]
        if rest and rest not in lex.suffixes:
            continue
        if rest and tok.apos:
            continue  # "plan" + "ı'nı": stem+ending before an apostrophe is another stem
        suffix = rest or (tok.text[len(tok.word) + 1:] if tok.apos else "")
        return _HeadMatch(first=first, last=i, stem_end=tok.start + len(tok.word) - len(rest),
                          head=head, suffix=suffix)
    return None


def _find_heads(toks: list[_Tok], lex: _Lexicon) -> list[_HeadMatch]:
    found: list[_HeadMatch] = []
    for i in range(len(toks)):
        m = _match_head_at(toks, i, lex)
        if m is not None:
            found.append(m)
    # a shorter head inside a longer one ("mutabakat" in "mutabakat muhtırası") goes
    keep = []
    for m in found:
        if any(o is not m and o.first <= m.first and m.last <= o.last and (o.last - o.first) > (m.last - m.first)
               for o in found):
            continue
        if any(o is not m and o.first <= m.last < o.last for o in found):
            continue
        keep.append(m)
    return keep


# "... tutma kararı aldı", "... destek kararı çıktı": a decision taken (adopted)
DECISION_VERBS = ("al", "ver", "çık")
DECISION_INNER = frozenset({"olarak"})  # "... ile ilgili olarak X'i dinleme kararı"
# Words that close a conditional or concessive clause before the description:
# "programı müsait olmadığı takdirde | sorularımızı iletme kararı"
DECISION_STOP = frozenset({"takdirde", "halinde", "hâlinde", "durumunda", "sürece", "rağmen"})
# a noun with a compound marker (and maybe a case): "süreci", "e-muhtırasıyla"
_DATE_HEAD = regex.compile(r"s?[ıiuü](?:n[ıiuü]n|yl[ae]|n[ae]|nd[ae]|nd[ae]n)?\Z")
_GENITIVE = regex.compile(r"[ıiuü]n\Z")
_PARTICIPLE = regex.compile(r"(?:[ae]n|[ıiuü]ğ[ıiuü]|[ae]c[ae]ğ[ıiuü])\Z")
# A noun after a participle that heads an adverbial, not the decision's content: a time noun
# ("gittiği gün") or a locative ("yargılandığı davada").
_TIME_NOUNS = frozenset({"gün", "günü", "zaman", "sırada", "an", "anda", "akşam", "gece", "sabah",
                         "dönem", "dönemde", "süre", "sürede", "hafta", "ay", "yıl"})
_LOCATIVE = regex.compile(r"\p{L}{3,}[dt][ae]\Z")
_ABLATIVE = regex.compile(r"[dt][ae]n\Z")  # "sahibinden" is no participle


def _decision_mention(body, toks, h: _HeadMatch, lex, dates) -> Optional[_Mention]:
    """A described decision: the clause before a compound "kararı" followed by al-/ver-/çık-.

    The span runs back from the head to a comma, colon, quote mark, sentence start, a
    finite verb, the end of a conditional clause ("takdirde", "halinde") or a time
    expression (a date that modifies a noun, "28 Şubat süreci", stays inside); at most 14
    tokens.  Status ``adopted``.
    """
    if h.head.type != "decision" or h.first != h.last \
            or toks[h.last].low[len(h.head.lemma):] not in ("ı", "i", "sı", "si"):
        return None
    nxt = toks[h.last + 1] if h.last + 1 < len(toks) else None
    if nxt is None or nxt.kind != "word" or not nxt.low.startswith(DECISION_VERBS):
        return None
    before = toks[h.first - 1] if h.first >= 1 else None
    if before is None or before.kind != "word" or before.cap or before.low in lex.stop:
        return None
    start_i = h.first
    j = h.first - 1
    while j >= 0 and h.first - j <= 14:
        tok = toks[j]
        if (tok.kind == "punct" and tok.text not in "-‑") or tok.low in DECISION_STOP:
            break
        if j >= 1 and toks[j - 1].kind == "word" and _PARTICIPLE.search(toks[j - 1].low) \
                and not _ABLATIVE.search(toks[j - 1].low) \
                and (tok.low in _TIME_NOUNS or _LOCATIVE.search(tok.low)):
            break  # "tatile gittiği gün | affedilmesi kararı", "yargılandığı davada | beraat kararı"
        if _in_date(tok, dates):
            k = j + 1
            while k < h.first and _in_date(toks[k], dates):
                k += 1
            if not (k < h.first and toks[k].kind == "word" and _DATE_HEAD.search(toks[k].low)
                    and not toks[k].cap):
                break  # "son iki gün İsrail ...": an adverbial; "28 Şubat süreci" stays
        elif tok.kind == "word" and tok.low not in DECISION_INNER and _is_verb_form(tok, lex) \
                and not _PARTICIPLE.search(tok.low):
            break
        start_i = j
        j -= 1
    if start_i == 0 or (start_i > 0 and toks[start_i - 1].kind == "punct"):
        # a sentence-initial capitalised name without a case ending is the subject
        k = start_i
        while k < h.first - 1 and toks[k].cap and not toks[k].apos and not _GENITIVE.search(toks[k].low):
            k += 1
        if k > start_i and toks[k].low not in lex.connector:
            start_i = k
    while start_i < h.first and (toks[start_i].low in lex.connector or toks[start_i].kind == "punct"):
        start_i += 1
    if start_i == h.first:
        return None
    start, end = toks[start_i].start, h.stem_end
    return _Mention(start=start, end=end, name=_clean(body[start:end]), type=h.head.type,
                    status="adopted", named=False, date=None, parties=(), source="agreements.decision")


def _blocked(toks: list[_Tok], m: _HeadMatch, lex: _Lexicon) -> bool:
    """Light-verb idioms ("karar verdi") and heads taken over ("anlaşma taslağı")."""
    nxt = toks[m.last + 1] if m.last + 1 < len(toks) else None
    if nxt is None or nxt.kind != "word":
        return False
    if m.head.lemma in lex.light and any(nxt.low.startswith(v) for v in lex.light[m.head.lemma]):
        # "anlaşma sağladı" is an idiom ("came to terms"), but "2 yıllık anlaşma sağladı"
        # describes a document
        if _relative_before_bir(toks, m, lex) is not None:
            return False  # "... deprem etkisi yaratan bir karar aldı": a decision described
        if m.head.lemma != "karar" and m.first >= 1 and toks[m.first - 1].low in lex.postp:
            return False  # "... çözümüne yönelik anlaşma sağlanacağı": a described agreement
        return not any(_measure_start(toks, k) is not None
                       for k in range(m.first - 1, max(-1, m.first - 3), -1))
    if not m.suffix and nxt.low in lex.posthead:
        return True
    return False


# --------------------------------------------------------------------------- cues

@attrs.frozen(slots=True)
class _Cue:
    first: int
    last: int  # last token consumed (modal words included)
    status: str


def _cue_at(toks: list[_Tok], i: int, lex: _Lexicon, adjacent: bool = False) -> Optional[_Cue]:
    if i >= len(toks) or toks[i].kind != "word":
        return None
    for words, status in (lex.cues + lex.adjacent if adjacent else lex.cues):
        n = len(words)
        if i + n > len(toks):
            continue
        if any(toks[i + k].kind != "word" or toks[i + k].low != words[k] for k in range(n - 1)):
            continue
        tok = toks[i + n - 1]
        if tok.kind != "word" or not tok.low.startswith(words[-1]) or tok.low in lex.notcue:
            continue
        rest = tok.low[len(words[-1]):]
        if adjacent and (words, status) in lex.adjacent and _MA_FORM.match(rest):
            continue  # "iş sözleşmesi yapma yükümlülüğü": a verbal noun, not an act
        last = i + n - 1
        if _NEGATED.match(rest) and not _VERBAL_NOUN.match(rest):
            return _Cue(first=i, last=last, status="mentioned")
        if any(f in rest for f in lex.future):
            return _Cue(first=i, last=last, status="planned")
        if _VERBAL_NOUN.match(rest) and last + 1 < len(toks):
            nxt = toks[last + 1]
            if nxt.kind == "word" and any(nxt.low.startswith(md) for md in lex.modal):
                return _Cue(first=i, last=last + 1, status="planned")
            if nxt.kind == "word" and any(nxt.low.startswith(p) for p in lex.pending):
                return _Cue(first=i, last=last + 1, status="mentioned")
        return _Cue(first=i, last=last, status=status)
    return None


def _cue_before(toks: list[_Tok], first: int, lex: _Lexicon) -> Optional[_Cue]:
    """A cue that ends right before the mention (a participle: "imzalanan X")."""
    end = first - 1
    while end >= 0 and toks[end].kind == "punct" and toks[end].text in _QUOTES:
        end -= 1
    for k in range(end, max(-1, end - 3), -1):
        cue = _cue_at(toks, k, lex)
        if cue is not None and cue.last == end:
            return cue
    return None


def _cue_after(toks: list[_Tok], after: int, lex: _Lexicon, limit: int = 45,
               dates: Sequence[TimeExpression] = ()) -> Optional[_Cue]:
    """The first cue after token ``after`` in the sentence, stopping at another verb."""
    for j in range(after + 1, min(len(toks), after + 1 + limit)):
        tok = toks[j]
        if tok.kind == "punct" and tok.text in ";:":
            return None
        if _in_date(tok, dates):
            continue
        cue = _cue_at(toks, j, lex, adjacent=j == after + 1)
        if cue is not None:
            return cue
        if _is_verb_form(tok, lex):
            return None
    return None


# --------------------------------------------------------------------------- spans

def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _in_date(tok: _Tok, dates: Sequence[TimeExpression]) -> bool:
    return any(_overlaps(tok.start, tok.end, d.start, d.end) for d in dates)


def _is_place(tok: _Tok) -> Optional[gazetteer.Place]:
    if tok.kind != "word" or not tok.cap:
        return None
    return gazetteer.lookup(tok.text)


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


@attrs.frozen(slots=True)
class _Mention:
    start: int
    end: int
    name: str
    type: str
    status: str
    named: bool
    date: Optional[str]
    parties: tuple[str, ...]
    source: str
    # a description that a measure leads ("4 yıllık sözleşme imzaladı") names one of
    # several like documents: each signed one is its own item, not merged by name
    distinct: bool = False


def _clean(text: str) -> str:
    return " ".join(text.split())


def _norm_key(text: str) -> str:
    text = "".join(ch for ch in text if ch not in _QUOTES and ch not in _APOS)
    return tr_lower(_clean(text))


# --------------------------------------------------------------------------- parties

def _article_pair(body: str) -> tuple[str, ...]:
    counts: dict[str, int] = {}
    for _, _, place in gazetteer.find_mentions(body):
        if place.type == "country":
            counts[place.canonical] = counts.get(place.canonical, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], body.find(kv[0]) if kv[0] in body else 10**9))
    if len(ranked) < 2 or ranked[1][1] < 2:
        return ()
    if len(ranked) > 2 and ranked[2][1] * 2 > ranked[1][1]:
        return ()
    return (ranked[0][0], ranked[1][0])


def _place_ending_at(toks: list[_Tok], j: int) -> tuple[Optional[gazetteer.Place], int]:
    """The gazetteer name whose last word is token j ("Avrupa Birliği"), and its first token."""
    for n in (5, 4, 3, 2):
        i = j - n + 1
        if i < 0 or any(t.kind != "word" or not t.cap or t.apos for t in toks[i:j]):
            continue
        place = gazetteer.lookup(" ".join(t.word for t in toks[i:j]) + " " + toks[j].text)
        if place is not None and place.kind != "adj":
            return place, i
    place = _is_place(toks[j])
    return (place, j) if place is not None and place.kind != "adj" else (None, j)


def _places_before(toks: list[_Tok], k: int) -> tuple[tuple[str, ...], int]:
    """Places listed right before token k ("Kırgızistan ve Kazakistan"), and where they start."""
    names: list[str] = []
    j = k - 1
    start = k
    while j >= 0:
        place, first = _place_ending_at(toks, j)
        if place is None:
            break
        names.insert(0, place.party)
        start = first
        j = first
        if j - 1 >= 0 and (toks[j - 1].low in ("ve", "ile", "veya") or toks[j - 1].text == ","):
            j -= 2
            continue
        break
    if len(names) < 2:
        # "Kırgızistan-Kazakistan arasında"
        if k - 1 >= 0:
            hyph = _hyphen_parties(toks[k - 1])
            if len(hyph) >= 2:
                return hyph, k - 1
        return (), k
    return tuple(dict.fromkeys(names)), start


def _hyphen_parties(tok: _Tok) -> tuple[str, ...]:
    if tok.kind != "word" or "-" not in tok.word and "‑" not in tok.word:
        return ()
    whole = gazetteer.lookup(tok.word)
    if whole is not None:  # Bosna-Hersek, Gine-Bissau
        return ()
    names = []
    for part in regex.split(r"[-‑]", tok.word):
        place = gazetteer.lookup(part)
        if place is None or place.type not in ("country", "org", "capital"):
            return ()
        names.append(place.party)
    return tuple(dict.fromkeys(names))


def _party_phrase(toks: list[_Tok], k: int, pair: tuple[str, ...]) -> tuple[tuple[str, ...], int]:
    """Parties of an "arasında(ki)" at token k, and the index where the phrase starts."""
    if k - 1 >= 0 and toks[k - 1].low in ("ülke", "ülkenin", "taraf") and k - 2 >= 0 and toks[k - 2].low == "iki":
        return pair, k - 2  # the article's two countries (may be unknown: then no parties)
    return _places_before(toks, k)


# --------------------------------------------------------------------------- main

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
            if not m.parties and carried and m.status != "mentioned":
                m = attrs.evolve(m, parties=carried)
            mentions.append(m)
        if umbrella:
            carried = umbrella
    return _merge(body, mentions)


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


def _sentence_mentions(body, s_start, s_end, lex, dates, pair, persons):
    toks = _tokenize(body, s_start, s_end)
    out: list[_Mention] = []
    umbrella: tuple[str, ...] = ()
    if not toks:
        return out, umbrella
    all_heads = _find_heads(toks, lex)
    covered: list[tuple[int, int]] = []
    for h in all_heads:
        m = _decision_mention(body, toks, h, lex, dates)
        if m is not None:
            out.append(m)
            covered.append((m.start, m.end))
    heads = [h for h in all_heads if not _blocked(toks, h, lex)]
    quoted = _quote_pairs(body, s_start, s_end)

    # 2a. quoted titles
    for q_open, q_close in quoted:
        inner_heads = [h for h in heads if q_open < toks[h.first].start and toks[h.last].end <= q_close + 1]
        last_head = next((h for h in reversed(inner_heads) if h.stem_end == q_close and not h.suffix), None)
        if last_head is None:
            continue
        content = body[q_open + 1:q_close]
        start = q_open + 1 + (len(content) - len(content.lstrip()))
        words = content.split()
        if not content.strip() or not content.strip()[0].isupper() or len(words) < 2 or len(words) > 25:
            continue
        if content.rstrip()[-1:] in ".!?…,;:":
            continue
        if _org_title(content):
            continue
        first_i = next(i for i, t in enumerate(toks) if t.start > q_open)
        close_i = next(i for i, t in enumerate(toks) if t.start == q_close)
        after_i = close_i + (1 if close_i + 1 < len(toks) and toks[close_i + 1].start == q_close + 1 else 0)
        m = _finish(body, toks, first_i - 1 if first_i > 0 else 0, first_i, after_i, start, q_close,
                    last_head.head, True, lex, dates, pair, "agreements.quoted_title")
        if m is not None:
            out.append(m)
        covered.append((q_open, q_close + 1))

    # 2b / 3. capitalised titles and described mentions
    for h in heads:
        hs, he = toks[h.first].start, h.stem_end
        if any(_overlaps(hs, he, a, b) for a, b in covered):
            continue
        head_cap = all(toks[k].cap for k in range(h.first, h.last + 1))
        if head_cap:
            m = _title_mention(body, toks, h, lex, dates, pair, persons)
            if m is not None:
                out.append(m)
            continue
        m, umb = _described_mention(body, toks, h, lex, dates, pair)
        if m is not None:
            out.append(m)
        elif umb:
            umbrella = umb
    out.sort(key=lambda m: m.start)
    return out, umbrella


def _org_title(text: str) -> bool:
    place = gazetteer.lookup(_clean(text))
    return place is not None and place.type == "org"


def _title_mention(body, toks, h: _HeadMatch, lex, dates, pair, persons) -> Optional[_Mention]:
    nxt = toks[h.last + 1] if h.last + 1 < len(toks) else None
    if nxt is not None and not h.suffix and (nxt.cap or (nxt.low in lex.connector and h.last + 2 < len(toks)
                                                            and toks[h.last + 2].cap)):
        return None  # the head is inside a longer name: "Plan ve Bütçe Komisyonu"
    start_i = h.first
    j = h.first - 1
    while j >= 0:
        tok = toks[j]
        if tok.kind != "word" or tok.apos or _in_date(tok, dates):
            break
        if any(_overlaps(tok.start, tok.end, a, b) for a, b in persons):
            break
        if tok.cap:
            if tok.low in lex.stop:
                break
            start_i = j
        elif tok.low in lex.connector and j - 1 >= 0 and toks[j - 1].cap and not toks[j - 1].apos:
            pass  # "... Derinleştirilmesi ve Genişletilmesine ..."
        else:
            break
        j -= 1
    if start_i == h.first:
        return None  # a bare capitalised head ("Anlaşma, ...") is no title
    text = body[toks[start_i].start:h.stem_end]
    if _org_title(text) or all(t.word.isupper() for t in toks[start_i:h.last + 1] if t.kind == "word"):
        return None  # an organisation, or an ALL-CAPS headline ("ÖRNEK KARAR")
    start_i, cited = _citation_before(toks, start_i, dates)
    m = _finish(body, toks, start_i - 1, start_i, h.last, toks[start_i].start, h.stem_end, h.head, True,
                lex, dates, pair, "agreements.capitalised_title", require_cue=False,
                program_needs_cue=True)
    if m is not None and cited is not None:
        status = m.status if m.status != "mentioned" else _DATED_STATUS.get(m.type, "signed")
        m = attrs.evolve(m, date=cited.value, status=status)
    return m


# A document cited by its date was made that day: the status a bare citation implies.
_DATED_STATUS = {"decision": "adopted", "plan": "adopted", "declaration": "adopted", "other": "adopted"}


def _citation_before(toks, start_i: int, dates) -> tuple[int, Optional[TimeExpression]]:
    """``27 Aralık 2007 tarihli ve 1439/2 sayılı Kurul Kararı``: the official citation
    (a date with ``tarihli``, a number with ``sayılı``, or both joined by ``ve``) is part of
    the title.  (first token of the citation, the cited date or None)."""
    k = start_i - 1
    if k >= 1 and toks[k].low == "sayılı":
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


# A noun in the comitative case ("firmalarla", "sahipleriyle", "Rusya'yla") names the other
# party of a described document, not part of its description.
_COMITATIVE = regex.compile(
    r"(?:(?:l[ae]r|[ıiuü])y?l[ae]|[aeıioöuü]yl[ae]"
    r"|.{3}[bcçdfgğhjkmnprsştvz]l[ae])\Z"  # a consonant stem: "müteahhitle"
)
_WITH_POSTP = frozenset({"ilgili", "ilişkili", "bağlantılı"})  # "kurulmasıyla ilgili karar": not a party
_NOT_COMITATIVE = frozenset({"böyle", "şöyle", "öyle", "ile", "bile", "hele",
                             "cümle", "mahalle", "hamle", "kıble"})


def _comitative(tok: _Tok) -> bool:
    if tok.apos:
        return tok.apos_suffix in ("la", "le", "yla", "yle")
    return bool(_COMITATIVE.search(tok.low)) and tok.low not in _NOT_COMITATIVE


def _described_mention(body, toks, h: _HeadMatch, lex, dates, pair):
    """(mention, umbrella parties): a described document, or the parties of a generic one."""
    start_i = h.first
    j = h.first - 1
    passed_postp = False
    boundary = -1
    party_stop: tuple[str, ...] = ()
    with_owner = False  # "X ile sözleşmesi": a specific document even without a status cue
    relative = False  # a relative clause describes the head
    for k in range(h.first - 1, max(h.first - 5, 0), -1):
        if toks[k].low == "ile":
            owner = _possessor_comitative(toks, k, h)
            if owner is not None:
                start_i, boundary, with_owner = owner, owner - 1, True
                party_stop = (_clean(body[toks[owner].start:toks[k - 1].word_end]),)
                j = -1  # "Schalke ile 1 yıl daha sözleşmesi": nothing more to walk
            break
    while j >= 0 and h.first - j <= 14:
        tok = toks[j]
        measure = _measure_start(toks, j)
        if measure is not None:
            start_i = measure  # "2+1 yıllık sözleşme": the duration belongs to the description
            j = measure - 1
            if j >= 0 and toks[j].low not in lex.postp and _measure_start(toks, j) is None:
                boundary = j  # "İki şirket | 10 yıl süreli anlaşma": only "X'e ilişkin 3 yıllık plan" goes on
                break
            continue
        if tok.kind != "word" or _in_date(tok, dates):
            boundary = j
            break
        low = tok.low
        if _comitative(tok) and toks[j + 1].low not in _WITH_POSTP:
            boundary = j  # "projelerin sahipleriyle | sözleşme imzalayacağız": the other party
            break
        if low in ("ve", "ile", "veya"):
            left = toks[j - 1] if j - 1 >= 0 else None
            if (left is None or left.kind != "word" or _match_head_at(toks, j - 1, lex) is not None
                    or _is_verb_form(left, lex) or (low == "ile" and (left.cap or j == h.first - 1))):
                boundary = j  # "Yunanistan ile | hattın uzatılması konusunda anlaşma"
                break
            j -= 1
            continue
        if low in ("arasında", "arasındaki"):
            parties, p_start = _party_phrase(toks, j, pair)
            if parties or p_start < j:
                party_stop = parties
                boundary = j
                break
        if low == "bir" and j - 1 >= 0 and toks[j - 1].low in lex.postp:
            start_i = j  # "... ilişkin bir anlaşma"
            j -= 1
            continue
        if low == "bir" and j == h.first - 1 and _relative_before_bir(toks, h, lex) is not None:
            clause = _relative_clause(toks, j - 1, h, lex, dates)
            if clause is not None:
                start_i, boundary = clause  # "Türk voleybolunda deprem etkisi yaratan bir karar"
                relative = True
                break
        if low in lex.stop:
            boundary = j
            break
        if low in lex.postp:
            passed_postp = True
        elif tok.cap and passed_postp:
            pass  # "Hazar Denizi'nin hukuki statüsüne ilişkin ...": a proper name inside the description
        elif tok.cap:
            place = _is_place(tok)
            sentence_initial = j == 0 or (toks[j - 1].kind == "punct" and toks[j - 1].text in _QUOTES)
            if place is None and not (sentence_initial and not tok.apos):
                boundary = j
                break
            if place is not None and tok.apos_suffix in (
                    "ın", "in", "un", "ün", "nın", "nin", "nun", "nün"):
                boundary = j  # "Kazakistan'ın kalkınma planı": an owner, not a modifier
                break
        elif _is_verb_form(tok, lex, attributive_ok=True) or (tok.apos and not passed_postp):
            clause = _relative_clause(toks, j, h, lex, dates)
            if clause is None:
                boundary = j
                break
            start_i, boundary = clause  # "... çıkmasını engelleyecek plan": the clause describes it
            relative = True
            break
        start_i = j
        j -= 1
    rel = _counterparty_clause(toks, boundary, start_i, h, lex)
    if rel is not None:
        x_start, cue = rel
        start = toks[x_start].start
        link = cue.first - 1  # "ile" / "arasında"
        parties = _party_phrase(toks, link, pair)[0] if toks[link].low == "arasında" else ()
        m = _finish(body, toks, x_start - 1, x_start, h.last, start, h.stem_end, h.head, False,
                    lex, dates, pair, "agreements.described", cue=cue, cue_side="before",
                    parties_hint=parties)
        return m, ()
    # trim leading connectors / postpositions
    while start_i < h.first and (toks[start_i].low in lex.connector or toks[start_i].low in lex.postp):
        start_i += 1
    measure_led = start_i < h.first and _is_number(toks[start_i])
    modifiers = [t.low for t in toks[start_i:h.first]]
    generic = not any(m not in lex.generic for m in modifiers)
    if generic:
        # an umbrella mention: its parties (own sentence) go to the documents listed after it
        cue = _cue_after(toks, h.last, lex, dates=dates)
        if cue is not None and cue.status != "mentioned":
            parties = party_stop or _sentence_parties(toks, h.first, pair, adjacent_only=False)
            return None, parties
        return None, ()
    start = toks[start_i].start
    stem_end = h.stem_end
    if (len(h.head.stems) == 1 and h.head.lemma[-1:] not in "aeıioöuü" and h.first - 1 >= 0
            and (toks[h.first - 1].low in lex.postp or start_i < h.first - 1 and relative)
            and h.head.stems[0] == h.head.lemma + h.head.stems[0][-1:]
            and h.head.stems[0][-1:] in "ıiuü"):
        # "... ilişkin kararı kabul etti", "... tarafından verilen kararı onayladı": accusative,
        # not a compound: "karar"
        stem_end -= 1
    cue, cue_side = _own_verb_cue(toks, h, start_i, lex)
    m = _finish(body, toks, boundary, start_i, h.last, start, stem_end, h.head, False,
                lex, dates, pair, "agreements.described", require_cue=not with_owner,
                parties_hint=party_stop, cue=cue, cue_side=cue_side)
    if m is not None and measure_led and m.status != "mentioned":
        m = attrs.evolve(m, distinct=True)
    return m, ()


def _own_verb_cue(toks, h: _HeadMatch, start_i: int, lex) -> tuple[Optional[_Cue], Optional[str]]:
    """The status a decision takes from its own light verb when a relative clause describes
    it: the participle inside the description ("… aldığı karar"), or the verb right after
    "… yaratan bir karar aldı".  (cue, side) or (None, None)."""
    if h.head.type != "decision" or start_i >= h.first:
        return None, None
    status = _decision_participle(toks[h.first - 1], h)
    if status is not None:
        return _Cue(first=h.first - 1, last=h.first - 1, status=status), "before"
    nxt = toks[h.last + 1] if h.last + 1 < len(toks) else None
    if toks[h.first - 1].low == "bir" and not h.suffix and nxt is not None and nxt.kind == "word" \
            and nxt.low.startswith(lex.light.get(h.head.lemma, ())):
        rest = nxt.low[2:] if nxt.low.startswith("al") else nxt.low[3:]
        status = "planned" if any(f in rest for f in lex.future) else "adopted"
        return _Cue(first=h.last + 1, last=h.last + 1, status=status), "after"
    return None, None


_MORE = frozenset({"daha", "fazla"})


def _possessor_comitative(toks, j: int, h: _HeadMatch) -> Optional[int]:
    """``Fenerbahçe ile sözleşmesi``, ``Schalke ile 1 yıl daha sözleşmesi``: a head with a
    possessive ``-sI`` after ``X ile`` (X a name of up to three words; only a number of
    time units may come between) is the owner's document with X; the comitative belongs to
    the noun, not to a verb.  The first token of X, or None."""
    head = h.head
    form = toks[h.last].low
    if len(head.stems) != 1 or head.lemma[-1:] not in "aeıioöuü" or not form.startswith(head.lemma):
        return None
    if form[len(head.lemma):len(head.lemma) + 2] not in ("sı", "si", "su", "sü"):
        return None
    between = toks[j + 1:h.first]
    if between and not (len(between) >= 2 and _is_number(between[0])
                        and all(t.kind == "word" and not t.cap and (t.low in _MORE or _is_unit(t))
                                for t in between[1:])):
        return None
    x = j - 1
    if x < 0 or not toks[x].cap:
        return None
    while x - 1 >= 0 and toks[x - 1].cap and not toks[x - 1].apos and j - 1 - x < 2:
        x -= 1
    return x


_RELATIVE = regex.compile(r"(?:y?[ae]c[ae]k|y?[ae]n)\Z")  # engelleyecek, kurulacak, yapılan
# -DIk participles with a possessive: aldığı, aldığımız, verdikleri, imzaladığınız
_RELATIVE_DIK = regex.compile(r"(?:d|t)[ıiuü](?:ğ[ıiuü](?:m[ıiuü]z|n[ıiuü]z)?|kl[ae]r[ıi])\Z")
# "alınan / aldığı / aldığımız / verilen / verdiği karar": the participle of the decision's own
# light verb is its status cue (a future one: planned)
_DECISION_PARTICIPLE = regex.compile(
    r"\A(?:al|ver)(?:[ıi][ln])?(?:[ae]n|(?:d|t)[ıiuü](?:ğ[ıiuü](?:m[ıiuü]z|n[ıiuü]z)?|kl[ae]r[ıi])"
    r"|y?[ae]c[ae](?:k|ğ[ıiuü](?:m[ıiuü]z|n[ıiuü]z)?|kl[ae]r[ıi]))\Z")


def _decision_participle(tok: _Tok, h: _HeadMatch) -> Optional[str]:
    """The status a participle of al-/ver- gives the decision right after it, else None."""
    if h.head.type != "decision" or tok.kind != "word" or tok.cap or not _DECISION_PARTICIPLE.match(tok.low):
        return None
    return "planned" if regex.search(r"[ae]c[ae](?:k|ğ)", tok.low) else "adopted"


def _relative_before_bir(toks, h: _HeadMatch, lex) -> Optional[int]:
    """``… deprem etkisi yaratan bir karar``: index of a relative participle (not a status
    cue) that stands before ``bir`` right before the head, else None."""
    j = h.first - 2
    if j < 1 or toks[h.first - 1].low != "bir" or toks[j].kind != "word" or toks[j].cap:
        return None
    if not _RELATIVE.search(toks[j].low) or _cue_at(toks, j, lex) is not None:
        return None
    return j


def _relative_clause(toks, j: int, h: _HeadMatch, lex, dates) -> Optional[tuple[int, int]]:
    """``Yunanistan'ın Euro Bölgesi'nden çıkmasını engelleyecek plan``: a participle (not a
    status cue) right before the head opens a relative clause that describes the document;
    its arguments (names with case endings, verbal nouns) go back to a comma, a stop word,
    another verb or the sentence start.  (first token, boundary) or None when it has none."""
    tok = toks[j]
    bir = j == h.first - 2 and _relative_before_bir(toks, h, lex) == j
    if not (j == h.first - 1 or bir) or tok.cap:
        return None
    if not (_decision_participle(tok, h) or bir):
        if not (_RELATIVE.search(tok.low) or _RELATIVE_DIK.search(tok.low)) or _cue_at(toks, j, lex) is not None:
            return None
    k = j - 1
    while k >= 0 and j - k <= 6:
        t = toks[k]
        if _in_date(t, dates):
            d = k
            while d - 1 >= 0 and _in_date(toks[d - 1], dates):
                d -= 1
            if d - 1 >= 0 and toks[d - 1].kind == "word" and _GENITIVE.search(toks[d - 1].low):
                k = d - 1  # "site yönetiminin 25 Ocak’ta aldığı karar": a date inside the clause
                continue
            break
        if t.kind != "word" or t.low in lex.stop or t.low in ("ve", "ile", "veya") \
                or (_is_verb_form(t, lex) and not _VERBAL_NOUN.search(t.low[-6:])) or _comitative(t):
            break
        k -= 1
    first = k + 1
    if first >= j or (toks[first].cap and first == 0):
        return None  # no argument, or the sentence's subject
    return first, k


def _counterparty_clause(toks, boundary: int, start_i: int, h: _HeadMatch, lex):
    """``ESK ile imzalanan protokol``: a bare head after a cue participle whose ``X ile`` /
    ``X arasında`` names the counter-party (ANNOTATION-notes-E: the relative clause is kept
    when the head would otherwise be bare); with ``X ve/ile Y arasında`` also before a
    described head (``Galatasaray ile Daikin arasında imzalanan işbirliği anlaşması``, dev
    spor-560).  Returns (first token of X, the cue) or None."""
    if boundary < 2 or boundary != start_i - 1:
        return None
    cue = _cue_at(toks, boundary, lex)
    if cue is None or cue.last != boundary or cue.first != boundary:
        return None
    link = toks[boundary - 1]
    if link.kind != "word" or link.low not in ("ile", "arasında"):
        return None
    if start_i != h.first and link.low != "arasında":
        return None  # "X ile imzalanan kredi anlaşması": X belongs to the verb
    x = boundary - 2
    if toks[x].kind != "word" or _is_verb_form(toks[x], lex) or toks[x].low in lex.stop:
        return None
    if toks[x].cap:  # a name of up to three words; a sentence-initial word is the subject
        while x - 1 >= 1 and toks[x - 1].cap and boundary - 2 - x < 3:
            x -= 1
    if link.low == "arasında":
        x = _first_party_of_pair(toks, x)
    return x, cue


def _first_party_of_pair(toks, x: int) -> int:
    """``Galatasaray Kulübü ile iklimlendirme firması Daikin Türkiye arasında``: the
    second party starts at ``x``; step over a short lower-case apposition back to the
    ``X ile`` / ``X ve`` that names the first party, and return X's first token."""
    k = x - 1
    while k >= 1 and x - k <= 3 and toks[k].kind == "word" and not toks[k].cap \
            and toks[k].low not in ("ile", "ve"):
        k -= 1
    if k < 1 or toks[k].low not in ("ile", "ve") or not toks[k - 1].cap:
        return x
    first = k - 1
    while first - 1 >= 1 and toks[first - 1].cap and k - first < 3:
        first -= 1
    return first


def _sentence_parties(toks, first: int, pair, adjacent_only: bool) -> tuple[str, ...]:
    for k in range(first - 1, -1, -1):
        if toks[k].low == "arasında" or (toks[k].low == "arasındaki" and k == first - 1):
            parties, _ = _party_phrase(toks, k, pair)
            if parties:
                return parties
    return ()


def _finish(body, toks, before_i, first_i, last_i, start, end, head: _Head, named: bool, lex, dates, pair,
            source: str, require_cue: bool = False, program_needs_cue: bool = False,
            parties_hint: tuple[str, ...] = (), cue: Optional[_Cue] = None,
            cue_side: Optional[str] = None) -> Optional[_Mention]:
    """Status, date and parties of a mention spanning body[start:end] (tokens first_i..last_i);
    ``cue`` when the caller found it already (inside the span)."""
    text = body[start:end]
    if not text.strip():
        return None
    if cue is None:
        cue = _cue_before(toks, first_i, lex)
        cue_side = "before" if cue is not None else None
    if cue is None:
        cue = _cue_after(toks, last_i, lex, dates=dates)
        cue_side = "after" if cue is not None else None
    if cue is None and (require_cue or (program_needs_cue and head.lemma == "program")):
        return None
    status = cue.status if cue is not None else "mentioned"
    date = _date_for(toks, first_i, last_i, cue, cue_side, start, end, dates) if cue is not None else None
    parties = parties_hint or _mention_parties(toks, first_i, last_i, pair)
    return _Mention(start=start, end=end, name=_clean(text), type=_type_of(head.type, named), status=status,
                    named=named, date=date, parties=parties, source=source)


def _type_of(head_type: str, named: bool) -> str:
    """A titled *Sözleşme* is a convention ("Avrupa İnsan Hakları Sözleşmesi"): a treaty;
    a described one ("kredi sözleşmesi") is a contract."""
    return "treaty" if head_type == "contract" and named else head_type


def _mention_parties(toks, first_i, last_i, pair) -> tuple[str, ...]:
    for k in range(first_i - 1 if first_i - 1 >= 0 else 0, last_i + 1):
        if 0 <= k < len(toks):
            hyph = _hyphen_parties(toks[k])
            if len(hyph) >= 2:
                return hyph
    return _sentence_parties(toks, first_i, pair, adjacent_only=True)


def _date_for(toks, first_i, last_i, cue: _Cue, side, start, end, dates) -> Optional[str]:
    usable = [d for d in dates if d.type == "DATE" and d.value and not d.mod
              and not _overlaps(d.start, d.end, start, end)]
    if not usable:
        return None
    if side == "before":
        # "geçen yıl imzalanan X": the expression ends right before the cue, same clause
        lo = _clause_start(toks, cue.first)
        hi = toks[cue.first].start
    else:
        lo = _clause_start(toks, first_i)
        hi = toks[cue.last].end
    inside = [d for d in usable if d.start >= lo and d.end <= hi]
    if not inside:
        return None
    inside.sort(key=lambda d: abs(d.start - start))
    return inside[0].value


def _clause_start(toks, i: int) -> int:
    for k in range(i - 1, -1, -1):
        if toks[k].kind == "punct" and toks[k].text in ",;:":
            return toks[k].end
    return toks[0].start if toks else 0


def _merge(body: str, mentions: Iterable[_Mention]) -> list[Agreement]:
    groups: dict[str, list[_Mention]] = {}
    order: list[str] = []
    for m in mentions:
        key = f"{m.start}:{m.name}" if m.distinct else _norm_key(m.name)
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(m)
    out: list[Agreement] = []
    for key in order:
        group = groups[key]
        rep = next((m for m in group if m.named), group[0])
        status = next((m.status for m in group if m.status != "mentioned"), "mentioned")
        date = next((m.date for m in group if m.date), None)
        parties = next((m.parties for m in group if m.parties), ())
        try:
            out.append(Agreement(
                text=body[rep.start:rep.end], start=rep.start, end=rep.end, name=rep.name,
                type=rep.type, status=status, named=any(m.named for m in group), date=date,
                parties=parties, source=rep.source,
            ))
        except (ValueError, TypeError):  # a bad span must not fail the document
            log.debug("agreements: bad record for %r", rep.name, exc_info=True)
    out.sort(key=lambda a: a.start)
    return out
