"""Round 53 (session 33, dev only), written before any candidate text was read.

Round 52's rule again (``select_round52.pick``: the unread dev-pool articles with the most speech
cues, at most two per category), run after round 52's articles joined the corpus and after the
articles read while fixing round 52's errors joined ``read_lists.READ`` (``read_sessions30-33.txt``).
Round 52 met four classes of errors on arrival that the fitted dev gold no longer showed, so a second
draw of the same kind measures whether the fixes carry over and finds the next classes.

Run from the repository root: python corpus/tools/select_round53.py (reads ../shared/data/TTC-3600).
Articles added since this round drop out, so a later run differs.
"""
from select_round52 import pick

for r in pick():
    print("dev", "round53", r["id"], r["cue"], r["n"])
