"""CLI: ``python -m tr_diplo_ie.training STEP --data DIR --out models/ [--work DIR]``.

Steps: tokenize, mwt, pos, lemma, depparse (train one model each, best-on-dev saved in
--out), resources (write the offline resources.json), evaluate (full pipeline on raw text).
"""
from __future__ import annotations

import argparse
import importlib
import logging
import sys

from .common import set_threads, work_dir

STEPS = ("tokenize", "mwt", "pos", "lemma", "depparse", "resources", "evaluate")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tr_diplo_ie.training", description=__doc__)
    p.add_argument("step", choices=STEPS)
    p.add_argument("--data", default="/work/shared/data", help="dir holding UD_Turkish-BOUN/")
    p.add_argument("--out", default="models", help="where models are written / read")
    p.add_argument("--work", default=None, help="scratch dir for converted data (default: temp dir)")
    p.add_argument("--threads", type=int, default=None, help="torch threads (default: torch's)")
    p.add_argument("--split", default="test", choices=("dev", "test"), help="evaluate: which split")
    p.add_argument("--steps", type=int, default=None, help="override the number of training steps")
    a = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    set_threads(a.threads)
    mod = importlib.import_module(f".{a.step}", __package__)
    if a.step == "resources":
        print(mod.write(a.out))
        return 0
    if a.step == "evaluate":
        mod.evaluate(a.data, a.out, work_dir(a.work), split=a.split)
        return 0
    overrides = {}
    if a.steps is not None:
        overrides[mod.STEPS_KEY] = a.steps
    mod.train(a.data, a.out, work_dir(a.work), **overrides)
    return 0


if __name__ == "__main__":
    sys.exit(main())
