"""A pool of single sentences for agreement rules from the TTC-3600 articles of the dev split that
are not in the corpus (``candidates.Pool``), so that rules made on the older NER-corpus pools can be
checked on the news the corpus comes from.

Articles that share 10 % or more of their five-word sequences with a test document are left out
(near-copies such as ekonomi-30 of test ekonomi-37), and so is any sentence found in a corpus text.
The script prints the sample (JSON Lines: id, text); annotations are kept outside the repository
like those of the NER-corpus pools (``ner_sentence_pool.py``).  Session 22 drew seed 52, 160
sentences (annotators KZ, LA).  Dev material: no test document's text is in it.

Session 25 drew seed 62, 120 sentences, leaving out seed 52's draw and every article of the
article pools (``62 120 52:160 --skip-pools``; annotators MR-MU).  Session 26 drew seed 63, 160
sentences, leaving out both earlier draws' sentences and (``--skip-pools``) every article of the article
pools and of session 25's sentence pool (``63 160 52:160 --skip-pools``; annotators MV-MY).

Run from the repository root:
    python corpus/tools/ttc_sentence_pool.py SEED N [EARLIER_SEED:EARLIER_N ...] [--skip-pools] > sample.jsonl
(``--skip-pools``: no sentence of an article in ``corpus/pools/*/gold``).
"""
import glob
import json
import os
import random
import sys

import regex

from candidates import ROOT, Pool, near_test, shingles
from make_article import normalise
from ner_sentence_pool import HEAD

sys.path.insert(0, str(ROOT.parent / "src"))
from tr_diplo_ie import segment  # noqa: E402


def main(seed: int, n: int, earlier: list[tuple[int, int]] = (), skip_pools: bool = False) -> None:
    # an article pool's gold is named by the article; a sentence pool's by the sentence ("…-s4"), whose
    # article is left out too (since session 26; session 25's draw had no sentence pool to leave out)
    pooled = {regex.sub(r"-s\d+\Z", "", os.path.basename(p)[:-5])
              for p in glob.glob(str(ROOT / "pools" / "*" / "gold" / "*.json"))} if skip_pools else set()
    near = near_test()
    corpus_text = "\n".join(open(p, encoding="utf-8").read() for p in glob.glob(str(ROOT / "articles" / "*.txt")))
    hits = []
    for row in Pool().rows:
        if row["split"] != "dev":
            continue
        text = normalise(row["t"])
        if near(shingles(text)):
            continue
        for k, (start, end) in enumerate(segment.sentence_spans(text)):
            sentence = " ".join(text[start:end].split())
            if HEAD.search(sentence) and 8 <= len(sentence.split()) <= 60 and sentence not in corpus_text:
                hits.append((f"{row['id']}-s{k}", sentence))
    all_hits = list(hits)  # earlier draws were made from every dev-pool article
    for earlier_seed, earlier_n in earlier:
        random.seed(earlier_seed)
        drawn = set(random.sample(all_hits, earlier_n))
        hits = [hit for hit in hits if hit not in drawn]
    hits = [hit for hit in hits if hit[0].rsplit("-s", 1)[0] not in pooled]
    random.seed(seed)
    for sid, sentence in sorted(random.sample(hits, min(n, len(hits)))):
        print(json.dumps({"id": sid, "text": sentence}, ensure_ascii=False))
    print(len(hits), "sentences hold a head", file=sys.stderr)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--skip-pools"]
    main(int(args[0]), int(args[1]), [tuple(int(x) for x in a.split(":")) for a in args[2:]],
         "--skip-pools" in sys.argv)
