"""Lost-mark speech (extract/unmarked.py): examples as tests, rule analysis, no model."""

import pytest

from tr_diplo_ie import article
from tr_diplo_ie.pipeline import _rule_analysis, run_stages

POSITIVE = [
    # (text, quote text, speaker, cue) -- each after a dev or dev-pool text
    ("Oyuncu Ayşe Kaya yazısında Böyle kararlar vermek hiç de kolay değil. Seçeneklerinizi "
     "öğrenebilir, size uygun olana yönelebilirsiniz sözleriyle bitirdi.",
     "Böyle kararlar vermek hiç de kolay değil. Seçeneklerinizi öğrenebilir, size uygun olana "
     "yönelebilirsiniz", "Ayşe Kaya", "sözleriyle bitirdi"),  # dev ttc-saglik-312 (the cue as the gold writes it)
    ("Fabrika Müdürü Ali Çeltik, üretimin bir bölümünü Türkiye'ye taşıyacağız. Tüketicilere hizmet "
     "vermeyi hedefliyoruz\" dedi.",
     "üretimin bir bölümünü Türkiye'ye taşıyacağız. Tüketicilere hizmet vermeyi hedefliyoruz",
     "Ali Çeltik", "dedi"),  # dev pool ttc-ekonomi-94: the closing mark is left, the opening lost
    ("Oyuncu Ayşe Kaya, başka seçenekler de olduğunu belirterek Bunu sadece gen testim yüzünden "
     "yaptırmadım. Kadınların seçenekleri bilmesini istiyorum diye yazdı.",
     "Bunu sadece gen testim yüzünden yaptırmadım. Kadınların seçenekleri bilmesini istiyorum",
     "Ayşe Kaya", "diye yazdı"),  # dev ttc-saglik-312
    ("Dernek Başkanı Ali Vural sözlerine şöyle devam etti: Şubeler kapandığında devlete zararı var. "
     "Biz sesimizi duyurmak için mektup yazdık dedi.",
     "Şubeler kapandığında devlete zararı var. Biz sesimizi duyurmak için mektup yazdık",
     "Ali Vural", "dedi"),  # dev pool ttc-ekonomi-518
    # the person a participle describes, set off by a comma (session 34: dev ttc-spor-87, ttc-ekonomi-529,
    # ttc-siyaset-357, dev pool ttc-spor-163, -187)
    ("Teknik Direktör Mehmet Hurma kura çekiminden sonra konuştu. Kötü takımın bulunmadığını kaydeden "
     "Hurma, Dolayısıyla çok ciddi oynamamız lazım. İyi işler çıkartırız diye düşünüyorum ifadelerini kullandı.",
     "Dolayısıyla çok ciddi oynamamız lazım. İyi işler çıkartırız diye düşünüyorum", "Mehmet Hurma",
     "ifadelerini kullandı"),
    ("Erken seçim olmaması gerektiğini belirten Koç Holding Yönetim Kurulu Başkanı Mustafa Koç, "
     "Düşünebiliyor musunuz iki ay sonra Türkiye yeniden seçime girecek. Türkiye bunu kaldıramaz dedi.",
     "Düşünebiliyor musunuz iki ay sonra Türkiye yeniden seçime girecek. Türkiye bunu kaldıramaz",
     "Mustafa Koç", "dedi"),  # the voice: the audience addressed ("musunuz")
    # "diyerek" closes it too (dev pool ttc-spor-130)
    ("Başkan Gültekin Gencer basına konuştu. Affelay'ın da beklediğini kaydeden Gencer, Bunların hepsi "
     "takımımızı bekliyor. Ama gitsin diyorsanız, biz gitmeye de hazırız diyerek sözlerini tamamladı.",
     "Bunların hepsi takımımızı bekliyor. Ama gitsin diyorsanız, biz gitmeye de hazırız", "Gültekin Gencer",
     "diyerek"),
    # ... and the speech opens at a capitalised word after its topic (dev ttc-ekonomi-529)
    ("Bunları konuşmak için erken diyen Mustafa Koç, dövizin yükselişiyle ilgili olarak da, Tabii ki dolar "
     "yükseldi ama en çok değer kaybeden biz olduk dedi.",
     "Tabii ki dolar yükseldi ama en çok değer kaybeden biz olduk", "Mustafa Koç", "dedi"),
    # ... a capitalised topic too; a name after a comma is no opening (converb intro)
    ("Teknik Direktör Diego Simeone konuştu. Derbiyi değerlendiren Simeone, Madrid derbisi için de, "
     "Takım hazır, derbiyi mutlaka kazanacağız dedi.",
     "Takım hazır, derbiyi mutlaka kazanacağız", "Diego Simeone", "dedi"),
    ("Teknik Direktör Diego Simeone, kadroyu anlatarak, Arda, Raul ve Oliver'e de sahibiz. Takımın "
     "güçlenmesine ihtiyacımız var dedi.",
     "Arda, Raul ve Oliver'e de sahibiz. Takımın güçlenmesine ihtiyacımız var", "Diego Simeone", "dedi"),
    # ... or after a topic closed by "ise" (dev ttc-spor-87)
    ("Teknik Direktör Mehmet Hurma kura çekiminden sonra konuştu. Transfer politikası hakkında ise Hurma, "
     "Takıma takviye yapacağız. Gruplara kalmak istiyoruz dedi.",
     "Takıma takviye yapacağız. Gruplara kalmak istiyoruz", "Mehmet Hurma", "dedi"),
    # a known name opening the paragraph, its comma lost with the marks (dev ttc-siyaset-378)
    ("CHP Milletvekili Barış Yarkadaş açıklama yaptı.\n\nYarkadaş Daha önce MHP'nin AKP ile flört ettiğini "
     "söylemiştim. Bunun kanıtları ortaya çıktı ifadelerini kullandı.",
     "Daha önce MHP'nin AKP ile flört ettiğini söylemiştim. Bunun kanıtları ortaya çıktı", "Barış Yarkadaş",
     "ifadelerini kullandı"),
    # any participle, and "şeklinde" + a verb of saying closes (dev pool ttc-spor-187)
    ("Orta sahada Koke'yi gösteren Diego Simeone, Oyunu okuma kapasitesi var. Takımın güçlenmesine "
     "ihtiyacımız var şeklinde konuştu.",
     "Oyunu okuma kapasitesi var. Takımın güçlenmesine ihtiyacımız var", "Diego Simeone", "şeklinde konuştu"),
    # "değerlendirmesinde bulundu" closes (dev ttc-spor-87)
    ("Teknik Direktör Mehmet Hurma, transfer hakkında konuştu. Transfer politikasını anlatan Hurma, Takıma "
     "takviye yapacağız. Gruplara kalmak istiyoruz değerlendirmesinde bulundu.",
     "Takıma takviye yapacağız. Gruplara kalmak istiyoruz", "Mehmet Hurma", "değerlendirmesinde bulundu"),
]

