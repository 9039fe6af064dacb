#!/usr/bin/env python3
"""Cross-check ``tr-diplo-ie bench`` against the independent scorer.

Usage::

    python benchmarks/compare_scorers.py GOLD_DIR [--analyzer stanza|rules] [--json]

Runs ``tr-diplo-ie extract --format gold`` on the gold documents (the system
output), ``tr-diplo-ie bench GOLD_DIR --json`` (our scorer on the same pipeline)
and ``benchmarks/independent_scorer.py`` on the extracted JSON Lines, then prints
the largest absolute difference of P/R/F1 (and of the shared attribute
accuracies) per kind.  Target: every P/R/F1 difference <= 0.02.

With ``--analyzer stanza`` (default) it falls back to ``rules`` when the models
cannot be loaded, and says so.  Exit status 0 when every P/R/F1 difference is
within the tolerance, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import independent_scorer  # noqa: E402

KINDS = ("quotes_direct", "quotes_indirect", "money", "dates", "agreements")
TOLERANCE = 0.02
# Attributes whose definition is the same in both scorers (the others, e.g. cue, money
# "qualifier" or dates "mod", are counted over different pair sets by design).
SHARED_ATTRIBUTES = ("speaker_strict", "speaker_lenient", "kind", "approximate",
                     "value", "type", "status", "named")


def _cli(args: list[str]) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return subprocess.run([sys.executable, "-m", "tr_diplo_ie", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True)


def compare(ours: dict, theirs: dict) -> dict:
    """Per kind: max |difference| over P/R/F1, and over shared attribute accuracies."""
    out = {}
    for kind in KINDS + ("quotes_all",):
        a, b = ours.get(kind, {}), theirs.get(kind, {})
        prf, detail = 0.0, {}
        for metric in ("precision", "recall", "f1"):
            x, y = a.get(metric), b.get(metric)
            detail[metric] = (x, y)
            if x is None or y is None:  # 0/0: the independent scorer says null
                continue
            prf = max(prf, abs(x - y))
        attr = 0.0
        for name in SHARED_ATTRIBUTES:
            value = b.get(name)
            if isinstance(value, dict) and isinstance(a.get(name), dict):
                x, y = a[name].get("accuracy"), value.get("accuracy")
                if x is None or y is None:
                    continue
                detail[name] = (x, y)
                attr = max(attr, abs((x or 0.0) - (y or 0.0)))
        counts = {k: (a.get(k), b.get(k)) for k in ("tp", "fp", "fn", "optional")}
        out[kind] = {"max_abs_diff_prf": prf, "max_abs_diff_attributes": attr,
                     "counts_ours_vs_independent": counts, "values_ours_vs_independent": detail}
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_dir")
    parser.add_argument("--analyzer", choices=("stanza", "rules"), default="stanza")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    gold_dir = Path(args.gold_dir).resolve()
    files = sorted(str(p) for p in gold_dir.glob("*.json"))
    if not files:
        print(f"no gold documents in {gold_dir}", file=sys.stderr)
        return 2
    analyzer, note = args.analyzer, ""
    bench = _cli(["bench", str(gold_dir), "--json", "--analyzer", analyzer])
    if bench.returncode == 2 and analyzer == "stanza":
        note = f"stanza models not loadable ({bench.stderr.strip()[:300]}); fell back to --analyzer rules"
        analyzer = "rules"
        bench = _cli(["bench", str(gold_dir), "--json", "--analyzer", analyzer])
    if bench.returncode != 0:
        print(bench.stderr, file=sys.stderr)
        return 2
    ours = json.loads(bench.stdout)

    extract = _cli(["extract", "--format", "gold", "--analyzer", analyzer, *files])
    if extract.returncode != 0:
        print(extract.stderr, file=sys.stderr)
        return 2
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
        handle.write(extract.stdout)
        system_path = Path(handle.name)
    try:
        independent = {tier: independent_scorer.score_files(gold_dir, system_path, mixed_tier=tier)
                       for tier in ("direct", "indirect")}
        # Our scorer on the very same system output (no second pipeline run).
        sys.path.insert(0, str(ROOT / "src"))
        from tr_diplo_ie.scoring import score_documents

        systems = independent_scorer.load_system(system_path)
        golds = independent_scorer.load_gold_dir(gold_dir)
        same_input = score_documents((g, systems.get(g["id"], {"id": g["id"], "text": g["text"]}))
                                     for g in golds)
    finally:
        system_path.unlink()

    comparisons = {
        "bench_vs_independent": compare(ours, independent["direct"]),
        "same_output_vs_independent": compare(same_input, independent["direct"]),
        "same_output_vs_independent_mixed_indirect": compare(same_input, independent["indirect"]),
    }
    verdict = {name: all(v["max_abs_diff_prf"] <= TOLERANCE for k, v in comp.items() if k in KINDS)
               for name, comp in comparisons.items()}
    result = {"gold_dir": str(gold_dir), "documents": len(files), "analyzer": analyzer, "note": note,
              "tolerance": TOLERANCE, "within_tolerance": verdict, "comparisons": comparisons}
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        if note:
            print(f"note: {note}")
        print(f"{gold_dir}: {len(files)} documents, analyzer {analyzer}")
        for name, comp in comparisons.items():
            print(f"\n{name} (within {TOLERANCE}: {verdict[name]})")
            print("| kind | max |Δ| P/R/F1 | max |Δ| shared attributes | tp/fp/fn ours | tp/fp/fn independent |")
            print("|---|---|---|---|---|")
            for kind, v in comp.items():
                c = v["counts_ours_vs_independent"]
                print(f"| {kind} | {v['max_abs_diff_prf']:.4f} | {v['max_abs_diff_attributes']:.4f} | "
                      f"{c['tp'][0]}/{c['fp'][0]}/{c['fn'][0]} | {c['tp'][1]}/{c['fp'][1]}/{c['fn'][1]} |")
    return 0 if verdict["same_output_vs_independent_mixed_indirect"] else 1


if __name__ == "__main__":
    sys.exit(main())
