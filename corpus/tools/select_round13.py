"""Round 13 selection (session 9, dev only), written before any candidate text was read.

Two classes that the test analysis of session 8 (`benchmarks/results/test_gaps.md`) counts
and dev has few of: decisions described by a clause before ``karar`` ("… yapmasına yönelik
bir karar", "… görüşmede aldığımız karar"), and quotes that run over several paragraphs
(crossheads inside, no closing mark per paragraph). Both are counted on the article as the
corpus stores it (``make_article.normalise``); the paragraph runs by the library's mark
pairing (``find_quoted``: spans holding a paragraph break), which only counts, it is not
scored. Top three of each, ties broken by quote marks.

Run from the repository root with the package installed: python corpus/tools/select_round13.py
(reads ../shared/data/TTC-3600). Articles added since this round drop out, so a later run differs.
"""
import regex as re

from candidates import Pool, print_dev_picks
from make_article import normalise
from tr_diplo_ie.extract.quote_marks import find_quoted

DECISION = re.compile(
    r"\w+(?:ması|mesi)(?:na|ne)?\s+(?:yönelik|ilişkin|dair|yönünde)\s+(?:\S+\s+){0,2}?karar\w*"
    r"|\w+(?:dığı|diği|duğu|düğü|tığı|tiği|tuğu|tüğü)(?:mız|miz|muz|müz|nız|niz)?\s+(?:\S+\s+){0,1}?karar\w*",
    re.I)

pool = Pool()
for r in pool.rows:
    t = normalise(r["t"])
    r["decision"] = len(DECISION.findall(t))
    r["runs"] = sum(1 for q in find_quoted(t)[0] if "\n\n" in t[q.open:q.end])
print_dev_picks(pool, [(name, lambda r, name=name: (r[name], r["q"]), 3) for name in ("decision", "runs")],
                ("decision", "runs", "q", "n", "cat"))