NEGATIVE = [
    # "derken" is also "just as": no speech closed by it (dev pool ttc-kultursanat-5)
    "Şarkıcı Gülben Ergen, Bu şarkıyı en duygusal şekilde söyleyeceğim, kalbimi katacağım derken, stüdyoda "
    "şarkıyı süründürmüş.",
    # no first-person voice: narration that happens to end before "dedi"
    "Dernek Başkanı Ali Vural, maçtan sonra soyunma odasına gitti. Takım arkadaşları ona teşekkür etti dedi.",
    # a reported clause, not a quote
    "Dernek Başkanı Ali Vural, yaptığı açıklamada üyelerin sayısının arttığını ve yeni şubelerin açılacağını dedi.",
    # the name opening the sentence is the topic of the words, not their speaker (dev pool ttc-siyaset-418)
    "Cumhurbaşkanı Recep Tayyip Erdoğan mesaj yayınladı. Süleyman Demirel, milletimiz tarafından her "
    "zaman saygıyla anılacaktır. Sayın Demirel'e rahmet diliyorum dedi.",
    # a participle cue: the noun after it speaks
    "Ayşe Kaya şunları anlattı: Doktor doktor dolaştık ve teşhise ulaştık diye soran anneler derneğe geldi.",
    # a list of names after the comma: the first is no speaker (dev pool ttc-spor-187)
    "Başkan Enrique Cerezo ile Teknik Direktör Diego Simeone basına konuştu. Cerezo, Arda, Raul ve Oliver'e "
    "de sahibiz. Takımın güçlenmesine ihtiyacımız var şeklinde konuştu.",
    # lower-case narration before "şeklinde açıklama yaptı" (dev pool ttc-teknoloji-365)
    "Şirket yetkilisi Ali Vural açıklamasını yaparken kişisel otomobilin yeni yüzü olmaya aday şirketin "
    "yöneticisi testlerimiz sürecek şeklinde açıklama yaptı.",
]


