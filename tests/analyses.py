"""Hand-built analyses for rule tests (no model needed)."""

import attrs

from tr_diplo_ie import segment
from tr_diplo_ie.analysis import Analysis


def with_ner(text: str, tagged: dict) -> Analysis:
    """A rule analysis whose tokens get the given NER tags ({token text: tag}, "O" otherwise)."""
    an = segment.analyze(text)
    sentences = []
    for sent in an.sentences:
        tokens = tuple(attrs.evolve(t, ner=tagged.get(t.text, "O")) for t in sent.tokens)
        sentences.append(attrs.evolve(sent, tokens=tokens))
    return Analysis(text=text, sentences=tuple(sentences), ner=True)
