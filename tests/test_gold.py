"""Tests for gold-format I/O: to_gold, validation, loading and locating items."""

from __future__ import annotations

import copy
import datetime as dt
import json
from decimal import Decimal

import pytest

from tr_diplo_ie import gold
from tr_diplo_ie.gold import GoldError
from tr_diplo_ie.records import (
    Agreement, Extraction, MoneyAmount, Quote, Speaker, TimeExpression,
)

BODY = (
    "Kırgızistan Cumhurbaşkanı Sadır Caparov, \"Karşılıklı ticaret hacmini 2030 yılına kadar "
    "3 milyar dolara çıkarmayı hedefliyoruz.\" dedi. Toplantıda ikili ticaretin 1,5 milyar "
    "dolar olduğu belirtildi. Liderler, Kapsamlı İşbirliği Planı'nı kabul etti. Yatırım fonuna "
    "3 milyar dolar ayrılacak."
)


def _span(text, occurrence=1):
    start = -1
    for _ in range(occurrence):
        start = BODY.index(text, start + 1 if start < 0 else start + len(text))
    return dict(text=text, start=start, end=start + len(text))


Q1 = "Karşılıklı ticaret hacmini 2030 yılına kadar 3 milyar dolara çıkarmayı hedefliyoruz."
Q2 = "ikili ticaretin 1,5 milyar dolar olduğu"


def _extraction(published=dt.date(2025, 8, 22)):
    return Extraction(
        article_id="kg-kz-2025-08-22",
        published=published,
        body=BODY,
        quotes=[
            Quote(**_span(Q1), kind="direct", cue="dedi",
                  speaker=Speaker(**_span("Sadır Caparov"), name="Sadır Caparov", title="Cumhurbaşkanı")),
            Quote(**_span(Q2), kind="indirect", cue="belirtildi"),
        ],
        money=[
            MoneyAmount(**_span("3 milyar dolar"), amount=Decimal("3E+9"), currency="USD"),
            MoneyAmount(**_span("1,5 milyar dolar"), amount=Decimal("1.50E9"), currency="USD",
                        amount_max=Decimal("2000000000.0"), approximate=True, qualifier="at_least"),
            MoneyAmount(**_span("3 milyar dolar", 2), amount=Decimal("3000000000"), currency="USD"),
        ],
        dates=[
            TimeExpression(**_span("2030 yılına kadar"), type="DATE", value="2030", mod="ON_OR_BEFORE"),
        ],
        agreements=[
            Agreement(**_span("Kapsamlı İşbirliği Planı"), name="Kapsamlı İşbirliği Planı",
                      type="plan", status="adopted", named=True, date="2025-08-22",
                      parties=("Kırgızistan", "Kazakistan")),
        ],
    )


# --------------------------------------------------------------------------- to_gold


def test_to_gold_document_shape():
    doc = gold.to_gold(_extraction(), source="test")
    assert list(doc) == ["id", "published", "source", "text", "quotes", "money", "dates", "agreements"]
    assert doc["id"] == "kg-kz-2025-08-22"
    assert doc["published"] == "2025-08-22"
    assert doc["text"] == BODY
    json.dumps(doc)  # JSON-able
    assert "source" not in gold.to_gold(_extraction())
    assert gold.to_gold(_extraction(published=None))["published"] is None


def test_to_gold_items_have_offsets_that_slice_the_text():
    doc = gold.to_gold(_extraction())
    for kind in gold.KINDS:
        for item in doc[kind]:
            assert BODY[item["start"]:item["end"]] == item["text"]


def test_to_gold_quotes():
    q1, q2 = gold.to_gold(_extraction())["quotes"]
    assert q1 == {"text": Q1, "start": BODY.index(Q1), "end": BODY.index(Q1) + len(Q1),
                  "speaker": "Sadır Caparov", "cue": "dedi", "kind": "direct"}
    assert q2["speaker"] is None  # kept, as the spec writes passive reports
    assert "optional" not in q2
    head = Extraction(article_id="h", published=None, body='"Kardeş halklarız"',
                      quotes=[Quote(text="Kardeş halklarız", start=1, end=17, kind="direct", optional=True)])
    (q,) = gold.to_gold(head)["quotes"]
    assert q["optional"] is True and q["speaker"] is None and "cue" not in q


def test_to_gold_money_amounts_are_plain_decimal_strings():
    m1, m2, m3 = gold.to_gold(_extraction())["money"]
    assert m1["amount"] == "3000000000"
    assert m1["approximate"] is False
    assert "amount_max" not in m1 and "qualifier" not in m1
    assert m2["amount"] == "1500000000"
    assert m2["amount_max"] == "2000000000"
    assert m2["approximate"] is True and m2["qualifier"] == "at_least"
    assert m3["start"] > m1["start"]


@pytest.mark.parametrize("value,expected", [
    ("3E+9", "3000000000"), ("1.5", "1.5"), ("1.50", "1.5"), ("2500000", "2500000"),
    ("100", "100"), ("0.25", "0.25"), ("0", "0"), ("0E-3", "0"), ("1.5E9", "1500000000"),
    ("7.25E-1", "0.725"),
])
def test_format_decimal(value, expected):
    assert gold.format_decimal(Decimal(value)) == expected


