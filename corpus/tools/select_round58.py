"""Round 58 (session 34, dev only), written before any candidate text was read.

Round 52's rule a seventh time (``select_round52.pick``), run after round 57's articles joined the
corpus and the articles read while fixing round 57's errors joined ``read_lists.READ``
(``read_session34.txt``). Round 57 had no speaker error on arrival, round 56 five; a seventh draw adds
to the measure of how often unseen articles still meet new classes.

Run from the repository root: python corpus/tools/select_round58.py (reads ../shared/data/TTC-3600).
Articles added since this round drop out, so a later run differs.
"""
from select_round52 import pick

for r in pick():
    print("dev", "round58", r["id"], r["cue"], r["n"])
