"""Examples-as-tests for the date/time extractor (data: date_examples.tsv)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tr_diplo_ie import segment
from tr_diplo_ie.article import read_file
from tr_diplo_ie.extract.dates import extract_dates
from tr_diplo_ie.records import Article

HERE = Path(__file__).parent
REFERENCE = dt.date(2025, 8, 22)
SAMPLE = Path("/work/shared/seed/sample-article.txt")


def _rows():
    with open(HERE / "date_examples.tsv", encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _published(cell: str):
    if cell == "none":
        return None
    return dt.date.fromisoformat(cell) if cell else REFERENCE


def _params(statuses):
    out = []
    for i, row in enumerate(_rows()):
        if row["status"] not in statuses:
            continue
        marks = [pytest.mark.xfail(strict=True, reason=row["note"])] if row["status"].startswith("xfail") else []
        out.append(pytest.param(row, id=f"{i}-{row['phrase'][:40]}", marks=marks))
    return out


def _run(row, with_analysis=False):
    article = Article(id="t", body=row["phrase"], published=_published(row["published"]))
    analysis = segment.analyze(article.body) if with_analysis else None
    return extract_dates(article, analysis)


def _fields(t):
    return (t.text, t.type, t.value or "", t.mod or "", t.quant or "")


@pytest.mark.parametrize("row", _params({"ok", "xfail"}))
def test_positive(row):
    found = _run(row)
    expected = (row["text"], row["type"], row["value"], row["mod"], row["quant"])
    assert [_fields(t) for t in found] == [expected]
    t = found[0]
    assert row["phrase"][t.start:t.end] == t.text
    assert t.source


@pytest.mark.parametrize("row", _params({"ok"}))
def test_positive_with_analysis(row):
    """The rule-based Analysis (sentence limits) gives the same result."""
    assert [_fields(t) for t in _run(row, True)] == [_fields(t) for t in _run(row)]


@pytest.mark.parametrize("row", _params({"neg", "xfail-neg"}))
def test_negative(row):
    assert _run(row) == []


def test_example_counts():
    rows = _rows()
    assert sum(r["status"] == "ok" for r in rows) >= 60
    assert sum(r["status"] == "neg" for r in rows) >= 25


@pytest.mark.skipif(not SAMPLE.exists(), reason="sample article not available")
def test_sample_article():
    article = read_file(SAMPLE)
    assert article.published == REFERENCE
    found = extract_dates(article, segment.analyze(article.body))
    assert [(t.text, t.type, t.value, t.mod, t.quant) for t in found] == [
        ("Geçen yıl", "DATE", "2024", None, None),
        ("Bugünkü", "DATE", "2025-08-22", None, None),
        ("2030 yılına kadar", "DATE", "2030", "ON_OR_BEFORE", None),
        ("her geçen yıl", "SET", "P1Y", None, "EVERY"),
        ("geçen yıl", "DATE", "2024", None, None),
        ("Bugün", "DATE", "2025-08-22", None, None),
    ]
    for t in found:
        assert article.body[t.start:t.end] == t.text


def test_header_date_is_not_a_mention():
    article = Article(id="h", body="Heyet bugün geldi.", published=REFERENCE)
    assert [t.text for t in extract_dates(article)] == ["bugün"]


def test_offsets_in_longer_text():
    body = "Heyet dün geldi. Görüşmeler 3 yıldır sürüyor ve 2030 yılına kadar bitecek."
    found = extract_dates(Article(id="x", body=body, published=REFERENCE))
    assert [t.text for t in found] == ["dün", "3 yıldır", "2030 yılına kadar"]
    assert all(body[t.start:t.end] == t.text for t in found)
    assert [t.start for t in found] == sorted(t.start for t in found)


def test_odd_input():
    assert extract_dates(Article(id="e", body="")) == []
    assert extract_dates(Article(id="e", body="   \n\n ")) == []
    # no such day: only the month and year are taken
    found = extract_dates(Article(id="e", body="31 Şubat 2025'te"))
    assert [(t.text, t.value) for t in found] == [("Şubat 2025", "2025-02")]
    assert extract_dates(Article(id="e", body="Saat 25.70'te")) == []


_ALPHABET = st.sampled_from(
    list("abcçdefgğhıijklmnoöprsştuüvyzIİÇĞÖŞÜ0123456789 .,:'’-/\n")
    + ["yıl", "ay", "gün", "hafta", "saat", "Ağustos", "Kasım", "Pazartesi", "günü", "her", "geçen",
       "bu", "son", "önce", "sonra", "kadar", "bu yana", "ilk", "yarısı", "çeyreği", "sonu", "2025",
       "'te", "'den", "'in", "lık", "dır", "da", "bir", "iki", "buçuk", "yılında", "bugün", "dün"]
)


@settings(max_examples=300, deadline=None)
@given(
    parts=st.lists(st.one_of(_ALPHABET, st.text(max_size=5)), max_size=40),
    published=st.one_of(st.none(), st.dates()),
)
def test_property_never_raises_and_offsets_consistent(parts, published):
    body = " ".join(parts)
    article = Article(id="p", body=body, published=published)
    for analysis in (None, segment.analyze(body)):
        found = extract_dates(article, analysis)
        previous_end = 0
        for t in found:
            assert 0 <= t.start < t.end <= len(body)
            assert body[t.start:t.end] == t.text
            assert t.start >= previous_end  # sorted, no overlaps
            previous_end = t.end
            assert t.type in ("DATE", "TIME", "DURATION", "SET")
            assert t.source
            if published is None and t.source in ("weekday", "month", "part_base", "quarter", "time"):
                assert t.value is None  # resolved against an unknown date


@pytest.mark.parametrize("sentence, expected", [
    ("Genel Kurul 6 - 15 Kasım 2012 tarihleri arasında çalışacak.",
     [("6", "2012-11-06"), ("15 Kasım 2012", "2012-11-15")]),
    ("Meclis (9,10,11,12 Kasım 2012 günleri dahil) aralıksız çalışacak.",
     [("9", "2012-11-09"), ("10", "2012-11-10"), ("11", "2012-11-11"), ("12 Kasım 2012", "2012-11-12")]),
    ("Enflasyon yüzde 5-6 Kasım ayında da sürdü.", [("Kasım ayı", "2025-11")]),
    # joined with "ve" (round 36 dev saglik-269)
    ("Grev 20, 21 ve 22 Mayıs tarihlerinde yapılacak.",
     [("20", "2025-05-20"), ("21", "2025-05-21"), ("22 Mayıs", "2025-05-22")]),
])
def test_day_ranges_and_lists(sentence, expected):
    """Every day of a range or list is a date of its own, with the month and year of the last."""
    found = extract_dates(Article(id="x", body=sentence, published=dt.date(2025, 8, 22)))
    assert [(d.text, d.value) for d in found] == expected


def test_months_listed_before_aylari_are_each_a_date():
    # round 23 dev ekonomi-503: "Haziran, Temmuz ve Ağustos aylarında"
    art = Article(id="x", body="Turizm Haziran, Temmuz ve Ağustos aylarında artar.",
                  published=dt.date(2025, 8, 22))
    got = [(d.text, d.value) for d in extract_dates(art)]
    assert got == [("Haziran", "2025-06"), ("Temmuz", "2025-07"), ("Ağustos ayları", "2025-08")]


@pytest.mark.parametrize("sentence, published, expected", [
    # one DATE per end point, "dönemi" with the second (ANNOTATION-notes FU, GR; dev ekonomi-171, -475)
    ("Antalya'ya Ocak-Mayıs döneminde gelen turist sayısı arttı.", None,
     [("Ocak", None), ("Mayıs dönemi", None)]),
    ("Antalya'ya Ocak-Mayıs döneminde gelen turist sayısı arttı.", dt.date(2025, 8, 22),
     [("Ocak", "2025-01"), ("Mayıs dönemi", "2025-05")]),
    # the year in front dates both end points
    ("2015 yılı Ocak-Mayıs döneminde bütçe açığı arttı.", None,
     [("2015 yılı Ocak", "2015-01"), ("Mayıs dönemi", "2015-05")]),
    ("İhracat 2015 Ocak- Mayıs ayı döneminde arttı.", None, [("2015 Ocak", "2015-01"), ("Mayıs ayı", "2015-05")]),
    ("Satışlar ocak-ağustos döneminde düştü.", None, [("ocak", None), ("ağustos dönemi", None)]),
    # "dönemi" alone after a month is no date of its own ("Mayıs döneminde" outside a range)
    ("Mayıs döneminde satışlar arttı.", None, []),
])
def test_month_ranges_give_two_end_points(sentence, published, expected):
    found = extract_dates(Article(id="x", body=sentence, published=published))
    assert [(d.text, d.value) for d in found] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a life's years in parentheses (round 40 dev siyaset-238); a season stays with its first year (dev spor-456)
    ("Hacı Yahya Demirel (1893-1972) ile evlendi.", [("1893", "1893"), ("1972", "1972")]),
    ("CEV Kupası Şampiyonluğu (2013-2014) geldi.", [("2013", "2013")]),
])
def test_year_ranges_in_parentheses(sentence, expected):
    assert [(d.text, d.value) for d in extract_dates(Article(id="x", body=sentence))] == expected


@pytest.mark.parametrize("sentence, expected", [
    # years of a list whose comma lost its space (round 67 dev spor-58)
    ("1954, 1974, 1982,1986, 1990 ve 2002'nin ardından kazandı.",
     ["1954", "1974", "1982", "1986", "1990", "2002'nin ardından"]),
    ("Almanya 1982,1986 ve 1990'da finale çıktı.", ["1982", "1986", "1990"]),
    # ... two such pairs (dev pool spor-27)
    ("Bernard Hinault 1978,1979, 1981,1982, 1985 yıllarında şampiyon oldu.", ["1978", "1979", "1981", "1982", "1985"]),
    # no list around the pair: it may be a decimal
    ("Oran 1982,1986 oldu.", []),
    ("Endeks 1.982,1986, 1990 puan oldu.", []),
])
def test_years_listed_with_a_lost_space(sentence, expected):
    assert [d.text for d in extract_dates(Article(id="x", body=sentence))] == expected


@pytest.mark.parametrize("sentence, expected", [
    # "Aynı yıl" takes the year of the last dated expression of its paragraph (notes B; dev siyaset-501)
    ("Tanrıkulu, 2011 yılında beş kişinin öldüğünü kaydetti. Aynı yıl içinde 41 kişi yaralandı.",
     [("2011 yılı", "2011"), ("Aynı yıl içinde", "2011")]),
    ("Demirel, Mart 1970'te hükümet kurdu ve aynı yıl yapılan seçimi kazandı.",
     [("Mart 1970", "1970-03"), ("aynı yıl", "1970")]),
    # not over a paragraph break, and not from an expression with a mod
    ("Demirel 1970'te hükümet kurdu.\n\nAynı yıl seçim yapıldı.", [("1970", "1970"), ("Aynı yıl", None)]),
    ("2030 yılına kadar büyüyecek. Aynı yıl seçim yapılacak.", [("2030 yılına kadar", "2030"), ("Aynı yıl", None)]),
])
def test_same_year_is_resolved_from_the_text(sentence, expected):
    assert [(d.text, d.value) for d in extract_dates(Article(id="x", body=sentence))] == expected


def test_ramazan_person_by_ner():
    """A given name "Ramazan" with a case ending is a person when NER says so, not Ramadan."""
    import attrs

    from tr_diplo_ie import segment
    from tr_diplo_ie.analysis import Analysis

    text = "Ramazan'ın açıklamasına göre bütçe yeterli. Ramazan'da fiyatlar arttı."
    an = segment.analyze(text)
    sentences = []
    for i, sent in enumerate(an.sentences):
        tokens = tuple(attrs.evolve(t, ner="S-PER" if i == 0 and t.start == 0 else "O") for t in sent.tokens)
        sentences.append(attrs.evolve(sent, tokens=tokens))
    analysis = Analysis(text=text, sentences=tuple(sentences), ner=True)
    found = extract_dates(Article(id="x", body=text), analysis)
    assert [(t.text, t.start) for t in found] == [("Ramazan", text.index("Ramazan'da"))]


def test_duration_range_start():
    """"18 aydan 3 yıla kadar": the range's start keeps its ablative, EQUAL_OR_MORE (round 32 dev
    ekonomi-137; dev spor-70, saglik-145 with "varan")."""
    for text, expected in [
        ("Sanıklara 18 aydan 3 yıla kadar hapis cezası verilebilecek.",
         [("18 aydan", "P18M", "EQUAL_OR_MORE"), ("3 yıla kadar", "P3Y", "EQUAL_OR_LESS")]),
        ("Suçun cezası 3 aydan 2 yıla varan hapis.",
         [("3 aydan", "P3M", "EQUAL_OR_MORE"), ("2 yıla varan", "P2Y", "EQUAL_OR_LESS")]),
    ]:
        found = extract_dates(Article(id="x", body=text))
        assert [(t.text, t.value, t.mod) for t in found] == expected


@pytest.mark.parametrize("sentence, expected", [
    # dev ekonomi-529, -159, -438, round 37 spor-321: the first number is a duration of its own
    ("Takım, 2-3 ay içinde yeni stadına taşınacak.", [("2", "DURATION", "P2M"), ("3 ay içinde", "DURATION", "P3M")]),
    ("İşlem 60 - 70 gün sürer.", [("60", "DURATION", "P60D"), ("70 gün", "DURATION", "P70D")]),
    ("A takımda 13-14 senedir oynuyoruz.", [("13", "DURATION", "P13Y"), ("14 senedir", "DURATION", "P14Y")]),
    # dev ekonomi-499: a range of offsets, a time ago without a value
    ("Bundan 6-7 yıl önce buraya geldik.", [("Bundan 6", "DATE", None), ("7 yıl önce", "DATE", "2018")]),
    # dev siyaset-555: "öncesi" too; dev ekonomi-438: before an event (a genitive), durations
    ("Onlar 50-60 yıl öncesini konuşmayı sevmez.", [("50", "DATE", None), ("60 yıl öncesi", "DATE", "1965")]),
    ("Her zammın 5-6 saat öncesinden SMS gider.", [("5", "DURATION", "PT5H"), ("6 saat", "DURATION", "PT6H")]),
    # not a range of durations
    ("Ekonomi yüzde 5-6 büyüdü.", []),
    ("2014-2015 yıllarında büyüdü.", [("2014", "DATE", "2014"), ("2015", "DATE", "2015")]),
])
def test_ranges_of_durations(sentence, expected):
    found = extract_dates(Article(id="x", body=sentence, published=dt.date(2025, 8, 22)))
    assert [(d.text, d.type, d.value) for d in found] == expected


def test_offset_over_a_hard_line_break_counts_from_an_event():
    """'bir gün sonra\\n\\nkalp\\n\\nkrizi geçirdiği': the clause after a scraped line break is still
    read for its tense (round 44 dev ekonomi-584)."""
    body = "Babası da bir gün sonra\n\nkalp\n\nkrizi geçirdiği belirtiliyor."
    found = extract_dates(Article(id="t", body=body, published=REFERENCE), segment.analyze(body))
    assert [(d.text, d.type, d.value) for d in found] == [("bir gün", "DURATION", "P1D")]


def test_offset_after_a_date_in_the_genitive_counts_from_it():
    """'3 Kasım 2002'nin 11 yıl sonrasında': the date and the duration from it (round 45 dev siyaset-455)."""
    body = "3 Kasım 2002'nin 11 yıl sonrasında seçime gidildi."
    found = extract_dates(Article(id="t", body=body, published=REFERENCE), segment.analyze(body))
    assert [(d.text, d.type, d.value) for d in found] == [("3 Kasım 2002", "DATE", "2002-11-03"),
                                                          ("11 yıl", "DURATION", "P11Y")]


