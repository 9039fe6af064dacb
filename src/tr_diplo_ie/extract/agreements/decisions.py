"""Described decisions made with a compound "kararı" and al-/ver-/çık- ("... tutma kararı
aldı") or with "yönünde karar al-" ("... zam yapmama yönünde karar aldı"): the clause before
the head is the decision's content."""

from __future__ import annotations

from typing import Optional

import regex

from ...titles import is_title
from .cues import _DECISION_PARTICIPLE, _cue_after, _cue_before
from .heads import _HeadMatch
from .mention import _Mention
from .spans import _in_date, _name_of, _overlaps, date_run_start
from .tokens import (_QUOTE_TOKENS, _VERBAL_NOUN, _is_verb_form, cites_number, common_ending, opening_mark,
                     quoted_title_before, sentence_initial)


# "... tutma kararı aldı", "... destek kararı çıktı": a decision taken (adopted)
DECISION_VERBS = ("al", "ver", "çık")
# a noun with a compound marker (and maybe a case): "süreci", "e-muhtırasıyla"
_DATE_HEAD = regex.compile(r"(?<!m[ae]y)s?[ıiuü](?:n[ıiuü]n|yl[ae]|n[ae]|nd[ae]|nd[ae]n)?\Z")  # not a verbal noun "-mAyI"
_GENITIVE = regex.compile(r"[ıiuü]n\Z")
_PARTICIPLE = regex.compile(r"(?:[ae]n|[ıiuü]ğ[ıiuü]|[ae]c[ae]ğ[ıiuü])\Z")
# A noun after a participle that heads an adverbial, not the decision's content: a time noun
# (lexicon kind time_noun: "gittiği gün") or a locative ("yargılandığı davada").
_LOCATIVE = regex.compile(r"\p{L}{3,}[dt][ae]\Z")
_ABLATIVE = regex.compile(r"[dt][ae]n\Z")  # "sahibinden" is no participle
# a verbal noun that a locative before it may modify: "eylem yapma", "ilişkilerin dondurulması"
_VERBAL_NOUN_END = regex.compile(r"m[ae](?:s[ıi])?(?:n?[ae]|n[ıi]|y[ae]|y[ıi])?\Z")  # (yapmama, artırılmasına)
_VOWEL_T_A = regex.compile(r"[aeıioöuü]t[ae]\Z")  # "galibiyete": a dative, not a locative
_PARTICIPLE_AN = regex.compile(r"[ae]n\Z")  # "alınan", "veren", "çıkan"
_ARAK = regex.compile(r"\p{L}{2,}y?[ae]r[ae]k\Z")  # the converb -(y)ArAk: "güçlendirerek", "kullanarak"
_KEN = regex.compile(r"\A(?!erken\Z)\p{L}{2,}ken\Z")  # the converb -(y)ken: "varken", "alınmışken" (not "erken")
_UNTIL_CONVERB = regex.compile(r"[ıiuü]nc[ae]y[ae]\Z")  # "verinceye (kadar)"
# a nominalised verb in the dative before "dair"/"ilişkin": "açıklayacağına", "olduğuna"
_NOMINAL_DATIVE = regex.compile(r"(?:[dt][ıiuü]ğ|[ae]c[ae]ğ|m[ae]s)[ıiuü]n[ae]\Z")
# a negated light verb after "karar": "almadı", "çıkmamıştır", "alamadı"
_NEGATED = regex.compile(r"(?:al|çık)(?:[ae]m[ae]|m[ae])(?!s[ıi]|k\b|y[ae]|l[ıi])")


# "... zam yapmama yönünde karar aldı", "bu yönde bir karar aldı": the content comes before a
# direction postposition (lexicon kind direction), with a bare "karar" (dev ekonomi-344, siyaset-580)
def _after_direction(toks, h: _HeadMatch, lex) -> bool:
    k = h.first - 1
    if k >= 1 and toks[k].low == "bir":
        k -= 1
    if k >= 1 and toks[k].low == "yeni":
        k -= 1  # "… inşa edilmesi yönünde yeni bir karar alındı" (NER-corpus pool)
    if k >= 1 and toks[k].low == "için" and _MASI_END.search(toks[k - 1].low):
        return True  # "seçimlerin bir arada yapılması için karar alındı" (session 41's NER-corpus round):
        # what is to be done, not a purpose clause ("katkı sunmak için | … karar")
    return k >= 0 and toks[k].kind == "word" and toks[k].low in lex.direction


_MASI_END = regex.compile(r"\p{L}m[ae]s[ıi]\Z")  # "yapılması", "kapatılması"


