"""Round 84 (session 39, dev only), written before any candidate text was read.

Round 83 took the unread dev-pool articles of 4,500-12,000 characters that have a speech cue. This
round takes the rest of that length band: the unread dev-pool articles **longer than 4,500
characters** (at most 12,000) with **no** speech cue of round 52's pattern, which measure money, dates
and agreements (and any unmarked speech) on long texts. As before it leaves out the articles read in
earlier sessions (``read_lists.READ``, now with ``read_session39.txt``), every article of the agreement
pools and near-copies of corpus texts or of an article picked before; longest first, at most eight.
Only their ids and lengths were seen before this script was committed.

Run from the repository root: python corpus/tools/select_round84.py (reads ../shared/data/TTC-3600).
Articles added since this round drop out, so a later run differs.
"""
import glob
import json

from candidates import ROOT, Pool, shingles
from read_lists import READ
from select_round52 import SPEECH_CUE


def pick(k: int = 8) -> list[dict]:
    pool = Pool()
    pooled = {json.load(open(p, encoding="utf-8"))["id"].rsplit("-s", 1)[0]
              for p in glob.glob(str(ROOT / "pools" / "*" / "gold" / "*.json"))}
    for r in pool.rows:
        r["cue"] = len(SPEECH_CUE.findall(r["t"]))

    def long_unread_silent(r):
        return (r["split"] == "dev" and 4500 < r["n"] <= 12000 and r["id"] not in READ and r["id"] not in pooled
                and r["cue"] == 0)

    picked, seen = [], []
    for r in pool.top(lambda r: r["n"], long_unread_silent, 30):
        own = shingles(r["t"])
        if any(len(own & other) > 0.8 * max(1, len(own)) for other in seen):
            continue
        if len(picked) < k:
            seen.append(own)
            picked.append(r)
    return picked


if __name__ == "__main__":
    for r in pick():
        print("dev", "round84", r["id"], r["cue"], r["n"])
