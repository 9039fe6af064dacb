"""Round 9 selection (session 6), written before any candidate text was read; prints the picks.

Dev: the articles with the most ``kuruş`` amounts (2), participles before an agreement noun or
a decision (5: see the README for the ranking), indictments/reports with quotes (1); test: the
eighth round's rule (siyaset/ekonomi, agreement words then quote marks, 6).

Run from anywhere: python corpus/tools/select_round9.py (reads ../shared/data/TTC-3600).
Articles added since this round are "in the corpus" and drop out, so a later run differs.
"""
import regex as re

from candidates import Pool, print_dev_picks

HEAD = r"(?:anlaşma|antlaşma|mutabakat|protokol|sözleşme|muhtıra)\w*"
PART_ = (r"\w+(?:[ae]n|d[ıiuü]ğ[ıiuü]|t[ıiuü]ğ[ıiuü]|[ae]c[ae]k|[ae]c[ae]ğ[ıi]|d[ıiuü]ğ[ıiuü]m[ıiuü]z"
         r"|t[ıiuü]ğ[ıiuü]m[ıiuü]z)")
PART = re.compile(r"\b" + PART_ + r"\s+(?:\w+\s+){0,2}" + HEAD, re.I)
DEC = re.compile(r"\b(?:" + PART_ + r"|\w+m[ae]s[ıi]n[ae]\s+yönelik)\s+(?:\w+\s+){0,2}karar\w*", re.I)
KURUS = re.compile(r"\d[\d.,]*\s*kuruş\w*", re.I)
INST = re.compile(r"iddianame\w*|rapor(?:u|unda|da)\b", re.I)

pool = Pool()
for r in pool.rows:
    t = r["t"]
    r["kurus"] = len(KURUS.findall(t))
    r["part"] = len(PART.findall(t)) + len(DEC.findall(t))
    r["inst"] = len(INST.findall(t)) if r["q"] >= 4 else 0
print_dev_picks(pool, (("kurus", lambda r: (r["kurus"], r["q"]), 2),
                       ("part", lambda r: (r["part"], r["agr"]), 5),
                       ("inst", lambda r: (r["inst"], r["q"]), 1)),
                ("kurus", "part", "inst", "agr", "q"))
for r in pool.top(lambda r: (r["agr"], r["q"]),
                  lambda r: r["split"] == "test" and r["cat"] in ("siyaset", "ekonomi") and 800 <= r["n"] <= 4500, 6):
    print("test", r["id"], r["agr"], r["q"])
