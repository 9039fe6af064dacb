"""Round 19 selection (session 13, dev only), written before any candidate text was read.

The same classes as round 18 (after its articles joined the corpus), with more agreement words:
a passive report (direct or indirect) that the library leaves without a speaker, a quote under
a passive cue in which an organisation names itself in the first person plural, agreement
words. Left out: the dev-pool articles read in sessions 11-13 (``read_lists.py``; round 18's
fixes were made on its own articles and on dev-pool diffs of the texts it already lists). Two
of the first and last class, one of the second, ties broken by quote marks.

Run from the repository root with the package installed: python corpus/tools/select_round19.py
(reads ../shared/data/TTC-3600). Articles added since this round drop out, so a later run differs.
"""
from candidates import print_dev_picks
from statement_classes import counted_pool

pool = counted_pool()
print_dev_picks(pool, [("passive_none", lambda r: (r["passive_none"], r["q"]), 2),
                       ("own", lambda r: (r["own"], r["q"]), 1),
                       ("agr", lambda r: (r["agr"], r["q"]), 2)],
                ("passive_none", "own", "agr", "q", "n", "cat"))
