"""Direct quotes: quoted content + its reporting cue + its speaker.

A quoted span is a direct quote when a cue follows its closing mark in the same
sentence (``"..." dedi``, ``"..." diye konuştu``, ``"..." ifadelerini kullandı``),
when it follows a colon (``Tokayev: "..."``), when it continues a quote split
around its cue (``"...," dedi Tokayev, "..."``), or when it stands alone as a
paragraph (a quoted headline: direct, optional, no cue).  Quoted titles with a
suffix glued to the closing mark (``"Kapsamlı İşbirliği Planı"nın``) are names,
not quotes.
"""

from __future__ import annotations

import bisect
import functools
from typing import Optional

import attrs
import regex

from ..analysis import Analysis
from ..records import Article, Quote, Speaker
from . import cues as cue_lexicon
from .credits import credit_line_speaker
from .quote_marks import DOUBLED_MARKS, SAYING_AFTER, Quoted, find_quoted
from .spans import SpanSet
from .speakers import (NAME_AFTER, NAME_AFTER_IN_LINE, NameBook, build_namebook, epithet_subject, find_any_person,
                       initial_organisation, own_institution, passive_source, role_after_participle,
                       find_subject, genitive_owner_before, statement_intro, statement_owner, title_subject)
from .speakers import _SUFFIX  # a private fragment of the sibling module: a case ending after a name

_SENTENCE_END = regex.compile(r"[.!?…](?=\s|\Z)")
# Between a closing mark and its cue: white space and a comma at most
# ('"...", dedi Tokayev'); a quoted phrase followed by other words is no quote.  A stray closing
# mark typed twice may stand in it ("… karşılaşırız' ' dedi", round 50 dev saglik-503).
_GAP = regex.compile(r"[\s,]*(?:['’\"”\x92\x94][ \t]*(?=\p{Ll}))?")
# A closing mark that ends its line, the next line going on in lower case: the line was
# wrapped by scraping (dev ttc-siyaset-447), and the cue may stand on the next line.
_WRAPPED_CUE_LINE = regex.compile(r"[ \t]*\n\s*(?=\p{Ll})")


def _content_span(body: str, span: Quoted) -> tuple[int, int]:
    start, end = span.open + 1, span.end
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace() and body[end - 1] != "\x85":  # U+0085: cp1252's "…"
        end -= 1
    return start, end


def _mark_start(body: str, span: Quoted) -> int:
    """Where the opening mark begins: a doubled '' mark ('' read as one) starts a character
    before ``span.open``."""
    return span.open - 1 if span.open >= 1 and body[span.open - 1:span.open + 1] in DOUBLED_MARKS else span.open


def _after_close(span: Quoted) -> int:
    return span.close + 1 if span.close is not None else span.end


def _text_after(body: str, span: Quoted, n: int) -> str:
    """The ``n`` characters after the closing mark, leading spaces and tabs dropped."""
    after = _after_close(span)
    return body[after:after + n].lstrip(" \t")


def _is_title(body: str, span: Quoted) -> bool:
    """A quoted name with a case suffix glued to it: "Kapsamlı İşbirliği Planı"nın."""
    after = _after_close(span)
    return span.close is not None and after < len(body) and bool(regex.match(r"[\p{L}'’]", body[after])) \
        and not SAYING_AFTER.match(body, after)  # '… istiyoruz "dedi.': a verb of saying, not a suffix


@functools.lru_cache(maxsize=4)
def _sentence_ends(body: str) -> list[int]:
    """The end offset of every ``_SENTENCE_END`` match of ``body``, in order (found once per text)."""
    return [m.end() for m in _SENTENCE_END.finditer(body)]


def _sentence_end_after(body: str, pos: int) -> int:
    """Where the first sentence end at or after ``pos`` ends (the text's end if none): what
    ``_SENTENCE_END.search(body, pos)`` finds, without rescanning a text that has no sentence end."""
    ends = _sentence_ends(body)
    i = bisect.bisect_left(ends, pos + 1)  # a match at p >= pos ends at p + 1
    return ends[i] if i < len(ends) else len(body)


