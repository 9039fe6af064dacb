"""Round 83 (session 38, dev only), written before any candidate text was read.

Every earlier dev rule drew from articles of 400-4,500 characters (``candidates.dev_candidate``); round
82 found the last two unread ones with a speech cue. This round takes round 52's ranking (speech cues,
``select_round52.SPEECH_CUE``, ties broken by length) over the unread dev-pool articles **longer than
4,500 characters** (at most 12,000), leaving out, as before, the articles read in earlier sessions
(``read_lists.READ``), every article of the agreement pools and near-copies of corpus texts or of an
article picked before; the top eight with at least one cue. Only their ids, lengths and cue counts
were seen before this script was committed.

Run from the repository root: python corpus/tools/select_round83.py (reads ../shared/data/TTC-3600).
Articles added since this round drop out, so a later run differs.
"""
import glob
import json

from candidates import ROOT, Pool, shingles
from read_lists import READ
from select_round52 import SPEECH_CUE


def pick(k: int = 8) -> list[dict]:
    return pick_long(k, lambda r: r["cue"] > 0, lambda r: (r["cue"], r["n"]))


def pick_long(k: int, keep, key) -> list[dict]:
    """The top ``k`` by ``key`` of the unread dev-pool articles of 4,500-12,000 characters that
    ``keep`` accepts (``r["cue"]``: round 52's speech cues), near-copies of a pick left out (round
    84 reuses it for the articles with no cue)."""
    pool = Pool()
    pooled = {json.load(open(p, encoding="utf-8"))["id"].rsplit("-s", 1)[0]
              for p in glob.glob(str(ROOT / "pools" / "*" / "gold" / "*.json"))}
    for r in pool.rows:
        r["cue"] = len(SPEECH_CUE.findall(r["t"]))

    def long_unread(r):
        return (r["split"] == "dev" and 4500 < r["n"] <= 12000 and r["id"] not in READ and r["id"] not in pooled
                and keep(r))

    picked, seen = [], []
    for r in pool.top(key, long_unread, 30):
        own = shingles(r["t"])
        if any(len(own & other) > 0.8 * max(1, len(own)) for other in seen):
            continue
        if len(picked) < k:
            seen.append(own)
            picked.append(r)
    return picked


if __name__ == "__main__":
    for r in pick():
        print("dev", "round83", r["id"], r["cue"], r["n"])
