"""Heads that name no document: light-verb idioms ("karar verdi", "anlaşmaya vardı", but not
"prensip anlaşmasına vardı") and heads a following noun takes over ("anlaşma taslağı")."""

from __future__ import annotations

import regex

from ..measures import measure_start as _measure_start
from .heads import _HeadMatch
from .lexicon import _Lexicon
from .mention import _in_dative
from .relative import _relative_before_bir
from .tokens import _Tok, _is_verb_form, sentence_initial


# a head in a compound ("prensip anlaşması-na", "mutabakat-ına"): a noun before it names its kind
_COMPOUND = regex.compile(r"s[ıiuü]|[ıiuü]n[ae]\Z")
_GENITIVE = regex.compile(r"[ıiuü]n\Z")


def _kind_named(toks: list[_Tok], m: _HeadMatch, lex: _Lexicon) -> bool:
    """A lower-case noun before the head names the kind of agreement: a compound ("prensip
    anlaşmasına vardı", not "Rusya'nın anlaşması") or an ``arası`` modifier ("hükümetler
    arası anlaşmaya"; not a generic one: "uluslararası")."""
    if m.first < 1:
        return False
    prev = toks[m.first - 1]
    by_position = sentence_initial(toks, m.first - 1) and not prev.word.isupper()  # "Prensip anlaşmasına vardı"
    if prev.kind != "word" or (prev.cap and not by_position) or prev.apos or prev.low in lex.stop \
            or prev.low in lex.generic:
        return False
    if prev.low.endswith("arası"):
        return True
    lemma = m.head.lemma.split()[-1]
    word = toks[m.last].low
    return word.startswith(lemma) and bool(_COMPOUND.match(word[len(lemma):])) \
        and not _GENITIVE.search(prev.low) and not _is_verb_form(prev, lex)


def _light_verb_after(toks: list[_Tok], m: _HeadMatch, lex: _Lexicon) -> bool:
    """The head's light verb follows it ("karar verdi", "anlaşmasına vardı", "anlaşma sağladı")."""
    nxt = toks[m.last + 1] if m.last + 1 < len(toks) else None
    return nxt is not None and nxt.kind == "word" and any(
        # "var-" only after a head in the dative ("karara vardı"); "kararı varken", "anlaşması var" state
        # that a document exists (session 25's NER-corpus pool, ner-train-9588)
        nxt.low.startswith(v) and (v != "var" or _in_dative(toks[m.last], m.head)) for v in lex.light.get(m.head.lemma, ()))


def _agreeing_verb(tok: _Tok, lex: _Lexicon) -> bool:
    """A light verb that takes its head in the dative (a ``dative`` cue: "var-") states that
    parties agree; after a topic ("… konusunda anlaşmaya / mutabakata varıldı") it names no
    document (ANNOTATION-notes B, K)."""
    return any(tok.low.startswith(words[-1]) for words, _ in lex.dative)


def _blocked(toks: list[_Tok], m: _HeadMatch, lex: _Lexicon) -> bool:
    """Light-verb idioms ("karar verdi") and heads taken over ("anlaşma taslağı")."""
    nxt = toks[m.last + 1] if m.last + 1 < len(toks) else None
    if nxt is None or nxt.kind != "word":
        return False
    if _light_verb_after(toks, m, lex):
        # "anlaşma sağladı" is an idiom ("came to terms"), but "2 yıllık anlaşma sağladı"
        # describes a document
        if _relative_before_bir(toks, m, lex) is not None:
            return False  # "... deprem etkisi yaratan bir karar aldı": a decision described
        if m.head.lemma != "karar" and m.first >= 1 and toks[m.first - 1].low in lex.postp \
                and not _agreeing_verb(nxt, lex):
            return False  # "... çözümüne yönelik anlaşma sağlanacağı": a described agreement
        if m.head.lemma != "karar" and _kind_named(toks, m, lex):
            return False  # "prensip anlaşmasına varıldı": the kind of agreement reached is a document
        return not any(_measure_start(toks, k) is not None
                       for k in range(m.first - 1, max(-1, m.first - 3), -1))
    if not m.suffix and nxt.low in lex.posthead:
        return True
    return False
