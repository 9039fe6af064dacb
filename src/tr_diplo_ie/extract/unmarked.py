"""Direct quotes whose opening mark was lost (or never set) in the source.

    Jolie yazısında Böyle kararlar vermek hiç de kolay değil. ... Bilmek güçtür sözleriyle bitirdi.
    ... olduğunu belirterek Bunu sadece BRCA1 gen mutasyonunu taşıdığım için yaptırmadım ... diye yazdı.
    Çeltik, üretimin bir bölümünü Türkiye'ye taşıyacağız. ... hizmet vermeyi hedefliyoruz" dedi.

The guidelines (``ANNOTATION.md``, "Unclosed, unbalanced and lost marks") make such speech a
required direct quote where the introducer is explicit and voice and end are clear (notes AS,
BC: first-person speech closed by ``diye yazdı``, ``sözleriyle bitirdi``), running from its
first word to the word before the cue.  So a quote is taken only when all of these hold:

- a closing cue of direct speech: ``diye`` or ``şeklinde`` + a verb of saying, a finite
  ``de-`` (``dedi``), ``sözleriyle``/``ifadeleriyle``/``ifadelerini kullandı`` or
  ``değerlendirmesinde bulundu``; right before it a word, a final stop, or a closing mark that
  no found quote uses (the opening mark was lost; without one, the speech opens with a capital);
- an introducer before it in the same paragraph: a locative of the statement (``yazısında``,
  ``yaptığı açıklamada``, ``yayınlanan yazıda,``), a converb cue (``belirterek``), or a known
  person's name and a comma at a sentence start or after a participle (``kaydeden Hurma,``),
  not a list of names; or, where a closing mark is left, none: the speech opens its paragraph
  (``Umarım son üç maçta şans bulurum" dedi.``), no subject set off by a comma in its first
  sentence (UD treebank speech sentences, session 43; NER-corpus story nerstory-train-10223);
- the words between them are in the first person (``verdim``, ``hedefliyoruz``, ``biz``),
  hold no other quote mark, and do not end in a nominalised verb (that is indirect speech).

dev ttc-saglik-312 (three quotes); dev pool (TTC-3600 dev split outside the corpus) ekonomi-94,
-518, siyaset-367 and others for a closing mark left without its opening one.

Speech set without marks after a colon intro that a verb of saying ends (``Kurtulmuş, …
şöyle yorumladı: Sayın Cumhurbaşkanımız …``), or after a colon right behind the verb of a
reported clause (``… önemli olduğunu söylüyor: Türkiye'de …``; not a verb in the first person),
is taken first (:func:`_colon_statements`): to
the end of its paragraph or to a closing mark, and on over the paragraphs that go on in the
first person; the intro names the speaker, so no test of the voice is made on its first
paragraph. Before both, statements listed under a nominal introducer paragraph (``İşte Baykal'ın
açıklamaları:``) are taken by :mod:`.transcripts`.
"""
from __future__ import annotations

import bisect
import functools
import itertools
from typing import Optional, Sequence

import regex

from ..analysis import Analysis
from ..outlets import is_outlet
from ..records import Article, Quote, Speaker
from ..repair import MAX_SENTENCE_CHARS
from . import cues as cue_lexicon
from .indirect import nominalised_ending, statement_locative
from .speakers import SENTENCE_END, NameBook, epithet_subject, find_subject, passive_source
from .transcripts import CROSSHEAD as _CROSSHEAD, LABEL as _LABEL, transcript_statements