def _decision_mention(body, toks, h: _HeadMatch, lex, dates) -> Optional[_Mention]:
    """A described decision: the clause before a compound "kararı" followed by al-/ver-/çık-,
    or before a bare "karar" after a direction postposition ("... yönünde karar aldı", "bu
    yönde bir karar verdi").

    The span runs back from the head to a comma, colon, quote mark, sentence start, a
    finite verb, the end of a conditional clause ("takdirde", "halinde") or a time
    expression (a date that modifies a noun, "28 Şubat süreci", stays inside); at most 14
    tokens.  Status ``adopted``.
    """
    if h.head.type != "decision" or h.first != h.last:
        return None
    nxt = toks[h.last + 1] if h.last + 1 < len(toks) else None
    if nxt is None or nxt.kind != "word" or not nxt.low.startswith(DECISION_VERBS) \
            or _ACCUSATIVE.search(toks[h.last].low):
        return _referred_decision(body, toks, h, lex, dates)
    if toks[h.last].low[len(h.head.lemma):] not in ("ı", "i", "sı", "si") \
            and not (_after_direction(toks, h, lex)
                     and (nxt.low.startswith(("al", "çık")) or toks[h.first - 1].low == "bir")):
        # "... yönünde karar aldı", "... konusunda karar çıktı", "bu yönde bir karar verdi";
        # not the verbal "... yönünde karar verdi" of a court (ANNOTATION: optional at most)
        return None
    if _NEGATED.match(nxt.low):
        return None  # "... konusunda karar çıkmamıştır": no decision was taken
    first = _after_issuer(toks, h, lex)
    before = toks[first - 1] if first >= 1 else None
    quoted = _quoted_name_start(toks, h, lex, dates)
    if quoted is not None:
        start, end = toks[quoted].start, h.stem_end  # '"erken seçim" kararı alan parlamento'
        return _Mention(start=start, end=end, name=_name_of(body[start:end]), type=h.head.type,
                        status=_light_verb_status(toks, h.last + 1, lex), named=False, date=None, parties=(),
                        source="agreements.decision")
    if before is None or before.kind != "word" or (before.cap and not _capital_of_position(body, toks, first - 1)) \
            or (before.low in lex.stop and not _after_direction(toks, h, lex)):
        return None  # ... but "Çekilme kararı aldı" opens a sentence with its content
    # the light verb is a relative or adverbial clause's own ("kararı alınan toplantı", "karar alınmışken")
    clause_verb = bool(_PARTICIPLE_AN.search(nxt.low) or _KEN.search(nxt.low))
    start_i = _content_start(toks, h, lex, dates, first, clause_verb, body)
    if start_i == first:
        return None
    start, end = toks[start_i].start, h.stem_end
    return _Mention(start=start, end=end, name=_name_of(body[start:end]), type=h.head.type,
                    status=_light_verb_status(toks, h.last + 1, lex), named=False, date=None, parties=(), source="agreements.decision")


# the compound marker of "karar", then maybe a case: "kararı", "kararının", "kararına", "kararıyla"
_REFERRED_FORM = regex.compile(r"\A(?:l[ae]r)?[ıi](?:n[ıi]n|n[ıi]|n[ae]|nd[ae]|nd[ae]n|yl[ae])?\Z")
_VERBAL_NOUN_LEFT = regex.compile(r"\p{L}{2,}m[ae](?:s[ıi])?\Z")  # "vermeme", "açıklanması"
_ACCUSATIVE = regex.compile(r"[ıi]n[ıi]\Z")  # "kararını": the decision as the verb's object
_APOS_GENITIVE = frozenset({"ın", "in", "un", "ün", "nın", "nin", "nun", "nün"})
_COURT = regex.compile(r"(?:mahkeme|yargıtay|danıştay|aihm|aym|dairesi|dgm)")
# what only a court or prosecutor decides: warrants, detention, release ("gıyabi tutuklama kararı",
# "yakalama kararı", "tahliye kararı"; dev pool teknoloji-520, NER-corpus pool)
_JUDICIAL = regex.compile(r"(?:gıyabi|mahkumiyet|mahkûmiyet|tutukluluk|tutuklama|yakalama|gözaltı|tahliye|beraat|onama|onanma|kovuşturma|takipsizlik|idam|yargılama)\w*\Z")


def judicial(toks, m) -> bool:
    """A decision mention that is a court's or prosecutor's ruling (``ANNOTATION.md``: optional at
    most): a court or a judicial act inside it, or a court's genitive right before it, across a
    quote mark ('Yargıtay'ın vereceği karar', 'Yargıtay'ın "… ilgili kararı"', 'beraat kararı
    verilmesi'; NER-corpus pool)."""
    if m.type != "decision":
        return False
    inside = [t for t in toks if m.start <= t.start < m.end]
    prior = [t for t in toks if t.end <= m.start]
    before = prior[-2:]
    if before and before[-1].kind == "punct" and before[-1].text in _QUOTE_TOKENS:
        before = before[:-1]
    else:
        before = before[-1:]
    owner = [t for t in before if t.apos and t.apos_suffix in _APOS_GENITIVE]
    if len(inside) >= 2 and inside[-2].low == "ara":
        return True  # "24 Nisan'da verilen ara karar": a court's interim ruling (dev pool ekonomi-209)
    return any(_judicial_word(t) or t.low.startswith("savcılı") for t in inside + owner + _own_clause(prior)) \
        or _court_gives(toks, prior, m)


def _court_gives(toks, prior, m) -> bool:
    """The decision's light verb ``ver-`` / ``çık-`` follows it and a court is its agent earlier in the
    sentence, as the subject or in the ablative ("Anayasa Mahkemesi, türban konusunda gereken kararı
    verdi", "mahkemeden … ödenmesi konusunda karar çıktığını": session 25's NER-corpus pools)."""
    after = next((t for t in toks if t.start >= m.end), None)
    if after is None or after.kind != "word" or not after.low.startswith(("ver", "çık")):
        return False
    for t in prior[-15:]:
        if t.kind != "word" or not _COURT.match(t.low):
            continue
        if _ABLATIVE.search(t.low) or t.apos and t.apos_suffix in ("dan", "den", "tan", "ten"):
            return True  # "mahkemeden … karar çıktı"
    # "Anayasa Mahkemesi, …": the subject, a capitalised name opening the sentence before a comma
    k = 0
    while k < len(prior) and k < 4 and prior[k].cap and not prior[k].apos:
        k += 1
    return 0 < k < len(prior) and prior[k].text == "," and _COURT.match(prior[k - 1].low) is not None


def _own_clause(prior) -> list:
    """The words of the decision's own participle clause left outside the mention ("… adil yargılama
    koşullarına riayet edilmeksizin verilen | keyfi kararlar": session 24, dev pool siyaset-248), back
    to punctuation, at most ten, from ``prior`` (the sentence's tokens before the mention); [] when no
    such participle stands right before it."""
    if not prior or prior[-1].kind != "word" or not _DECISION_PARTICIPLE.match(prior[-1].low):
        return []
    out = []
    for t in reversed(prior[-11:-1]):
        if t.kind != "word":
            break
        out.append(t)
    return out


