"""Relative clauses that describe a head ("... çıkmasını engelleyecek plan", "... yaratan bir
karar")."""

from __future__ import annotations

from typing import Optional

import regex

from .comitative import _comitative
from .cues import _cue_at, _cue_before, _decision_participle, publishes
from .decisions import _ABLATIVE, _APOS_GENITIVE, _GENITIVE
from .heads import _HeadMatch
from .parties import _is_place
from .spans import _in_date, _overlaps, date_run_start
from .tokens import (DIK_PARTICIPLE, _QUOTE_TOKENS, _VERBAL_NOUN, _is_verb_form, common_ending, quoted_name_before,
                     sentence_initial)


_RELATIVE = regex.compile(r"(?:y?[ae]c[ae]k|y?[ae]n)\Z")  # engelleyecek, kurulacak, yapılan
# -DIk participles with a possessive: aldığı, aldığımız, verdikleri, imzaladığınız
_RELATIVE_DIK = regex.compile(DIK_PARTICIPLE + r"\Z")


def _relative_before_bir(toks, h: _HeadMatch, lex) -> Optional[int]:
    """``… deprem etkisi yaratan bir karar``: index of a relative participle (not a status
    cue) that stands before ``bir`` right before the head, else None."""
    if h.first < 2 or toks[h.first - 1].low != "bir":
        return None
    return _participle_before_bir(toks, h.first - 1, lex, h.head.type)


def _participle_before_bir(toks, b: int, lex, head_type: Optional[str] = None) -> Optional[int]:
    """Index of a relative participle (not a status cue) right before the ``bir`` at ``b``
    (``… önleyecek bir reform anlaşması``), else None."""
    j = b - 1
    if j < 0 or toks[j].kind != "word" or toks[j].cap:
        return None
    if not _RELATIVE.search(toks[j].low) or _cue_before(toks, j + 1, lex, head_type) is not None:
        return None
    return j


def _relative_clause(toks, j: int, h: _HeadMatch, lex, dates) -> Optional[tuple[int, int]]:
    """``Yunanistan'ın Euro Bölgesi'nden çıkmasını engelleyecek plan``: a participle (not a
    status cue) before the head, or before the modifiers and ``bir`` the walk has passed
    (``… önleyecek bir reform anlaşması``, ``kurulacak ortaklığa ilişkin protokol``), opens a
    relative clause that describes the document (``ANNOTATION.md``: content clauses are kept);
    its arguments (names with case endings, verbal nouns) go back to a comma, a stop word,
    another verb or the sentence start.  (first token, boundary) or None when it has none."""
    tok = toks[j]
    if tok.cap:
        return None
    bir = toks[j + 1].low == "bir" and _participle_before_bir(toks, j + 1, lex, h.head.type) == j
    if not (bir or (j == h.first - 1 and _decision_participle(tok, h))):
        if not (_RELATIVE.search(tok.low) or _RELATIVE_DIK.search(tok.low)) \
                or _cue_before(toks, j + 1, lex, h.head.type) is not None and not publishes(tok, h):
            # a status cue, of one word or more ("imzalanan", "kabul edilen", "uygulamaya konulan";
            # session 44's NER-corpus long stories, nerstory-train-23498), is no description
            return None
    first = clause_start(toks, j, lex, dates)
    if first is None and j < h.first - 1 and j >= 1 and (toks[j - 1].kind == "punct" or toks[j - 1].low in lex.stop):
        first = j  # "İki ülke, kurulacak ortaklığa ilişkin protokol": the participle alone
    return None if first is None else (first, first - 1)


# a stop word that names the occasion inside a clause: "toplantıda aldığımız karar",
# "törende imzalanan anlaşma", "ziyaret sırasında imzalanan"
_OCCASION = regex.compile(r"\p{L}{4,}[dt][ae]\Z")


_NUMERALS = frozenset({"iki", "üç", "dört", "beş"})
# a noun in the ablative before these is no "-(y)en" participle: "bir müzakereden | sonra verilecek"
_AFTER_ABLATIVE = frozenset({"sonra", "önce", "itibaren", "beri", "dolayı", "ötürü", "başka"})
# postpositions that name what a clause is about: "NATO'nun gelişmesiyle ilgili alınan kararlar"
# (NER-corpus pool); the complement is the clause's even right before the participle
_CONTENT_POSTP = frozenset({"ilgili", "ilişkin", "dair", "yönelik"})
# a -DIK / -AcAK clause in the accusative: "… gerektiğini", "… olduğunu", "… yapılacağını"
_OBJECT_CLAUSE = regex.compile(r"\p{L}(?:[dt][ıiuü]ğ|[ae]c[ae]ğ)[ıiuü]n[ıiuü]\Z")
# a sentence-initial word in the locative or ablative is an adverbial, not the subject ("Dünyada …")
_CASE_ENDED = regex.compile(r"\p{L}{3,}[dt][ae]n?\Z")