MIN_WORDS = 4
MAX_CHARS = 1500  # from the introducer to the cue
# A colon statement's first paragraph is read at most this far (a page with no line break would
# make every colon intro scan the rest of the text), and the cue is the one that ends right before
# the colon, looked for this far back
MAX_STATEMENT_CHARS = MAX_SENTENCE_CHARS
_CUE_REACH = 120
_CLOSERS = "\"”'’\x94\x92"
_CLOSER_CHAR = regex.compile("[" + regex.escape(_CLOSERS) + "]")
_OTHER_MARKS = regex.compile(r"[\"“”«»\x93\x94]|(?<![\p{L}])['‘’](?=\p{L})|(?<=\p{L})['’](?![\p{L}])")
# Voice of the speaker: first-person pronouns, verb endings and the plural possessive
# ("milletimiz"), or the audience addressed ("biliyor musunuz", dev ekonomi-529); not a bare
# -Im/-Iz, which many nouns end in ("takım", "yönetim", "deniz").
_FIRST_PERSON = regex.compile(
    r"""(?<![\p{L}])(?:ben|biz|bana|bize|beni|bizi|benim|bizim)(?![\p{L}])
      | (?<![\p{L}])\p{Ll}{2,}(?:[dt][ıiuü][mk]|yor(?:um|uz)|[ae]c[ae]ğ[ıi][mz]|m[ae]l[ıi]y[ıi][mz]
                    |[ıiuüae]r[ıiuü][mz]|m[ıiuü]ş[ıiuü][mz]|s[ıiuü]n[ıiuü]z|[ıiuü]m[ıiuü]z
                    |(?<=[aeıioöuü])y[ıiuü][mz]|değil(?:im|iz)|[dt][ıiuü]ğ[ıiuü](?:m|m[ıiuü]z)|y?[ae]l[ıi]m)(?![\p{L}])""",
    regex.VERBOSE)
# A statement locative followed by a comma ("dün yayınlanan yazıda, ..."), as the opening of
# lost-mark speech; without a comma only the forms of ``statement_locative`` count.
_LOCATIVE_COMMA = regex.compile(
    r"(?<![\p{L}])(?:yazı|açıklama|konuşma|mesaj|röportaj|mülakat|makale|söyleşi|demeç)"
    r"(?:s[ıi]n)?(?:d[ae]|nd[ae]),[ \t]+")
# A colon after an introduction ("... belirterek şunları söyledi: ..."), or the occasion of
# speaking ("... ilgili soru üzerine, ...").
_AFTER = regex.compile(r":[ \t]+(?=\p{Lu})|(?<![\p{L}])üzerine,[ \t]+")
_NAME_COMMA = regex.compile(r"(?P<name>\p{Lu}[\p{L}'’]+(?:\s+\p{Lu}[\p{L}'’]+){0,3}),[ \t]+(?=\p{L})")
# A known name opening the paragraph, the comma lost with the marks: "Yarkadaş Daha önce MHP nin …
# ifadelerini kullandı" (dev siyaset-378).
_NAME_SPACE = regex.compile(r"(?P<name>\p{Lu}[\p{L}'’]+(?:[ \t]+\p{Lu}[\p{L}'’]+){0,3})[ \t]+(?=(?P<next>\p{Lu}\p{Ll}+)[ \t])")
# A topic phrase closed by the particle "ise" before the subject: "Transfer politikası hakkında ise
# Hurma, Takıma takviye yapacağız …" (dev spor-87).
_TOPIC_BEFORE = regex.compile(r"(?<![\p{L}])ise[ \t]+\Z")
_NAME_LIST = regex.compile(r"\p{Lu}[\p{L}'’]*(?:,|[ \t]+ve[ \t]+\p{Lu})")
# The person a participle describes, set off by a comma before the speech: "… belirten Koç
# Holding Yönetim Kurulu Başkanı Mustafa Koç, Düşünebiliyor musunuz …" (dev ekonomi-529), "…
# kaydeden Hurma, Dolayısıyla …" (dev spor-87), "… diye konuşan CHP li Yarkadaş, Bütün bu …"
# (dev siyaset-378), "… Koke yi gösteren Simeone, Oyunu okuma kapasitesi var …" (dev pool
# spor-187): capitalised words, or a suffix the lost apostrophe cut off ("li").
_PARTICIPLE = regex.compile(r"(?<![\p{L}])\p{Ll}{2,}[ae]n(?=[ \t])")
_PARTICIPLE_SUBJECT = regex.compile(
    r"""[ \t]+(?P<np>(?:(?:\p{Lu}[\p{L}'’.]*|\p{Ll}{1,3})[ \t]+){0,7}
        (?P<last>\p{Lu}[\p{L}'’]+)),[ \t]+(?=[\p{L}\p{N}])""", regex.VERBOSE)


