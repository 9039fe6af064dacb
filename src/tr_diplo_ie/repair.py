"""Repair of sentence boundaries that a statistical tokenizer gets wrong in news text.

A sentence that ends in a title abbreviation ("Dr.", "Prof.", from
``resources/title_abbreviations.txt``), an initialism ("T.C.") or an ordinal number
before a possessive head noun ("7. Toplantısı", "3. Maddesi") on the same line as
what follows is joined with the next one.  Abbreviations that may end a sentence
("vb.", "vs.") and numbered list items ("16. En ilkel ...") are left alone.
A line break in mid-sentence (hard-wrapped text: the line ends in a comma or without final
punctuation and the next starts in lower case or with an apostrophe suffix) is joined too;
in a text that is hard-wrapped throughout, so is a long line without final punctuation
before a capital.
Both analyzers use it (stanza's sentences and the rule segmenter's); agreements use
:func:`wrapped_break` on their own sentence spans.  Works on the
:class:`~tr_diplo_ie.analysis.Analysis` view only (no stanza); the
joined sentence keeps one root (the second part's root is attached to the
first's as ``parataxis``).
"""

from __future__ import annotations

import functools

import attrs
import regex

from . import resources
from .analysis import Analysis, Sentence
from .textnorm import LINE_BREAK

_ORDINAL = regex.compile(r"\d{1,3}")
# A head noun in the 3rd person possessive, as after an ordinal: "Toplantısı", "Zirvesi'nde".
_POSSESSIVE_HEAD = regex.compile(r"\p{Lu}\p{Ll}+(?:s[ıiuü]|[ıiuü])(?:n[dt][ae]|n[ıiuü]n|n[ae]|n[ıiuü])?(?:['’]\p{Ll}+)?")


@functools.lru_cache(maxsize=None)
def _abbreviations() -> frozenset[str]:
    return frozenset(resources.words("title_abbreviations.txt"))


def wrapped_break(text: str, prev: tuple[int, int], nxt: tuple[int, int]) -> bool:
    """Whether the break between the sentence spans ``prev`` and ``nxt`` (start, end) is a
    line break in mid-sentence (hard-wrapped text, as scraped news often has): ``prev``
    ends in a comma, or ``nxt`` starts in lower case or with an apostrophe suffix
    (``Kayserispor\n\n'un``), and ``prev`` has no final punctuation."""
    between = text[prev[1]:nxt[0]]
    if "\n" not in between or between.strip() or prev[1] <= prev[0] or nxt[1] <= nxt[0]:
        return False
    last, first = text[prev[1] - 1], text[nxt[0]]
    if last in _FINAL:
        return False
    return last == "," or (first.isalpha() and first.islower()) or first in "'’"


def _wrapped(text: str, sent: Sentence, nxt: Sentence, hard_wrapped: bool = False) -> bool:
    return wrapped_break(text, (sent.start, sent.end), (nxt.start, nxt.end)) or (
        hard_wrapped and _long_line_runs_on(text, sent.end, nxt.start))


# A text is hard-wrapped when this many of its line breaks, and this share of them, fall in
# mid-sentence before a lower-case word (the sure cases of :func:`wrapped_break`).
HARD_WRAP_MIN_BREAKS = 3
HARD_WRAP_MIN_SHARE = 0.3
# In a hard-wrapped text, a line at least this long without final punctuation runs on into
# the next even when that starts with a capital ("İzmir Valisi Cahit\n\nKıraç ve ...").
HARD_WRAP_MIN_LINE = 50
# ... and the next line is no lone word (scraped pages put a linked word on its own line:
# "... açıklama yapan\n\nBeşiktaş\n\nİkinci Başkanı", dev pool ttc-spor-455).
HARD_WRAP_MIN_NEXT = 25


def hard_wrapped(text: str) -> bool:
    """Whether ``text`` was hard-wrapped by its source (dev ttc-siyaset-447, -480)."""
    breaks = wraps = 0
    for m in LINE_BREAK.finditer(text):
        if m.start() == 0 or m.end() >= len(text):
            continue
        breaks += 1
        if text[m.start() - 1] not in _FINAL and text[m.end()].islower():
            wraps += 1
    return wraps >= HARD_WRAP_MIN_BREAKS and wraps >= HARD_WRAP_MIN_SHARE * breaks


def _long_line_runs_on(text: str, end: int, nxt: int) -> bool:
    between = text[end:nxt]
    if "\n" not in between or between.strip():
        return False
    line = text[text.rfind("\n", 0, end) + 1:end]
    next_end = text.find("\n", nxt)
    next_line = text[nxt:next_end if next_end >= 0 else len(text)]
    return len(line) >= HARD_WRAP_MIN_LINE and len(next_line) >= HARD_WRAP_MIN_NEXT \
        and line[-1:] not in _FINAL and line[-1:] != "," \
        and any(c.islower() for c in line) and text[nxt:nxt + 1].isupper()


_FINAL = frozenset(".!?:;…\"“”»«)")