# the first person singular of a decision's own light verb: "görevi bırakma kararı aldım", "verdiğim
# kararı" (session 23's article pools, siyaset-221, kultursanat-566): one person's choice
_FIRST_SINGULAR = regex.compile(r"\A(?:al|ver)(?:[dt][ıi]m|[ae]c[ae]ğ[ıi]m|[dt][ıi]ğ[ıi]m|[ıi]yorum)\Z")


def _indices_inside(toks, m) -> list[int]:
    """The indices of the tokens that start inside mention ``m``."""
    return [i for i, t in enumerate(toks) if m.start <= t.start < m.end]


def personal(toks, m, lex) -> bool:
    """A decision mention that is one person's choice (``ANNOTATION.md``: no item): its topic, the
    word right before the head, is about a person's own life (``personal`` in the heads resource:
    "ayrılık kararı verdi"), or its light verb, right before or after it, is in the first person
    singular ("… kararı aldım", "verdiğim karar")."""
    if m.type != "decision":
        return False
    inside = _indices_inside(toks, m)
    if not inside:
        return False
    first, last = inside[0], inside[-1]
    if last >= 1 and toks[last - 1].low in lex.personal and toks[last - 1].start >= m.start:
        return True
    if last >= 2 and f"{toks[last - 2].low} {toks[last - 1].low}" in lex.personal and toks[last - 2].start >= m.start:
        return True  # "kramponlarını asma kararı aldı"
    near = [toks[i] for i in (first - 1, last - 1, last + 1) if 0 <= i < len(toks)]
    return any(t.kind == "word" and _FIRST_SINGULAR.match(t.low) for t in near)


def person_owned(toks, m, persons) -> bool:
    """A decision whose owner, in the genitive right before it or opening it, is a person (NER): one
    person's choice ("Ecevit'in kararı", session 25's NER-corpus test-file pool ner-test-1538;
    ``ANNOTATION.md``: a leader's choice is optional at most)."""
    if m.type != "decision" or not persons:
        return False
    inside = _indices_inside(toks, m)
    if not inside:
        return False
    near = ([inside[0] - 1] if inside[0] >= 1 else []) + inside[:1]
    return any(toks[i].apos and toks[i].apos_suffix in _APOS_GENITIVE
               and any(_overlaps(toks[i].start, toks[i].word_end, a, b) for a, b in persons) for i in near)


# the electorate in the genitive: "halkın", "milletimizin", "seçmenlerin", "vatandaşın", "(milli) iradenin"
_ELECTORATE = regex.compile(r"\A(?:halk|millet|seçmen|vatandaş)\p{L}*[ıiuü]n\Z")


def electoral(toks, m) -> bool:
    """A decision mention owned by the electorate ("Halkın verdiği karar", "milli iradenin kararı",
    "seçmenlerin vereceği karar"): an election's result, which annotators leave optional or out,
    never required (session 23-24 article pools siyaset-252, -116, -215, -55; session 25's
    NER-corpus sentence pool ner-train-22249: seven annotators)."""
    if m.type != "decision":
        return False
    near = _indices_inside(toks, m)
    if not near:
        return False
    near = ([near[0] - 1] if near[0] >= 1 else []) + near
    for i in near:
        tok = toks[i]
        if tok.kind != "word":
            continue
        if _ELECTORATE.match(tok.low) or (tok.low in ("iradenin", "iradesinin") and i >= 1
                                          and toks[i - 1].low in ("milli", "millî", "ulusal")):
            return True
    return False


# a light verb in the infinitive: "En doğru kararı almak, …" (session 23's third article pool,
# siyaset-358): a decision to be taken some day, hypothetical (ANNOTATION.md: optional at most)
_INFINITIVE_LIGHT = regex.compile(r"\A(?:al|ver)(?:[ae]bil)?m[ae]k\Z")


def hypothetical(toks, m) -> bool:
    """A decision mention whose own light verb, right after it, is an infinitive ("en doğru kararı
    almak") or heads a degree clause ("karar verecek kadar"), or whose direction names no content
    ("şu veya bu yönde karar", "hangi yönde karar")."""
    if m.type != "decision":
        return False
    after = [t for t in toks if t.start >= m.end][:2]
    if after and after[0].kind == "word" and _INFINITIVE_LIGHT.match(after[0].low):
        return True
    if len(after) == 2 and after[1].low == "kadar" and after[0].kind == "word" \
            and after[0].low.startswith(DECISION_VERBS):
        return True  # "bu konu hakkında bir karar verecek kadar çok şey bilmiyorum" (session 44's
        # NER-corpus long stories): a degree clause, no decision
    # "şu veya bu yönde karar alındı (açıklamalarına itibar etmeyiniz)" (session 23's third article
    # pool, siyaset-159; also siyaset-26, -358 of the dev pool); but "bu yönde karar" refers to a
    # direction stated before (NER-corpus pools: an item)
    words = [t.low for t in toks if m.start <= t.start < m.end]
    return len(words) >= 3 and words[-2] == "yönde" and (words[-3] == "hangi" or words[-5:-2] == ["şu", "veya", "bu"])


def _judicial_word(tok) -> bool:
    return bool(_COURT.match(tok.low) or _JUDICIAL.match(tok.low))


