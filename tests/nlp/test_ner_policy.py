"""Leading titles are cut off NER person spans (nlp/ner_policy.py), on hand-written tags."""
import pytest

from tr_diplo_ie.nlp.ner_policy import title_words, tidy_person_spans


@pytest.mark.parametrize("words, n", [
    (["Tümgeneral", "Atila", "Işık"], 1),
    (["Emekli", "Albay", "Dursun", "Çiçek"], 2),
    (["Dışişleri", "Bakanı", "Mevlüt", "Çavuşoğlu"], 2),
    (["Cumhurbaşkanı", "Tokayev"], 1),
    (["Atila", "Işık"], 0),
    (["Albayrak"], 0),
])
def test_title_words(words, n):
    assert title_words(words) == n


def test_leading_titles_leave_person_spans():
    words = ["Tümgeneral", "Atila", "Işık", "ile", "Albay", "Kaya", "Ankara'da", "görüştü"]
    tags = ["B-PER", "I-PER", "E-PER", "O", "B-PER", "E-PER", "S-LOC", "O"]
    assert tidy_person_spans(words, tags) == ["O", "B-PER", "E-PER", "O", "O", "S-PER", "S-LOC", "O"]


def test_a_bare_title_and_other_types_are_left_alone():
    assert tidy_person_spans(["Başbakan", "konuştu"], ["S-PER", "O"]) == ["S-PER", "O"]
    assert tidy_person_spans(["Bakanlar", "Kurulu"], ["B-ORG", "E-ORG"]) == ["B-ORG", "E-ORG"]


def test_trim_abbreviated_titles_split_by_the_tokenizer():
    # dev saglik-346: NER tagged "Dr. Darrell Cass" as one person, the period a token of its own
    words = ["Dr", ".", "Darrell", "Cass", ",", "Prof", ".", "Dr", ".", "Ali", "Veli"]
    tags = ["B-PER", "I-PER", "I-PER", "E-PER", "O", "B-PER", "I-PER", "I-PER", "I-PER", "I-PER", "E-PER"]
    assert tidy_person_spans(words, tags) == ["O", "O", "B-PER", "E-PER", "O", "O", "O", "O", "O", "B-PER", "E-PER"]


def test_a_media_outlet_run_on_after_a_name_becomes_an_organisation():
    # dev pool TTC-3600 teknoloji-21: "Bilişim Avukatı Ersoy Akdemir Hürriyet'e yaptığı açıklamada"
    words = ["Avukat", "Ersoy", "Akdemir", "Hürriyet'e", "yaptığı", "Selin", "Financial", "Times'a"]
    tags = ["B-PER", "I-PER", "I-PER", "E-PER", "O", "B-PER", "I-PER", "E-PER"]
    assert tidy_person_spans(words, tags) == ["O", "B-PER", "E-PER", "S-ORG", "O", "S-PER", "B-ORG", "E-ORG"]
    # an outlet alone, or a name that is no outlet, stays as tagged
    assert tidy_person_spans(["Hürriyet'e", "Ahmet", "Güneş"], ["S-PER", "B-PER", "E-PER"]) == ["S-PER", "B-PER", "E-PER"]
    assert tidy_person_spans(["New", "York", "Times"], ["B-PER", "I-PER", "E-PER"]) == ["B-PER", "I-PER", "E-PER"]


def test_a_given_name_left_out_of_a_person_span_is_taken_back():
    # round 24-25 dev siyaset-68, -104: "konuşan Sırrı [PER Süreyya Önder]"
    words = ["konuşan", "Sırrı", "Süreyya", "Önder", ","]
    tags = ["O", "O", "B-PER", "E-PER", "O"]
    upos = ["VERB", "PROPN", "PROPN", "PROPN", "PUNCT"]
    assert tidy_person_spans(words, tags, upos) == ["O", "B-PER", "I-PER", "E-PER", "O"]
    assert tidy_person_spans(words, tags) == tags  # without the tagger nothing changes


def test_no_given_name_from_a_title_a_place_or_a_name_run():
    upos = ["VERB", "PROPN", "PROPN", "PROPN"]
    assert tidy_person_spans(["diyen", "Ankara", "Ali", "Kaya"], ["O", "O", "B-PER", "E-PER"], upos)[1] == "O"
    assert tidy_person_spans(["diyen", "Bakan", "Ali", "Kaya"], ["O", "O", "B-PER", "E-PER"], upos)[1] == "O"
    assert tidy_person_spans(["HDP", "Sırrı", "Ali", "Kaya"], ["S-ORG", "O", "B-PER", "E-PER"],
                             ["PROPN"] * 4)[1] == "O"


def test_an_occupation_before_a_person_span_stays_outside():
    # round 24 dev ekonomi-385: "bir başka Kuyumcu [PER İbrahim Gündoğay]"
    words = ["başka", "Kuyumcu", "İbrahim", "Gündoğay"]
    assert tidy_person_spans(words, ["O", "O", "B-PER", "E-PER"], ["ADJ", "PROPN", "PROPN", "PROPN"])[1] == "O"
