"""The candidate pool of the corpus selection rounds (``select_round*.py``).

Every TTC-3600 article that is not yet in ``corpus/articles/`` (read from
``../shared/data/TTC-3600``; nothing is copied), with its split by the corpus hash rule, its
length, its agreement words and quote marks; and the pick rule shared by the rounds: the top
``k`` by a key, skipping articles already chosen and near-duplicates of corpus texts (≥ 30 %
of their five-word sequences in one corpus text).
"""
from __future__ import annotations

import glob
import hashlib
import json
import os
from pathlib import Path
from typing import Callable

import regex as re

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent.parent / "shared" / "data" / "TTC-3600" / "ttc3600_orj.jsonl"
AGREEMENT_WORDS = re.compile(r"anlaşma|antlaşma|mutabakat|protokol|sözleşme|muhtıra|bildiri|imzala", re.I)
DUPLICATE_SHARE = 0.3


def split_of(article_id: str) -> str:
    return "test" if int(hashlib.sha1(article_id.encode()).hexdigest()[:8], 16) % 5 < 2 else "dev"


def shingles(text: str) -> set:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i:i + 5]) for i in range(len(words) - 4)}


class Pool:
    """Candidate articles (dicts: id, cat, split, n, agr, q, t) and the pick rule."""

    def __init__(self):
        have = {os.path.basename(p)[:-4]: open(p, encoding="utf-8").read()
                for p in glob.glob(str(ROOT / "articles" / "*.txt"))}
        self._corpus_shingles = [shingles(v) for v in have.values()]
        self.rows = []
        for line in open(DATA, encoding="utf-8"):
            record = json.loads(line)
            m = re.match(r"TTC-3600_Orj/(\w+)/c \((\d+)\)\.txt", record["file"])
            cat, n = m.group(1), int(m.group(2))
            article_id = f"ttc-{cat}-{n}"
            if article_id in have:
                continue
            text = record["text"]
            self.rows.append(dict(id=article_id, cat=cat, split=split_of(article_id), n=len(text),
                                  agr=len(AGREEMENT_WORDS.findall(text)),
                                  q=text.count('"') + text.count("“") + text.count("”"), t=text))
        self.chosen: list[dict] = []

    def duplicate_share(self, text: str) -> float:
        s = shingles(text)
        return max((len(s & h) / max(1, len(s)) for h in self._corpus_shingles), default=0)

    def top(self, key, pred, k: int) -> list[dict]:
        """The first ``k`` rows by ``key`` (descending) that satisfy ``pred``, are not chosen
        yet and are no near-duplicate of a corpus text; they are added to ``chosen``."""
        out = []
        for r in sorted((r for r in self.rows if pred(r)), key=key, reverse=True):
            if len(out) == k:
                break
            if any(r["id"] == o["id"] for o in self.chosen):
                continue
            share = self.duplicate_share(r["t"])
            if share >= DUPLICATE_SHARE:
                print("  skip duplicate", r["id"], round(share, 2))
                continue
            out.append(r)
        self.chosen += out
        return out


def near_test() -> Callable[[set], bool]:
    """A test of a text's five-word sequences (``shingles``): does it share 10 % or more of them
    with a test document (a near-copy such as ekonomi-30 of test ekonomi-37)?  For the dev-pool
    samplers (``ttc_sentence_pool.py``, ``ttc_article_pool.py``)."""
    test_ids = {os.path.basename(p)[:-5] for p in glob.glob(str(ROOT / "gold" / "test" / "*.json"))}
    test_shingles = [shingles(open(ROOT / "articles" / f"{i}.txt", encoding="utf-8").read()) for i in test_ids]
    return lambda own: any(len(own & t) >= 0.1 * max(1, len(own)) for t in test_shingles)


def dev_candidate(r: dict) -> bool:
    return r["split"] == "dev" and 400 <= r["n"] <= 4500


def print_dev_picks(pool: Pool, picks, fields) -> None:
    """Each pick (name, key, k[, candidate]): the top ``k`` candidates by ``key`` whose first key
    value is positive, printed as ``dev <name> <id> <fields...>`` (the rounds' shared loop);
    ``candidate`` (default :func:`dev_candidate`) says which rows may be picked."""
    for name, key, k, *rest in picks:
        candidate = rest[0] if rest else dev_candidate
        for r in pool.top(key, lambda r, key=key, candidate=candidate: candidate(r) and key(r)[0] > 0, k):
            print("dev", name, r["id"], *(r[f] for f in fields))


def unread_dev_candidate() -> Callable[[dict], bool]:
    """:func:`dev_candidate` left unread: not in ``read_lists.READ`` and no article of the agreement
    pools (``corpus/pools``) (rounds 50-51)."""
    from read_lists import READ

    pooled = {json.load(open(p, encoding="utf-8"))["id"].rsplit("-s", 1)[0]
              for p in glob.glob(str(ROOT / "pools" / "*" / "gold" / "*.json"))}
    return lambda r: dev_candidate(r) and r["id"] not in READ and r["id"] not in pooled


TEST_CATEGORIES = ("siyaset", "ekonomi")


def test_growth_candidate(r: dict) -> bool:
    """The test split's growth rule (rounds 8, 9, 29, 49): a siyaset/ekonomi article of 800-4,500
    characters that the hash puts in test."""
    return r["split"] == "test" and r["cat"] in TEST_CATEGORIES and 800 <= r["n"] <= 4500


def print_test_picks(k: int = 8) -> None:
    """The top ``k`` test-growth candidates by agreement words, then quote marks (near-duplicates of
    corpus texts skipped), printed as ``test <id> <agr> <q> <n>``."""
    for r in Pool().top(lambda r: (r["agr"], r["q"]), test_growth_candidate, k):
        print("test", r["id"], r["agr"], r["q"], r["n"])
