"""Round 51 (session 30, dev only), written before any candidate text was read.

On the 47 test documents the largest class of wrong or missing direct-quote speakers is an
institution's statement (a central bank's committee, a prosecutor's indictment, a company's filing,
an exporters' assembly): quotes reported in the passive (``… denildi``, ``… denilen açıklamada``,
``şöyle deniyor:``, ``açıklamada şu ifadelere yer verildi:``) whose speaker is the institution that
issued the text. This round counts, in each unread dev-pool article, the passive reports of quoted or
colon-introduced words (``PASSIVE_REPORT``) and takes the top eight, ties broken by length. Left out:
the articles read in earlier rounds (``read_lists.py``), every article of the agreement pools
(``corpus/pools``) and near-copies of corpus texts. All categories.

Run from the repository root: python corpus/tools/select_round51.py (reads ../shared/data/TTC-3600).
Articles added since this round drop out, so a later run differs.

Outcome (session 30): only six unread dev-pool articles hold a passive report at all, one each
(ttc-spor-486, siyaset-566, siyaset-242, saglik-259, siyaset-131, ekonomi-591); 42 read dev-pool
articles hold the class already. The round was not annotated; the session's rules were made on the
dev gold and the dev pool instead.
"""
import glob
import json
import os
import re

from read_lists import READ
from candidates import Pool

HERE = os.path.dirname(os.path.abspath(__file__))
PASSIVE_REPORT = re.compile(
    r"""(?:["”'’\x94]\s*(?:diye\s+|şeklinde\s+|ifadeleri(?:ne|nin)?\s+)?   # a closing mark, then
         (?:denil|deni[lyr]|yer\s+veril|kullanıl|belirtil|kaydedil|vurgulan|ifade\s+edil)  # a passive cue
      |  (?:şöyle|şu\s+ifadelere|şunlar|şu\s+görüşlere)\s+(?:denil|deni[lyr]|yer\s+veril|kaydedil|belirtil)\w*\s*:  # a colon intro
      |  açıklama(?:sı)?\s+şöyle\s*:)""",
    re.X)

pooled = {json.load(open(p, encoding="utf-8"))["id"].rsplit("-s", 1)[0]
          for p in glob.glob(os.path.join(HERE, "..", "pools", "*", "gold", "*.json"))}
pool = Pool()
for r in pool.rows:
    r["pr"] = len(PASSIVE_REPORT.findall(r["t"]))
for r in pool.top(lambda r: (r["pr"], r["n"]),
                  lambda r: r["split"] == "dev" and 400 <= r["n"] <= 4500 and r["pr"] > 0
                  and r["id"] not in READ and r["id"] not in pooled, 8):
    print("dev", r["id"], r["pr"], r["n"])
