"""Described mentions (``named=False``): a lower-case head with its modifier phrase, walking
left from the head; umbrella mentions; the counter-party clause ("ESK ile imzalanan
protokol")."""

from __future__ import annotations

from typing import Optional

import attrs
import regex

from ..measures import is_number as _is_number, measure_start as _measure_start
from .comitative import _WITH_POSTP, _comitative, _possessor_comitative
from .cues import (_PARTICIPLE_TYPES, _Cue, _cue_after, _cue_at, _cue_before, _decision_participle, _own_verb_cue,
                   participle_cue_at)
from .decisions import _APOS_GENITIVE, _date_named
from .heads import _HeadMatch, _match_head_at
from .idioms import _light_verb_after
from .mention import GENITIVE_WORD, _Mention, _finish
from .parties import _is_place, _party_phrase, _sentence_parties
from .relative import _participle_before_bir, _relative_clause, clause_start
from .spans import _clean, _in_date, date_run_start
from .tokens import _APOS, _QUOTE_TOKENS, _is_verb_form, quoted_name_before, sentence_initial


# a possessed noun in the accusative before "ve": two objects of one verb ("kamu idarelerinin bütçe
# tekliflerini ve | yatırım programını hazırlama", session 23's third article pool, ekonomi-158)
_OBJECT_ACCUSATIVE = regex.compile(r"\p{L}{3,}[ıiuü]n[ıiuü]\Z")


