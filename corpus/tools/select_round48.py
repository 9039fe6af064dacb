"""Round 48 (session 20, dev only), written before any candidate text was read.

The test split's categories (siyaset, ekonomi) hold few unread dev articles with quote marks or
speakerless passive reports (round 47 took the last). Most of what is left reports speech without
marks, so this round takes the eight unread siyaset/ekonomi dev articles of 400-4,500 characters in
which the library (rules analyzer) finds the most quotes of any kind, direct or indirect (``quotes``),
ties broken by length: evidence on indirect speech and its speakers in the test's categories. Left
out: the dev-pool articles read in sessions 11-20 (``read_lists.py``).

Run from the repository root with the package installed: python corpus/tools/select_round48.py
(reads ../shared/data/TTC-3600). Articles added since this round drop out, so a later run differs.
"""
from candidates import print_dev_picks
from statement_classes import NEWS, counted_pool

print_dev_picks(counted_pool(extra=lambda r, x: {"quotes": len(x.quotes)}), [
    ("quotes-news", lambda r: (r["quotes"] if r["cat"] in NEWS else 0, r["n"]), 8),
], ("quotes", "passive_none", "n", "cat"))
