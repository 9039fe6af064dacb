"""Indirect speech: a reported clause ending in a nominalised verb, governed by a cue.

``Caparov, [iki ülke arasındaki ... gelişmeler yaşandığını] belirterek, ...``
``[İki ülke arasındaki ilişkilerin ... geliştiğini] vurgulayan Tokayev, ...``
``[... ele alındığı] bildirildi.`` (passive: no speaker)

The clause ends at the nominalised verb right before the cue
(``resources/nominalizations.tsv``) and starts after the nearest clause
boundary to its left: a comma after a converb or adverbial
(``resources/clause_boundaries.tsv``), the comma or "ise"/"ayrıca" after the
speaking subject, the end of a direct quote, or the sentence start; and after
a locative of the occasion of speaking that stands later ("... yaptığı
açıklamada | ...", ``resources/statement_locatives.tsv``).
"""

from __future__ import annotations

import bisect
import functools
from typing import Optional

import attrs
import regex

from .. import resources
from ..analysis import Analysis
from ..outlets import outlet_name
from ..records import Article, Quote, Speaker
from ..repair import MAX_SENTENCE_CHARS
from ..textnorm import tr_lower
from . import cues as cue_lexicon
from . import gazetteer
from .quote_marks import find_quoted
from .spans import SpanSet
from .speakers import (_ROLE_NOUNS, NAME_AFTER, NAME_WORD, NAMED_AS, NameBook, _speaker_from, build_namebook,
                       crosshead_between, document_author_before, epithet_ends_at, epithet_subject,
                       epithet_topic_end, find_subject, generic_subject_at, heads_alternation, share_ends_at,
                       statement_source_before, strip_suffix, unnamed_source)

# Words in quote marks inside the clause, not a quoted title with a suffix glued on
# ('"asılsız ve mesnetsiz" olduğunu' is mixed; '"Kapsamlı Plan"ın kabul edildiğini' is not).
_QUOTED_WORDS = regex.compile(r"""["“«][^"“”«»\n]{2,}["”»](?![\p{L}'’])""")
# A genitive-marked word (the subject of a nominalised clause), not "için"/"bütün"/"gün".
_NOT_GENITIVE = r"(?!(?:için|bütün|gün|dün|bugün|yarın)\b)"  # words that only end like a genitive
_GENITIVE_ENDING = r"(?:n[ıiuü]n|[ıiuü]n)"
_CONNECTIVES = frozenset({"ise", "ayrıca", "yandan"})  # boundaries that open a new clause, not a converb's
# the same word right before a comma: a genitive subject set off from its report ("firmasının, …")
_GENITIVE_COMMA = regex.compile(rf"(?<![\p{{L}}'’]){_NOT_GENITIVE}(?!(?:kadın|uzun|yoğun)\b)\p{{Ll}}[\p{{L}}'’]*?{_GENITIVE_ENDING}\s*,\s*\Z")
_GENITIVE = regex.compile(rf"(?<![\p{{L}}'’]){_NOT_GENITIVE}\p{{Ll}}[\p{{L}}'’]*?{_GENITIVE_ENDING}(?![\p{{L}}])")
_CONVERB = regex.compile(r"(?:[ae]r[ae]k|[ıiuü]p)$")
_IP_CONVERB = regex.compile(r"[ıiuü]p$")
_WORD_BEFORE = regex.compile(r"(?P<word>[\p{L}\p{M}]+)\s+\Z")
# a reported clause's nominalised verb in the accusative ("etkilendiğini", "olacağını"): closing
# the part before a comma ("… etkilendiğini,"), or joined by "ve" to what follows ("… daha iyi
# gördüğünü ve konuşmalara gülerek,"; round 33 dev siyaset-382)
_COMPLEMENT = r"\p{L}(?:[dt][ıiuü]ğ|[ae]c[ae]ğ)[ıiuü]n[ıiuü]"
_COMPLEMENT_END = regex.compile(_COMPLEMENT + r"\s*\Z")
_COMPLEMENT_AND = regex.compile(_COMPLEMENT + r"\s+ve\s")
# the nominalised verb may close a quoted stretch: '... "kapsamına girmediğini" söylemiş', and
# take the clitic "da/de" ("... olduğunu da söyledi", dev ekonomi-330, -70, spor-363)
_WORD_BEFORE_CUE = regex.compile(r"(?P<word>[\p{L}\p{M}]+)[\"”»]?(?:\s+d[ae])?\s+\Z")


@functools.lru_cache(maxsize=None)
def _endings() -> dict[str, regex.Pattern]:
    by_case: dict[str, list[str]] = {}
    for row in resources.tsv("nominalizations.tsv"):
        by_case.setdefault(row["case"], []).append(row["ending"])
    return {case: regex.compile(rf"(?:{'|'.join(items)})\Z") for case, items in by_case.items()}


@functools.lru_cache(maxsize=None)
def _boundary() -> regex.Pattern:
    items = [row["pattern"] for row in resources.tsv("clause_boundaries.tsv")]
    return regex.compile(rf"(?:{'|'.join(items)})\Z", regex.IGNORECASE)


_LOCATIVE = regex.compile(r"[dt][ae]\Z")
_OPENING_WORD = regex.compile(r"\s*(?P<word>\p{Lu}[\p{Ll}\p{M}]+)[ \t]+(?=\S)")


@functools.lru_cache(maxsize=None)
def _occasion_forms() -> tuple[tuple[str, ...], frozenset[str], tuple[str, ...]]:
    """``occasion_locatives.tsv``: the stems, the whole words, and the stems of texts that report (text=yes)."""
    rows = resources.tsv("occasion_locatives.tsv")
    return (tuple(r["form"] for r in rows if r["kind"] == "stem"),
            frozenset(r["form"] for r in rows if r["kind"] == "word"),
            tuple(r["form"] for r in rows if r["text"] == "yes"))


def _occasion_locative(body: str, start: int, comma: int, word: str) -> bool:
    """The locative before ``comma`` ends the speaker's frame (``resources/occasion_locatives.tsv``):
    an occasion of speaking ("yaptığı açıklamada,", "Raporda,"), a connective or a time ("Bu
    bağlamda,", "hafta başında,"). Other locatives time, place or qualify the reported event and
    belong to the report, as the guidelines say ("… tansiyon seyirlerinde, büyük …", round 52 dev
    saglik-418); so does a place name's ("Malatya'da,": its apostrophe leaves ``word`` "da")."""
    if not _LOCATIVE.search(word):
        return False
    stems, words, _ = _occasion_forms()
    low = tr_lower(word)
    if low in words or low.startswith(stems):
        return True
    phrase = tr_lower(" ".join(body[start:comma].split()[-2:]))
    return any(phrase.startswith(s) for s in stems if " " in s)


_MA_FORM = regex.compile(r"m[ae](?:s[ıi]|l[ae]r[ıi])n[ıiae]n?\Z")  # -mAsInI, -mAlArInA, -mAsInIn


@functools.lru_cache(maxsize=None)
def _false_friends() -> regex.Pattern:
    """Nouns that look like -DIklArI forms (``resources/nominalization_false_friends.txt``)."""
    stems = "|".join(regex.escape(w) for w in resources.words("nominalization_false_friends.txt"))
    return regex.compile(rf"(?:{stems})l[ae]r")


def nominalised_ending(word: str, cases: tuple = ("acc", "dat")) -> bool:
    """True for a nominalised verb in one of ``cases`` (by default accusative or dative:
    -DIğInI, -(y)AcAğInI, -mAsInI, ...); not a noun that only looks like one ("istatistiklerini")."""
    endings = _endings()
    lower = word.lower()
    if _false_friends().match(lower):
        return False
    return any(endings[case].search(lower) for case in cases if case in endings)


def _nominalised(word: str, cue: cue_lexicon.Cue) -> bool:
    if _MA_FORM.search(word.lower()):
        # "… itibar edilmemesini belirterek", "konuşmasını değerlendiren": a -mA demand or a plain
        # noun, no reported proposition (ANNOTATION: -mA complements are no quotes; no dev gold
        # item ends so; round 43 dev teknoloji-377)
        return False
    cases = list(cue.complement)
    if cue.form == cue_lexicon.PASSIVE:
        cases.append("nom")
    return nominalised_ending(word, tuple(cases))


