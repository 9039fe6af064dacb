"""A pool of single news sentences of speech for quote and speaker rules, from the UD Turkish
treebanks' news text: BOUN's news sentences (``news_*``), Penn (the Wall Street Journal, translated)
and PUD's news half (``n*``).  A sentence is kept when it holds a verb of saying
(``ner_article_pool.SAYING``), has 6-80 words and shares no five-word sequence with a test article
of the corpus (``corpus/articles/`` texts whose gold is under ``corpus/gold/test/``).

Each sentence stands as its own one-sentence document, so its speaker is whoever the sentence itself
names: the pool measures finding what is said and its subject inside a sentence, not resolving a
name across an article.  Dev material: no test document comes from these treebanks.  The treebanks
carry their own licences (each folder's LICENSE.txt; some are non-commercial), so neither the
sentences nor annotations that quote them are committed: this script prints the sample (JSON Lines:
id, text) for local use.  The bundled stanza tokenizer, tagger and parser were trained on BOUN's
train split, so their analyses of BOUN's train sentences are better than on new text.

Session 43 drew seed 67, 160 sentences (annotators ACT, ACU, ACV, ACW, 40 each; quotes only, blind),
then, after the rules made from them, the other 187 of the same seeded order (``67 187 160``).

Run from the repository root:
    python corpus/tools/ud_speech_pool.py SEED N [OFFSET] > sample.jsonl
(OFFSET: skip that many of the seeded order, a later round of the same draw; the first N of the
order are what ``random.sample`` draws for N.)
"""
import json
import random
import re
import sys
from pathlib import Path

from candidates import shingles
from ner_article_pool import SAYING
from ud_sentence_pool import sentences

ROOT = Path(__file__).resolve().parents[1]
NEWS = re.compile(r"ud-boun-\w+-news_|ud-penn-|ud-pud-\w+-n\d")


def test_shingles() -> set:
    """Every five-word sequence of the corpus's test articles."""
    seen = set()
    for gold in (ROOT / "gold" / "test").glob("*.json"):
        seen |= shingles((ROOT / "articles" / f"{gold.stem}.txt").read_text(encoding="utf-8"))
    return seen


def main(seed: int, n: int, offset: int = 0) -> None:
    near_test = test_shingles()
    hits, seen = [], set()
    for i, t in sentences():
        if (NEWS.match(i) and SAYING.search(t) and 6 <= len(t.split()) <= 80
                and t not in seen and not shingles(t) & near_test):
            seen.add(t)  # a sentence shared by two treebanks is drawn once
            hits.append((i, t))
    random.seed(seed)
    drawn = random.sample(hits, len(hits))[offset:offset + n]
    for i, t in drawn:
        print(json.dumps({"id": i, "text": t}, ensure_ascii=False))
    print(f"{len(hits)} news sentences hold a verb of saying; drew {len(drawn)}", file=sys.stderr)


if __name__ == "__main__":
    main(*map(int, sys.argv[1:4]))
