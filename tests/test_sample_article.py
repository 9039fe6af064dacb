"""The sample article scored against its gold (issue targets), with and without models."""

import pytest

from tr_diplo_ie.bench import run_bench

from .conftest import SAMPLE_GOLD

TARGETS = {  # kind: minimum F1 (issue #3)
    "quotes_direct": 0.95, "quotes_indirect": 0.6, "money": 1.0, "dates": 0.9, "agreements": 0.8,
}


def _check(scores):
    failures = []
    for kind, minimum in TARGETS.items():
        if scores[kind]["f1"] < minimum:
            failures.append(f"{kind} F1 {scores[kind]['f1']:.3f} < {minimum}")
    speaker = scores["quotes_direct"]["speaker_strict"]["accuracy"]
    if speaker is None or speaker < 0.95:
        failures.append(f"direct speaker accuracy {speaker} < 0.95")
    value = scores["dates"]["value"]["accuracy"]
    if value is None or value < 0.9:
        failures.append(f"date value accuracy {value} < 0.9")
    assert not failures, failures


@pytest.fixture(scope="module")
def gold_dir(tmp_path_factory):
    """A directory holding only the sample's gold (corpus/gold/dev grows with other articles)."""
    path = tmp_path_factory.mktemp("gold")
    (path / SAMPLE_GOLD.name).write_text(SAMPLE_GOLD.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def test_sample_with_rules_only(gold_dir, rules_pipeline):
    _check(run_bench(gold_dir, rules_pipeline)["scores"])


@pytest.mark.models
def test_sample_with_bundled_models(gold_dir, stanza_pipeline):
    _check(run_bench(gold_dir, stanza_pipeline)["scores"])