def _referred_decision(body, toks, h: _HeadMatch, lex, dates) -> Optional[_Mention]:
    """A decision referred to with no light verb of its own, as one in force, named by its issuer
    or its content: "Meclis kararı", "Bakanlar Kurulu kararı", "Fitch'in not artırımı kararı",
    "raporun açıklanması kararı", "… yapılmasına ilişkin Meclis kararının" (dev ekonomi-105; NER-corpus
    pool).  Status ``adopted``; None when a status verb governs the mention (the described path reads
    it) or nothing names the decision.  A lone issuer at a sentence's start ("Meclis kararı ile …",
    dev siyaset-349; "Fitch kararıyla", ekonomi-108) is one only when the article writes it
    capitalised inside a sentence too (not "Faiz kararı bekleniyor")."""
    head = toks[h.first]
    if h.first == 0 or not _REFERRED_FORM.match(head.low[len(h.head.lemma):]):
        return None
    if toks[h.first - 1].kind == "word" and _DECISION_PARTICIPLE.match(toks[h.first - 1].low):
        return None  # "Eğitim Bakanlığı'nın aldığı kararı": its own participle, a status clause (described.py)
    nxt = toks[h.last + 1] if h.last + 1 < len(toks) else None
    if _ACCUSATIVE.search(head.low) and (head.low.startswith(h.head.lemma + "lar") or nxt is None
                                         or nxt.kind != "word" and nxt.text != ","
                                         or _PARTICIPLE.search(nxt.low) and not _KEN.search(nxt.low)):
        return None  # "satın alma kararlarını", "… satın alma kararını etkileyen faktörler" (dev
        # ekonomi-266): consumers' decisions, no one document; but an object fronted before a comma
        # is one ("Ankara'nın … büyükelçi düzeyine çıkarma kararını, … açıklamasından öğrendi",
        # session 41's NER-corpus agreements round)
    if _cue_before(toks, h.first, lex, h.head.type) is not None or _cue_after(toks, h.last, lex, dates=dates) is not None:
        return None
    if head.cap:  # a title's head, but "24 Ocak Kararları" (dev siyaset-238)
        start_i = _date_named(toks, h, lex, dates)
        if start_i is None:
            start_i = _body_named(toks, h, lex)
    else:
        start_i = _quoted_name_start(toks, h, lex, dates)  # 'BM'nin "ateş kes" kararı'
        if start_i is None:
            start_i = _named_by(body, toks, h, lex, dates)
    if start_i is None:
        return None
    if start_i >= h.first or any(_judicial_word(t) for t in toks[max(start_i - 1, 0):h.first]):
        return None  # a court's ruling ("mahkeme kararı", "Mahkemesi'nin kısıtlama kararı", "yakalama
        # kararı"): optional at most
    expected = nxt is not None and nxt.kind == "word" and nxt.low.startswith(tuple(lex.modal)) \
        and bool(regex.fullmatch(r"(?:l[ae]r)?[ıi]", head.low[len(h.head.lemma):]))  # not "kararlarında hedeflenen"
    start, end = toks[start_i].start, h.stem_end
    status = "planned" if expected else "adopted"  # "YPK kararı bekleniyor"
    if cites_number(toks[h.first - 1]) and head.low in ("kararı", "karari") \
            and not any(t.apos and t.apos_suffix in _APOS_GENITIVE for t in toks[start_i:h.first]):
        end -= 1  # "1194 sayılı kararı iptal etmek": no compound after a citation, the -I is the accusative
    return _Mention(start=start, end=end, name=_name_of(body[start:end]), type=h.head.type,
                    status=status,
                    named=head.cap, date=None, parties=(), source="agreements.decision_referred")


def _named_by(body, toks, h: _HeadMatch, lex, dates) -> Optional[int]:
    """The first token of what names a referred decision: its issuer ("Meclis kararı"), an
    owner's genitive ("BM'nin kararı") or its content ("… vergi vermeme kararı"); else None."""
    left_i = h.first - 1
    left = toks[left_i]
    dated = _date_named(toks, h, lex, dates)
    if dated is not None:
        return dated  # "17 Ağustos kararları", "5 Nisan ekonomik kararları" (NER-corpus pools)
    if left.kind == "word" and _in_date(left, dates) and _DATE_KI.search(left.low):
        d = date_run_start(toks, left_i, dates)
        owner = toks[d - 1] if d >= 1 else None
        if owner is not None and owner.kind == "word" and owner.cap and owner.apos \
                and owner.apos_suffix in _APOS_GENITIVE:
            return _owner_name_start(toks, d - 1, lex)  # "AP'nin geçen haftaki kararı" (session 41's
            # NER-corpus round): the owner's decision of that time
    if left.kind != "word" or left.low in lex.stop or _in_date(left, dates):
        return None
    k = _issuer_run_before(toks, left_i, lex)
    if _BODY_GENITIVE.match(left.low) and not left.apos and not toks[h.first].low.startswith("kararlar"):
        # "Parlamentonun kararı", "seçici kurulun kararı" (NER-corpus pool; article pool s24b
        # kultursanat-477): the body's genitive names it, with one lower-case word before it and an
        # owner coordinated with it ("siyasi parti guruplarının ya da hükümetin kararı", dev siyaset-109)
        start_i = _modifier_before(toks, left_i, lex)
        k = start_i - 1
        if k >= 1 and toks[k].low == "da" and toks[k - 1].low == "ya":
            k -= 1
        if k >= 1 and toks[k].low in ("ya", "ve", "veya") and toks[k - 1].kind == "word" \
                and _GENITIVE.search(toks[k - 1].low):
            start_i = _modifier_before(toks, k - 1, lex)
    elif k < left_i:  # an issuer: "Meclis kararı", "… ilişkin Bakanlar Kurulu kararı"
        start_i = k + 1
        if (k < 0 or toks[k].kind == "punct" and toks[k].text not in ",;") and start_i == left_i \
                and not left.word.isupper() \
                and not _name_elsewhere(body, left) and not _VERBAL_NOUN_LEFT.search(left.low) \
                and not (_BODY.search(left.low) and not _light_verb_next(toks, h)):
            return None  # "Faiz kararı bekleniyor": a common noun capitalised by its place (not after a
            # comma: "… raporu, Kongre kararıyla açıklandı", NER-corpus pool); but
            # "Meclis kararı ile …" (dev siyaset-349), "Fitch kararıyla …" (ekonomi-108): names, and a
            # council or assembly is one even where the article names it only there ("Meclis kararı
            # gereği, … denizci … gidecek", the UD treebank pool's BOUN news_1427; not "Kurultay kararını
            # verdi", a figure of speech that the annotator of article pool s23b siyaset-492 left out);
            # "Yasaklama kararının, …" (NER-corpus pool): a verbal noun is the content
        if k >= 0 and toks[k].kind == "word" and _PARTICIPLE.search(toks[k].low) and not _ABLATIVE.search(toks[k].low):
            return None  # "… değişiklik öngören Bakanlar Kurulu kararı" (dev ekonomi-574): a relative
            # clause whose extent this path does not find
        if k >= 0 and toks[k].kind == "word" and toks[k].low in lex.postp:
            start_i = min(start_i, _content_start(toks, h, lex, dates, k + 1, body=body))
        start_i = _number_cited(toks, start_i, dates)  # "98/11158 sayılı Bakanlar Kurulu kararı" (NER-corpus pool)
    elif (left.low == "tarihli" or cites_number(left)) and _number_cited(toks, h.first, dates) < h.first:
        start_i = _number_cited(toks, h.first, dates)  # "1194 sayılı karar" (NER-corpus pool ner-train-5011),
        owner = toks[start_i - 1] if start_i >= 1 else None  # "Güvenlik Konseyi'nin 1194 sayılı kararı"
        if owner is not None and owner.cap and owner.apos and owner.apos_suffix in _APOS_GENITIVE:
            start_i = _owner_name_start(toks, start_i - 1, lex)
    elif left.apos and left.apos_suffix in _APOS_GENITIVE:
        start_i = _owner_name_start(toks, left_i, lex)  # "BM'nin kararı", "Milli Savunma Bakanlığı'nın kararı"
    elif _VERBAL_NOUN_LEFT.search(left.low) or left.low in lex.postp or any(
            toks[g].apos and toks[g].apos_suffix in _APOS_GENITIVE for g in range(max(0, left_i - 2), left_i)):
        # the content: "… vergi vermeme kararı", "… ilişkin kararı", "PKK'nın ateşkes kararı"
        start_i = _content_start(toks, h, lex, dates, h.first, body=body)
    else:
        return _issuer_before_topic(toks, left_i, lex)
    return start_i