def _described_mention(body, toks, h: _HeadMatch, lex, dates, pair):
    """(mention, umbrella parties): a described document, or the parties of a generic one."""
    start_i = h.first
    j = h.first - 1
    passed_postp = False
    possessor = False  # a lower-case genitive opens the noun phrase ("kulüp tarihinin … kontratları")
    boundary = -1
    party_stop: tuple[str, ...] = ()
    with_owner = False  # "X ile sözleşmesi": a specific document even without a status cue
    relative = False  # a relative clause describes the head
    paired = False  # "X ile Y arasındaki anlaşma": one specific document even without a status cue
    clause_verb = None  # ... opened by the participle at this index (the walk's relative clause)
    bir_participle = None  # ... or by the participle before "bir" at this index
    status_participle = None  # ... or by a decision's own participle left outside ("aldığı | faiz kararı")
    name_led = False  # "… Ortaklığı anlaşması": a name before a compound head, one specific document
    for k in range(h.first - 1, max(h.first - 7, 0), -1):  # "… ile 2016 yılına kadar olan sözleşmesi"
        if toks[k].low == "ile":
            owner = _possessor_comitative(toks, k, h)
            if owner is not None:
                start_i, boundary, with_owner = owner, owner - 1, True
                if toks[owner].cap:  # "kulübü ile": a club that is not named gives no party
                    party_stop = (_clean(body[toks[owner].start:toks[k - 1].word_end]),)
                j = -1  # "Schalke ile 1 yıl daha sözleşmesi": nothing more to walk
            break
    if not with_owner:
        term = _remaining_term(toks, h)
        if term is not None:
            # "1 yıl daha kontratı bulunan … Melo": someone's running contract, one document with
            # no status verb (dev spor-103, session 23's third article pool spor-420: both annotators)
            start_i, boundary, with_owner, j = term, term - 1, True, -1
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
        if passed_postp and tok.kind == "num" and j >= 2 and toks[j - 1].text in "-‑" and toks[j - 2].cap \
                and len(toks[j - 2].word) <= 4 and not toks[j - 2].apos:
            start_i, j = j - 2, j - 3  # "48 adet F-5 eğitim uçağının modernizasyonuna ilişkin": a model's
            continue  # name, not a count (session 25's NER-corpus sentence pool, ner-train-23472)
        if passed_postp and (_is_number(tok) or tok.kind == "num") and not _in_date(tok, dates):
            # "40 adet zırhlı araç için anlaşma", "borcun yüzde 30'unun ödenmesine ilişkin":
            # a number inside the complement, with its "yüzde"; the walk ends there
            start_i = j - 1 if j >= 1 and toks[j - 1].low == "yüzde" else j
            boundary = start_i - 1
            if boundary >= 1 and toks[boundary].low in lex.postp:
                j = boundary  # "11 milyon avro karşılığında 50 adet araç için": a price phrase before the count
                continue
            break
        if tok.kind == "num" and j + 1 < h.first and toks[j + 1].low in _SCALES and not _in_date(tok, dates):
            # "1 trilyon 200 milyar liraya sözleşme": the whole amount, then the walk ends
            while j - 1 >= 0 and (toks[j - 1].kind == "num" or toks[j - 1].low in _SCALES):
                j -= 1
            start_i, boundary = j, j - 1
            break
        if tok.kind == "punct" and tok.text in _QUOTE_TOKENS and j + 1 < h.first and toks[j + 1].kind == "word" \
                and toks[j + 1].start > tok.end:
            # 'bir "Kürt Federasyonu" kurulmasını öngören anlaşma': a quoted name inside the phrase
            opening = quoted_name_before(toks, j)
            if opening is not None:
                start_i, j = opening, opening - 1
                continue
        if tok.text == ")" and j + 1 < h.first:
            opened = _parenthetical_before(toks, j)
            if opened is not None:
                # '“Çorum Teknoloji Geliştirme Bölgesi” (Teknokent) projesinin protokolü' (dev
                # teknoloji-576), 'Örgütü (NATO) üyeliğine ilişkin': the gloss is inside the phrase
                before = opened - 1
                quoted = quoted_name_before(toks, before) if toks[before].text in _QUOTE_TOKENS else None
                if quoted is not None:
                    start_i, j = quoted, quoted - 1
                    continue
                if toks[before].cap:
                    j = before
                    continue
        if h.head.type == "decision" and j + 1 == start_i and _in_date(tok, dates):
            dated = _date_named(toks, h, lex, dates)
            if dated is not None:
                start_i, boundary = dated, dated - 1  # "5 Nisan ekonomik kararlarıyla … benimsenmiş"
                break
        if tok.text in "-‑–" and _spaced_hyphen_pair(toks, j, h.first):
            j -= 1  # "ilk üniversite - sanayi işbirliği protokolü" (session 24's article pool, kultursanat-52)
            continue
        if tok.kind != "word" or _in_date(tok, dates) or _detached_suffix(toks, j):
            boundary = j
            break
        low = tok.low
        if tok.cap and tok.apos and tok.apos_suffix in _DAKI and j == h.first - 1 and h.first == h.last \
                and not _plural_head(toks, h) and h.head.type in _PARTICIPLE_TYPES:
            # "Bosch'taki sözleşme" (dev ekonomi-383): a -DAki name describes one document, as "X ile
            # Y arasındaki" does (ANNOTATION.md, session 21); not "Diyarbakır’daki programı" (an
            # event) or "Darülaceze'deki plan değişikliği" (a zoning plan; dev pool siyaset-230, -297)
            k = j
            while k - 1 >= 0 and toks[k - 1].cap and not toks[k - 1].apos and toks[k - 1].low not in lex.stop \
                    and j - k < 3:
                k -= 1
            start_i, boundary, paired = k, k - 1, True
            break
        if low in ("de", "da") and j == h.first - 1 and j >= 1 and toks[j - 1].cap and toks[j - 1].apos \
                and toks[j - 1].apos_suffix in _APOS_GENITIVE and _owned_contract(toks, j - 1, h):
            j, tok = j - 1, toks[j - 1]  # "Ali Öztürk'ün de sözleşmesini uzattı" (session 25's TTC sentence
            # pool, spor-406): the clitic between the owner and the contract
        if tok.cap and tok.apos and tok.apos_suffix in _APOS_GENITIVE and _owned_contract(toks, j, h):
            # "Sabri'nin mukavelesi", "Emre'nin sözleşmesi": one person's contract (dev spor-153)
            k = j
            while k - 1 >= 0 and toks[k - 1].cap and not toks[k - 1].apos and toks[k - 1].low not in lex.stop \
                    and j - k < 2 and k - 1 > 0:
                k -= 1
            start_i, boundary, with_owner = k, k - 1, True
            break
        if _comitative(tok) and toks[j + 1].low not in _WITH_POSTP:
            boundary = j  # "projelerin sahipleriyle | sözleşme imzalayacağız": the other party
            break
        if low in ("ve", "ile", "veya"):
            left = toks[j - 1] if j - 1 >= 0 else None
            if (left is None or left.kind != "word" or _match_head_at(toks, j - 1, lex) is not None
                    or _is_verb_form(left, lex) or (low == "ile" and (left.cap or j == h.first - 1
                                                                      or _light_verb_after(toks, h, lex)))
                    or (low != "ile" and not passed_postp and _MASI.search(left.low))
                    or (low == "ve" and not passed_postp and _OBJECT_ACCUSATIVE.search(left.low))):
                boundary = j  # "Yunanistan ile | hattın uzatılması konusunda anlaşma", "futbolcu ile |
                break  # prensip anlaşmasına vardı": the light verb's partner; "görüşmelerin olumlu
                # sonuçlanması ve | prensip anlaşmasına varılması" (dev pool spor-457): two clauses
            j -= 1
            continue
        if low in ("arasında", "arasındaki"):
            parties, p_start = _party_phrase(toks, j, pair)
            if low == "arasındaki" and not passed_postp:
                # "AB ile ABD arasındaki gümrük birliği anlaşması": a -DAki modifier describes the
                # document, as "Bosch'taki sözleşme" does in the dev gold (ANNOTATION.md, session 21)
                if p_start == j:
                    p_start = _name_pair_before(toks, j, lex)
                if p_start < j:
                    party_stop, start_i, boundary = parties, p_start, p_start - 1
                    paired = toks[p_start].cap and h.first == h.last and not _plural_head(toks, h)
                    break
                boundary = j  # no pair before it: "arasındaki" is no description's first word
                break
            if parties or p_start < j:
                party_stop = parties
                boundary = j
                break
        if low in ("bir", "yeni") and _after_postposition(toks, j, lex):
            start_i = j  # "... ilişkin bir anlaşma", "... modernizasyonuna ilişkin yeni bir anlaşma"
            j -= 1
            continue
        if low == "yeni" and j == h.first - 1 and j >= 1 \
                and _decision_participle(toks[j - 1], h, initial=sentence_initial(toks, j - 1)) is not None:
            # "Dünkü Meclis toplantısında alınan | yeni karar" (session 23's article pool, siyaset-24):
            # the adjective describes it, the status clause is outside it (session-7 adjudication)
            cue, cue_side = _own_verb_cue(toks, h, j, lex, participle=j - 1)
            m = _finish(body, toks, j - 1, j, h.last, tok.start, _without_accusative(toks, h), h.head, False,
                        lex, dates, pair, "agreements.described", cue=cue, cue_side=cue_side)
            return m, ()
        if low == "bir" and j >= 1 and _UNPRECEDENTED.search(toks[j - 1].low) and not toks[j - 1].cap:
            # "görülmedik bir tasarruf planı", "eşi görülmedik bir …": an evaluative participle,
            # kept with its "bir" (session 23's third article pool, ekonomi-98: both annotators)
            start_i = j - 2 if j >= 2 and toks[j - 2].low in _LIKE else j - 1
            boundary = start_i - 1
            break
        if low == "bir" and 1 <= j < h.first - 1 and not passed_postp \
                and _decision_participle(toks[j - 1], h) is not None and not toks[j - 1].low.startswith("çık"):
            # "alınmış bir | seçim kararı", "Meclis'in aldığı bir | seçim kararı" (session 25's NER-corpus
            # sentence pool, ner-train-9551): the decision's own participle before "bir" and a non-bare
            # description is a status clause, outside it with its "bir" (session-7 adjudication)
            boundary, status_participle = j - 1, j - 1
            break
        if low == "bir" and _participle_before_bir(toks, j, lex, h.head.type) is not None:
            clause = _relative_clause(toks, j - 1, h, lex, dates)
            if clause is not None:
                start_i, boundary = clause  # "… deprem etkisi yaratan bir karar", "… önleyecek bir reform anlaşması"
                relative, bir_participle = True, j - 1  # "dün alınan bir karar" (session 23's third
                break  # article pool, spor-586): the decision's own participle gives its status
        if low in lex.stop:
            boundary = j
            break
        if low in lex.postp and possessor and not passed_postp:
            boundary = j  # "Luiz Adriano için | kulüp tarihinin en yüksek kontratları" (dev pool spor-381):
            break  # a phrase before the possessor is the verb's, not the noun's
        if low in lex.postp:
            passed_postp = True
        elif tok.cap and passed_postp:
            pass  # "Hazar Denizi'nin hukuki statüsüne ilişkin ...": a proper name inside the description
        elif tok.cap:
            place = _is_place(tok)
            initial = sentence_initial(toks, j)
            if initial and j < h.first - 1 and _decision_participle(tok, h, initial=True) is not None:
                boundary, status_participle = j, j  # "Aldığı birinci filtre kararını, …": as below
                break
            if initial and (_is_verb_form(tok, lex, initial=True) or participle_cue_at(toks, j, h.head.type, lex)):
                boundary = j  # "Olsaydı eğer kendime sözleşme yaptırırım" (dev pool spor-274); "İmzalanan
                break  # barış anlaşmasına rağmen" (NER corpus train 19820): a status clause, outside
            if place is not None and place.type in ("capital", "city") and not tok.apos and j == h.first - 1 \
                    and h.first == h.last and h.head.type in _CITY_NAMED and _compounded(toks, h):
                # "Washington anlaşmasının", "Ankara mutabakatındaki", "Oslo anlaşmasıyla": a city names
                # one document (session 25's NER-corpus sentence pools; only the city: not "Rusya Minsk")
                start_i, boundary, name_led = j, j - 1, True
                break
            if place is None and not (initial and not tok.apos):
                run = _name_run_before(toks, j, h, lex)
                if run is not None:
                    # "Trans Atlantik Ticaret ve Yatırım Ortaklığı anlaşması": a name before a
                    # compound head names one document (session 24's long-article pool, siyaset-346)
                    start_i, boundary, name_led = run, run - 1, True
                    break
                boundary = j
                break
            if place is not None and tok.apos_suffix in (
                    "ın", "in", "un", "ün", "nın", "nin", "nun", "nün", "da", "de", "ta", "te"):
                boundary = j  # "Kazakistan'ın kalkınma planı": an owner, not a modifier; "Antalya'da
                break  # sözleşme imzalayacak": where it is done ("Ankara'daki anlaşma" describes it)
        elif _is_verb_form(tok, lex, attributive_ok=True) or (tok.apos and not passed_postp):
            if j < h.first - 1 and not passed_postp and _decision_participle(tok, h) is not None \
                    and not tok.low.startswith("çık"):  # "… toplantısından çıkacak faiz kararı" (dev ekonomi-17)
                # "BTK'nın 22 Şubat'ta aldığı | birinci filtre kararı": the decision's own light verb
                # is a status clause, outside a non-bare description (session-7 adjudication; session
                # 24's long-article pool, teknoloji-497); it gives the status
                boundary, status_participle = j, j
                break
            clause = _relative_clause(toks, j, h, lex, dates)
            if clause is None:
                boundary = j
                break
            start_i, boundary = clause  # "... çıkmasını engelleyecek plan": the clause describes it
            relative, clause_verb = True, j
            break
        if not passed_postp and not tok.cap and _VOWEL_GENITIVE.search(low):
            possessor = True
        start_i = j
        j -= 1
    rel = _counterparty_clause(toks, boundary, start_i, h, lex, dates)
    clause_kept = False
    if rel is None and start_i == h.first:
        rel = _status_clause(toks, boundary, h, lex, dates)
        clause_kept = rel is not None
    if rel is None and not party_stop and boundary >= 1 and toks[boundary - 1].low == "arasında" \
            and _cue_at(toks, boundary, lex, before=h.head.type) is not None:
        # "Galatasaray ile Daikin arasında imzalanan işbirliği anlaşması": the status clause is
        # outside the description (session-7 adjudication), its place phrase names the parties
        party_stop = _party_phrase(toks, boundary - 1, pair)[0]
    if rel is not None:
        x_start, cue = rel
        start = toks[x_start].start
        link = cue.first - 1  # "ile" / "arasında"
        parties = _party_phrase(toks, link, pair)[0] if toks[link].low == "arasında" else ()
        m = _finish(body, toks, x_start - 1, x_start, h.last, start, _without_accusative(toks, h), h.head, False,
                    lex, dates, pair, "agreements.described", cue=cue, cue_side="before",
                    parties_hint=parties)
        if m is not None and cue.weak:
            m = attrs.evolve(m, bare=True)  # "Daikin ile yaptıkları anlaşma": maybe a named one again
        elif m is not None and clause_kept:
            m = attrs.evolve(m, later=True)  # "Meclis'te onaylanan plan": maybe an earlier one again
        return m, ()
    # trim leading connectors / postpositions
    while start_i < h.first and (toks[start_i].low in lex.connector or toks[start_i].low in lex.postp):
        start_i += 1
    measure_led = start_i < h.first and _is_number(toks[start_i])
    modifiers = [t.low for t in toks[start_i:h.first]]
    generic = not any(m not in lex.generic for m in modifiers)
    if generic and _opening_contract(toks, h):
        # "Sözleşmem 1+1 yıl olarak gözüküyor", "Sözleşmesini iptal etmek isteyen …": someone's
        # contract opening the sentence is one specific contract, kept even with no status verb
        # (article pools s23b spor-478, kultursanat-547 and s23c spor-481; each annotator)
        return _finish(body, toks, h.first - 1, h.first, h.last, toks[h.first].start, h.stem_end, h.head,
                       False, lex, dates, pair, "agreements.described"), ()
    if generic:
        # an umbrella mention: its parties (own sentence) go to the documents listed after it
        cue = _cue_after(toks, h.last, lex, dates=dates, head_type=h.head.type)
        if cue is not None and cue.status != "mentioned":
            parties = party_stop or _sentence_parties(toks, h.first, pair, adjacent_only=False)
            return _bare_mention(body, toks, h, start_i, cue, lex, dates, pair), parties
        ended = _ended_contract(toks, h, lex)
        if ended is not None:
            m = _bare_mention(body, toks, h, start_i, ended, lex, dates, pair)
            return (None if m is None else attrs.evolve(m, bare=False)), ()
        return None, ()
    start = toks[start_i].start
    stem_end = h.stem_end
    if (_i_form(h) and h.first - 1 >= 0
            and (toks[h.first - 1].low in lex.postp
                 or start_i < h.first - 1 and relative and clause_verb in (None, h.first - 1))):
        # "... ilişkin kararı kabul etti", "... tarafından verilen kararı onayladı": accusative,
        # not a compound: "karar" (but "... çıkacak faiz kararı" is one)
        stem_end -= 1
    cue, cue_side = _own_verb_cue(toks, h, start_i, lex,
                                  participle=next((k for k in (clause_verb, bir_participle, status_participle)
                                                 if k is not None), None))
    owner = None if with_owner else _genitive_owner(toks, start_i, h, lex)
    if owner is not None:
        start_i, start = owner, toks[owner].start  # "Kulüp hem | oyuncunun süresi daralan kontratını"
    specific = with_owner or paired or name_led or owner is not None or _framed(toks, h) \
        or _term_led(toks, start_i, h)
    m = _finish(body, toks, boundary, start_i, h.last, start, stem_end, h.head, False,
                lex, dates, pair, "agreements.described", require_cue=not specific,
                parties_hint=party_stop, cue=cue, cue_side=cue_side)
    if m is not None and measure_led and m.status != "mentioned":
        m = attrs.evolve(m, distinct=True)
    if m is not None and name_led:
        m = attrs.evolve(m, source=NAME_LED)  # sentence.py drops it where the name is a person's
    return m, ()


