#!/usr/bin/env python3
"""An independent scorer for the gold format (v1), written from the spec alone.

It is a second implementation of the "Matching" section of
``/work/shared/spec/gold-format.md`` (see also ``benchmarks/README.md``), used to
cross-check ``tr_diplo_ie.scoring``.  It deliberately uses the standard library
only and does not import ``tr_diplo_ie``.

Usage::

    python benchmarks/independent_scorer.py GOLD_DIR SYSTEM.jsonl [--json]

``GOLD_DIR`` holds one gold JSON document per file (``*.json``); ``SYSTEM.jsonl``
holds one gold-shaped system document per line (``tr-diplo-ie extract --format
gold``), items carrying ``start``/``end`` offsets.  Documents are paired by
``id``; a gold document without system output has all its items missed.

Reading of the spec (decisions that the spec leaves open are marked *):

* normalisation: NFC, Turkish lower-casing (I->ı, İ->i, then ``str.lower``),
  quote marks and apostrophes deleted, runs of white space collapsed to one
  space, ends stripped.
* tokens (*): maximal runs of word characters (``\\w+``) of the normalised
  string; Jaccard is over token *sets*; two empty sets have Jaccard 0.
* spans: system items use ``start``/``end`` when present (and the system text
  equals the gold text), otherwise, like gold items, the ``occurrence``-th
  (1-based, default 1) occurrence of ``text``.  Two spans overlap when they
  share at least one character.
* matching: per document and per kind, every admissible (gold, system) pair is
  scored and pairs are taken greedily, best score first, each gold and each
  system item used at most once.  Scores: quotes = token Jaccard of ``text``
  (admissible >= 0.5), tie broken by character overlap; money = character
  overlap (admissible when amounts are equal as decimals, currencies equal and
  spans overlap); dates = character overlap (admissible when > 0); agreements =
  token Jaccard of ``name`` (1.0 when the normalised names are equal;
  admissible >= 0.6 lenient, equality strict).  At equal score a non-optional
  gold item is preferred (*).
* optional gold items: a system item paired with one is neither a TP nor an FP;
  an unpaired one is not an FN.  Attribute accuracies are computed over the
  pairs with non-optional gold items only (*).
* quote tiers: ``direct`` and ``indirect`` are matched separately (a system
  item competes only within its own ``kind`` tier); ``mixed`` goes with the
  direct tier (*: it has quote marks; ``--mixed-tier indirect`` moves it).  ``quotes_all`` matches all quotes
  regardless of kind and adds a ``kind`` accuracy.
* speaker: strict = normalised names equal (two nulls are equal); lenient =
  last tokens equal (two nulls are equal).
* P = tp/(tp+fp), R = tp/(tp+fn), F1 harmonic mean; ``null`` when undefined
  (*: a 0/0).  Counts are summed over documents (micro average).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

KINDS = ("quotes_direct", "quotes_indirect", "money", "dates", "agreements")

# Quote marks and apostrophes removed before comparison.
_QUOTE_CHARS = "\"'`´\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u2032\u2033\u02bc\uff02\uff07"
_QUOTE_TABLE = {ord(c): None for c in _QUOTE_CHARS}
_WS = re.compile(r"\s+")
_TOKEN = re.compile(r"\w+")


# --------------------------------------------------------------------------- strings

def normalise(value: Optional[str]) -> Optional[str]:
    """NFC, Turkish lower case, no quote marks/apostrophes, collapsed white space."""
    if value is None:
        return None
    text = unicodedata.normalize("NFC", str(value))
    text = text.replace("I", "ı").replace("İ", "i").lower()
    # str.lower() of a precomposed İ is handled above; a decomposed I+dot would
    # leave a combining dot, which NFC has already composed.
    text = text.translate(_QUOTE_TABLE)
    return _WS.sub(" ", text).strip()


def tokens(value: Optional[str]) -> frozenset:
    norm = normalise(value)
    return frozenset(_TOKEN.findall(norm)) if norm else frozenset()


def jaccard(a: Optional[str], b: Optional[str]) -> float:
    ta, tb = tokens(a), tokens(b)
    if not ta and not tb:
        return 0.0
    return len(ta & tb) / len(ta | tb)


def last_token(value: Optional[str]) -> Optional[str]:
    norm = normalise(value)
    if norm is None:
        return None
    parts = norm.split(" ")
    return parts[-1] if parts else ""


def as_decimal(value: Any) -> Optional[Decimal]:
    if value is None:
        return None
    try:
        return Decimal(str(value)).normalize()
    except (InvalidOperation, ValueError):
        return None


# --------------------------------------------------------------------------- spans

def find_occurrence(body: str, text: Optional[str], occurrence: int = 1) -> Optional[tuple[int, int]]:
    """Span of the ``occurrence``-th (1-based) occurrence of ``text`` in ``body``."""
    if not text:
        return None
    pos = -1
    for _ in range(max(1, int(occurrence or 1))):
        pos = body.find(text, pos + 1)
        if pos < 0:
            return None
    return pos, pos + len(text)


def item_span(item: dict, body: str, use_offsets: bool) -> Optional[tuple[int, int]]:
    if use_offsets:
        start, end = item.get("start"), item.get("end")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(body):
            return start, end
    return find_occurrence(body, item.get("text"), item.get("occurrence") or 1)


def overlap(a: Optional[tuple[int, int]], b: Optional[tuple[int, int]]) -> int:
    if a is None or b is None:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


# --------------------------------------------------------------------------- matching

class Item:
    __slots__ = ("data", "span", "optional")

    def __init__(self, data: dict, span, optional: bool):
        self.data, self.span, self.optional = data, span, optional


def greedy_pairs(golds: list[Item], systems: list[Item],
                 score: Callable[[Item, Item], Optional[tuple]]) -> list[tuple[int, int]]:
    """Pairs (gold index, system index), best score first, one-to-one."""
    candidates = []
    for gi, gold in enumerate(golds):
        for si, system in enumerate(systems):
            value = score(gold, system)
            if value is not None:
                # higher score first; at a tie, non-optional gold first, then order.
                candidates.append((value, not gold.optional, -gi, -si, gi, si))
    candidates.sort(reverse=True)
    used_g, used_s, pairs = set(), set(), []
    for *_, gi, si in candidates:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        pairs.append((gi, si))
    return pairs


class Tally:
    def __init__(self, attributes: Iterable[str]):
        self.tp = self.fp = self.fn = self.optional = 0
        self.attrs = {name: [0, 0] for name in attributes}

    def attr(self, name: str, correct: bool) -> None:
        slot = self.attrs[name]
        slot[1] += 1
        slot[0] += int(bool(correct))

    def add(self, golds: list[Item], systems: list[Item], pairs: list[tuple[int, int]],
            judge: Callable[["Tally", Item, Item], None]) -> None:
        paired_g = {g for g, _ in pairs}
        paired_s = {s for _, s in pairs}
        for gi, si in pairs:
            if golds[gi].optional:
                self.optional += 1
            else:
                self.tp += 1
                judge(self, golds[gi], systems[si])
        self.fp += sum(1 for si in range(len(systems)) if si not in paired_s)
        self.fn += sum(1 for gi, g in enumerate(golds) if gi not in paired_g and not g.optional)

    def result(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else None
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else None
        f = (2 * p * r / (p + r) if p + r else 0.0) if p is not None and r is not None else None
        out = {"tp": self.tp, "fp": self.fp, "fn": self.fn, "optional": self.optional,
               "precision": p, "recall": r, "f1": f}
        for name, (correct, total) in self.attrs.items():
            out[name] = {"correct": correct, "total": total,
                         "accuracy": correct / total if total else None}
        return out


# --------------------------------------------------------------------------- per kind

def _quote_score(gold: Item, system: Item):
    j = jaccard(gold.data.get("text"), system.data.get("text"))
    return (j, overlap(gold.span, system.span)) if j >= 0.5 else None


def _judge_quote(tally: Tally, gold: Item, system: Item) -> None:
    gs, ss = gold.data.get("speaker"), system.data.get("speaker")
    tally.attr("speaker_strict", normalise(gs) == normalise(ss))
    tally.attr("speaker_lenient", last_token(gs) == last_token(ss))
    tally.attr("cue", normalise(gold.data.get("cue")) == normalise(system.data.get("cue")))
    if "kind" in tally.attrs:
        tally.attr("kind", gold.data.get("kind") == system.data.get("kind"))


def _money_score(gold: Item, system: Item):
    ga, sa = as_decimal(gold.data.get("amount")), as_decimal(system.data.get("amount"))
    if ga is None or ga != sa:
        return None
    if (gold.data.get("currency") or "").upper() != (system.data.get("currency") or "").upper():
        return None
    ov = overlap(gold.span, system.span)
    return (ov,) if ov > 0 else None


def _judge_money(tally: Tally, gold: Item, system: Item) -> None:
    tally.attr("approximate", bool(gold.data.get("approximate")) == bool(system.data.get("approximate")))
    tally.attr("qualifier", gold.data.get("qualifier") == system.data.get("qualifier"))
    tally.attr("amount_max", as_decimal(gold.data.get("amount_max")) == as_decimal(system.data.get("amount_max")))


def _date_score(gold: Item, system: Item):
    ov = overlap(gold.span, system.span)
    return (ov,) if ov > 0 else None


def _judge_date(tally: Tally, gold: Item, system: Item) -> None:
    tally.attr("value", gold.data.get("value") == system.data.get("value"))
    tally.attr("type", gold.data.get("type") == system.data.get("type"))
    tally.attr("mod", gold.data.get("mod") == system.data.get("mod"))


def _agreement_score_lenient(gold: Item, system: Item):
    if normalise(gold.data.get("name")) == normalise(system.data.get("name")) and gold.data.get("name"):
        return (1.0, overlap(gold.span, system.span))
    j = jaccard(gold.data.get("name"), system.data.get("name"))
    return (j, overlap(gold.span, system.span)) if j >= 0.6 else None


def _agreement_score_strict(gold: Item, system: Item):
    if gold.data.get("name") and normalise(gold.data.get("name")) == normalise(system.data.get("name")):
        return (1.0, overlap(gold.span, system.span))
    return None


def _judge_agreement(tally: Tally, gold: Item, system: Item) -> None:
    tally.attr("type", gold.data.get("type") == system.data.get("type"))
    tally.attr("status", gold.data.get("status") == system.data.get("status"))
    tally.attr("named", bool(gold.data.get("named")) == bool(system.data.get("named")))


QUOTE_ATTRS = ("speaker_strict", "speaker_lenient", "cue")


def _tier(kind: Optional[str], mixed_tier: str = "direct") -> str:
    if kind == "mixed":
        return mixed_tier
    return "indirect" if kind == "indirect" else "direct"


def score_documents(pairs: Iterable[tuple[dict, Optional[dict]]], mixed_tier: str = "direct") -> dict:
    """Scores of (gold document, system document or None) pairs.

    ``mixed_tier`` ("direct" or "indirect"): the tier of ``kind: mixed`` quotes,
    which the spec leaves open.
    """
    if mixed_tier not in ("direct", "indirect"):
        raise ValueError("mixed_tier must be 'direct' or 'indirect'")
    tallies = {
        "quotes_direct": Tally(QUOTE_ATTRS),
        "quotes_indirect": Tally(QUOTE_ATTRS),
        "quotes_all": Tally(QUOTE_ATTRS + ("kind",)),
        "money": Tally(("approximate", "qualifier", "amount_max")),
        "dates": Tally(("value", "type", "mod")),
        "agreements": Tally(("type", "status", "named")),
        "agreements_strict": Tally(("type", "status", "named")),
    }
    documents = 0
    for gold_doc, system_doc in pairs:
        documents += 1
        body = gold_doc.get("text") or ""
        system_doc = system_doc or {}
        use_offsets = system_doc.get("text", body) == body

        def items(doc: dict, key: str, is_gold: bool) -> list[Item]:
            out = []
            for data in doc.get(key) or []:
                if not isinstance(data, dict):
                    continue
                span = item_span(data, body, use_offsets=not is_gold and use_offsets)
                out.append(Item(data, span, bool(data.get("optional")) if is_gold else False))
            return out

        gq, sq = items(gold_doc, "quotes", True), items(system_doc, "quotes", False)
        for tier in ("direct", "indirect"):
            g = [i for i in gq if _tier(i.data.get("kind"), mixed_tier) == tier]
            s = [i for i in sq if _tier(i.data.get("kind"), mixed_tier) == tier]
            tallies["quotes_" + tier].add(g, s, greedy_pairs(g, s, _quote_score), _judge_quote)
        tallies["quotes_all"].add(gq, sq, greedy_pairs(gq, sq, _quote_score), _judge_quote)

        g, s = items(gold_doc, "money", True), items(system_doc, "money", False)
        tallies["money"].add(g, s, greedy_pairs(g, s, _money_score), _judge_money)

        g, s = items(gold_doc, "dates", True), items(system_doc, "dates", False)
        tallies["dates"].add(g, s, greedy_pairs(g, s, _date_score), _judge_date)

        g, s = items(gold_doc, "agreements", True), items(system_doc, "agreements", False)
        tallies["agreements"].add(g, s, greedy_pairs(g, s, _agreement_score_lenient), _judge_agreement)
        tallies["agreements_strict"].add(g, s, greedy_pairs(g, s, _agreement_score_strict), _judge_agreement)

    result: dict[str, Any] = {"documents": documents}
    result.update({name: tally.result() for name, tally in tallies.items()})
    return result


# --------------------------------------------------------------------------- I/O

def load_gold_dir(gold_dir: Path) -> list[dict]:
    docs = []
    for path in sorted(Path(gold_dir).glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8-sig"))
        doc.setdefault("id", path.stem)
        docs.append(doc)
    return docs


def load_system(path: Path) -> dict[str, dict]:
    out = {}
    with Path(path).open(encoding="utf-8-sig") as handle:
        for line in handle:
            line = line.strip()
            if line:
                doc = json.loads(line)
                out[str(doc.get("id"))] = doc
    return out


def score_files(gold_dir: Path, system_path: Path, mixed_tier: str = "direct") -> dict:
    golds = load_gold_dir(gold_dir)
    systems = load_system(system_path)
    return score_documents(((g, systems.get(str(g.get("id")))) for g in golds), mixed_tier=mixed_tier)


def _fmt(value: Optional[float]) -> str:
    return "—" if value is None else f"{value:.3f}"


def format_table(scores: dict) -> str:
    lines = [f"documents: {scores['documents']}", "",
             "| kind | tp | fp | fn | P | R | F1 | attributes |",
             "|---|---|---|---|---|---|---|---|"]
    for name in KINDS + ("quotes_all", "agreements_strict"):
        row = scores[name]
        attrs = ", ".join(f"{k} {_fmt(v['accuracy'])} ({v['correct']}/{v['total']})"
                          for k, v in row.items() if isinstance(v, dict))
        lines.append(f"| {name} | {row['tp']} | {row['fp']} | {row['fn']} | {_fmt(row['precision'])} | "
                     f"{_fmt(row['recall'])} | {_fmt(row['f1'])} | {attrs} |")
    return "\n".join(lines)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_dir")
    parser.add_argument("system", help="system output, JSON Lines of gold-shaped documents")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--mixed-tier", choices=("direct", "indirect"), default="direct",
                        help="tier of kind 'mixed' quotes (the spec leaves it open; default direct)")
    args = parser.parse_args(argv)
    scores = score_files(Path(args.gold_dir), Path(args.system), mixed_tier=args.mixed_tier)
    if args.json:
        print(json.dumps(scores, ensure_ascii=False, indent=2))
    else:
        print(format_table(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