_DATE_KI = regex.compile(r"\p{L}(?:k[iü]|daki|deki|taki|teki)\Z")  # "haftaki", "dünkü", "Nisan'daki"
# a council, board or ministry: "Bakanlar Kurulu Kararı", "Kurul Kararı" (session 23's article
# pools, teknoloji-278, ekonomi-174)
_BODY = regex.compile(r"(?:kurul|konsey|meclis|kurum|komisyon|komite|bakanlı[kğ]|başkanlı[kğ]|müdürlü[kğ]|divan)\w{0,3}\Z")


def _body_named(toks, h: _HeadMatch, lex) -> Optional[int]:
    """A capitalised decision head after the body that took it, a run of capitalised words ending in
    a council's or board's name ("Bakanlar Kurulu Kararı ile …", "Kurul Kararı ile sabit"): the
    run's first token, else None.  Not at a sentence's start, where capitals are the position's."""
    left_i = h.first - 1
    if left_i < 1 or h.first != h.last or not _BODY.match(toks[left_i].low) or toks[left_i].apos:
        return None
    k = _issuer_run_before(toks, left_i, lex)
    if k < 0 or toks[k].kind == "punct" and toks[k].text not in ",;:" or toks[k].low == "tarihli" \
            or cites_number(toks[k]):
        return None  # "… 1439/2 sayılı Kurul Kararı": a numbered citation, a title (titles.py)
    return k + 1


# a body (not a person) in the genitive without an apostrophe: "Parlamentonun", "hükümetin", "kurulun"
_BODY_GENITIVE = regex.compile(
    r"\A(?:parlamento|hükümet|kongre|senato|kabine|meclis|kurul|konsey|komisyon|komite|belediye)"
    r"(?:s[ıi]|[ıiuü])?n?[ıiuü]n\Z")


def _owner_name_start(toks, g: int, lex) -> int:
    """The first word of the name that ends in the genitive ``toks[g]``: up to three capitalised
    words before it, not a stop word and not the sentence's first word."""
    start_i = g
    while start_i - 1 > 0 and toks[start_i - 1].cap and not toks[start_i - 1].apos and g - start_i < 3 \
            and toks[start_i - 1].low not in lex.stop:
        start_i -= 1
    return start_i


def _modifier_before(toks, i: int, lex) -> int:
    """``i``, or the index of one lower-case word before it that is no stop word or verb form
    ("seçici | kurulun")."""
    prev = toks[i - 1] if i >= 1 else None
    if prev is not None and prev.kind == "word" and not prev.cap and prev.low not in lex.stop \
            and prev.low not in ("ya", "da", "de", "ve", "veya", "ile") and not _is_verb_form(prev, lex):
        return i - 1
    return i


def _number_cited(toks, start_i: int, dates=()) -> int:
    """The first token of a citation right before ``toks[start_i]``: a number ("1194 sayılı",
    "98/11158 sayılı"), a date ("14 Nisan tarihli", TTC sentence pool of session 26, spor-212) or
    both ("27/12/2007 tarihli ve 1439/2 sayılı"); ``start_i`` when there is none."""
    k = start_i - 1
    if k >= 1 and cites_number(toks[k]):
        n = k - 1
        while n >= 0 and (toks[n].kind == "num" or toks[n].kind == "punct" and toks[n].text in "/-."
                          and n >= 1 and toks[n - 1].kind == "num" and toks[n + 1].kind == "num"):
            n -= 1
        if not (n + 1 < k and toks[n + 1].kind == "num"):
            return start_i
        start_i = n + 1
        if not (n >= 1 and toks[n].low == "ve" and toks[n - 1].low == "tarihli"):
            return start_i
        k = n - 1
    if k >= 1 and toks[k].low == "tarihli" and _in_date(toks[k - 1], dates):
        return date_run_start(toks, k - 1, dates)
    return start_i