NAME_LED = "agreements.described_name"
BARE = "agreements.bare"  # the head alone with its status verb after it ("sözleşme imzalayacağız")
_COMPOUND_VOWEL = regex.compile(r"\As[ıiuü]")  # "anlaşması", "anlaşmasına"
_COMPOUND_CONSONANT = regex.compile(r"\A[ıiuü](?!m|n[ıiuü]z|z)")  # "protokolü", "planına"; not "planımız"


# the last word of a body's or scheme's name, itself compounded: "Ortaklığı", "Birliği", "Örgütü", "Programı"
_NAME_HEAD = regex.compile(r"\p{L}{3,}(?:[ıiuü]|s[ıiuü])\Z")


def _compounded(toks, h: _HeadMatch) -> bool:
    """The head is written in its compound form ("anlaşması", "protokolüne"), with no apostrophe."""
    head = toks[h.last]
    lemma = h.head.lemma
    if not head.low.startswith(lemma) or head.apos:
        return False
    compound = _COMPOUND_VOWEL if lemma[-1:] in "aeıioöuü" else _COMPOUND_CONSONANT
    return bool(compound.match(head.low[len(lemma):]))


# heads a city's name before them names: "Washington anlaşması", "Ankara mutabakatı", "Ankara protokolü"
_CITY_NAMED = frozenset({"agreement", "treaty", "memorandum", "protocol"})


