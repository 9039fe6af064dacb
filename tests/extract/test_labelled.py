"""Interview answers in ``NAME (note): words`` form (extract/labelled.py), without a model."""
import pytest

from tr_diplo_ie.analysis import Analysis
from tr_diplo_ie.article import Article
from tr_diplo_ie.extract.labelled import extract_labelled, turkish_title_case
from tr_diplo_ie.extract.speakers import build_namebook


def _labelled(body):
    analysis = Analysis(text=body, sentences=())
    return extract_labelled(Article(id="t", body=body), analysis, build_namebook(body, analysis))


@pytest.mark.parametrize("word, expected", [("EKREM", "Ekrem"), ("İLKER", "İlker"), ("IŞIK", "Işık"),
                                            ("ÇAĞATAY", "Çağatay"), ("ATA", "Ata")])
def test_turkish_title_case(word, expected):
    assert turkish_title_case(word) == expected


def test_rank_is_kept_apart_from_the_name():
    body = "Eski askerler konuştu.\n\nEMEKLİ YÜZBAŞI EKREM ATA: Bu gelişmeyi çok olumlu görüyoruz.\""
    (quote,) = _labelled(body)
    assert quote.text == "Bu gelişmeyi çok olumlu görüyoruz."  # stray mark left out
    assert body[quote.start:quote.end] == quote.text
    assert quote.speaker.name == "Ekrem Ata"
    assert quote.speaker.title == "Yüzbaşı"
    assert quote.kind == "direct" and quote.cue is None


def test_parenthetical_note_marks_a_person():
    body = "ÇAĞATAY GÜVEN (Askeri liseden ayrıldı): Normalleşme yolunda bir adım."
    (quote,) = _labelled(body)
    assert quote.speaker.name == "Çağatay Güven"
    assert quote.text == "Normalleşme yolunda bir adım."


@pytest.mark.parametrize("body", [
    "AK PARTİ: Seçim sonuçları bizi memnun etti.",          # an organisation, no note or title
    "NOT: Bu haber güncellenecektir ve yeni bilgi eklenecek.",  # one-word heading
    "Davutoğlu: Suriye Ulusal Koalisyonu'nu tanıyoruz.",   # title-case headline (notes B)
    "EMEKLİ YÜZBAŞI EKREM ATA: Evet.",                      # too short to be an answer
])
def test_not_an_answer(body):
    assert _labelled(body) == []


def test_an_organisation_the_article_knows_is_not_a_person():
    from tr_diplo_ie.extract.speakers import NameBook

    body = "MİMARLAR ODASI: MASANIN DEĞERİ 6 MİLYON LİRA\n\nAHMET KAYA: Bu masa çok pahalı oldu."
    book = NameBook()
    book.add("Mimarlar Odası", type="ORG")
    book.add("Ahmet Kaya")
    quotes = extract_labelled(Article(id="t", body=body), Analysis(text=body, sentences=()), book)
    assert [q.speaker.name for q in quotes] == ["Ahmet Kaya"]
