"""Examples-as-tests for tr_diplo_ie.extract.money.

Data next to this file: money_examples.json (sentence -> every expected mention),
money_negatives.tsv (sentences with no money).  Known limits are strict xfails.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tr_diplo_ie import segment
from tr_diplo_ie.extract.money import extract_money
from tr_diplo_ie.records import Article, MoneyAmount

HERE = Path(__file__).parent
REFERENCE_DATE = dt.date(2025, 8, 22)
SAMPLE = Path("/work/shared/seed/sample-article.txt")


def _article(text: str) -> Article:
    return Article(id="t", body=text, published=REFERENCE_DATE)


def _run(text: str) -> list[MoneyAmount]:
    article = _article(text)
    found = extract_money(article, segment.analyze(text))
    for item in found:  # offsets are exact for every result
        assert text[item.start:item.end] == item.text
    return found


def _as_dict(item: MoneyAmount) -> dict:
    return {
        "text": item.text,
        "amount": str(item.amount),
        "amount_max": None if item.amount_max is None else str(item.amount_max),
        "currency": item.currency,
        "approximate": item.approximate,
        "qualifier": item.qualifier,
    }


def _expected(sentence: str, exp: dict) -> dict:
    return {
        "text": exp["text"],
        "amount": exp["amount"],
        "amount_max": exp.get("amount_max"),
        "currency": exp["currency"],
        "approximate": exp.get("approximate", False),
        "qualifier": exp.get("qualifier"),
    }


def _start_of(sentence: str, text: str, occurrence: int) -> int:
    start = -1
    for _ in range(occurrence):
        start = sentence.find(text, start + 1)
    return start


CASES = json.loads((HERE / "money_examples.json").read_text(encoding="utf-8"))["cases"]


def _case_params():
    for i, case in enumerate(CASES):
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
        yield pytest.param(case, marks=marks, id=f"{i:02d}:{case['sentence'][:40]}")


@pytest.mark.parametrize("case", list(_case_params()))
def test_money_example(case):
    sentence = case["sentence"]
    found = _run(sentence)
    assert [_as_dict(m) for m in found] == [_expected(sentence, e) for e in case["expect"]]
    for item, exp in zip(found, case["expect"]):
        assert item.start == _start_of(sentence, exp["text"], exp.get("occurrence", 1))
        assert item.source.startswith("money.")
        assert isinstance(item.amount, Decimal)


def _read_negatives():
    rows = []
    lines = [
        line for line in (HERE / "money_negatives.tsv").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    for line in lines[1:]:
        sentence, status, note = (line.split("\t") + ["", ""])[:3]
        marks = [pytest.mark.xfail(reason=note, strict=True)] if status == "xfail" else []
        rows.append(pytest.param(sentence, marks=marks, id=sentence[:40]))
    return rows


NEGATIVES = _read_negatives()


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_money_negative(sentence):
    assert _run(sentence) == []


def test_corpus_sizes():
    positives = sum(len(c["expect"]) for c in CASES if not c.get("xfail"))
    assert positives >= 60
    assert len(NEGATIVES) >= 25
    assert any(c.get("xfail") for c in CASES)


@pytest.mark.skipif(not SAMPLE.exists(), reason="sample article not available")
def test_sample_article():
    from tr_diplo_ie import article as article_mod

    art = article_mod.read_file(SAMPLE)
    found = extract_money(art, segment.analyze(art.body))
    assert [(m.text, str(m.amount), m.currency, m.approximate) for m in found] == [
        ("3 milyar dolar", "3000000000", "USD", False),
        ("2 milyar dolar", "2000000000", "USD", True),
    ]
    for m in found:
        assert art.body[m.start:m.end] == m.text


def test_works_without_analysis():
    found = extract_money(_article("Hibe 5 milyon avro."))
    assert [m.text for m in found] == ["5 milyon avro"]


@pytest.mark.parametrize("body", ["", " ", "\n\n", "dolar", "5", "$", "5 milyon"])
def test_degenerate_bodies(body):
    assert extract_money(_article(body)) == []


def test_records_are_frozen_with_plain_values():
    (item,) = extract_money(_article("Şirket 2,5 milyon dolar kazandı."))
    assert item.amount == Decimal("2500000")
    with pytest.raises(Exception):
        item.amount = Decimal(1)  # type: ignore[misc]


# Text built from the pieces the extractor looks at, plus anything else.
_PIECES = st.sampled_from([
    "3", "1.250.000", "2,5", "3.5", "-", "–", " ila ", " ile ", " ve ", "yaklaşık ", "en az ",
    " milyar", " milyon", " bin", " bir", " buçuk", " yarım", " dolar", " dolara", " avroluk",
    " TL", "'lik", " $", "€", "₺", " kadar", " civarında", " yüzde", "%", " manat", "\n", " ",
    "İ", "ı", "’", "Türk lirası", " kuru",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=25).map("".join))
@example("-3 dolar")  # a glued minus sign: a negative amount
def test_never_raises_and_offsets_are_consistent(text):
    found = extract_money(_article(text))
    last_end = -1
    for item in found:
        assert text[item.start:item.end] == item.text
        assert item.start >= last_end  # no overlaps, text order
        last_end = item.end
        # negative exactly when a minus sign is glued to the amount ("-0,35 TL")
        assert (item.amount < 0) == item.text.startswith(("-", "\u2212"))
        assert item.amount_max is None or item.amount_max > item.amount
        assert item.qualifier in (None, "at_least", "at_most")
        assert len(item.currency) == 3 and item.currency.isupper()
        assert "E" not in str(item.amount)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_on_arbitrary_text(text):
    for item in extract_money(_article(text)):
        assert text[item.start:item.end] == item.text


def test_lira_before_the_2005_redenomination_is_trl():
    # a word that says so in the amount's sentence (round 61 dev ekonomi-485; dev ekonomi-210)
    text = ("Askerden gelince o zamanın para birimiyle 10 milyon liraya işe başladım. "
            "Bugün 10 milyon liraya kimse çalışmaz.")
    assert [m.currency for m in _run(text)] == ["TRL", "TRY"]
    assert [m.currency for m in _run("Fonda 90 milyar lira yani eski parayla 90 katrilyon lira var.")] \
        == ["TRY", "TRL"]
    # every lira amount of an article published before 1 January 2005; not dollars
    old = Article(id="t", body="Açık 5 katrilyon lira, dış borç 3 milyar dolar oldu.", published=dt.date(2004, 12, 31))
    assert [m.currency for m in extract_money(old)] == ["TRL", "USD"]
    new = Article(id="t", body="Açık 5 milyar lira oldu.", published=dt.date(2005, 1, 1))
    assert [m.currency for m in extract_money(new)] == ["TRY"]