def test_to_gold_dates_and_agreements_omit_none():
    doc = gold.to_gold(_extraction())
    (d,) = doc["dates"]
    assert d["type"] == "DATE" and d["value"] == "2030" and d["mod"] == "ON_OR_BEFORE"
    assert "quant" not in d
    (a,) = doc["agreements"]
    assert a["name"] == "Kapsamlı İşbirliği Planı" and a["named"] is True
    assert a["parties"] == ["Kırgızistan", "Kazakistan"]
    bare = Extraction(article_id="x", published=None, body="gelecek ay",
                      dates=[TimeExpression(text="gelecek ay", start=0, end=10, type="DATE")],
                      agreements=[])
    (d,) = gold.to_gold(bare)["dates"]
    assert set(d) == {"text", "start", "end", "type"}


def test_to_gold_output_is_valid_gold():
    doc = gold.to_gold(_extraction())
    assert gold.validate(doc) is doc


def test_dump_and_load_roundtrip(tmp_path):
    doc = gold.to_gold(_extraction(), source="unit test")
    path = tmp_path / "doc.json"
    gold.dump_gold(doc, path)
    assert gold.load_gold(path) == doc
    assert "Kırgızistan" in path.read_text(encoding="utf-8")  # not \u-escaped


# --------------------------------------------------------------------------- locate


def test_locate_by_text_and_occurrence():
    first = BODY.index("3 milyar dolar")
    second = BODY.index("3 milyar dolar", first + 1)
    assert gold.locate(BODY, {"text": "3 milyar dolar"}) == (first, first + 14)
    assert gold.locate(BODY, {"text": "3 milyar dolar", "occurrence": 2}) == (second, second + 14)
    with pytest.raises(GoldError, match="occurs 2 time"):
        gold.locate(BODY, {"text": "3 milyar dolar", "occurrence": 3})
    with pytest.raises(GoldError, match="not in the document"):
        gold.locate(BODY, {"text": "4 milyar dolar"})
    with pytest.raises(GoldError, match="positive integer"):
        gold.locate(BODY, {"text": "3 milyar dolar", "occurrence": 0})


def test_locate_prefers_offsets_and_checks_them():
    second = BODY.index("3 milyar dolar", BODY.index("3 milyar dolar") + 1)
    item = {"text": "3 milyar dolar", "start": second, "end": second + 14}
    assert gold.locate(BODY, item) == (second, second + 14)
    with pytest.raises(GoldError, match="not the item text"):
        gold.locate(BODY, {"text": "3 milyar dolar", "start": second + 1, "end": second + 15})
    with pytest.raises(GoldError, match="outside"):
        gold.locate(BODY, {"text": "x", "start": len(BODY), "end": len(BODY) + 1})
    with pytest.raises(GoldError, match="integers"):
        gold.locate(BODY, {"text": "3 milyar dolar", "start": second})


def test_occurrences_do_not_overlap():
    assert gold.find_occurrence("aaaa", "aa", 1) == 0
    assert gold.find_occurrence("aaaa", "aa", 2) == 2
    assert gold.find_occurrence("aaaa", "aa", 3) == -1


# --------------------------------------------------------------------------- validation

GOOD = {
    "id": "kg-kz",
    "published": "2025-08-22",
    "source": "hand-made",
    "text": BODY,
    "quotes": [
        {"text": Q1, "speaker": "Sadır Caparov", "cue": "dedi", "kind": "direct"},
        {"text": Q2, "speaker": None, "cue": "belirtildi", "kind": "indirect"},
    ],
    "money": [
        {"text": "3 milyar dolar", "amount": "3000000000", "currency": "USD", "approximate": False},
        {"text": "3 milyar dolar", "occurrence": 2, "amount": "3000000000", "currency": "USD",
         "approximate": False, "optional": True},
    ],
    "dates": [{"text": "2030 yılına kadar", "type": "DATE", "value": "2030", "mod": "ON_OR_BEFORE"}],
    "agreements": [{"text": "Kapsamlı İşbirliği Planı", "name": "Kapsamlı İşbirliği Planı",
                    "type": "plan", "status": "adopted", "named": True, "date": "2025-08-22"}],
}

