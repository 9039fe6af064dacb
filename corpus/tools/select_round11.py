"""Round 11 selection (session 7, dev only), written before any candidate text was read.

Classes that the blind round-9 test documents showed and dev still lacks or holds
too rarely: chanted slogans ("slogan attı"), speech relayed by a reporter or a report
("... aktardığı haber şöyle:", "habere göre"), interviews given to a newspaper or a
channel ("X Y gazetesine verdiği röportajda", where NER joins a name to the paper's),
statements announced with "şöyle:" whose quote marks are lost, and described decisions
("... yapılmasına yönelik bir karar", "... için karar").

The first run (narrower interview and decision patterns: a paper's dative right before
"verdiği röportaj", and "-mAsInA yönelik karar") found one and no article; both were widened
before any text was read.

Run from anywhere: python corpus/tools/select_round11.py (reads ../shared/data/TTC-3600).
Articles added since this round are "in the corpus" and drop out, so a later run differs.
"""
import regex as re

from candidates import Pool, print_dev_picks

SLO = re.compile(r"slogan\w*", re.I)
REL = re.compile(r"\baktardığı\w*\s+(?:\S+\s+){0,2}?(?:haber|bilgi)\w*|\bhabere\s+göre\b|\bhaberde\w*\s+şöyle", re.I)
INTERVIEW = re.compile(r"(?:gazete|dergi|televizyon|kanal|ajans|radyo)\w*\s+(?:\S+\s+){0,3}?(?:verdiği|yaptığı)\s+(?:röportaj|mülakat|demeç|söyleşi|açıklama)", re.I)
LOST = re.compile(r"şöyle:\s*(?![\"“”'‘’])\p{Lu}")
DECISION = re.compile(r"(?:yönelik|ilişkin|dair)\s+(?:bir\s+)?karar\w*|\bkarar(?:ı)?\s+al(?:dı|ındı|dık)", re.I)

pool = Pool()
for r in pool.rows:
    t = r["t"]
    r["slo"] = len(SLO.findall(t)) if r["q"] >= 2 else 0
    r["rel"], r["int"] = len(REL.findall(t)), len(INTERVIEW.findall(t))
    r["lost"], r["dec"] = len(LOST.findall(t)), len(DECISION.findall(t))
print_dev_picks(pool, [(name, lambda r, name=name: (r[name], r["q"]), k)
                      for name, k in (("slo", 2), ("rel", 2), ("int", 2), ("lost", 1), ("dec", 1))],
                ("slo", "rel", "int", "lost", "dec", "q", "n"))