def _cue_after(body: str, span: Quoted) -> Optional[cue_lexicon.Cue]:
    after = _after_close(span)
    wrapped = _WRAPPED_CUE_LINE.match(body, after)
    if wrapped:  # '... ağlamış\'\'\n\ndiye konuştu.': a scraped line break before the cue
        after = wrapped.end()
    stop = _sentence_end_after(body, after)
    newline = body.find("\n", after)
    if 0 <= newline < stop:
        stop = newline
    gap = _GAP.match(body, after, stop)
    for position in _gap_positions(body, after, gap.end() if gap else after):
        cue = cue_lexicon.cue_at(body, position, stop)
        if cue is not None and cue.speech in ("direct", "both"):
            return cue
    quotative = _QUOTATIVE.match(body, gap.end() if gap else after, stop)
    if quotative:  # '"Yamuksa düzeltelim" diye talimat verdi': the quotative marks direct speech
        return cue_lexicon.Cue(quotative.start(), quotative.end(), quotative.group(), "diye",
                               cue_lexicon.FINITE, "direct")
    return None


# The quotative "diye" and the verb it goes with, right after it or after one word that is no
# case-marked noun ("diye sordu", "diye talimat verdi", "diye rapor vererek"; not "'yakınma
# yok' diye doktora gitmiyor", a reason): any verb, not only those of the cue lexicon; not one
# of thinking, hoping, fearing, planning or calculating ("diye düşünüyor": a thought, optional
# in the guidelines; "diye hesaplar yapıyorduk"), nor one of naming ("… diye nitelendirdi": a label).
_QUOTATIVE = regex.compile(
    r"diye(?!\s+(?:düşün|san|um|inan|hisset|kork|bekl|hesap|plan|tasarla|merak|hayal|dua"
    r"|nitelendir|adlandır|isimlendir|tanımla))"
    r"(?:\s+(?:\p{Ll}+m[ae]y[ae]|\p{Ll}+(?<![aeıioöuü]|[dt][ae]n)))?"  # no case-marked noun between
    r"\s+(?:\p{Ll}+?(?:[dt][ıiuü](?:[km]|l[ae]r)?|m[ıiuü]ş(?:t[ıiuü]|l[ae]r)?|[ıiuü]?yor(?:d[ıiuü]|l[ae]r)?|[ae]r[ae]k)"
    # ... or the verbal noun of a verb of shouting or saying: '"Tibet, Tibet" diye bağırmasının ardından' (round 74
    # dev kultursanat-542); not of naming or passing off ('"domuz gribi" diye ayırt edilmesini', dev pool saglik-304)
    r"|(?:bağır|haykır|seslen|sor|söyle)m[ae]s[ıi](?:n[ıi]n|n[ae]|n[ıi]|nd[ae])?)"
    r"(?![\p{L}])")


def _gap_positions(body: str, start: int, end: int) -> list[int]:
    """Word starts between the closing mark and the furthest allowed cue position."""
    positions = []
    pos = start
    while pos < len(body) and body[pos] in " \t,":
        pos += 1
    positions.append(pos)
    for match in regex.finditer(r"\s+(?=\S)", body[pos:end]):
        positions.append(pos + match.end())
    if end > positions[-1]:
        positions.append(end)  # the word after a stray mark ("' ' dedi")
    return positions


# An introduction that points forward ("şöyle devam etti", "şunları söyledi", "şu
# ifadeleri kullandı") and ends in a full stop or a semicolon instead of a colon: 'Candan
# şöyle devam etti. "..."', 'Büyüközer şunları belirtti;\n\n"..."' (dev pool ttc-ekonomi-406).
_FORWARD_INTRO = regex.compile(
    r"(?<![\p{L}])(?:şöyle|şunları|şu\s+\p{L}+)(?!\s+bir\b)(?:\s+[\p{L}]+){1,3}\s*[.;]\s*$")


def _intro_mark(body: str, span: Quoted) -> Optional[int]:
    """Where the quote's introduction ends: a colon right before the quote, or the full stop
    of a forward-pointing introduction; None when there is neither."""
    mark = _mark_start(body, span)
    before = body[max(0, mark - 6):mark].rstrip()
    if before.endswith(":"):
        return body.rindex(":", 0, mark)
    window_start = max(0, mark - 80)
    after = _text_after(body, span, 3)
    ends_sentence = not after or after[0] in "\n\"“'" or after[0].isupper()
    forward = _FORWARD_INTRO.search(body[window_start:mark]) if ends_sentence else None
    if forward:  # 'şöyle devam etti. "…"', 'şunları belirtti; "…"'
        return window_start + forward.start() + len(forward.group().rstrip()) - 1
    ki = _KI_INTRO.search(body, window_start, mark)
    if ki is not None:  # "Biz diyoruz ki '…'", "Demirel bana dedi ki '…'": a finite cue, then "ki"
        cue = _last_cue(body, window_start, ki.start())
        if cue is not None and cue.form == cue_lexicon.FINITE and not body[cue.end:ki.start()].strip():
            return ki.start()
    return None


