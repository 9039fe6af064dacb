"""Fast tests of the benchmark peers (benchmarks/peers.py) and the independent scorer.

Tiny hand-made inputs; expected values worked out by hand from the gold-format spec.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import independent_scorer as ind  # noqa: E402
import peers  # noqa: E402

BODY = ("Cumhurbaşkanı Sadır Caparov, \"Ticaret hacmini 3 milyar dolara çıkarmayı hedefliyoruz\" dedi. "
        "Bakan Ali Veli ise anlaşmanın imzalandığını söyledi. Toplantı 22 Ağustos'ta yapıldı.")


def _span(text, sub, n=1):
    pos = -1
    for _ in range(n):
        pos = text.index(sub, pos + 1)
    return pos, pos + len(sub)


def _item(text, sub, **fields):
    start, end = _span(BODY, sub)
    return dict(text=sub, start=start, end=end, **fields)


GOLD = {
    "id": "d1", "published": "2025-08-22", "text": BODY,
    "quotes": [
        {"text": "Ticaret hacmini 3 milyar dolara çıkarmayı hedefliyoruz", "speaker": "Sadır Caparov",
         "cue": "dedi", "kind": "direct"},
        {"text": "anlaşmanın imzalandığını", "speaker": "Ali Veli", "cue": "söyledi", "kind": "indirect"},
    ],
    "money": [{"text": "3 milyar dolar", "amount": "3000000000", "currency": "USD", "approximate": False}],
    "dates": [{"text": "22 Ağustos", "type": "DATE", "value": "2025-08-22"}],
    "agreements": [],
}


# ----------------------------------------------------------------- independent scorer: strings

@pytest.mark.parametrize("raw, expected", [
    ("İSTANBUL", "istanbul"),
    ("IRAK", "ırak"),
    ("“Kapsamlı  Plan”", "kapsamlı plan"),
    ("Türkiye'nin\n  çıkarı", "türkiyenin çıkarı"),
    ("Türkiye’nin", "türkiyenin"),
    (None, None),
])
def test_normalise(raw, expected):
    assert ind.normalise(raw) == expected


@pytest.mark.parametrize("a, b, expected", [
    ("a b c", "a b c", 1.0),
    ("a b c d", "a b", 0.5),
    ("Ankara'da toplandı", "ankarada TOPLANDI", 1.0),
    ("", "", 0.0),
    ("x", "y", 0.0),
])
def test_jaccard(a, b, expected):
    assert ind.jaccard(a, b) == pytest.approx(expected)


# ----------------------------------------------------------------- independent scorer: matching

def _system(**kinds):
    doc = {"id": "d1", "text": BODY, "quotes": [], "money": [], "dates": [], "agreements": []}
    doc.update(kinds)
    return doc


def test_perfect_system_scores_one():
    system = _system(
        quotes=[_item(BODY, q["text"], **{k: v for k, v in q.items() if k != "text"}) for q in GOLD["quotes"]],
        money=[_item(BODY, "3 milyar dolar", amount="3000000000", currency="USD", approximate=False)],
        dates=[_item(BODY, "22 Ağustos", type="DATE", value="2025-08-22")],
    )
    s = ind.score_documents([(GOLD, system)])
    for kind in ("quotes_direct", "quotes_indirect", "money", "dates"):
        assert (s[kind]["tp"], s[kind]["fp"], s[kind]["fn"]) == (1, 0, 0), kind
        assert s[kind]["f1"] == 1.0
    assert s["quotes_direct"]["speaker_strict"]["accuracy"] == 1.0
    assert s["agreements"]["precision"] is None  # 0/0


def test_empty_system_misses_everything():
    s = ind.score_documents([(GOLD, None)])
    assert s["money"]["fn"] == 1 and s["money"]["recall"] == 0.0
    assert s["quotes_direct"]["fn"] == 1 and s["quotes_indirect"]["fn"] == 1


def test_quote_pairs_at_half_jaccard_and_speaker_lenient():
    # 4 of the 7 gold tokens, nothing else: Jaccard 4/7 >= 0.5 -> paired
    partial = "Ticaret hacmini 3 milyar"
    system = _system(quotes=[_item(BODY, partial, speaker="Caparov", cue="dedi", kind="direct")])
    s = ind.score_documents([(GOLD, system)])["quotes_direct"]
    assert (s["tp"], s["fp"], s["fn"]) == (1, 0, 0)
    assert s["speaker_strict"]["correct"] == 0
    assert s["speaker_lenient"]["correct"] == 1


def test_quote_below_threshold_is_fp_and_fn():
    # 2 of 7 tokens: Jaccard 2/7 < 0.5
    system = _system(quotes=[_item(BODY, "Ticaret hacmini", speaker=None, cue="dedi", kind="direct")])
    s = ind.score_documents([(GOLD, system)])["quotes_direct"]
    assert (s["tp"], s["fp"], s["fn"]) == (0, 1, 1)


def test_quote_tiers_are_separate():
    # right text, wrong kind: FN in direct, FP in indirect; paired in quotes_all
    q = GOLD["quotes"][0]
    system = _system(quotes=[_item(BODY, q["text"], speaker=q["speaker"], cue="dedi", kind="indirect")])
    s = ind.score_documents([(GOLD, system)])
    assert s["quotes_direct"]["fn"] == 1 and s["quotes_indirect"]["fp"] == 1
    assert s["quotes_all"]["tp"] == 1 and s["quotes_all"]["kind"]["correct"] == 0


def test_mixed_tier_option():
    gold = dict(GOLD, quotes=[dict(GOLD["quotes"][1], kind="mixed")])
    system = _system(quotes=[_item(BODY, "anlaşmanın imzalandığını", speaker="Ali Veli", cue="söyledi",
                                   kind="mixed")])
    direct = ind.score_documents([(gold, system)], mixed_tier="direct")
    indirect = ind.score_documents([(gold, system)], mixed_tier="indirect")
    assert direct["quotes_direct"]["tp"] == 1 and direct["quotes_indirect"]["tp"] == 0
    assert indirect["quotes_indirect"]["tp"] == 1 and indirect["quotes_direct"]["tp"] == 0


@pytest.mark.parametrize("amount, currency, sub, paired", [
    ("3000000000", "USD", "3 milyar dolar", True),
    ("3E+9", "USD", "3 milyar dolar", True),      # decimal equality
    ("3000000000", "usd", "3 milyar", True),       # currency case, overlapping span
    ("3000000000", "EUR", "3 milyar dolar", False),
    ("300000000", "USD", "3 milyar dolar", False),
    ("3000000000", "USD", "dedi", False),           # no overlap
])
def test_money_pairing(amount, currency, sub, paired):
    system = _system(money=[_item(BODY, sub, amount=amount, currency=currency, approximate=False)])
    s = ind.score_documents([(GOLD, system)])["money"]
    assert s["tp"] == int(paired)
    assert s["fp"] == int(not paired)


def test_dates_overlap_and_value():
    system = _system(dates=[_item(BODY, "Ağustos'ta", type="DATE", value="2025-08")])
    s = ind.score_documents([(GOLD, system)])["dates"]
    assert s["tp"] == 1 and s["value"]["correct"] == 0


def test_optional_gold_is_neither_tp_nor_fn():
    gold = dict(GOLD, dates=[dict(GOLD["dates"][0], optional=True)])
    s_found = ind.score_documents([(gold, _system(dates=[_item(BODY, "22 Ağustos", type="DATE")]))])["dates"]
    s_missed = ind.score_documents([(gold, _system())])["dates"]
    assert (s_found["tp"], s_found["fp"], s_found["fn"], s_found["optional"]) == (0, 0, 0, 1)
    assert (s_missed["tp"], s_missed["fp"], s_missed["fn"]) == (0, 0, 0)


def test_each_gold_pairs_once_best_first():
    # two system dates over one gold date: the exact one pairs, the other is a FP
    system = _system(dates=[_item(BODY, "Ağustos", type="DATE"), _item(BODY, "22 Ağustos", type="DATE",
                                                                       value="2025-08-22")])
    s = ind.score_documents([(GOLD, system)])["dates"]
    assert (s["tp"], s["fp"]) == (1, 1) and s["value"]["correct"] == 1


@pytest.mark.parametrize("gold_name, system_name, strict, lenient", [
    ("Kapsamlı İşbirliği Planı", "kapsamlı işbirliği planı", 1, 1),
    ("Kapsamlı Stratejik İşbirliği Planı", "Stratejik İşbirliği Planı", 0, 1),   # 3/4 = 0.75
    ("Kapsamlı Stratejik İşbirliği Planı", "İşbirliği Planı", 0, 0),             # 2/4 = 0.5
])
def test_agreement_strict_and_lenient(gold_name, system_name, strict, lenient):
    body = f"Taraflar {gold_name} imzaladı."
    gold = {"id": "a", "text": body, "quotes": [], "money": [], "dates": [],
            "agreements": [{"text": gold_name, "name": gold_name, "type": "plan", "status": "signed",
                            "named": True}]}
    start = body.index(gold_name)
    system = {"id": "a", "text": body, "agreements": [
        {"text": gold_name, "name": system_name, "type": "plan", "status": "signed", "named": True,
         "start": start, "end": start + len(gold_name)}]}
    s = ind.score_documents([(gold, system)])
    assert s["agreements_strict"]["tp"] == strict
    assert s["agreements"]["tp"] == lenient


def test_occurrence_locates_later_mention():
    body = "Mart ayında ve yine Mart ayında"
    gold = {"id": "o", "text": body, "dates": [{"text": "Mart ayında", "type": "DATE", "occurrence": 2}]}
    first = {"id": "o", "text": body, "dates": [{"text": "Mart ayında", "type": "DATE", "start": 0, "end": 11}]}
    s = ind.score_documents([(gold, first)])["dates"]
    assert (s["tp"], s["fp"], s["fn"]) == (0, 1, 1)


def test_cli_reads_dir_and_jsonl(tmp_path, capsys):
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "d1.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    system = _system(money=[_item(BODY, "3 milyar dolar", amount="3000000000", currency="USD")])
    (tmp_path / "sys.jsonl").write_text(json.dumps(system, ensure_ascii=False) + "\n", encoding="utf-8")
    assert ind.main([str(tmp_path / "gold"), str(tmp_path / "sys.jsonl"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["documents"] == 1 and out["money"]["tp"] == 1 and out["dates"]["fn"] == 1


def test_agrees_with_project_scorer_on_hand_made_case():
    pytest.importorskip("attrs")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from tr_diplo_ie.scoring import score_documents

    system = _system(
        quotes=[_item(BODY, "Ticaret hacmini 3 milyar", speaker="Caparov", cue="dedi", kind="direct")],
        money=[_item(BODY, "3 milyar dolar", amount="3000000000", currency="USD", approximate=True)],
        dates=[_item(BODY, "Ağustos'ta", type="DATE", value="2025-08"), _item(BODY, "Toplantı", type="DATE")],
    )
    ours, theirs = score_documents([(GOLD, system)]), ind.score_documents([(GOLD, system)])
    for kind in ("quotes_direct", "quotes_indirect", "money", "dates"):
        assert [ours[kind][k] for k in ("tp", "fp", "fn")] == [theirs[kind][k] for k in ("tp", "fp", "fn")]


# ----------------------------------------------------------------- peers

@pytest.mark.parametrize("expression, granularity", [
    ("22 Ağustos 2025", "day"), ("bugün", "day"), ("geçen hafta", "week"), ("Mart", "month"),
    ("gelecek ay", "month"), ("2030", "year"), ("geçen yıl", "year"), ("saat 14.30", "time"),
])
def test_date_granularity(expression, granularity):
    assert peers.date_granularity(expression) == granularity


MONEY_CASES = [
    # phrase, expected (text, amount, currency) list
    ("Ticaret hacmi 3 milyar dolara ulaştı.", [("3 milyar dolar", "3000000000", "USD")]),
    ("7,2 milyar euroluk kredi", [("7,2 milyar euro", "7200000000", "EUR")]),
    ("Fiyat 1.500 TL oldu.", [("1.500 TL", "1500", "TRY")]),
    ("Hisse $3.5 seviyesinde.", [("$3.5", "3.5", "USD")]),
    ("250 milyon ruble tutarında", [("250 milyon ruble", "250000000", "RUB")]),
]
MONEY_NEGATIVE = ["Toplantı 22 Ağustos'ta yapıldı.", "Yüzde 3,5 büyüdü.", "2030 yılına kadar", "15 bin kişi"]


@pytest.mark.parametrize("phrase, expected", MONEY_CASES)
def test_price_parser_money(phrase, expected):
    pytest.importorskip("price_parser")
    items = peers.price_parser_money({"text": phrase})
    assert [(i["text"], i["amount"], i["currency"]) for i in items] == expected
    for i in items:
        assert phrase[i["start"]:i["end"]] == i["text"]


@pytest.mark.parametrize("phrase", MONEY_NEGATIVE)
def test_price_parser_money_negative(phrase):
    pytest.importorskip("price_parser")
    assert peers.price_parser_money({"text": phrase}) == []


QUOTE_CASES = [
    ('Caparov, "Hedefimiz 3 milyar dolar" dedi.', ("Hedefimiz 3 milyar dolar", "Caparov", "dedi")),
    ("Bakan Ali Veli, “Süreç olumlu ilerliyor” diye konuştu.",
     ("Süreç olumlu ilerliyor", "Bakan Ali Veli", "diye konuştu")),
    ("Erdoğan'ın sözleri: « Kararlıyız » ifadelerini kullandı.", ("Kararlıyız", None, "ifadelerini kullandı")),
]
QUOTE_NEGATIVE = ['Kitabın adı "Yeni Dünya" oldu.', '"Başlık" ve sonra hiçbir şey.']


@pytest.mark.parametrize("phrase, expected", QUOTE_CASES)
def test_regex_direct_quotes(phrase, expected):
    items = peers.regex_direct_quotes({"text": phrase})
    assert len(items) == 1
    item = items[0]
    assert (item["text"], item["speaker"], item["cue"]) == expected
    assert phrase[item["start"]:item["end"]] == item["text"]


@pytest.mark.parametrize("phrase", QUOTE_NEGATIVE)
def test_regex_direct_quotes_negative(phrase):
    assert peers.regex_direct_quotes({"text": phrase}) == []


def test_dateparser_dates_offsets_and_value():
    pytest.importorskip("dateparser")
    doc = {"text": "Anlaşma 22 Ağustos 2025 tarihinde imzalandı.", "published": "2025-08-22"}
    items = peers.dateparser_dates(doc)
    assert items, "dateparser found nothing"
    for i in items:
        assert doc["text"][i["start"]:i["end"]] == i["text"]
    assert any(i.get("value") == "2025-08-22" for i in items)


def test_dateparser_no_published_no_relative_value():
    pytest.importorskip("dateparser")
    items = peers.dateparser_dates({"text": "Toplantı bugün yapıldı.", "published": None})
    assert all("value" not in i for i in items)


# ---------------------------------------------------------------- agreement_pool.py (article pools)

import agreement_pool  # noqa: E402


def _pool(tmp_path, docs):
    (tmp_path / "gold").mkdir()
    for doc in docs:
        (tmp_path / "gold" / f"{doc['id']}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def test_agreement_pool_scores_agreements_only(tmp_path):
    texts = {"a": "Türkiye ile Azerbaycan arasında tercihli ticaret anlaşması imzalandı.",
             "b": "Taraflar dün yalnızca görüştü, anlaşma metni ise açıklanmadı."}
    pool = _pool(tmp_path, [
        {"id": "a", "published": None, "agreements": [
            {"text": "tercihli ticaret anlaşması", "name": "tercihli ticaret anlaşması", "type": "agreement",
             "status": "signed", "named": False}]},
        {"id": "b", "published": None, "agreements": [
            {"text": "anlaşma metni", "name": "anlaşma metni", "type": "other", "status": "mentioned",
             "named": False}]},
    ])
    out = agreement_pool.score(pool, "rules", errors=False, texts=texts)
    # "a": found (tp, right type and status); "b": a required item the rules do not find (fn)
    assert (out["tp"], out["fp"], out["fn"]) == (1, 0, 1)
    assert out["documents"] == 2 and out["status_correct"] == 1 and out["type_correct"] == 1
    assert out["f1"] == round(2 / 3, 3)


def test_agreement_pool_needs_every_text(tmp_path):
    pool = _pool(tmp_path, [{"id": "missing", "published": None, "agreements": []}])
    with pytest.raises(SystemExit, match="missing"):
        agreement_pool.score(pool, "rules", errors=False, texts={})
