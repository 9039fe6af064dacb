"""Direct and indirect speech: examples as tests (rule analysis, no model needed)."""

import json
from pathlib import Path

import pytest

from tr_diplo_ie import article, segment
from tr_diplo_ie.pipeline import run_stages

EXAMPLES = json.loads((Path(__file__).with_name("quote_examples.json")).read_text(encoding="utf-8"))


def _quotes(text):
    art = article.from_text(text, published="2025-08-22")
    return run_stages(art, segment.analyze(art.body)).quotes, art.body


def _compare(expected, found):
    got = [
        {"kind": q.kind, "text": q.text, "speaker": q.speaker.name if q.speaker else None, "cue": q.cue}
        for q in found
    ]
    assert got == expected


@pytest.mark.parametrize("example", EXAMPLES["positive"], ids=lambda e: e["text"][:40])
def test_positive(example):
    quotes, body = _quotes(example["text"])
    for q in quotes:
        assert body[q.start:q.end] == q.text
        if q.cue_start is not None:
            assert body[q.cue_start:q.cue_end] == q.cue
        if q.speaker is not None:
            assert body[q.speaker.start:q.speaker.end] == q.speaker.text
    _compare(example["quotes"], quotes)


@pytest.mark.parametrize("text", EXAMPLES["negative"], ids=lambda t: t[:40])
def test_negative(text):
    quotes, _ = _quotes(text)
    assert quotes == ()


@pytest.mark.parametrize("example", EXAMPLES["xfail"], ids=lambda e: e["text"][:40])
@pytest.mark.xfail(strict=True, reason="known limitation, see the example's reason")
def test_known_failures(example):
    quotes, _ = _quotes(example["text"])
    _compare(example["quotes"], quotes)


def test_unbalanced_quote_is_recovered_not_fatal():
    quotes, body = _quotes('Bakan Ayşe Demir, "Hedefimiz büyük dedi.\n\nBaşbakan Ali Vural, "Çalışıyoruz." dedi.')
    texts = [q.text for q in quotes]
    assert "Çalışıyoruz." in texts
    assert all(body[q.start:q.end] == q.text for q in quotes)


def test_doubled_apostrophes_are_one_quote_mark_with_offsets_kept():
    from tr_diplo_ie.extract.quote_marks import find_quoted

    text = "Oran, ''Kriz yine çıktı'' dedi. Ankara'da ''Yeni'' ile ''eski'' tartışıldı."
    spans, warnings = find_quoted(text)
    assert [text[q.open + 1:q.end] for q in spans] == ["Kriz yine çıktı", "Yeni", "eski"]
    assert all(text[q.open] == "'" and text[q.close] == "'" for q in spans)
    assert all(text[q.close + 1] != "'" for q in spans)  # the whole doubled mark is skipped
    assert warnings == []


def test_double_mark_after_a_number_is_an_apostrophe_or_a_title_close():
    from tr_diplo_ie.extract.quote_marks import find_quoted

    # "yüzde 80”inde" inside a quote: an apostrophe (round 83 dev saglik-98)
    text = "Arıkan, “Kadınların yüzde 80”inde kist var” dedi."
    spans, _ = find_quoted(text)
    assert [text[q.open + 1:q.end] for q in spans] == ["Kadınların yüzde 80”inde kist var"]
    # a title closed right after its number, its ending glued on (dev pool kultursanat-524)
    text = "“Çakallarla Dans 2”de kahramanlarımızın macerası sürüyor."
    spans, _ = find_quoted(text)
    assert [(text[q.open + 1:q.end], q.close) for q in spans] == [("Çakallarla Dans 2", text.index("”"))]


def _indirect(text):
    art = article.from_text(text, published="2025-08-22")
    return [(q.text, q.speaker.name if q.speaker else None)
            for q in run_stages(art, segment.analyze(art.body)).quotes if q.kind == "indirect"]