def _issuer_run_before(toks, left_i: int, lex) -> int:
    """The index before a run of up to four capitalised words ending at ``left_i`` (``left_i`` itself
    when there is none); the run may hold a ``ve`` between two of them and then grows to six words:
    "Eski Eserler ve Anıtlar Yüksek Kurumu kararı" (session 23's article pool, ekonomi-174)."""
    k, limit = left_i, 4
    while k >= 0 and left_i - k < limit:
        tok = toks[k]
        if tok.low == "ve" and limit == 4 and k >= 1 and k < left_i and toks[k - 1].cap \
                and not toks[k - 1].apos and toks[k - 1].low not in lex.stop:
            k, limit = k - 1, 6
            continue
        if not tok.cap or tok.apos or tok.low in lex.stop:
            break
        k -= 1
    if k < left_i and toks[k + 1].low == "ve":
        k += 1
    return k


def _issuer_before_topic(toks, left_i: int, lex) -> Optional[int]:
    """``TCMB faiz kararı``, ``İngiltere MB (BOE) faiz kararı`` (session 23's article pool,
    ekonomi-112): one lower-case topic noun (``toks[left_i]``) after its issuer, a run of capitalised
    words (``_issuer_run_before``) with maybe an acronym in parentheses; the run's first token, else
    None."""
    topic = toks[left_i]
    if topic.cap or topic.apos or topic.low in lex.postp or _VERBAL_NOUN_LEFT.search(topic.low) \
            or _is_verb_form(topic, lex) or left_i < 1:
        return None
    k = left_i - 1
    if toks[k].text == ")" and k >= 2 and toks[k - 1].word.isupper() and toks[k - 2].text == "(":
        k -= 3  # "(BOE)"
    last = k
    k = _issuer_run_before(toks, last, lex)
    first = k + 1
    if first > last:
        return None
    if k < 0 or toks[k].kind == "punct":
        return None  # "Muhakemat Müdürlüğü şike kararına itiraz etti" (dev spor-587): a name at the
        # start of a sentence or clause is its subject as often as the decision's issuer
    if any(is_title(toks[i].word) for i in range(max(first - 1, 0), last + 1)):
        return None  # "Bakan Şimşek faiz kararını …": a person, no issuer
    return first


# "Clinton'ın başkanlığı konusundaki "kritik" karar" (NER-corpus pool): a topic modifier in -ki
_TOPIC_KI = frozenset({"konusundaki", "hakkındaki", "yönündeki"})
_CALENDAR_DAY = regex.compile(r"\A\d{1,2}\s+\p{Lu}\p{Ll}+(?:\s+\d{4})?\Z")  # "17 Ağustos", "5 Nisan 1994"


def _date_named(toks, h: _HeadMatch, lex, dates) -> Optional[int]:
    """A package of decisions named by the day it was announced: a calendar day (day and month)
    right before the head, maybe with one adjective between ("17 Ağustos kararları", "5 Nisan
    ekonomik kararları"); the index of the date's first token, else None."""
    j = h.first - 1
    if j >= 1 and toks[j].kind == "word" and not toks[j].cap and not _in_date(toks[j], dates) \
            and toks[j].low not in lex.stop and not _is_verb_form(toks[j], lex):
        j -= 1  # "ekonomik"
    date = next((d for d in dates if d.start <= toks[j].start < d.end), None) if j >= 0 else None
    if date is None or not _CALENDAR_DAY.match(date.text) or date.end > toks[j].end:
        return None
    k = j
    while k - 1 >= 0 and date.start <= toks[k - 1].start:
        k -= 1
    return k


def _quoted_name_start(toks, h: _HeadMatch, lex, dates) -> Optional[int]:
    """'BM'nin "ateş kes" kararı', '"erken seçim" kararı': a short quoted name (one to five words)
    right before the head names the decision (NER-corpus pools); the index of its opening mark, or
    of the issuer's genitive before it ("BM'nin"), else None."""
    close = h.first - 1
    if close < 2 or toks[close].kind != "punct" or toks[close].text not in _QUOTE_TOKENS:
        return None
    opening = opening_mark(toks, close, 7)
    if opening is None or opening + 1 >= close or any(t.kind != "word" for t in toks[opening + 1:close]):
        return None
    start = opening
    if opening >= 1 and (toks[opening - 1].low in lex.direction or toks[opening - 1].low in lex.postp
                         or toks[opening - 1].low in _TOPIC_KI):
        # '… AB üyeliğini durdurma konusunda "ortak tutum" kararı' (NER-corpus pool): a content before it
        return min(opening, _content_start(toks, h, lex, dates, opening))
    if opening >= 1 and toks[opening - 1].apos and toks[opening - 1].apos_suffix in _APOS_GENITIVE:
        start = opening - 1
        while start - 1 >= 0 and toks[start - 1].cap and not toks[start - 1].apos \
                and toks[start - 1].low not in lex.stop and opening - start < 3:
            start -= 1
    return start


_INFINITIVE = regex.compile(r"m[ae]k\Z")


def _governed_for(toks, j: int, h: _HeadMatch, lex) -> bool:
    """The "için" at ``j`` heads a phrase that the content's verbal noun governs ("rekabetin
    geliştirilmesi için düzenleme yapma kararı", TTC sentence pool; the NER pool's "… Cezaevi için
    … ihale açma kararı"), not a purpose clause of the light verb ("katkı sunmak için | … yönünde
    karar")."""
    before = toks[j - 1] if j >= 1 else None
    return before is not None and before.kind == "word" and not _INFINITIVE.search(before.low) \
        and not _is_verb_form(before, lex) and any(_VERBAL_NOUN_END.search(t.low) for t in toks[j + 1:h.first])