def extract_indirect(article: Article, analysis: Analysis, book: Optional[NameBook] = None,
                     direct: tuple[Quote, ...] = (), warnings: Optional[list] = None) -> list[Quote]:
    """Indirect-speech records; ``direct`` quotes are not searched inside."""
    body = article.body
    book = book if book is not None else build_namebook(body, analysis)
    inside = SpanSet(_top_level((q.start, q.end) for q in direct))
    # finished direct quotes (start, end of cue): a clause never reaches back over one
    finished = sorted((q.start, q.cue_end) for q in direct
                      if q.cue_end is not None and not _embedded(body, q))
    marks = _inline_marks(body)
    # the words in marks each cue of a direct or mixed quote reports: a clause of the same cue that
    # is just those words is that quote again ('"… çıkartılamayacağını" öne süren Yılmaz': not a second, mixed one)
    reported = {q.cue_start: (q.start, q.end) for q in direct if q.cue_start is not None}
    found: list[Quote] = []
    recent = _LastSpeaker(body, analysis, book, inside)
    writer: Optional[Speaker] = None  # who last "wrote" a report ("X gazetesi, ... yazdı")
    for index, sent in enumerate(analysis.sentences):
        try:
            quotes, writer = _sentence_quotes(body, analysis, index, book, inside, finished, recent, writer, marks)
        except Exception as exc:  # one bad sentence never fails the document
            if warnings is not None:
                warnings.append(f"indirect speech in sentence {index} skipped: {exc!r}")
            continue
        found.extend(q for q in quotes if not _holds(reported.get(q.cue_start), q) and not _embedded_question(q))
    return found


# An embedded wh-question is no report (ANNOTATION: "Not quotes: … embedded wh-questions"): the
# question word stands in the clause's last verb phrase, no other verb form between them ("…
# talebine neden karşı çıktığını anlattı", round 53 dev siyaset-378); a question word deeper in the
# clause ("… nereye defnedileceğinin netlik kazanmadığını"), "neden ol-" ("to cause") and the noun
# "neden" ("kesin neden ve sonuçlara", "pek çok neden") do not count
_QUESTION_WORD = regex.compile(
    r"(?<![\p{L}\p{M}'’])(?:(?<!(?:bir|çok|kesin|temel|asıl|başlıca|önemli|tek|diğer|başka|bu|şu|o|birçok|birkaç|hiçbir|en)\s+)"
    r"neden(?!\s+(?:ol|ve\b|veya\b|ile\b))|niçin|niye|nasıl|nerede|nereye|nereden|kim|kimin|kime|kimi|hangi|ne\s+zaman)"
    r"(?P<rest>(?:\s+[\p{L}\p{M}'’]+){1,4})\Z")
_VERB_FORM = regex.compile(r"(?:[ıiuü]?r[ae]?s[ae]|[dt][ıiuü]ğ|[ae]c[ae][kğ]|m[ae]k|m[ae]s|[ae]r[ae]k|[ıiuü]p|y?[ae]n|k[ae]n|d[ıiuü]|t[ıiuü])\p{L}*\Z")


def _embedded_question(quote: Quote) -> bool:
    if quote.kind != "indirect":
        return False
    match = _QUESTION_WORD.search(quote.text.lower())
    return match is not None and not any(_VERB_FORM.search(w) for w in match.group("rest").split()[:-1])


def _holds(span: Optional[tuple[int, int]], clause: Quote) -> bool:
    """``clause`` is just the quoted words at ``span``, from their opening mark (a clause that starts
    before, '… Kılıçdaroğlu'nun, milletvekillerine "… dilediği" ifade edildi', is the report)."""
    return span is not None and span[0] - 1 <= clause.start <= span[0] and span[1] <= clause.end + 1


# A report written by a newspaper or a writer ("... olduğunu yazdı", "... yazan gazete"): the
# passive reports after it (same section) continue it (ANNOTATION notes G, AM, AP, AR).
WRITTEN_LEMMA = "yaz"


_SEEN_PAST = regex.compile(r"(?:[dt][ıiuü]|yord[ıiuü])(?:l[ae]r)?\Z")


def _after_finite_predicate(body: str, analysis: Analysis, clause_start: int, word_start: int, marks=()) -> int:
    """Where the clause starts when the speaker's own finite verb and ``ve`` or a comma stand before it:
    "… sözlerini eleştirdi ve | … değiştireceğini belirtti" (UD treebank speech sentences, session 43:
    BOUN news_571), "Mbia, … sağlık kontrolünden geçti ve | Cuma günü … imzalanacağı duyuruldu" (dev
    spor-429). A reported clause holds no finite verb of its own outside quote marks (``marks``:
    "… "Bu büyük geldi, …" cümlesini kurmak olduğunu" is one clause); the seen past (-DI) is the
    one the tagger's features and the word's ending both show (not "-mIş", "olursa olsun")."""
    if not analysis.tagged or word_start <= clause_start:
        return clause_start
    start = clause_start
    for k in range(analysis.sentence_index(clause_start), len(analysis.sentences)):
        sent = analysis.sentences[k]
        if sent.start >= word_start:
            break
        tokens = sent.tokens
        for i in range(len(tokens) - 1):
            tok, nxt = tokens[i], tokens[i + 1]
            if nxt.end >= word_start:
                break
            if tok.start < clause_start or nxt.text not in ("ve", ",") or not tok.words \
                    or not _SEEN_PAST.search(tok.text):
                continue
            word = sent.words[tok.words[-1]]
            if word.upos in ("VERB", "AUX") and word.feat("Tense") == "Past" and word.feat("Evident") != "Nfh" \
                    and word.feat("VerbForm") in (None, "Fin") and _opening_around(marks, tok.start) is None:
                start = _skip_space(body, nxt.end)
    return start


def _within_sentence(body, cue, sent, clause_start: int, word_start: int, earlier, marks, book):
    """The clause start after what the sentence's other cues and marks say, and the speaker
    when the clause's position names one: (start, speaker or None)."""
    opening = _opening_around(marks, cue.start)
    if opening is not None and clause_start <= opening:
        # '“Bir arkadaşım … olacağını söyledi” diye …': a cue inside marks reports only what
        # stands inside them (round 18 dev ttc-siyaset-107)
        clause_start = _skip_space(body, opening + 1)
    clause_start = _after_earlier_participle(body, clause_start, word_start, earlier, marks)
    if cue.form == cue_lexicon.PASSIVE and not earlier:
        clause_start = _initial_genitive_subject(body, sent.start, clause_start)
    own = _GENITIVE_TOPIC.match(body, clause_start, word_start) \
        if cue.form == cue_lexicon.CONVERB and _inside_passive_report(body, cue.end, sent.end) else None
    speaker = _speaker_from(body, own.start("name"), own.end("name"), book, "speaker.genitive_topic",
                            allow_unknown=True) if own else None
    return (own.end(), speaker) if speaker is not None else (clause_start, None)


class _Marks(list):
    """Sorted (opening mark, end) stretches, with the longest one's length."""

    def __init__(self, stretches):
        super().__init__(sorted(stretches))
        self.longest = max((b - a for a, b in self), default=0)


def _inline_marks(body: str) -> _Marks:
    """(opening mark, end) of the closed quoted stretches within one paragraph."""
    return _Marks((q.open, q.end) for q in find_quoted(body)[0] if q.close is not None and not q.multi_paragraph)


def _stretch_around(marks: list[tuple[int, int]], pos: int) -> Optional[tuple[int, int]]:
    """The innermost quoted stretch (opening mark, end) around ``pos``, if any."""
    k = bisect.bisect_left(marks, (pos, -1))  # the stretches opened before pos
    # a stretch opened more than the longest stretch's length before pos has closed before it
    floor = pos - marks.longest if isinstance(marks, _Marks) else None
    for i in range(k - 1, -1, -1):
        a, b = marks[i]
        if floor is not None and a < floor:
            return None
        if pos < b:
            return a, b
    return None


def _opening_around(marks: list[tuple[int, int]], pos: int) -> Optional[int]:
    """The opening mark of the innermost quoted stretch around ``pos``, if any."""
    stretch = _stretch_around(marks, pos)
    return stretch[0] if stretch is not None else None


class _LastSpeaker:
    """The last speaker named before a sentence, found when a report needs it.

    A sentence without a reporting cue can only pass its subject on to later reports, and most
    such subjects are never asked for: the sentence is kept and searched (latest first) on
    demand, which gives the same speaker as searching every sentence as it is read."""

    def __init__(self, body: str, analysis: Analysis, book: NameBook, inside: SpanSet):
        self._body, self._analysis, self._book, self._inside = body, analysis, book, inside
        self._value: Optional[Speaker] = None
        self._pending: list[int] = []  # sentences (indices) not searched yet, in text order

    def set(self, speaker: Speaker) -> None:
        self._value, self._pending = speaker, []

    def defer(self, index: int) -> None:
        self._pending.append(index)

    def subject(self, index: int) -> Optional[Speaker]:
        """The speaking subject of sentence ``index`` (as joined by :func:`_joined`)."""
        sent = _joined(self._body, self._analysis, index)
        return find_subject(self._body, sent.start, sent.end, self._book, exclude=self._inside)

    def get(self) -> Optional[Speaker]:
        while self._pending:
            index = self._pending.pop()
            try:
                found = self.subject(index)
            except Exception:  # noqa: BLE001 - as a failed sentence: it names no one
                found = None
            if found is not None:
                self.set(found)
        return self._value