def _case_after_name(toks, first: int, j: int, lex) -> bool:
    """The capitalised words from ``toks[first]`` end in a case before the participle at ``j``: a
    genitive, the participle's own subject ("Eğitim Bakanlığı'nın aldığı karar", "Site yönetiminin
    25 Ocak'ta aldığı karar"; session 25's NER-corpus sentence pool, ner-train-7295), or another case
    after an apostrophe, an argument ("Birleşik Arap Emirlikleri'nde alınan bir karar", session 26's
    TTC sentence pool, teknoloji-12); not the sentence's subject."""
    k = first
    while k + 1 < j and (toks[k].cap and not toks[k].apos or toks[k].low == "ve" and k > first and toks[k + 1].cap):
        k += 1  # also "Barzani ve Talabani'nin imza koyduğu mutabakat": two names, one genitive
    tok = toks[k]
    if k >= j or tok.kind != "word" or tok.low in lex.postp:
        return False
    if tok.apos and tok.cap and k > first:
        return True  # a name of several words with any case ending after its apostrophe
    return tok.apos_suffix in _APOS_GENITIVE if tok.apos else bool(_GENITIVE.search(tok.low))


def _agent_start(toks, i: int) -> int:
    """First token of the agent noun phrase that ends at ``toks[i]``, the word before "tarafından":
    before it, capitalised words ("Meclis çoğunluğu"), genitive owners and "X ve" ("Barzani ve
    Talabani") belong to it."""
    while i >= 1:
        prev, cur = toks[i - 1], toks[i]
        if i >= 4 and _abbreviation_closes(toks, i - 1):
            i -= 3  # "Kürdistan Yurtseverler Birliği (KYB) Başkanı Talabani tarafından" (session 44's
            continue  # NER-corpus long stories, nerstory-test-2485): a name's abbreviation
        if prev.kind == "word" and prev.cap and not prev.apos \
                and not (sentence_initial(toks, i - 1) and _CASE_ENDED.search(prev.low)):
            i -= 1  # not "Ortada | Meclis … tarafından alınmış bir karar var": an adverb opening it
        elif prev.kind == "word" and (prev.apos_suffix in _APOS_GENITIVE if prev.apos else
                                      not prev.cap and _GENITIVE.search(prev.low)):
            i -= 1
        elif prev.low == "ve" and i >= 2 and toks[i - 2].kind == "word" and (cur.cap == toks[i - 2].cap):
            i -= 2
        else:
            break
    return i


def _abbreviation_closes(toks, k: int) -> bool:
    """``toks[k]`` closes a name's abbreviation in parentheses: "Birleşik Arap Emirlikleri'nde (BAE)"
    (session 26's TTC sentence pool, teknoloji-12 and teknoloji-31)."""
    return toks[k].text == ")" and k >= 3 and toks[k - 2].text == "(" and toks[k - 1].kind == "word" \
        and toks[k - 1].word.isupper() and toks[k - 3].cap


def _after_name(toks, k: int, j: int) -> int:
    """The first token from ``k + 1`` (before ``j``) that is no capitalised word without an apostrophe:
    what ends the name after ``toks[k]``."""
    m = k + 1
    while m < j and toks[m].cap and not toks[m].apos:
        m += 1
    return m


def _pair_before_arasinda(toks, k: int, j: int) -> bool:
    """``toks[k]`` ("ve" / "ile") joins two capitalised names whose second one ends right before an
    "arasında" inside the clause of the participle at ``j``."""
    if k < 1 or not toks[k - 1].cap:
        return False
    m = _after_name(toks, k, j)
    return k + 1 < m < j and toks[m].low == "arasında"


def _pair_before_genitive(toks, k: int, j: int) -> bool:
    """``toks[k]`` ("ve") joins two capitalised names whose second one, in the genitive, is the subject
    of the participle at ``j`` ("Barzani ve Talabani'nin imza koyduğu mutabakat")."""
    if k < 1 or toks[k].low != "ve" or not toks[k - 1].cap or toks[k - 1].apos:
        return False
    m = _after_name(toks, k, j)
    return m < j and toks[m].cap and toks[m].apos and toks[m].apos_suffix in _APOS_GENITIVE


