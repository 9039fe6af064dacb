"""Round 63 (session 35, dev only), written before any candidate text was read.

The test split is siyaset and ekonomi news, where its two missed targets lie (strict speakers of direct
quotes, agreements), while round 52's rule takes at most two articles per category, so rounds 52-62
drew mostly health, culture, sport and technology news. This round applies round 52's ranking (speech
cues, ties broken by length; ``select_round52.SPEECH_CUE``) to the unread siyaset and ekonomi dev-pool
articles only, four of each, after the articles read while fixing round 62 joined ``read_lists.READ``
(``read_session35.txt``). Left out as in round 52: read articles, agreement-pool articles and near-copies
of corpus texts or of an article picked before.

Run from the repository root: python corpus/tools/select_round63.py (reads ../shared/data/TTC-3600).
Articles added since this round drop out, so a later run differs.
"""
from candidates import Pool, shingles, unread_dev_candidate
from select_round52 import SPEECH_CUE


def pick(per_category: int = 4, categories=("siyaset", "ekonomi")) -> list[dict]:
    pool = Pool()
    for r in pool.rows:
        r["cue"] = len(SPEECH_CUE.findall(r["t"]))
    candidate = unread_dev_candidate()
    picked, seen = [], []
    for cat in categories:
        taken = 0
        for r in pool.top(lambda r: (r["cue"], r["n"]), lambda r, c=cat: candidate(r) and r["cat"] == c, 60):
            own = shingles(r["t"])
            if any(len(own & other) > 0.8 * max(1, len(own)) for other in seen):
                continue
            if taken < per_category:
                seen.append(own)
                taken += 1
                picked.append(r)
    return picked


if __name__ == "__main__":
    for r in pick():
        print("dev", "round63", r["id"], r["cue"], r["n"])
