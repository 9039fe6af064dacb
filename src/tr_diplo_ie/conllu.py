"""Write an Analysis as CoNLL-U (multi-word token ranges, tags, heads, NER in MISC)."""

from __future__ import annotations

from typing import Optional

from .analysis import Analysis, Sentence


def _field(value: Optional[str]) -> str:
    return value if value not in (None, "") else "_"


def _misc(sent: Sentence, ti: int, text: str, ner: bool) -> str:
    items = []
    tok = sent.tokens[ti]
    if ner:
        items.append(f"NER={tok.ner or 'O'}")
    nxt = sent.tokens[ti + 1].start if ti + 1 < len(sent.tokens) else None
    if nxt is not None and nxt == tok.end:
        items.append("SpaceAfter=No")
    return "|".join(items) if items else "_"


def sentence_lines(sent: Sentence, text: str, sent_id: str, analysis: Analysis) -> list[str]:
    lines = [f"# sent_id = {sent_id}", f"# text = {' '.join(text[sent.start:sent.end].split())}"]
    for ti, tok in enumerate(sent.tokens):
        misc = _misc(sent, ti, text, analysis.ner)
        ids = [w + 1 for w in tok.words]
        if len(ids) > 1:
            lines.append(f"{ids[0]}-{ids[-1]}\t{tok.text}\t_\t_\t_\t_\t_\t_\t_\t{misc}")
        for k, wi in enumerate(tok.words):
            word = sent.words[wi] if wi < len(sent.words) else None
            form = word.text if word else tok.text
            head = "_"
            if word is not None and word.head is not None and analysis.parsed:
                head = str(word.head + 1)
            word_misc = misc if len(ids) == 1 else "_"
            lines.append("\t".join([
                str(wi + 1), form, _field(word.lemma if word else None),
                _field(word.upos if word else None), _field(word.xpos if word else None),
                _field(word.feats if word else None), head,
                _field(word.deprel if word and analysis.parsed else None), "_", word_misc,
            ]))
    return lines


def to_conllu(analysis: Analysis, doc_id: str = "doc") -> str:
    """CoNLL-U text of every sentence of ``analysis``."""
    blocks = []
    for si, sent in enumerate(analysis.sentences, start=1):
        blocks.append("\n".join(sentence_lines(sent, analysis.text, f"{doc_id}-{si}", analysis)))
    return "\n\n".join(blocks) + ("\n\n" if blocks else "")