def clause_start(toks, j: int, lex, dates) -> Optional[int]:
    """The first token of the arguments of the participle at ``j`` (names with case endings,
    verbal nouns, the occasion: "görüşmede"), back to a comma, another stop word, another
    verb or the sentence start; None when it has none or only the sentence's subject."""
    k = j - 1
    nested, limit, complement = False, 6, False
    while k >= 0 and j - k <= limit:
        t = toks[k]
        if t.low == "tarafından" and k >= 1 and toks[k - 1].kind == "word":
            # "Meclis çoğunluğu tarafından alınmış bir karar" (NER-corpus pools), "Fitch tarafından
            # alınan bu karar" (article pool s24 ekonomi-47): the agent is the clause's, even when
            # it opens the sentence
            return _agent_start(toks, k - 1)
        if t.kind == "word" and t.low in lex.postp and not complement and (k + 1 < j or t.low in _CONTENT_POSTP):
            # "Dünyada sulak alanların korunmasına yönelik İran’ın Ramsar şehrinde imzalanan" (dev
            # kultursanat-87): a postposition's complement belongs to the clause too
            complement, limit = True, limit + 6
        if t.kind == "punct" and t.text in _QUOTE_TOKENS and k + 1 < j:
            # 'bir "Kürt Federasyonu" kurulmasını öngören anlaşma': a quoted name inside the clause
            opening = quoted_name_before(toks, k)
            if opening is not None and j - opening <= 12:
                k = opening - 1
                continue
            break
        if _abbreviation_closes(toks, k):
            limit += 3  # "Birleşik Arap Emirlikleri'nde (BAE) alınan": a name's abbreviation
            k -= 3
            continue
        if _in_date(t, dates):
            d = date_run_start(toks, k, dates)
            owner = toks[d - 1] if d >= 1 else None
            if owner is not None and owner.kind == "word" and (
                    owner.apos_suffix in _APOS_GENITIVE if owner.apos else _GENITIVE.search(owner.low)):
                # "site yönetiminin 25 Ocak’ta aldığı karar": a date inside the clause, also after a name
                # ("… Komisyonu'nun Aralık 1998'de aldığı karar", the UD treebank pool's BOUN news_1897);
                # its words do not count against the limit ("Kuzey Irak Kürt liderlerinin 17 Eylül'de
                # Washington'da vardıkları anlaşma", session 41's NER-corpus round)
                limit += k - d + 1
                k = d - 1
                continue
            if k + 1 < j and toks[k + 1].low.startswith("tarih"):
                k = d - 1  # "Yargıtay, 30 Eylül 2009 tarihinde açıkladığı karar" (dev siyaset-322, notes): a
                continue  # date is the complement of "tarihinde", whose clause it is
            if k + 1 < j and all(x.type == "DURATION" for x in dates if _overlaps(t.start, t.end, x.start, x.end)):
                k = d - 1  # "kendisini 4 yıllığına Fenerbahçe'ye bağlayan sözleşme": a duration argument
                continue  # of the clause (round 43 dev spor-513)
            break
        if not nested and k + 1 < j and _OCCASION.search(toks[k + 1].low) and t.kind == "word" \
                and (_RELATIVE.search(t.low) or _RELATIVE_DIK.search(t.low)) and _cue_at(toks, k, lex) is None:
            # "Faik Bey ile yaptığımız görüşmede aldığımız karar": the occasion's own relative
            # clause, with its comitative, belongs to the clause too
            nested, limit = True, limit + 6
            k -= 1
            if k >= 1 and toks[k].low == "ile" and toks[k - 1].kind == "word" and not _is_verb_form(toks[k - 1], lex):
                k -= 2
                while k >= 0 and toks[k].cap and not toks[k].apos and toks[k + 1].cap:
                    k -= 1  # "Bakan Ali Kaya ile": a name of several words
            continue
        if t.low == "ile" and complement and toks[k + 1].low in _CONTENT_POSTP and k >= 1 and toks[k - 1].kind == "word":
            k -= 2  # "Quaresma ile ilgili verdiğimiz karar" (TTC sentence pool): "X ile ilgili"
            continue
        if t.low in ("ve", "ile") and (_pair_before_arasinda(toks, k, j) or _pair_before_genitive(toks, k, j)):
            # "Mesut Barzani ve Celal Talabani arasında Washington'da sağlanan": the first party
            limit += 4
            k -= 1
            continue
        if t.low in _NUMERALS and k + 1 < j and toks[k + 1].kind == "word" and toks[k + 1].low != "arasında":
            limit += 1
            k -= 1  # "Washington'da iki Kürt lideri arasında varılan": a count inside the clause
            continue
        if t.kind == "word" and k + 1 == j and not complement and _OBJECT_CLAUSE.search(t.low):
            # "Türkiye'nin Avrupa'dan dışlanmaması gerektiğini belirten bir karar" (NER-corpus pool): the
            # participle's object clause, with its own arguments
            complement, limit = True, limit + 6
            k -= 1
            continue
        if t.kind != "word" or (t.low in lex.stop and not _OCCASION.search(t.low)) or t.low in ("ve", "ile", "veya") \
                or (_is_verb_form(t, lex) and not _VERBAL_NOUN.search(t.low[-6:])
                    and not (k + 1 < j and toks[k + 1].low in _AFTER_ABLATIVE and _ABLATIVE.search(t.low))) \
                or (_comitative(t) and toks[k + 1].low not in _CONTENT_POSTP):
            break
        k -= 1
    first = k + 1
    if first < j and (toks[first].low in lex.postp or toks[first].low in ("arasında", "arasındaki")):
        # "İki ülke | arasında imzalanan anlaşma": a postposition cut off its complement; the
        # participle alone is left
        return j
    if first >= j or (toks[first].cap and first == 0 and not nested and not toks[first].apos
                      and not _GENITIVE.search(toks[first].low) and not _case_after_name(toks, first, j, lex)
                      and not (complement and _CASE_ENDED.search(toks[first].low) and not _is_place(toks[first]))
                      and not common_ending(toks[first])):
        return None  # no argument, or the sentence's subject (not "Projenin finansmanı için …", nor
        # "Kendisini 3 yıllığına Bursaspor'a bağlayan sözleşmeye", dev pool spor-398 at a sentence's start)
    return first
