"""CLI: ``python -m tr_diplo_ie.training STEP --data DIR --out models/ [--work DIR]``.

Steps: tokenize, mwt, pos, lemma, depparse, ner (train one model each, best-on-dev saved in
--out), pretrain (word vectors for NER), resources (write the offline resources.json),
evaluate (full pipeline on raw BOUN text), ner-eval (NER through ``tr-diplo-ie tag
--pretokenized`` on the NER test file), average (checkpoint averaging of saved models,
``--inputs A.pt B.pt``).
"""
from __future__ import annotations

import argparse
import importlib
import logging
import sys
from pathlib import Path

from .common import parse_sets, set_threads, work_dir

STEPS = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner", "pretrain", "resources", "evaluate", "ner-eval", "average")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tr_diplo_ie.training", description=__doc__)
    p.add_argument("step", choices=STEPS)
    p.add_argument("--data", default="/work/shared/data", help="dir holding UD_Turkish-BOUN/")
    p.add_argument("--out", default="models", help="where models are written / read")
    p.add_argument("--work", default=None, help="scratch dir for converted data (default: temp dir)")
    p.add_argument("--threads", type=int, default=None, help="torch threads (default: torch's)")
    p.add_argument("--split", default="test", choices=("dev", "test"), help="evaluate: which split")
    p.add_argument("--steps", type=int, default=None, help="override the number of training steps")
    p.add_argument("--pretrain", default=None,
                   help="ner, pos, depparse: stanza pretrain file of word vectors (default: none)")
    p.add_argument("--device", default="cpu", choices=("cpu", "gpu"),
                   help="train on the CPU (default) or let stanza use a GPU")
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                   help="override one stanza hyperparameter (repeatable), e.g. --set hidden_dim=200")
    p.add_argument("--finetune-from", default=None, help="ner: continue training this saved model")
    p.add_argument("--inputs", nargs="+", default=None,
                   help="average: saved models to average (continuations of one model)")
    p.add_argument("--name", default="tr_ner.pt", help="average: file name written into --out")
    a = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    set_threads(a.threads)
    if a.step == "ner-eval":
        import json

        from .ner_eval import evaluate as ner_evaluate

        print(json.dumps(ner_evaluate(a.data, a.out), indent=1))
        return 0
    if a.step == "average":
        from .average import average_files

        if not a.inputs:
            p.error("average needs --inputs MODEL.pt MODEL.pt ...")
        print(average_files(a.inputs, Path(a.out) / a.name))
        return 0
    mod = importlib.import_module(f".{a.step}", __package__)
    if a.step == "pretrain":
        print(mod.train(a.data, a.out, work_dir(a.work)))
        return 0
    if a.step == "resources":
        print(mod.write(a.out))
        return 0
    if a.step == "evaluate":
        mod.evaluate(a.data, a.out, work_dir(a.work), split=a.split)
        return 0
    overrides = {"cpu": a.device == "cpu", **parse_sets(a.set)}
    if a.steps is not None:
        overrides[mod.STEPS_KEY] = a.steps
    if a.step == "ner":
        overrides.update(pretrain=a.pretrain, finetune_from=a.finetune_from)
    elif a.pretrain and a.step in ("pos", "depparse"):
        overrides.update(no_pretrain=False, wordvec_pretrain_file=a.pretrain)
    elif a.pretrain:
        p.error(f"--pretrain does not apply to {a.step}")
    mod.train(a.data, a.out, work_dir(a.work), **overrides)
    return 0


if __name__ == "__main__":
    sys.exit(main())
