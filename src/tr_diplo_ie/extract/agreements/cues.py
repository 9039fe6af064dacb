"""Status cues: the verb that governs a mention ("imzalanan X", "X imzalandı"), its status
(future, modal, negated forms), and a decision's own light verb ("aldığı karar")."""

from __future__ import annotations

from typing import Optional, Sequence

import attrs
import regex

from ...records import TimeExpression
from .heads import _HeadMatch
from .lexicon import _Lexicon
from .spans import _in_date
from .tokens import (DIK_PARTICIPLE, FUTURE_PARTICIPLE, _MA_FORM, _NEGATED, _QUOTE_TOKENS, _VERBAL_NOUN, _Tok, _comitative,
                     _is_verb_form, sentence_initial)


@attrs.frozen(slots=True)
class _Cue:
    first: int
    last: int  # last token consumed (modal words included)
    status: str
    # a "participle" cue ("yapılan anlaşma"): with a bare head it is as often a later wording of a
    # document named before ("Daikin ile yaptıkları anlaşma", dev spor-560) as a first mention
    weak: bool = False


# a participle ending ("yenileyen", "yenilenmeyen") and a possessed head before it ("sözleşmesi")
_PARTICIPLE = regex.compile(r"(?:y[ae]n|[ıiuü]?n[ae]n|m[ae]y[ae]n)\Z")
_POSSESSED = regex.compile(r"(?:s[ıiuü]|[^aeıioöuü][ıiuü])\Z")
_PLURAL = regex.compile(r"\p{L}l[ae]r")
_MIS_END = regex.compile(r"m[ıiuü]ş\Z")  # "varmış değil"
# after a "participle" cue's stem: passive -(I)lAn / -nAn (-AcAk), -DIK with a possessive, the future
# participle with a possessive: "yap-ılan", "sağla-nan", "var-ılacak", "yap-tığımız", "sağla-dıkları",
# "yap-acağı" (not the active "sağla-yacak bir anlaşma": what it will bring about)
_PASSIVE_OR_DIK = regex.compile(
    r"\A(?:(?:[ıiuü]l|n)(?:[ae]n|[ae]c[ae]k)|" + DIK_PARTICIPLE + "|" + FUTURE_PARTICIPLE + r")\Z")
# heads a "participle" cue can govern: "yapılan iftar programı" is an event, "yapılan devlet
# protokolü" a ceremony (dev siyaset-59)
_PARTICIPLE_TYPES = frozenset({"agreement", "contract", "memorandum"})
# ... and a protocol, only after a -DIK participle with its possessive: "Yılmaz'la yaptıkları protokol"
# (session 44's NER-corpus long stories), not "yapılan devlet protokolü"; these are also the heads whose
# verb's partner may stand between them and an adjacent cue (not "Bu planı ailemle yaptım")
_PARTNER_TYPES = _PARTICIPLE_TYPES | {"protocol"}
_DIK_ONLY = regex.compile(r"\A" + DIK_PARTICIPLE + r"\Z")