def _name_run_before(toks, j: int, h: _HeadMatch, lex) -> Optional[int]:
    """First token of a run of capitalised words (with an inner "ve") that ends at ``toks[j]``, right
    before a head in its compound form ("Trans Atlantik Ticaret ve Yatırım Ortaklığı anlaşması",
    "Schengen anlaşmasına"); None when the head is not compounded or the run has an ending."""
    if j != h.first - 1 or h.first != h.last or h.head.type == "decision" or h.head.lemma == "program":
        return None  # a decision names its issuer (decisions.py); "Tarihin Arka Odası programı": a show
    if not _compounded(toks, h):
        return None
    k = j
    while k - 1 >= 0 and j - k < 7:
        prev = toks[k - 1]
        if prev.kind == "word" and prev.cap and not prev.apos and prev.low not in lex.stop:
            k -= 1
        elif prev.low == "ve" and k - 2 >= 0 and toks[k - 2].cap and not toks[k - 2].apos:
            k -= 1
        else:
            break
    if k == 0 or toks[k - 1].kind == "punct" and toks[k - 1].text in _QUOTE_TOKENS:
        k += 1  # a sentence's first word is as often its subject ("Hükümet …")
    if k > j or any(t.apos for t in toks[k:j + 1]) or toks[k].low == "ve":
        return None
    if j == k or not _NAME_HEAD.search(toks[j].low) or toks[j].low.endswith(("oğlu", "oglu")):
        return None  # "Bakan Ahmet Yılmaz planını", "Davutoğlu planı": a person's own plan, not a name
    return k


