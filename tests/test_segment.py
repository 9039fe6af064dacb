"""The rule segmenter (fallback analysis): sentences and tokens on news sentences."""

import pytest

from tr_diplo_ie import segment


def sentences(text):
    return [text[a:b] for a, b in segment.sentence_spans(text)]


@pytest.mark.parametrize("text, expected", [
    ("Konseyi'nin 7. Toplantısı düzenlendi. Tören yapıldı.",
     ["Konseyi'nin 7. Toplantısı düzenlendi.", "Tören yapıldı."]),
    ("Dr. Ahmet Yılmaz geldi. Prof. Dr. Ayşe Kaya konuştu.",
     ["Dr. Ahmet Yılmaz geldi.", "Prof. Dr. Ayşe Kaya konuştu."]),
    ("T.C. Dışişleri Bakanlığı açıklama yaptı. Sonra toplantı başladı.",
     ["T.C. Dışişleri Bakanlığı açıklama yaptı.", "Sonra toplantı başladı."]),
    ('Caparov, "Hedefimiz büyük. Başaracağız." dedi. Tokayev teşekkür etti.',
     ['Caparov, "Hedefimiz büyük.', 'Başaracağız." dedi.', "Tokayev teşekkür etti."]),
    ("Başlık satırı\n\nİlk cümle burada.", ["Başlık satırı", "İlk cümle burada."]),
    ("Elma, armut vb. meyveler satıldı.", ["Elma, armut vb. meyveler satıldı."]),
])
def test_sentences(text, expected):
    assert sentences(text) == expected


def test_tokens_keep_apostrophe_suffixes_and_offsets():
    text = "Tokayev'i Bişkek’e 1.250.000 dolar ile T.C. adına karşıladı."
    an = segment.analyze(text)
    toks = [t.text for _, t in an.tokens()]
    assert "Tokayev'i" in toks and "Bişkek’e" in toks and "1.250.000" in toks and "T.C." in toks
    for _, tok in an.tokens():
        assert text[tok.start:tok.end] == tok.text


def test_empty_and_whitespace():
    assert segment.analyze("").sentences == ()
    assert segment.analyze(" \n\n \t").sentences == ()


def test_strip_suffix_keeps_an_apostrophe_inside_a_name():
    from tr_diplo_ie.textnorm import strip_suffix
    assert strip_suffix("O’Leary’nin") == "O’Leary"
    assert strip_suffix("D'Alema") == "D'Alema"
    assert strip_suffix("Tokayev'i") == "Tokayev"
    assert strip_suffix("ABD’NİN") == "ABD"  # a case ending in capitals
    assert strip_suffix("A’nın") == "A"
