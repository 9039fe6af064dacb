"""Train the multi-word-token expander (dictionary + seq2seq with copy)."""
from __future__ import annotations

from pathlib import Path

from . import data
from .common import SHORT, flag_args, run_trainer

#: Hyperparameters used for the shipped model (stanza defaults; the MWT set is small).
HPARAMS = {
    "hidden_dim": 100,
    "emb_dim": 50,
    "batch_size": 50,
    "num_epoch": 6,  # run stopped after epoch 6 (dev 99.71, still the best); lr decay starts at 30
    "seed": 1234,
}
STEPS_KEY = "num_epoch"
MODEL = f"{SHORT}_mwt_expander.pt"


def train(data_dir: str, out: str, work: Path, **overrides) -> Path:
    """Train on BOUN train MWTs, select on BOUN dev; best model -> ``out/tr_boun_mwt_expander.pt``."""
    from stanza.models import mwt_expander

    mwt = data.prepare_mwt(data_dir, work)
    hp = {**HPARAMS, **overrides}
    args = [
        "--mode", "train", "--lang", "tr", "--shorthand", SHORT,
        "--train_file", mwt / f"{SHORT}.train.in.conllu",
        "--eval_file", mwt / f"{SHORT}.dev.in.conllu",
        "--gold_file", mwt / f"{SHORT}.dev.gold.conllu",
        "--output_file", work / f"{SHORT}.dev.mwt.conllu",
        "--save_dir", out, "--save_name", MODEL,
    ] + flag_args(hp)
    run_trainer(mwt_expander.main, args)
    return Path(out) / MODEL
