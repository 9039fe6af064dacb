"""Agreement between two annotations of the same documents, on the tiers the second one covers.

    python corpus/tools/second_annotation.py FIRST_DIR SECOND_DIR [--tiers quotes_direct agreements]

Each annotation is scored as a system against the other as gold (with the project scorer,
``tr_diplo_ie.scoring``): the system side keeps only its required items, the gold side's optional
items count neither way, as in the article pools' ``gold-2`` comparison (``corpus/pools/README.md``).
Only documents present in SECOND_DIR are read. Prints tp/fp/fn and F1 per tier and direction, the
strict speaker agreement of the quote tiers and the status agreement of agreements, and every
disagreement.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from tr_diplo_ie.scoring import align_documents, normalize

KINDS = ("quotes", "money", "dates", "agreements")


def required_only(doc: dict) -> dict:
    out = dict(doc)
    for kind in KINDS:
        out[kind] = [{k: v for k, v in item.items() if k != "optional"}
                     for item in doc.get(kind, []) if not item.get("optional")]
    return out


def compare(gold_docs: dict, system_docs: dict, tiers, label: str) -> dict:
    totals = {tier: [0, 0, 0, 0] for tier in tiers}
    for doc_id, system in sorted(system_docs.items()):
        alignment = align_documents(gold_docs[doc_id], required_only(system))
        for tier in tiers:
            al = alignment[tier]
            pairs = [p for p in al.pairs if not p.gold.optional]
            row = totals[tier]
            row[0] += len(pairs)
            row[1] += len(al.spurious)
            row[2] += sum(1 for m in al.missed if not m.optional)
            for p in pairs:
                if tier.startswith("quotes"):
                    same = normalize(p.gold.data.get("speaker") or "") == normalize(p.system.data.get("speaker") or "")
                else:
                    same = p.gold.data.get("status") == p.system.data.get("status")
                row[3] += same
                if not same:
                    print(f"  {label} {doc_id} {tier} attribute: {p.gold.data.get('text')[:60]!r}")
            for m in al.missed:
                if not m.optional:
                    print(f"  {label} {doc_id} {tier} only in gold: {m.data.get('text')[:70]!r}")
            for s in al.spurious:
                print(f"  {label} {doc_id} {tier} only in system: {s.data.get('text')[:70]!r}")
    for tier, (tp, fp, fn, same) in totals.items():
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        what = "speaker strict" if tier.startswith("quotes") else "status"
        print(f"{label} {tier}: {tp}/{fp}/{fn} F1 {f1:.2f}, {what} {same}/{tp}")
    return totals


def load(directory: Path, ids=None) -> dict:
    docs = {}
    for path in sorted(directory.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        if ids is None or doc["id"] in ids:
            docs[doc["id"]] = doc
    return docs


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    parser.add_argument("--tiers", nargs="+", default=["quotes_direct", "agreements"])
    args = parser.parse_args(argv)
    second = load(args.second)
    first = load(args.first, set(second))
    missing = set(second) - set(first)
    if missing:
        parser.error(f"not in {args.first}: {sorted(missing)}")
    compare(first, second, args.tiers, "first-as-gold")
    compare(second, first, args.tiers, "second-as-gold")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