# the genitive after a vowel ("tarihinin", "oyuncunun"): after a consonant, "-In" is as often part of
# a noun ("yayın anlaşması", "ürün", "kadın")
_VOWEL_GENITIVE = regex.compile(r"\p{L}{2,}n[ıiuü]n\Z")


def _genitive_owner(toks, start_i: int, h: _HeadMatch, lex) -> Optional[int]:
    """A lower-case genitive in the description that owns a possessed contract head: right before it
    ("oyuncunun sözleşmesi") or before a two-word relative clause on it ("oyuncunun süresi daralan
    kontratı": session 23's third article pool, spor-477, both annotators).  Its index, else None."""
    for g in (h.first - 1, h.first - 3):
        if g < start_i or g < 0 or (toks[g].cap and g > 0) or not GENITIVE_WORD.search(toks[g].low) \
                or toks[g].low in _NO_OWNER or toks[g].low in lex.postp or toks[g].low in lex.stop \
                or toks[g].low.endswith(("ların", "lerin")):  # "oyuncuların sözleşmesi": each one's
            continue
        if g == h.first - 3 and not (_POSSESSED_NOUN.search(toks[g + 1].low)
                                     and _PARTICIPLE_AN.search(toks[g + 2].low)):
            continue
        if _owned_contract(toks, g, h):
            return g
    return None


_NO_OWNER = frozenset({"bunun", "şunun", "onun", "kimin", "herkesin", "hepsinin", "birinin", "hangisinin",
                       "bunların", "onların", "şunların", "bazılarının",  # no one owner named
                       "için", "karşın", "yakın", "altın", "akın", "sakın"})  # not genitives
_POSSESSED_NOUN = regex.compile(r"\p{L}{2,}s?[ıiuü]\Z")  # "süresi"
_PARTICIPLE_AN = regex.compile(r"\p{L}{2,}(?:y[ae]n|[ae]n)\Z")  # "daralan", "biten"


def _owned_contract(toks, j: int, h: _HeadMatch) -> bool:
    """``toks[j]`` (a genitive) owns a singular possessed contract head: one person's contract."""
    return h.head.type == "contract" and h.first == h.last and not _plural_head(toks, h) \
        and bool(_POSSESSED_HEAD.search(toks[h.last].low[len(h.head.lemma):])) and j < h.first


def _remaining_term(toks, h: _HeadMatch) -> Optional[int]:
    """First token of ``N yıl/sezon daha`` right before a possessed contract head ("1 yıl daha
    kontratı", "2 sezon daha sözleşmesi"), else None."""
    if h.head.type != "contract" or h.first != h.last or h.first < 3 or toks[h.first - 1].low != "daha":
        return None
    if not _POSSESSED_HEAD.search(toks[h.last].low[len(h.head.lemma):]):
        return None
    unit, number = toks[h.first - 2], toks[h.first - 3]
    if unit.kind != "word" or unit.low not in _TERM_UNITS or not _is_number(number):
        return None
    return h.first - 3


_TERM_UNITS = frozenset({"yıl", "sezon", "ay", "sene"})


# a negated bare -DIk participle, evaluative ("görülmedik", "yaşanmadık"), and its "eşi" / "benzeri"
_UNPRECEDENTED = regex.compile(r"\p{L}{2,}m[ae]d[ıi]k\Z")
_LIKE = frozenset({"eşi", "benzeri", "eşine", "benzerine"})


