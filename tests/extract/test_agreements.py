"""Examples-as-tests for the agreements extractor (data: agreement_examples.json)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tr_diplo_ie import segment
from tr_diplo_ie.extract.agreements import extract_agreements
from tr_diplo_ie.records import Agreement, Article, TimeExpression

from ..analyses import with_ner

REFERENCE_DATE = dt.date(2025, 8, 22)
EXAMPLES = json.loads((Path(__file__).with_name("agreement_examples.json")).read_text(encoding="utf-8"))
SAMPLE = Path("/work/shared/seed/sample-article.txt")


def _dates(text: str, specs) -> list[TimeExpression]:
    out = []
    for spec in specs or ():
        start = -1
        for _ in range(spec.get("occurrence", 1)):
            start = text.find(spec["text"], start + 1)
        assert start >= 0, spec
        out.append(TimeExpression(text=spec["text"], start=start, end=start + len(spec["text"]),
                                  type=spec.get("type", "DATE"), value=spec.get("value"), mod=spec.get("mod")))
    return out


def _run(case) -> list[Agreement]:
    text = case["text"] if isinstance(case, dict) else case
    article = Article(id="t", body=text, published=REFERENCE_DATE)
    specs = case.get("dates") if isinstance(case, dict) else None
    return extract_agreements(article, segment.analyze(text), _dates(text, specs))


def _check(case, found: list[Agreement]) -> None:
    text = case["text"]
    for ag in found:  # offsets are exact for every record
        assert text[ag.start:ag.end] == ag.text
    got = [
        {k: getattr(ag, k) for k in ("text", "type", "status", "named")}
        | {"name": ag.name, "parties": list(ag.parties), "date": ag.date}
        for ag in found
    ]
    want = []
    for exp in case["expected"]:
        item = {"text": exp["text"], "type": exp["type"], "status": exp["status"], "named": exp["named"],
                "name": exp.get("name", " ".join(exp["text"].split())),
                "parties": exp.get("parties", []), "date": exp.get("date")}
        want.append(item)
    assert got == want


@pytest.mark.parametrize("case", EXAMPLES["positive"], ids=lambda c: c["text"][:50])
def test_positive(case):
    _check(case, _run(case))


@pytest.mark.parametrize("text", EXAMPLES["negative"], ids=lambda t: t[:50])
def test_negative(text):
    assert _run(text) == []


@pytest.mark.parametrize(
    "case",
    [pytest.param(c, marks=pytest.mark.xfail(reason=c["reason"], strict=True)) for c in EXAMPLES["xfail"]],
    ids=lambda c: c["text"][:50],
)
def test_known_limits(case):
    _check(case, _run(case))


def test_corpus_sizes():
    assert len(EXAMPLES["positive"]) >= 40
    assert len(EXAMPLES["negative"]) >= 20


def test_without_analysis_and_dates():
    text = "Geçen yıl imzalanan çifte vergilendirmeyi önleme anlaşması yürürlüğe girdi."
    found = extract_agreements(Article(id="x", body=text))
    assert [(a.text, a.status, a.date) for a in found] == [
        ("çifte vergilendirmeyi önleme anlaşması", "signed", None)]


@pytest.mark.parametrize("body", ["", "   ", "\"", "\"\"", "anlaşma", "\"Anlaşma\"", "'plan'ı", "--- , ; ,"])
def test_odd_input_never_raises(body):
    assert isinstance(extract_agreements(Article(id="x", body=body)), list)


def test_odd_dates_are_ignored():
    text = "Bugün Kapsamlı İşbirliği Planı'nı kabul ediyoruz."
    bad = [TimeExpression(text="Bugün", start=0, end=5, type="DATE", value=None),
           TimeExpression(text="Bugün", start=0, end=5, type="DURATION", value="P1D")]
    found = extract_agreements(Article(id="x", body=text), None, bad)
    assert [(a.text, a.date) for a in found] == [("Kapsamlı İşbirliği Planı", None)]


def test_date_with_mod_is_not_a_signing_date():
    text = "2030 yılına kadar ticaret hacminin artırılmasına yönelik yol haritası imzalandı."
    dates = [TimeExpression(text="2030 yılına kadar", start=0, end=17, type="DATE", value="2030", mod="ON_OR_BEFORE")]
    found = extract_agreements(Article(id="x", body=text), None, dates)
    assert [(a.text, a.date) for a in found] == [("ticaret hacminin artırılmasına yönelik yol haritası", None)]


@pytest.mark.skipif(not SAMPLE.exists(), reason="sample article not available")
def test_sample_article_required_documents():
    from tr_diplo_ie import article as article_mod

    art = article_mod.read_file(SAMPLE)
    found = extract_agreements(art, segment.analyze(art.body))
    by_name = {a.name: a for a in found}
    for name, typ, status in [
        ("Kapsamlı İşbirliği Planı", "plan", "adopted"),
        ("Müttefik İlişkilerin Derinleştirilmesi ve Genişletilmesine İlişkin Tarihi Anlaşma", "agreement", "signed"),
        ("Kırgızistan-Kazakistan Yüksek Devletlerarası Konseyi Toplantısı Kararı", "decision", "signed"),
        ("Cumhurbaşkanlarının Ortak Bildirisi", "declaration", "signed"),
        ("ticaret hacminin artırılmasına yönelik yol haritası", "roadmap", "signed"),
        ("Almatı bölgesinde toptan dağıtım merkezi inşasına ilişkin mutabakat muhtırası", "memorandum", "signed"),
        ("kültür ve turizm alanında eylem planları", "plan", "signed"),
        ("medya kuruluşları arasında işbirliği mutabakatları", "memorandum", "signed"),
    ]:
        assert name in by_name, name
        assert (by_name[name].type, by_name[name].status) == (typ, status)
    for ag in found:
        assert art.body[ag.start:ag.end] == ag.text


def test_a_decision_restated_in_other_words_is_one_document():
    # dev ttc-siyaset-593: the announcement quotes the decision again, with more words before
    # the same complement, verbal noun and head
    text = ("Komisyon, Bakan Yılmaz'ın görüşlerine başvurma kararı aldı. Açıklamada şu ifadeler yer aldı: "
            "'Sorularımızı yazılı olarak kendisine ileterek darbelere dair görüşlerine başvurma kararı alınmıştır.'")
    assert [a.text for a in _run(text)] == ["Yılmaz'ın görüşlerine başvurma kararı"]


def test_like_decisions_about_other_named_things_stay_apart():
    text = "Kurul, Ankara'daki fabrikayı kapatma kararı aldı. Ertesi gün yönetim, İzmir'deki fabrikayı kapatma kararı aldı."
    assert [a.text for a in _run(text)] == ["Ankara'daki fabrikayı kapatma kararı", "İzmir'deki fabrikayı kapatma kararı"]


def test_a_persons_name_before_a_compound_head_is_no_document_name():
    """"Bakan Ali Bulutsu planını açıkladı": with NER tags the name before the head is a person's,
    the minister's own plan, not a named one (the name-led rule of session 24, siyaset-346, is for
    names like "Trans Atlantik Ticaret ve Yatırım Ortaklığı anlaşması")."""
    text = "Bakan Ali Bulutsu planını açıkladı."
    assert extract_agreements(Article(id="x", body=text), with_ner(text, {"Ali": "B-PER", "Bulutsu": "E-PER"})) == []


@pytest.mark.parametrize("text, expected", [("Kulüp bize sözleşme imzalattı.", "sözleşme"),
                                            ("Federasyon onlara protokol imzalattı.", "protokol")])
def test_a_pronoun_in_the_dative_is_no_part_of_a_description(text, expected):
    """The pronoun is the document's recipient (session 23's second article pool, spor-117)."""
    assert [a.text for a in _run(text)] == [expected]


def test_a_persons_decision_is_no_item():
    """"Ecevit'in kararı": with NER tags the genitive owner is a person, so the decision is one
    person's choice (ANNOTATION.md: optional at most; session 25's NER-corpus pool ner-test-1538);
    a body's stays ("Meclis'in kararı")."""
    text = "Kutan, en sevindirici durumun Ecevit'in kararı anti demokratik bulması olduğunu söyledi."
    assert extract_agreements(Article(id="x", body=text), with_ner(text, {"Ecevit'in": "S-PER"})) == []
    text = "Kutan, en sevindirici durumun Meclis'in kararı olduğunu söyledi."
    assert [a.text for a in extract_agreements(Article(id="x", body=text), with_ner(text, {"Meclis'in": "S-ORG"}))] \
        == ["Meclis'in kararı"]


def test_an_ablative_before_sonra_is_no_participle():
    """"müzakereden" ends like the participle "eden", but before "sonra" it is an ablative inside the
    clause (session 25's NER-corpus test-file pool, ner-test-1149)."""
    text = "Bu, grubumuzda yapılacak müzakereden sonra verilecek bir karardır."
    assert [a.text for a in _run(text)] == ["müzakereden sonra verilecek bir karar"]
