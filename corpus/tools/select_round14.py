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
from make_article import normalise
from tr_diplo_ie.extract.quote_marks import find_quoted

READ = {"ttc-siyaset-23", "ttc-siyaset-362", "ttc-saglik-159", "ttc-saglik-417", "ttc-ekonomi-567",
        "ttc-ekonomi-315", "ttc-ekonomi-376", "ttc-ekonomi-378", "ttc-ekonomi-406", "ttc-saglik-174",
        "ttc-siyaset-81", "ttc-siyaset-387", "ttc-teknoloji-64", "ttc-saglik-229", "ttc-ekonomi-366",
        "ttc-ekonomi-259", "ttc-siyaset-298", "ttc-spor-163", "ttc-kultursanat-172", "ttc-siyaset-436",
        "ttc-siyaset-561", "ttc-siyaset-229", "ttc-siyaset-239", "ttc-siyaset-248", "ttc-spor-420",
        "ttc-teknoloji-144", "ttc-siyaset-153", "ttc-siyaset-44", "ttc-ekonomi-20", "ttc-kultursanat-14",
        "ttc-saglik-103"}
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