# Where a closing cue can begin ("diye ...", "dedi", "sözleriyle", "ifadelerini kullandı",
# "şeklinde konuştu", "değerlendirmesinde bulundu"): the cue pattern is tried only there, not
# over the whole text (it is long).
_CUE_START = regex.compile(r"(?<![\p{L}\p{M}])(?i:diye\s|d[ei]|söz|ifade|şeklinde\s|değerlendirme|açıklama)")
# Cues that close direct speech only: the words before them are the speech, in quotation.
_CLOSING_LEMMAS = ("sözleriyle", "ifadeleriyle", "ifadelerini kullan", "sözlerini kullan",
                   "değerlendirmesinde bulun", "açıklamasında bulun")


def _closing_cues(body: str) -> list[cue_lexicon.Cue]:
    out = []
    for start in _CUE_START.finditer(body):
        cue = cue_lexicon.cue_at(body, start.start())
        if cue is None or cue.speech not in ("direct", "both") or cue.form == cue_lexicon.PARTICIPLE:
            # '"..." diye soran anne': the noun after the participle speaks
            continue
        said = cue.text.lower().startswith(("diye ", "şeklinde ")) \
            or (cue.lemma == "de" and (cue.form == "finite" or cue.text.lower().startswith("diyerek"))) \
            or cue.lemma in _CLOSING_LEMMAS
        # ("diyerek" too: "… biz gitmeye de hazırız diyerek sözlerini tamamladı", dev pool spor-130; not
        # "derken", also "just as": "… kalbimi katacağım derken, stüdyoda süründürmüş", dev pool kultursanat-5)
        if said:
            out.append(cue)
    return out


def _paragraph_start(body: str, pos: int) -> int:
    start = body.rfind("\n", 0, pos) + 1
    while start > 1 and body[start:start + 1].islower():  # a hard-wrapped line goes on
        start = body.rfind("\n", 0, start - 1) + 1
    return start


def _introducer(body: str, lo: int, hi: int, book: NameBook) -> Optional[tuple[int, int, str]]:
    """The last introducer in ``body[lo:hi]``: (its start, where the quote starts, kind)."""
    found: list[tuple[int, int, str]] = []
    for m in statement_locative().finditer(body, lo, hi):
        found.append((m.start(), m.end(), "locative"))
    for m in _LOCATIVE_COMMA.finditer(body, lo, hi):
        found.append((m.start(), m.end(), "locative"))
    for cue in cue_lexicon.find_cues(body, lo, hi):
        if cue.form == cue_lexicon.CONVERB:
            found.append((cue.start, cue.end, "converb"))
    for m in _AFTER.finditer(body, lo, hi):
        found.append((m.start(), m.end(), "after"))
    for m in _NAME_COMMA.finditer(body, lo, hi):
        if _NAME_LIST.match(body, m.end(), hi):
            continue  # "Saul, Arda, Raul ve Oliver'e de sahibiz": a list of names, not a speaker
        before = body[lo:m.start()]
        at_start = not before.strip() or "\n" in before[-2:] or before.rstrip()[-1] in ".!?" \
            or _TOPIC_BEFORE.search(before) is not None
        last = m.group("name").split()[-1]
        if at_start and book.knows(last) and last not in body[m.end():hi]:  # the speaker, not the topic
            found.append((m.start(), m.end(), "name"))
    m = _NAME_SPACE.match(body, lo, hi)
    last = m.group("name").split()[-1] if m else ""
    if m and book.knows(last) and not book.knows(m.group("next")) and last not in body[m.end():hi]:
        found.append((m.start(), m.end(), "name"))
    for participle in _PARTICIPLE.finditer(body, lo, hi):
        m = _PARTICIPLE_SUBJECT.match(body, participle.end(), hi)
        if m and book.knows(m.group("last")) and m.group("last") not in body[m.end():hi] \
                and not _NAME_LIST.match(body, m.end(), hi):
            found.append((m.start("np"), m.end(), "name"))
    if not found:
        return None
    start, end, kind = max(found, key=lambda f: f[1])
    while end < hi and body[end] in " \t,":
        end += 1
    return start, end, kind


