"""The bundled stanza models on hand-picked news sentences (loaded once per session)."""

import pytest

pytestmark = pytest.mark.models


def _sentences(pipeline, text):
    an = pipeline.analyze(text)
    return [text[s.start:s.end] for s in an.sentences], an


def test_ordinal_does_not_end_a_sentence(stanza_pipeline):
    text = ("Kırgızistan ve Kazakistan Yüksek Devletlerarası Konseyi'nin 7. Toplantısı düzenlendi. "
            "Toplantıya iki lider katıldı.")
    sents, _ = _sentences(stanza_pipeline, text)
    assert len(sents) == 2
    assert sents[0].endswith("7. Toplantısı düzenlendi.")


@pytest.mark.parametrize("text", [
    "Dr. Ahmet Yılmaz toplantıya katıldı. Daha sonra açıklama yaptı.",
    "Prof. Dr. Ayşe Kaya bildiriyi okudu. Salon doluydu.",
])
def test_abbreviations_do_not_end_a_sentence(stanza_pipeline, text):
    sents, _ = _sentences(stanza_pipeline, text)
    assert len(sents) == 2, sents


def test_offsets_slice_to_token_text(stanza_pipeline):
    text = "Tokayev'i Bişkek'te karşıladı. \"Kapsamlı İşbirliği Planı\"nı kabul ettik."
    _, an = _sentences(stanza_pipeline, text)
    for _, tok in an.tokens():
        assert text[tok.start:tok.end] == tok.text


def test_apostrophe_suffix_stays_on_its_word(stanza_pipeline):
    _, an = _sentences(stanza_pipeline, "Caparov, Kazakistan Cumhurbaşkanı Tokayev'i Bişkek'te karşıladı.")
    tokens = [tok.text for _, tok in an.tokens()]
    assert "Tokayev'i" in tokens
    assert "Bişkek'te" in tokens


def test_multi_word_token_is_expanded(stanza_pipeline):
    # BOUN splits a copula off its host: "Bişkek'teydi" -> "Bişkek'te" + "ydi"
    _, an = _sentences(stanza_pipeline, "Tokayev dün Bişkek'teydi.")
    multi = [tok for sent in an.sentences for tok in sent.tokens if len(tok.words) > 1]
    assert multi, "expected at least one multi-word token"


@pytest.mark.parametrize("sentence, form, lemma", [
    ("Bakanlar anlaşmayı imzaladılar.", "imzaladılar", "imzala"),
    ("Ülkeler arasındaki ticaret arttı.", "Ülkeler", "ülke"),
])
def test_known_lemmas(stanza_pipeline, sentence, form, lemma):
    if "lemma" not in stanza_pipeline.processors:
        pytest.skip("no lemmatizer bundled")
    _, an = _sentences(stanza_pipeline, sentence)
    words = {w.text: w for s in an.sentences for w in s.words}
    assert words[form].lemma.lower() == lemma


def test_upos_of_a_verb_and_a_proper_noun(stanza_pipeline):
    if "pos" not in stanza_pipeline.processors:
        pytest.skip("no tagger bundled")
    _, an = _sentences(stanza_pipeline, "Tokayev dün Bişkek'e geldi.")
    upos = {w.text: w.upos for s in an.sentences for w in s.words}
    assert upos["geldi"] == "VERB"
    assert upos["Tokayev"] == "PROPN"


def test_conditional_and_converb_stay_one_word(stanza_pipeline):
    # the MWT policy (nlp/mwt_policy.py) keeps -(y)ken and -sA forms whole
    _, an = _sentences(stanza_pipeline, "Anlaşma imzalanırsa ticaret artar. Bakan konuşurken salon doldu.")
    words = [w.text for s in an.sentences for w in s.words]
    assert "imzalanırsa" in words
    assert "konuşurken" in words
