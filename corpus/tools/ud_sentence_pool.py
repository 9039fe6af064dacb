"""A pool of single sentences for agreement rules from the UD Turkish treebanks' running text
(``../shared/data/UD_Turkish-{BOUN,IMST,Penn,PUD}``, every split; the ``# text`` line of each
sentence, its spaced punctuation closed up): news and essays (BOUN, IMST), translated financial news
(Penn: the Wall Street Journal), translated news and Wikipedia (PUD).  Kenet (dictionary examples),
Atis (flight queries), Tourism (reviews), GB (grammar-book examples) and FrameNet are left out.

Dev material: no test document comes from these treebanks.  The treebanks carry their own licences
(each folder's LICENSE.txt; some are non-commercial), so, as with the NER corpus
(``ner_sentence_pool.py``), neither the sentences nor annotations that quote them are committed: this
script prints the sample (JSON Lines: id, text) for local use.  The bundled stanza models were trained
on BOUN's train split, so the stanza analyzer has seen those sentences; the rules analyzer is the
pool's blind figure.

Session 27 drew seed 64, 160 sentences (annotators MZ, NA, NB, NC).  Session 28 drew a second pool,
seed 66, 120 sentences, leaving out the first (``66 120 64:160``).  Session 44 drew the 32 left
(``70 32 64:160 66:120``; annotators ADT, ADU), after its agreement rules.

Run from the repository root:
    python corpus/tools/ud_sentence_pool.py SEED N [EARLIER_SEED:EARLIER_N ...] > sample.jsonl
(sentences drawn by the earlier samples are left out of the new one).
"""
import glob
import json
import random
import sys

from ner_sentence_pool import HEAD, detokenize

TREEBANKS = ("BOUN", "IMST", "Penn", "PUD")
DATA = "../shared/data/UD_Turkish-{}/*.conllu"


def sentences():
    """(id, text) of every sentence of the chosen treebanks, in file order."""
    for bank in TREEBANKS:
        for path in sorted(glob.glob(DATA.format(bank))):
            split = path.rsplit("-", 1)[1].split(".")[0]
            sent_id = None
            for line in open(path, encoding="utf-8"):
                if line.startswith("# sent_id"):
                    sent_id = line.split("=", 1)[1].strip()
                elif line.startswith("# text =") and sent_id is not None:
                    yield f"ud-{bank.lower()}-{split}-{sent_id}", detokenize(line.split("=", 1)[1].strip())


def main(seed: int, n: int, earlier: list[tuple[int, int]] = ()) -> None:
    hits = [(i, t) for i, t in sentences() if HEAD.search(t) and 6 <= len(t.split()) <= 60]
    seen, unique = set(), []
    for i, t in hits:  # a sentence shared by two treebanks is drawn once
        if t not in seen:
            seen.add(t)
            unique.append((i, t))
    for earlier_seed, earlier_n in earlier:
        random.seed(earlier_seed)
        drawn = set(random.sample(unique, min(earlier_n, len(unique))))
        unique = [hit for hit in unique if hit not in drawn]
    random.seed(seed)
    for i, t in random.sample(unique, min(n, len(unique))):
        print(json.dumps({"id": i, "text": t}, ensure_ascii=False))
    print(f"{len(unique)} sentences hold a head; drew {min(n, len(unique))}", file=sys.stderr)


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]),
         [tuple(map(int, arg.split(":"))) for arg in sys.argv[3:]])
