"""Train the character-level tokenizer / sentence splitter (with MWT output layer)."""
from __future__ import annotations

from pathlib import Path

from . import data
from .common import SHORT, flag_args, run_trainer

#: Hyperparameters used for the shipped model (stanza defaults except steps/eval).
HPARAMS = {
    "max_seqlen": 300,  # stanza's rule: ceil(3 * avg sentence chars / 100) * 100
    "batch_size": 32,
    "hidden_dim": 64,
    "emb_dim": 32,
    "steps": 2000,  # run was stopped after the step-2000 eval; best dev at step 1400
    "eval_steps": 200,
    "max_steps_before_stop": 2000,
    "seed": 1234,
}
STEPS_KEY = "steps"
MODEL = f"{SHORT}_tokenizer.pt"


def train(data_dir: str, out: str, work: Path, **overrides) -> Path:
    """Prepare data and train; the best-on-dev model is written to ``out/tr_boun_tokenizer.pt``."""
    from stanza.models import tokenizer

    tok = data.prepare_tokenizer(data_dir, work)
    hp = {**HPARAMS, **overrides}
    args = [
        "--mode", "train", "--lang", "tr", "--shorthand", SHORT,
        "--txt_file", tok / f"{SHORT}.train.txt",
        "--label_file", tok / f"{SHORT}-ud-train.toklabels",
        "--mwt_json_file", tok / f"{SHORT}-ud-train-mwt.json",
        "--dev_txt_file", tok / f"{SHORT}.dev.txt",
        "--dev_label_file", tok / f"{SHORT}-ud-dev.toklabels",
        "--dev_conll_gold", tok / f"{SHORT}.dev.gold.conllu",
        "--save_dir", out, "--save_name", MODEL,
    ] + flag_args(hp)
    run_trainer(tokenizer.main, args)
    return Path(out) / MODEL