_KI_INTRO = regex.compile(r"(?<![\p{L}])ki[ \t]*[,:]?[ \t]*\Z")


def _labelled_crosshead(body: str, span: Quoted, colon: int) -> bool:
    """A line of capitals ``LABEL: "..."`` holding only the quote and its label."""
    line_start = body.rfind("\n", 0, colon) + 1
    label = body[line_start:colon].strip()
    return bool(label) and not any(c.islower() for c in label) and _standalone_after(body, span) \
        and "\n" not in body[colon:span.open]


# a line that is one quote and nothing else (a blurb without its own credit line)
_QUOTE_LINE = regex.compile(r"[\"“\x93«‘'].*[\"”\x94»’']\Z")


def _standalone_after(body: str, span: Quoted) -> bool:
    line_end = body.find("\n", _after_close(span))
    line_end = len(body) if line_end < 0 else line_end
    return not body[_after_close(span):line_end].strip(" \t.")


def _standalone(body: str, span: Quoted) -> bool:
    line_start = body.rfind("\n", 0, span.open) + 1
    return not body[line_start:_mark_start(body, span)].strip() and _standalone_after(body, span)


def extract_quotes(article: Article, analysis: Analysis, book: Optional[NameBook] = None,
                   warnings: Optional[list] = None) -> list[Quote]:
    """Direct quotes of the article, with cue and resolved speaker."""
    body = article.body
    book = book if book is not None else build_namebook(body, analysis)
    spans, mark_warnings = find_quoted(body)
    if warnings is not None:
        warnings.extend(mark_warnings)
    quote_spans = SpanSet((s.open, _after_close(s)) for s in spans)
    candidates = sorted(spans + _nested(body, spans), key=lambda s: s.open)
    run_last = _run_ends(body, candidates)
    quotes: list[Quote] = []
    previous: Optional[tuple[Quoted, Quote]] = None
    for span in candidates:
        # other quotes are no place for the speaker, but the quote that holds this one is
        exclude = quote_spans
        for holder in quote_spans.overlapping(span.open, span.open + 1):
            if holder[0] < span.open < holder[1]:
                exclude = exclude.without(holder)
        try:
            quote = _quote_for(body, span, analysis, book, exclude, previous, quotes, run_last.get(span.open))
        except Exception as exc:  # one bad candidate never fails the document
            if warnings is not None:
                warnings.append(f"quote at offset {span.open} skipped: {exc!r}")
            continue
        if quote is not None:
            quotes.append(quote)
            previous = (span, quote)
    return quotes


# Between two quotes of one list: a comma, "ve" or both ('"A", "B" ve "C" sloganları attı')
_LIST_GAP = regex.compile(r"[ \t]*(?:,[ \t]*)?(?:ve[ \t]+)?")


def _run_ends(body: str, candidates: list[Quoted]) -> dict[int, Quoted]:
    """For each quote followed, on its line, by more quotes joined by commas or "ve": the
    last quote of that list, whose cue speaks for all ('"A", "B" sloganları attı': one item
    per pair of marks, ANNOTATION)."""
    top = [s for s in candidates if s.parent is None and s.close is not None]
    ends: dict[int, Quoted] = {}
    for a, b in zip(reversed(top[:-1]), reversed(top[1:])):
        start = _mark_start(body, b)
        gap = _LIST_GAP.match(body, _after_close(a), start)
        if gap is not None and gap.end() == start and gap.end() > _after_close(a):
            ends[a.open] = ends.get(b.open, b)
    return ends


def _nested(body: str, spans: list[Quoted]) -> list[Quoted]:
    """Quoted spans inside a quote ('"... 'Çünkü ...' dedik ..."'); one level deep."""
    inner: list[Quoted] = []
    for span in spans:
        start, end = span.open + 1, span.end
        if end - start < 20:
            continue
        found, _ = find_quoted(body[start:end])
        for q in found:
            if q.recovered:
                continue
            inner.append(attrs.evolve(q, open=q.open + start, close=q.close + start, end=q.end + start,
                                      parent=span.open))
    return inner


# A line of style sheet code that scraping left in the text ('{mso-style-name:"Normal Tablo";',
# 'font-family:"Calibri","sans-serif";': a Word document's styles, round 16 dev ttc-siyaset-57)
_CODE_LINE = regex.compile(r"\A[ \t]*\{?[\w.-]+[ \t]*:[^\n]*;\}?[ \t]*\Z")


def _in_code(body: str, pos: int) -> bool:
    line_start = body.rfind("\n", 0, pos) + 1
    line_end = body.find("\n", pos)
    return bool(_CODE_LINE.match(body[line_start:len(body) if line_end < 0 else line_end]))


