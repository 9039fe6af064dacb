"""Conversion of the bracketed NER data (no data file needed)."""

import pytest

from tr_diplo_ie.training.ner import attach_suffixes, parse_line


@pytest.mark.parametrize("line, expected", [
    ("\ufeff[PER Helmut Kohl ] 'ün partisi", [("Helmut", "B-PER"), ("Kohl", "E-PER"), ("'ün", "O"), ("partisi", "O")]),
    ("[LOC Ankara ]  ve  [LOC Adana ] 'da", [("Ankara", "S-LOC"), ("ve", "O"), ("Adana", "S-LOC"), ("'da", "O")]),
    ("[ORG Allensbach Seçim Enstitüsü ] 'nün", [("Allensbach", "B-ORG"), ("Seçim", "I-ORG"),
                                             ("Enstitüsü", "E-ORG"), ("'nün", "O")]),
    ("Fark çok az", [("Fark", "O"), ("çok", "O"), ("az", "O")]),
    ("[PER Yarım", [("Yarım", "S-PER")]),
    ("", []),
])
def test_parse_line(line, expected):
    assert parse_line(line) == expected


def test_attach_suffixes_keeps_the_tag_of_the_word():
    sent = [("Adana", "S-LOC"), ("'da", "O"), ("yağmur", "O"), ("'", "O")]
    assert attach_suffixes(sent) == [("Adana'da", "S-LOC"), ("yağmur", "O"), ("'", "O")]
