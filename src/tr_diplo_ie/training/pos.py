"""Train the UPOS/XPOS/UFeats tagger (no pretrained vectors, no charlm: small and CPU-fast)."""
from __future__ import annotations

from pathlib import Path

from . import data
from .common import SHORT, run_trainer, trainer_args

#: Hyperparameters used for the shipped model (shrunk from stanza defaults for 2 CPU cores).
HPARAMS = {
    "no_pretrain": True,
    "hidden_dim": 100,
    "char_hidden_dim": 64,
    "deep_biaff_hidden_dim": 100,
    "composite_deep_biaff_hidden_dim": 50,
    "word_emb_dim": 75,
    "char_emb_dim": 100,
    "dropout": 0.25,  # stanza default 0.5 learnt far too slowly in a short CPU budget
    "word_dropout": 0.1,  # default 0.33
    "batch_size": 32,
    "max_steps": 2500,
    "eval_interval": 250,
    "fix_eval_interval": True,
    "seed": 1234,
}
STEPS_KEY = "max_steps"
MODEL = f"{SHORT}_tagger.pt"


def train(data_dir: str, out: str, work: Path, **overrides) -> Path:
    """Train on BOUN train, select on BOUN dev; best model -> ``out/tr_boun_tagger.pt``."""
    from stanza.models import tagger

    hp = {**HPARAMS, **overrides}
    args = trainer_args(data.conllu_path(data_dir, "train"), data.conllu_path(data_dir, "dev"),
                        work / f"{SHORT}.dev.pos.conllu", out, MODEL, hp)
    run_trainer(tagger.main, args)
    return Path(out) / MODEL
