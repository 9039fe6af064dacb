"""Round 23 (session 14, dev only), written before any candidate text was read.

The test split is siyaset and ekonomi news; after rounds 21-22 the dev pool's siyaset/ekonomi
articles with agreement words or institution statements are nearly used up. This round takes
the unread siyaset/ekonomi articles richest in quote marks (the direct-speaker target), four,
and the next three with agreement words. Left out: the dev-pool articles read in sessions 11-14
(``read_lists.py``).

Run from the repository root with the package installed: python corpus/tools/select_round23.py
(reads ../shared/data/TTC-3600). Articles added since this round drop out, so a later run differs.
"""
from candidates import print_dev_picks
from statement_classes import NEWS, counted_pool, news_by_quote_marks

pool = counted_pool()
print_dev_picks(pool, [news_by_quote_marks(4),
                       ("agr", lambda r: (r["agr"] if r["cat"] in NEWS else 0, r["q"]), 3)],
                ("q", "agr", "n", "cat"))
