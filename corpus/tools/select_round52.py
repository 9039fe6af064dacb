"""Round 52 (session 33, dev only), written before any candidate text was read.

The test's remaining misses are mostly speakers (institutions, unnamed people, names NER cuts or runs
on), and blind dev rounds meet speaker classes that the fitted dev gold no longer shows (round 50: 19
of 26 direct speakers on arrival). The unread siyaset/ekonomi dev articles are nearly exhausted and
hold few reported words (at most seven speech cues each), so this round takes, from every category,
the unread dev-pool articles with the most speech cues (``SPEECH_CUE``: verbs and participles of
saying, ``diye``, ``şunları``), ties broken by length, at most two per category so that no one
outlet's style (health news leads the count) fills the round; eight in all. Left out: the articles
read in earlier sessions (``read_lists.READ``, now with sessions 30-33's whole-pool diffs and
listings), every article of the agreement pools and near-copies of corpus texts.

Run from the repository root: python corpus/tools/select_round52.py (reads ../shared/data/TTC-3600).
Articles added since this round drop out, so a later run differs.
"""
import re
from collections import Counter

from candidates import Pool, shingles, unread_dev_candidate

SPEECH_CUE = re.compile(
    r"""\b(?:dedi|dediler|diye|söyledi|belirtti|ifade\s+etti|kaydetti|vurguladı|bildirdi|açıkladı|konuştu
          |belirterek|söyleyen|kaydeden|belirten|ifade\s+eden|vurgulayan|şunları)\w*""",
    re.I | re.X)

def pick(k: int = 8, per_category: int = 2) -> list[dict]:
    """The top ``k`` unread dev-pool articles by speech cues, at most ``per_category`` per category."""
    pool = Pool()
    for r in pool.rows:
        r["cue"] = len(SPEECH_CUE.findall(r["t"]))
    candidate = unread_dev_candidate()
    taken: Counter = Counter()
    picked, seen = [], []
    for r in pool.top(lambda r: (r["cue"], r["n"]), lambda r: candidate(r) and r["cue"] > 0, 60):
        own = shingles(r["t"])
        if any(len(own & other) > 0.8 * max(1, len(own)) for other in seen):
            continue  # a copy of an article picked before (round 55: teknoloji-505 is teknoloji-487)
        if taken[r["cat"]] < per_category and len(picked) < k:
            seen.append(own)
            taken[r["cat"]] += 1
            picked.append(r)
    return picked


if __name__ == "__main__":
    for r in pick():
        print("dev", "round52", r["id"], r["cue"], r["n"])
