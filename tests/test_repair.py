"""Sentence repair on hand-built analyses (a tokenizer's false splits)."""

import attrs

from tr_diplo_ie.analysis import Analysis, Sentence, Token, Word
from tr_diplo_ie.repair import repair_sentences


def _sentence(text, start, end, parsed=True):
    import regex

    tokens, words = [], []
    for i, m in enumerate(regex.finditer(r"\w+(?:'\w+)?|\S", text[start:end])):
        tokens.append(Token(text=m.group(), start=start + m.start(), end=start + m.end(), words=(i,)))
        words.append(Word(text=m.group(), token=i, head=(-1 if i == 0 else 0) if parsed else None))
    return Sentence(start=start, end=end, tokens=tokens, words=words)


def _split(text, cuts):
    bounds = [0] + cuts + [len(text)]
    sents = []
    for a, b in zip(bounds, bounds[1:]):
        while text[a].isspace():
            a += 1
        sents.append(_sentence(text, a, b))
    return Analysis(text=text, sentences=sents, parsed=True)


def test_abbreviation_split_is_joined_with_one_root():
    text = "Dr. Ahmet geldi. Sonra gitti."
    an = repair_sentences(_split(text, [3, 16]))
    assert [text[s.start:s.end] for s in an.sentences] == ["Dr. Ahmet geldi.", "Sonra gitti."]
    first = an.sentences[0]
    assert [w.head for w in first.words].count(-1) == 1
    assert first.words[2].deprel == "parataxis" and first.words[2].head == 0
    assert [first.tokens[w.token].text for w in first.words] == ["Dr", ".", "Ahmet", "geldi", "."]


def test_ordinal_split_is_joined():
    text = "Konseyin 7. Toplantısı yapıldı."
    an = repair_sentences(_split(text, [11]))
    assert len(an.sentences) == 1


def test_real_sentence_end_and_line_break_are_kept():
    text = "Gelen Dr.\nAhmet"
    assert len(repair_sentences(_split(text, [9])).sentences) == 2
    text = "Ali geldi. Veli gitti."
    assert len(repair_sentences(_split(text, [10])).sentences) == 2


def test_hard_wrapped_lines_are_joined():
    text = "Okan Buruk, yaptığı açıklamada,\n\nKayserispor\n\n'un kongresini hatırlattı."
    an = repair_sentences(_split(text, [31, 44]))
    assert [text[s.start:s.end] for s in an.sentences] == [text]
    text = "Bakan, imzalanan\n\nkredi anlaşmasını anlattı."
    assert len(repair_sentences(_split(text, [16])).sentences) == 1


def test_crosshead_and_finished_line_stay_apart():
    text = "ANLAŞMA İMZALANDI\n\nBakan dün Ankara'daydı."
    assert len(repair_sentences(_split(text, [17])).sentences) == 2
    text = "Bakan konuştu:\n\nçok önemli bir gün."
    assert len(repair_sentences(_split(text, [14])).sentences) == 2


def test_the_rules_analyzer_repairs_hard_wrapped_lines_too():
    from tr_diplo_ie import Pipeline, segment

    text = "Okan Buruk, yaptığı açıklamada,\n\nKayserispor\n\n'un kongresini hatırlattı."
    assert len(segment.analyze(text).sentences) > 1  # the rule segmenter splits at line breaks
    sentences = Pipeline(analyzer="rules").analyze(text).sentences
    assert [text[s.start:s.end] for s in sentences] == [text]


_WRAPPED = ("Otobüs tartışması\n\n"
            "CHP İzmir Milletvekili Alaattin Yüksel ise dün gece İzmir Valisi Cahit\n\n"
            "Kıraç ve İl Emniyet Müdürü Ali Bilkay ile defalarca konuştuklarını, otobüslerin\n\n"
            "kentten çıkışına izin verilmediğini savundu. Yüksel, bu konuda kendisini\n\n"
            "dava edeceğini söyledi. Vali de otobüslerin sigortası olmadığını\n\n"
            "açıkladı.")


def _line_cuts(text):
    import regex

    return [m.start() for m in regex.finditer(r"\n\n|(?<=\.) ", text)]


def test_hard_wrapped_text_joins_a_long_line_before_a_capital():
    from tr_diplo_ie.repair import hard_wrapped

    assert hard_wrapped(_WRAPPED)
    an = repair_sentences(_split(_WRAPPED, _line_cuts(_WRAPPED)))
    got = [_WRAPPED[s.start:s.end] for s in an.sentences]
    assert got[0] == "Otobüs tartışması"  # a short title line stays apart
    assert got[1].startswith("CHP İzmir") and got[1].endswith("savundu.")  # "Cahit\n\nKıraç" joined


def test_a_long_line_before_a_capital_stays_apart_in_text_that_is_not_hard_wrapped():
    from tr_diplo_ie.repair import hard_wrapped

    text = ("Bakan Ayşe Demir dün Ankara'da gazetecilerin sorularını yanıtladı ve geçti\n\n"
            "Yeni dönemde ihracat artacak.")
    assert not hard_wrapped(text)
    assert len(repair_sentences(_split(text, [text.index("\n")])).sentences) == 2


def _one_sentence(text, ner=None):
    sent = _sentence(text, 0, len(text))
    if ner:
        sent = Sentence(start=sent.start, end=sent.end, words=sent.words,
                        tokens=[attrs.evolve(t, ner=ner(t)) for t in sent.tokens])
    return Analysis(text=text, sentences=[sent], parsed=True)


def test_overlong_sentence_is_cut_at_line_breaks_first():
    from tr_diplo_ie.repair import split_overlong

    text = "\n".join(["Ali geldi ve oturdu ama konuşmadı"] * 20)  # no sentence end anywhere
    sent = _one_sentence(text).sentences[0]
    pieces = split_overlong(text, sent, limit=200)
    assert len(pieces) > 1
    assert all(p.end - p.start <= 200 for p in pieces)
    assert pieces[0].start == 0 and pieces[-1].end == len(text)
    assert all(text[a.end:b.start] == "\n" for a, b in zip(pieces, pieces[1:]))  # cut where lines end
    assert [t.text for p in pieces for t in p.tokens] == [t.text for t in sent.tokens]  # no token lost
    for p in pieces:  # words renumbered within each piece, one root where the head left the piece
        assert [p.tokens[w.token].text for w in p.words] == [t.text for t in p.tokens]
        assert all(w.head is None or -1 <= w.head < len(p.words) for w in p.words)
        assert [w.head for w in p.words].count(-1) >= 1


def test_overlong_sentence_is_not_cut_inside_a_name():
    from tr_diplo_ie.repair import split_overlong

    text = " ".join(["Recep Tayyip Erdoğan"] * 40)
    # every name is one NER entity of three tokens: B, I, E
    tags = iter(["B-PER", "I-PER", "E-PER"] * 40)
    sent = _one_sentence(text, ner=lambda t: next(tags)).sentences[0]
    pieces = split_overlong(text, sent, limit=100)
    assert len(pieces) > 1
    assert all(p.tokens[0].ner == "B-PER" for p in pieces)


def test_short_sentences_are_left_alone():
    text = "Ali geldi. " * 3
    an = _split(text, [11, 22])
    assert repair_sentences(an) is an
