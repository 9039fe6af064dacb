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
from select_round83 import pick_long


def pick(k: int = 8) -> list[dict]:
    return pick_long(k, lambda r: r["cue"] == 0, lambda r: r["n"])


if __name__ == "__main__":
    for r in pick():
        print("dev", "round84", r["id"], r["cue"], r["n"])
