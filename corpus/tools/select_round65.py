"""Round 65 (session 35, dev only), written before any candidate text was read.

Round 63's rule a third time (``select_round63.pick``: round 52's ranking on the unread siyaset and
ekonomi dev-pool articles, four of each), after round 64's articles joined the corpus and the articles
read while fixing round 64 joined ``read_lists.READ`` (``read_session35.txt``).

Run from the repository root: python corpus/tools/select_round65.py (reads ../shared/data/TTC-3600).
Articles added since this round drop out, so a later run differs.
"""
from select_round63 import pick

for r in pick():
    print("dev", "round65", r["id"], r["cue"], r["n"])
