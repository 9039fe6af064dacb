"""Letter-case rules around the lemmatizer (nlp/lemma_policy.py), on hand-made inputs."""
import pytest

from tr_diplo_ie.nlp.lemma_policy import capitalised_lemma, headline_form

DICTIONARY = {("sözü", "NOUN"): "söz", ("konu", "NOUN"): "konu", ("Sözü", "PROPN"): "Sözü"}


def known(word, upos):
    return (word, upos) in DICTIONARY


def lemma_of(word, upos):
    return DICTIONARY[(word, upos)]


@pytest.mark.parametrize("text, upos, expected", [
    ("KÖPRÜNÜN", "NOUN", "köprünün"),
    ("İSTİYOR", "VERB", "istiyor"),      # dotted capital I -> i
    ("BALIKLARI", "NOUN", "balıkları"),  # dotless I -> ı
    ("BOTAŞ", "PROPN", None),            # names keep their capitals
    ("Köprü", "NOUN", None),             # only all-capitals words
    ("köprü", "NOUN", None),
    ("2025", "NUM", None),               # no letters
])
def test_headline_form(text, upos, expected):
    assert headline_form(text, upos) == expected


@pytest.mark.parametrize("text, upos, expected", [
    ("Sözü", "NOUN", "söz"),     # missing as written, known in lower case
    ("Sözü", "PROPN", None),     # names are left to the model
    ("Konumuz", "NOUN", None),   # lower-case form unknown too: the model decides
    ("sözü", "NOUN", None),      # already lower case
    ("SÖZÜ", "NOUN", None),      # all capitals: rule 1's business
])
def test_capitalised_lemma(text, upos, expected):
    assert capitalised_lemma(text, upos, known, lemma_of) == expected


def test_known_form_as_written_is_not_overridden():
    dictionary = {("Sözü", "NOUN"): "Söz", ("sözü", "NOUN"): "söz"}
    assert capitalised_lemma("Sözü", "NOUN", lambda w, p: (w, p) in dictionary,
                             lambda w, p: dictionary[(w, p)]) is None


@pytest.mark.models
def test_bundled_lemmatizer_lemmatizes_headlines_in_lower_case(stanza_pipeline):
    if "lemma" not in stanza_pipeline.processors:
        pytest.skip("no lemmatizer bundled")
    text = "İŞÇİLER GREVE BAŞLADI."
    an = stanza_pipeline.analyze(text)
    lemmas = {w.text: w.lemma for s in an.sentences for w in s.words}
    assert lemmas["İŞÇİLER"] == "işçi"   # without the rule: "işçiler"
    assert lemmas["BAŞLADI"] == "başla"
    # the words keep their written form
    assert [w.text for s in an.sentences for w in s.words][:3] == ["İŞÇİLER", "GREVE", "BAŞLADI"]
