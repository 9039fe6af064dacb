"""Round 54 (session 33, dev only), written before any candidate text was read.

Round 52's rule a third time (``select_round52.pick``), run after round 53's articles joined the
corpus and the articles read while fixing round 53's errors (and listed by an intermediate whole-pool
diff) joined ``read_lists.READ`` (``read_sessions30-33.txt``). Round 53 still met three classes of
errors on arrival after round 52's fixes, so a third draw checks again.

Run from the repository root: python corpus/tools/select_round54.py (reads ../shared/data/TTC-3600).
Articles added since this round drop out, so a later run differs.
"""
from select_round52 import pick

for r in pick():
    print("dev", "round54", r["id"], r["cue"], r["n"])
