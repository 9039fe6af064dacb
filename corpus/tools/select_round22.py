"""Round 22 selection (session 14, dev only), written before any candidate text was read.

After round 21: the test split's categories (siyaset, ekonomi) only, three classes. Agreement
words (the test target furthest off; ties broken by quote marks), three articles; quotes the
rules analyzer leaves without any speaker, two; statements an institution makes (``yapılan /
yaptığı (yazılı) açıklama``, the company and court class of the test gaps), two. Left out: the
dev-pool articles read in sessions 11-14 (``read_lists.py``, which now holds round 21's reading).

Run from the repository root with the package installed: python corpus/tools/select_round22.py
(reads ../shared/data/TTC-3600). Articles added since this round drop out, so a later run differs.
"""
import regex as re

from candidates import print_dev_picks
from statement_classes import counted_pool, passive

NEWS = ("siyaset", "ekonomi")  # the test split's categories
STATEMENT = re.compile(r"(?:yapılan|yaptığı)\s+(?:yazılı\s+|basın\s+)?açıklama", re.I)

pool = counted_pool(lambda r, x: {"none": sum(1 for q in x.quotes if q.speaker is None and not passive(q))})
for r in pool.rows:
    r["statement"] = len(STATEMENT.findall(r["t"]))
print_dev_picks(pool, [("agr", lambda r: (r["agr"] if r["cat"] in NEWS else 0, r["q"]), 3),
                       ("none", lambda r: (r["none"] if r["cat"] in NEWS else 0, r["q"]), 2),
                       ("statement", lambda r: (r["statement"] if r["cat"] in NEWS else 0, r["q"]), 2)],
                ("agr", "none", "statement", "q", "n", "cat"))