# A colon intro whose verb of saying ends it, the speech after it on the same line without a
# mark: "Kurtulmuş, … şöyle yorumladı: Sayın Cumhurbaşkanımız …" (round 38 dev siyaset-88 x3,
# round 36 dev saglik-269's "şöyle eleştirdi:"; ANNOTATION: required, notes F, AO, AS, GX).
# The speech may also stand in the next paragraph, after at most one crosshead: "Adem sıkıntılı
# süreci şöyle anlatıyor:\n\nSORUMSUZ MÜDÜR\n\nOkula birkaç yıl sonra …" (round 50 dev
# saglik-391, notes NZ); such a paragraph must read as speech (:func:`_speech_paragraph`).
_COLON_INTRO = regex.compile(
    r"(?<![\p{L}])(?:şöyle|şunları|şu\s+sözlerle|şu\s+ifadelerle|şu\s+şekilde)[ \t]+[^\n:\"“”«»]{1,40}?:"
    r"(?:[ \t]+|(?P<para>[ \t]*\n\s*(?:[^\p{Ll}\n]+\n\s*)?))"
    r"(?=[\p{Lu}\p{N}])")
# ... or right after the verb of a reported clause: "Karadağ, hastalığın … teşhis edilmesinin önemli
# olduğunu söylüyor: Türkiye'de 20 bin civarında hasta var …", "… değiştiğine dikkat çekti: Doktor
# doktor dolaşarak teşhise ulaştık …" (round 57 dev saglik-381)
_CUE_COLON = regex.compile(
    r"(?<=\p{Ll})[ \t]*:(?:[ \t]+|(?P<para>[ \t]*\n\s*(?:[^\p{Ll}\n]+\n\s*)?))(?=[\p{Lu}\p{N}])")
_LIST_ITEM = regex.compile(r"\A\p{N}+[.)]")  # "1. Hukukun …"
_DOUBLE_MARKS = regex.compile(r"[\"“”«»\x93\x94]")


