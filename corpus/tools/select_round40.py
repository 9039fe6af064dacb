"""Round 40 (session 18, dev only), written before any candidate text was read.

Rounds 18-39 drew from dev-pool articles of 400-4,500 characters, and the siyaset/ekonomi ones
(the test split's categories) are spent there: two unread ones hold an agreement word, one holds
six quote marks or more. This round takes the eight unread siyaset/ekonomi dev articles longer
than 4,500 characters richest in quote marks, plain (``"``, ``“``, ``”``) and C1 (U+0093/U+0094)
together, for evidence on direct quotes, their speakers and the agreements of long news stories.
Left out: the dev-pool articles read in sessions 11-18 (``read_lists.py``).

Run from the repository root with the package installed: python corpus/tools/select_round40.py
(reads ../shared/data/TTC-3600). Articles added since this round drop out, so a later run differs.
"""
from candidates import print_dev_picks
from statement_classes import long_news_pool

print_dev_picks(long_news_pool(), [("qq", lambda r: (r["qq"], r["n"]), 8, lambda r: r["split"] == "dev")],
                ("qq", "q", "agr", "n", "cat"))
