"""Round 27 (session 14, dev only), written before any candidate text was read.

Agreements are the test target furthest off. This round takes the unread siyaset/ekonomi
articles with agreement words (ties broken by quote marks), seven, or fewer where the pool has
fewer. Left out: the dev-pool articles read in sessions 11-14 (``read_lists.py``).

Run from the repository root with the package installed: python corpus/tools/select_round27.py
(reads ../shared/data/TTC-3600). Articles added since this round drop out, so a later run differs.
"""
from candidates import print_dev_picks
from statement_classes import NEWS, counted_pool

print_dev_picks(counted_pool(), [("agr", lambda r: (r["agr"] if r["cat"] in NEWS else 0, r["q"]), 7)],
                ("agr", "q", "n", "cat"))