def _colon_statements(body: str, analysis: Analysis, book: NameBook, taken: Sequence[Quote]) -> list[Quote]:
    """Unmarked speech after a colon intro, to the end of its paragraph (or to a closing mark
    left without its opening one), and on over the next paragraphs while they go on in the
    first person with no double quote mark, no crosshead and no verb of saying of their own."""
    out: list[Quote] = []
    marked = [q for q in taken if q.kind != "indirect"]
    intros = [(m, m.start(), ("direct", "both")) for m in _COLON_INTRO.finditer(body)]
    intros += [(m, body.rfind("\n", 0, m.start()) + 1, ("direct", "both", "indirect"))
               for m in _CUE_COLON.finditer(body)]
    for m, intro_start, speech in intros:
        colon = m.start("para") if m.group("para") is not None else m.end()
        cue = next((c for c in cue_lexicon.find_cues(body, max(intro_start, colon - _CUE_REACH), colon)
                    if c.speech in speech and c.form == cue_lexicon.FINITE
                    and not body[c.end:colon].strip(" \t:")), None)
        if cue is None or m.re is _CUE_COLON and _FIRST_PERSON.fullmatch(cue.text.split()[-1]):
            continue  # "Kürt kardeşlerime sesleniyorum: …", "mertçe de söylüyorum: …": a speaker's
            # own words inside a speech already told (dev pool siyaset-490, -14)
        passive = cue_lexicon.is_passive(cue)
        start = m.end()
        line_end = body.find("\n", start, start + MAX_STATEMENT_CHARS)
        end = min(len(body), start + MAX_STATEMENT_CHARS) if line_end < 0 else line_end
        if m.group("para") is not None and not _speech_paragraph(body[start:end], passive):
            continue
        closer = next((i for i in (m.start() for m in _CLOSER_CHAR.finditer(body, start + 1, end))
                       if not body[i - 1].isspace() and (i + 1 == end or not body[i + 1].isalpha())), None)
        if closer is not None:
            end = closer  # '… dünyanın sonu değil" Kurtulmuş, …': the lost opening mark's quote ends here
        text = body[start:end].rstrip()
        end = start + len(text)
        if len(text.split()) < MIN_WORDS or _DOUBLE_MARKS.search(text):
            continue  # (the intro says whose speech it is: no test of its voice)
        first_stop = SENTENCE_END.search(body, start, end)
        first_end = first_stop.end() if first_stop else end
        if any(c.speech in ("direct", "both") and (c.form == cue_lexicon.PARTICIPLE and c.start < first_end
                                                   or not body[c.end:end].strip(" \t.!?…"))
               for c in _cues_within(body, start, end)):
            continue  # "… yazdık dedi.", "… diye soran anneler": a cue of its own closes or frames it
            # (the lost-mark rule's, below); a participle later on is a question told inside the speech
            # ("… Kisti mi var, kisti neredesinde diye soran doktorlar var.", round 57 dev saglik-381)
        if closer is None:
            end = _following_paragraphs(body, end)
        if any(q.start < end and start < q.end for q in itertools.chain(marked, out)):
            continue
        intro = min(analysis.sentences[analysis.sentence_index(cue.start)].start if analysis.sentences else 0,
                    cue.start)
        # a passive report's statement source ("TMSF'nin … yazısında şöyle deniyor:"), else the finite
        # verb's subject ("Kurtulmuş, Erdoğan'ın … şöyle yorumladı:"), else as for lost marks
        source = passive_source(body, intro, cue.start, book) if passive else None
        speaker = source or find_subject(body, intro, cue.start, book) \
            or _speaker(body, analysis, book, cue.start, start, "after", taken)
        sentence = analysis.sentence_index(start) if analysis.sentences else 0
        out.append(Quote(text=body[start:end], start=start, end=end, kind="direct", speaker=speaker,
                         cue=cue.text, cue_start=cue.start, cue_end=cue.end, sentence=sentence,
                         source="quotes.unmarked.colon"))
    return out


@functools.lru_cache(maxsize=8)
def _line_cues(body: str, line_start: int, line_end: int) -> tuple[list, list[int]]:
    """Every cue of one line of ``body`` and their start offsets (found once per line: a line
    with many colon intros is not scanned again for each)."""
    found = cue_lexicon.find_cues(body, line_start, line_end)
    return found, [c.start for c in found]


def _cues_within(body: str, start: int, end: int) -> list:
    """The cues of ``body`` that lie inside ``body[start:end]`` (within the line ``start`` is on):
    those a scan of that stretch finds, unless a cue runs across its edges (a colon or a line break
    at ``start``; a line's end at ``end``)."""
    line_end = body.find("\n", start)
    found, starts = _line_cues(body, body.rfind("\n", 0, start) + 1, len(body) if line_end < 0 else line_end)
    i = bisect.bisect_left(starts, start)
    out = []
    while i < len(found) and found[i].start < end:
        if found[i].end <= end:
            out.append(found[i])
        i += 1
    return out


def _speech_paragraph(text: str, passive: bool) -> bool:
    """A paragraph after a colon intro reads as the speech it announces: whole sentences in lower
    case, not a list item, a labelled answer, an editorial line without a final stop or an
    interviewer's one question (dev pool kultursanat-511: "Bize şunları anlattı:\n\nSÖYLEŞİ …\n\n
    Kitap fikri nasıl doğdu?"); a person's speech is in the first person (dev pool siyaset-47,
    -354, ekonomi-567), not narration that a page's layout put there (dev pool teknoloji-520); an
    institution's text reported in the passive ("şöyle deniyor:") need not be."""
    text = text.rstrip()
    if len(text.split()) < MIN_WORDS or text[-1:] not in ".!?…" or _LIST_ITEM.match(text) \
            or _LABEL.match(text) or _CROSSHEAD.match(text):
        return False
    if text.endswith("?") and not regex.search(r"[.!?…]\s", text):
        return False
    return passive or _FIRST_PERSON.search(text) is not None


