"""Round 14 selection (session 11, dev only), written before any candidate text was read.

Three classes that this session's rules (made on the dev pool) reach and dev documents lack,
so that new dev documents check those rules on text they were not made on: a quote
introduced by a colon or semicolon whose opening mark is never closed (the speech runs on
over paragraphs: ``find_quoted`` spans marked recovered whose mark follows ``:`` or ``;``),
a statement whose passive reports are sourced by a bare document (``Açıklamada,``,
``Raporda,``, ``Bildiride,`` at a sentence start), and agreement words. The dev-pool
articles read while making this session's rules are left out (listed below). Top two of the
first class, one of each other, ties broken by quote marks.

Run from the repository root with the package installed: python corpus/tools/select_round14.py
(reads ../shared/data/TTC-3600). Articles added since this round drop out, so a later run differs.
"""
import regex as re

from candidates import Pool, print_dev_picks
from read_lists import READ_SESSION11
from make_article import normalise
from tr_diplo_ie.extract.quote_marks import find_quoted

READ = READ_SESSION11 - {"ttc-spor-197"}  # (spor-197 was read after this round)
BARE_DOCUMENT = re.compile(r"(?:^|[.!?]\s+)(?:Açıklamada|Raporda|Bildiride|İddianamede|Kararda|Yazıda|Metinde),", re.M)

pool = Pool()
pool.rows = [r for r in pool.rows if r["id"] not in READ]
for r in pool.rows:
    t = normalise(r["t"])
    spans = find_quoted(t)[0]
    r["open_intro"] = sum(1 for q in spans if q.recovered and re.search(r"[:;]\s*\Z", t[max(0, q.open - 40):q.open]))
    r["bare_doc"] = len(BARE_DOCUMENT.findall(t))
print_dev_picks(pool, [("open_intro", lambda r: (r["open_intro"], r["q"]), 2),
                       ("bare_doc", lambda r: (r["bare_doc"], r["q"]), 1),
                       ("agr", lambda r: (r["agr"], r["q"]), 1)],
                ("open_intro", "bare_doc", "agr", "q", "n", "cat"))
