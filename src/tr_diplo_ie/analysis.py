"""Our own small view of a linguistic analysis (no stanza import).

``Analysis`` holds sentences; each sentence holds surface tokens (with character
offsets into the article body) and syntactic words (a token such as "yılındayız"
may expand to several words).  Extractors read only this view, so rules can be
tested on hand-built analyses (see :func:`tr_diplo_ie.segment.analyze`).
"""

from __future__ import annotations

import bisect
from typing import Optional

import attrs


@attrs.frozen(slots=True)
class Word:
    """A syntactic word; ``token`` is the index of its surface token in the sentence."""

    text: str
    token: int
    lemma: Optional[str] = None
    upos: Optional[str] = None
    xpos: Optional[str] = None
    feats: Optional[str] = None  # "Case=Acc|Number=Sing|..."
    head: Optional[int] = None  # index of the head word in the sentence, -1 for root
    deprel: Optional[str] = None

    def feat(self, name: str) -> Optional[str]:
        """Value of one morphological feature, e.g. ``feat("Case") == "Acc"``."""
        if not self.feats:
            return None
        for item in self.feats.split("|"):
            key, _, value = item.partition("=")
            if key == name:
                return value
        return None


@attrs.frozen(slots=True)
class Token:
    """A surface token with its offsets in the body; ``words`` indexes sentence.words."""

    text: str
    start: int
    end: int
    words: tuple[int, ...] = ()
    ner: str = "O"  # BIOES tag when an NER model ran


@attrs.frozen(slots=True)
class Sentence:
    start: int
    end: int
    tokens: tuple[Token, ...] = attrs.field(converter=tuple)
    words: tuple[Word, ...] = attrs.field(default=(), converter=tuple)

    def token_at(self, offset: int) -> Optional[int]:
        """Index of the token covering ``offset``, or None."""
        for i, tok in enumerate(self.tokens):
            if tok.start <= offset < tok.end:
                return i
        return None

    def words_of(self, token_index: int) -> tuple[Word, ...]:
        return tuple(self.words[i] for i in self.tokens[token_index].words)


@attrs.frozen(slots=True)
class Entity:
    """An entity span found by NER (BIOES decoded)."""

    type: str
    start: int
    end: int


@attrs.frozen(slots=True)
class Analysis:
    """Sentences of one body text; ``tagged`` says whether lemma/POS are available."""

    text: str
    sentences: tuple[Sentence, ...] = attrs.field(converter=tuple)
    tagged: bool = False
    parsed: bool = False
    ner: bool = False
    source: str = ""
    _starts: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)
    _entities: Optional[tuple] = attrs.field(init=False, repr=False, eq=False, default=None)

    def __attrs_post_init__(self):
        object.__setattr__(self, "_starts", tuple(s.start for s in self.sentences))

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence that contains (or last starts before) ``offset``."""
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def tokens(self):
        """All tokens of the text in order, as ``(sentence_index, token)``."""
        for si, sent in enumerate(self.sentences):
            for tok in sent.tokens:
                yield si, tok

    def entities(self) -> tuple[Entity, ...]:
        """Entity spans decoded from the tokens' BIOES (or BIO) tags (decoded once, then kept)."""
        found = getattr(self, "_entities", None)  # (unset in an Analysis pickled before the cache)
        if found is None:
            found = self._decode_entities()
            object.__setattr__(self, "_entities", found)
        return found

    def _decode_entities(self) -> tuple[Entity, ...]:
        found: list[Entity] = []
        for sent in self.sentences:
            current: Optional[list] = None
            for tok in sent.tokens:
                tag = tok.ner or "O"
                prefix, _, etype = tag.partition("-")
                if prefix in ("B", "S") or (prefix == "I" and (current is None or current[0] != etype)):
                    if current:
                        found.append(Entity(*current))
                    current = [etype, tok.start, tok.end]
                elif prefix in ("I", "E") and current is not None and current[0] == etype:
                    current[2] = tok.end
                else:
                    if current:
                        found.append(Entity(*current))
                    current = None
                if prefix in ("S", "E") and current is not None:
                    found.append(Entity(*current))
                    current = None
            if current:
                found.append(Entity(*current))
        return tuple(found)
