"""Small Turkish word vectors for stanza (word2vec on news text), saved as a stanza pretrain.

Text: TTC-3600 news (``TTC-3600/ttc3600_orj.jsonl``), the NER training sentences and
UD_Turkish-BOUN train, lower-cased the way stanza looks words up, with apostrophe
suffixes both attached and split off.  Needs ``gensim`` (extra ``train``).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import regex

from .common import log
from .ner import FOLDER, attach_suffixes, read

DIM = 50
MAX_VOCAB = 30_000
_TOKEN = regex.compile(r"\d+(?:[.,]\d+)*|\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)?|[^\s\p{L}\d]")


def sentences(data: str | Path) -> Iterator[list[str]]:
    data = Path(data)
    ttc = data / "TTC-3600" / "ttc3600_orj.jsonl"
    if ttc.exists():
        with open(ttc, encoding="utf-8") as handle:
            for line in handle:
                text = json.loads(line)["text"]
                for para in text.split("\n"):
                    words = _TOKEN.findall(para)
                    if words:
                        yield words
    ner_train = data / FOLDER / "reyyan.train.txt"
    if ner_train.exists():
        for sent in read(ner_train):
            yield [w for w, _ in sent]
            yield [w for w, _ in attach_suffixes(sent)]
    boun = data / "UD_Turkish-BOUN" / "tr_boun-ud-train.conllu"
    if boun.exists():
        with open(boun, encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("# text = "):
                    yield _TOKEN.findall(line[9:])


def train(data: str | Path, out: str | Path, work: Path, dim: int = DIM, max_vocab: int = MAX_VOCAB) -> Path:
    """Train vectors and write ``out/tr_pretrain.pt``; return its path."""
    from gensim.models import Word2Vec
    from stanza.models.common.pretrain import Pretrain

    corpus = [[w.lower() for w in s] for s in sentences(data)]
    log.info("word2vec on %d sentences", len(corpus))
    model = Word2Vec(corpus, vector_size=dim, window=5, min_count=3, workers=1, epochs=5, seed=1,
                     max_final_vocab=max_vocab)
    vec_file = Path(work) / "tr_vectors.txt"
    model.wv.save_word2vec_format(str(vec_file), binary=False)
    target = Path(out) / "tr_pretrain.pt"
    pretrain = Pretrain(str(target), str(vec_file), max_vocab=max_vocab)
    pretrain.load()  # reads the text vectors and writes the .pt file
    log.info("pretrain: %d words x %d dims -> %s", len(pretrain.vocab), dim, target)
    return target
