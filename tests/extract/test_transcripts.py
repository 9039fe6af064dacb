"""Statements listed without marks under a nominal introducer (extract/transcripts.py): examples
as tests, rule analysis, no model."""

import pytest

from tr_diplo_ie import article
from tr_diplo_ie.pipeline import _rule_analysis, run_stages

SOURCE = "quotes.unmarked.transcript"

POSITIVE = [
    # (text, [(quote text, speaker, cue)]) -- after dev ttc-siyaset-109 and the dev pool's
    # "satır başları" lists (siyaset-55, -102, -103, -408)
    ("CHP Genel Başkanı Ahmet Kara canlı yayında açıklamalar yaptı.\n\n"
     "İşte Kara'nın dikkat çeken o açıklamaları:\n\n"
     "Görüşmemizde bir çekişme olmadı.\n\n"
     "Ben oraya koalisyon görüşmeye gitmedim. Herhangi bir yetkiyle gitmedim.\n\n"
     "(Bakanın bugünkü açıklaması) Söylenenler çok doğaldır. Bu da memnuniyet vericidir.\n\n"
     "Haberin Videosu startFlvPlayer_PostaV2(\"divFlvPlayer31822\",\"31822\");\n\n"
     "NEDEN KOALİSYON KURULAMIYOR?\n\n"
     "Bugün koalisyon kurma zorluğu programlardan ötürü yaşanmıyor. Toplum tek partiyi istemedi.",
     [("Görüşmemizde bir çekişme olmadı.\n\nBen oraya koalisyon görüşmeye gitmedim. Herhangi bir "
       "yetkiyle gitmedim.", "Ahmet Kara", "açıklamaları"),
      ("Söylenenler çok doğaldır. Bu da memnuniyet vericidir.", "Ahmet Kara", "açıklamaları"),
      ("Bugün koalisyon kurma zorluğu programlardan ötürü yaşanmıyor. Toplum tek partiyi istemedi.",
       "Ahmet Kara", "açıklamaları")]),
    # "satırbaşları" after the noun; a sentence that scraping broke over lines stays one stretch;
    # a quoted crosshead glued to the words is left out
    ("İşte Ahmet Yılmaz'ın konuşmasından satırbaşları:\n\n"
     "'SEÇİM BİTTİ' Seçimin üzerinden beş gün geçti. Sonuçlar bizim için çok önemli,\n\n"
     "hayat\n\nçizgimizi belirleyecek bir dönemdeyiz.",
     [("Seçimin üzerinden beş gün geçti. Sonuçlar bizim için çok önemli,\n\nhayat\n\nçizgimizi "
       "belirleyecek bir dönemdeyiz.", "Ahmet Yılmaz", "konuşmasından")]),
    # the run ends at narration that names the owner
    ("İşte Ahmet Yılmaz'ın sözlerinden satır başları:\n\n"
     "Ortada tutuklanmış bir fail var. Dosya gizli tutuluyor.\n\n"
     "Yılmaz, daha sonra kürsüden inerek partililerle tek tek tokalaştı.\n\n"
     "Bu olayın peşini bırakmayacağız. Herkes hesap verecek.",
     [("Ortada tutuklanmış bir fail var. Dosya gizli tutuluyor.", "Ahmet Yılmaz", "sözlerinden")]),
    # the introducer ends a paragraph of narration; a genitive whose apostrophe was lost; a noun of
    # criticism (round 56 dev siyaset-352)
    ("Emekli müftü Şeref Efe sarayı eleştirdi. İşte Şeref Efe nin çarpıcı tespit ve eleştirileri:\n\n"
     "Esasen her şey ortada. Bu yazı sadece ahlaki sorumluluk duygusundan kaynaklanmaktadır.",
     [("Esasen her şey ortada. Bu yazı sadece ahlaki sorumluluk duygusundan kaynaklanmaktadır.",
       "Şeref Efe", "eleştirileri")]),
]

NEGATIVE = [
    # an interview: the questions are not set apart from the answers (dev pool siyaset-440)
    "Gazetecinin sorularını yanıtlayan Ahmet Yılmaz'ın açıklamalarından bazı bölümler şöyle:\n\n"
    "Neden önce sizinle görüşmek istedi? Size özel bir güveni mi var?\n\n"
    "Bana herkesin güvenmesi için yeter sebebim var.",
    # the introducer has no owner (a noun of speech alone)
    "Toplantının ardından yapılan açıklamalardan satır başları:\n\n"
    "Ortada tutuklanmış bir fail var. Dosya gizli tutuluyor.",
    # the words after the introducer are in marks: the marked quote rules take them
    "İşte Ahmet Yılmaz'ın açıklaması şöyle:\n\n\"Ortada tutuklanmış bir fail var. Dosya gizli tutuluyor.\"",
    # the introducer does not end its line: no list follows
    "İşte Ahmet Yılmaz'ın açıklamaları: ortada bir fail var ve dosya gizli tutuluyor.",
]


def _found(text):
    art = article.from_text(text, published="2025-08-22")
    extraction = run_stages(art, _rule_analysis(art.body))
    return [q for q in extraction.quotes if q.source == SOURCE], art.body


@pytest.mark.parametrize("text,expected", POSITIVE, ids=lambda v: str(v)[:30])
def test_listed_statements_are_direct_quotes(text, expected):
    found, body = _found(text)
    assert [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in found] == expected
    for q in found:
        assert body[q.start:q.end] == q.text and body[q.cue_start:q.cue_end] == q.cue and q.kind == "direct"


@pytest.mark.parametrize("text", NEGATIVE, ids=lambda v: v[:30])
def test_no_listed_statements(text):
    assert _found(text)[0] == []
