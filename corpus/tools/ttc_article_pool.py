"""A pool of whole articles for agreement rules: TTC-3600 articles of the dev split that are not in
the corpus (``candidates.Pool``), hold two or more agreement heads (``ner_sentence_pool.HEAD``) and
80 to 900 words, so that what a single sentence cannot show (one document under several wordings,
anaphors whose status comes from an earlier sentence) can be measured.

Articles that share 10 % or more of their five-word sequences with a test document are left out,
as in ``ttc_sentence_pool.py``, and so are near-copies (30 %) of an article already taken.  Every eligible article that no session has read
(``read_lists.READ``) is taken; the rest of the ``N`` are drawn by ``SEED`` from those read
before (their rules were made while reading them, so they are marked ``read`` in the output).
Articles of the earlier pools given after ``N`` (folders ``corpus/pools/NAME``) are left out, and
so are near-copies of them.  Session 23 drew ``53 36`` (``corpus/pools/agreements-s23/``), then
``54 40 corpus/pools/agreements-s23`` (``corpus/pools/agreements-s23b/``), then
``55 40 corpus/pools/agreements-s23 corpus/pools/agreements-s23b`` (``corpus/pools/agreements-s23c/``,
drawn after the rules made on the first two), then ``56 40`` with all three (``agreements-s23d``: the
9 articles left), each annotated blind for agreements only.  Dev material: no test document's text is in it.

Session 23 had drawn every such article, so ``--words MIN:MAX`` and ``--heads MIN:MAX`` widen the
choice (defaults ``80:900`` and ``2:``, the pools above): ``57 40 --words 901:`` (with the four
pools) drew the long articles (``agreements-s24``), ``58 40 --heads 1:1`` those with one head
(``agreements-s24b``).

Run from the repository root:
python corpus/tools/ttc_article_pool.py SEED N [POOL ...] [--words MIN:MAX] [--heads MIN:MAX] > pool.jsonl
"""
import glob
import json
import os
import random
import sys

from candidates import Pool, near_test, shingles
from make_article import normalise
from ner_sentence_pool import HEAD
from read_lists import READ

MIN_WORDS, MAX_WORDS = 80, 900
MIN_HEADS = 2
UNBOUNDED = 10 ** 9


def eligible(words: tuple[int, int] = (MIN_WORDS, MAX_WORDS),
             heads: tuple[int, int] = (MIN_HEADS, UNBOUNDED)) -> list[tuple[str, str]]:
    """(id, normalised text) of the dev-pool articles that qualify (``words`` and ``heads``:
    inclusive ranges of the word count and of the agreement heads), in pool order."""
    near = near_test()
    out = []
    for row in Pool().rows:
        if row["split"] != "dev":
            continue
        text = normalise(row["t"])
        if not words[0] <= len(text.split()) <= words[1] or not heads[0] <= len(HEAD.findall(text)) <= heads[1]:
            continue
        if near(shingles(text)):
            continue
        out.append((row["id"], text))
    return out


def pooled(pools: list[str]) -> set[str]:
    """Ids of the articles of the given pool folders (``corpus/pools/NAME``, their ``gold/``)."""
    return {os.path.basename(p)[:-5] for d in pools for p in glob.glob(os.path.join(d, "gold", "*.json"))}


def main(seed: int, n: int, pools: list[str], words: tuple[int, int] = (MIN_WORDS, MAX_WORDS),
         heads: tuple[int, int] = (MIN_HEADS, UNBOUNDED)) -> None:
    done = pooled(pools)
    every = eligible(words, heads)
    rows = [r for r in every if r[0] not in done]
    unread = [r for r in rows if r[0] not in READ]
    read = [r for r in rows if r[0] in READ]
    random.seed(seed)
    picked, seen = [], [shingles(r[1]) for r in every if r[0] in done]
    for row in unread + random.sample(read, len(read)):
        own = shingles(row[1])
        if len(picked) < n and not any(len(own & s) >= 0.3 * max(1, len(own)) for s in seen):
            seen.append(own)
            picked.append(row)  # near-copies of an article already taken are left out
    for aid, text in sorted(picked):
        print(json.dumps({"id": aid, "read": aid in READ, "text": text}, ensure_ascii=False))
    print(len(rows), "eligible,", len(unread), "unread", file=sys.stderr)


def _range(text: str) -> tuple[int, int]:
    """``"901:"`` -> (901, unbounded), ``"1:1"`` -> (1, 1)."""
    low, _, high = text.partition(":")
    return int(low or 0), int(high) if high else UNBOUNDED


def _cli(argv: list[str]) -> None:
    args, ranges = [], {"--words": (MIN_WORDS, MAX_WORDS), "--heads": (MIN_HEADS, UNBOUNDED)}
    it = iter(argv)
    for a in it:
        if a in ranges:
            ranges[a] = _range(next(it))
        else:
            args.append(a)
    main(int(args[0]), int(args[1]), args[2:], ranges["--words"], ranges["--heads"])


if __name__ == "__main__":
    _cli(sys.argv[1:])
