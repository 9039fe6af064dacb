"""Round 18 selection (session 13, dev only), written before any candidate text was read.

For the classes that session 13's rules touch and that the test analysis counts (institutions
implied by a statement, anaphoric agreement heads): a passive report (direct or indirect) that
the library leaves without a speaker, a quote under a passive cue in which an organisation
names itself in the first person plural (``kulübümüz``, ``şirketimiz``), a bare agreement head
the library reports, and agreement words. Left out: the dev-pool articles read in sessions
11-13 (``read_lists.py``). Two of the first class, one of each other (no bare head was left:
the dev pool's were all read while the rule was made), ties broken by quote marks.

Run from the repository root with the package installed: python corpus/tools/select_round18.py
(reads ../shared/data/TTC-3600). Articles added since this round drop out, so a later run differs.
"""
from candidates import print_dev_picks
from statement_classes import counted_pool

pool = counted_pool()
print_dev_picks(pool, [("passive_none", lambda r: (r["passive_none"], r["q"]), 2),
                       ("own", lambda r: (r["own"], r["q"]), 1),
                       ("bare", lambda r: (r["bare"], r["q"]), 1),
                       ("agr", lambda r: (r["agr"], r["q"]), 1)],
                ("passive_none", "own", "bare", "agr", "q", "n", "cat"))