def _unmarked(text, source="quotes.unmarked"):
    """The quotes of ``source`` found in ``text`` (rule analysis), and the article body."""
    art = article.from_text(text, published="2025-08-22")
    extraction = run_stages(art, _rule_analysis(art.body))
    return [q for q in extraction.quotes if q.source == source], art.body


@pytest.mark.parametrize("text,quote,speaker,cue", POSITIVE, ids=lambda v: str(v)[:30])
def test_lost_mark_speech_is_a_direct_quote(text, quote, speaker, cue):
    found, body = _unmarked(text)
    assert [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in found] == [(quote, speaker, cue)]
    q = found[0]
    assert body[q.start:q.end] == q.text and body[q.cue_start:q.cue_end] == q.cue and q.kind == "direct"


@pytest.mark.parametrize("text", NEGATIVE, ids=lambda v: v[:30])
def test_no_quote_without_voice_introducer_or_speaker(text):
    assert _unmarked(text)[0] == []


def test_a_marked_quote_is_left_to_the_marks():
    found, _ = _unmarked('Dernek Başkanı Ali Vural, "Biz sesimizi duyurmak için mektup yazdık" dedi.')
    assert found == []


COLON = [
    # (text, quote text, speaker, cue): unmarked speech after a colon intro (round 38 dev
    # siyaset-88, round 36 dev saglik-269)
    ("Kurtulmuş, Erdoğan'ın sözlerini şöyle yorumladı: Sayın Cumhurbaşkanımız erken seçime karşı olmuş "
     "bir isim. Hep karşı oldu.\n\nİLK TURDA ÇIKABİLİR\n\nKurtulmuş yeni bir açıklama yaptı.",
     "Sayın Cumhurbaşkanımız erken seçime karşı olmuş bir isim. Hep karşı oldu.", "Kurtulmuş", "şöyle yorumladı"),
    # a closing mark left without its opening one ends it; "diyor ki" opens words inside it
    ("Kurtulmuş şöyle devam etti: Çıkmazsa dünyanın sonu değil. Herkes bize diyor ki aman hükümetsiz "
     "bırakmayın. Çıkmazsa dünyanın sonu değil\" Kurtulmuş, soruyu şöyle yanıtladı.",
     "Çıkmazsa dünyanın sonu değil. Herkes bize diyor ki aman hükümetsiz bırakmayın. Çıkmazsa dünyanın sonu değil",
     "Kurtulmuş", "şöyle devam etti"),
    # on over the next paragraph while it goes on in the first person
    ("Bakan Ali Vural soruya şöyle yanıt verdi: Biz hiçbir zaman küçük hesap yapmadık. Hep doğru yoldan gittik."
     "\n\nSeçim o günkü atmosferde olsaydı yine kazanırdık. Hesap yapmayız.",
     "Biz hiçbir zaman küçük hesap yapmadık. Hep doğru yoldan gittik.\n\nSeçim o günkü atmosferde olsaydı "
     "yine kazanırdık. Hesap yapmayız.", "Ali Vural", "şöyle yanıt verdi"),
    # in the next paragraph, after a crosshead (round 50 dev saglik-391, notes NZ)
    ("Bakan Ali Vural sıkıntılı süreci şöyle anlatıyor:\n\nSORUMSUZ MÜDÜR\n\nOkula birkaç yıl sonra komşumuzun "
     "oğlu öğretmen olunca başlayabildim. Ailemin kucağında okula gidip geldim.\n\nDİPLOMALI YANIT\n\n"
     "Vural'ın yanıtı ise üniversiteyi kazanmak olmuş.",
     "Okula birkaç yıl sonra komşumuzun oğlu öğretmen olunca başlayabildim. Ailemin kucağında okula gidip geldim.",
     "Ali Vural", "şöyle anlatıyor"),
    # a passive report: the statement's source speaks, not the sentence's subject
    ("Türkiye Odalar ve Borsalar Birliği'nden yapılan yazılı açıklamada şöyle denildi: Rapor, bakanlığa "
     "iletilmiştir. Sürecin takipçisi olunacaktır.",
     "Rapor, bakanlığa iletilmiştir. Sürecin takipçisi olunacaktır.", "Türkiye Odalar ve Borsalar Birliği",
     "şöyle denildi"),
    # the colon right after the verb of a reported clause (round 57 dev saglik-381)
    ("Uzman Prof. Dr. Bülent Karadağ, erken teşhisin önemli olduğunu söylüyor: Türkiye'de 20 bin hasta var. "
     "Bu yıl derneği kurduk.",
     "Türkiye'de 20 bin hasta var. Bu yıl derneği kurduk.", "Bülent Karadağ", "söylüyor"),
    # a plural noun of a speech act: "şu mesajları verdi:" (dev pool siyaset-34)
    ("MHP Genel Başkanı Devlet Bahçeli, gazetecilere şu mesajları verdi: Bu öneriyi saygı ile karşılıyoruz, "
     "yorum yapmak şu an mümkün değil.",
     "Bu öneriyi saygı ile karşılıyoruz, yorum yapmak şu an mümkün değil.", "Devlet Bahçeli", "şu mesajları verdi"),
    # a participle cue later in the speech tells a question inside it (round 57 dev saglik-381)
    ("Dernek Başkanı İlknur Görgün, hayatlarının değiştiğine dikkat çekti: Doktor doktor dolaşarak teşhise "
     "ulaştık. Kisti mi var diye soran doktorlar var.",
     "Doktor doktor dolaşarak teşhise ulaştık. Kisti mi var diye soran doktorlar var.", "İlknur Görgün",
     "dikkat çekti"),
]

