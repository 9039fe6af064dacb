"""Round 42 (session 19, dev only), written before any candidate text was read.

Rounds 40-41 spent the siyaset/ekonomi pool and took the spor and saglik articles richest in quote
marks. Users run the library on whole news corpora, and the two categories with the fewest dev
documents (teknoloji 12, kultursanat 9) are where quote marks most often mark things other than
speech (product, film and book titles, slogans) and where companies and institutions speak. So this
round takes the four unread teknoloji and the four unread kultursanat dev articles of 400-4,500
characters richest in quote marks, plain (``"``, ``“``, ``”``) and C1 (U+0093/U+0094) together
(ties broken by length), as round 41 did for its two categories.
Left out: the dev-pool articles read in sessions 11-18 (``read_lists.py``).

Run from the repository root with the package installed: python corpus/tools/select_round42.py
(reads ../shared/data/TTC-3600). Articles added since this round drop out, so a later run differs.
"""
from candidates import print_dev_picks
from statement_classes import counted_pool_with_marks


def by_marks_in(category: str, k: int):
    return (f"qq-{category}", lambda r: (r["qq"] if r["cat"] == category else 0, r["n"]), k)


print_dev_picks(counted_pool_with_marks(), [by_marks_in("teknoloji", 4), by_marks_in("kultursanat", 4)],
                ("qq", "q", "agr", "n", "cat"))
