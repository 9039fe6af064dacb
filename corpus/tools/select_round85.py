"""Round 85 (session 39, dev only), written before any candidate text was read.

Round 52's rule takes at most two articles per category; round 82 found that the other categories have
no unread dev-pool article of 400-4,500 characters with a speech cue left, so every one left is in
``saglik``. This round lifts the per-category cap: round 52's ranking (speech cues, ties by length)
over the same candidates (``read_lists.READ`` now with ``read_session39.txt``, the agreement pools and
near-copies left out), the top eight. Only their ids, cue counts and lengths were seen before this
script was committed.

Run from the repository root: python corpus/tools/select_round85.py (reads ../shared/data/TTC-3600).
Articles added since this round drop out, so a later run differs.
"""
import select_round52


def pick(k: int = 8) -> list[dict]:
    return select_round52.pick(k, per_category=k)


if __name__ == "__main__":
    for r in pick():
        print("dev", "round85", r["id"], r["cue"], r["n"])
