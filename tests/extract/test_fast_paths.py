"""The extractors' fast paths find exactly what the plain ones find.

Each fast path (the cue scan at word starts, the digit look-ahead of the date rules, the
one-to-one Turkish fold, the plain-string search for repeated surnames, the head-stem check
before an agreement sentence is tokenised) is checked against the slow form it replaces, on
the corpus articles and on constructed edge cases; the last speaker that indirect speech
searches on demand is checked against searching every sentence.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import regex

from tr_diplo_ie.extract import cues, dates, entities, indirect
from tr_diplo_ie.extract.agreements import heads
from tr_diplo_ie.extract.indirect import extract_indirect
from tr_diplo_ie.extract.spans import SpanSet
from tr_diplo_ie.extract.speakers import build_namebook
from tr_diplo_ie.pipeline import _rule_analysis
from tr_diplo_ie.records import Article

ARTICLES = sorted((Path(__file__).resolve().parents[2] / "corpus" / "articles").glob("*.txt"))
EDGES = [
    "", "dedi", "Dedi.", "DEDİ", "«dedi»", "x dedi", "xdedi", "şöyle dedi", "İfade etti ve dedi",
    "belirten", "belirterek,", "(dedi)", "de", "d", "söylediğinde söyledi", "açıklama yaptı",
]


def _texts():
    return [path.read_text(encoding="utf-8") for path in ARTICLES] + EDGES


def test_corpus_present():
    assert len(ARTICLES) > 100


def test_cue_scan_matches_plain_finditer():
    pattern = cues._pattern()
    for text in _texts():
        plain = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in cues._matches(text, 0, len(text))] == plain
        # inside a window too (find_cues is called per sentence)
        a, b = len(text) // 3, 2 * len(text) // 3
        assert [m.span() for m in cues._matches(text, a, b)] == [m.span() for m in pattern.finditer(text, a, b)]


def test_cue_scan_finds_cues():
    assert [c.text for c in cues.find_cues('"Geliyoruz" dedi, "tamam" diyerek söyledi.')] == ["dedi", "diyerek", "söyledi"]


def test_digit_first_rules_keep_their_matches():
    lex = dates._lexicon()
    texts = [dates.fold(t) for t in _texts()] + ["12 ocak 2015", "1990'lı yıllarda", "12.03.2014", "ocak 2015"]
    prefixed = 0
    for rule in lex.rules:
        if not rule.pattern.pattern.startswith(r"(?=\d)"):
            continue
        prefixed += 1
        plain = regex.compile(rule.pattern.pattern[len(r"(?=\d)"):], rule.pattern.flags)
        for text in texts:
            assert [m.span() for m in rule.pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], rule.name
    assert prefixed >= 5  # date_dmy, date_numeric, day_list, decade, century, ...


def test_digit_first_leaves_word_rules_alone():
    pattern = regex.compile(r"(?<![\p{L}\d])saat\s+\d")
    assert dates._digit_first(pattern) is pattern
    number_or_word = regex.compile(r"(?:\d+|iki)\s+yıl")
    assert dates._digit_first(number_or_word) is number_or_word
    digits = regex.compile(r"(?<![\p{L}\d])\d{4}\s+yılı")
    assert dates._digit_first(digits).pattern.startswith(r"(?=\d)")


def test_fold_is_one_to_one_for_every_character():
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        folded = dates.fold(ch)
        assert len(folded) == 1, hex(code)
    assert dates.fold("IŞIK İzmir ÇAĞ") == "ışık izmir çağ"


@pytest.mark.parametrize("body, word, starts", [
    ("Tokayev, dedi. Tokayev'in TOKAYEV Tokayeva", "Tokayev", [0, 15]),
    ("Tokayev", "Tokayev", [0]),
    ("aTokayev Tokayev", "Tokayev", [9]),
    ("Tokayev\u0307", "Tokayev", [0]),  # a combining mark after: not a lower-case letter
    ("AAA", "AA", [0]),  # non-overlapping, as a regex search
    ("", "X", []),
])
def test_surname_occurrences(body, word, starts):
    assert list(entities._occurrences(body, word)) == starts
    plain = [m.start() for m in regex.finditer(rf"(?<![\p{{L}}]){regex.escape(word)}(?![\p{{Ll}}])", body)]
    assert starts == plain


def test_head_stem_check():
    assert heads.may_hold_head("İki ülke bir anlaşma imzaladı.")
    assert heads.may_hold_head("MUTABAKAT ZAPTI imzalandı")
    assert not heads.may_hold_head("Bakan bugün Ankara'ya geldi.")


class _EagerLastSpeaker(indirect._LastSpeaker):
    """The plain form: every sentence's subject is searched as the sentence is read."""

    def defer(self, index):
        found = self.subject(index)
        if found is not None:
            self.set(found)


