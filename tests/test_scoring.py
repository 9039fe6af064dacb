"""Tests for textnorm and the gold-format scorer.

The scorer examples live in ``test_scoring_cases.json`` next to this file: hand-made
gold/system pairs with the counts and attribute tallies that the spec's matching
rules give for them.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from tr_diplo_ie import scoring, textnorm
from tr_diplo_ie.gold import GoldError, to_gold
from tr_diplo_ie.records import Agreement, Extraction, MoneyAmount, Quote, Speaker, TimeExpression

CASES_FILE = Path(__file__).with_name("test_scoring_cases.json")
_DATA = json.loads(CASES_FILE.read_text(encoding="utf-8"))
TEXTS = _DATA["texts"]
CASES = _DATA["cases"]


# --------------------------------------------------------------------------- textnorm

NORMALIZE_CASES = [
    # (input, expected normalised form)
    ("İstanbul", "istanbul"),
    ("ISPARTA", "ısparta"),
    ("İLHAM ALİYEV", "ilham aliyev"),
    ("ILHAM ALIYEV", "ılham alıyev"),
    ("KAPSAMLI İŞBİRLİĞİ PLANI", "kapsamlı işbirliği planı"),
    ("Türkiye'nin", "türkiyenin"),
    ("Türkiye’nin", "türkiyenin"),
    ("Bişkek`e", "bişkeke"),
    ("Ankara´dan", "ankaradan"),
    ("“Kapsamlı İşbirliği Planı”", "kapsamlı işbirliği planı"),
    ("„Yol Haritası“", "yol haritası"),
    ("«Astana Bildirisi»", "astana bildirisi"),
    ("‘Orta Koridor’", "orta koridor"),
    ('"Kazaklar ve Kırgızlar, kardeş halklardır"', "kazaklar ve kırgızlar, kardeş halklardır"),
    ("  Sadır \n\t Caparov  ", "sadır caparov"),
    ("Sadır\u00a0Caparov", "sadır caparov"),
    ("I\u0307stanbul", "istanbul"),  # decomposed İ composes under NFC
    ("i\u0307stanbul", "istanbul"),  # a stray dot from non-Turkish lower-casing
    ("Çağrı Öğüt Şahin", "çağrı öğüt şahin"),
    ("", ""),
]


@pytest.mark.parametrize("raw,expected", NORMALIZE_CASES)
def test_normalize(raw, expected):
    assert textnorm.normalize(raw) == expected


def test_normalize_none():
    assert textnorm.normalize(None) == ""


TOKEN_CASES = [
    ("Karşılıklı ticaret hacmini 2030 yılına kadar 3 milyar dolara çıkarmayı hedefliyoruz.",
     ["karşılıklı", "ticaret", "hacmini", "2030", "yılına", "kadar", "3", "milyar", "dolara",
      "çıkarmayı", "hedefliyoruz"]),
    ("yaklaşık 1,5 milyar dolar", ["yaklaşık", "1,5", "milyar", "dolar"]),
    ("3.000 ton", ["3.000", "ton"]),
    ("2025-2027 Ekonomik İşbirliği Programı", ["2025", "2027", "ekonomik", "işbirliği", "programı"]),
    ("Bişkek'e gelen", ["bişkeke", "gelen"]),
    ("yüzde 60'lık blok, 2025'te", ["yüzde", "60lık", "blok", "2025te"]),  # a suffix stays on its number
    ('"..." — !', []),
]


@pytest.mark.parametrize("raw,expected", TOKEN_CASES)
def test_tokens(raw, expected):
    assert textnorm.tokens(raw) == expected


def test_token_jaccard_values():
    assert textnorm.token_jaccard("a b c d", "a b") == 0.5
    assert textnorm.token_jaccard("Kapsamlı Plan", "KAPSAMLI PLAN") == 1.0
    assert textnorm.token_jaccard("Irak", "ırak") == 1.0
    assert textnorm.token_jaccard("Irak", "irak") == 0.0
    assert textnorm.token_jaccard("", "") == 0.0
    assert textnorm.token_jaccard("—", "—") == 1.0
    assert textnorm.last_token("Cumhurbaşkanı Sadır CAPAROV") == "caparov"
    assert textnorm.last_token(None) == ""


@given(st.text(max_size=40))
def test_normalize_idempotent(s):
    n = textnorm.normalize(s)
    assert textnorm.normalize(n) == n
    assert not any(c in n for c in textnorm.QUOTE_CHARS)


@given(st.text(max_size=30), st.text(max_size=30))
def test_token_jaccard_symmetric_and_bounded(a, b):
    j = textnorm.token_jaccard(a, b)
    assert j == textnorm.token_jaccard(b, a)
    assert 0.0 <= j <= 1.0


# --------------------------------------------------------------------------- example cases


def _doc(case, side):
    doc = {"id": "case", "published": case.get("published"), "text": TEXTS[case["text"]]}
    for kind in ("quotes", "money", "dates", "agreements"):
        doc[kind] = copy.deepcopy(case[side].get(kind, []))
    return doc


def _lookup(scores, path):
    node = scores
    for part in path.split("."):
        node = node[part]
    return node


def _params():
    for case in CASES:
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
        yield pytest.param(case, id=case["name"], marks=marks)


@pytest.mark.parametrize("case", list(_params()))
def test_scoring_case(case):
    scores = scoring.score_document(_doc(case, "gold"), _doc(case, "system"))
    assert scores["documents"] == 1
    for tier, expected in case["expect"].items():
        got = _lookup(scores, tier)
        for key, value in expected.items():
            if isinstance(value, list):
                correct, total = value
                assert (got[key]["correct"], got[key]["total"]) == (correct, total), (tier, key)
            elif isinstance(value, float):
                assert got[key] == pytest.approx(value), (tier, key)
            else:
                assert got[key] == value, (tier, key)


def test_every_case_text_is_known_and_cases_have_unique_names():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names))
    assert all(c["text"] in TEXTS for c in CASES)


# --------------------------------------------------------------------------- behaviour


def _case(name):
    return next(c for c in CASES if c["name"] == name)


def test_micro_average_over_documents():
    exact = _case("quote exact match, speaker and cue right")
    below = _case("quote token Jaccard 5/12 below 0.5 does not pair")
    pairs = [(_doc(exact, "gold"), _doc(exact, "system")), (_doc(below, "gold"), _doc(below, "system"))]
    scores = scoring.score_documents(pairs)
    q = scores["quotes_direct"]
    assert scores["documents"] == 2
    assert (q["tp"], q["fp"], q["fn"]) == (1, 1, 1)
    assert q["precision"] == pytest.approx(0.5)
    assert q["recall"] == pytest.approx(0.5)
    assert q["f1"] == pytest.approx(0.5)
    assert q["speaker_strict"] == {"correct": 1, "total": 1, "accuracy": 1.0}


def test_stable_top_level_keys_and_attribute_shape():
    scores = scoring.score_documents([])
    assert scores["documents"] == 0
    assert set(scores) == {"documents", *scoring.TIERS}
    for tier in scoring.TIERS:
        for key in ("tp", "fp", "fn", "optional", "precision", "recall", "f1"):
            assert key in scores[tier]
    assert scores["money"]["approximate"] == {"correct": 0, "total": 0, "accuracy": None}
    assert set(scores["agreements"]["strict"]) == {"tp", "fp", "fn", "optional", "precision", "recall", "f1"}
    assert set(scores["agreements"]["lenient"]) == set(scores["agreements"]["strict"])


def test_prf_conventions():
    assert scoring.prf(0, 0, 0) == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert scoring.prf(0, 0, 3) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert scoring.prf(0, 2, 0) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    r = scoring.prf(3, 1, 2)
    assert r["precision"] == pytest.approx(0.75) and r["recall"] == pytest.approx(0.6)
    assert r["f1"] == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_system_offsets_are_used_over_text_search():
    case = _case("money: same amount at another occurrence does not pair (spans must overlap)")
    gold = _doc(case, "gold")
    system = _doc(case, "system")
    text = gold["text"]
    second = text.index("3 milyar dolar", text.index("3 milyar dolar") + 1)
    system["money"][0].update(start=second, end=second + len("3 milyar dolar"))
    money = scoring.score_document(gold, system)["money"]
    assert (money["tp"], money["fp"], money["fn"]) == (1, 0, 0)


def test_two_golds_one_system_pairs_once():
    text = TEXTS["HEAD"]
    gold = {"id": "h", "text": text, "quotes": [
        {"text": "Kazaklar ve Kırgızlar, kardeş halklardır", "speaker": None, "kind": "direct"},
        {"text": "Kazaklar ve Kırgızlar kardeş halklardır.", "speaker": "Kasım Cömert Tokayev", "kind": "direct"},
    ]}
    system = {"id": "h", "text": text, "quotes": [
        {"text": "Kazaklar ve Kırgızlar kardeş halklardır.", "speaker": "Tokayev", "kind": "direct"},
    ]}
    al = scoring.align_documents(gold, system)["quotes_direct"]
    assert len(al.pairs) == 1 and al.pairs[0].gold.index == 1  # same Jaccard; overlapping span wins
    assert [g.index for g in al.missed] == [0]
    q = scoring.score_document(gold, system)["quotes_direct"]
    assert (q["tp"], q["fp"], q["fn"]) == (1, 0, 1)
    assert q["speaker_lenient"]["correct"] == 1 and q["speaker_strict"]["correct"] == 0


def test_greedy_pairs_best_score_first():
    # s0 is an exact copy of g1 but also fits g0 well (5/6); s1 fits g0 (3/5) and g1 (3/6).
    # Taking gold items in order, each with its best free system item, would give
    # g0-s0 and g1-s1; best score first gives g1-s0 (1.0), then g0-s1.
    text = ("Ali Veli, \"barış ve istikrar için birlikte çalışacağız\" dedi. "
            "Ayşe Kaya, \"barış ve istikrar için çalışacağız\" diye ekledi.")
    gold = {"id": "g", "text": text, "quotes": [
        {"text": "barış ve istikrar için çalışacağız", "speaker": "Ayşe Kaya", "kind": "direct"},
        {"text": "barış ve istikrar için birlikte çalışacağız", "speaker": "Ali Veli", "kind": "direct"},
    ]}
    system = {"id": "g", "text": text, "quotes": [
        {"text": "barış ve istikrar için birlikte çalışacağız", "speaker": "Ali Veli", "kind": "direct"},
        {"text": "istikrar için çalışacağız", "speaker": "Ayşe Kaya", "kind": "direct"},
    ]}
    al = scoring.align_documents(gold, system)["quotes_direct"]
    assert sorted((p.gold.index, p.system.index) for p in al.pairs) == [(0, 1), (1, 0)]
    q = scoring.score_document(gold, system)["quotes_direct"]
    assert (q["tp"], q["fp"], q["fn"]) == (2, 0, 0)
    assert q["speaker_strict"]["correct"] == 2


def test_system_text_mismatch_raises():
    case = _case("dates: type error and missing value on both sides")
    system = _doc(case, "system")
    system["text"] = system["text"] + " "
    with pytest.raises(GoldError, match="differs"):
        scoring.score_document(_doc(case, "gold"), system)


def test_unlocatable_system_item_raises_with_position():
    case = _case("dates: type error and missing value on both sides")
    system = _doc(case, "system")
    system["dates"].append({"text": "geçen hafta", "type": "DATE"})
    with pytest.raises(GoldError, match=r"dates\[1\]"):
        scoring.score_document(_doc(case, "gold"), system)


def test_id_mismatch_raises_and_missing_system_text_is_allowed():
    case = _case("dates: type error and missing value on both sides")
    system = _doc(case, "system")
    system["id"] = "other"
    with pytest.raises(GoldError, match="does not match"):
        scoring.score_document(_doc(case, "gold"), system)
    system = _doc(case, "system")
    del system["text"]
    del system["id"]
    assert scoring.score_document(_doc(case, "gold"), system)["dates"]["tp"] == 1


def test_invalid_gold_raises():
    case = _case("dates: type error and missing value on both sides")
    gold = _doc(case, "gold")
    gold["dates"][0]["type"] = "WHEN"
    with pytest.raises(GoldError, match="WHEN"):
        scoring.score_document(gold, _doc(case, "system"))


def test_unparseable_system_amount_is_a_false_positive():
    case = _case("money: wrong currency and wrong amount do not pair")
    system = _doc(case, "system")
    system["money"][0]["amount"] = "bir buçuk milyar"
    money = scoring.score_document(_doc(case, "gold"), system)["money"]
    assert (money["tp"], money["fp"], money["fn"]) == (0, 2, 2)


def test_pair_documents_by_id():
    g1 = {"id": "a", "text": "x"}
    g2 = {"id": "b", "text": "y"}
    s2 = {"id": "b", "text": "y", "quotes": []}
    s3 = {"id": "c", "text": "z"}
    pairs = list(scoring.pair_documents([g1, g2], [s3, s2]))
    assert pairs[0][0] is g1 and pairs[0][1] == {"id": "a", "text": "x"}
    assert pairs[1] == (g2, s2)


def test_format_table_is_markdown_with_every_tier():
    case = _case("agreements: strict (names equal after Turkish lower-casing) and lenient at exactly 0.6")
    table = scoring.format_table(scoring.score_document(_doc(case, "gold"), _doc(case, "system")))
    lines = table.splitlines()
    assert lines[0] == "Documents: 1"
    for tier in scoring.TIERS:
        assert any(line.startswith(f"| {tier} |") for line in lines)
    assert "| agreements | 2 | 0 | 0 | 0 | 1.000 | 1.000 | 1.000 |" in lines
    assert "| agreements (strict) | 1 | 1 | 1 | 0 | 0.500 | 0.500 | 0.500 |" in lines
    assert "| agreements | status | 1 | 2 | 0.500 |" in lines
    assert "| money | approximate | 0 | 0 | – |" in lines


def test_extraction_scored_against_its_own_gold_is_perfect():
    body = TEXTS["Q"] + " " + TEXTS["A"]
    q_text = "Karşılıklı ticaret hacmini 2030 yılına kadar 3 milyar dolara çıkarmayı hedefliyoruz."

    def span(s, occurrence=1):
        start = body.find(s)
        for _ in range(occurrence - 1):
            start = body.find(s, start + len(s))
        return dict(text=s, start=start, end=start + len(s))

    sp = span("Sadır Caparov")
    ex = Extraction(
        article_id="self", published=dt.date(2025, 8, 22), body=body,
        quotes=[Quote(**span(q_text), kind="direct", cue="dedi",
                      speaker=Speaker(**sp, name="Sadır Caparov"))],
        money=[MoneyAmount(**span("3 milyar dolar"), amount=Decimal("3E+9"), currency="USD")],
        dates=[TimeExpression(**span("2030 yılına kadar"), type="DATE", value="2030", mod="ON_OR_BEFORE")],
        agreements=[Agreement(**span("Kapsamlı İşbirliği Planı"), name="Kapsamlı İşbirliği Planı",
                              type="plan", status="adopted", named=True)],
    )
    doc = to_gold(ex)
    scores = scoring.score_document(doc, doc)
    for tier in ("quotes_direct", "money", "dates", "agreements"):
        assert scores[tier]["tp"] == 1 and scores[tier]["f1"] == 1.0, tier
    assert scores["agreements"]["strict"]["f1"] == 1.0
    # the same document with the offsets stripped is located by text and still perfect
    plain = copy.deepcopy(doc)
    for kind in ("quotes", "money", "dates", "agreements"):
        for item in plain[kind]:
            del item["start"], item["end"]
    assert scoring.score_document(plain, doc)["money"]["f1"] == 1.0
