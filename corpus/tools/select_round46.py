"""Round 46 (session 19, dev only), written before any candidate text was read.

The test split's strict speakers miss where an institution speaks through passive reports
(`test_gaps.md`, sessions 13-18). Rounds 44-45 went back to the test's categories for that class; this round takes the next eight by the same count, computed with the code after round 45:
the eight unread siyaset/ekonomi dev articles of 400-4,500 characters with the most passive reports
(direct or indirect) that the library leaves without a speaker (``passive_none``, the rules
analyzer's count, as in rounds 18-19), ties broken by quote marks (plain and C1), then length.
Left out: the dev-pool articles read in sessions 11-19 (``read_lists.py``).

Run from the repository root with the package installed: python corpus/tools/select_round46.py
(reads ../shared/data/TTC-3600). Articles added since this round drop out, so a later run differs.
"""
from candidates import print_dev_picks
from statement_classes import NEWS, counted_pool_with_marks

print_dev_picks(counted_pool_with_marks(), [
    ("passive_none", lambda r: (r["passive_none"] if r["cat"] in NEWS else 0, r["qq"], r["n"]), 8),
], ("passive_none", "qq", "agr", "n", "cat"))
