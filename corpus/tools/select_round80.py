"""Round 80 (session 37, dev only), written before any candidate text was read; drawn to measure the session's final code.

Round 63's rule a sixth time (``select_round63.pick``: round 52's ranking on the unread siyaset and ekonomi
dev-pool articles only, four of each), drawn right after round 79, whose articles drop out as corpus articles
once made; nothing was read between the two draws.

Run from the repository root: python corpus/tools/select_round80.py (reads ../shared/data/TTC-3600).
Articles added since this round drop out, so a later run differs.
"""
from select_round63 import pick

for r in pick():
    print("dev", "round80", r["id"], r["cue"], r["n"])