# a term before the head ("5 yıllık kalkınma planı", "4 yıllık sözleşme teklif etti", "2 sezon süreli"):
# one specific document even with no status verb (session 24: article pool 2, ekonomi-255, spor-71)
_TERM = regex.compile(r"(?:yıl|ay|sezon|hafta|gün|dönem)l[ıiuü]k\Z|süreli\Z")


def _term_led(toks, start_i: int, h: _HeadMatch) -> bool:
    """The description starts with a duration measure ("5 yıllık", "2+1 yıllık", "3 yıl süreli");
    not a "program" ("4 yıllık lisans programı", "3 yıllık program süresince": courses, schemes)."""
    return h.head.lemma != "program" and any(
        _TERM.search(toks[k].low) and _measure_start(toks, k) == start_i for k in range(start_i + 1, h.first))


# what a document in force frames: "… anlaşması çerçevesinde", "… anlaşması koşulları uyarınca"
# (NER-corpus pool; dev spor-536's "mevcut sözleşme koşullarıyla" is not reached: "mevcut" is a stop word)
_FRAMED_TYPES = frozenset({"agreement", "contract", "memorandum", "protocol", "treaty"})  # not "Sertifika
# programı kapsamında", "… belirlediği program uyarınca" (dev pool ekonomi-178, siyaset-523)
_FRAME = regex.compile(r"(?:çerçevesinde|uyarınca|gereğince|kapsamında|(?:koşul|şart|hüküm)l[ae]r)")


def _spaced_hyphen_pair(toks, j: int, head_i: int) -> bool:
    """``toks[j]`` is a hyphen written with spaces between two lower-case bare words inside the
    description ("üniversite - sanayi işbirliği"), or two capitalised ones ("Bakü - Tiflis - Ceyhan
    boru hattının", NER-corpus sentence pool ner-train-21853): a pair of nouns, not a dash."""
    if not 1 <= j < head_i - 1:
        return False
    left, right = toks[j - 1], toks[j + 1]
    return all(t.kind == "word" and not t.apos for t in (left, right)) and left.cap == right.cap \
        and left.end < toks[j].start and toks[j].end < right.start


def _framed(toks, h: _HeadMatch) -> bool:
    """A singular head in the compound form (no case ending) that frames what follows it: the
    document exists, so it is an item even with no status verb (``mentioned``)."""
    nxt = toks[h.last + 1] if h.last + 1 < len(toks) else None
    return nxt is not None and nxt.kind == "word" and bool(_FRAME.match(nxt.low)) \
        and not _plural_head(toks, h) and not h.suffix and h.head.type in _FRAMED_TYPES


def _parenthetical_before(toks, j: int) -> Optional[int]:
    """``toks[j]`` closes a short gloss of words ("(Teknokent)", "(NATO)") right after a word or a
    closing quote mark: the index of its opening parenthesis; else None."""
    for k in range(j - 1, max(j - 5, 0), -1):
        if toks[k].text == "(":
            inner = toks[k + 1:j]
            return k if inner and k >= 1 and all(t.kind in ("word", "num") for t in inner) \
                and (toks[k - 1].kind == "word" or toks[k - 1].text in _QUOTE_TOKENS) else None
        if toks[k].kind == "punct":
            return None
    return None


def _name_pair_before(toks, j: int, lex) -> int:
    """``Türkiye ile İtalya İçişleri Bakanlıkları arasındaki``: two runs of capitalised words (up
    to four each) joined by "ile" / "ve" right before ``toks[j]``; the index of the first one's
    first word, else ``j``."""
    k, runs = j - 1, 0
    while runs < 2:
        first = k
        while first >= 0 and toks[first].cap and toks[first].low not in lex.stop and k - first < 4:
            first -= 1
        if first == k:
            return j
        runs += 1
        if runs == 2:
            return first + 1
        if first < 1 or toks[first].low not in ("ile", "ve"):
            return j
        k = first - 1
    return j


def _plural_head(toks, h: _HeadMatch) -> bool:
    """The head word is plural ("anlaşmalar", "sözleşmeleri"): an umbrella, not one document."""
    return bool(regex.match(r"l[ae]r", toks[h.last].low[len(h.head.lemma):]))


_SCALES = frozenset({"bin", "milyon", "milyar", "trilyon"})
_DAKI = frozenset({"daki", "deki", "taki", "teki"})
_MASI = regex.compile(r"m[ae]s[ıi]\Z")  # a verbal noun in the nominative: "sonuçlanması"

# Case endings that scraping cut off their word ("Tofaş ta sözleşmenin …", dev ekonomi-585;
# "Euro\n\n'luk mukaveleye", "Fenerbahçe\n\n'nin sözleşme …", dev pool spor-381, -431).
_LONE_ENDINGS = frozenset({"ta", "te", "tan", "ten", "dan", "den", "nin", "nın", "nun", "nün", "ın", "in",
                           "un", "ün", "ya", "ye", "yı", "yi", "yu", "yü", "yla", "yle", "luk", "lük",
                           "lık", "lik"})


def _detached_suffix(toks, j: int) -> bool:
    """``toks[j]`` is a case ending apart from its word: after an apostrophe that stands alone,
    or a bare ending after a capitalised word."""
    tok, before = toks[j], toks[j - 1] if j else None
    if before is None:
        return False
    if before.kind == "punct" and before.text in _APOS and before.end == tok.start:
        return True
    return tok.low in _LONE_ENDINGS and before.cap


