"""Build a stanza.Pipeline offline: from the bundled models, or a user's stanza resources.

Where models are looked for, first hit wins:
1. ``models_dir=`` argument, 2. ``$TR_DIPLO_IE_MODELS``, 3. ``models/`` of a source
checkout (next to ``src/``), 4. ``<sys.prefix>/share/tr_diplo_ie/models``.
A user's official stanza resources are used instead when ``stanza_dir=`` (or
``$TR_DIPLO_IE_STANZA_DIR``) is given.  Nothing is ever downloaded: a missing or
unreadable model raises one :class:`ModelError` that says what is missing and how
to fix it.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Optional

# File names of the bundled models (see models/README.md).
MODEL_FILES = {
    "tokenize": "tr_boun_tokenizer.pt",
    "mwt": "tr_boun_mwt_expander.pt",
    "pos": "tr_boun_tagger.pt",
    "lemma": "tr_boun_lemmatizer.pt",
    "depparse": "tr_boun_parser.pt",
    "ner": "tr_ner.pt",
}
PRETRAIN_FILE = "tr_pretrain.pt"
# Processors whose bundled model was trained with the word vectors in PRETRAIN_FILE
# (a model trained without vectors ignores them).
USES_PRETRAIN = ("pos", "depparse", "ner")
# Processors that need a previous one.
REQUIRES = {"mwt": "tokenize", "pos": "tokenize", "lemma": "pos", "depparse": "lemma", "ner": "tokenize"}


class ModelError(RuntimeError):
    """A model that the pipeline needs is missing or cannot be loaded."""


def _source_checkout_models() -> Path:
    return Path(__file__).resolve().parents[3] / "models"


def find_models_dir(models_dir: Optional[os.PathLike] = None) -> Path:
    """The first existing models directory (see the module docstring)."""
    candidates = []
    if models_dir is not None:
        candidates.append(Path(models_dir))
    elif os.environ.get("TR_DIPLO_IE_MODELS"):
        candidates.append(Path(os.environ["TR_DIPLO_IE_MODELS"]))
    else:
        candidates += [_source_checkout_models(), Path(sys.prefix) / "share" / "tr_diplo_ie" / "models"]
    for path in candidates:
        if (path / MODEL_FILES["tokenize"]).is_file():
            return path
    tried = ", ".join(str(p) for p in candidates)
    raise ModelError(
        f"no tr_diplo_ie models found (looked for {MODEL_FILES['tokenize']} in: {tried}). "
        "Fix: run from a checkout that has models/ (git lfs is not needed), set "
        "TR_DIPLO_IE_MODELS=/path/to/models, pass Pipeline(stanza_dir=...) to use official "
        "stanza resources, or Pipeline(analyzer='rules') to run without models."
    )


def available_processors(models_dir: Path, wanted: Optional[list[str]] = None) -> list[str]:
    """Processors whose model file exists in ``models_dir`` (in pipeline order)."""
    if wanted is not None and "tokenize" in wanted and "mwt" not in wanted \
            and (models_dir / MODEL_FILES["mwt"]).is_file():
        wanted = list(wanted) + ["mwt"]  # stanza adds mwt to a tokenizer that splits words anyway
    present = []
    for name in MODEL_FILES:
        if wanted is not None and name not in wanted:
            continue
        if (models_dir / MODEL_FILES[name]).is_file() and (
            REQUIRES.get(name) is None or REQUIRES[name] in present
        ):
            present.append(name)
    if wanted is not None:
        missing = [w for w in wanted if w not in present]
        if missing:
            files = ", ".join(MODEL_FILES.get(m, m) for m in missing)
            raise ModelError(f"models for {missing} are missing from {models_dir} (expected {files})")
    return present


def _ensure_resources_json(models_dir: Path) -> None:
    """stanza reads ``resources.json`` from ``dir`` even with explicit model paths."""
    path = models_dir / "resources.json"
    if not path.is_file():
        raise ModelError(
            f"{path} is missing: stanza needs a (minimal) resources.json next to the models. "
            "Fix: restore models/resources.json from the repository."
        )
    try:
        json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"{path} is not valid JSON ({exc}); restore it from the repository") from exc


def bundled_config(models_dir: Path, processors: list[str]) -> dict:
    """stanza.Pipeline keyword arguments for the bundled models."""
    config: dict = {
        "lang": "tr",
        "dir": str(models_dir),
        "download_method": None,
        "processors": ",".join(processors),
        "logging_level": "WARN",
    }
    pretrain = models_dir / PRETRAIN_FILE
    for name in processors:
        config[f"{name}_model_path"] = str(models_dir / MODEL_FILES[name])
        if name in USES_PRETRAIN and pretrain.is_file():
            config[f"{name}_pretrain_path"] = str(pretrain)
    if "ner" in processors:
        config["ner_charlm_forward_file"] = None
        config["ner_charlm_backward_file"] = None
    if "tokenize" in processors:
        from .mwt_policy import postprocess

        config["tokenize_postprocessor"] = postprocess
    if "pos" in processors:
        config["pos_forward_charlm_path"] = None
        config["pos_backward_charlm_path"] = None
    return config


def load_stanza(models_dir: Optional[os.PathLike] = None, stanza_dir: Optional[os.PathLike] = None,
                processors: Optional[list[str]] = None, use_gpu: bool = False,
                pretokenized: bool = False):
    """A ready stanza.Pipeline (offline).  Raises ModelError on any loading problem."""
    try:
        import stanza
    except ImportError as exc:  # pragma: no cover - stanza is a hard dependency
        raise ModelError("stanza is not installed: pip install stanza") from exc
    stanza_dir = stanza_dir or os.environ.get("TR_DIPLO_IE_STANZA_DIR")
    if stanza_dir:
        wanted = processors or ["tokenize", "mwt", "pos", "lemma", "depparse", "ner"]
        config = {"lang": "tr", "dir": str(stanza_dir), "download_method": None,
                  "processors": ",".join(wanted), "logging_level": "WARN"}
        where = f"official stanza resources in {stanza_dir}"
    else:
        path = find_models_dir(models_dir)
        _ensure_resources_json(path)
        config = bundled_config(path, available_processors(path, processors))
        where = f"bundled models in {path}"
    if pretokenized:
        config["tokenize_pretokenized"] = True
    try:
        pipeline = stanza.Pipeline(use_gpu=use_gpu, **config)
    except Exception as exc:  # stanza raises many kinds; report them as one
        raise ModelError(f"cannot load the stanza pipeline from {where}: {exc}") from exc
    if not stanza_dir:
        from .lemma_policy import install

        install(pipeline)  # letter-case rules for the bundled lemmatizer
    return pipeline
