"""Round 47 (session 20, dev only), written before any candidate text was read.

The test's strict speakers still miss on the 31 earlier documents (0.88), and its remaining
classes are institution speakers of passive reports and introductions without a cue. This round
stays in the test split's categories: the four unread siyaset/ekonomi dev articles of 400-4,500
characters with the most passive reports the library leaves without a speaker (``passive_none``,
the rules analyzer's count, as in rounds 44-46), ties broken by quote marks (plain and C1), then
length; and the four next richest in quote marks (plain and C1 together, as rounds 33-35), ties
broken by length. Left out: the dev-pool articles read in sessions 11-19 (``read_lists.py``).

Run from the repository root with the package installed: python corpus/tools/select_round47.py
(reads ../shared/data/TTC-3600). Articles added since this round drop out, so a later run differs.
"""
from candidates import print_dev_picks
from statement_classes import NEWS, counted_pool_with_marks

print_dev_picks(counted_pool_with_marks(), [
    ("passive_none", lambda r: (r["passive_none"] if r["cat"] in NEWS else 0, r["qq"], r["n"]), 4),
    ("qq-news", lambda r: (r["qq"] if r["cat"] in NEWS else 0, r["n"]), 4),
], ("passive_none", "qq", "agr", "n", "cat"))