def _quote_for(body, span, analysis, book, quote_spans, previous, done,
               run_last: Optional[Quoted] = None) -> Optional[Quote]:
    start, end = _content_span(body, span)
    if end <= start or _is_title(body, span) or _in_code(body, span.open):
        return None
    sentence = analysis.sentence_index(span.open) if analysis.sentences else 0
    sent_start = analysis.sentences[sentence].start if analysis.sentences else 0
    sent_start = min(sent_start, span.open)
    source = "quotes.recovered" if span.recovered else "quotes.marks"
    cue = _cue_after(body, span) or (_cue_after(body, run_last) if run_last is not None else None)
    words = len(body[start:end].split())
    if cue is not None and _ends_reported_clause(body, start, end, span, cue):
        return None  # '"... girmediğini" söylemiş': the end of a mixed reported clause
    if cue is not None and span.parent is not None:
        # a quote inside a quote: said by a subject inside the outer quote, or by the
        # outer speaker himself when the cue is in the first person ("... dedik")
        inner_start = max(sent_start, span.parent + 1)
        speaker = _speaker_after_cue(body, cue, book) or find_subject(
            body, inner_start, span.open, book, exclude=quote_spans, allow_unknown=False) \
            or title_subject(body, inner_start, span.open, book)  # "Başbakanımız '…' teklifinde bulundu"
        if speaker is None and _FIRST_PERSON.search(cue.text):
            speaker = _outer_speaker(done, span)
        elif speaker is None:
            speaker = _unnamed_teller(body, span, done)
        return Quote(text=body[start:end], start=start, end=end, kind="direct", speaker=speaker,
                     cue=cue.text, cue_start=cue.start, cue_end=cue.end, sentence=sentence,
                     source=source + ".nested")
    if cue is not None and cue.lemma in _NOMINAL_CUES:
        # 'Recep Güven'in "..." sözlerine değinen Yeniçeri', 'Baykal'ın "..." demesi': the
        # words are the genitive owner's, not the sentence subject's (dev siyaset-447, spor-103)
        speaker = genitive_owner_before(body, sent_start, span.open, book, exclude=quote_spans)
        if speaker is None:  # "… Başkanı Mehmet Kocadon, Orman'a '…' demesi": the genitive left out
            # after a subject set off by a comma (round 37 dev spor-426)
            subject = find_subject(body, sent_start, span.open, book, exclude=quote_spans, allow_unknown=False)
            if subject is not None and body[subject.end:subject.end + 1] == ",":
                speaker = subject
        if cue.lemma == "sözleri" and speaker is None and words < 3:
            return None  # "'Sıfır Atık' sözleri": a slogan or a name, no one's words
        return Quote(text=body[start:end], start=start, end=end, kind="direct", speaker=speaker,
                     cue=cue.text, cue_start=cue.start, cue_end=cue.end, sentence=sentence,
                     source=source + ".nominal")
    if cue is not None:
        speaker = _speaker_after_cue(body, cue, book)
        passive = cue_lexicon.is_passive(cue)
        if speaker is None and passive:
            # 'X tarafından ... "…" uyarısı yapıldı'; 'EPDK'dan yapılan açıklamada ... "…" denildi'
            speaker = passive_source(body, sent_start, span.open, book)
        if cue.form != cue_lexicon.PARTICIPLE:  # '"..." diyen nüfus': the noun after speaks
            # 'Cook, "…" derken, Chou, "…" dedi': the subject after the earlier quote's cue
            earlier = next((q for q in reversed(done) if q.sentence == sentence and q.cue_end is not None
                            and q.speaker is not None and sent_start <= q.cue_end <= span.open), None)
            speaker = speaker or find_subject(body, earlier.cue_end if earlier else sent_start, span.open,
                                              book, exclude=quote_spans)
            speaker = speaker or (earlier.speaker if earlier else None)
            speaker = speaker or _participle_after(body, analysis, cue, book, quote_spans)
            speaker = speaker or epithet_subject(body, earlier.cue_end if earlier else sent_start, span.open,
                                                 book, [q.speaker for q in done if q.speaker is not None])
            if speaker is None and passive:
                speaker = own_institution(body, start, end, book)  # '"… kulübümüze …" denildi'
            speaker = speaker or _carried_speaker(body, analysis, book, span.open, done, quote_spans)
        kind = "mixed" if _wholly_reported_clause(body, start, end, span, cue) else "direct"
        return Quote(text=body[start:end], start=start, end=end, kind=kind, speaker=speaker,
                     cue=cue.text, cue_start=cue.start, cue_end=cue.end, sentence=sentence,
                     source=source + ".cue")
    colon = _intro_mark(body, span)
    if colon is not None and words >= 2 and _labelled_crosshead(body, span, colon):
        # 'MERT: “BURSASPOR BENİMLE YAKINDAN İLGİLENDİ”': a crosshead that condenses a quote
        return Quote(text=body[start:end], start=start, end=end, kind="direct", speaker=None,
                     cue=None, sentence=sentence, optional=True, source=source + ".headline")
    if colon is not None and words >= 2:
        # 'Tokayev şöyle devam etti:\n\n"..."': the colon may end the previous sentence
        intro_start = analysis.sentences[analysis.sentence_index(colon)].start if analysis.sentences else 0
        intro_start = min(intro_start, colon)
        statement = statement_intro(body, intro_start, colon)
        colon_cue = _last_cue(body, intro_start, colon)
        passive = colon_cue is not None and cue_lexicon.is_passive(colon_cue)
        if colon_cue is None and statement is None and _TITLE_WORDS.match(body, start, end) \
                and not _SAYING_ADVERB.search(body, intro_start, colon):
            # '… bir kitap daha: "Tuhaf Alışkanlıklar Kitabı".': a title, no one's words (not '… şöyle
            # bağırdı: "Yaşasın Cumhuriyet"', a slogan)
            return None
        ki_intro = colon_cue is not None and body.startswith("ki", colon)
        if ki_intro:
            colon_cue = attrs.evolve(colon_cue, end=colon + 2, text=body[colon_cue.start:colon + 2])  # "diyoruz ki"
        if span.parent is not None and ki_intro:
            # 'Bozdağ: "… Biz diyoruz ki '…'"': the outer speaker's own words (round 39 dev siyaset-532);
            # 'Demirel bana dedi ki '…'': a subject inside the outer quote; 'dediler ki': nobody named
            speaker = find_subject(body, max(intro_start, span.parent + 1), colon, book, exclude=quote_spans,
                                   allow_unknown=False)
            if speaker is None and _FIRST_PERSON.search(colon_cue.text[:-2].rstrip()):
                speaker = _outer_speaker(done, span)
            return Quote(text=body[start:end], start=start, end=end, kind="direct", speaker=speaker,
                         cue=colon_cue.text, cue_start=colon_cue.start, cue_end=colon_cue.end, sentence=sentence,
                         source=source + ".nested")
        # '... ifade edilen açıklamada, şunlar kaydedildi:': the source of the statement speaks
        source_before = passive_source(body, intro_start, colon, book) if passive else None
        speaker = find_subject(body, intro_start, colon, book, exclude=quote_spans) \
            or source_before \
            or _colon_subject(body, intro_start, colon, book) \
            or statement_owner(body, statement, book) \
            or epithet_subject(body, intro_start, colon, book, [q.speaker for q in done if q.speaker is not None]) \
            or _name_before_saying_object(body, intro_start, colon, book) \
            or find_any_person(body, intro_start, colon, book) \
            or initial_organisation(body, intro_start, colon, book) \
            or (own_institution(body, start, end, book) if passive else None) \
            or _carried_speaker(body, analysis, book, intro_start, done, quote_spans)
        cue_span = (colon_cue.start, colon_cue.end) if colon_cue else statement.span("cue") if statement else None
        return Quote(text=body[start:end], start=start, end=end, kind="direct", speaker=speaker,
                     cue=body[cue_span[0]:cue_span[1]] if cue_span else None,
                     cue_start=cue_span[0] if cue_span else None,
                     cue_end=cue_span[1] if cue_span else None,
                     sentence=sentence, source=source + ".colon")
    if span.parent is None and words >= 3:
        subject = _bare_subject(body, span, sent_start, book, quote_spans)
        if subject is not None:
            return Quote(text=body[start:end], start=start, end=end, kind="direct", speaker=subject,
                         cue=None, sentence=sentence, source=source + ".subject")
    if span.parent is not None:
        return None  # a nested quoted phrase without a cue is a scare quote or a title
    if previous is not None and _continues(body, previous, span):
        prev_quote = previous[1]
        return Quote(text=body[start:end], start=start, end=end, kind="direct",
                     speaker=prev_quote.speaker, cue=prev_quote.cue, cue_start=prev_quote.cue_start,
                     cue_end=prev_quote.cue_end, sentence=sentence, source=source + ".split")
    standalone = _standalone(body, span)
    if standalone:
        credited = credit_line_speaker(body, _after_close(span), book, _QUOTE_LINE.match)
        if credited is not None:  # a blurb: '“…”\n\nWendy Perron, Dance Magazine' (credits.py)
            return Quote(text=body[start:end], start=start, end=end, kind="direct", speaker=credited,
                         cue=None, sentence=sentence, source=source + ".credit")
    if standalone and words >= 2:
        return Quote(text=body[start:end], start=start, end=end, kind="direct", speaker=None,
                     cue=None, sentence=sentence, optional=True, source=source + ".headline")
    return None


