"""Round 37 (session 17, dev only), written before any candidate text was read.

Agreements are still the test target furthest off. The unread siyaset/ekonomi dev articles with
agreement words were spent by round 27, and round 36 found no required agreement item in the
other news-like categories. Dev's agreement misses that no rule reaches include bare and
possessive contract mentions (`mevcut sözleşme`, `kulübü ile sözleşmesi`, `Sözleşmesi`, dev
spor-536, -291, -456), the anaphoric-head class that test also shows. This round takes the eight
unread spor dev articles with the most agreement words (``candidates.AGREEMENT_WORDS``; player
contracts), ties broken by quote marks. Left out: the dev-pool articles read in sessions 11-16
(``read_lists.py``).

Run from the repository root with the package installed: python corpus/tools/select_round37.py
(reads ../shared/data/TTC-3600). Articles added since this round drop out, so a later run differs.
"""
from candidates import print_dev_picks
from statement_classes import counted_pool

print_dev_picks(counted_pool(), [("agr", lambda r: (r["agr"] if r["cat"] == "spor" else 0, r["q"]), 8)],
                ("agr", "q", "n", "cat"))
