"""Loading errors: one clear ModelError, never a download attempt."""

import shutil

import pytest

from tr_diplo_ie import ModelError, Pipeline
from tr_diplo_ie.nlp.loader import MODEL_FILES, find_models_dir


def _bundled_or_skip():
    try:
        return find_models_dir()
    except ModelError:
        pytest.skip("bundled models are not present")


def test_missing_models_dir(tmp_path):
    with pytest.raises(ModelError, match="no tr_diplo_ie models found"):
        Pipeline(models_dir=tmp_path)


def test_corrupt_model_file(tmp_path):
    src = _bundled_or_skip()
    for name in ("resources.json", MODEL_FILES["tokenize"]):
        shutil.copy(src / name, tmp_path / name)
    (tmp_path / MODEL_FILES["tokenize"]).write_bytes(b"not a model")
    with pytest.raises(ModelError, match="cannot load the stanza pipeline"):
        Pipeline(models_dir=tmp_path, processors=["tokenize"])


def test_missing_resources_json(tmp_path):
    src = _bundled_or_skip()
    shutil.copy(src / MODEL_FILES["tokenize"], tmp_path / MODEL_FILES["tokenize"])
    with pytest.raises(ModelError, match="resources.json"):
        Pipeline(models_dir=tmp_path, processors=["tokenize"])


def test_asking_for_an_absent_processor(tmp_path):
    src = _bundled_or_skip()
    for name in ("resources.json", MODEL_FILES["tokenize"]):
        shutil.copy(src / name, tmp_path / name)
    with pytest.raises(ModelError, match="missing"):
        Pipeline(models_dir=tmp_path, processors=["tokenize", "pos"])


def test_environment_variable_points_at_models(tmp_path, monkeypatch):
    monkeypatch.setenv("TR_DIPLO_IE_MODELS", str(tmp_path))
    with pytest.raises(ModelError, match=str(tmp_path)):
        find_models_dir()


def test_tokenizer_alone_brings_its_mwt_expander():
    _bundled_or_skip()
    pipe = Pipeline(processors=["tokenize"])
    assert {"tokenize", "mwt"} <= set(pipe.processors)
