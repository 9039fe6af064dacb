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

from candidates import Pool
from make_article import normalise
from tr_diplo_ie.extract.quote_marks import find_quoted

READ_ROUND14 = {"ttc-siyaset-23", "ttc-siyaset-362", "ttc-saglik-159", "ttc-saglik-417", "ttc-ekonomi-567",
        "ttc-ekonomi-315", "ttc-ekonomi-376", "ttc-ekonomi-378", "ttc-ekonomi-406", "ttc-saglik-174",
        "ttc-siyaset-81", "ttc-siyaset-387", "ttc-teknoloji-64", "ttc-saglik-229", "ttc-ekonomi-366",
        "ttc-ekonomi-259", "ttc-siyaset-298", "ttc-spor-163", "ttc-kultursanat-172", "ttc-siyaset-436",
        "ttc-siyaset-561", "ttc-siyaset-229", "ttc-siyaset-239", "ttc-siyaset-248", "ttc-spor-420",
        "ttc-teknoloji-144", "ttc-siyaset-153", "ttc-siyaset-44", "ttc-ekonomi-20", "ttc-kultursanat-14",
        "ttc-saglik-103", "ttc-spor-197"}
READ_SESSION12 = {
        "ttc-ekonomi-158", "ttc-ekonomi-161", "ttc-ekonomi-172", "ttc-ekonomi-173",
        "ttc-ekonomi-174", "ttc-ekonomi-204", "ttc-ekonomi-209", "ttc-ekonomi-234",
        "ttc-ekonomi-235", "ttc-ekonomi-239", "ttc-ekonomi-259", "ttc-ekonomi-319",
        "ttc-ekonomi-36", "ttc-ekonomi-435", "ttc-ekonomi-437", "ttc-ekonomi-512",
        "ttc-ekonomi-528", "ttc-ekonomi-555", "ttc-ekonomi-72", "ttc-ekonomi-91", "ttc-ekonomi-94",
        "ttc-ekonomi-95", "ttc-kultursanat-288", "ttc-kultursanat-52", "ttc-saglik-157",
        "ttc-saglik-160", "ttc-saglik-177", "ttc-saglik-227", "ttc-saglik-245", "ttc-saglik-272",
        "ttc-saglik-400", "ttc-saglik-404", "ttc-saglik-419", "ttc-saglik-474", "ttc-saglik-504",
        "ttc-saglik-582", "ttc-saglik-60", "ttc-siyaset-132", "ttc-siyaset-158", "ttc-siyaset-159",
        "ttc-siyaset-166", "ttc-siyaset-178", "ttc-siyaset-215", "ttc-siyaset-221",
        "ttc-siyaset-229", "ttc-siyaset-239", "ttc-siyaset-24", "ttc-siyaset-248",
        "ttc-siyaset-26", "ttc-siyaset-276", "ttc-siyaset-358", "ttc-siyaset-395",
        "ttc-siyaset-47", "ttc-siyaset-484", "ttc-siyaset-492", "ttc-siyaset-513",
        "ttc-siyaset-544", "ttc-siyaset-554", "ttc-siyaset-586", "ttc-siyaset-9", "ttc-siyaset-99",
        "ttc-spor-100", "ttc-spor-115", "ttc-spor-117", "ttc-spor-120", "ttc-spor-134",
        "ttc-spor-148", "ttc-spor-155", "ttc-spor-162", "ttc-spor-168", "ttc-spor-181",
        "ttc-spor-182", "ttc-spor-2", "ttc-spor-221", "ttc-spor-254", "ttc-spor-262",
        "ttc-spor-266", "ttc-spor-274", "ttc-spor-286", "ttc-spor-306", "ttc-spor-331",
        "ttc-spor-342", "ttc-spor-360", "ttc-spor-361", "ttc-spor-371", "ttc-spor-372",
        "ttc-spor-379", "ttc-spor-381", "ttc-spor-394", "ttc-spor-398", "ttc-spor-417",
        "ttc-spor-420", "ttc-spor-424", "ttc-spor-431", "ttc-spor-464", "ttc-spor-478",
        "ttc-spor-490", "ttc-spor-510", "ttc-spor-520", "ttc-spor-551", "ttc-spor-558",
        "ttc-spor-574", "ttc-spor-580", "ttc-spor-586", "ttc-spor-67", "ttc-spor-69",
        "ttc-spor-71", "ttc-spor-74", "ttc-spor-81", "ttc-spor-83", "ttc-teknoloji-186",
        "ttc-teknoloji-251", "ttc-teknoloji-262", "ttc-teknoloji-278", "ttc-teknoloji-441",
        "ttc-teknoloji-452", "ttc-teknoloji-497", "ttc-teknoloji-547", "ttc-teknoloji-587",
        "ttc-teknoloji-591", "ttc-teknoloji-596", "ttc-teknoloji-65", "ttc-teknoloji-9"}
PASSIVE_CUE = re.compile(r"\A\W{0,3}\s*(?:\w+\s+){0,2}?(?:denil|ifade edil|belirtil|kaydedil|vurgulan)(?:di|mektedir|iyor)")
FIRST_PLURAL = re.compile(r"(?:[ıiuü]yoruz|[dt][ıiuü]k|[ıiuü]m[ıiuü]z|[ae]c[ae]ğ[ıi]z)(?![\p{L}])")

pool = Pool()
pool.rows = [r for r in pool.rows if r["id"] not in READ_ROUND14 | READ_SESSION12]
for r in pool.rows:
    t = normalise(r["t"])
    spans = find_quoted(t)[0]
    r["open_run"] = sum(1 for q in spans if q.recovered and "\n" in t[q.open:q.end])
    r["we_passive"] = sum(1 for q in spans if PASSIVE_CUE.match(t[q.end:q.end + 60])
                          and FIRST_PLURAL.search(t[q.open:q.end]))


def candidate(r: dict, longest: int = 4500) -> bool:
    return r["split"] == "dev" and 400 <= r["n"] <= longest


for name, key, k, longest in (("agr", lambda r: (r["agr"], r["q"]), 2, 6000),
                              ("open_run", lambda r: (r["open_run"], r["q"]), 1, 4500),
                              ("we_passive", lambda r: (r["we_passive"], r["q"]), 1, 4500)):
    for r in pool.top(key, lambda r, key=key, longest=longest: candidate(r, longest) and key(r)[0] > 0, k):
        print("dev", name, r["id"], r["agr"], r["open_run"], r["we_passive"], r["q"], r["n"], r["cat"])
