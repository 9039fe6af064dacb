"""Round 64 (session 35, dev only), written before any candidate text was read.

Round 63's rule a second time (``select_round63.pick``: round 52's ranking on the unread siyaset and
ekonomi dev-pool articles, four of each), after round 63's articles joined the corpus; fixing round 63
read no dev-pool article (its whole-pool diffs changed none).

Run from the repository root: python corpus/tools/select_round64.py (reads ../shared/data/TTC-3600).
Articles added since this round drop out, so a later run differs.
"""
from select_round63 import pick

for r in pick():
    print("dev", "round64", r["id"], r["cue"], r["n"])
