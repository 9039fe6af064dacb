"""Full-pipeline evaluation on raw BOUN test text with the CoNLL 2018 scorer."""
from __future__ import annotations

import json
import time
from pathlib import Path

from . import data
from .common import SHORT, log

MODEL_FILES = {
    "tokenize": f"{SHORT}_tokenizer.pt",
    "mwt": f"{SHORT}_mwt_expander.pt",
    "pos": f"{SHORT}_tagger.pt",
    "lemma": f"{SHORT}_lemmatizer.pt",
    "depparse": f"{SHORT}_parser.pt",
}
METRICS = ("Tokens", "Sentences", "Words", "UPOS", "XPOS", "UFeats", "AllTags", "Lemmas", "UAS", "LAS")


def available(models: str | Path) -> list[str]:
    """Processors whose model file exists in ``models`` (in pipeline order)."""
    return [p for p, f in MODEL_FILES.items() if (Path(models) / f).exists()]


def pipeline(models: str | Path, processors: list[str] | None = None):
    """An offline ``stanza.Pipeline`` over the bundled models (no downloads, CPU)."""
    import stanza

    models = Path(models)
    procs = processors or available(models)
    paths = {f"{p}_model_path": str(models / MODEL_FILES[p]) for p in procs}
    return stanza.Pipeline(lang="tr", dir=str(models), download_method=None,
                           processors=",".join(procs), use_gpu=False, **paths)


def score(gold: str | Path, system: str | Path) -> dict[str, float]:
    """CoNLL 2018 F1 (x100) per metric."""
    from stanza.models.common.utils import ud_scores

    res = ud_scores(str(gold), str(system))
    return {m: round(100 * res[m].f1, 2) for m in METRICS}


def evaluate(data_dir: str, models: str, work: Path, split: str = "test") -> dict[str, float]:
    """Run the pipeline on raw ``split`` text and print/return CoNLL18 scores."""
    from stanza.utils.conll import CoNLL

    gold = data.conllu_path(data_dir, split)
    text = data.raw_text(gold, work / f"{SHORT}.{split}.txt").read_text(encoding="utf-8")
    nlp = pipeline(models)
    start = time.time()
    doc = nlp(text)
    secs = time.time() - start
    pred = work / f"{SHORT}.{split}.pred.conllu"
    CoNLL.write_doc2conll(doc, str(pred))
    scores = score(gold, pred)
    log.info("pipeline %s on %s: %.1f s", ",".join(nlp.processors), split, secs)
    for m in METRICS:
        print(f"{m:10s} {scores[m]:6.2f}")
    (work / f"scores.{split}.json").write_text(json.dumps(scores, indent=2))
    return scores
