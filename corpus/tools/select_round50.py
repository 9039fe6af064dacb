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
import glob
import json
import os
import re

from read_lists import READ
from candidates import Pool

HERE = os.path.dirname(os.path.abspath(__file__))
SINGLE_QUOTED_CUE = re.compile(
    r"(?:^|(?<=[\s(:,]))'"                      # an opening ASCII mark after space, '(', ':' or ','
    r"[A-ZÇĞİÖŞÜa-zçğıöşü0-9][^'\n]{8,600}?"     # the quoted words, on one line
    r"[^\s]'"                                   # a closing mark glued to the last word
    r"(?=\s*(?:de|di|diye|dey|şeklinde|ifade|sözler|açıklama|yanıt|cevab|sor))",  # a cue after it
    re.M)

pooled = {json.load(open(p, encoding="utf-8"))["id"].rsplit("-s", 1)[0]
          for p in glob.glob(os.path.join(HERE, "..", "pools", "*", "gold", "*.json"))}
pool = Pool()
for r in pool.rows:
    r["sq"] = len(SINGLE_QUOTED_CUE.findall(r["t"]))
for r in pool.top(lambda r: (r["sq"], r["n"]),
                  lambda r: r["split"] == "dev" and 400 <= r["n"] <= 4500 and r["sq"] > 0
                  and r["id"] not in READ and r["id"] not in pooled, 8):
    print("dev", r["id"], r["sq"], r["n"])
