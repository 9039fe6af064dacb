"""Round 31 (session 15, dev only), written before any candidate text was read.

The pool's quote-mark count (``q``) counts ``"``, ``“`` and ``”`` only, so rounds 23-30 never
ranked articles whose quote marks are C1 characters (U+0093/U+0094, mis-decoded Windows-1252):
7 of the 39 test documents have them against 14 of 189 dev documents (4 of round 29's 8). This
round takes the eight unread siyaset/ekonomi articles richest in C1 quote marks. Left out: the
dev-pool articles read in sessions 11-15 (``read_lists.py``).

Run from the repository root with the package installed: python corpus/tools/select_round31.py
(reads ../shared/data/TTC-3600). Articles added since this round drop out, so a later run differs.
"""
from candidates import print_dev_picks
from statement_classes import counted_pool_with_marks, news_by_c1_quote_marks

print_dev_picks(counted_pool_with_marks(), [news_by_c1_quote_marks(8)], ("q1", "q", "agr", "n", "cat"))
