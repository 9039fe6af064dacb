"""Round 36 (session 16, dev only), written before any candidate text was read.

Agreements are still the test target furthest off, and the unread siyaset/ekonomi dev articles
with agreement words were spent by round 27. This round takes the eight unread dev articles of
the other news-like categories (kultursanat, saglik, teknoloji; not spor, whose player contracts
are a class of their own) with the most agreement words (``candidates.AGREEMENT_WORDS``), ties
broken by quote marks. Left out: the dev-pool articles read in sessions 11-16 (``read_lists.py``).

Run from the repository root with the package installed: python corpus/tools/select_round36.py
(reads ../shared/data/TTC-3600). Articles added since this round drop out, so a later run differs.
"""
from candidates import print_dev_picks
from statement_classes import counted_pool

OTHER = ("kultursanat", "saglik", "teknoloji")

print_dev_picks(counted_pool(), [("agr", lambda r: (r["agr"] if r["cat"] in OTHER else 0, r["q"]), 8)],
                ("agr", "q", "n", "cat"))