def test_a_list_of_names_inside_a_reported_clause_is_no_boundary():
    """'… grubu bulunan AK Parti, CHP ve MHP'nin …' and a list of places before a participle cue
    stay in the clause (round 48 dev siyaset-525, ekonomi-149); a subject opening the sentence, or
    after a participle phrase with no other subject, still ends at its comma."""
    assert _indirect("Büyük Birlik Partisi (BBP) Genel Başkanı Mustafa Destici, teklifi Meclis'te grubu bulunan "
                     "AK Parti, CHP ve MHP'nin grup başkanvekillerine ileteceklerini söyledi.") == [
        ("teklifi Meclis'te grubu bulunan AK Parti, CHP ve MHP'nin grup başkanvekillerine ileteceklerini",
         "Mustafa Destici")]
    assert _indirect("Kiraz üretiminin Çaltıbozkır, Seydili, Kavak ve Sarıaydın mahallelerinde yapıldığını "
                     "aktaran Can, hasada başladı.")[0][0].startswith("Kiraz üretiminin")
    assert _indirect("Dışişleri Bakanlığı, Ankara ve Moskova'nın anlaştığını açıkladı.")[0][0] == \
        "Ankara ve Moskova'nın anlaştığını"
    assert _indirect("Toplantıda konuşan Dışişleri Bakanlığı, Ankara ve Moskova'nın anlaştığını açıkladı.")[0][0] == \
        "Ankara ve Moskova'nın anlaştığını"


def test_a_subject_with_a_lower_case_role_noun_and_da_opens_no_clause():
    """'Çaltıbozkır Mahallesi muhtarı Mehmet Karazor da … kaydetti': the subject is outside the
    clause (round 48 dev ekonomi-149)."""
    text = ("Can hasadı anlattı. Çaltıbozkır Mahallesi muhtarı Mehmet Karazor da ilk hasadı yapmanın mutluluğunu "
            "yaşadıklarını kaydetti.")
    assert _indirect(text) == [("ilk hasadı yapmanın mutluluğunu yaşadıklarını", "Mehmet Karazor")]


def test_a_condition_with_its_own_genitive_subject_stays_in_the_report():
    """'… belirten Dinçer, tasarının mevcut haliyle çıkması durumunda, ileride felaket
    getirebileceğini ifade etti': the comma after the condition ends no main clause (round 48 dev
    siyaset-456); before a capitalised word the comma still ends the condition."""
    assert _indirect("Bunu belirten Dinçer, tasarının mevcut haliyle çıkması durumunda, ileride felaket "
                     "getirebileceğini ifade etti.")[-1][0] == \
        "tasarının mevcut haliyle çıkması durumunda, ileride felaket getirebileceğini"
    assert _indirect("Toplantının ertelenmesi durumunda, Bakan Ali Veli yeni bir tarih belirleneceğini "
                     "söyledi.")[0][0].startswith("Bakan Ali Veli")


def test_a_role_noun_with_the_topic_particle_is_the_subject_not_the_report():
    """'… forma giyen 31 yaşındaki futbolcu ise sakatlığından sonra … vurguladı': the role noun and
    `ise` are outside the clause, and the role noun stands for the person the text is about (round 66
    dev spor-458)."""
    text = ("Patrick Helmes, kariyerini noktaladığını açıkladı. Alman milli takımda da forma giyen 31 yaşındaki "
            "futbolcu ise sahalara dönmek için çok çalıştığını vurguladı.")
    assert _indirect(text)[1] == ("sahalara dönmek için çok çalıştığını", "Patrick Helmes")


def test_patients_as_an_unnamed_group_speak_for_themselves():
    """'Hastalar, … sunduğunu bildiriyorlar' (round 68 dev saglik-594): the group as the text names it,
    not the doctor quoted before."""
    text = ("Prof. Dr. Bülent Berkarda, tedaviyi anlattığını söyledi. Hastalar, İDT'nin kendilerine daha iyi bir "
            "yaşam kalitesi sunduğunu bildiriyorlar.")
    assert _indirect(text)[-1] == ("İDT'nin kendilerine daha iyi bir yaşam kalitesi sunduğunu", "Hastalar")


