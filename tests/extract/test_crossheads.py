"""Speakers of uncued direct quotes (crossheads and standalone quotes), on hand-made records."""
from tr_diplo_ie.extract.crossheads import attribute_uncued
from tr_diplo_ie.records import Quote, Speaker


def _speaker(name, at):
    return Speaker(text=name, start=at, end=at + len(name), name=name, type="PER")


def _quote(text, start, speaker=None, cue=None, source="quotes.marks.cue"):
    return Quote(text=text, start=start, end=start + len(text), kind="direct", speaker=speaker,
                 cue=cue, sentence=0, source=source)


DEMIR, KAYA = _speaker("Ayşe Demir", 500), _speaker("Ali Kaya", 900)


def test_crosshead_takes_the_speaker_of_the_quote_it_condenses():
    quotes = [
        _quote("VERGİ İNDİRİMİ SÜRECEK", 0, source="quotes.marks.headline"),
        _quote("Yatırımlar artıyor, ihracat büyüyor", 400, DEMIR, "dedi"),
        _quote("Vergi indirimleri gelecek yıl da sürecek", 800, KAYA, "dedi"),
    ]
    out = attribute_uncued(quotes)
    assert out[0].speaker.name == "Ali Kaya"
    assert out[0].speaker.source.startswith("crosshead")
    assert out[1:] == quotes[1:]


def test_crosshead_without_shared_words_takes_the_next_speaker():
    quotes = [_quote("SONUÇ BEKLENİYOR", 0, source="quotes.marks.headline"),
              _quote("Yatırımlar artıyor", 400, DEMIR, "dedi"),
              _quote("İhracat büyüyor", 800, KAYA, "dedi")]
    assert attribute_uncued(quotes)[0].speaker.name == "Ayşe Demir"


def test_uncued_body_quote_continues_the_previous_speaker():
    quotes = [_quote("Yatırımlar artıyor", 0, DEMIR, "dedi"),
              _quote("Bu yıl daha fazla şirket gelecek", 100),
              _quote("İhracat büyüyor", 800, KAYA, "dedi")]
    assert attribute_uncued(quotes)[1].speaker.name == "Ayşe Demir"


def test_quotes_with_a_cue_or_a_speaker_are_left_alone():
    cued = _quote("Bir şey", 0, None, "dedi")
    quotes = [cued, _quote("Başka", 100, KAYA, "dedi")]
    assert attribute_uncued(quotes)[0] is cued


def test_nothing_to_inherit_keeps_none():
    lone = _quote("YALNIZ BAŞLIK", 0, source="quotes.marks.headline")
    assert attribute_uncued([lone])[0].speaker is None


def test_standalone_paragraph_of_speech_continues_the_previous_speaker():
    # round 24 dev siyaset-68: a paragraph in marks after "… söyledi." is no crosshead
    quotes = [_quote("Yatırımlar artıyor", 0, DEMIR, "dedi"),
              _quote("Bütün taleplere kapımız açık. Şu ana kadar talep gelmedi", 100,
                     source="quotes.marks.headline"),
              _quote("Taleplere kapımız her zaman açık olacak", 800, KAYA, "dedi")]
    assert attribute_uncued(quotes)[1].speaker.name == "Ayşe Demir"