def _bare_mention(body, toks, h: _HeadMatch, start_i: int, cue, lex, dates, pair) -> Optional[_Mention]:
    """``Oyuncunun yarın sözleşme imzalayacağı belirtildi``: a singular head with nothing before
    it and its status verb after it (not a negated one), as written without a case ending (a possessive stays); flagged ``bare``
    (kept only in an article that names no document otherwise: document.py)."""
    if start_i != h.first or h.first != h.last or _plural_head(toks, h) or h.head.lemma == "program":
        return None  # plurals are umbrellas; a bare "program" is a broadcast or a course as often as a plan
    before = toks[h.first - 1] if h.first else None
    if before is not None and (before.kind == "num" or _is_number(before) or (before.kind == "word" and (
            before.low in _QUANTIFIERS or (before.cap and not before.apos and h.first - 1 > 0
                                            and before.low not in lex.adverb) or before.low == "ile"
            or _comitative(before)))):
        # "her kararı onaylatmak", "çok sayıda anlaşma", "3 anlaşma": no one document; "Telegol
        # programı": a name's; "kaleci ile sözleşme imzaladı": the comitative leaves the bare head
        # optional (ANNOTATION.md, round 5)
        return None
    if _cue_before(toks, h.first, lex, h.head.type) is not None:
        return None  # "Geçen yıl imzalanan anlaşma": the clause's wording is the item (_status_clause)
    end = h.stem_end + len(_POSSESSIVE.match(h.suffix).group()) if not toks[h.last].apos else h.stem_end
    m = _finish(body, toks, h.first - 1, h.first, h.last, toks[h.first].start, end, h.head, False,
                lex, dates, pair, BARE, cue=cue, cue_side="after")
    return None if m is None else attrs.evolve(m, bare=True)


def _ended_contract(toks, h: _HeadMatch, lex) -> Optional[_Cue]:
    """``Sözleşmesi sona eren Castellani``, ``mukavelesi sona ermişti``: someone's contract (a
    possessed head) right before a verb of its end (``ended`` in the verbs file) is one specific
    contract, only mentioned, kept even in an article that names other documents (round 41 dev
    spor-456, -485).  The verb as a ``mentioned`` cue, or None."""
    if h.head.type != "contract" or not _POSSESSED_HEAD.search(toks[h.last].low[len(h.head.lemma):]):
        return None
    for words in lex.ended:
        last = h.last + len(words)
        if last < len(toks) and all(toks[h.last + 1 + k].low == w for k, w in enumerate(words[:-1])) \
                and toks[last].low.startswith(words[-1]):
            if last + 1 < len(toks) and _PLURAL_AFTER.match(toks[last].low[len(words[-1]):]) \
                    and regex.search(r"\p{L}l[ae]r", toks[last + 1].low):
                return None  # "sözleşmesi sona eren futbolcular": each one's contract, no one document
            return _Cue(first=h.last + 1, last=last, status="mentioned")
    return None


def _opening_contract(toks, h: _HeadMatch) -> bool:
    """A singular possessed contract head ("Sözleşmesi", "Sözleşmem", "Kontratını") with only
    punctuation before it in its sentence.  Not one later in a sentence: "takımda sözleşmesi
    biten birçok oyuncu" is each one's, and annotators leave those optional."""
    stem = h.head.stems[-1]
    return (h.head.type == "contract" and h.first == h.last and stem != h.head.lemma
            and not regex.search(r"l[ae]r", stem[len(h.head.lemma):])
            and all(t.kind == "punct" for t in toks[:h.first]))


_PLURAL_AFTER = regex.compile(r"(?:[ae]n|[ıiuü]?len)\Z")  # a participle before a plural noun
_POSSESSED_HEAD = regex.compile(r"\A(?:s?[ıiuü](?:n[ıi])?|m|n)\Z")  # sözleşme-si, -sini, kontrat-ı, sözleşme-m


_QUANTIFIERS = frozenset({"her", "hiçbir", "bazı", "birçok", "çoğu", "tüm", "bütün", "hangi", "herhangi", "sayıda"})
_POSSESSIVE = regex.compile(r"(?:s?[ıiuü](?!n[ae]|n[dt][ae]|yl[ae]))?")  # "sözleşmesi", not "sözleşmesine"


def _i_form(h: _HeadMatch) -> bool:
    """The head was matched in its -I form ("kararı", "protokolü"): a compound marker or an
    accusative ending after a consonant-final lemma."""
    stem = h.head.stems[0] if len(h.head.stems) == 1 else ""
    return h.head.lemma[-1:] not in "aeıioöuü" and stem == h.head.lemma + stem[-1:] and stem[-1:] in "ıiuü"


def _without_accusative(toks, h: _HeadMatch) -> int:
    """The end of a bare head after its clause without an accusative ending: "… için
    hazırlanan protokolü açıkladı" -> "protokol" (after a participle the head is no
    compound, so its -I is the accusative)."""
    return h.stem_end - 1 if h.first == h.last and _i_form(h) else h.stem_end


def _after_postposition(toks, j: int, lex) -> bool:
    """``toks[j]`` ("bir", "yeni") stands, maybe with the other, right after a postposition."""
    k = j - 1
    while k >= 0 and toks[k].low in ("bir", "yeni") and j - k < 3:
        k -= 1
    return k >= 0 and toks[k].low in lex.postp