def _sentence_quotes(body, analysis, index, book, inside, finished, recent: _LastSpeaker, writer=None, marks=()):
    """Indirect quotes of sentence ``index`` and the last writer of a report; ``recent`` (the
    last speaker) is brought up to date with this sentence."""
    own = analysis.sentences[index]  # cues are looked for in this sentence only
    quotes = []
    cues = [cue for cue in cue_lexicon.find_cues(body, own.start, own.end)
            if cue.speech in ("indirect", "both") and not inside.covers(cue.start)]
    if not cues:
        recent.defer(index)
        return quotes, writer
    sent = _joined(body, analysis, index)
    subject = recent.subject(index)
    for cue in cues:
        before = _WORD_BEFORE_CUE.search(body, sent.start, cue.start)
        if before and not _nominalised(before.group("word"), cue):
            between = _between_clause_and_cue().search(body, sent.start, cue.start)
            if between is not None:  # "… anlaşma sağladığını | resmen açıkladı", "… | polise söyledi"
                before = _WORD_BEFORE_CUE.search(body, sent.start, between.start())
        if not before or not _nominalised(before.group("word"), cue):
            continue
        clause_end = before.end("word")
        cue_sent = sent
        clause_start = _clause_start(body, sent.start, before.start("word"), book, finished)
        if _split_inside_marks(body, marks, clause_start, cue.start):
            cue_sent = _joined(body, analysis, index, marks, cue.start)
            clause_start = _clause_start(body, cue_sent.start, before.start("word"), book, finished)
        share = share_ends_at(body, clause_start, before.start("word"), cue_sent.start)
        if share is not None:  # "tüketicilerin yüzde 85'i | … istediklerini dile getiriyor": the share speaks
            clause_start = _skip_space(body, share)
        lead = _NEWS_SOURCE_LEAD.match(body, clause_start, before.start("word")) \
            if cue.form == cue_lexicon.PASSIVE else None
        if lead is not None:  # "Hürriyet'te yer alan habere göre | görüşme sonrası …" (round 45 dev siyaset-319)
            clause_start = lead.end()
        elif cue.form == cue_lexicon.PASSIVE:
            owned = _owned_statement_end(body, clause_start, before.start("word"))
            if owned is not None:  # "TÜİK'in dün yayımladığı raporda | işsizliğin arttığı belirtildi": with a
                clause_start = owned  # passive cue, the statement's owner is its speaker, not part of the report
        clause_start, speaker = _within_sentence(body, cue, cue_sent, clause_start, before.start("word"), quotes,
                                                 marks, book)
        clause_start = _after_finite_predicate(body, analysis, clause_start, before.start("word"), marks)
        if cue.form == cue_lexicon.VERBAL:
            if _VERBAL_NOT_SAID.match(body, cue.end):
                continue
            clause_start, speaker = _verbal_noun_subject(body, clause_start, before.start("word"), book)
        if clause_end - clause_start < 3:
            continue
        if cue.form != cue_lexicon.VERBAL:  # a verbal noun's speaker is its genitive or no one
            speaker = speaker or _speaker(body, cue, clause_start, cue_sent.start, cue_sent.end, book, subject,
                                          recent, inside, writer)
        kind = "mixed" if _speakers_own_words(body, clause_start, clause_end) else "indirect"
        quotes.append(Quote(
            text=body[clause_start:clause_end], start=clause_start, end=clause_end, kind=kind,
            speaker=speaker, cue=cue.text, cue_start=cue.start, cue_end=cue.end, sentence=index,
            source=f"indirect.{cue.form}",
        ))
        if speaker is not None and speaker.source != "speaker.share":  # a survey's share speaks once
            recent.set(speaker)
            if cue.lemma == WRITTEN_LEMMA and cue.form != cue_lexicon.PASSIVE:
                writer = speaker
    if subject is not None:
        recent.set(subject)
    return quotes, writer


# "Toplantıda Tan’ın, amacının … olmadığını belirterek, … söylediği öğrenildi" (round 18 dev
# ttc-siyaset-91): a name in the genitive set off by a comma is the subject of the clause
# around the converb, and so the converb's speaker; the report starts after its comma
_GENITIVE_TOPIC = regex.compile(
    r"\s*(?:\p{Lu}\p{Ll}+[dt][ae]\s+)?(?P<name>(?:\p{Lu}[\p{Ll}\p{M}]+\s+){0,3}\p{Lu}[\p{Ll}\p{M}]+)"
    r"['’\x92]n?[ıiuü]n\s*,\s*")


def _inside_passive_report(body: str, start: int, end: int) -> bool:
    """The converb stands inside a nominalised clause that a passive cue reports later in the
    sentence ("… belirterek, … söylediği öğrenildi"), not before the main clause's verb
    ("Bahçeli'nin, … açıkladığını belirterek, … dedi": the genitive is the report's own)."""
    for later in cue_lexicon.find_cues(body, start, end):
        word = _WORD_BEFORE_CUE.search(body, start, later.start)
        if later.form == cue_lexicon.PASSIVE and word and nominalised_ending(word.group("word"), ("nom",)):
            return True
    return False


# "Erdoğan’ın iki liderin sonuç alamaması durumunda, farklı seçeneklerin … yana olmadığı
# belirtiliyor" (round 18 dev ttc-siyaset-107): before a passive cue the main clause has no
# subject, so a name in the genitive opening the sentence is the reported clause's subject and
# the commas after it (an adverbial's, a converb's) stay inside the clause; not over a participle
# or a locative of speaking ("Erdoğan’ın yaptığı açıklamada, …": the statement's owner)
_INITIAL_GENITIVE = regex.compile(
    r"\s*(?:\p{Lu}[\p{Ll}\p{M}]+\s+){0,3}\p{Lu}[\p{Ll}\p{M}]+['’\x92]n?[ıiuü]n(?![\p{L}])")
_PARTICIPLE_WORD = regex.compile(r"(?<![\p{L}])\p{Ll}+(?:[dt][ıiuü]ğ[ıiuü]|y?[ae]n|[ae]c[ae][kğ][ıiuü]?)(?![\p{L}])")


def _initial_genitive_subject(body: str, sent_start: int, clause_start: int) -> int:
    """The start of a genitive name opening the sentence when the clause found starts later
    and only an adverbial or a converb stands between (see above); else ``clause_start``."""
    match = _INITIAL_GENITIVE.match(body, sent_start, clause_start)
    if match is None or match.end() >= clause_start:
        return clause_start
    between = body[match.end():clause_start]
    if _PARTICIPLE_WORD.search(between) or statement_locative().search(between):
        return clause_start
    return _skip_space(body, sent_start)


# "… gördüklerini kaydeden askerler, … olduğunu söyledi": the participle's noun
# (up to four words before a comma) is the subject of the later cue
_PARTICIPLE_END = regex.compile(r"[ae]n\Z")  # "belirten", "belirtilen"
_GENITIVE_NP = regex.compile(r"\p{Ll}(?:n[ıiuü]n|[ıiuü]n|l[ae]r[ıi]n)\s*,\s*\Z")  # "bürokrasinin, " (no name)
_PARTICIPLE_SUBJECT_NP = regex.compile(r"\s*(?:[\p{L}\p{M}'’-]+\s+){0,3}[\p{L}\p{M}'’-]+\s*,\s*")


@functools.lru_cache(maxsize=None)
def _participle_subject_bare() -> regex.Pattern:
    """The participle's noun without a comma: a name in the nominative or an unnamed source
    of ``speaker_heads.tsv`` ("… düştüğünü söyleyen üreticiler bu yıl … söyledi", round 21
    dev ttc-ekonomi-494), with a clitic ``de``, before a lower-case word or a number that
    does not coordinate it (nor "olarak": "İş dünyasının temsilcileri olarak …", dev pool ekonomi-440)."""
    return regex.compile(rf"\s*(?:(?P<generic>{unnamed_source()})|(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}}))"
                         rf"(?![\p{{L}}'’\x92])(?:[ \t]+d[ae](?![\p{{L}}])[ \t]+"  # "… Fahrettin Kuru da | Plato …"
                         rf"|[ \t]+(?!(?:ve|ile|veya|ya\s+da|olarak)(?![\p{{L}}]))(?=[\p{{Ll}}\d]))")  # not "Gıda Tarım | ve …"


_CLITIC = regex.compile(r"\s+d[ae](?![\p{L}])\s*,?")


