"""Metamorphic probes of the agreement rules on the dev pool (session 27).

Every dev-pool sentence (TTC-3600 dev-hash texts outside the corpus, ``candidates.Pool``) in which
the library finds an agreement is extracted again from variants that should not change the answer;
each difference is printed (JSON Lines: id, probe, the original mentions, the variant's, the
variant).  Differences are leads for dev rules, not errors by themselves: a variant that cuts a
sentence also cuts the cue before the cut.

Probes:
    capital     the sentence started, capitalised, one word before the mention ("w1") or at it ("m0")
    apostrophe  its apostrophes spaced ("Yunanistan 'ın") or curled (’)
    quotes      its double quote marks curled (“…”) or straightened
    adverb      "Öte yandan " put before it, its first word lowered when the article writes that word
                in lower case elsewhere

Run from the repository root (rules analyzer; a few minutes each):
    python corpus/tools/metamorphic_probe.py PROBE > differences.jsonl
"""
import json
import sys
from pathlib import Path

import regex

from candidates import Pool
from make_article import normalise

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
from tr_diplo_ie import Pipeline, segment  # noqa: E402
from tr_diplo_ie.textnorm import tr_lower  # noqa: E402


def _upper_first(s: str) -> str:
    return {"i": "İ", "ı": "I"}.get(s[0], s[0].upper()) + s[1:]


def _curly(s: str) -> str:
    out, opening = [], True
    for ch in s:
        if ch == '"':
            out.append("“" if opening else "”")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


def _variants(probe: str, sent: str, mentions, article: str):
    """(label, variant, the mention the variant was made for or None) of one sentence."""
    if probe == "capital":
        for a in mentions:
            before = [m for m in regex.finditer(r"\S+", sent) if m.end() <= a.start]
            for label, start in (("w1", before[-1].start() if before else None), ("m0", a.start)):
                if start and regex.match(r"\p{Ll}", sent[start]):
                    yield label, _upper_first(sent[start:]), a
    elif probe == "apostrophe" and regex.search(r"\w['’]\w", sent):
        yield "spaced", regex.sub(r"(\w)['’](\w)", r"\1 '\2", sent), None
        yield "curly", regex.sub(r"(\w)'(\w)", r"\1’\2", sent), None
    elif probe == "quotes" and regex.search(r'["“”]', sent):
        yield "curly", _curly(sent), None
        yield "straight", regex.sub(r"[“”]", '"', sent), None
    elif probe == "adverb":
        m = regex.match(r"\p{Lu}\p{Ll}+(?=\s)", sent)
        if m and regex.search(r"(?<!\p{L})" + regex.escape(tr_lower(m.group())) + r"(?!\p{L})", article):
            yield "adverb", "Öte yandan " + tr_lower(m.group()) + sent[m.end():], None


def _key(agreements):
    return sorted((regex.sub(r"\s*['’]\s*", "'", tr_lower(a.text)).strip("\"“”"), a.status) for a in agreements)


def main(probe: str) -> None:
    nlp = Pipeline(analyzer="rules")
    n = 0
    for row in Pool().rows:
        if row["split"] != "dev":
            continue
        text = normalise(row["t"])
        for start, end in segment.sentence_spans(text):
            sent = text[start:end]
            found = nlp.extract(sent).agreements
            if not found:
                continue
            for label, variant, target in _variants(probe, sent, found, text):
                got = nlp.extract(variant).agreements
                if target is not None:  # the same mention, ending at the same place, with the same status
                    shift = len(sent) - len(variant)
                    same = any(b.end + shift == target.end and b.status == target.status
                               and tr_lower(b.text) == tr_lower(target.text) for b in got)
                else:
                    same = _key(got) == _key(found)
                if not same:
                    n += 1
                    print(json.dumps({"id": row["id"], "probe": label, "orig": _key(found), "variant_found": _key(got),
                                      "variant": variant[:240]}, ensure_ascii=False))
    print(f"{n} differences", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
