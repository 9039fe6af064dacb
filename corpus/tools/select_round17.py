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

from candidates import Pool, print_dev_picks
from read_lists import READ_AFTER_ROUND16, READ_SESSION11, READ_SESSION12
from make_article import normalise
from tr_diplo_ie.extract.quote_marks import find_quoted
from tr_diplo_ie.pipeline import Pipeline
from tr_diplo_ie.records import Article

DOCUMENT = re.compile(r"(?i)(?<!\p{L})(?:iddianame|rapor|bildiri)\p{L}*")
pool = Pool()
pool.rows = [r for r in pool.rows if r["id"] not in READ_SESSION11 | READ_SESSION12 | READ_AFTER_ROUND16
             and r["split"] == "dev" and 400 <= r["n"] <= 4500]
pipe = Pipeline(analyzer="rules")
texts = [normalise(r["t"]) for r in pool.rows]
for r, t, x in zip(pool.rows, texts, pipe.pipe([Article(id=r["id"], body=t) for r, t in zip(pool.rows, texts)])):
    spans = find_quoted(t)[0]
    r["crosshead_run"] = sum(1 for q in spans if q.multi_paragraph and re.search(r"\n[^\p{Ll}\n]{6,}\n", t[q.open:q.end]))
    r["no_cue"] = sum(1 for q in x.quotes if q.kind == "direct" and q.cue is None and not q.optional
                      and len(q.text.split()) >= 3)
    r["document"] = len(DOCUMENT.findall(t)) if r["q"] >= 2 else 0
print_dev_picks(pool, [("crosshead_run", lambda r: (r["crosshead_run"], r["q"]), 1),
                       ("no_cue", lambda r: (r["no_cue"], r["q"]), 1),
                       ("document", lambda r: (r["document"], r["q"]), 1),
                       ("agr", lambda r: (r["agr"], r["q"]), 1)],
                ("crosshead_run", "no_cue", "document", "agr", "q", "n", "cat"))
