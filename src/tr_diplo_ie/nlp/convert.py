"""stanza Document -> our Analysis view (the only converter that touches stanza objects)."""

from __future__ import annotations

import attrs

from ..analysis import Analysis, Sentence, Token, Word
from .ner_policy import tidy_person_spans


def to_analysis(doc, text: str, offset: int = 0, processors: frozenset = frozenset()) -> Analysis:
    """Convert a stanza ``Document`` of ``text[offset:]`` into an :class:`Analysis` of ``text``."""
    sentences = []
    for sent in doc.sentences:
        tokens, words = [], []
        for ti, tok in enumerate(sent.tokens):
            word_ids = []
            for word in tok.words:
                word_ids.append(len(words))
                words.append(Word(
                    text=word.text, token=ti, lemma=word.lemma, upos=word.upos, xpos=word.xpos,
                    feats=word.feats,
                    head=(word.head - 1) if word.head is not None else None,
                    deprel=word.deprel,
                ))
            ner = getattr(tok, "ner", None) or "O"
            tokens.append(Token(text=tok.text, start=tok.start_char + offset, end=tok.end_char + offset,
                                words=tuple(word_ids), ner=ner))
        if not tokens:
            continue
        if any(t.ner == "B-PER" for t in tokens):
            upos = [words[t.words[0]].upos if t.words else None for t in tokens] if "pos" in processors else None
            tags = tidy_person_spans([t.text for t in tokens], [t.ner for t in tokens], upos)
            tokens = [attrs.evolve(t, ner=tag) if tag != t.ner else t for t, tag in zip(tokens, tags)]
        sentences.append(Sentence(start=tokens[0].start, end=tokens[-1].end, tokens=tokens, words=words))
    return Analysis(
        text=text, sentences=tuple(sentences), tagged="pos" in processors,
        parsed="depparse" in processors, ner="ner" in processors, source="stanza",
    )


def merge(text: str, parts: list[Analysis]) -> Analysis:
    """One Analysis of ``text`` from analyses of its chunks (offsets already absolute)."""
    sentences = tuple(s for part in parts for s in part.sentences)
    first = parts[0] if parts else Analysis(text=text, sentences=())
    return Analysis(text=text, sentences=sentences, tagged=first.tagged, parsed=first.parsed,
                    ner=first.ner, source=first.source)
