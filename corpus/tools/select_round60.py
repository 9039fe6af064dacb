"""Round 60 (session 35, dev only), written before any candidate text was read.

Round 52's rule a ninth time (``select_round52.pick``), run after round 59's articles joined the
corpus and the articles read while fixing round 59's errors (the season rule's whole-pool diff) joined ``read_lists.READ``
(``read_session34.txt``); the first round of session 35.

Run from the repository root: python corpus/tools/select_round60.py (reads ../shared/data/TTC-3600).
Articles added since this round drop out, so a later run differs.
"""
from select_round52 import pick

for r in pick():
    print("dev", "round60", r["id"], r["cue"], r["n"])
