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
from candidates import Pool, print_dev_picks
from read_lists import READ_AFTER_ROUND16, READ_SESSION11, READ_SESSION12, READ_SESSION13
from make_article import normalise
from tr_diplo_ie.extract import cues
from tr_diplo_ie.extract.speakers import _own_institution
from tr_diplo_ie.pipeline import Pipeline
from tr_diplo_ie.records import Article

READ = READ_SESSION11 | READ_SESSION12 | READ_AFTER_ROUND16 | READ_SESSION13
pool = Pool()
pool.rows = [r for r in pool.rows if r["id"] not in READ and r["split"] == "dev" and 400 <= r["n"] <= 4500]
pipe = Pipeline(analyzer="rules")
texts = [normalise(r["t"]) for r in pool.rows]


def passive(quote) -> bool:
    found = cues.cue_at(quote.cue, 0) if quote.cue else None
    return found is not None and (found.form == cues.PASSIVE or found.lemma == "denil")


for r, t, x in zip(pool.rows, texts, pipe.pipe([Article(id=r["id"], body=t) for r, t in zip(pool.rows, texts)])):
    r["passive_none"] = sum(1 for q in x.quotes if q.speaker is None and passive(q))
    r["own"] = sum(1 for q in x.quotes if passive(q) and _own_institution().search(q.text))
print_dev_picks(pool, [("passive_none", lambda r: (r["passive_none"], r["q"]), 2),
                       ("own", lambda r: (r["own"], r["q"]), 1),
                       ("agr", lambda r: (r["agr"], r["q"]), 2)],
                ("passive_none", "own", "agr", "q", "n", "cat"))
