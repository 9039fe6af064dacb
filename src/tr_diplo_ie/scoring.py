"""Score system output against gold documents (gold-format spec, section "Matching").

Both sides are dicts of the gold shape (see :mod:`tr_diplo_ie.gold`); a system
document is what :func:`tr_diplo_ie.gold.to_gold` writes, or any other system's
output in the same shape.  Item offsets come from ``start``/``end`` when present,
otherwise from ``text`` (+ ``occurrence``) — :func:`tr_diplo_ie.gold.locate`.
Strings are compared after :func:`tr_diplo_ie.textnorm.normalize`.

Tiers (top-level keys of :func:`score_documents`)
-------------------------------------------------
``quotes_direct``    quotes with ``kind: direct``.
``quotes_indirect``  quotes with ``kind: indirect`` **or** ``mixed``.  A mixed quote is a
                     reported clause with a quoted fragment inside it; its ``text`` is the
                     clause, so it is scored with the indirect tier.  A system quote with
                     a missing or unknown kind is scored in the direct tier.  Gold and
                     system items only pair within one tier.
``quotes_all``       every quote, kind ignored for pairing (shows mis-tiered quotes);
                     has a ``kind`` attribute (exact kind equal).
``money``, ``dates``, ``agreements``
``documents``        the number of document pairs scored (an int).

Pairing
-------
* quotes: token Jaccard of normalised ``text`` ≥ 0.5; score = Jaccard, then span overlap.
* money: equal ``amount`` (Decimal equality: "1.5E9" = "1500000000") and ``currency``
  (case-insensitive) and overlapping spans;
  score = character-overlap ratio of the spans.
* dates: overlapping spans; score = overlap ratio, then value equality.
* agreements: *strict* when the normalised ``name`` is equal; *lenient* when the
  token Jaccard of ``name`` ≥ 0.6; score = Jaccard, then span overlap, then
  closeness.  The two are two separate matchings; the headline tp/fp/fn of
  ``agreements`` is the lenient one.
Candidate pairs are taken greedily, best score first (ties: required gold before
optional gold, then document order); each gold and each system item pairs at most
once.  A system item paired with an ``optional`` gold item counts in ``optional``
and is neither TP nor FP; an unpaired optional gold item is not a FN.  Attribute
accuracies use the pairs with non-optional gold items only.  An ``optional`` flag on a
system item is ignored (the item counts like any other).

Result of each tier (micro-averaged over documents)
---------------------------------------------------
``{"tp", "fp", "fn", "optional", "precision", "recall", "f1", <attributes>}``

precision = tp/(tp+fp), recall = tp/(tp+fn), F1 their harmonic mean; when a
denominator is 0: precision is 1.0 if fn == 0 else 0.0 (nothing predicted, nothing
to find → perfect; nothing predicted but gold exists → 0); recall is 1.0 if fp == 0
else 0.0; F1 is 0.0 when precision + recall == 0.

Every attribute is ``{"correct": int, "total": int, "accuracy": float | None}``
(None when total is 0).  Attribute keys are always present:

* quotes_*: ``speaker_strict`` (normalised names equal; both null counts as equal),
  ``speaker_lenient`` (strict, or last tokens equal), ``cue`` (over pairs whose gold
  has a cue; normalised equal), ``exact_span``; ``quotes_all`` adds ``kind``.
* money: ``approximate`` (missing = false), ``amount_max`` and ``qualifier`` (over
  pairs where either side has one; equal), ``exact_span``.
* dates: ``value`` (over all pairs; equal strings, both missing counts as equal),
  ``type``, ``mod`` (over pairs where either side has one), ``exact_span``.
* agreements: ``type``, ``status``, ``named``, ``date`` (over pairs where either side
  has one), ``exact_span`` — all over the lenient pairs; plus ``strict`` and
  ``lenient``, each ``{"tp", "fp", "fn", "optional", "precision", "recall", "f1"}``.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any, Callable, Iterable, Iterator, Mapping, Optional, Sequence

import attrs

from .gold import GoldError, locate, validate
from .textnorm import last_token, normalize, token_jaccard

__all__ = [
    "TIERS", "QUOTE_JACCARD", "AGREEMENT_JACCARD", "Item", "Pair", "Alignment",
    "align_documents", "score_document", "score_documents", "pair_documents",
    "format_table", "prf",
]

TIERS = ("quotes_direct", "quotes_indirect", "quotes_all", "money", "dates", "agreements")
QUOTE_JACCARD = 0.5
AGREEMENT_JACCARD = 0.6
_EPS = 1e-9

_ATTRIBUTES = {
    "quotes_direct": ("speaker_strict", "speaker_lenient", "cue", "exact_span"),
    "quotes_indirect": ("speaker_strict", "speaker_lenient", "cue", "exact_span"),
    "quotes_all": ("speaker_strict", "speaker_lenient", "cue", "kind", "exact_span"),
    "money": ("approximate", "amount_max", "qualifier", "exact_span"),
    "dates": ("value", "type", "mod", "exact_span"),
    "agreements": ("type", "status", "named", "date", "exact_span"),
}


@attrs.frozen
class Item:
    """A located gold or system item: its dict, offsets, index in its list, optionality."""

    data: Mapping[str, Any]
    start: int
    end: int
    index: int
    optional: bool = False


@attrs.frozen
class Pair:
    gold: Item
    system: Item
    score: tuple


@attrs.frozen
class Alignment:
    """The pairs of one tier in one document, and what stayed unpaired."""

    pairs: tuple[Pair, ...]
    missed: tuple[Item, ...]  # unpaired gold items (optional ones included)
    spurious: tuple[Item, ...]  # unpaired system items


# --------------------------------------------------------------------------- helpers


def _overlap(a: Item, b: Item) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _overlap_ratio(a: Item, b: Item) -> float:
    inter = _overlap(a, b)
    union = max(a.end, b.end) - min(a.start, b.start)
    return inter / union if union > 0 else 0.0


def _distance(a: Item, b: Item) -> int:
    return abs(a.start - b.start)


def _decimal(value: Any) -> Optional[Decimal]:
    if value is None or isinstance(value, bool):
        return None
    try:
        d = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return None
    return d if d.is_finite() else None


def _speaker(value: Any) -> Optional[str]:
    if isinstance(value, Mapping):  # tolerate {"name": ..., "text": ...}
        value = value.get("name") or value.get("text")
    return value if isinstance(value, str) else None


def _quote_tier(kind: Any) -> str:
    return "quotes_indirect" if kind in ("indirect", "mixed") else "quotes_direct"


def prf(tp: int, fp: int, fn: int) -> dict:
    """``{"precision", "recall", "f1"}`` with the conventions of the module docstring."""
    precision = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    recall = tp / (tp + fn) if tp + fn else (1.0 if fp == 0 else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


# --------------------------------------------------------------------------- pairing


def _quote_score(g: Item, s: Item) -> Optional[tuple]:
    j = token_jaccard(g.data.get("text"), s.data.get("text"))
    if j + _EPS < QUOTE_JACCARD:
        return None
    return (j, _overlap_ratio(g, s))


def _money_score(g: Item, s: Item) -> Optional[tuple]:
    ga, sa = _decimal(g.data.get("amount")), _decimal(s.data.get("amount"))
    if ga is None or sa is None or ga != sa:
        return None
    gc, sc = g.data.get("currency"), s.data.get("currency")
    if not isinstance(gc, str) or not isinstance(sc, str) or gc.strip().upper() != sc.strip().upper():
        return None
    if _overlap(g, s) <= 0:
        return None
    return (_overlap_ratio(g, s),)


def _date_score(g: Item, s: Item) -> Optional[tuple]:
    if _overlap(g, s) <= 0:
        return None
    return (_overlap_ratio(g, s), g.data.get("value") == s.data.get("value"))


def _agreement_strict_score(g: Item, s: Item) -> Optional[tuple]:
    gn, sn = normalize(_str(g.data.get("name"))), normalize(_str(s.data.get("name")))
    if not gn or gn != sn:
        return None
    return (1.0, _overlap_ratio(g, s), -_distance(g, s))


def _agreement_lenient_score(g: Item, s: Item) -> Optional[tuple]:
    gn, sn = _str(g.data.get("name")), _str(s.data.get("name"))
    j = token_jaccard(gn, sn)
    if normalize(gn) and normalize(gn) == normalize(sn):
        j = 1.0
    if j + _EPS < AGREEMENT_JACCARD:
        return None
    return (j, _overlap_ratio(g, s), -_distance(g, s))


def _str(value: Any) -> Optional[str]:
    return value if isinstance(value, str) else None


def _align(gold: Sequence[Item], system: Sequence[Item],
           score: Callable[[Item, Item], Optional[tuple]]) -> Alignment:
    candidates = []
    for g in gold:
        for s in system:
            sc = score(g, s)
            if sc is not None:
                candidates.append((sc, g, s))
    # best score first; ties: required gold before optional, then document order
    candidates.sort(key=lambda c: (tuple(-x for x in c[0]), c[1].optional, c[1].index, c[2].index))
    used_g, used_s, pairs = set(), set(), []
    for sc, g, s in candidates:
        if g.index in used_g or s.index in used_s:
            continue
        used_g.add(g.index)
        used_s.add(s.index)
        pairs.append(Pair(gold=g, system=s, score=sc))
    pairs.sort(key=lambda p: p.gold.index)
    return Alignment(
        pairs=tuple(pairs),
        missed=tuple(g for g in gold if g.index not in used_g),
        spurious=tuple(s for s in system if s.index not in used_s),
    )


def _items(doc: Mapping[str, Any], kind: str, text: str, where: str, is_gold: bool) -> list[Item]:
    out = []
    for index, data in enumerate(doc.get(kind) or ()):
        if not isinstance(data, Mapping):
            raise GoldError(f"{where}: {kind}[{index}] is not a JSON object")
        try:
            start, end = locate(text, data)
        except GoldError as exc:
            raise GoldError(f"{where}: {kind}[{index}]: {exc}") from None
        optional = is_gold and data.get("optional") is True
        out.append(Item(data=data, start=start, end=end, index=index, optional=optional))
    return out


def align_documents(gold: Mapping[str, Any], system: Mapping[str, Any]) -> dict[str, Alignment]:
    """Pair the items of one gold and one system document; a dict tier → Alignment.

    Keys: the six tiers of :data:`TIERS` plus ``agreements_strict``.  The gold
    document is validated; a system document whose ``text`` differs from the gold
    ``text``, or whose item cannot be located, raises GoldError.
    """
    gid = gold.get("id", "<gold>") if isinstance(gold, Mapping) else "<gold>"
    validate(gold, f"gold {gid}")
    if not isinstance(system, Mapping):
        raise GoldError(f"system {gid}: a document is a JSON object")
    text = gold["text"]
    sid = system.get("id")
    if sid not in (None, "") and sid != gold["id"]:
        raise GoldError(f"system document id {sid!r} does not match gold id {gold['id']!r}")
    if "text" in system and system["text"] != text:
        raise GoldError(f"system {gid}: 'text' differs from the gold text")
    g = {k: _items(gold, k, text, f"gold {gid}", True) for k in ("quotes", "money", "dates", "agreements")}
    s = {k: _items(system, k, text, f"system {gid}", False) for k in ("quotes", "money", "dates", "agreements")}

    out = {}
    for tier in ("quotes_direct", "quotes_indirect"):
        out[tier] = _align(
            [i for i in g["quotes"] if _quote_tier(i.data.get("kind")) == tier],
            [i for i in s["quotes"] if _quote_tier(i.data.get("kind")) == tier],
            _quote_score,
        )
    out["quotes_all"] = _align(g["quotes"], s["quotes"], _quote_score)
    out["money"] = _align(g["money"], s["money"], _money_score)
    out["dates"] = _align(g["dates"], s["dates"], _date_score)
    out["agreements"] = _align(g["agreements"], s["agreements"], _agreement_lenient_score)
    out["agreements_strict"] = _align(g["agreements"], s["agreements"], _agreement_strict_score)
    return out


# --------------------------------------------------------------------------- attributes


def _attribute_checks(tier: str, g: Mapping, s: Mapping, exact: bool) -> dict[str, Optional[bool]]:
    """attribute → True/False (counted) or None (not counted for this pair)."""
    if tier.startswith("quotes"):
        gs, ss = _speaker(g.get("speaker")), _speaker(s.get("speaker"))
        strict = normalize(gs) == normalize(ss)
        lenient = strict or (bool(last_token(gs)) and last_token(gs) == last_token(ss))
        res = {
            "speaker_strict": strict,
            "speaker_lenient": lenient,
            "cue": (normalize(_str(g.get("cue"))) == normalize(_str(s.get("cue"))))
            if g.get("cue") is not None else None,
            "exact_span": exact,
        }
        if tier == "quotes_all":
            res["kind"] = g.get("kind") == s.get("kind")
        return res
    if tier == "money":
        gm, sm = g.get("amount_max"), s.get("amount_max")
        gq, sq = g.get("qualifier"), s.get("qualifier")
        return {
            "approximate": bool(g.get("approximate", False)) == bool(s.get("approximate", False)),
            "amount_max": (_decimal(gm) is not None and _decimal(gm) == _decimal(sm))
            if (gm is not None or sm is not None) else None,
            "qualifier": (gq == sq) if (gq is not None or sq is not None) else None,
            "exact_span": exact,
        }
    if tier == "dates":
        gmod, smod = g.get("mod"), s.get("mod")
        return {
            "value": g.get("value") == s.get("value"),
            "type": g.get("type") == s.get("type"),
            "mod": (gmod == smod) if (gmod is not None or smod is not None) else None,
            "exact_span": exact,
        }
    if tier == "agreements":
        gd, sd = g.get("date"), s.get("date")
        return {
            "type": g.get("type") == s.get("type"),
            "status": g.get("status") == s.get("status"),
            "named": bool(g.get("named", False)) == bool(s.get("named", False)),
            "date": (gd == sd) if (gd is not None or sd is not None) else None,
            "exact_span": exact,
        }
    raise KeyError(tier)


class _Tally:
    def __init__(self, attributes: Sequence[str] = ()):
        self.tp = self.fp = self.fn = self.optional = 0
        self.attrs = {name: [0, 0] for name in attributes}

    def add(self, tier: Optional[str], alignment: Alignment) -> None:
        for pair in alignment.pairs:
            if pair.gold.optional:
                self.optional += 1
                continue
            self.tp += 1
            if tier is None:
                continue
            exact = (pair.gold.start, pair.gold.end) == (pair.system.start, pair.system.end)
            for name, ok in _attribute_checks(tier, pair.gold.data, pair.system.data, exact).items():
                if ok is None:
                    continue
                self.attrs[name][1] += 1
                self.attrs[name][0] += int(bool(ok))
        self.fn += sum(1 for g in alignment.missed if not g.optional)
        self.fp += len(alignment.spurious)

    def counts(self) -> dict:
        out = {"tp": self.tp, "fp": self.fp, "fn": self.fn, "optional": self.optional}
        out.update(prf(self.tp, self.fp, self.fn))
        return out

    def result(self) -> dict:
        out = self.counts()
        for name, (correct, total) in self.attrs.items():
            out[name] = {"correct": correct, "total": total,
                         "accuracy": correct / total if total else None}
        return out


# --------------------------------------------------------------------------- scoring


def score_documents(pairs: Iterable[tuple[Mapping[str, Any], Mapping[str, Any]]]) -> dict:
    """Micro-averaged scores over ``(gold_doc, system_doc)`` pairs (see module docstring)."""
    tallies = {tier: _Tally(_ATTRIBUTES[tier]) for tier in TIERS}
    strict = _Tally()
    n = 0
    for gold, system in pairs:
        alignment = align_documents(gold, system)
        for tier in TIERS:
            tallies[tier].add(tier, alignment[tier])
        strict.add(None, alignment["agreements_strict"])
        n += 1
    out: dict[str, Any] = {"documents": n}
    for tier in TIERS:
        out[tier] = tallies[tier].result()
    out["agreements"]["strict"] = strict.counts()
    out["agreements"]["lenient"] = tallies["agreements"].counts()
    return out


def score_document(gold: Mapping[str, Any], system: Mapping[str, Any]) -> dict:
    """:func:`score_documents` for a single pair."""
    return score_documents([(gold, system)])


def pair_documents(gold_docs: Iterable[Mapping[str, Any]],
                   system_docs: Iterable[Mapping[str, Any]]) -> Iterator[tuple[Mapping, Mapping]]:
    """Pair documents by ``id``, in gold order.

    A gold document without a system document is paired with an empty one (all
    its items become false negatives); system documents without gold are ignored.
    """
    by_id = {}
    for doc in system_docs:
        by_id[doc.get("id")] = doc
    for gold in gold_docs:
        yield gold, by_id.get(gold.get("id"), {"id": gold.get("id"), "text": gold.get("text")})


# --------------------------------------------------------------------------- report


def _num(x: Optional[float]) -> str:
    return "–" if x is None else f"{x:.3f}"


def format_table(scores: Mapping[str, Any]) -> str:
    """Markdown tables: P/R/F1 per tier, then attribute accuracies."""
    rows = [
        f"Documents: {scores.get('documents', 0)}",
        "",
        "| kind | TP | FP | FN | optional | P | R | F1 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    lines = [(tier, scores[tier]) for tier in TIERS if tier in scores]
    if "agreements" in scores and "strict" in scores["agreements"]:
        lines.append(("agreements (strict)", scores["agreements"]["strict"]))
    for name, r in lines:
        rows.append(
            f"| {name} | {r['tp']} | {r['fp']} | {r['fn']} | {r.get('optional', 0)} | "
            f"{_num(r['precision'])} | {_num(r['recall'])} | {_num(r['f1'])} |"
        )
    rows += ["", "| kind | attribute | correct | total | accuracy |", "|---|---|---:|---:|---:|"]
    for tier in TIERS:
        if tier not in scores:
            continue
        for name in _ATTRIBUTES[tier]:
            a = scores[tier].get(name)
            if not isinstance(a, Mapping):
                continue
            rows.append(f"| {tier} | {name} | {a['correct']} | {a['total']} | {_num(a['accuracy'])} |")
    return "\n".join(rows) + "\n"