def _cue_at(toks: list[_Tok], i: int, lex: _Lexicon, adjacent: bool = False,
            dative: bool = False, before: Optional[str] = None) -> Optional[_Cue]:
    """The cue that starts at token ``i``; ``adjacent``: right after the head (``dative``: a
    head in the dative); ``before``: the type of the head whose mention starts right after this
    one-word cue (a participle: "yapılan anlaşma")."""
    if i >= len(toks) or toks[i].kind != "word":
        return None
    pool = lex.cues
    if adjacent:
        pool = pool + lex.adjacent + lex.term + (lex.dative if dative else ())
    if before in _PARTNER_TYPES:
        pool = pool + lex.participle
    for words, status in pool:
        n = len(words)
        if i + n > len(toks):
            continue
        if any(toks[i + k].kind != "word" or toks[i + k].low != words[k] for k in range(n - 1)):
            continue
        tok = toks[i + n - 1]
        if tok.kind != "word" or not tok.low.startswith(words[-1]) or tok.low in lex.notcue:
            continue
        rest = tok.low[len(words[-1]):]
        weak = before in _PARTNER_TYPES and (words, status) in lex.participle and (words, status) not in lex.cues
        if weak and not (_PASSIVE_OR_DIK if before != "protocol" else _DIK_ONLY).match(rest):
            continue  # "yapılan anlaşma", not "yapan", "varsa", "sağlamak"
        if adjacent and ((words, status) in lex.adjacent or (words, status) in lex.dative) and _MA_FORM.match(rest):
            continue  # "iş sözleşmesi yapma yükümlülüğü": a verbal noun, not an act
        if (words, status) in lex.term and _PARTICIPLE.search(rest) and i and _POSSESSED.search(toks[i - 1].low) \
                and i + n < len(toks) and _PLURAL.search(toks[i + n].low):
            continue  # "sözleşmesi yenilenmeyen oyuncularımız": each player's contract, no one
            # document (round 37 dev spor-173)
        last = i + n - 1
        predicate_negated = bool(_MIS_END.search(rest)) and last + 1 < len(toks) and toks[last + 1].low == "değil"
        if predicate_negated or (_NEGATED.match(rest) and not _VERBAL_NOUN.match(rest)):
            # "imzalanmadı", "anlaşmaya varmış değil": not done; after "henüz" (not yet) still to
            # come (notes B, C, CI; dev siyaset-518, ekonomi-533)
            status = "planned" if any(t.low == "henüz" for t in toks[max(0, i - 12):i]) else "mentioned"
            return _Cue(first=i, last=last + predicate_negated, status=status)
        if any(f in rest for f in lex.future):
            return _Cue(first=i, last=last, status="planned")
        if _VERBAL_NOUN.match(rest) and last + 1 < len(toks):
            nxt = toks[last + 1]
            # the governing word, past a clitic: "imzalamaya da razı olacak"
            step = 2 if nxt.low in ("da", "de") and last + 2 < len(toks) else 1
            governing = toks[last + step]
            if governing.kind == "word" and any(governing.low.startswith(md) for md in lex.modal):
                return _Cue(first=i, last=last + step, status="planned")
            if nxt.kind == "word" and any(nxt.low.startswith(p) for p in lex.pending):
                return _Cue(first=i, last=last + 1, status="mentioned")
        if (words, status) in lex.term and status == "signed" and _VERBAL_NOUN.match(rest):
            return _Cue(first=i, last=last, status="planned")  # "sözleşmenin yenilenmesi için" (dev ekonomi-585)
        return _Cue(first=i, last=last, status=status, weak=weak)
    return None


def participle_cue_at(toks: list[_Tok], j: int, head_type: Optional[str], lex: _Lexicon) -> bool:
    """``toks[j]``, capitalised at a sentence's start, is a one-word status cue that is a participle
    ("İmzalanan barış anlaşmasına rağmen", "Yapılan iş birliği anlaşması", "İmzalanan Kapsamlı
    İşbirliği Planı"): the clause outside a description or title (session-7 adjudication), not a
    word of it."""
    cue = _cue_at(toks, j, lex, before=head_type)
    return cue is not None and cue.first == cue.last == j \
        and _is_verb_form(attrs.evolve(toks[j], word=toks[j].low), lex, attributive_ok=True)  # as in lower case


def _cue_before(toks: list[_Tok], first: int, lex: _Lexicon, head_type: Optional[str] = None) -> Optional[_Cue]:
    """A cue that ends right before the mention (a participle: "imzalanan X") of a ``head_type``."""
    end = first - 1
    while end >= 0 and toks[end].kind == "punct" and toks[end].text in _QUOTE_TOKENS:
        end -= 1
    for k in range(end, max(-1, end - 3), -1):
        next_to = k == end or k == end - 1 and toks[end].low == "bir"  # "yapılan (bir) anlaşma"
        cue = _cue_at(toks, k, lex, before=head_type if next_to else None)
        if cue is not None and cue.last == end:
            return cue
    return None


def _cue_after(toks: list[_Tok], after: int, lex: _Lexicon, limit: int = 45,
               dates: Sequence[TimeExpression] = (), dative: bool = False,
               head_type: Optional[str] = None) -> Optional[_Cue]:
    """The first cue after token ``after`` in the sentence, stopping at another verb
    (``dative``: token ``after`` is a head in the dative; ``head_type``: the head's type, for a
    partner between it and an adjacent cue)."""
    partner = _partner_after(toks, after, lex) if head_type in _PARTNER_TYPES else -1
    next_i = after + 1  # the first word after the head, past a time expression: "sözleşmenin gelecek hafta
    while next_i < len(toks) and _in_date(toks[next_i], dates):  # yapılacağı" (session 26's TTC
        next_i += 1  # sentence pool, spor-115)
    for j in range(after + 1, min(len(toks), after + 1 + limit)):
        tok = toks[j]
        if tok.kind == "punct" and tok.text in ";:":
            return None
        if _in_date(tok, dates):
            continue
        cue = _cue_at(toks, j, lex, adjacent=j in (next_i, partner + 1), dative=dative)
        if cue is not None:
            return cue
        if _is_verb_form(tok, lex):
            return None
    return None




