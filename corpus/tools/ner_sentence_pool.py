"""A pool of single news sentences for agreement rules, from the Turkish news NER corpus (Tür,
Hakkani-Tür & Oflazer 2003; ``../shared/data/NER_Turkish-News-Tur2003/reyyan.train.txt``).

Its licence is unclear (research and evaluation use only; see that folder's SOURCE.md), so neither
the sentences nor annotations that quote them are committed: this script prints the sample (JSON
Lines: id, text) for local use.  Session 21 drew seed 49, 160 sentences, annotated blind for
agreements only (annotators KT, KU) and kept outside the repository; the figures are in
``benchmarks/results/test_gaps.md``.  Session 22 drew a second pool, seed 50, 160 sentences, leaving out
the first (``50 160 49:160``; annotators KV, KW), and a third, seed 51, leaving out both
(``51 160 49:160 50:160``; annotators KX, KY).  It is dev material: no test document comes from this
corpus.

Session 25 drew two more from the train file (seed 59, ``59 160 49:160 50:160 51:160``, annotators
MG-MJ; seed 60, ``60 160 49:160 50:160 51:160 59:160``, MK-MN), and one from the corpus's own test
file (``--file test``, seed 61: every sentence there holding a head; ids ``ner-test-…``).  Session 28
drew the last 37 train sentences with a head (``65 160 49:160 50:160 51:160 59:160 60:160``, annotators
NH, NI).

Run from the repository root:
    python corpus/tools/ner_sentence_pool.py SEED N [EARLIER_SEED:EARLIER_N ...] [--file test] > sample.jsonl
(sentences drawn by the earlier samples are left out of the new one; N larger than the sentences
left draws them all).
"""
import json
import random
import re
import sys

SOURCE = "../shared/data/NER_Turkish-News-Tur2003/reyyan.{}.txt"
# a word that holds an agreement head (not "anlaşmazlık", "kararlı", "planlama")
HEAD = re.compile(r"(?i)\b(?:\w+\s)?(anlaşma(?!z)|antlaşma|mutabakat|protokol|sözleşme|muhtıra|bildiri"
                  r"|deklarasyon|karar(?!l[ıi]|s[ıi]z)|plan(?!la)|yol harita)")


def glue_punctuation(text: str) -> str:
    """Punctuation written apart by the corpus's tokeniser glued back: ``Ankara , (  PKK )``."""
    text = re.sub(r"\s+([,.;:!?)])", r"\1", text)
    return re.sub(r"\(\s+", "(", text)


def detokenize(line: str) -> str:
    """Bracketed entities and spaced punctuation back to running text, with a final stop."""
    line = re.sub(r"\[(?:PER|LOC|ORG) ([^\]]*?)\s*\]", r"\1", line)
    line = re.sub(r"\s+'\s*", "'", line)
    line = glue_punctuation(line)
    line = re.sub(r'"\s+([^"]*?)\s+"', r'"\1"', line)
    line = re.sub(r"\s+", " ", line).strip()
    if line and line[-1] not in '.!?"':
        line += "."
    return line


def main(seed: int, n: int, earlier: list[tuple[int, int]] = (), part: str = "train") -> None:
    lines = [detokenize(line) for line in open(SOURCE.format(part), encoding="utf-8-sig")]
    hits = [(i, line) for i, line in enumerate(lines) if HEAD.search(line) and 8 <= len(line.split()) <= 60]
    for earlier_seed, earlier_n in earlier:
        random.seed(earlier_seed)
        drawn = set(random.sample(hits, earlier_n))
        hits = [hit for hit in hits if hit not in drawn]
    random.seed(seed)
    for i, line in sorted(random.sample(hits, min(n, len(hits)))):
        print(json.dumps({"id": f"ner-{part}-{i}", "text": line}, ensure_ascii=False))
    print(len(hits), "sentences hold a head", file=sys.stderr)


if __name__ == "__main__":
    args = sys.argv[1:]
    file_part = "train"
    if "--file" in args:
        k = args.index("--file")
        file_part = args[k + 1]
        del args[k:k + 2]
    main(int(args[0]), int(args[1]), [tuple(int(x) for x in arg.split(":")) for arg in args[2:]], file_part)
