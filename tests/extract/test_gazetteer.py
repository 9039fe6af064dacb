"""Tests of the country / organisation gazetteer helper."""

from __future__ import annotations

import pytest

from tr_diplo_ie.extract import gazetteer
from tr_diplo_ie.textnorm import tr_lower


@pytest.mark.parametrize("mention, canonical, typ", [
    ("Kazakistan'ın", "Kazakistan", "country"),
    ("Kırgızistan’a", "Kırgızistan", "country"),
    ("Kazakistanın", "Kazakistan", "country"),
    ("Türkiyenin", "Türkiye", "country"),
    ("Kazak", "Kazakistan", "country"),
    ("Kırgızlar", "Kırgızistan", "country"),
    ("ABD'nin", "Amerika Birleşik Devletleri", "country"),
    ("Bişkek'e", "Bişkek", "capital"),
    ("Astana", "Astana", "capital"),
    ("AB'ye", "Avrupa Birliği", "org"),
    ("Avrupa Birliği'nin", "Avrupa Birliği", "org"),
    ("Şanghay İşbirliği Örgütü", "Şanghay İşbirliği Örgütü", "org"),
    ("NATO'nun", "NATO", "org"),
    ("KKTC'nin", "Kuzey Kıbrıs Türk Cumhuriyeti", "country"),
    ("Kosova", "Kosova", "country"),
    ("Filistin'e", "Filistin", "country"),
    ("\"İngiltere\"", "Birleşik Krallık", "country"),
    ("Bosna-Hersek", "Bosna-Hersek", "country"),
    ("Dünya Bankası", "Dünya Bankası", "org"),
])
def test_lookup(mention, canonical, typ):
    place = gazetteer.lookup(mention)
    assert place is not None
    assert (place.canonical, place.type) == (canonical, typ)
    assert gazetteer.normalise(mention) == canonical


@pytest.mark.parametrize("mention", ["ABnin", "Malinin", "mali", "Tokayev'in", "", "   ", "'", "xyz", "Kazakistanlılık"])
def test_lookup_misses(mention):
    assert gazetteer.lookup(mention) is None


def test_strip_suffix_and_normalise_unknown():
    assert gazetteer.strip_suffix("Tokayev'i") == "Tokayev"
    assert gazetteer.normalise("Tokayev'i") == "Tokayev"
    assert gazetteer.strip_suffix("“Kazakistan”") == "Kazakistan"


def test_capital_party_is_its_country():
    assert gazetteer.lookup("Ankara'da").party == "Türkiye"
    assert gazetteer.lookup("Kazakistan").party == "Kazakistan"


def test_find_mentions_offsets():
    text = "Kırgızistan ve Kazakistan arasında, Avrupa Birliği'nin desteğiyle; Türk-Kazak dostluğu. mali destek"
    found = gazetteer.find_mentions(text)
    spans = [(text[s:e], p.canonical) for s, e, p in found]
    assert spans == [
        ("Kırgızistan", "Kırgızistan"), ("Kazakistan", "Kazakistan"),
        ("Avrupa Birliği", "Avrupa Birliği"), ("Türk", "Türkiye"), ("Kazak", "Kazakistan"),
    ]


def test_gazetteer_covers_un_members():
    countries = {p.canonical for p in gazetteer.entries() if p.type == "country"}
    assert len(countries) >= 193
    for name in ("Türkiye", "Kazakistan", "Kırgızistan", "Özbekistan", "Tacikistan", "Türkmenistan",
                 "Azerbaycan", "Rusya", "Çin", "Almanya", "Tuvalu", "Kuzey Kıbrıs Türk Cumhuriyeti"):
        assert name in countries


def test_tr_lower():
    assert tr_lower("IĞDIR İSTANBUL") == "ığdır istanbul"
