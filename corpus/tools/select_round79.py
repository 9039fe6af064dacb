"""Round 79 (session 37, dev only), written before any candidate text was read; drawn to measure the session's final code.

Round 52's rule a twenty-first time (``select_round52.pick``), run after round 78's articles joined the corpus and
the articles read while fixing it joined ``read_lists.READ`` (``read_session37.txt``).

Run from the repository root: python corpus/tools/select_round79.py (reads ../shared/data/TTC-3600).
Articles added since this round drop out, so a later run differs.
"""
from select_round52 import pick

for r in pick():
    print("dev", "round79", r["id"], r["cue"], r["n"])
