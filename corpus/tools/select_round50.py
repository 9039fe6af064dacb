"""Round 50 (session 29, dev only), written before any candidate text was read.

Round 49's blind test documents and dev siyaset-542 (round 48, left in session 20) show quotes in
ASCII ``'`` marks, the same character as the apostrophe, as the largest class of missed direct quotes.
``candidates.Pool`` counts double quote marks only, so this round counts, in each unread dev-pool
article, the passages in ASCII single marks followed by a verb of saying or a speech noun
(``SINGLE_QUOTED_CUE``) and takes the top eight, ties broken by length. Left out: the dev-pool
articles read in sessions 11-22 (``read_lists.py``), every article of the agreement pools
(``corpus/pools``) and near-copies of corpus texts. All categories (the test's siyaset/ekonomi hold
one such article each).

Run from the repository root: python corpus/tools/select_round50.py (reads ../shared/data/TTC-3600).
Articles added since this round drop out, so a later run differs.
"""
import re

from candidates import Pool, print_dev_picks, unread_dev_candidate

SINGLE_QUOTED_CUE = re.compile(
    r"(?:^|(?<=[\s(:,]))'"                      # an opening ASCII mark after space, '(', ':' or ','
    r"[A-ZÇĞİÖŞÜa-zçğıöşü0-9][^'\n]{8,600}?"     # the quoted words, on one line
    r"[^\s]'"                                   # a closing mark glued to the last word
    r"(?=\s*(?:de|di|diye|dey|şeklinde|ifade|sözler|açıklama|yanıt|cevab|sor))",  # a cue after it
    re.M)

pool = Pool()
for r in pool.rows:
    r["sq"] = len(SINGLE_QUOTED_CUE.findall(r["t"]))
print_dev_picks(pool, [("round50", lambda r: (r["sq"], r["n"]), 8, unread_dev_candidate())], ("sq", "n"))