def _partner_after(toks: list[_Tok], after: int, lex: _Lexicon) -> int:
    """The last token of the verb's partner right after the head, up to four words ending in the
    comitative ("protokolünü Kültür Üniversitesi'yle yaptık", "anlaşmayı Rusya ile yaptı": session 24's
    article pool, kultursanat-52): a cue right after it counts as adjacent.  -1 when there is none."""
    for j in range(after + 1, min(len(toks), after + 5)):
        tok = toks[j]
        if tok.kind != "word" or _is_verb_form(tok, lex):
            return -1
        if (tok.low == "ile" and j > after + 1) or _comitative(tok):
            return j
    return -1


# "alınan / aldığı / aldığımız / verilen / verdiği / çıkan / çıkacak karar": the participle of the decision's own
# light verb is its status cue (a future one: planned)
_DECISION_PARTICIPLE = regex.compile(
    r"\A(?:al|ver|çık)(?:[ıi][ln])?(?:[ae]n|m[ıi]ş|" + DIK_PARTICIPLE +
    r"|y?[ae]c[ae](?:k|ğ[ıiuü](?:m[ıiuü]z|n[ıiuü]z)?|kl[ae]r[ıi]))\Z")


def _decision_participle(tok: _Tok, h: _HeadMatch, initial: bool = False) -> Optional[str]:
    """The status a participle of al-/ver- gives the decision right after it, else None
    (``initial``: ``tok`` opens the sentence, so a capital is allowed: "Aldığı … kararı")."""
    if h.head.type != "decision" or tok.kind != "word" or (tok.cap and not initial) \
            or not _DECISION_PARTICIPLE.match(tok.low):
        return None
    return "planned" if regex.search(r"[ae]c[ae](?:k|ğ)", tok.low) else "adopted"


# "Rekabet Kurulu'nun yayınladığı gerekçeli karar": publishing is no status event of a decision taken
# before (not on ANNOTATION.md's session-7 list; both pool annotators of ekonomi-319 and -528 keep the
# clause), so its clause describes the decision, which it still shows adopted; a declaration is issued
# by publishing it ("yayımlanan başkanlar bildirisi", dev ekonomi-558: a status clause)
_PUBLISH_PARTICIPLE = regex.compile(r"\Aya(?:yın|yım)la(?:n[ae]n|" + DIK_PARTICIPLE + r")\Z")


def publishes(tok: _Tok, h: _HeadMatch) -> bool:
    """``tok`` is a participle of "yayınla-" / "yayımla-" before a decision head."""
    return h.head.type == "decision" and tok.kind == "word" and not tok.cap \
        and bool(_PUBLISH_PARTICIPLE.match(tok.low))


def _own_verb_cue(toks, h: _HeadMatch, start_i: int, lex,
                  participle: Optional[int] = None) -> tuple[Optional[_Cue], Optional[str]]:
    """The status a decision takes from its own light verb when a relative clause describes
    it: the participle inside the description ("… aldığı karar", or the ``participle`` that
    opens the clause before a compound: "… toplantısından çıkacak faiz kararı"), or the verb
    right after "… yaratan bir karar aldı".  (cue, side) or (None, None)."""
    if h.head.type != "decision" or start_i >= h.first:
        return None, None
    if participle is not None and participle >= 1 and toks[participle - 1].low.startswith("karar"):
        participle = None  # "… yönünde karar veren mahkeme kararı": the court's, not this decision's verb
    for k in (h.first - 1, participle):
        # a capitalised one only before a described head ("Aldığı birinci filtre kararını"): a bare
        # "Alınan karar …" opening a sentence is a later wording (``described._status_clause``)
        status = None if k is None else "adopted" if publishes(toks[k], h) \
            else _decision_participle(toks[k], h, initial=k == participle and sentence_initial(toks, k))
        if status is not None:
            return _Cue(first=k, last=k, status=status), "before"
    nxt = toks[h.last + 1] if h.last + 1 < len(toks) else None
    verb = next((v for v in lex.light.get(h.head.lemma, ()) if nxt is not None and nxt.low.startswith(v)), None)
    if toks[h.first - 1].low == "bir" and not h.suffix and verb is not None and nxt.kind == "word":
        rest = nxt.low[len(verb):]
        status = "planned" if any(f in rest for f in lex.future) else "adopted"
        return _Cue(first=h.last + 1, last=h.last + 1, status=status), "after"
    return None, None
