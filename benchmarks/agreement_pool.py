"""Score the agreements extractor on an article pool annotated for agreements only
(``corpus/pools/<name>/gold/*.json``: gold-format documents without ``text`` and with only
``agreements``).  The texts are TTC-3600 articles rebuilt from ``../shared/data`` as
``corpus/tools/ttc_article_pool.py`` drew them, so this needs that data; the pools are dev
material (``benchmarks/README.md``).

    python benchmarks/agreement_pool.py corpus/pools/agreements-s23 [--analyzer rules] [--errors] [--gold gold-2]

Prints lenient tp/fp/fn, F1 and the strict, type and status counts (``tr_diplo_ie.scoring``
pairs the items, optional gold items count neither way).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "corpus" / "tools"))

from tr_diplo_ie import Pipeline  # noqa: E402
from tr_diplo_ie.gold import to_gold  # noqa: E402
from tr_diplo_ie.scoring import align_documents  # noqa: E402

KINDS = ("quotes", "money", "dates")


def pool_texts(ids: set[str]) -> dict[str, str]:
    """The normalised TTC-3600 texts of ``ids``, as the pool's annotators read them; an id ending in
    ``-sK`` is the article's K-th sentence (``corpus/tools/ttc_sentence_pool.py``), spaces collapsed."""
    import regex
    from candidates import DATA
    from make_article import normalise
    from tr_diplo_ie import segment
    sentences = {}
    for sid in ids:
        m = regex.fullmatch(r"(ttc-\w+-\d+)-s(\d+)", sid)
        if m:
            sentences.setdefault(m.group(1), []).append((sid, int(m.group(2))))
    out = {}
    with open(DATA, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            m = regex.match(r"TTC-3600_Orj/(\w+)/c \((\d+)\)\.txt", row["file"])
            aid = f"ttc-{m.group(1)}-{int(m.group(2))}"
            if aid in ids:
                out[aid] = normalise(row["text"])
            if aid in sentences:
                text = normalise(row["text"])
                spans = segment.sentence_spans(text)
                for sid, k in sentences[aid]:
                    start, end = spans[k]
                    out[sid] = " ".join(text[start:end].split())
    return out


def score(pool: Path, analyzer: str, errors: bool, texts: dict[str, str] | None = None,
          gold: str = "gold") -> dict:
    """Scores of ``pool`` against its annotation folder ``gold`` (``gold-2``: a second, independent
    annotation); ``texts`` (id -> text) instead of the TTC-3600 data, for tests."""
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((pool / gold).glob("*.json"))]
    if texts is None:
        texts = pool_texts({g["id"] for g in golds})
    missing = [g["id"] for g in golds if g["id"] not in texts]
    if missing:
        raise SystemExit(f"texts not found in the TTC-3600 data: {missing}")
    nlp = Pipeline(analyzer=analyzer)
    tp = fp = fn = strict = status = type_ = 0
    for g in golds:
        g = dict(g, text=texts[g["id"]], **{k: [] for k in KINDS})
        s = to_gold(nlp.extract(g["text"]))
        s.update({"id": g["id"], **{k: [] for k in KINDS}})
        al = align_documents(g, s)
        pairs = [p for p in al["agreements"].pairs if not p.gold.optional]
        tp += len(pairs)
        status += sum(p.gold.data["status"] == p.system.data["status"] for p in pairs)
        type_ += sum(p.gold.data["type"] == p.system.data["type"] for p in pairs)
        strict += sum(1 for p in al["agreements_strict"].pairs if not p.gold.optional)
        for m in al["agreements"].missed:
            if not m.optional:
                fn += 1
                if errors:
                    print(f"FN {g['id']}: {m.data['name']!r}")
        for x in al["agreements"].spurious:
            fp += 1
            if errors:
                print(f"FP {g['id']}: {x.data['name']!r}")
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return {"pool": pool.name, "gold": gold, "documents": len(golds), "analyzer": analyzer,
            "tp": tp, "fp": fp, "fn": fn, "f1": round(f1, 3), "strict_tp": strict, "status_correct": status,
            "type_correct": type_}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pool", type=Path)
    ap.add_argument("--analyzer", default="stanza", choices=("stanza", "rules"))
    ap.add_argument("--errors", action="store_true", help="list each miss and false positive")
    ap.add_argument("--gold", default="gold", help="the pool's annotation folder (gold-2: a second annotation)")
    args = ap.parse_args()
    print(json.dumps(score(args.pool, args.analyzer, args.errors, gold=args.gold), ensure_ascii=False))


if __name__ == "__main__":
    main()
