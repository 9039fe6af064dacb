"""Round 30 (session 15, dev only), written before any candidate text was read.

Rounds 23-28's class again: the unread siyaset/ekonomi articles richest in quote marks (the test
split's categories), eight. Left out: the dev-pool articles read in sessions 11-15
(``read_lists.py``).

Run from the repository root with the package installed: python corpus/tools/select_round30.py
(reads ../shared/data/TTC-3600). Articles added since this round drop out, so a later run differs.
"""
from candidates import print_dev_picks
from statement_classes import counted_pool, news_by_quote_marks

print_dev_picks(counted_pool(), [news_by_quote_marks(8)], ("q", "agr", "n", "cat"))
