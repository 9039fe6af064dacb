"""HTML character references: read decoded, records keep the offsets of the text as given."""

from __future__ import annotations

from tr_diplo_ie import Pipeline, charrefs

TEXT = ("Galatasaray'ın eski başkanı &Uuml;nal Aysal, &quot;Projemiz büyük&quot; dedi. "
        "Başkan, s&ouml;ylediklerinin stratejinin i&ccedil;inde olduğunu belirtti. "
        "Kul&uuml;p 3 milyon avro &ouml;dedi.")


def test_decode_maps_every_character_back():
    view = charrefs.decode(TEXT)
    assert view is not None and view.decoded == 7
    assert view.text.startswith("Galatasaray'ın eski başkanı Ünal Aysal, \"Projemiz büyük\" dedi.")
    start = view.text.index("Ünal Aysal")
    assert view.span(start, start + len("Ünal Aysal")) == (TEXT.index("&Uuml;nal"), TEXT.index(", &quot;"))
    start = view.text.index("söylediklerinin")
    a, b = view.span(start, start + len("söylediklerinin"))
    assert TEXT[a:b] == "s&ouml;ylediklerinin"


def test_text_without_references_is_left_alone():
    assert charrefs.decode("Bakan, \"Geldik\" dedi. AT&T & Co. &unknownref; kaldı.") is None


def test_extraction_reads_decoded_text_and_reports_original_offsets():
    x = Pipeline(analyzer="rules").extract(TEXT)
    assert x.body == TEXT
    for record in list(x.quotes) + list(x.money) + list(x.dates) + list(x.agreements):
        assert TEXT[record.start:record.end] == record.text
    direct = [q for q in x.quotes if q.kind == "direct"]
    assert [q.text for q in direct] == ["Projemiz büyük"]
    assert direct[0].speaker.name == "Ünal Aysal" and direct[0].speaker.text == "&Uuml;nal Aysal"
    indirect = [q for q in x.quotes if q.kind == "indirect"]
    assert indirect and indirect[0].cue == "belirtti"
    assert indirect[0].text == "s&ouml;ylediklerinin stratejinin i&ccedil;inde olduğunu"
    assert [(m.text, m.amount) for m in x.money] == [("3 milyon avro", 3000000)]
    assert any("character reference" in w for w in x.warnings)
