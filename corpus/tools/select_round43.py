"""Round 43 (session 19, dev only), written before any candidate text was read.

Round 42's teknoloji articles showed companies and ministries speaking at length. This round takes
the next four unread teknoloji dev articles richest in quote marks (plain and C1 together, as round
42), and, for evidence on contracts (the dev agreements' largest class of misses: an existing
contract mentioned with `sona er-`, `feshet-`, `X ile sözleşmesi`), the four unread spor dev articles
with the most agreement words (ties broken by quote marks, then length). Articles of 400-4,500
characters. Left out: the dev-pool articles read in sessions 11-19 (``read_lists.py``).

Run from the repository root with the package installed: python corpus/tools/select_round43.py
(reads ../shared/data/TTC-3600). Articles added since this round drop out, so a later run differs.
"""
from candidates import print_dev_picks
from statement_classes import counted_pool_with_marks

print_dev_picks(counted_pool_with_marks(), [
    ("qq-teknoloji", lambda r: (r["qq"] if r["cat"] == "teknoloji" else 0, r["n"]), 4),
    ("agr-spor", lambda r: (r["agr"] if r["cat"] == "spor" else 0, r["qq"], r["n"]), 4),
], ("qq", "q", "agr", "n", "cat"))
