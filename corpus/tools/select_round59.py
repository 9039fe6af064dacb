"""Round 59 (session 34, dev only), written before any candidate text was read.

Round 52's rule an eighth time (``select_round52.pick``), run after round 58's articles joined the
corpus and the articles read while fixing round 58's errors joined ``read_lists.READ``
(``read_session34.txt``); drawn at the end of session 34 to measure the final code on unseen articles.

Run from the repository root: python corpus/tools/select_round59.py (reads ../shared/data/TTC-3600).
Articles added since this round drop out, so a later run differs.
"""
from select_round52 import pick

for r in pick():
    print("dev", "round59", r["id"], r["cue"], r["n"])