def _following_paragraphs(body: str, end: int) -> int:
    """``end`` moved over the paragraphs after it that go on with the same speech."""
    while True:
        nxt = end
        while nxt < len(body) and body[nxt] in "\n \t":
            nxt += 1
        if nxt >= len(body) or "\n\n" not in body[end:nxt]:
            return end
        para_end = body.find("\n", nxt)
        para_end = len(body) if para_end < 0 else para_end
        para = body[nxt:para_end].rstrip()
        if body[end - 1] not in ".!?…" and para and not _DOUBLE_MARKS.search(para):
            end = nxt + len(para)  # "Uzakdoğu ve\n\nRusya\n\ndan da …": a break scraping put in a sentence
            continue
        if (len(para.split()) < MIN_WORDS or _CROSSHEAD.match(para) or _DOUBLE_MARKS.search(para)
                or not _FIRST_PERSON.search(para) or cue_lexicon.find_cues(body, nxt, para_end)):
            return end
        end = nxt + len(para)


def extract_unmarked(article: Article, analysis: Analysis, book: NameBook,
                     taken: Sequence[Quote] = ()) -> list[Quote]:
    """Direct quotes of lost-mark speech that no quote found so far overlaps."""
    body = article.body
    out: list[Quote] = transcript_statements(body, analysis, book, taken)
    out += _colon_statements(body, analysis, book, list(taken) + out)
    for cue in _closing_cues(body):
        end, closed = cue.start, False
        while end > 0 and body[end - 1] in " \t":
            end -= 1
        if end > 0 and body[end - 1] in _CLOSERS:
            if any(q.end <= end - 1 <= q.end + 1 for q in taken):
                continue  # the closing mark of a quote already found
            end -= 1  # a closing mark whose opening one was lost
            closed = True
            while end > 0 and body[end - 1] in " \t":
                end -= 1
        if end <= 0 or not (body[end - 1].isalpha() or body[end - 1] in ".!?…"):
            continue
        lo = max(_paragraph_start(body, end), end - MAX_CHARS)
        intro = _introducer(body, lo, end, book) or (_paragraph_opening(body, lo, end) if closed else None)
        if intro is None:
            continue
        intro_start, start, kind = intro
        if kind != "paragraph":  # (speech that opens its paragraph has no topic before it)
            start = _opening_after_comma(body, analysis, book, start, end)
        text = body[start:end]
        words = text.split()
        if len(words) < MIN_WORDS or _OTHER_MARKS.search(text) or not _FIRST_PERSON.search(text):
            continue
        if not closed and not (text[0].isupper() or text[0].isdigit()):
            continue  # a lost opening mark stood before a capital ("… açıklamasını yaparken kişisel
            # otomobilin … şeklinde açıklama yaptı" is narration: dev pool teknoloji-365)
        if nominalised_ending(words[-1].rstrip(".!?…")):
            continue  # "... olduğunu" dedi: the end of a reported clause
        if any(q.start < end and start < q.end for q in itertools.chain(taken, out)):
            continue
        speaker = _speaker(body, analysis, book, intro_start, start, kind, taken)
        sentence = analysis.sentence_index(start) if analysis.sentences else 0
        out.append(Quote(text=text, start=start, end=end, kind="direct", speaker=speaker, cue=cue.text,
                         cue_start=cue.start, cue_end=cue.end, sentence=sentence,
                         source="quotes.unmarked"))
    return out


