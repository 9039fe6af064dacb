"""Average the weights of saved stanza models that share one vocabulary and shape.

Checkpoint averaging: models taken from one training trajectory (here: two continuations
of the same NER model) are averaged parameter by parameter into one model of the same
size.  Everything that is not a floating-point tensor (vocabulary, config, integer
buffers) is taken from the first model.
"""
from __future__ import annotations

import copy
from pathlib import Path
from typing import Sequence


class AverageError(ValueError):
    """The models cannot be averaged (different parameters, shapes or vocabularies)."""


def average_state(states: Sequence[dict]) -> dict:
    """The parameter-wise mean of ``states`` (dicts of name -> tensor)."""
    if not states:
        raise AverageError("no models to average")
    first = states[0]
    for other in states[1:]:
        if other.keys() != first.keys():
            raise AverageError(f"different parameters: {sorted(set(first) ^ set(other))[:5]}")
        for name, tensor in first.items():
            if tuple(other[name].shape) != tuple(tensor.shape):
                raise AverageError(f"{name}: shape {tuple(other[name].shape)} vs {tuple(tensor.shape)}")
    return {name: (sum(s[name] for s in states) / len(states)) if tensor.is_floating_point() else tensor
            for name, tensor in first.items()}


def average_files(paths: Sequence[str | Path], out: str | Path) -> Path:
    """Average the stanza model files ``paths`` (each a dict with ``model`` and ``vocab``) into ``out``."""
    import torch

    saved = [torch.load(str(p), map_location="cpu", weights_only=False) for p in paths]
    vocabs = {repr(s.get("vocab")) for s in saved}
    if len(vocabs) != 1:
        raise AverageError("the models have different vocabularies; only continuations of one model can be averaged")
    result = copy.copy(saved[0])
    result["model"] = average_state([s["model"] for s in saved])
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    torch.save(result, str(out))
    return out
