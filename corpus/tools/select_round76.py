"""Round 76 (session 37, dev only), written before any candidate text was read.

Round 52's rule an eighteenth time (``select_round52.pick``), run after rounds 74-75's articles joined the
corpus and the articles read while fixing them joined ``read_lists.READ`` (``read_session36.txt``);
nothing has been read in this session before the draw.

Run from the repository root: python corpus/tools/select_round76.py (reads ../shared/data/TTC-3600).
Articles added since this round drop out, so a later run differs.
"""
from select_round52 import pick

for r in pick():
    print("dev", "round76", r["id"], r["cue"], r["n"])