@pytest.mark.parametrize("text, expected", [
    # impersonal passives of "dikkat çek-", "hatırlat-", "altını çiz-" (dev ekonomi-105, -330, -588,
    # saglik-515, teknoloji-21 had them as misses since they were annotated; round 69 dev ekonomi-154)
    ("Açıklamada, kartların geçerli olmadığına dikkat çekildi.", "kartların geçerli olmadığına"),
    ("Açıklamada, kartların geçerli olmadığı hatırlatıldı.", "kartların geçerli olmadığı"),
    ("Raporda, reformların yapılmasının gerektiğinin altı çizildi.", "reformların yapılmasının gerektiğinin"),
    # a text's locative opening the sentence frames the report without a comma too (dev pool teknoloji-465)
    ("Raporda 6 ay içinde devletlerin bilgi talep ettiğine dikkat çekildi.",
     "6 ay içinde devletlerin bilgi talep ettiğine"),
    ("Analizde, gözlemcilerin seçimleri bir fren olarak sunduğu belirtildi.",
     "gözlemcilerin seçimleri bir fren olarak sunduğu"),
    # ... not a place's locative
    ("Ankarada kararın alındığı belirtildi.", "Ankarada kararın alındığı"),
])
def test_impersonal_passive_reports(text, expected):
    assert [q for q, _ in _indirect(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a content clause under a possessed noun of saying (ANNOTATION: required; round 69 dev siyaset-420,
    # dev saglik-503's 'bilgisini veren', missed since annotated)
    ("Demirel, şapkanın demokraside bir simge haline geldiği değerlendirmesinde bulunmuştu.",
     ("indirect", "şapkanın demokraside bir simge haline geldiği", "değerlendirmesinde bulunmuştu")),
    ("Bakan, toplantının yarın yapılacağı bilgisini verdi.",
     ("indirect", "toplantının yarın yapılacağı", "bilgisini verdi")),
    # ... and over marked words, in the passive (round 69 dev ekonomi-154)
    ('Duyurularda "Kartların değiştirilmesi gerekmektedir" bilgisi verildi.',
     ("direct", "Kartların değiştirilmesi gerekmektedir", "bilgisi verildi")),
    # a cue glued to the closing mark (round 69 dev siyaset-134)
    ('Baykal, "Her türlü katkıyı vereceğim"ifadesini kullandı.',
     ("direct", "Her türlü katkıyı vereceğim", "ifadesini kullandı")),
    # a forecast (ANNOTATION: `öngörüyor` + -(y)AcAK is required; round 71 dev ekonomi-593)
    ("Analistler, kısa vadede dalgalanmanın süreceğini öngörürken piyasalar düştü.",
     ("indirect", "kısa vadede dalgalanmanın süreceğini", "öngörürken")),
    # voiced in the passive (round 71 dev siyaset-347)
    ("Kulislerde, MHP'nin Meclis Başkanlığı için jest yapacağı dillendiriliyor.",
     ("indirect", "MHP'nin Meclis Başkanlığı için jest yapacağı", "dillendiriliyor")),
    # marked words under 'savunması yaptı' (round 71 dev ekonomi-278)
    ('Hükümet Meclis’e, “Enerji santrallerinde sorun yaşıyoruz” savunması yaptı.',
     ("direct", "Enerji santrallerinde sorun yaşıyoruz", "savunması yaptı")),
])
def test_nouns_of_saying_as_cues(text, expected):
    art = article.from_text(text, published="2025-08-22")
    assert [(q.kind, q.text, q.cue) for q in run_stages(art, segment.analyze(art.body)).quotes] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a trade in the plural opening the sentence is an unnamed group (round 69 dev ekonomi-414)
    ("Balıkçılar, vatandaşların balık yerine eti tercih ettiklerini belirttiler.",
     [("vatandaşların balık yerine eti tercih ettiklerini", "Balıkçılar")]),
    # ... not before a postposition
    ("Perakendeciler için büyük fırsat yarattığı belirtildi.", [("Perakendeciler için büyük fırsat yarattığı", None)]),
    # the topic particle after an unnamed group is the subject's, not the report's
    ("Uzmanlar ise satışların düştüğünü söyledi.", [("satışların düştüğünü", "uzmanlar")]),
])
def test_unnamed_groups_as_subjects(text, expected):
    assert [(q, s and s.lower()) for q, s in _indirect(text)] == [(q, s and s.lower()) for q, s in expected]


