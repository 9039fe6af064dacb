"""Round 55 (session 33, dev only), written before any candidate text was read.

Round 52's rule a fourth time (``select_round52.pick``), run after round 54's articles joined the
corpus and the articles read while fixing round 54's errors joined ``read_lists.READ``
(``read_sessions30-33.txt``). Round 54 met two classes of errors on arrival; a fourth draw checks
whether the rate of new classes keeps falling.

Run from the repository root: python corpus/tools/select_round55.py (reads ../shared/data/TTC-3600).
Articles added since this round drop out, so a later run differs.
"""
from select_round52 import pick

for r in pick():
    print("dev", "round55", r["id"], r["cue"], r["n"])
