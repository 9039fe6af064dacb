"""Speakers on hand-built analyses: NER tags decide who can speak (no model needed)."""

import attrs

from tr_diplo_ie import article, segment
from tr_diplo_ie.analysis import Analysis
from tr_diplo_ie.pipeline import run_stages


def _with_ner(text, tagged):
    """A rule analysis whose tokens get the given NER tags ({token text: tag})."""
    an = segment.analyze(text)
    sentences = []
    for sent in an.sentences:
        tokens = tuple(attrs.evolve(t, ner=tagged.get(t.text, "O")) for t in sent.tokens)
        sentences.append(attrs.evolve(sent, tokens=tokens))
    return Analysis(text=text, sentences=tuple(sentences), ner=True)


def _speakers(text, tagged):
    art = article.from_text(text)
    return [(q.speaker.name, q.speaker.type) if q.speaker else None
            for q in run_stages(art, _with_ner(art.body, tagged)).quotes]


def test_ner_person_without_title_speaks():
    assert _speakers('Zeynep Arslan, "Geliyoruz." dedi.', {"Zeynep": "B-PER", "Arslan": "E-PER"}) \
        == [("Zeynep Arslan", "PER")]


def test_capitalised_non_entity_does_not_speak_when_ner_ran():
    assert _speakers('Altın Kartal, "Geliyoruz." dedi.', {}) == [None]


def test_organisation_speaks():
    assert _speakers('Merkez Kurul, "Faiz sabit kalacak." açıklamasında bulundu.',
                     {"Merkez": "B-ORG", "Kurul": "E-ORG"}) == [("Merkez Kurul", "ORG")]


def test_without_ner_rules_still_find_the_subject():
    art = article.from_text('Zeynep Arslan, "Geliyoruz." dedi.')
    quotes = run_stages(art, segment.analyze(art.body)).quotes
    assert quotes[0].speaker.name == "Zeynep Arslan"


def _with_upos(text, propn):
    """A rule analysis whose words are tagged PROPN when listed, NOUN otherwise."""
    an = segment.analyze(text)
    sentences = []
    for sent in an.sentences:
        words = tuple(attrs.evolve(w, upos="PROPN" if w.text in propn else "NOUN") for w in sent.words)
        sentences.append(attrs.evolve(sent, words=words))
    return Analysis(text=text, sentences=tuple(sentences), tagged=True)


def test_tagger_decides_unknown_single_word_subjects():
    text = 'Birleşme, "Büyüyoruz." dedi. Yılmaz, "Geliyoruz." dedi.'
    art = article.from_text(text)
    quotes = run_stages(art, _with_upos(art.body, {"Yılmaz"})).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == [None, "Yılmaz"]