def _after_earlier_participle(body: str, clause_start: int, word_start: int, earlier, marks=()) -> int:
    """Never start a clause before the cue of an earlier quote of the same sentence (one whose
    cue is inside marks that the clause contains aside: '… Erdoğan'ın “… söyledi” diye söze
    başladığı … öğrenildi'); after a participle cue, skip the noun it qualifies (the subject)
    and its comma."""
    for quote in earlier:
        if quote.cue_end is None or not clause_start <= quote.cue_start < word_start:
            continue
        if quote.source == f"indirect.{cue_lexicon.VERBAL}":
            continue  # "Başbakan’ın … olduğunu söylemesine karşın, … olduğunu kaydetti": a verbal noun's
            # report is a noun phrase inside the later clause
        opening = _opening_around(marks, quote.cue_start)
        if opening is not None and clause_start <= opening:
            continue
        start = quote.cue_end
        clitic = _CLITIC.match(body, start, word_start)
        if clitic:
            start = clitic.end()  # "… gerçekleştiği iddia edilse de, | bunun … olduğu bildirildi"
        if _PARTICIPLE_END.search(quote.cue or ""):
            np = _PARTICIPLE_SUBJECT_NP.match(body, start, word_start)
            if np and _GENITIVE_NP.search(body, start, np.end()):
                continue  # "… vermediği belirtilen üst düzey bürokrasinin, … başladıkları kaydediliyor": the
                # noun is the genitive subject of the later clause, which holds the participle (round 44 dev siyaset-330)
        if quote.source.endswith("participle"):
            np = _PARTICIPLE_SUBJECT_NP.match(body, start, word_start) \
                or _participle_subject_bare().match(body, start, word_start)
            if np:
                start = np.end()
        clause_start = _skip_space(body, start)
    return clause_start


_MID_SENTENCE_SPLIT = regex.compile(r"\p{Ll}[ \t]\Z")
# How far back a pattern anchored at a position (``\Z``) is searched: from the text's start, every
# sentence would scan all text before it, quadratic in a long document
_LOOKBACK = 300


def _lower_continuation(body: str, start: int) -> bool:
    """A sentence that starts in lower case goes on from the one before, unless that one ended with a
    full stop: "ayrıldı.\n\niPhone 4 satın almak …" starts anew with a name written in lower case
    (round 77 dev teknoloji-598)."""
    if not body[start:start + 1].islower():
        return False
    before = _WORD_AT_END.search(body, max(0, start - _LOOKBACK), start)
    if before is None or not before.group("word").endswith((".", "!", "?", "…")):
        return True
    word = before.group("word")
    # an ordinal ("35.\n\nmaddesini", "284. sıradan") or an abbreviation ("vs. gibi") ends no sentence
    return word[:-1].isdigit() or word in resources.words("abbreviations.txt")  # (the rules analyzer's list)


@functools.lru_cache(maxsize=1)
def _between_clause_and_cue() -> regex.Pattern:
    """An adverbial of ``resources/cue_adverbs.txt``, or the one told of ``cue_addressees.txt``,
    right before a cue, after white space."""
    phrases = sorted(resources.words("cue_adverbs.txt") + resources.words("cue_addressees.txt"), key=len, reverse=True)
    alternation = "|".join(r"\s+".join(regex.escape(w) for w in p.split()) for p in phrases)
    return regex.compile(rf"(?<=\s)(?:{alternation})\s+\Z", regex.IGNORECASE)


_WORD_AT_END = regex.compile(r"(?P<word>\S+)\s*\Z")


def _joined(body: str, analysis: Analysis, index: int, marks=(), limit: int = 0):
    """The sentence, reaching back over hard line breaks ('...\n\ndevam eden cümle') and over a
    split that a sentence splitter made after a lower-case word on the same line ("İncir
    ihracatının lokomotifi | Bursa siyahı inciri …", round 32 dev ekonomi-245); with ``marks``,
    also over a split inside a quoted stretch that closes before ``limit`` (see
    :func:`_split_inside_marks`). Never past ``MAX_SENTENCE_CHARS``: a text that long without a
    sentence end was cut on purpose (:func:`~tr_diplo_ie.repair.split_overlong`)."""
    sent = analysis.sentences[index]
    start = sent.start
    while index > 0 and sent.end - analysis.sentences[index - 1].start <= MAX_SENTENCE_CHARS and (
            _lower_continuation(body, start) or _MID_SENTENCE_SPLIT.search(body, max(0, start - 2), start)
            or _wrapped_name_line(body, start) or _ORPHAN_SUFFIX.match(body, start)
            or marks and _split_inside_marks(body, marks, start, limit)):
        index -= 1
        start = analysis.sentences[index].start
    return attrs.evolve(sent, start=start) if start != sent.start else sent


_CLOSING_SHAPED = frozenset("’\x92”\x94»")


# "Türkiye\n\ngenelindeki", also a name of a few words whose suffix or hyphen went down with it:
# "cuma günü\n\nAnkara\n\n'da devlet töreni …", "tercihlerinin\n\nAk Parti\n\n-\n\nkoalisyonu …"
# (dev siyaset-415, ekonomi-558)
_SPLIT_SUFFIX = r"(?:['’\x92]|-[ \t]*\n\s*)"  # the apostrophe, or a hyphen on its own line
_NAME_LINE = regex.compile(r"\p{Lu}[\p{L}\p{M}'’]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’]*){0,3}[ \t]*\n\s*"
                           rf"{_SPLIT_SUFFIX}?\p{{Ll}}")
# ... and the suffix or hyphen that scraping left on a line of its own after the name ("Ak Parti\n\n-\n\n
# koalisyonu olduğunu", dev ekonomi-558)
_ORPHAN_SUFFIX = regex.compile(rf"{_SPLIT_SUFFIX}\p{{Ll}}")
_UNFINISHED = regex.compile(r"[\p{Ll},][ \t]*\n\s*\Z")  # the line before ends without a full stop


def _wrapped_name_line(body: str, start: int) -> bool:
    """A name that scraping put on its own line, in the middle of a sentence ("… sandıklar dahil\n\n
    Türkiye\n\ngenelindeki …", "görüşme sonrası\n\nKılıçdaroğlu\n\nnun, …": round 45 dev siyaset-399,
    -319): the sentence splitter's cut before it is no sentence boundary."""
    return bool(_NAME_LINE.match(body, start)) and bool(_UNFINISHED.search(body, max(0, start - _LOOKBACK), start))


def _split_inside_marks(body: str, marks, start: int, limit: int) -> bool:
    """``start`` lies inside the words of a quoted stretch opened before it (not at its closing
    mark) that closes before ``limit`` and is not a quote introduced by a colon (``… şöyle
    konuştu: “…. …”``: a finished direct quote, not part of a later clause).  A reported clause
    that starts so was cut by a sentence split inside the marks: ``X'in “… olmaz. Bu …
    iradesidir” diyerek … direndiğini hatırlattı`` (round 40 dev ekonomi-92)."""
    stretch = _stretch_around(marks, start)
    if stretch is None:
        return False
    opening, end = stretch
    if body[opening] in _CLOSING_SHAPED:
        return False  # "\x92Tabiat Varlıkları … Yönetmeliği\x92nin": apostrophes paired, no quote (dev pool ekonomi-215)
    return opening < start and end <= limit and regex.search(r"\p{L}", body[start:end - 1]) is not None \
        and _last_char_before(body, opening) != ":"


def _last_char_before(body: str, pos: int) -> str:
    """The last character before ``pos`` that is not white space ("" when none)."""
    while pos > 0 and body[pos - 1].isspace():
        pos -= 1
    return body[pos - 1] if pos > 0 else ""


def _top_level(spans) -> list[tuple[int, int]]:
    """Drop spans that lie inside another (nested quotes), leaving non-overlapping ones."""
    kept: list[tuple[int, int]] = []
    for a, b in sorted(spans, key=lambda s: (s[0], -s[1])):
        if kept and a < kept[-1][1]:
            continue
        kept.append((a, b))
    return kept


def _speakers_own_words(body: str, start: int, end: int) -> bool:
    """Quoted words in the clause that nobody else is said to have said ('"..." diyen' is someone else)."""
    if body[end:end + 1] in '"”»' and regex.search(r'["“«]', body[start:end]):
        return True  # the quoted stretch closes with the clause: 'makalenin "... girmediğini" söyledi' 
    for match in _QUOTED_WORDS.finditer(body, start, end):
        after = match.end()
        while after < len(body) and body[after] in " ,":
            after += 1
        if cue_lexicon.cue_at(body, after) is None:
            return True
    return False


_MADE = r"(?:yapılan|gönderilen|yayımlanan|yayınlanan)"  # passive participles issuing a statement


