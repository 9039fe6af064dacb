"""Round 33 (session 15, dev only), written before any candidate text was read.

Rounds 23-32's class with both kinds of marks counted: the eight unread siyaset/ekonomi
articles richest in quote marks, plain (``"``, ``“``, ``”``) and C1 (U+0093/U+0094) together.
Left out: the dev-pool articles read in sessions 11-15 (``read_lists.py``).

Run from the repository root with the package installed: python corpus/tools/select_round33.py
(reads ../shared/data/TTC-3600). Articles added since this round drop out, so a later run differs.
"""
from candidates import print_dev_picks
from statement_classes import counted_pool_with_marks, news_by_all_quote_marks

print_dev_picks(counted_pool_with_marks(), [news_by_all_quote_marks(8)], ("qq", "q", "q1", "agr", "n", "cat"))
