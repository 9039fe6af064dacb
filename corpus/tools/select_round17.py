"""Round 17 selection (session 12, dev only), written before any candidate text was read.

For the classes of session 11's test analysis that rounds 15-16 did not reach: a quote that
the library's mark pairing runs over paragraphs with a crosshead (a line without lower case)
inside it, a marked quote of three words or more that the library reads without a cue (a
cue-less introduction), a document word with quotes (``iddianame``, ``rapor``, ``bildiri``: an
institution implied by its document) and agreement words in any category. Left out: the
dev-pool articles read in sessions 11 and 12 (round 16's lists, and the dev-pool articles whose
speakers were read in session 12 after round 16, listed below). One of each, ties broken by
quote marks.

Run from the repository root with the package installed: python corpus/tools/select_round17.py
(reads ../shared/data/TTC-3600). Articles added since this round drop out, so a later run differs.
"""
import regex as re

from candidates import Pool
from make_article import normalise
from tr_diplo_ie.extract.quote_marks import find_quoted
from tr_diplo_ie.pipeline import Pipeline
from tr_diplo_ie.records import Article

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
READ_AFTER_ROUND16 = {"ttc-spor-379", "ttc-saglik-103", "ttc-siyaset-14", "ttc-teknoloji-269", "ttc-spor-550",
        "ttc-siyaset-453", "ttc-siyaset-209", "ttc-saglik-88", "ttc-teknoloji-520", "ttc-ekonomi-260",
        "ttc-kultursanat-372", "ttc-kultursanat-52", "ttc-siyaset-45", "ttc-teknoloji-497", "ttc-siyaset-53",
        "ttc-siyaset-490", "ttc-kultursanat-6", "ttc-siyaset-596", "ttc-teknoloji-204", "ttc-ekonomi-98",
        "ttc-kultursanat-574", "ttc-siyaset-79", "ttc-saglik-169", "ttc-kultursanat-485", "ttc-siyaset-55",
        "ttc-teknoloji-407", "ttc-ekonomi-435", "ttc-kultursanat-298", "ttc-spor-364", "ttc-siyaset-103",
        "ttc-kultursanat-164", "ttc-kultursanat-177", "ttc-ekonomi-22", "ttc-ekonomi-44", "ttc-teknoloji-415",
        "ttc-kultursanat-433", "ttc-spor-269", "ttc-saglik-188", "ttc-saglik-336", "ttc-kultursanat-524",
        "ttc-siyaset-463", "ttc-kultursanat-565", "ttc-spor-544", "ttc-spor-524", "ttc-teknoloji-217",
        "ttc-ekonomi-211", "ttc-ekonomi-512", "ttc-saglik-547", "ttc-siyaset-216", "ttc-siyaset-276",
        "ttc-spor-300", "ttc-spor-562", "ttc-saglik-253", "ttc-spor-24", "ttc-spor-342", "ttc-ekonomi-442",
        "ttc-ekonomi-461", "ttc-ekonomi-462", "ttc-ekonomi-88", "ttc-kultursanat-478", "ttc-kultursanat-552",
        "ttc-teknoloji-259", "ttc-teknoloji-3", "ttc-teknoloji-42", "ttc-saglik-124", "ttc-spor-288",
        "ttc-kultursanat-288", "ttc-ekonomi-315", "ttc-ekonomi-323", "ttc-kultursanat-113", "ttc-kultursanat-116",
        "ttc-saglik-226", "ttc-saglik-262", "ttc-siyaset-124", "ttc-siyaset-374", "ttc-siyaset-42",
        "ttc-siyaset-425", "ttc-spor-165", "ttc-spor-198", "ttc-spor-540", "ttc-spor-99", "ttc-teknoloji-207",
        "ttc-teknoloji-380", "ttc-teknoloji-453", "ttc-teknoloji-458", "ttc-teknoloji-595", "ttc-ekonomi-527",
        "ttc-kultursanat-93", "ttc-saglik-216"}
DOCUMENT = re.compile(r"(?i)(?<!\p{L})(?:iddianame|rapor|bildiri)\p{L}*")
pool = Pool()
pool.rows = [r for r in pool.rows if r["id"] not in READ_ROUND14 | READ_SESSION12 | READ_AFTER_ROUND16
             and r["split"] == "dev" and 400 <= r["n"] <= 4500]
pipe = Pipeline(analyzer="rules")
texts = [normalise(r["t"]) for r in pool.rows]
for r, t, x in zip(pool.rows, texts, pipe.pipe([Article(id=r["id"], body=t) for r, t in zip(pool.rows, texts)])):
    spans = find_quoted(t)[0]
    r["crosshead_run"] = sum(1 for q in spans if q.multi_paragraph and re.search(r"\n[^\p{Ll}\n]{6,}\n", t[q.open:q.end]))
    r["no_cue"] = sum(1 for q in x.quotes if q.kind == "direct" and q.cue is None and not q.optional
                      and len(q.text.split()) >= 3)
    r["document"] = len(DOCUMENT.findall(t)) if r["q"] >= 2 else 0
for name, key, k in (("crosshead_run", lambda r: (r["crosshead_run"], r["q"]), 1),
                     ("no_cue", lambda r: (r["no_cue"], r["q"]), 1),
                     ("document", lambda r: (r["document"], r["q"]), 1),
                     ("agr", lambda r: (r["agr"], r["q"]), 1)):
    for r in pool.top(key, lambda r, key=key: key(r)[0] > 0, k):
        print("dev", name, r["id"], r["crosshead_run"], r["no_cue"], r["document"], r["agr"], r["q"], r["n"], r["cat"])
