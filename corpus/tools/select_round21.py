"""Round 21 selection (session 14, dev only), written before any candidate text was read.

The test gaps left after session 13 (``benchmarks/results/test_gaps.md``) are classes the dev
pool was not searched for by their wording: quotes whose speaker is an institution implied by
the document (an indictment, a prosecutor's office, a court, a company's filing to the stock
exchange), a reporter relaying what someone said to him, quotes the library leaves without any
speaker, and agreements made *with* a partner (``X ile ... anlaşma imzaladı / anlaşmaya
vardı``), whose head the library only takes with a content clause. Each class is counted by its
words in the raw text (ties broken by quote marks); the speakerless class by the rules
analyzer's output. The last two classes count only siyaset and ekonomi, the test split's
categories. A company's statement counts as a filing.
Two of ``court``, ``comitative`` and ``none``; one of ``filing`` and ``reporter``.

Before writing this rule I had seen grep snippets (80 characters around the hit) of every
dev-pool ``iddianame``: siyaset-436, -544, -572, -581, spor-372 and teknoloji-520. They are not
left out, so the ``court`` picks among them are not blind to that class's wording.

Left out: the dev-pool articles read in sessions 11-13 (``read_lists.py``).

Run from the repository root with the package installed: python corpus/tools/select_round21.py
(reads ../shared/data/TTC-3600). Articles added since this round drop out, so a later run differs.
"""
import regex as re

from candidates import print_dev_picks
from statement_classes import counted_pool, passive

COURT = re.compile(r"iddianame|savcılı[kğ]|mütalaa|gerekçeli karar|mahkeme\w* karar", re.I)
FILING = re.compile(r"Kamuyu Aydınlatma|\bKAP\b|özel durum açıklama|Borsa İstanbul'a|İMKB'ye|SPK'ya"
                    r"|(?:A\.Ş\.|\bAŞ\b|Holding|şirket)\w*[^.!?]{0,60}?açıklama", re.I)
REPORTER = re.compile(r"muhabir\w*", re.I)
COMITATIVE = re.compile(r"\bile\b[^.!?]{0,80}?(?:anlaşma|antlaşma|mutabakat|protokol|sözleşme)\w*"
                        r"[^.!?]{0,40}?(?:imzala|var|sağla|yapıl|yap)", re.I)
NEWS = ("siyaset", "ekonomi")  # the test split's categories

pool = counted_pool(lambda r, x: {"none": sum(1 for q in x.quotes if q.speaker is None and not passive(q))})
for r in pool.rows:
    r["court"] = len(COURT.findall(r["t"]))
    r["filing"] = len(FILING.findall(r["t"]))
    r["reporter"] = len(REPORTER.findall(r["t"]))
    r["comitative"] = len(COMITATIVE.findall(r["t"]))
print_dev_picks(pool, [("court", lambda r: (r["court"] if r["q"] else 0, r["q"]), 2),
                       ("filing", lambda r: (r["filing"] if r["q"] else 0, r["q"]), 1),
                       ("reporter", lambda r: (r["reporter"] if r["q"] else 0, r["q"]), 1),
                       ("none", lambda r: (r["none"] if r["cat"] in NEWS else 0, r["q"]), 2),
                       ("comitative", lambda r: (r["comitative"] if r["cat"] in NEWS else 0, r["q"]), 2)],
                ("court", "filing", "reporter", "none", "comitative", "q", "n", "cat"))
