"""Shared helpers: thread limits, work dirs, running a stanza trainer in-process."""
from __future__ import annotations

import logging
import os
import tempfile
import time
from pathlib import Path
from typing import Callable, Sequence

SHORT = "tr_boun"
log = logging.getLogger("tr_diplo_ie.training")


def set_threads(n: int | None) -> None:
    """Limit torch intra-op threads (``None`` keeps torch's default)."""
    if n:
        import torch

        torch.set_num_threads(n)


def work_dir(work: str | None) -> Path:
    """Return ``work`` (created) or a fresh temp dir."""
    path = Path(work) if work else Path(tempfile.mkdtemp(prefix="tr_boun_train_"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def run_trainer(main: Callable[[list[str]], object], args: Sequence[str]) -> float:
    """Call a stanza ``main(args)`` and return wall seconds."""
    args = [str(a) for a in args]
    log.info("stanza args: %s", " ".join(args))
    start = time.time()
    main(args)
    secs = time.time() - start
    log.info("wall time %.1f s", secs)
    return secs


def flag_args(options: dict) -> list[str]:
    """``{"hidden_dim": 100, "no_pretrain": True}`` -> ``["--hidden_dim", "100", "--no_pretrain"]``."""
    out: list[str] = []
    for key, value in options.items():
        if value is True:
            out.append(f"--{key}")
        elif value is False or value is None:
            continue
        else:
            out += [f"--{key}", str(value)]
    return out


def trainer_args(train_file, eval_file, output_file, out, model: str, hparams: dict,
                 lang: bool = True) -> list:
    """The stanza trainer arguments that the tagger, lemmatizer and parser share:
    train on ``train_file``, select on ``eval_file``, best model -> ``out/model``."""
    return [
        "--mode", "train", *(["--lang", "tr"] if lang else []), "--shorthand", SHORT,
        "--train_file", train_file, "--eval_file", eval_file, "--output_file", output_file,
        "--save_dir", out, "--save_name", model,
    ] + flag_args(hparams)


def parse_value(text: str):
    """``"true"`` -> True, ``"3"`` -> 3, ``"0.5"`` -> 0.5, else the string (for ``--set``)."""
    low = text.lower()
    if low in ("true", "false"):
        return low == "true"
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


def parse_sets(items: Sequence[str]) -> dict:
    """``["hidden_dim=200", "dropout=0.5"]`` -> ``{"hidden_dim": 200, "dropout": 0.5}``."""
    out = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise ValueError(f"--set expects KEY=VALUE, got {item!r}")
        out[key.strip()] = parse_value(value.strip())
    return out