# (what to break, path to set, new value, expected message fragments)
BROKEN = [
    ("no id", ("id",), None, ["'id'"]),
    ("no text", ("text",), None, ["'text'"]),
    ("bad published", ("published",), "22.08.2025", ["published"]),
    ("impossible date", ("published",), "2025-02-30", ["published"]),
    ("quotes not a list", ("quotes",), {"text": Q1}, ["'quotes' must be a list"]),
    ("quote text not in text", ("quotes", 0, "text"), "Başka bir şey söyledi.", ["quotes[0]", "not in the document"]),
    ("bad quote kind", ("quotes", 1, "kind"), "reported", ["quotes[1]", "'kind'", "reported"]),
    ("missing quote kind", ("quotes", 0, "kind"), None, ["quotes[0]", "missing 'kind'"]),
    ("speaker not a string", ("quotes", 0, "speaker"), ["Sadır", "Caparov"], ["quotes[0]", "'speaker'"]),
    ("occurrence too high", ("money", 1, "occurrence"), 3, ["money[1]", "occurs 2 time"]),
    ("occurrence not int", ("money", 1, "occurrence"), "2", ["money[1]", "occurrence"]),
    ("amount with exponent", ("money", 0, "amount"), "3E+9", ["money[0]", "exponent"]),
    ("amount as number", ("money", 0, "amount"), 3000000000, ["money[0]", "'amount'"]),
    ("missing amount", ("money", 0, "amount"), None, ["money[0]", "missing 'amount'"]),
    ("bad currency", ("money", 0, "currency"), "dolar", ["money[0]", "currency"]),
    ("bad qualifier", ("money", 0, "qualifier"), "about", ["money[0]", "qualifier"]),
    ("approximate not bool", ("money", 0, "approximate"), "yes", ["money[0]", "approximate"]),
    ("optional not bool", ("money", 1, "optional"), 1, ["money[1]", "optional"]),
    ("bad timex type", ("dates", 0, "type"), "DATETIME", ["dates[0]", "DATETIME"]),
    ("bad agreement type", ("agreements", 0, "type"), "mou", ["agreements[0]", "'type'", "mou"]),
    ("bad agreement status", ("agreements", 0, "status"), "done", ["agreements[0]", "status"]),
    ("empty agreement name", ("agreements", 0, "name"), "", ["agreements[0]", "name"]),
    ("parties not a list", ("agreements", 0, "parties"), "Kırgızistan", ["agreements[0]", "parties"]),
    ("offsets do not slice to text", ("dates", 0, "start"), 0, ["dates[0]"]),
]


def _broken(path, value):
    doc = copy.deepcopy(GOOD)
    node = doc
    for key in path[:-1]:
        node = node[key]
    if value is None and path[-1] in ("id", "text", "kind", "amount"):
        del node[path[-1]]
    else:
        node[path[-1]] = value
    if path[-1] == "start":
        node["end"] = node["start"] + len(node["text"])
    return doc


def test_good_document_is_valid(tmp_path):
    p = tmp_path / "good.json"
    p.write_text(json.dumps(GOOD, ensure_ascii=False), encoding="utf-8")
    assert gold.load_gold(p) == GOOD


@pytest.mark.parametrize("name,path,value,fragments", BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_gold_file_is_rejected_with_a_clear_message(tmp_path, name, path, value, fragments):
    p = tmp_path / "broken.json"
    p.write_text(json.dumps(_broken(path, value), ensure_ascii=False), encoding="utf-8")
    with pytest.raises(GoldError) as err:
        gold.load_gold(p)
    message = str(err.value)
    assert str(p) in message
    for fragment in fragments:
        assert fragment in message, (fragment, message)


def test_optional_lists_and_published_may_be_absent():
    doc = {"id": "x", "text": "Görüşmeler sürüyor."}
    assert gold.validate(doc) is doc


def test_not_json_and_not_an_object(tmp_path):
    p = tmp_path / "bad.json"
    p.write_text("{\"id\": ", encoding="utf-8")
    with pytest.raises(GoldError, match="not valid JSON"):
        gold.load_gold(p)
    p.write_text("[]", encoding="utf-8")
    with pytest.raises(GoldError, match="JSON object"):
        gold.load_gold(p)


def test_iter_gold_dir_sorted_and_json_only(tmp_path):
    for name in ("b.json", "a.json", "c.json"):
        doc = dict(GOOD, id=name[0])
        (tmp_path / name).write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not gold", encoding="utf-8")
    got = [(p.name, d["id"]) for p, d in gold.iter_gold_dir(tmp_path)]
    assert got == [("a.json", "a"), ("b.json", "b"), ("c.json", "c")]


def test_iter_gold_dir_stops_at_a_broken_file(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps(GOOD, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps(_broken(("dates", 0, "type"), "X")), encoding="utf-8")
    it = gold.iter_gold_dir(tmp_path)
    assert next(it)[0].name == "a.json"
    with pytest.raises(GoldError, match=r"b\.json: dates\[0\]"):
        next(it)
    with pytest.raises(GoldError, match="not a directory"):
        list(gold.iter_gold_dir(tmp_path / "a.json"))


def test_iter_gold_jsonl(tmp_path):
    p = tmp_path / "sys.jsonl"
    docs = [gold.to_gold(_extraction()), dict(GOOD, id="second")]
    p.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs) + "\n\n", encoding="utf-8")
    assert [d["id"] for d in gold.iter_gold_jsonl(p)] == ["kg-kz-2025-08-22", "second"]
    p.write_text(json.dumps(GOOD, ensure_ascii=False) + "\n" + json.dumps(_broken(("id",), None)) + "\n",
                 encoding="utf-8")
    with pytest.raises(GoldError, match=r"sys\.jsonl:2"):
        list(gold.iter_gold_jsonl(p))