COLON_NEGATIVE = [
    "Yeni asgari ücret şöyle yapılacak: Ağustos ayında brüt 1400 lira, gelecek yıl 1600 lira.",  # no verb of saying
    "Ali Vural şöyle konuştu: \"Biz hazırız.\" Toplantı sona erdi.",  # a marked quote is the marks' business
    # in the next paragraph only whole sentences: not a numbered list (dev siyaset-80), not an editorial
    # line followed by labelled answers (dev siyaset-580)
    "Kılıçdaroğlu, 14 ilkeyi şöyle sıraladı:\n\n1. Hukukun üstünlüğü: Can ve mal güvenliğimizin garanti altına "
    "alınması.",
    "Mağdurlar görüşlerini şöyle dile getirdi:\n\nNormalleşme sürecinin devamı\n\nEKREM ATA: Bu görüş bizim "
    "için çok önemlidir.",
    "Mağdurlar görüşlerini şöyle dile getirdi:\n\nEKREM ATA: Bu görüş bizim için çok önemlidir.",
    # a verb of saying in the first person before the colon: words inside a speech (dev pool siyaset-490)
    "Başbakan Ali Vural konuştu. Kürt kardeşlerime sesleniyorum: Lütfen terör örgütüyle aranıza duvar örün. "
    "Biz hep birlikteyiz.",
]


