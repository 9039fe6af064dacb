"""Round 15 selection (session 12, dev only), written before any candidate text was read.

Three classes that session 11's test analysis counts (``benchmarks/results/test_gaps.md``) and
that dev documents have few of, so that new dev documents show how rules generalise to them:
a quote whose speaker is an institution implied by a passive report (a marked quote closed
right before ``denildi``, ``ifade edildi``, ``belirtildi``, ``kaydedildi``, ``vurgulandı``),
a quote that runs over a paragraph break by the library's mark pairing, and agreement words
in siyaset/ekonomi (two picks: the test agreements' errors are of many kinds and dev needs
more agreements of any kind). The dev-pool articles read in session 11 (round 14's list) and
those read after its selection are left out. Ties broken by quote marks.

Run from the repository root with the package installed: python corpus/tools/select_round15.py
(reads ../shared/data/TTC-3600). Articles added since this round drop out, so a later run differs.
"""
import regex as re

from candidates import Pool, print_dev_picks
from read_lists import READ_SESSION11
from make_article import normalise
from tr_diplo_ie.extract.quote_marks import find_quoted

READ = READ_SESSION11
PASSIVE_CUE = re.compile(r"\A\W{0,3}\s*(?:\w+\s+){0,2}?(?:denil|ifade edil|belirtil|kaydedil|vurgulan)(?:di|mektedir|iyor)")

pool = Pool()
pool.rows = [r for r in pool.rows if r["id"] not in READ]
for r in pool.rows:
    t = normalise(r["t"])
    spans = find_quoted(t)[0]
    r["passive"] = sum(1 for q in spans if PASSIVE_CUE.match(t[q.end:q.end + 60]))
    r["para"] = sum(1 for q in spans if "\n\n" in t[q.open:q.end])
    r["polit"] = r["agr"] if r["cat"] in ("siyaset", "ekonomi") else 0
print_dev_picks(pool, [("passive", lambda r: (r["passive"], r["q"]), 1),
                       ("para", lambda r: (r["para"], r["q"]), 1),
                       ("agr", lambda r: (r["polit"], r["q"]), 2)],
                ("passive", "para", "polit", "q", "n", "cat"))