def _outer_speaker(done, span: Quoted) -> Optional[Speaker]:
    """The speaker of the quote that holds the nested ``span`` (its own words in the first person)."""
    outer = next((q for q in done if q.start <= span.parent + 2 and q.end >= span.end - 1), None)
    return outer.speaker if outer is not None else None


_NOMINAL_CUES = frozenset({"sözüne", "sözleri", "demesi", "sözlerini aktar", "sözlerine yer ver"})
# "En son gittiğimiz doktor, bize … söyledi." inside a quote: an unnamed subject set off by a comma at
# the start of a sentence whose verb is one of saying (its last word, in the third person)
_UNNAMED_TELLER = regex.compile(
    r"(?:^|(?<=[.!?…]\s+))(?P<phrase>(?:[\p{Lu}\p{Ll}]\p{Ll}*\s+)?(?:\p{Ll}+\s+){0,4}?(?P<head>\p{Ll}{3,})),"
    r"[^.!?…\"“”'‘’]{3,200}?\s(?P<verb>söyledi|dedi|anlattı|belirtti)[.!?…]\s+\Z")


def _unnamed_teller(body: str, span: Quoted, done: list) -> Optional[Speaker]:
    """The speaker of a quote nested in another, with a third-person cue and no subject of its own:
    the unnamed subject of the sentence of saying just before it ("En son gittiğimiz doktor, bize …
    söyledi. ‘O bir melek olacak’ dedi." -> "doktor"), or the speaker of the nested quote of the
    sentence before, which it continues (round 52 dev saglik-38)."""
    before = body[span.parent + 1:span.open]
    match = _UNNAMED_TELLER.search(before)
    if match is not None:
        start = span.parent + 1 + match.start("head")
        return Speaker(text=match.group("head"), start=start, end=start + len(match.group("head")),
                       name=match.group("head"), source="speaker.nested_teller")
    previous = next((q for q in reversed(done) if q.source.endswith(".nested") and q.end < span.open), None)
    if previous is not None and previous.speaker is not None and previous.start > span.parent \
            and previous.cue_end is not None and regex.fullmatch(r"[.!?…]?\s*", body[previous.cue_end:span.open - 1]):
        return previous.speaker
    return None