def _light_verb_next(toks, h: _HeadMatch) -> bool:
    """A decision's light verb follows the head ("kararını verdi", "kararı aldı")."""
    return h.last + 1 < len(toks) and toks[h.last + 1].kind == "word" \
        and toks[h.last + 1].low.startswith(DECISION_VERBS)


def _capital_of_position(body: str, toks, j: int) -> bool:
    """``toks[j]`` opens the sentence and is a common word capitalised by its place there ("Görevi
    bırakma kararı", "Beklentiler yönünde bir karar çıktı"; the dev-pool gold of session 23's third
    article pool, siyaset-178, and of the TTC sentence pools, ekonomi-512 and spor-182), not a
    subject's name ("Fenerbahçe transfer kararı aldı"): written in lower case elsewhere in the
    article, or with an ending a name takes only after an apostrophe, and never capitalised
    inside a sentence."""
    tok = toks[j]
    if not sentence_initial(toks, j) or not tok.cap or tok.apos or tok.word.isupper() or _name_elsewhere(body, tok):
        return False
    return common_ending(tok) or bool(
        regex.search(r"(?<!\p{L})" + regex.escape(tok.low) + r"(?!\p{L})", body))


def _name_elsewhere(body: str, tok) -> bool:
    """The capitalised word ``tok`` is written capitalised inside a sentence elsewhere in the
    article ("… ancak Fitch’in", "… Belediye Meclisi'nden"): a name, not a common noun
    capitalised by its place at a sentence's start."""
    pattern = regex.compile(r"[\p{L}\d,;]\s+(" + regex.escape(tok.word) + r")")
    return any(m.start(1) != tok.start for m in pattern.finditer(body))


_BOUND_MODS = frozenset({"ON_OR_AFTER", "ON_OR_BEFORE"})  # "-dAn itibaren", "-A kadar"


def _content_start(toks, h: _HeadMatch, lex, dates, first: int, clause_verb: bool = False, body: str = "") -> int:
    """The first token of a decision's content, walking back from ``first`` (the token after it
    ends the content); ``clause_verb``: the decision's light verb is a participle or ``-ken``
    converb, so a ``ve`` after another verb form coordinates clauses, not contents; ``body``: the
    article, which tells a sentence-initial common word from a name."""
    start_i = first
    j = first - 1
    titled = False
    while j >= 0 and h.first - j <= 14:
        tok = toks[j]
        title = quoted_title_before(toks, j)
        if title is not None:
            start_i, titled = title, True  # '"… Projesi"ni gerçekleştirme kararı' (dev pool ekonomi-161)
            break
        quoted = _quoted_content_before(toks, j, lex)
        if quoted is not None:
            start_i, titled = quoted, True  # '"… getirme" konusunda Bakanlar Kurulu kararı' (dev siyaset-20)
            break
        if tok.text == "." and j >= 1 and toks[j - 1].kind == "num" and toks[j - 1].end == tok.start \
                and toks[j + 1].cap:
            start_i, j = j - 1, j - 2  # an ordinal: "1. Avrupa Veteranlar Basketbol Şampiyonası düzenleme kararı"
            continue
        if (tok.kind == "punct" and tok.text not in "-‑") or (
                tok.low in lex.decision_stop and not (j >= 1 and toks[j - 1].low == "daha")
                and not (tok.low == "için" and (_governed_for(toks, j, h, lex)
                                                or j == h.first - 1 and _after_direction(toks, h, lex)))
                and not (tok.low in ("da", "de") and j >= 1 and _GENITIVE.search(toks[j - 1].low)
                         and not toks[j - 1].cap and j + 1 < h.first and _VERBAL_NOUN_END.search(toks[h.first - 1].low))):
            break  # ... but "daha da hızlandırılması": an intensifier; "araçların da kontrol altına
            # alınması kararı" (NER-corpus pool): "also" inside the content's genitive
        if j >= 1 and toks[j - 1].kind == "word" and _PARTICIPLE.search(toks[j - 1].low) \
                and not _ABLATIVE.search(toks[j - 1].low) and not _in_date(toks[j - 1], dates) \
                and (tok.low in lex.time_noun or _LOCATIVE.search(tok.low)):
            break  # "tatile gittiği gün | affedilmesi kararı", "yargılandığı davada | beraat kararı"
        if _LOCATIVE.search(tok.low) and not _VOWEL_T_A.search(tok.low) and not tok.cap \
                and tok.low not in lex.direction and tok.low not in lex.postp \
                and not any(_VERBAL_NOUN_END.search(t.low) for t in toks[j + 1:h.first]):
            break  # "davanın dünkü duruşmasında | tahliye kararı": no verbal noun for it to modify
        if tok.low in ("ve", "veya") and clause_verb and j >= 1 and toks[j - 1].kind == "word" \
                and (_is_verb_form(toks[j - 1], lex) or _KEN.search(toks[j - 1].low)):
            break  # "Bakanlığı'nda yapılan ve | Çakıcı'nın yakalanması kararı alınan toplantı", "açığı
            # varken ve | bu yönde karar alınmışken" (NER-corpus pool): two clauses coordinated, not
            # two contents ("… tanıtılan veya … belirlenen ürünle ilgili toplatma kararı verildiği")
        if tok.low in ("bu", "şu") and toks[j + 1].low not in lex.direction and toks[j + 1].low not in lex.connector \
                and not toks[j + 1].low.startswith("konu"):
            break  # "AİHM bu | erişim engelleme kararının …" (session 23's third article pool, teknoloji-587:
            # both annotators): the determiner opens the decision's noun phrase; "bu yönde karar" goes on
        if tok.low in ("ve", "veya") and j >= 1 and toks[j - 1].low.startswith("karar"):
            break  # "… Bakanlar Kurulu kararı ve | servis araçlarının … dondurulması kararı": two decisions
        if tok.low in ("beraber", "birlikte") and j >= 1 and toks[j - 1].low.endswith(("makla", "mekle")):
            break  # "… çoğunluğu olmakla beraber | güçlendirme kararı" (dev ekonomi-165): "although"
        if tok.low == "kadar" and j >= 1 and _UNTIL_CONVERB.search(toks[j - 1].low):
            break  # "… işaretler verinceye kadar | ilişkilerin dondurulması kararı"
        if _in_date(tok, dates):
            k = j + 1
            while k < h.first and _in_date(toks[k], dates):
                k += 1
            if not (k < h.first and toks[k].kind == "word" and _DATE_HEAD.search(toks[k].low)
                    and not toks[k].cap) and not (
                    j + 1 < first and any(_VERBAL_NOUN_END.search(t.low) for t in toks[k:first])
                    and any(t.low in lex.postp or t.low in lex.direction for t in toks[k:first])
                    and any(d.value and d.value[:1].isdigit() and d.start <= tok.start < d.end for d in dates)) \
                    and not (any(_VERBAL_NOUN_END.search(t.low) for t in toks[k:first])
                             and any(d.mod in _BOUND_MODS and d.start <= tok.start < d.end for d in dates)):
                break  # "son iki gün İsrail ...": an adverbial; "28 Şubat süreci" stays, and so does
                # the calendar date of a complement's verbal noun ("seçimlerin 18 Nisan 1999'da bir
                # arada yapılmasına ilişkin Meclis kararı", "seçimlerin 1999 yılının Nisan ayında
                # yapılması yönünde karar", NER-corpus pools; not "biz yakın gelecekte
                # … artırılmasına yönelik karar", dev pool ekonomi-259); a bound of the content's own
                # verb stays too ("BM'nin silah denetimlerini 5 Ağustos'tan itibaren askıya alma
                # kararı", "2030 yılına kadar kömürden çıkma kararı": session 41's NER-corpus round)
        elif tok.kind == "word" and tok.low not in lex.decision_inner and _is_verb_form(tok, lex) \
                and not _PARTICIPLE.search(tok.low) \
                and not (j + 1 < h.first and toks[j + 1].low in lex.direction and _NOMINAL_DATIVE.search(tok.low)) \
                and not (_ARAK.search(tok.low) and j + 1 < h.first and not toks[j + 1].cap
                         and _VERBAL_NOUN_END.search(toks[j + 1].low)):
            break  # ... but "... açıklayacağına dair karar": the content clause's own verb; and a
            # converb of the content's verbal noun ("… askeri varlığını güçlendirerek korunması yönünde
            # karar aldı", session 41's NER-corpus round)
        start_i = j
        j -= 1
    if not titled and (start_i == 0 or (start_i > 0 and toks[start_i - 1].kind == "punct")) \
            and not _capital_of_position(body, toks, start_i):
        # a sentence-initial capitalised name without a case ending is the subject
        k = start_i
        while k < h.first - 1 and toks[k].cap and not toks[k].apos and not _GENITIVE.search(toks[k].low):
            k += 1
        if k > start_i and toks[k].low not in lex.connector \
                and not (toks[k].cap and toks[k].apos and toks[k].apos_suffix in _APOS_GENITIVE
                         and not any(is_title(t.word) for t in toks[start_i:k])):
            start_i = k  # ... not the words of an owner's name ("…, Birleşmiş Milletler'in son
            # kararıyla", session 41's NER-corpus round; but "Bakan | Yılmaz'ın … kararı")
    while not titled and start_i < h.first and (toks[start_i].low in lex.connector or toks[start_i].kind == "punct"):
        start_i += 1
    return start_i


