"""JSON round-trip for every record type through the one cattrs converter."""

import datetime as dt
import json
from decimal import Decimal

import pytest

from tr_diplo_ie import serialize
from tr_diplo_ie.records import (
    Agreement, Article, EntityMention, Extraction, MoneyAmount, Quote, Speaker, TimeExpression,
)

BODY = 'Caparov, "3 milyar dolar" dedi. 2030 yılına kadar Plan imzalandı.'
SPEAKER = Speaker(text="Caparov", start=0, end=7, name="Sadır Caparov", title="Cumhurbaşkanı", type="PER")
RECORDS = [
    Article(id="a1", body=BODY, published=dt.date(2025, 8, 22)),
    Article(id="a2", body=BODY),
    SPEAKER,
    EntityMention(text="Caparov", start=0, end=7, type="PER", name="Sadır Caparov", source="ner"),
    Quote(text="3 milyar dolar", start=10, end=24, kind="direct", speaker=SPEAKER, cue="dedi",
          cue_start=26, cue_end=30, sentence=0, source="quotes.marks.cue"),
    Quote(text="x", start=0, end=1, kind="indirect"),
    MoneyAmount(text="3 milyar dolar", start=10, end=24, amount=Decimal("3E+9"), currency="USD"),
    MoneyAmount(text="2-3 milyar dolar", start=0, end=16, amount=Decimal("2000000000"),
                amount_max=Decimal("3000000000"), currency="USD", approximate=True, qualifier="at_least"),
    MoneyAmount(text="1,5 milyon avro", start=0, end=15, amount=Decimal("1500000.0"), currency="EUR"),
    TimeExpression(text="2030 yılına kadar", start=32, end=49, type="DATE", value="2030", mod="ON_OR_BEFORE"),
    TimeExpression(text="her yıl", start=0, end=7, type="SET", value="P1Y", quant="EVERY"),
    Agreement(text="Plan", start=50, end=54, name="Plan", type="plan", status="signed", named=True,
              date="2025-08-22", parties=("Kırgızistan", "Kazakistan")),
]


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
def test_round_trip(record):
    text = serialize.dumps(record)
    json.loads(text)  # valid JSON
    assert serialize.loads(text, type(record)) == record


def test_extraction_round_trip():
    ex = Extraction(article_id="a1", published=dt.date(2025, 8, 22), body=BODY,
                    quotes=[RECORDS[4]], money=RECORDS[6:9], dates=RECORDS[9:11],
                    agreements=[RECORDS[11]], entities=[RECORDS[3]], warnings=["w"])
    assert serialize.loads(serialize.dumps(ex), Extraction) == ex


def test_decimals_are_plain_strings():
    data = serialize.to_json(RECORDS[6])
    assert data["amount"] == "3000000000"
    assert serialize.to_json(RECORDS[8])["amount"] == "1500000"


@pytest.mark.parametrize("bad", [
    dict(text="abc", start=0, end=2),
    dict(text="abc", start=5, end=4),
])
def test_span_must_fit_text(bad):
    with pytest.raises(ValueError):
        MoneyAmount(amount=Decimal(1), currency="USD", **bad)


def test_invalid_enum_values_are_rejected():
    with pytest.raises(ValueError):
        Quote(text="x", start=0, end=1, kind="hearsay")
    with pytest.raises(ValueError):
        Agreement(text="x", start=0, end=1, name="x", type="plan", status="maybe")