def test_lazy_last_speaker_gives_the_eager_speakers(monkeypatch):
    arts = [Article(id=p.stem, body=p.read_text(encoding="utf-8")) for p in ARTICLES[::3]]
    lazy = [extract_indirect(a, _rule_analysis(a.body)) for a in arts]
    monkeypatch.setattr(indirect, "_LastSpeaker", _EagerLastSpeaker)
    eager = [extract_indirect(a, _rule_analysis(a.body)) for a in arts]
    assert sum(q.speaker is not None for qs in eager for q in qs) > 100
    assert lazy == eager


def test_last_speaker_is_the_latest_named_subject():
    body = "Ali Kaya, dün geldi. Hava güzeldi. Veli Demir ise gitti. Sonra yağmur yağdı."
    analysis = _rule_analysis(body)
    assert len(analysis.sentences) == 4
    recent = indirect._LastSpeaker(body, analysis, build_namebook(body, analysis), SpanSet(()))
    assert recent.get() is None
    recent.defer(0)
    recent.defer(1)
    assert recent.get().name == "Ali Kaya"  # the sentence after names no one
    recent.defer(2)
    recent.defer(3)
    assert recent.get().name == "Veli Demir"


def test_digit_first_when_no_zero_can_begin():
    decade = regex.compile(r"(?<![\p{L}\d])(?P<y>(?:1[5-9]|20)\d0|[3-9]0)'l[ae]r")
    assert dates._digit_first(decade).pattern.startswith(r"(?=\d)")
    assert any(r.name == "decade" and r.pattern.pattern.startswith(r"(?=\d)") for r in dates._lexicon().rules)


@pytest.mark.parametrize("rule_name", sorted(dates._NEEDLES))
def test_run_search_matches_plain_finditer(rule_name):
    rules = [r for r in dates._lexicon().rules if r.name == rule_name]
    needles = dates._NEEDLES[rule_name]
    edges = ["x günü y günü", "Dünya Çiftçiler Günü'nde", "a b c d günü, e bayramı", "günü", " günü",
             "bugünü ve yarını günü", "Kurban Bayramı\tgünü", "x\ngünü", "x.y günü", "günümüz günü ve bayramı"]
    texts = [dates.fold(t) for t in _texts() + edges]
    assert rules
    for rule in rules:
        for text in texts:
            plain = [m.span() for m in rule.pattern.finditer(text)]
            assert [m.span() for m in dates._run_finditer(rule.pattern, text, needles)] == plain, text[:80]


# Long documents: the span and stretch look-ups below replaced linear scans (quadratic over a
# document); each must answer as the scan it replaced.

def _random_spans(rng, n, nested):
    spans, pos = [], 0
    for _ in range(n):
        pos += rng.randint(0, 30)
        length = rng.randint(1, 40)
        spans.append((pos, pos + length))
        if not nested:
            pos += length
    return spans