def test_range_start_takes_the_year_written_at_its_end():
    """'1 Ocak-19 Ağustos 2014 tarihleri arasında': both ends are in 2014 (round 46 dev ekonomi-289)."""
    body = "Bu çerçevede, 1 Ocak-19 Ağustos 2014 tarihleri arasında kontrol yapıldı."
    found = extract_dates(Article(id="t", body=body, published=None), segment.analyze(body))
    assert [(d.text, d.value) for d in found] == [("1 Ocak", "2014-01-01"), ("19 Ağustos 2014", "2014-08-19")]


def test_days_and_hours_stay_two_durations():
    """Clock units join ("1 dakika 32 saniye"), days and hours do not: "7 gün 24 saat" is around the
    clock, "haftada 3 gün 4 saat" four hours on each of three days (dev pool kultursanat-564, saglik-88)."""
    for sentence in ("Hat 7 gün 24 saat hizmet veriyor.", "Haftada 3 gün 4 saat diyaliz yapılıyor."):
        found = extract_dates(Article(id="x", body=sentence, published=dt.date(2025, 8, 22)))
        assert [d.type for d in found] == ["DURATION", "DURATION"], sentence


def test_a_month_range_before_its_year_dates_both_ends_in_that_year():
    # "Ocak-Mayıs 2014 döneminde" (round 65 dev ekonomi-476): one DATE per end point, both of 2014
    text = "THY, Ocak-Mayıs 2014 döneminde 21 milyon yolcu taşıdı."
    found = extract_dates(Article(id="t", body=text, published=dt.date(2015, 6, 10)))
    assert [(t.text, t.value) for t in found] == [("Ocak", "2014-01"), ("Mayıs 2014", "2014-05")]


def test_a_yearly_window_recurs_at_both_ends():
    # "her yılın 1 Aralık ile 1 Nisan tarihleri arasında" (round 73 dev ekonomi-135): two SETs of a day a year
    found = extract_dates(Article(id="x", body="Kış lastiği her yılın 1 Aralık ile 1 Nisan tarihleri arasında zorunlu."))
    assert [(d.text, d.type, d.value, d.quant) for d in found] == [
        ("her yılın 1 Aralık", "SET", "XXXX-12-01", "EVERY"), ("1 Nisan", "SET", "XXXX-04-01", "EVERY")]