def _quoted_content_before(toks, j: int, lex) -> Optional[int]:
    """When ``toks[j]`` closes quote marks before a direction postposition ('"…" konusunda') or a
    verbal noun ('"…" oluşturma'), the index of the first word inside the marks; else None."""
    tok = toks[j]
    if tok.kind != "punct" or tok.text not in _QUOTE_TOKENS or j + 1 >= len(toks) or toks[j + 1].kind != "word" \
            or not (toks[j + 1].low in lex.direction or _VERBAL_NOUN_LEFT.search(toks[j + 1].low)):
        return None  # (also the object of the content's verbal noun: '"Eczacıbaşı Vitra … Ödülü" oluşturma
        # kararı', session 44's UD treebank sentences, BOUN news_1460)
    opening = opening_mark(toks, j, 32)
    return opening + 1 if opening is not None and opening + 1 < j else None


def _after_issuer(toks, h: _HeadMatch, lex) -> int:
    """Where the content before the head ends: before an issuer, up to four capitalised words
    without a case ending between a lower-case content word and the head ("döviz getirme
    konusunda | Bakanlar Kurulu | kararı alındı", dev siyaset-20; the issuer stays in the
    mention), else the head itself."""
    k = h.first - 1
    while k >= 0 and h.first - k <= 4 and toks[k].kind == "word" and toks[k].cap and not toks[k].apos \
            and toks[k].low not in lex.stop:
        k -= 1
    if k < h.first - 1 and k >= 0 and toks[k].kind == "word" and not toks[k].cap:
        return k + 1
    return h.first


def _light_verb_status(toks, i: int, lex) -> str:
    """``adopted``, or ``planned`` for a future or expected light verb ("karar alacak",
    "karar alması bekleniyor")."""
    low = toks[i].low
    rest = low[next((len(v) for v in DECISION_VERBS if low.startswith(v)), 0):]
    if any(f in rest for f in lex.future):
        return "planned"
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if _VERBAL_NOUN.match(rest) and nxt is not None and nxt.kind == "word" \
            and nxt.low.startswith(tuple(lex.modal)):
        return "planned"
    return "adopted"