def test_spanset_overlaps_and_add_match_a_scan():
    import random

    rng = random.Random(7)
    for _ in range(200):
        spans = _random_spans(rng, rng.randint(0, 15), nested=False)
        taken = SpanSet()
        for a, b in spans:
            taken.add(a, b)
        assert list(taken) == sorted(spans)
        for start in range(-2, (spans[-1][1] if spans else 0) + 3):
            for end in (start + 1, start + 5, start + 50):
                assert taken.overlaps(start, end) == any(a < end and start < b for a, b in spans), (spans, start, end)


def test_spanset_overlaps_matches_a_scan_with_overlapping_spans():
    import random

    rng = random.Random(11)
    for _ in range(200):
        spans = _random_spans(rng, rng.randint(0, 15), nested=True)  # overlapping ones too
        covered = SpanSet(spans[: len(spans) // 2])
        for a, b in spans[len(spans) // 2:]:
            covered.add(a, b)
        for start in range(-2, (max(b for _, b in spans) if spans else 0) + 3):
            for end in (start + 1, start + 3, start + 60):
                assert covered.overlaps(start, end) == any(a < end and start < b for a, b in spans)


def test_spanset_without_drops_one_span_and_leaves_the_set():
    """``without`` (the quote extractor's set of other quotes, less the one that holds a nested
    quote) answers like a set built from the remaining spans; the original set is unchanged."""
    import random

    rng = random.Random(13)
    for _ in range(200):
        spans = _random_spans(rng, rng.randint(1, 12), nested=False)
        full = SpanSet(spans)
        dropped = rng.choice(spans)
        rest = full.without(dropped)
        assert list(rest) == sorted(s for s in spans if s != dropped)
        assert list(full) == sorted(spans)
        assert full.without((-5, -1)) is full
        for pos in range(-2, spans[-1][1] + 3):
            expected = any(a <= pos < b for a, b in spans if (a, b) != dropped)
            assert rest.overlaps(pos, pos + 1) == expected
            assert bool(rest.overlapping(pos, pos + 1)) == expected


def test_stretch_around_matches_a_scan():
    import random

    def scan(marks, pos):
        return next(((a, b) for a, b in reversed([m for m in marks if m < (pos, -1)]) if pos < b), None)

    rng = random.Random(3)
    cases = [indirect._inline_marks(text) for text in _texts()]
    cases += [indirect._Marks(_random_spans(rng, rng.randint(0, 12), nested=rng.random() < 0.5)) for _ in range(200)]
    for marks in cases:
        top = max((b for _, b in marks), default=0) + 3
        for pos in range(0, top, max(1, top // 400)):
            assert indirect._stretch_around(marks, pos) == scan(marks, pos)
            assert indirect._stretch_around(list(marks), pos) == scan(marks, pos)  # a plain list: scanned


def test_anchored_searches_look_back_far_enough():
    """The patterns anchored at a sentence start are searched in a window before it; on every
    sentence start of the corpus they find what a search from the text's start finds."""
    for text in _texts():
        for sent in _rule_analysis(text).sentences:
            start = sent.start
            for pattern, window in ((indirect._MID_SENTENCE_SPLIT, 2), (indirect._UNFINISHED, indirect._LOOKBACK),
                                    (indirect._GENITIVE_BEFORE_MARK, indirect._LOOKBACK)):
                full = pattern.search(text, 0, start)
                near = pattern.search(text, max(0, start - window), start)
                assert (full is None) == (near is None), (pattern.pattern, text[max(0, start - 80):start])
            assert indirect._last_char_before(text, start) == (text[:start].rstrip()[-1:])


def test_fullest_group_looks_back_a_bounded_window():
    """An unnamed group's fuller naming is found however far into a long document the two stand,
    within the look-back that covers any one article; a naming further back belongs to another text."""
    from tr_diplo_ie.extract.speakers import _GROUP_LOOKBACK, _fullest_group

    named, said = "300 kişilik grup toplandı. ", 'Grup, "Hayır" dedi.'
    filler = "Hava bugün güzeldi. " * (_GROUP_LOOKBACK // 20 + 100)
    assert _GROUP_LOOKBACK > 22_895  # the longest TTC-3600 article is searched whole
    for body, expected in [(named + said, "300 kişilik grup"),
                           (filler + named + said, "300 kişilik grup"),
                           (named + filler + said, "Grup")]:
        assert _fullest_group(body, "Grup", body.rindex("Grup")) == expected


def test_namebook_surname_index_matches_a_scan():
    """``NameBook`` finds the people a surname may name (and the spellings of a name one word apart)
    through indexes; they give the people a scan of the whole list gives, in the same order, also
    after the list grows."""
    from tr_diplo_ie.extract.speakers import NameBook

    def scan(book, last):
        return [p for p in book.people
                if p.name.split()[-1] == last or p.name.replace("-", " ").split()[-1] == last]

    checked = 0
    for path in ARTICLES[:150]:
        body = path.read_text(encoding="utf-8")
        book = build_namebook(body, _rule_analysis(body))
        words = {w for p in book.people for w in p.name.replace("-", " ").split()} | {"Yok", ""}
        for word in sorted(words):
            assert book._ending_with(word) == scan(book, word)
            assert book._surnames_from(word[:1]) == [p for p in book.people if p.name.split()[-1][:1] == word[:1]]
            checked += 1
        for person in book.people:
            parts = person.name.split()
            assert book._same_but_one_word(parts) == [
                p for p in book.people if len(p.name.split()) == len(parts)
                and sum(a != b for a, b in zip(p.name.split(), parts)) <= 1]
    grown = NameBook()
    grown.add("Cansen Başaran-Symes")
    assert [p.name for p in grown._ending_with("Symes")] == ["Cansen Başaran-Symes"]
    grown.add("Ali Symes")
    grown.add("Cansen Başaran-Symes", title="Dr.")  # the same person, now with a title
    assert [p.name for p in grown._ending_with("Symes")] == ["Cansen Başaran-Symes", "Ali Symes"]
    assert grown._ending_with("Symes")[0].title == "Dr." and len(grown.people) == 2
    assert grown._ending_with("Symes") == scan(grown, "Symes")
    assert checked > 500


def test_text_without_sentence_ends_is_read_in_bounded_pieces():
    """A text with no sentence end is cut into pieces (``repair.split_overlong``) that the indirect
    extractor does not join back (``_joined`` stops at ``MAX_SENTENCE_CHARS``); every report is still
    found in each piece but those cut at a piece's edge."""
    from tr_diplo_ie.repair import MAX_SENTENCE_CHARS

    body = "Bakan Ali Yılmaz toplantıda konuştu ve ekonominin büyüyeceğini söyledi " * 300
    analysis = _rule_analysis(body)
    assert len(analysis.sentences) > 3
    assert all(s.end - s.start <= MAX_SENTENCE_CHARS for s in analysis.sentences)
    for index in range(len(analysis.sentences)):
        joined = indirect._joined(body, analysis, index)
        assert joined.end - joined.start <= MAX_SENTENCE_CHARS
    reports = extract_indirect(Article(id="x", body=body), analysis)
    assert len(reports) >= 300 - len(analysis.sentences)
    assert all(q.text.endswith("büyüyeceğini") and q.cue == "söyledi" for q in reports)


def test_sentence_end_after_matches_a_search():
    """The quote extractor's sentence ends, found once per text, give what a search from each
    closing mark gives."""
    from tr_diplo_ie.extract import quotes

    for text in _texts()[::7] + ["", "a. b", "...", "a.\n", "Dedi!", "yok"]:
        for pos in range(0, len(text) + 1, 3):
            found = quotes._SENTENCE_END.search(text, pos)
            assert quotes._sentence_end_after(text, pos) == (found.end() if found else len(text))