def _ends_falsely(text: str, sent: Sentence, nxt: Sentence, hard: bool = False) -> bool:
    """True when ``sent`` ends at an abbreviation or ordinal that ``nxt`` continues,
    or in the middle of a hard-wrapped line."""
    between = text[sent.end:nxt.start]
    if "\n" in between:
        return _wrapped(text, sent, nxt, hard)
    if not sent.tokens:
        return False
    last = sent.tokens[-1]
    if not text[last.start:last.end].endswith("."):
        return False
    # the word the period belongs to (a separate "." token or part of the last token)
    if last.text == "." and len(sent.tokens) >= 2 and sent.tokens[-2].end == last.start:
        word = sent.tokens[-2].text
    else:
        word = last.text[:-1]
    if word + "." in _abbreviations() or regex.fullmatch(r"(?:\p{Lu}\.)+\p{Lu}", word):
        return True
    if not _ORDINAL.fullmatch(word) or not nxt.tokens:
        return False
    first = nxt.words[nxt.tokens[0].words[0]] if nxt.tokens[0].words and nxt.words else None
    if first is not None and first.feats:  # tagged: "Toplantısı" has a possessor
        return "Number[psor]" in first.feats and first.upos in ("NOUN", "PROPN")
    return bool(_POSSESSIVE_HEAD.fullmatch(nxt.tokens[0].text))


def _join(first: Sentence, second: Sentence) -> Sentence:
    n_tokens, n_words = len(first.tokens), len(first.words)
    first_root = next((i for i, w in enumerate(first.words) if w.head == -1), None)
    tokens = list(first.tokens) + [
        attrs.evolve(t, words=tuple(w + n_words for w in t.words)) for t in second.tokens
    ]
    words = list(first.words)
    for w in second.words:
        head, deprel = w.head, w.deprel
        if head is not None and head >= 0:
            head += n_words
        elif head == -1 and first_root is not None:
            head, deprel = first_root, "parataxis"
        words.append(attrs.evolve(w, token=w.token + n_tokens, head=head, deprel=deprel))
    return Sentence(start=first.start, end=second.end, tokens=tokens, words=words)


def repair_sentences(analysis: Analysis) -> Analysis:
    """The analysis with falsely split sentences joined and overlong ones cut (unchanged when
    nothing to do)."""
    sentences = list(analysis.sentences)
    out: list[Sentence] = []
    hard = hard_wrapped(analysis.text)
    for sent in sentences:
        if out and _ends_falsely(analysis.text, out[-1], sent, hard):
            out[-1] = _join(out[-1], sent)
        else:
            out.append(sent)
    cut = [piece for sent in out for piece in split_overlong(analysis.text, sent)]
    if cut == sentences:
        return analysis
    return attrs.evolve(analysis, sentences=tuple(cut))


# The longest sentence a rule reads whole. The longest that either analyzer finds in all of
# TTC-3600 has 2,143 characters; text with no sentence ends (a page that lost its punctuation, a
# list of thousands of quoted words) would otherwise be one sentence that every cue and quote in it
# rescans, minutes for some hundred kilobytes.
MAX_SENTENCE_CHARS = 5_000


def split_overlong(text: str, sent: Sentence, limit: int = MAX_SENTENCE_CHARS) -> list[Sentence]:
    """``sent`` cut into pieces of at most ``limit`` characters between tokens (one token longer
    than that stays whole): at the last line break of each stretch, else after its last comma or
    semicolon, else after its last token that ends no NER entity run (never inside a name). Each
    piece keeps its own tokens and words; a head outside the piece becomes the piece's root."""
    tokens = sent.tokens
    if sent.end - sent.start <= limit or len(tokens) < 2:
        return [sent]
    pieces, i = [], 0
    while i < len(tokens):
        k = i + 1  # tokens[i:k] fit
        while k < len(tokens) and tokens[k].end - tokens[i].start <= limit:
            k += 1
        j = k if k == len(tokens) else _cut_point(text, tokens, i, k)
        pieces.append((i, j))
        i = j
    return [_piece(sent, a, b, first=a == 0, last=b == len(tokens)) for a, b in pieces]


def _cut_point(text: str, tokens, i: int, k: int) -> int:
    """Where to cut ``tokens[i:k]`` (the most that fits): the end of its last line, comma or
    semicolon in its second half, else the last place that splits no entity."""
    def inside(m: int) -> bool:  # token m continues an NER entity
        return (tokens[m].ner or "")[:2] in ("I-", "E-")

    def line_end(m: int) -> bool:
        return "\n" in text[tokens[m - 1].end:tokens[m].start]

    def after_comma(m: int) -> bool:
        return tokens[m - 1].text.endswith((",", ";"))

    half = i + max(1, (k - i) // 2)
    for good in (line_end, after_comma):
        for m in range(k, half - 1, -1):
            if m > i and good(m) and not inside(m):
                return m
    return next((m for m in range(k, i, -1) if not inside(m)), k)


def _piece(sent: Sentence, a: int, b: int, first: bool, last: bool) -> Sentence:
    """The sentence of tokens ``a:b`` of ``sent``, its words renumbered."""
    wa = min((w for t in sent.tokens[a:b] for w in t.words), default=None)
    wb = max((w for t in sent.tokens[a:b] for w in t.words), default=-1) + 1
    tokens = [attrs.evolve(t, words=tuple(w - wa for w in t.words)) for t in sent.tokens[a:b]]
    words = []
    if wa is not None:
        for w in sent.words[wa:wb]:
            head, deprel = w.head, w.deprel
            if head is not None and head >= 0:
                head, deprel = (head - wa, deprel) if wa <= head < wb else (-1, "root")
            words.append(attrs.evolve(w, token=w.token - a, head=head, deprel=deprel))
    start = sent.start if first else sent.tokens[a].start
    end = sent.end if last else sent.tokens[b - 1].end
    return Sentence(start=start, end=end, tokens=tokens, words=words)
