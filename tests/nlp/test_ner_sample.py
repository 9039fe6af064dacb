"""Issue targets on the sample article with the bundled NER model."""

import pytest

from tr_diplo_ie import article

from ..conftest import SAMPLE

pytestmark = pytest.mark.models


@pytest.fixture(scope="module")
def extraction(stanza_pipeline):
    if "ner" not in stanza_pipeline.processors:
        pytest.skip("no NER model bundled")
    return stanza_pipeline.extract(article.read_file(SAMPLE))


def test_direct_quote_speakers_are_ner_persons(extraction):
    persons = [(e.start, e.end) for e in extraction.entities if e.type == "PER"]
    assert any(e.source == "ner" for e in extraction.entities)
    direct = [q for q in extraction.quotes if q.kind == "direct" and not q.optional]
    assert len(direct) == 7
    for quote in direct:
        assert quote.speaker is not None, quote.text
        assert quote.speaker.name in ("Sadır Caparov", "Kasım Cömert Tokayev")
        assert quote.speaker.type == "PER"
        assert any(a < quote.speaker.end and quote.speaker.start < b for a, b in persons), quote.speaker


def test_signed_documents_are_between_the_two_countries(extraction):
    signed = [a for a in extraction.agreements if a.status == "signed" and a.parties]
    assert signed
    for agreement in signed:
        assert set(agreement.parties) == {"Kazakistan", "Kırgızistan"}


def test_places_are_normalised(extraction):
    names = {e.name for e in extraction.entities if e.type == "LOC"}
    assert {"Kazakistan", "Kırgızistan", "Bişkek"} <= names
    assert not any("'" in n or "’" in n for n in names)
