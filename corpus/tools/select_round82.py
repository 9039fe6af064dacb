"""Round 82 (session 38, dev only), written before any candidate text was read.

Round 52's rule a twenty-second time (``select_round52.pick``), run after round 81's test articles joined the
corpus; no dev-pool article was read in session 38 before this draw (every pool run of the session's changes
was byte-identical, so none was listed).

Run from the repository root: python corpus/tools/select_round82.py (reads ../shared/data/TTC-3600).
Articles added since this round drop out, so a later run differs.
"""
from select_round52 import pick

for r in pick():
    print("dev", "round82", r["id"], r["cue"], r["n"])
