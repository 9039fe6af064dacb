"""Direct and indirect speech: examples as tests (rule analysis, no model needed)."""

import json
from pathlib import Path

import pytest

from tr_diplo_ie import article, segment
from tr_diplo_ie.pipeline import run_stages

EXAMPLES = json.loads((Path(__file__).with_name("quote_examples.json")).read_text(encoding="utf-8"))


def _quotes(text):
    art = article.from_text(text, published="2025-08-22")
    return run_stages(art, segment.analyze(art.body)).quotes, art.body


def _compare(expected, found):
    got = [
        {"kind": q.kind, "text": q.text, "speaker": q.speaker.name if q.speaker else None, "cue": q.cue}
        for q in found
    ]
    assert got == expected


@pytest.mark.parametrize("example", EXAMPLES["positive"], ids=lambda e: e["text"][:40])
def test_positive(example):
    quotes, body = _quotes(example["text"])
    for q in quotes:
        assert body[q.start:q.end] == q.text
        if q.cue_start is not None:
            assert body[q.cue_start:q.cue_end] == q.cue
        if q.speaker is not None:
            assert body[q.speaker.start:q.speaker.end] == q.speaker.text
    _compare(example["quotes"], quotes)


@pytest.mark.parametrize("text", EXAMPLES["negative"], ids=lambda t: t[:40])
def test_negative(text):
    quotes, _ = _quotes(text)
    assert quotes == ()


@pytest.mark.parametrize("example", EXAMPLES["xfail"], ids=lambda e: e["text"][:40])
@pytest.mark.xfail(strict=True, reason="known limitation, see the example's reason")
def test_known_failures(example):
    quotes, _ = _quotes(example["text"])
    _compare(example["quotes"], quotes)


def test_unbalanced_quote_is_recovered_not_fatal():
    quotes, body = _quotes('Bakan Ayşe Demir, "Hedefimiz büyük dedi.\n\nBaşbakan Ali Vural, "Çalışıyoruz." dedi.')
    texts = [q.text for q in quotes]
    assert "Çalışıyoruz." in texts
    assert all(body[q.start:q.end] == q.text for q in quotes)


def test_doubled_apostrophes_are_one_quote_mark_with_offsets_kept():
    from tr_diplo_ie.extract.quote_marks import find_quoted

    text = "Oran, ''Kriz yine çıktı'' dedi. Ankara'da ''Yeni'' ile ''eski'' tartışıldı."
    spans, warnings = find_quoted(text)
    assert [text[q.open + 1:q.end] for q in spans] == ["Kriz yine çıktı", "Yeni", "eski"]
    assert all(text[q.open] == "'" and text[q.close] == "'" for q in spans)
    assert all(text[q.close + 1] != "'" for q in spans)  # the whole doubled mark is skipped
    assert warnings == []