def test_a_statement_owned_by_its_speaker_opens_a_passive_report():
    """'TÜİK'in dün yayımladığı raporda | …': with a passive cue, the statement's owner is the speaker and
    the locative frames the report (session 36); 'Hastanenin doğum raporunda da | …' with its clitic;
    'suç duyurusunda bulunduğu' files a complaint and stays in the report (dev pool ekonomi-22)."""
    text = "TÜİK'in dün yayımladığı raporda işsizliğin arttığı belirtildi."
    assert _indirect(text) == [("işsizliğin arttığı", "TÜİK")]
    assert _indirect("Hastanenin doğum raporunda da bir gazlı bezin bulunamadığı kaydedildi.")[0][0] == \
        "bir gazlı bezin bulunamadığı"
    text = "Sağ'ın da yetkililer hakkında suç duyurusunda bulunduğu ifade edildi."
    assert _indirect(text)[0][0].endswith("suç duyurusunda bulunduğu")


def test_a_content_clause_before_konusunda_uyar():
    """'… neden olabileceği konusunda uyardı' (round 70 dev saglik-32); a plain noun before it is no report."""
    assert _indirect("Uzmanlar, ağrı kesicilerin kısırlığa neden olabileceği konusunda uyardı.") == [
        ("ağrı kesicilerin kısırlığa neden olabileceği", "Uzmanlar")]
    assert _indirect("Uzmanlar, sigara konusunda uyardı.") == []


def test_unmarked_highlights_of_a_press_conference():
    """'Taner Yıldız'ın haftalık basın toplantısından satırbaşları:' introduces unmarked first-person
    paragraphs (round 71 dev siyaset-78)."""
    text = ("Taner Yıldız'ın haftalık basın toplantısından satırbaşları:\n\n"
            "Kitapta yazılanlar bizim bildiklerimizle örtüşmüyor. Biz her zaman birlikte çalıştık.\n\n"
            "Anne baba şefkatinden bahsettim. Bunun yanlış anlaşılmaması lazım.")
    art = article.from_text(text, published="2025-08-22")
    quotes = run_stages(art, segment.analyze(art.body)).quotes
    assert [q.kind for q in quotes] and all(q.kind == "direct" for q in quotes)
    assert quotes[0].text.startswith("Kitapta yazılanlar")


def test_quotative_diye_before_a_verbal_noun_of_shouting():
    """'"Tibet, Tibet" diye bağırmasının ardından' (round 74 dev kultursanat-542); not before a verb of naming
    ('"domuz gribi" diye ayırt edilmesini', dev pool saglik-304) nor a negated one ('bağırmaması')."""
    def direct(text):
        art = article.from_text(text, published="2025-08-22")
        return [q.text for q in run_stages(art, segment.analyze(art.body)).quotes if q.kind == "direct"]
    assert direct('Bjork, konserde "Tibet, Tibet" diye bağırmasının ardından yasaklandı.') == ["Tibet, Tibet"]
    assert direct('Uzman, grip vakalarının "domuz gribi" diye ayırt edilmesini doğru bulmadığını söyledi.') == []
    assert direct('Taraftarların "Ölüm değil, çözüm" diye bağırmaması istendi.') == []


def test_count_style_matches_a_scan_of_every_mark():
    import random

    from tr_diplo_ie.extract.quote_marks import _count_style, text_style

    rng = random.Random(39)
    for _ in range(200):
        text = "".join(rng.choice("ab “”«»\x93\x94\"'\n") for _ in range(rng.randrange(1, 60)))
        start = rng.randrange(len(text))
        end = rng.randrange(start, len(text) + 1)
        for mark in "“”«»":
            scan = sum(text_style(text, k) == mark for k in range(start, end))
            assert _count_style(text, mark, start, end) == scan, (text, mark, start, end)