# A name in title case (each word capitalised, not in capitals), no sentence punctuation (round 83 dev kultursanat-235)
_TITLE_WORDS = regex.compile(r"(?:\p{Lu}|\d+)[\p{Ll}\p{M}'’]*(?:[ \t]+(?:\p{Lu}|\d+)[\p{Ll}\p{M}'’]*)+\Z")
# "şöyle bağırdı:", "şu sözlerle seslendi:" right before a colon: words of saying follow ("… ise şöyle:"
# introduces a list)
_SAYING_ADVERB = regex.compile(r"(?<!\p{L})(?i:şöyle|şunu|şunları|şu\s+sözlerle)(?:[ \t]+\p{L}+){1,2}[ \t]*\Z")
_FIRST_PERSON = regex.compile(r"(?:[dt][ıiuü](?:k|m)|[ıiuü]m|[ıiuü]z|s[ae][km])$")  # dedik, diyoruz, diyorsak


def _bare_subject(body: str, span: Quoted, sent_start: int, book: NameBook, quote_spans) -> Optional[Speaker]:
    """'… belirten Murat Okalin, “…”.': a known subject and a comma right before a quote that
    ends its sentence; the verb of saying is left out."""
    mark = _mark_start(body, span)
    if not body[sent_start:mark].rstrip().endswith(","):
        return None
    after = _text_after(body, span, 2)
    if after and after[0] not in ".\n":
        return None
    speaker = find_subject(body, sent_start, mark, book, exclude=quote_spans, allow_unknown=False)
    if speaker is None or body[speaker.end:mark].strip() != ",":
        return None
    return speaker


def _participle_after(body: str, analysis: Analysis, cue, book: NameBook, quote_spans) -> Optional[Speaker]:
    """'"..." sözleriyle Batılı ülkeleri eleştiren Erdoğan, ...': a participle subject after the cue."""
    if cue.form not in (cue_lexicon.BARE, cue_lexicon.CONVERB):
        return None
    end = analysis.sentences[analysis.sentence_index(cue.end)].end if analysis.sentences else len(body)
    end = max(end, cue.end)
    quote_after = body.find('"', cue.end, end)
    return find_subject(body, cue.end, end if quote_after < 0 else quote_after + 1, book,
                        exclude=quote_spans, allow_unknown=False)


