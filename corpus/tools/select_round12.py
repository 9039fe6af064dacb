"""Round 12 selection (session 7, dev only), written before any candidate text was read.

Two classes of the blind round-9 test documents that round 11 did not reach: a person's
name run into the name of a newspaper or channel right after it ("Abdullah Gül Financial
Times'a ..."), where NER joins both, and a report relayed with "... aktardığı haber
şöyle:". Chanted slogans ('"..." slogan attı') were looked for too: no dev article has one.

Run from anywhere: python corpus/tools/select_round12.py (reads ../shared/data/TTC-3600).
Articles added since this round are "in the corpus" and drop out, so a later run differs.
"""
import regex as re

from candidates import Pool, print_dev_picks

CHANT = re.compile(r"[\"”\x94]\s*(?:\S+\s+){0,2}?slogan\w*\s+at", re.I)
RELAY = re.compile(r"aktardığı\s+(?:\S+\s+){0,2}?haber\w*\s+şöyle|haber\w*\s+şöyle\s*:", re.I)
MEDIA = re.compile(r"\b\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+(?:Financial Times|New York Times|Washington Post"
                   r"|Wall Street Journal|Guardian|Der Spiegel|Le Monde|BBC|CNN)\w*", re.I)

pool = Pool()
for r in pool.rows:
    t = r["t"]
    r["chant"], r["relay"], r["media"] = len(CHANT.findall(t)), len(RELAY.findall(t)), len(MEDIA.findall(t))
print_dev_picks(pool, [(name, lambda r, name=name: (r[name], r["q"]), k)
                      for name, k in (("chant", 1), ("relay", 1), ("media", 3))],
                ("chant", "relay", "media", "q", "n"))
