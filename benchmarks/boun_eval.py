"""CoNLL 2018 scores of the bundled models on UD_Turkish-BOUN, through the public CLI.

    python benchmarks/boun_eval.py [--data ../shared/data] [--split test] [--models models]

The raw text of the split (laid out by stanza's ``conllu_to_text``) goes through
``tr-diplo-ie tag --format conllu`` exactly as a user would run it (including our
sentence repair), and the output is scored against the gold treebank with
``stanza.utils.conll18_ud_eval``.  Results go to ``benchmarks/results/boun_<split>.{json,md}``.
The treebank is not part of the repository (CC BY-SA 4.0; see models/README.md).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
METRICS = ("Tokens", "Sentences", "Words", "UPOS", "XPOS", "UFeats", "AllTags", "Lemmas", "UAS", "LAS")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--split", default="test", choices=("dev", "test"))
    parser.add_argument("--models", default=str(ROOT / "models"))
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results"))
    parser.add_argument("--keep", default=None, help="also write the predicted CoNLL-U here")
    args = parser.parse_args(argv)

    from stanza.models.common.utils import ud_scores  # the CoNLL 2018 shared task scorer
    from stanza.utils.datasets import conllu_to_text

    gold = Path(args.data) / "UD_Turkish-BOUN" / f"tr_boun-ud-{args.split}.conllu"
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw.txt"
        conllu_to_text.main([str(gold), str(raw)])
        started = time.time()
        result = subprocess.run(
            [sys.executable, "-m", "tr_diplo_ie", "tag", "--format", "conllu", "--models", args.models, str(raw)],
            capture_output=True, text=True, check=True,
        )
        seconds = time.time() - started
        pred = Path(tmp) / "pred.conllu"
        pred.write_text(result.stdout, encoding="utf-8")
        if args.keep:
            Path(args.keep).write_text(result.stdout, encoding="utf-8")
        scores = ud_scores(str(gold), str(pred))
    table = {m: round(100 * scores[m].f1, 2) for m in METRICS}
    report = {"split": args.split, "models": args.models, "seconds": round(seconds, 1),
              "through": "tr-diplo-ie tag --format conllu", "f1": table}
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / f"boun_{args.split}.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    lines = [f"# UD_Turkish-BOUN {args.split}: bundled models through `tr-diplo-ie tag` "
             f"({seconds:.0f} s, CoNLL 2018 F1)", "", "| metric | F1 |", "|---|---:|"]
    lines += [f"| {m} | {v:.2f} |" for m, v in table.items()]
    (out / f"boun_{args.split}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