@functools.lru_cache(maxsize=None)
def statement_locative() -> regex.Pattern:
    rows = resources.tsv("statement_locatives.tsv")
    bare = "|".join(regex.escape(r["word"]).replace(r"\ ", r"\s+") for r in rows if r["form"] == "bare")
    possessive = "|".join(regex.escape(r["word"]) for r in rows if r["form"] == "possessive")
    return regex.compile(
        rf"""(?<![\p{{L}}])(?:\p{{Ll}}+(?:d|t)[ıiuü]ğ[ıiuü](?:\s+\p{{Ll}}+)?\s+(?:{bare})|(?:{possessive})
               # "Bakanlığından yapılan açıklamada | …", "Şirketten yapılan açıklamaya göre | …"
               # (round 21 dev ttc-teknoloji-480): a statement made by a source in the ablative
               | {_MADE}\s+(?:yazılı\s+|basın\s+)?(?:{bare}|açıklama(?:y[ae]|lar[ae])\s+göre)
               # "X bir açıklama yaparak | … açıkladı" (the same article): a statement as a converb
               | (?<=\p{{Lu}}\S*\s+)(?:bir\s+)?(?:yazılı\s+|basın\s+)?açıklama\s+yaparak,?)
             (?=\s)(?!\s+(?:yer\s+al|bulunan|geçen|yer\s+veril))""",
        regex.VERBOSE,
    )


def _clause_start(body: str, sent_start: int, word_start: int, book: NameBook, finished) -> int:
    """Offset where the reported clause begins (see the module docstring): after the last
    locative of the occasion of speaking ("... yaptığı açıklamada | ... olduğunu söyledi")
    when one stands after the boundary found from commas and subjects."""
    start = _boundary_start(body, sent_start, word_start, book, finished)
    if start == sent_start:
        start = _role_named_subject(body, start, word_start, book)
    if not _last_char_before(body, start):  # the text's first words
        dateline = _DATELINE.match(body, start, word_start)
        start = dateline.end() if dateline else start
    crosshead = _LEADING_CROSSHEAD.match(body, start, word_start)
    if crosshead:
        start = crosshead.end()
    topic = _LEADING_TOPIC.match(body, start, word_start)
    if topic and book.knows(strip_suffix(topic.group("name").split()[-1])):
        start = topic.end()  # "… vurgularken, | AK Parti … Abdulhamit Gül ise | … olmadığını belirtti"
    last = None
    for match in statement_locative().finditer(body, start, word_start):
        if not _OWNER_BEFORE.search(body, start, match.start()):
            last = match  # not "Kılıçdaroğlu'nun dün yaptığı açıklamada": someone else's statement
    return _after_locative(body, last.end()) if last is not None else start


# The topic particle after a subject, and a capitalised word of a subject that may be an
# acronym ("AK Parti"); _TOPIC_SUBJECT, _TOPIC_BEFORE and _LEADING_TOPIC share them.
_TOPIC_PARTICLE = r"(?:ise|ayrıca)"
_CAP_WORD = r"\p{Lu}[\p{L}\p{M}]*"

# A known subject with the topic particle opening the part after a clause boundary (round 28
# dev siyaset-210: "X, … vurgularken, AK Parti Genel Başkan Yardımcısı Abdulhamit Gül ise …
# olmadığını belirtti"); the subject speaks the report (see _speaker).
_LEADING_TOPIC = regex.compile(rf"\s*(?P<name>(?:{_CAP_WORD}\s+){{1,12}}?){_TOPIC_PARTICLE}\s+")


