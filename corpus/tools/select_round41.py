"""Round 41 (session 18, dev only), written before any candidate text was read.

The dev pool's siyaset/ekonomi articles are spent (round 40) and no unread dev-pool text holds more
than three agreement words. Users run the library on whole news corpora, so this round widens the
evidence on direct quotes and their speakers to two other categories that quote people at length:
the four unread spor and the four unread saglik dev articles of 400-4,500 characters richest in
quote marks, plain (``"``, ``“``, ``”``) and C1 (U+0093/U+0094) together (ties broken by length).
Left out: the dev-pool articles read in sessions 11-18 (``read_lists.py``).

Run from the repository root with the package installed: python corpus/tools/select_round41.py
(reads ../shared/data/TTC-3600). Articles added since this round drop out, so a later run differs.
"""
from candidates import print_dev_picks
from statement_classes import counted_pool_with_marks


def by_marks_in(category: str, k: int):
    return (f"qq-{category}", lambda r: (r["qq"] if r["cat"] == category else 0, r["n"]), k)


print_dev_picks(counted_pool_with_marks(), [by_marks_in("spor", 4), by_marks_in("saglik", 4)],
                ("qq", "q", "agr", "n", "cat"))
