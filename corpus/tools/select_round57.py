"""Round 57 (session 34, dev only), written before any candidate text was read.

Round 52's rule a sixth time (``select_round52.pick``), run after round 56's articles joined the corpus
and the articles read while fixing round 56's errors joined ``read_lists.READ`` (``read_session34.txt``).
Round 56 met a class the earlier rounds had not shown (names not resolved to their fullest form: five
of fourteen direct speakers on arrival); a sixth draw checks whether more such classes remain.

Run from the repository root: python corpus/tools/select_round57.py (reads ../shared/data/TTC-3600).
Articles added since this round drop out, so a later run differs.
"""
from select_round52 import pick

for r in pick():
    print("dev", "round57", r["id"], r["cue"], r["n"])