def _ends_reported_clause(body: str, start: int, end: int, span: Quoted, cue: cue_lexicon.Cue) -> bool:
    """Quoted words ending in a nominalised verb that continue the sentence before them (in
    the nominative too when the cue takes it: '... olabileceği" iddiasında bulundu')."""
    mark = _mark_start(body, span)
    before = body[max(0, mark - 2):mark].strip()
    cases = ("acc", "dat") + (("nom",) if "nom" in cue.complement else ())
    return _ends_nominalised(body, start, end, cases) and not before.endswith(":") \
        and bool(before) and before[-1:] not in ".!?"


def _wholly_reported_clause(body: str, start: int, end: int, span: Quoted, cue: cue_lexicon.Cue) -> bool:
    """A reported clause wholly in marks, its cue right after them: '"… sahne olduğunu" öne
    süren Keskin' is mixed, not direct (round 15 dev ttc-siyaset-465); so is the content of a
    proposal noun, in the nominative before it ('"… çıkartılamayacağı" önerisinde bulunan BDP',
    dev siyaset-550), although the noun's cue reports only words in marks."""
    return (cue.speech != "direct" or cue.complement == ("nom",)) \
        and _ends_nominalised(body, start, end, cue.complement) \
        and not body[_after_close(span):cue.start].strip(" \x00")


def _ends_nominalised(body: str, start: int, end: int, cases) -> bool:
    """The quoted words end in a nominalised verb in one of ``cases`` ("… girmediğini")."""
    from .indirect import nominalised_ending

    last = body[start:end].rstrip(" .,!?…").split()
    return bool(last) and nominalised_ending(last[-1], cases)


_PARTICLE_AFTER_CUE = regex.compile(r"[ \t]+hani(?=[ \t]+\p{Lu})")
_CASE_AFTER_NAME = regex.compile(_SUFFIX)  # "Aşık'ı", "Yılmaz'a": a case ending after the name


def _speaker_after_cue(body: str, cue, book: NameBook) -> Optional[Speaker]:
    """``"..." dedi Tokayev.`` — a known name right after the cue (also after the particle
    ``hani``: '"Sakın şaşırma!" demişti hani Orhan Veli', round 83 dev kultursanat-235)."""
    particle = _PARTICLE_AFTER_CUE.match(body, cue.end)
    name_after = NAME_AFTER if cue.form == cue_lexicon.PARTICIPLE else NAME_AFTER_IN_LINE
    match = name_after.match(body, particle.end() if particle else cue.end)
    if not match:
        # '"…" diyen anne gözyaşlarına …': a role noun without a name (round 52 dev saglik-38)
        return role_after_participle(body, cue.end, book) if cue.form == cue_lexicon.PARTICIPLE else None
    if cue.form != cue_lexicon.PARTICIPLE and _CASE_AFTER_NAME.match(body, match.end("name")):
        return None  # '"montaj olabilir" diyerek Aşık'ı savunmuş': an inflected name is the next
        # verb's object, no subject (NER-corpus quotes pool nerstory-train-20642)
    from .speakers import _speaker_from  # local: a private helper of the sibling module

    found = _speaker_from(body, match.start("name"), match.end("name"), book, "speaker.after_cue")
    if found is None and cue.form == cue_lexicon.PARTICIPLE:
        # '"…" diyen Başbakan Yardımcısı, …': a title alone after the participle stands for the
        # person the article introduced with it (round 40 dev siyaset-496); else a person named in
        # full at the end of a long title
        found = title_subject(body, cue.end, min(len(body), cue.end + 80), book) \
            or _name_after_long_title(body, cue.end, book)
    return found


