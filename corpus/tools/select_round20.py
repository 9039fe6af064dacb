"""Round 20 selection (session 13, dev only), written before any candidate text was read.

Agreements are the test target furthest off; rounds 18-19 found few agreement words outside
sport. This round takes three siyaset/ekonomi articles with agreement words (the dev pool has
none left with more than two, so ties are broken by quote marks), and one each of rounds 18-19's
statement classes (a passive report without a speaker, an organisation in the first person
plural). Left out: the dev-pool articles read in sessions 11-13 (``read_lists.py``).

Run from the repository root with the package installed: python corpus/tools/select_round20.py
(reads ../shared/data/TTC-3600). Articles added since this round drop out, so a later run differs.
"""
from candidates import print_dev_picks
from statement_classes import counted_pool

pool = counted_pool()
print_dev_picks(pool, [("agr", lambda r: (r["agr"] if r["cat"] in ("siyaset", "ekonomi") else 0, r["q"]), 3),
                       ("passive_none", lambda r: (r["passive_none"], r["q"]), 1),
                       ("own", lambda r: (r["own"], r["q"]), 1)],
                ("passive_none", "own", "agr", "q", "n", "cat"))
