"""corpus/tools/second_annotation.py: two annotations compared on hand-made documents."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("second_annotation", ROOT / "corpus" / "tools" / "second_annotation.py")
second_annotation = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(second_annotation)

TEXT = ('Bakan Ali Veli, "Anlaşmayı yarın imzalayacağız" dedi. Taraflar dün ticaret anlaşması imzaladı. '
        'Kurul yeni bir karar aldı.')


def _doc(quotes=(), agreements=()):
    return {"id": "d1", "published": None, "source": "test", "text": TEXT, "quotes": list(quotes),
            "money": [], "dates": [], "agreements": list(agreements)}


QUOTE = {"text": "Anlaşmayı yarın imzalayacağız", "speaker": "Ali Veli", "cue": "dedi", "kind": "direct"}
DEAL = {"text": "ticaret anlaşması", "name": "ticaret anlaşması", "type": "agreement", "status": "signed",
        "named": False}
DECISION = {"text": "karar", "name": "karar", "type": "decision", "status": "adopted", "named": False}


def test_identical_annotations_agree_fully(capsys):
    first = {"d1": _doc([QUOTE], [DEAL])}
    totals = second_annotation.compare(first, first, ["quotes_direct", "agreements"], "x")
    assert totals == {"quotes_direct": [1, 0, 0, 1], "agreements": [1, 0, 0, 1]}
    assert "only in" not in capsys.readouterr().out


def test_disagreements_are_counted_and_listed(capsys):
    first = {"d1": _doc([QUOTE], [DEAL])}
    other_speaker = dict(QUOTE, speaker="Veli")
    other_status = dict(DEAL, status="mentioned")
    second = {"d1": _doc([other_speaker], [other_status, DECISION])}
    totals = second_annotation.compare(first, second, ["quotes_direct", "agreements"], "x")
    assert totals["quotes_direct"] == [1, 0, 0, 0]  # paired, speaker differs
    assert totals["agreements"] == [1, 1, 0, 0]  # the decision is only in the second; status differs
    out = capsys.readouterr().out
    assert "only in system: 'karar'" in out and "attribute" in out


def test_optional_items_count_neither_way():
    first = {"d1": _doc([], [dict(DECISION, optional=True)])}
    second = {"d1": _doc([], [])}
    assert second_annotation.compare(first, second, ["agreements"], "x")["agreements"] == [0, 0, 0, 0]
    # the system side keeps only its required items
    assert second_annotation.compare(second, first, ["agreements"], "x")["agreements"] == [0, 0, 0, 0]