# A capitalised title longer than NAME_AFTER reads, then a name and the subject's comma: '"…" diyen Fatih
# Sultan Mehmet Vakıf Üniversitesi Biyomedikal Mühendisliği Bölüm Başkanı Prof. Dr. Avni Morgül, “…”'
# (round 83 dev teknoloji-229)
_LONG_TITLE_NAME = regex.compile(r"[ \t]+(?:\p{Lu}[\p{L}\p{M}'’]*\.?[ \t]+){3,20}\p{Lu}[\p{L}\p{M}'’]*(?=[ \t]*,)")
_CAPITALISED_WORD = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]+(?![\p{L}\p{M}.'’])")


def _name_after_long_title(body: str, start: int, book: NameBook) -> Optional[Speaker]:
    """The person named in full (two or three words) at the end of a long capitalised title right
    after a participle cue, before the subject's comma; only a person the article knows by exactly
    that name."""
    match = _LONG_TITLE_NAME.match(body, start)
    if match is None:
        return None
    words = list(_CAPITALISED_WORD.finditer(body, match.start(), match.end()))
    for n in (3, 2):
        last = words[-n:]
        if len(last) < n or any(body[a.end():b.start()].strip(" \t") for a, b in zip(last, last[1:])) \
                or last[-1].end() != match.end():
            continue  # not n plain words that end the title
        name = " ".join(w.group() for w in last)
        person = book.resolve(name, at=last[0].start())
        if person is not None and person.type in (None, "PER") and person.name == name:
            return Speaker(text=body[last[0].start():match.end()], start=last[0].start(), end=match.end(),
                           name=person.name, title=person.title, type=person.type, source="speaker.after_title")
    return None


def _colon_subject(body: str, start: int, colon: int, book: NameBook) -> Optional[Speaker]:
    """``Tokayev: "..."`` — the name right before the colon."""
    from .speakers import _speaker_from

    text = body[start:colon].rstrip().rstrip(":").rstrip()
    match = regex.search(r"(\p{Lu}[\p{Ll}\p{M}]+(?:\s+\p{Lu}[\p{Ll}\p{M}]+){0,3})\Z", text)
    if not match:
        return None
    return _speaker_from(body, start + match.start(1), start + match.end(1), book, "speaker.colon",
                         allow_unknown=True)


# "… anımsatılması üzerine Akşener | şunları söyledi:": a name right before the object of a colon cue
_SAYING_OBJECT_AFTER_NAME = regex.compile(
    r"(?<![\p{L}\p{M}'’])(?P<name>\p{Lu}[\p{Ll}\p{M}]+(?:\s+\p{Lu}[\p{Ll}\p{M}]+){0,3})"
    r"(?:\s+(?:da|de|ise))?\s+(?:şunları|şöyle|şu\s+(?:sözlerle|ifadelerle|şekilde))\s+\p{L}+(?:\s+\p{L}+)?\s*\Z")


def _name_before_saying_object(body: str, start: int, colon: int, book: NameBook) -> Optional[Speaker]:
    """The person named right before ``şunları/şöyle`` and the cue, when an earlier clause of the
    sentence names someone else (``Çiller'in … yaptığı iddiasının anımsatılması üzerine Akşener şunları
    söyledi:``, NER-corpus story pool nerstory-train-12879)."""
    from .speakers import _speaker_from

    match = _SAYING_OBJECT_AFTER_NAME.search(body[start:colon].rstrip())
    if match is None:
        return None
    speaker = _speaker_from(body, start + match.start("name"), start + match.end("name"), book, "speaker.before_object")
    return speaker if speaker is not None and speaker.type == "PER" else None


def _last_cue(body: str, start: int, end: int):
    found = cue_lexicon.find_cues(body, start, end)
    return found[-1] if found else None


def _continues(body: str, previous: tuple[Quoted, Quote], span: Quoted) -> bool:
    """``"...," dedi Tokayev, "..."``: this span re-opens right after the previous cue."""
    prev_span, prev_quote = previous
    if prev_quote.cue_end is None or prev_quote.cue_end < _after_close(prev_span) \
            or span.open < prev_quote.cue_end:
        return False
    between = body[prev_quote.cue_end:_mark_start(body, span)]
    return bool(regex.fullmatch(r"[\s,]*(?:\p{Lu}[\p{Ll}\p{M}]+\s*){0,3}[\s,:]*", between))


def _carried_speaker(body: str, analysis: Analysis, book: NameBook, before: int,
                     done: list[Quote], quote_spans) -> Optional[Speaker]:
    """The speaker carried over from the previous sentences (same or previous paragraph)."""
    if not analysis.sentences:
        return None
    index = analysis.sentence_index(before)
    for back in range(index - 1, max(-1, index - 4), -1):
        sent = analysis.sentences[back]
        speaker = find_subject(body, sent.start, sent.end, book, exclude=quote_spans)
        if speaker is not None:
            return speaker
        for quote in reversed(done):
            # a quote of many sentences counts in each of them (dev ttc-saglik-107: "Açıklamada,
            # “… .” denildi. Açıklamada şunlar kaydedildi: “…”")
            reaches = quote.sentence == back or quote.start <= sent.start < (quote.cue_end or quote.end)
            if reaches and quote.speaker is not None:
                return quote.speaker
    return None
