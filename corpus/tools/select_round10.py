"""Round 10 selection (session 6, dev only), written before any candidate text was read.

The classes that the blind round-9 test documents showed and dev lacked: "yaz-" as a
reporting verb ("... olduğunu yazdı"), reports relayed from a newspaper ("aktarıyor",
"haberinde"), chanted slogans.

Run from anywhere: python corpus/tools/select_round10.py (reads ../shared/data/TTC-3600).
Articles added since this round are "in the corpus" and drop out, so a later run differs.
"""
import regex as re

from candidates import Pool, print_dev_picks

YAZ = re.compile(r"\w+(?:d[ıiuü]ğ|t[ıiuü]ğ|[ae]c[ae]ğ)[ıiuü]n[ıi]\s+(?:\S+\s+){0,3}?yaz(?:dı|an|ıyor|mış|arak)\b", re.I)
REL = re.compile(r"\b(?:aktarıyor|aktarıldı|aktarılıyor|haberinde|yazısında|köşesinde|makalesinde)\b", re.I)
SLO = re.compile(r"slogan\w*", re.I)

pool = Pool()
for r in pool.rows:
    t = r["t"]
    r["yaz"], r["rel"] = len(YAZ.findall(t)), len(REL.findall(t))
    r["slo"] = len(SLO.findall(t)) if r["q"] >= 2 else 0
print_dev_picks(pool, (("yaz", lambda r: (r["yaz"], r["q"]), 3),
                       ("rel", lambda r: (r["rel"], r["q"]), 2),
                       ("slo", lambda r: (r["slo"], r["q"]), 1)),
                ("yaz", "rel", "slo", "q", "n"))
