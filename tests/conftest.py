import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "corpus" / "articles" / "kg-kz-state-visit-2025-08-22.txt"
SAMPLE_GOLD = ROOT / "corpus" / "gold" / "dev" / "kg-kz-state-visit-2025-08-22.json"


def _models_present() -> bool:
    from tr_diplo_ie.nlp.loader import ModelError, find_models_dir

    try:
        find_models_dir()
        return True
    except ModelError:
        return False


@pytest.fixture(scope="session")
def stanza_pipeline():
    """The bundled stanza pipeline, loaded once per test session."""
    if not _models_present() and not os.environ.get("CI"):
        pytest.skip("bundled models are not present")
    from tr_diplo_ie import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def rules_pipeline():
    from tr_diplo_ie import Pipeline

    return Pipeline(analyzer="rules")
