"""Round 56 (session 34, dev only), written before any candidate text was read.

Round 52's rule a fifth time (``select_round52.pick``: the unread dev-pool articles with the most
speech cues, at most two per category, copies of earlier picks skipped), run after round 55's
articles joined the corpus and the articles read in session 34 joined ``read_lists.READ``
(``read_session34.txt``). Session 34 made rules for lost-mark speech, clock times and scraped line
breaks on the fitted dev gold; a fresh round measures the whole library on unseen articles again.

Run from the repository root: python corpus/tools/select_round56.py (reads ../shared/data/TTC-3600).
Articles added since this round drop out, so a later run differs.
"""
from select_round52 import pick

for r in pick():
    print("dev", "round56", r["id"], r["cue"], r["n"])
