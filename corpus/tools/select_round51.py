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
articles hold the class already (saglik-259, whose sentence a search of this session showed, has
since joined ``read_lists.READ``, so a rerun prints five). The round was not annotated; the session's rules were made on the
dev gold and the dev pool instead.
"""
import re

from candidates import Pool, print_dev_picks, unread_dev_candidate

PASSIVE_REPORT = re.compile(
    r"""(?:["”'’\x94]\s*(?:diye\s+|şeklinde\s+|ifadeleri(?:ne|nin)?\s+)?   # a closing mark, then
         (?:denil|deni[lyr]|yer\s+veril|kullanıl|belirtil|kaydedil|vurgulan|ifade\s+edil)  # a passive cue
      |  (?:şöyle|şu\s+ifadelere|şunlar|şu\s+görüşlere)\s+(?:denil|deni[lyr]|yer\s+veril|kaydedil|belirtil)\w*\s*:  # a colon intro
      |  açıklama(?:sı)?\s+şöyle\s*:)""",
    re.X)

pool = Pool()
for r in pool.rows:
    r["pr"] = len(PASSIVE_REPORT.findall(r["t"]))
print_dev_picks(pool, [("round51", lambda r: (r["pr"], r["n"]), 8, unread_dev_candidate())], ("pr", "n"))