# A person named in full after a participle and a lower-case role noun, with no comma before the
# report: "… yeni bir soluk getiren ünlü yönetmen Quentin Tarantino | 10’uncu filmini … veda edeceğini
# söyledi" (round 56 dev kultursanat-481); not before a word that coordinates or qualifies the name.
@functools.lru_cache(maxsize=1)
def _role_named_pattern() -> regex.Pattern:
    return regex.compile(
        rf"(?<![\p{{L}}])\p{{Ll}}{{2,}}[ae]n[ \t]+(?:\p{{Ll}}+[ \t]+)?(?:{_ROLE_NOUNS})[ \t]+"
        rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})(?![\p{{L}}'’\x92])[ \t]+"
        rf"(?!(?:ve|ile|isimli|adlı|da|de|[ıiuü]n|n[ıiuü]n|y[ıiuü]|[ıiuü]|olarak)(?![\p{{L}}]))(?=[\p{{Ll}}\d])")


def _role_named_subject(body: str, start: int, word_start: int, book: NameBook) -> int:
    for m in _role_named_pattern().finditer(body, start, word_start):
        person = book.resolve(m.group("name"))
        if person is not None and person.name == " ".join(m.group("name").split()):
            return _skip_space(body, m.end())
    return start


# The outlet's dateline that opens the body ("RADİKAL - Belfast kentindeki … duyurdu", "RADİKAL- 9.
# Cumhurbaşkanı …": dev pool saglik-300, siyaset-422, -432) is no word of the report.
_DATELINE = regex.compile(r"\s*\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,}){0,2}[ \t]*[-–][ \t]*(?=\S)")


# A quoted crosshead in capitals that scraping ran into the next sentence ("'... DURUMA
# GETİRMEK İSTİYOR' Erken seçimin ... olmadığını dile getiren Fırat", dev ttc-siyaset-345).
_LEADING_CROSSHEAD = regex.compile(r"\s*['\"“‘][^\p{Ll}]{3,300}?['\"”’][ \t]+(?=\p{Lu})")


def _owned_statement_end(body: str, start: int, word_start: int) -> Optional[int]:
    """End of a statement's locative right after its owner, opening the clause ("Bakanın dün yaptığı
    açıklamada | …"), else None; _clause_start leaves such a locative in the report, since with an
    active cue the owner is someone the subject reports on."""
    for match in statement_locative().finditer(body, start, word_start):
        owner = _OWNER_BEFORE.search(body, start, match.start())
        if owner is not None and not body[start:owner.start()].strip():
            return _after_locative(body, match.end())
    return None


_CLITIC_AFTER = regex.compile(r"\s+d[ae](?![\p{L}])\s*,?")


def _after_locative(body: str, pos: int) -> int:
    """Where the report starts after a statement's locative ending at ``pos``, past a clitic
    ("Hastanenin doğum raporunda da | …") and spaces."""
    clitic = _CLITIC_AFTER.match(body, pos)
    return _skip_space(body, clitic.end() if clitic else pos)


# A genitive right before a locative of speaking, time adverbs aside: the statement is another
# person's, and the locative belongs to the reported clause ("Kılıçdaroğlu'nun dün yaptığı
# açıklamada", dev pool TTC-3600 siyaset-542; not "Demirel'in vefatından sonra yaptığı", dev siyaset-59).
_OWNER_BEFORE = regex.compile(
    rf"(?<![\p{{L}}]){_NOT_GENITIVE}[\p{{L}}'’]+{_GENITIVE_ENDING}\s+"
    r"(?:(?:dün|bugün|dünkü|geçen|önceki|hafta|gün|akşam|sabah|yine|daha|önce|son|ilk)\s+){0,2}\Z")


_AFTER_CUE_PUNCT = regex.compile(r"[\s.!?…;:]*")


def _boundary_start(body: str, sent_start: int, word_start: int, book: NameBook, finished) -> int:
    """Offset after the nearest comma boundary, subject or finished quote (or the sentence start)."""
    floor = sent_start
    first = bisect.bisect_left(finished, (sent_start, -1))
    for quote_start, cue_end in finished[first:]:  # never reach back over a finished quote
        if quote_start >= word_start:
            break
        if cue_end <= word_start:
            floor = max(floor, cue_end)
    if floor > sent_start:  # "… dedi. | Sağlık Bakanlığı'nın …": the report starts after the full stop
        floor = _AFTER_CUE_PUNCT.match(body, floor, word_start).end()
    commas = [floor + m.start() for m in regex.finditer(r",", body[floor:word_start])]
    for k in range(len(commas) - 1, -1, -1):
        comma = commas[k]
        if _list_comma(body, floor, commas, k, book, word_start):
            continue  # "… grubu bulunan AK Parti, CHP ve MHP'nin …": a list inside the report
        word = _WORD_BEFORE.search(body[floor:comma] + " ")
        if word is None:
            if body[comma - 1:comma] == "." and (_subject_ends_at(body, floor, comma, book)
                                                 or _org_ends_at(body, floor, comma, book)):
                return _skip_space(body, comma + 1)  # "Pegasus Hava Taşımacılığı A.Ş., | …"
            continue
        text = word.group("word")
        if book.knows(strip_suffix(text)) or _subject_ends_at(body, floor, comma, book) \
                or _org_ends_at(body, floor, comma, book) or _outlet_ends_at(body, floor, comma) \
                or epithet_ends_at(body, floor, comma):
            return _skip_space(body, comma + 1)
        if _CONDITIONAL_NOMINAL.search(body, _previous_start(commas, k, floor), comma):
            if _LOWER_NEXT.match(body, comma + 1, word_start):
                continue  # "tasarının mevcut haliyle çıkması durumunda, | ileride …": a condition inside the report (round 48 dev siyaset-456)
            return _skip_space(body, comma + 1)  # "Toplantının ertelenmesi durumunda, | Bakan …"
        previous = _previous_start(commas, k, floor)
        occasion = _occasion_locative(body, previous, comma, text)
        if occasion or _boundary().search(text):
            # a converb closes the main clause ("teşekkür ederek, ..."), unless it has a
            # genitive subject of its own and so belongs to the reported clause
            # ("rekoltenin 4'te 1 düşerek, ... gerçekleştiğini")
            word_start_ = floor + word.start("word")
            is_cue = any(c.end == floor + word.end("word") for c in cue_lexicon.find_cues(body, previous, comma))
            if is_cue:
                return _skip_space(body, comma + 1)
            if not _CONVERB.search(text):
                if k and not occasion and text not in _CONNECTIVES \
                        and _GENITIVE_COMMA.search(body, _previous_start(commas, k - 1, floor), commas[k - 1] + 1) \
                        and not cue_lexicon.find_cues(body, commas[k - 1], comma):
                    continue  # "… hipertansiyonun, | … görülürken, | …": the report's subject set off (round 53 dev saglik-376)
                return _skip_space(body, comma + 1)
            if _IP_CONVERB.search(text) and not body[comma + 1:word_start].strip():
                continue  # "… gelişmeleri tartışıp, | değerlendirdiklerini": joined to the reported verb (round 40 dev siyaset-271)
            if k and _COMPLEMENT_END.search(body, commas[k - 2] + 1 if k > 1 else floor, commas[k - 1]):
                continue  # "… etkilendiğini, geç krize girip, | …": a conjunct of the report (round 30 dev ekonomi-511)
            if _COMPLEMENT_AND.search(body, previous, comma):
                continue  # "… gördüğünü ve konuşmalara gülerek, | …": the converb is in the report's next conjunct
            if not _GENITIVE.search(body, previous, word_start_) and not _converb_chain_with_genitive(
                    body, floor, commas, k - 1):
                return _skip_space(body, comma + 1)
    subject = regex.match(  # (a lower-case role noun before a name: "… Mahallesi muhtarı Mehmet Karazor da")
        r"\s*(?:\p{Lu}[\p{Ll}\p{M}]+\s+|\p{Ll}+[ıiuü]\s+(?=\p{Lu})){1,6}(?:ise|ayrıca|de|da)\s+",
        body[floor:word_start]
    )
    if subject and book.knows(subject.group().split()[-2]):
        return floor + subject.end()
    lead = _CAPITALISED_LEAD.match(body, floor, word_start) or _ROLE_LEAD.match(body, floor, word_start)
    if lead and _person_word(book, lead.group("last")):
        # "Gaziantep Ticaret Borsası (GTB) Başkanı Ahmet Tiryakioğlu | antepfıstığının … olduğunu
        # belirtirken" (round 33 dev ekonomi-420): a titled name opening the sentence, no comma
        return lead.end()
    # "... zorlukları anlatan Altu Kemal Kerpiçci ise | ... çektiğini": a known subject with
    # the topic particle after a participle phrase (dev saglik-470)
    for later in reversed(list(_TOPIC_SUBJECT.finditer(body, floor, word_start))):
        if book.knows(later.group("name").split()[-1]):
            return later.end()
    for later in reversed(list(_PARTICIPLE_SUBJECT.finditer(body, floor, word_start))):
        if _person_word(book, later.group("last")):
            return later.end()
    topic = epithet_topic_end(body, floor, word_start)
    if topic is not None:  # "… 31 yaşındaki futbolcu ise | sakatlığından sonra …" (round 66 dev spor-458)
        return _skip_space(body, topic)
    frame = _OPENING_WORD.match(body, floor, word_start)
    text_stems = _occasion_forms()[2]
    if frame and _LOCATIVE.search(frame.group("word")) and tr_lower(frame.group("word")).startswith(text_stems):
        return frame.end()  # "Raporda | 6 ay içinde devletlerin … dikkat çekildi": a text's locative, no comma
    generic = generic_subject_at(body, floor, word_start)
    if generic is not None:  # "Oysa uzmanlar | uygun yapılarda ... olduğuna dikkat çekiyor" (dev ekonomi-165)
        return _skip_space(body, generic)
    return _skip_space(body, floor)


_LIST_ITEM = r"\p{Lu}[\p{L}\p{M}'’\x92]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’\x92]*){0,2}"
_LIST_REST = regex.compile(rf"[ \t]*{_LIST_ITEM}(?:[ \t]*,[ \t]*{_LIST_ITEM})*[ \t]+(?:ve|veya|ile)[ \t]+\p{{Lu}}")
# a cue in the participle, whose speaker follows it ("… aktaran Can")
_PARTICIPLE_CUE_AT = regex.compile(r"(?:\p{L}+[ \t]+)?\p{L}+?[ae]n(?![\p{L}\p{M}])")
_LIST_ITEM_ONLY = regex.compile(rf"\s*{_LIST_ITEM}\s*")
_ITEM_AFTER_LOWER = regex.compile(rf"(?<![\p{{L}}\p{{M}}'’\x92])\p{{Ll}}[\p{{L}}\p{{M}}'’\x92]*\s+{_LIST_ITEM}\s*\Z")


def _list_comma(body: str, floor: int, commas: list, k: int, book: NameBook, word_start: int) -> bool:
    """``commas[k]`` separates names of a list that lies inside a clause: capitalised items up to
    ``ve``/``veya``/``ile`` and a last one after it, the first item after lower-case words of the
    clause ("Kiraz üretiminin Çaltıbozkır, Öztürkmenli, … ve Sarıaydın mahallelerinde", "… grubu
    bulunan AK Parti, CHP ve MHP'nin", round 48 dev ekonomi-149, siyaset-525); not a subject opening
    the sentence ("Dışişleri Bakanlığı, Ankara ve Moskova'nın …") nor a person the article names."""
    if not _LIST_REST.match(body, commas[k] + 1):
        return False
    j = k
    while j and _LIST_ITEM_ONLY.fullmatch(body, commas[j - 1] + 1, commas[j]):
        j -= 1
    before = _word_before_comma(body, commas, k, floor)
    if not before or (j == k and book.knows(strip_suffix(before))):
        return False  # (a name in a list of three or more is an item even if NER calls it a person)
    if not _ITEM_AFTER_LOWER.search(body, _previous_start(commas, j, floor), commas[j]):
        return False
    # the speaker stands elsewhere: after a participle cue ("… aktaran Can"), or as a subject before
    # an earlier comma ("… Mustafa Destici, … AK Parti, CHP ve …"); else the list's first item may be
    # the subject after a participle phrase ("Toplantıda konuşan Bakanlık, …")
    return bool(_PARTICIPLE_CUE_AT.match(body, word_start)) or any(
        book.knows(strip_suffix(_word_before_comma(body, commas, i, floor)))
        or _subject_ends_at(body, floor, commas[i], book) for i in range(j))


def _word_before_comma(body: str, commas: list, k: int, floor: int) -> str:
    """The last word of the part before ``commas[k]`` ("" when it holds none)."""
    words = body[_previous_start(commas, k, floor):commas[k]].split()
    return words[-1] if words else ""


# a nominalised clause with its own genitive subject and a conditional noun: "tasarının … çıkması
# durumunda", "… olmaması halinde" (the comma after it ends no main clause)
_CONDITIONAL_NOMINAL = regex.compile(
    r"(?<![\p{L}\p{M}])\p{L}+(?:n[ıiuü]n|['’\x92]n?[ıiuü]n)\s+(?:[^\s,.;:!?]+\s+){0,6}?"
    r"\p{L}+(?:m[ae]s[ıi]|d[ıiuü]ğ[ıiuü]|t[ıiuü]ğ[ıiuü])\s+(?:durumunda|halinde|hâlinde|takdirde)\s*\Z")


_LOWER_NEXT = regex.compile(r"\s*\p{Ll}")  # the report goes on in lower case after the comma


def _previous_start(commas: list, k: int, floor: int) -> int:
    """Where the part before ``commas[k]`` starts: after the comma before it, or at ``floor``."""
    return commas[k - 1] + 1 if k else floor


def _person_word(book: NameBook, word: str) -> bool:
    """``word``, with no case ending, names a person of the article (or one of unknown type)."""
    if word != strip_suffix(word):
        return False
    person = book.resolve(word)
    return person is not None and person.type in (None, "PER")


# A sentence that opens with capitalised words only (an organisation, a title, a name; an
# acronym in brackets) and goes on in lower case: its last capitalised word ends the subject.
# (Not before a word that makes the name an object or a modifier: "ile", "için", a case ending
# written apart, a possessed head such as "yöneticileri".)
# a lower-case word after a name that leaves it the subject (not "ile", "için", a case ending
# written apart, a possessed head such as "yöneticileri", "isimli": "Utku Çaybaş isimli öğrenci, …")
_SUBJECT_GOES_ON = (r"(?=\p{Ll})(?!(?:ile|için|ve|veya|ya|gibi|kadar|olarak|hakkında|tarafından|isimli|adlı|"
                    r"adında\w*|isminde\w*|[ıiuü]n|n[ıiuü]n|[ıiuü]|"
                    r"y[ıiuü]|[ae]|y[ae]|n[ae]|[dt][ae]|[dt][ae]n|yönetici\w*|yetkili\w*|temsilci\w*|avukat\w*|ailesi\w*)"
                    r"(?!\p{L}))")
# the subject's last capitalised word and what may follow it ("de", "ise", a lower-case word going on)
_LEAD_END = r"(?P<last>\p{Lu}[\p{Ll}\p{M}]+)\s+(?:(?:de|da|ise|ayrıca)[:,]?\s+(?=\S)|" + _SUBJECT_GOES_ON + ")"
_CAPITALISED_LEAD = regex.compile(r"\s*(?:(?:\p{Lu}[\p{L}\p{M}'’\x92.]*|\(\p{Lu}+\))\s+){1,12}?" + _LEAD_END)
# ... and with a possessed role noun in lower case before the name ("Hükümet sözcüsü Ali Kaya |
# dünkü …", "Viyolonsel sanatçısı Emre Sayarı | arabeskin …" (dev pool kultursanat-361), "Sakıp
# Sabancı'nın eşi Türkan Sabancı da | …"; NER-corpus story pool)
_ROLE_LEAD = regex.compile(
    r"\s*(?:\p{Lu}[\p{L}\p{M}'’\x92.]*\s+){1,6}?\p{Ll}+(?:s[ıiuü]|[ıiuü])\s+(?:\p{Lu}[\p{L}\p{M}'’\x92.]*\s+){0,3}?"
    + _LEAD_END)
# "Hasta üzerindeki … tedavisi başarıyla sonuçlanan Dr. Isabelle Demeestere | … gerektiğini
# söylüyor" (round 36 dev saglik-82): a (titled) name after a participle phrase, no comma
# ... and with a role noun before the name and "da/de" after it ("Yeni sözleşme teklif edilmeyen
# kaleci Mert Günok da | geçtiğimiz günlerde …", round 37 dev spor-485)
_PARTICIPLE_SUBJECT = regex.compile(
    r"(?<![\p{L}])\p{Ll}+[ae]n\s+(?:\p{Ll}+\s+){0,2}?(?:\p{Lu}[\p{L}\p{M}'’\x92.]*\s+){0,4}?"
    r"(?P<last>\p{Lu}[\p{Ll}\p{M}]+)\s+(?:(?:de|da|ise)\s+|" + _SUBJECT_GOES_ON + ")")
_TOPIC_BEFORE = regex.compile(rf"(?<=[,;]\s*)(?P<name>(?:{_CAP_WORD}\s+){{0,7}}{_CAP_WORD})\s+{_TOPIC_PARTICLE}\s+\Z")
_TOPIC_SUBJECT = regex.compile(rf"(?<![\p{{L}}])(?P<name>(?:\p{{Lu}}[\p{{Ll}}\p{{M}}]+\s+){{1,6}}?){_TOPIC_PARTICLE}\s+")


def _org_ends_at(body: str, start: int, comma: int, book: NameBook) -> bool:
    """True when an organisation the article names ends right before ``comma`` ("...
    olarak tanımlayan New York Times, ..."; dev teknoloji-202)."""
    before = body[start:comma]
    return any(before.endswith(org) and (len(before) == len(org) or not before[-len(org) - 1].isalnum())
               for org in book.orgs if " " in org)


def _converb_chain_with_genitive(body: str, floor: int, commas: list, k: int) -> bool:
    """Whether the parts before ``commas[k]`` that end in converbs (other than cues) reach back to
    one with a genitive subject: "İncir ihracatının lokomotifi … çalışarak, gıda güvenliği …
    artırarak, | … kırdıklarını aktaran" is all one report (round 32 dev ekonomi-245)."""
    while k >= 0:
        start = _previous_start(commas, k, floor)
        if _GENITIVE_COMMA.search(body, start, commas[k] + 1):
            return True  # "… firmasının, | … ikna edip, | …": the report's subject set off (round 53 dev teknoloji-329)
        word = _WORD_BEFORE.search(body[start:commas[k]] + " ")
        if word is None or not _CONVERB.search(word.group("word")) or any(
                c.end == start + word.end("word") for c in cue_lexicon.find_cues(body, start, commas[k])):
            return False
        if _GENITIVE.search(body, start, start + word.start("word")):
            return True
        k -= 1
    return False


def _outlet_ends_at(body: str, start: int, comma: int) -> bool:
    """True when a newspaper or agency opens the part before ``comma`` as its subject ("Wall
    Street Journal, … olduğunu yazdı", round 31 dev ekonomi-105), whether or not NER tagged it."""
    words = body[start:comma].split()
    return 0 < len(words) <= 5 and bool(outlet_name(" ".join(words)))


def _outlet_subject(body: str, start: int, clause_start: int) -> Optional[Speaker]:
    """The newspaper or agency that is all of the sentence before its clause ("Wall Street
    Journal, | …"; "WALL Street Journal" with a paragraph's first word in capitals)."""
    part = body[start:clause_start]
    stripped = part.rstrip(" \t\n,")
    if not stripped or not _outlet_ends_at(body, start, start + len(stripped)):
        return None
    lead = len(part) - len(part.lstrip())
    return Speaker(text=stripped.strip(), start=start + lead, end=start + len(stripped),
                   name=outlet_name(stripped), title=None, type="ORG", source="speaker.outlet")


def _subject_ends_at(body: str, start: int, comma: int, book: NameBook) -> bool:
    """True when a speaking subject ("Dışişleri Bakanlığı", "Ali Vural") ends right before ``comma``,
    or the role noun that names it does ("Utku Çaybaş isimli öğrenci,", "Stefan Lanka adlı biyolog,")."""
    found = find_subject(body, start, comma + 1, book)
    return found is not None and (body[found.end:comma].strip() == ""
                                  or NAMED_AS.fullmatch(body, found.end, comma) is not None)


def _embedded(body: str, quote: Quote) -> bool:
    """A quote inside a noun phrase ('"..." diyen nüfusun'): its cue is a participle; or inside a
    reported clause, its owner in the genitive and its cue a converb (``Mahkemesi'nin “…” diyerek
    kararında direndiğini hatırlattı``, round 40 dev ekonomi-92)."""
    if quote.cue is None:
        return False
    cue = cue_lexicon.cue_at(body, quote.cue_start)  # None for a noun-phrase cue ("açıklaması şöyle")
    if cue is not None and cue.form == cue_lexicon.CONVERB:
        return bool(_GENITIVE_BEFORE_MARK.search(body, max(0, quote.start - _LOOKBACK), quote.start))
    return cue is not None and cue.form == cue_lexicon.PARTICIPLE


# a name in the genitive right before the opening mark: "Yargıtay 11. Ceza Dairesi'nin “"
_GENITIVE_BEFORE_MARK = regex.compile(r"\p{Lu}[\p{L}\p{M}]*['’\x92]n?[ıiuü]n\s*[\"“\x93]\s*\Z")


def _skip_space(body: str, pos: int) -> int:
    while pos < len(body) and body[pos] in " \t\n,":
        pos += 1
    return pos


@functools.lru_cache(maxsize=None)
def _document_locative() -> regex.Pattern:
    return regex.compile(rf"(?<![\p{{L}}])(?P<noun>{heads_alternation('document')})(?:s?[ıiuü]n)?[dt][ae](?![\p{{L}}])")


_GENITIVE_END = regex.compile(r"['’\x92]n?[ıiuü]n\Z")
# capitalised words right before the document noun, with no case ending: "Danıştay | kararında"
_COMPOUND_OWNER = regex.compile(r"(?<![\p{L}\p{M}'’])(?P<org>\p{Lu}[\p{L}\p{M}]+(?:\s+(?:\p{Lu}[\p{L}\p{M}]+|\d+\.)){0,5})\s+\Z")


def _document_author(body: str, clause_start: int, sent_start: int, sent_end: int,
                     book: NameBook) -> Optional[Speaker]:
    """The organisation whose document a passive report quotes: "Federal Açık Piyasa
    Komitesi'nin ... bildirisi yayımlandı. ... belirtilen bildiride, ... kaydedildi."  The
    sentence must name the document in the locative; the speaker is the nearest organisation
    in the genitive before the clause, at most 600 characters back (NER only)."""
    if book.entities is None:
        return None
    located = _document_locative().search(tr_lower(body[sent_start:sent_end]))
    if located is None:
        return None
    compound = _COMPOUND_OWNER.search(body, sent_start, sent_start + located.start())
    if compound is not None:
        # "… olduğu belirtilen Danıştay kararında": the document's own compound owner wrote it
        # (round 44 dev siyaset-121), before any organisation named earlier
        name = compound.group("org")
        fullest = book.fullest_org(name)
        is_org = any(etype == "ORG" and a <= compound.start("org") < b for (a, b), etype in book.entities.items())
        if is_org or fullest != name:
            return Speaker(text=name, start=compound.start("org"), end=compound.end("org"), name=fullest,
                           title=None, type="ORG", source="speaker.document")
    owners = [(a, b) for (a, b), etype in book.entities.items()
              if etype == "ORG" and clause_start - 600 <= a and b <= clause_start
              and _GENITIVE_END.search(body[a:b])]
    if not owners:  # "Yargıtay 2. Hukuk Dairesi, … karar verdi. … hatırlatılan kararda" (dev saglik-29): the
        # document's issuer as the text names it before (speakers.document_author_before)
        return document_author_before(body, sent_start + located.start(), located.group("noun"), book)
    a, b = max(owners)
    name = strip_suffix(body[a:b])
    return Speaker(text=name, start=a, end=a + len(name), name=book.fullest_org(name), title=None,
                   type="ORG", source="speaker.document")


# A newspaper's report that the sentence relays, right before the clause (or before a "-ken," clause
# that opens it): "Cumhuriyet'in haberine göre …", "Habertürk gazetesinde yer alan kulis haberine göre,"
_NEWS_SOURCE_BODY = (
    r"(?<![\p{L}\p{M}])(?P<src>\p{Lu}[\p{L}\p{M}]+(?:\s+\p{Lu}[\p{L}\p{M}]+){0,2})(?:['’\x92](?:n?[ıiuü]n|[dt][ae]))?"
    r"(?:\s+(?:gazetesi(?:nde)?|ajansı(?:nda)?|sitesinde)(?:\s+yer\s+alan)?|\s+yer\s+alan)?(?:\s+kulis)?"
    r"\s+haber(?:ine|e|lere)\s+göre\s*,?")
_NEWS_SOURCE = regex.compile(_NEWS_SOURCE_BODY + r"(?:[^.,;:!?]{0,250}?(?:ken|iken)\s*,)?\s*\Z")
_NEWS_SOURCE_LEAD = regex.compile(_NEWS_SOURCE_BODY + r"\s*")  # at a clause's start: outside it


# A verbal noun of saying (cues.VERBAL) that is expected, needed or wanted reports nothing yet:
# "… olduğunu açıklaması bekleniyor", "… söylemesi gerekiyor", "açıklaması için"
_VERBAL_NOT_SAID = regex.compile(
    r"\s+(?:d[ae]\s+)?(?:bekle|gerek|lazım|şart|için|halinde|durumunda|iste|talep|değil)", regex.IGNORECASE)
# The genitive subject of a verbal noun opening its clause ("Sepp Blatter'in | istifa edeceğini açıklamasının
# ardından", "Trabzonspor Başkanı Sadri Şener'in, | kendisi hakkında … söylemesine"): the speaker, outside
_VERBAL_SUBJECT = regex.compile(
    r"""\s*(?P<name>(?:\p{Lu}[\p{L}\p{M}]*\s+){0,4}\p{Lu}[\p{L}\p{M}]*)['’\x92]n?[ıiuü]n   # "Sepp Blatter'in"
        (?![\p{L}])\s*,?\s*
      | \s*(?P<name>(?:\p{Lu}[\p{L}\p{M}]*\s+){1,4}\p{Ll}+[ıiuü])n[ıiuü]n                # "Organ Nakli Merkezi doktorları|nın"
        (?![\p{L}])\s*,?\s*""", regex.VERBOSE)
_GENITIVE_AFTER = regex.compile(r"['’\x92]n?[ıiuü]n\s*,?")
_NAME_GENITIVE = regex.compile(
    r"(?<![\p{L}\p{M}'’\x92])(?P<name>\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3})['’\x92]n?[ıiuü]n(?![\p{L}])")


def _verbal_noun_subject(body: str, clause_start: int, word_start: int, book: NameBook):
    """(clause start, speaker) for a verbal noun's report: the genitive name opening the clause, left out
    of it; else a person named in the genitive inside it, left in ("Kulübün … sergiye Türkan Şoray'ın kendi
    yaptığı resimlerle destek vermek istediğini söylemesi", round 76 dev kultursanat-598); else no one."""
    opening = _VERBAL_SUBJECT.match(body, clause_start, word_start)
    if opening is not None:
        speaker = _speaker_from(body, opening.start("name"), opening.end("name"), book, "speaker.genitive",
                                allow_unknown=True)
        if speaker is not None or not all(gazetteer.lookup(w) for w in opening.group("name").split()):
            return opening.end(), speaker  # the subject is outside the report, named or not (not a place:
            # "Türkiye’nin ekonomisinin büyüdüğünü" is the report's own subject)
    for match in _NAME_GENITIVE.finditer(body, clause_start, word_start):
        speaker = _speaker_from(body, match.start("name"), match.end("name"), book, "speaker.genitive")
        if speaker is not None and speaker.type == "PER":
            before = body[clause_start:match.start()]
            if "," not in before and not _PARTICIPLE_WORD.search(before):
                # "Fenerbahçe eski doktoru Ertuğrul Karanlık'ın | Moussa Sow'un …" (dev pool spor-568): only
                # the person's role before the name
                return _skip_space(body, _GENITIVE_AFTER.match(body, match.end("name")).end()), speaker
            return clause_start, speaker
    return clause_start, None


# Passive cues of finding out ("… dokunulmadığı öğrenildi"): the reporter learned it, no
# statement before them speaks (dev ttc-kultursanat-158, -siyaset-537, -spor-456: no speaker)
_LEARNED = frozenset({"öğren"})


def _speaker(body, cue, clause_start, sent_start, sent_end, book, subject, recent: _LastSpeaker,
             inside, writer=None) -> Optional[Speaker]:
    if cue.form == cue_lexicon.PASSIVE:
        news = _NEWS_SOURCE.search(body, sent_start, clause_start)
        if news is not None:  # "Habertürk gazetesinde yer alan kulis haberine göre, | … kaydediliyor" (round 44 dev
            name = news.group("src")  # siyaset-330, -270): the paper whose report the sentence relays
            return Speaker(text=name, start=news.start("src"), end=news.end("src"), name=book.fullest_org(name),
                           title=None, type="ORG", source="speaker.news_source")
        if cue.lemma in _LEARNED:
            return None
        return statement_source_before(body, clause_start, book) \
            or _document_author(body, clause_start, sent_start, sent_end, book) \
            or (writer if writer is not None and not crosshead_between(body, writer.end, clause_start)
                else None)
    if cue.form == cue_lexicon.PARTICIPLE:
        match = NAME_AFTER.match(body, cue.end)
        if match:
            found = _speaker_from(body, match.start("name"), match.end("name"), book, "speaker.participle")
            if found is not None:
                return found
        bare = _participle_subject_bare().match(body, cue.end, sent_end)
        if bare and bare.group("generic"):  # "… söyleyen üreticiler bu yıl …": no comma
            found = find_subject(body, cue.end, bare.end("generic"), book)
            if found is not None:
                return found
        # "... belirten 41 yaşındaki teknik adam, ...": a role noun for a person named before
        last = recent.get()
        epithet = epithet_subject(body, cue.end, sent_end, book, [last] if last else [])
        if epithet is not None and not body[cue.end:epithet.start].strip():
            return epithet
    topic = _TOPIC_BEFORE.search(body, sent_start, clause_start)
    if topic:  # "… Abdulhamit Gül ise | … olmadığını belirtti": the topic subject right before
        found = find_subject(body, topic.start("name"), topic.end("name"), book)
        if found is not None:
            return found
    outlet = _outlet_subject(body, sent_start, clause_start)
    if outlet is not None:
        return outlet
    before = find_subject(body, sent_start, clause_start, book, exclude=inside)
    if before is None:
        last = recent.get()
        before = epithet_subject(body, sent_start, clause_start, book, [last] if last else [])
    return before or subject or recent.get()