def _paragraph_opening(body: str, lo: int, end: int) -> Optional[tuple[int, int, str]]:
    """The speech opens its paragraph, whose closing mark is left without its opening one: ``lo``
    is the paragraph's start (not a cut ``MAX_CHARS`` before the cue)."""
    if lo != _paragraph_start(body, end):
        return None
    start = lo
    while start < end and body[start] in " \t":
        start += 1
    if start >= end or not (body[start].isupper() or body[start].isdigit()):
        return None
    stop = _SENTENCE_STOP.search(body, start, end)
    first = body[start:stop.start() if stop else end]
    if _SUBJECT_COMMA.match(first) or _PARTICIPLE_COMMA.search(first):
        return None  # "Festival Komitesi Başkanı Hüseyin Sıtkı, …": narration names the speaker first
    return start, start, "paragraph"


# A sentence's end after a word in lower case (not an initial: "G. Saray", "S. Trnava")
_SENTENCE_STOP = regex.compile(r"(?<=\p{Ll}{2})[.!?…](?:\s|\Z)")
# A subject set off by a comma in a paragraph's first sentence: two capitalised words or more
# opening it (a title and a name, "Teknik Direktörü Fatih Terim,"; not places listed later on: "Biz
# oraları geçerek Suudi Arabistan, Katar, …", UD BOUN news_507), or a participle's noun anywhere in
# it ("… dönüş yapan Beşiktaş'ın yıldızı,")
_SUBJECT_COMMA = regex.compile(r"(?:\p{Lu}[\p{L}'’.]*[ \t]+)+\p{Lu}[\p{L}'’]*,")
_PARTICIPLE_COMMA = regex.compile(_PARTICIPLE.pattern + r"[ \t]+(?:[\p{L}'’.]+[ \t]+){0,4}[\p{L}'’]+,")


_COMMA_CAPITAL = regex.compile(r",[ \t]+(?P<word>\p{Lu}\p{Ll}+)(?![\p{L}'’])")


def _opening_after_comma(body: str, analysis: Analysis, book: NameBook, start: int, end: int) -> int:
    """Where the speech opens when its first sentence begins with the speaker's topic: a
    capitalised common word after a comma, the words before it not in the first person ("diyen
    Koç, dövizin yükselişiyle ilgili olarak da, Tabii ki dolar … yükseldi …", dev ekonomi-529)."""
    stop = SENTENCE_END.search(body, start, end)
    first = body[start:stop.start() if stop else end]
    entity_starts = {e.start for e in analysis.entities()} if analysis.ner else set()
    for m in _COMMA_CAPITAL.finditer(first):
        word_start = start + m.start("word")
        if word_start in entity_starts or book.knows(m.group("word")):
            continue  # "… olarak, Türkiye …": a name, not the first word of the speech
        topic = first[:m.start()]
        if len(topic.split()) >= 2 and regex.search(r"(?<![\p{L}])\p{Ll}", topic) \
                and not _FIRST_PERSON.search(topic):  # a phrase, not a name ("Arda, Raul ve …")
            return word_start
        break
    return start


def _speaker(body: str, analysis: Analysis, book: NameBook, intro_start: int, start: int, kind: str,
             taken: Sequence[Quote]) -> Optional[Speaker]:
    if kind == "name":
        return find_subject(body, intro_start, start, book, allow_unknown=False)
    sent_start = analysis.sentences[analysis.sentence_index(intro_start)].start if analysis.sentences else 0
    sent_start = min(sent_start, intro_start)
    recent = [q.speaker for q in taken if q.speaker is not None and q.start < intro_start]
    # the writer before a locative is often a role noun in the genitive ("yıldızın kaleme
    # aldığı ve New York Times'ta yayınlanan yazıda"), so the role noun goes first
    subject = epithet_subject(body, sent_start, intro_start, book, recent) \
        or find_subject(body, sent_start, intro_start, book, allow_unknown=False)
    if subject is not None and is_outlet(subject.name):
        subject = None  # "New York Times'ta yayınlanan yazıda": the paper prints, the writer speaks
    return subject or (recent[-1] if recent else None)
