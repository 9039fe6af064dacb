"""The agreements lexicon: head nouns and their companions (``resources/agreement_heads.tsv``)
and the status verbs (``resources/agreement_verbs.tsv``), read once."""

from __future__ import annotations

import functools

import attrs

from ... import resources
from ...textnorm import tr_lower


HEADS_FILE = "agreement_heads.tsv"
VERBS_FILE = "agreement_verbs.tsv"


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
    dative: tuple = ()  # cues only right after a head in the dative ("anlaşmasına vardı")
    term: tuple = ()  # a contract's renewal, only right after the head, verbal nouns too ("sözleşmesi yenilenen")
    ended: tuple = ()  # a contract's end right after a possessed head ("sözleşmesi sona eren"): (words...)
    participle: tuple = ()  # cues only as a participle right before the mention ("yapılan anlaşma")
    decision_stop: frozenset = frozenset()
    adverb: frozenset = frozenset()  # sentence adverbs (also in ``stop``)
    decision_inner: frozenset = frozenset()
    direction: frozenset = frozenset()
    time_noun: frozenset = frozenset()
    demonstrative: frozenset = frozenset()
    personal: frozenset = frozenset()  # a personal decision's topic ("ayrılık kararı"): no item


@functools.lru_cache(maxsize=None)
def _lexicon() -> _Lexicon:
    heads, suffixes, light = [], set(), {}
    sets = {k: set() for k in ("posthead", "stop", "generic", "connector", "postp", "notverb",
                               "decision_stop", "decision_inner", "direction", "time_noun", "demonstrative",
                               "adverb", "personal")}
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
    cues, future, modal, notcue, pending, adjacent, dative, term, ended = [], [], [], set(), [], [], [], [], []
    participle = []
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
        elif kind == "dative":
            dative.append((tuple(cue.split()), status or "mentioned"))
        elif kind == "term":
            term.append((tuple(cue.split()), status or "mentioned"))
        elif kind == "ended":
            ended.append(tuple(cue.split()))
        elif kind == "participle":
            participle.append((tuple(cue.split()), status or "mentioned"))
    heads.sort(key=lambda h: (len(h.stems), len(" ".join(h.stems))), reverse=True)
    cues.sort(key=lambda c: len(c[0]), reverse=True)
    return _Lexicon(
        heads=tuple(heads), suffixes=frozenset(suffixes), light=light,
        posthead=frozenset(sets["posthead"]), stop=frozenset(sets["stop"] | sets["adverb"]),
        adverb=frozenset(sets["adverb"]),
        generic=frozenset(sets["generic"]), connector=frozenset(sets["connector"]),
        postp=frozenset(sets["postp"]), notverb=frozenset(sets["notverb"]),
        cues=tuple(cues), future=tuple(future), modal=tuple(modal), notcue=frozenset(notcue), pending=tuple(pending),
        adjacent=tuple(adjacent), dative=tuple(dative), term=tuple(term), ended=tuple(ended),
        participle=tuple(participle),
        **{k: frozenset(sets[k]) for k in ("decision_stop", "decision_inner", "direction", "time_noun",
                                           "demonstrative", "personal")},
    )
