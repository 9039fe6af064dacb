"""Round 16 selection (session 12, dev only), written before any candidate text was read.

After round 15, for the classes of session 11's test analysis that dev still has few of:
agreement words in any category (round 15 found the siyaset/ekonomi dev pool empty of
articles with more than two; here any category and up to 6,000 characters), a quote opened
and never closed that the library's mark pairing runs over paragraphs (``find_quoted``
spans recovered over a paragraph break: long speeches without closing marks), and a quote in
the first person plural closed right before a passive cue (an institution's statement whose
speaker the context implies). Left out: the dev-pool articles read in sessions 11 and 12 (round
14's list, and in session 12 every dev-pool article whose agreements or quotes were read while
making rules, listed below). Top two of the first class, one of each other, ties broken by
quote marks.

Run from the repository root with the package installed: python corpus/tools/select_round16.py
(reads ../shared/data/TTC-3600). Articles added since this round drop out, so a later run differs.
"""
import regex as re

from candidates import Pool, print_dev_picks
from read_lists import READ_SESSION11, READ_SESSION12
from make_article import normalise
from tr_diplo_ie.extract.quote_marks import find_quoted

PASSIVE_CUE = re.compile(r"\A\W{0,3}\s*(?:\w+\s+){0,2}?(?:denil|ifade edil|belirtil|kaydedil|vurgulan)(?:di|mektedir|iyor)")
FIRST_PLURAL = re.compile(r"(?:[ıiuü]yoruz|[dt][ıiuü]k|[ıiuü]m[ıiuü]z|[ae]c[ae]ğ[ıi]z)(?![\p{L}])")

pool = Pool()
pool.rows = [r for r in pool.rows if r["id"] not in READ_SESSION11 | READ_SESSION12]
for r in pool.rows:
    t = normalise(r["t"])
    spans = find_quoted(t)[0]
    r["open_run"] = sum(1 for q in spans if q.recovered and "\n" in t[q.open:q.end])
    r["we_passive"] = sum(1 for q in spans if PASSIVE_CUE.match(t[q.end:q.end + 60])
                          and FIRST_PLURAL.search(t[q.open:q.end]))


def long_dev_candidate(r: dict) -> bool:
    return r["split"] == "dev" and 400 <= r["n"] <= 6000


print_dev_picks(pool, [("agr", lambda r: (r["agr"], r["q"]), 2, long_dev_candidate),
                       ("open_run", lambda r: (r["open_run"], r["q"]), 1),
                       ("we_passive", lambda r: (r["we_passive"], r["q"]), 1)],
                ("agr", "open_run", "we_passive", "q", "n", "cat"))