def _counterparty_clause(toks, boundary: int, start_i: int, h: _HeadMatch, lex, dates=()):
    """``ESK ile imzalanan protokol``: a bare head after a cue participle whose ``X ile`` /
    ``X arasında`` names the counter-party (ANNOTATION-notes-E: the relative clause is kept
    when the head would otherwise be bare).  Returns (first token of X, the cue) or None."""
    if boundary < 2 or boundary != start_i - 1:
        return None
    cue = _cue_at(toks, boundary, lex, before=h.head.type)
    if cue is None or cue.last != boundary or cue.first != boundary:
        return None
    link = toks[boundary - 1]
    if link.kind == "word" and link.cap and link.apos and _comitative(link) and start_i == h.first:
        # "Yılmaz'la yaptıkları protokol" (session 44's NER-corpus long stories): the name in the
        # comitative, as "X ile"
        x = boundary - 1
        while x - 1 >= 1 and toks[x - 1].cap and not toks[x - 1].apos and boundary - 1 - x < 3:
            x -= 1
        return x, cue
    if link.kind != "word" or link.low not in ("ile", "arasında"):
        return None
    if start_i != h.first:
        return None  # "X ile imzalanan kredi anlaşması": the clause is outside a non-bare description
    x = boundary - 2
    if toks[x].kind != "word" or _is_verb_form(toks[x], lex) or toks[x].low in lex.stop:
        return None
    if toks[x].cap:  # a name of up to three words; a sentence-initial word is the subject
        while x - 1 >= 1 and toks[x - 1].cap and boundary - 2 - x < 3:
            x -= 1
    if link.low == "arasında":
        x = _first_party_of_pair(toks, x)
        if not toks[x].cap:
            # "Washington'da iki Irak'lı Kürt lideri arasında varılan anlaşma": parties named by a
            # common noun; the clause's own arguments go with it (NER-corpus pool)
            first = clause_start(toks, boundary, lex, dates)
            x = min(x, first) if first is not None else x
    return x, cue


def _status_clause(toks, boundary: int, h: _HeadMatch, lex, dates):
    """``İran’ın Ramsar şehrinde imzalanan anlaşma``: a status-cue participle right before a
    bare head keeps its clause, arguments included (``ANNOTATION.md``: the session-7
    adjudication of notes E; dev kultursanat-87).  (first token, the cue) or None."""
    if boundary < 1 or boundary != h.first - 1:
        return None
    if toks[boundary].low in ("bir", "bu"):
        # "2 Eylül tarihinde aldığı bir karar" (NER-corpus pool), "alınan bu karara … itiraz etmişti"
        boundary -= 1  # (session 25's NER-corpus test-file pool, ner-test-2026)
        if boundary < 1:
            return None
    cue = _cue_before(toks, boundary + 1, lex, h.head.type)  # also of two words: "imza koyduğu"
    if cue is None:
        status = _decision_participle(toks[boundary], h)  # "… aldığı karar"
        cue = None if status is None else _Cue(first=boundary, last=boundary, status=status)
    if cue is None or cue.last != boundary:
        return None
    if h.head.lemma == "program" and _BROADCAST.match(toks[boundary].low):
        return None  # "naklen yayınlanan bir program" (session 41's NER-corpus round): a broadcast
    first = clause_start(toks, cue.first, lex, dates)
    if first == 0 and h.head.lemma == "program":
        return None  # "Piyanist … ’nün hazırladığı programda": a concert's (dev pool kultursanat-172)
    if first is None or first >= 1 and _in_date(toks[first - 1], dates):
        first = _date_before(toks, cue.first if first is None else first, dates)
        if toks[boundary].cap or not (first == 0 or _alone_after(toks, first)) or _plural_head(toks, h) or h.head.lemma == "program":
            return None  # "yayımlanan programlar", "… hazırladığı programda": broadcasts, concerts
        # "Meclis aldığı kararı değiştiremez", "Meclis, verdiği karardan …", "Rusya Merkez Bankası
        # 2 Eylül tarihinde aldığı bir karar" (NER-corpus pool): the participle and its date are
        # the whole clause; as a bare head, maybe a later wording of a named one
        return first, attrs.evolve(cue, weak=True)
    if first >= 1 and toks[first - 1].low in lex.demonstrative:
        first -= 1  # "bu konuda imzalanan anlaşmalar"
    return first, cue


_BROADCAST = regex.compile(r"ya(?:yın|yım)la")  # "yayınlanan", "yayımladığı": a programme on air


def _date_before(toks, j: int, dates) -> int:
    """The first token of a date (and a "tarihinde" after it) right before ``toks[j]``, else ``j``."""
    k = j - 1
    if k >= 1 and toks[k].low.startswith("tarih") and _in_date(toks[k - 1], dates):
        k -= 1
    if k < 0 or not _in_date(toks[k], dates):
        return j
    return date_run_start(toks, k, dates)


def _alone_after(toks, j: int) -> bool:
    """The clause starting at ``toks[j]`` has only the sentence's subject or a comma before it (the
    sentence start is tested by the caller: "Geçen yıl imzalanan anlaşma" is as often an earlier
    document's, so it is kept flagged ``bare``)."""
    if j < 1:
        return False
    before = toks[j - 1]
    return before.kind == "punct" and before.text == "," or before.cap and (
        j - 1 == 0 or toks[j - 2].kind == "punct" or toks[j - 2].cap)


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
