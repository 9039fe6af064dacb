"""Round 39 (session 17, dev only), written before any candidate text was read.

Round 33's rule again after round 38 joined the corpus: the next eight unread siyaset/ekonomi
articles (the test split's categories) richest in quote marks, plain (``"``, ``“``, ``”``) and C1
(U+0093/U+0094) together, for more evidence on direct quotes and their speakers, the test target
closest to its threshold. Left out: the dev-pool articles read in sessions 11-17 (``read_lists.py``).

Run from the repository root with the package installed: python corpus/tools/select_round39.py
(reads ../shared/data/TTC-3600). Articles added since this round drop out, so a later run differs.
"""
from candidates import print_dev_picks
from statement_classes import counted_pool_with_marks, news_by_all_quote_marks

print_dev_picks(counted_pool_with_marks(), [news_by_all_quote_marks(8)], ("qq", "q", "q1", "agr", "n", "cat"))