def test_closing_marks_match_a_scan_of_every_mark():
    import random

    from tr_diplo_ie.extract.quote_marks import _MARK, _closing_marks, _role, text_style

    rng = random.Random(391)
    for _ in range(200):
        text = "".join(rng.choice("ab. “”‘’'\"\x91\x92\n") for _ in range(rng.randrange(1, 60)))
        for closers in ("’'", "”\""):
            scan = [k for k in range(len(text)) if _MARK.match(text, k) and text_style(text, k) in closers
                    and _role(text, k) in ("close", "both")]
            assert _closing_marks(text, closers) == scan, (text, closers)


def test_lost_close_before_a_cue_with_a_mark_of_any_style_inside():
    """A quote opened by ’ (no row of its own in OPENERS) with an apostrophe inside it: the lost-close
    repair reads its style without failing."""
    from tr_diplo_ie.extract.quote_marks import find_quoted

    text = "Ali, ’Türkiye’nin yolu açık dedi, sonra ’Git dedi."
    spans, warnings = find_quoted(text)  # (raised KeyError before session 39's review)
    assert spans == []  # the apostrophe of "Türkiye’nin" is of the quote's style: no repair
    assert warnings == ["unclosed single quote mark at offset 5 ignored"]


def test_an_inflected_name_after_a_converb_cue_is_an_object_not_the_speaker():
    # NER-corpus quotes pool nerstory-train-20642; TTC dev pool kultursanat-113 ('… sözleriyle
    # Duru'ya destek verdi'), siyaset-554 ('… diye bağırması Sarıgül'e …')
    from tr_diplo_ie import article, segment
    from tr_diplo_ie.pipeline import run_stages

    text = 'Devlet Bakanı Eyüp Aşık dün istifa etti. Mesut Yılmaz, "montaj olabilir" diyerek Aşık\'ı savundu.'
    art = article.from_text(text)
    quotes = run_stages(art, segment.analyze(art.body)).quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [("montaj olabilir", "Mesut Yılmaz")]


def _with_finite(text, finite):
    """A rule analysis, tagged: the words listed are seen-past finite verbs, the rest nouns."""
    import attrs

    from tr_diplo_ie.analysis import Analysis

    an = segment.analyze(text)
    sentences = [attrs.evolve(s, words=tuple(
        attrs.evolve(w, upos="VERB", feats="Aspect=Perf|Evident=Fh|Number=Sing|Person=3|Tense=Past")
        if w.text in finite else attrs.evolve(w, upos="NOUN") for w in s.words)) for s in an.sentences]
    return Analysis(text=text, sentences=tuple(sentences), tagged=True)


def test_the_speakers_own_finite_verb_ends_before_the_reported_clause():
    # dev spor-429; UD treebank speech sentences (session 43): BOUN news_571
    text = ("Financial Times gazetesi, Başbakan'ın sözlerini eleştirdi ve üyeliğin birliği değiştireceğini "
            "belirtti. Oyuncu sağlık kontrolünden geçti ve Cuma günü sözleşme imzalanacağı duyuruldu.")
    art = article.from_text(text)
    quotes = run_stages(art, _with_finite(art.body, {"eleştirdi", "geçti"})).quotes
    assert [q.text for q in quotes if q.kind == "indirect"] == [
        "üyeliğin birliği değiştireceğini", "Cuma günü sözleşme imzalanacağı"]
    # a finite verb inside quote marks is part of what is said
    text = 'Bakan Ali Yılmaz, en güzel duygunun "Bu büyük geldi, küçüğü var mı?" cümlesini kurmak olduğunu söyledi.'
    art = article.from_text(text)
    quotes = run_stages(art, _with_finite(art.body, {"geldi"})).quotes
    assert [q.text for q in quotes] == ['en güzel duygunun "Bu büyük geldi, küçüğü var mı?" cümlesini kurmak olduğunu']
