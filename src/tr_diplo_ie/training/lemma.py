"""Train the lemmatizer: (word, UPOS) dictionary ensembled with a small seq2seq + edit classifier."""
from __future__ import annotations

from pathlib import Path

from . import data
from .common import SHORT, run_trainer, trainer_args

#: Hyperparameters used for the shipped model (seq2seq shrunk for 2 CPU cores).
HPARAMS = {
    "hidden_dim": 150,
    "emb_dim": 50,
    "pos_dim": 50,
    "batch_size": 100,
    "lr": 2e-3,
    "num_epoch": 40,
    "decay_epoch": 20,
    "seed": 1234,
}
STEPS_KEY = "num_epoch"
MODEL = f"{SHORT}_lemmatizer.pt"


def train(data_dir: str, out: str, work: Path, **overrides) -> Path:
    """Train on BOUN train types (gold UPOS, see ``data.prepare_lemma``), select on BOUN dev; best model -> ``out/tr_boun_lemmatizer.pt``."""
    from stanza.models import lemmatizer

    hp = {**HPARAMS, **overrides}
    args = trainer_args(data.prepare_lemma(data_dir, work), data.conllu_path(data_dir, "dev"),
                        work / f"{SHORT}.dev.lemma.conllu", out, MODEL, hp, lang=False)
    run_trainer(lemmatizer.main, args)
    return Path(out) / MODEL