def _colon(text):
    return _unmarked(text, "quotes.unmarked.colon")


@pytest.mark.parametrize("text,quote,speaker,cue", COLON, ids=lambda v: str(v)[:30])
def test_speech_after_a_colon_intro_is_a_direct_quote(text, quote, speaker, cue):
    found, body = _colon(text)
    assert [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in found] == [(quote, speaker, cue)]
    assert body[found[0].start:found[0].end] == quote


@pytest.mark.parametrize("text", COLON_NEGATIVE + NEGATIVE, ids=lambda v: v[:30])
def test_no_colon_quote(text):
    assert _colon(text)[0] == []



def test_cues_within_match_a_scan_of_the_stretch():
    """Where the colon statements ask (from after a colon to a line's end), the cues found once per
    text are those a scan of the stretch finds."""
    import regex

    from tr_diplo_ie.extract import cues as cue_lexicon
    from tr_diplo_ie.extract.unmarked import _cues_within

    body = ("Bakan şöyle dedi: Biz çalışıyoruz ve büyüyeceğiz dedi. Ali, “Gel” diye bağırdı: Geliyoruz "
            "diyerek koştu.\n\nAyşe Demir şunları söyledi: Yatırım yapacağız diye konuştu ve belirten "
            "Demir: Sözümüzü tuttuk dedi.")
    starts = [m.end() for m in regex.finditer(r":[ \t]+", body)]
    assert len(starts) == 4
    for start in starts:
        end = body.find("\n", start)
        end = len(body) if end < 0 else end
        scanned = [(c.start, c.end, c.form) for c in cue_lexicon.find_cues(body, start, end)]
        assert scanned  # every stretch holds a cue
        assert [(c.start, c.end, c.form) for c in _cues_within(body, start, end)] == scanned


def test_speech_opening_its_paragraph_with_only_a_closing_mark():
    # UD treebank speech sentences (session 43: BOUN news_1481, _800); NER-corpus story
    # nerstory-train-10223: the opening mark lost at the paragraph's start, the closing one kept
    text = ('Teknik Direktör Ali Kaya, "Maç zor geçti" dedi.\n\nUmarım son üç maçta şans bulurum. '
            'Takımıma güveniyorum" dedi.')
    found, body = _unmarked(text)
    assert [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in found] == [
        ("Umarım son üç maçta şans bulurum. Takımıma güveniyorum", "Ali Kaya", "dedi")]
    assert _unmarked('Temyiz başvurusuyla sicilini düzeltme imkânı tanıyacağız" dedi.')[0][0].text == \
        "Temyiz başvurusuyla sicilini düzeltme imkânı tanıyacağız"
    # places listed later in the sentence are no subject set off by a comma (UD BOUN news_507)
    assert [q.text for q in _unmarked('Biz oraları geçerek Suudi Arabistan, Katar ve Dubai gibi ülkelere mal '
                                      'taşıyoruz" diye konuştu.')[0]] == [
        "Biz oraları geçerek Suudi Arabistan, Katar ve Dubai gibi ülkelere mal taşıyoruz"]


@pytest.mark.parametrize("text", [
    # narration names the speaker first, set off by a comma (dev pool ttc-kultursanat-372, NER-corpus
    # stories nerstory-train-6788, -11996): the speech does not open the paragraph
    'Festival Komitesi Başkanı Hüseyin Sıtkı, festivale davetli sanatçılarımız gelemediler. Bugün '
    'gelecekler" dedi.',
    "Maçla muhteşem bir dönüş yapan Beşiktaş'ın yıldızı, Avrupa'da final oynayacağız\" dedi.",
    # no first-person voice (UD BOUN news_1657)
    'Anlamazsa NATO eyleme geçmeye hazır" dedi.',
    # the mark closes a quote that opened in the paragraph
    'Ali Kaya, "Biz hazırız" dedi.',
], ids=lambda v: v[:30])
def test_no_paragraph_opening_speech_after_narration_or_without_voice(text):
    assert [q for q in _unmarked(text)[0]] == []
