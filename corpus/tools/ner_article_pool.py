"""A pool of whole news stories for speaker rules, rebuilt from the Turkish news NER corpus (Tür,
Hakkani-Tür & Oflazer 2003; ``../shared/data/NER_Turkish-News-Tur2003/reyyan.test.txt``).

The corpus keeps its sentences in newspaper order, one per line, tokenised, with entity brackets.
A story starts at a lead whose first word is written in capitals (Milliyet's style: ``TRABZONSPOR,
Fenerbahçe karşısında …``, ``DEVLET Bakanı …``); a story runs to the next lead.  Lines are
detokenised: entity brackets dropped, suffix apostrophes glued (``Ankara 'da`` -> ``Ankara'da``),
quote marks glued to their words, and a lone ``'`` whose next lone mark is ``"`` read as an opening
``"`` (the corpus lost most opening double marks that way: ``' Partimiz … koruyacaktır " diye
konuştu``).  A line of six words or fewer is a headline or crosshead and stands as its own paragraph;
the other lines of a story run on as one paragraph.  Stories are kept when they hold two verbs of
saying or more, have 400-4,500 characters, no backtick and an even number of ``"``; a story printed
twice in the corpus is kept once.

The test file is used because the shipped NER model was trained on the train file (``models/README.md``):
its entities here are as good as on any new text.  Its licence is unclear (research and evaluation
use only; see that folder's SOURCE.md), so neither the stories nor annotations that quote them are
committed; this script prints them (JSON Lines: id, text) for local use.  It is dev material: no test
document comes from this corpus.  Session 40 drew every story (annotators YQ-YT, quotes only, blind);
the figures are in ``benchmarks/results/test_gaps.md``.

The train file's stories (``train``) are read the same way; the NER model has seen their entities,
so its tags there are better than on new text, and figures on them flatter the speaker rules that
lean on NER.  Session 40 drew 40 of them at random (``train --sample 40 --seed 40``; annotators YU-ZB,
blind, quotes only) after the test file's round, and the next 40 of the same order (``train --sample 40
--seed 40 --offset 40``; annotators ZC-ZJ) after the first round's rules, and the last 33 (``--offset 80``;
annotators ZK-ZQ) after the second's.  A fourth round took every clean train story longer than
4,500 characters (``train --min-chars 4501 --max-chars 100000``: 36, most of them several news items
run together; annotators ZR-ZY).

Session 41 read the stories for agreements (``--kind agreements``: any story that holds an agreement
head noun of the spec's types, ``karar``, ``plan`` and ``program`` included, whatever its quote
marks): the test file's 27 and the train file's in one seeded order (``train --kind agreements --sample
21 --seed 41``, then ``--sample 48`` at ``--offset 21``, ``69``, ``117`` and ``165``), annotated for
agreements only.
It also read the clean train stories with one verb of saying (``train --min-cues 1 --max-cues 1``) for
quotes, after every story with two or more had been drawn.  Session 42 drew the next 48 of the agreement order
(``--offset 213``) and the rest of the one-cue stories; session 43 the last 15 of the agreement order
(``--offset 261``).
Session 44 took what those filters had left: clean stories with none of the verbs of ``SAYING`` but
a quote mark or another verb of saying (``OTHER_SAYING``: ``ifadelerini kullandı``, ``dile
getirdi``, ``savundu``, present-tense ``söylüyor``, …), for quotes (all 24 of ``test --min-cues 0 --max-cues
0 --other-cues`` and ``train … --sample 24 --seed 44``; speech is sparse in them, so they measure false quotes as much
as missed ones); and, for agreements, the test file's stories longer than 4,500 characters and a sample of the train file's
(``--kind agreements --min-chars 4501 --max-chars 1000000``: all 10 of ``test``, ``train --sample 14
--seed 44``).  After the rules made on those, the next of both seeded orders were drawn (quotes:
``train … --sample 24 --seed 44 --offset 24``; agreements: ``train … --sample 16 --seed 44 --offset 14``).
That second agreement draw held one required item in 16 stories, so a last draw took, of the long train
stories not drawn yet, those with a head of a signed document (``--signed-heads``: not only ``karar``,
``plan``, ``program``): ``train --kind agreements --min-chars 4501 --max-chars 1000000 --sample 91
--seed 44 --offset 30 --signed-heads`` (the rest of the same seeded order: 36 stories; annotators ADV-AEC).

Run from the repository root:
    python corpus/tools/ner_article_pool.py [test|train] [--sample N --seed S [--offset K]]
        [--min-chars 400 --max-chars 4500] [--kind speech|agreements]
        [--min-cues N --max-cues N [--other-cues]] > stories.jsonl
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys

from ner_sentence_pool import glue_punctuation

SOURCE = "../shared/data/NER_Turkish-News-Tur2003/reyyan.{}.txt"
ENTITY = re.compile(r"\[(?:PER|LOC|ORG) ([^\]]*?)\s*\]")
LEAD_WORD = re.compile(r"[A-ZÇĞİÖŞÜ]{4,}")
SAYING = re.compile(r"(?:söyledi|dedi|belirtti|konuştu|kaydetti|bildirdi|ifade etti|vurguladı"
                    r"|açıkladı|anlattı)\b")
OTHER_SAYING = re.compile(r'"|\b(?:ifadelerini kullandı|ifadesini kullandı|dile getirdi|ekledi|savundu|iddia etti'
                          r"|öne sürdü|uyardı|aktardı|yanıtını verdi|hatırlattı|anımsattı|duyurdu|yorumladı"
                          r"|değerlendirdi|söylüyor|diyor|belirtiyor|vurguluyor|savunuyor|anlatıyor)\b")
AGREEMENT_HEAD = re.compile(r"\b(?:anlaşma|antlaşma|muahede|pakt|mutabakat|memorandum|protokol|bildiri|deklarasyon"
                            r"|beyanname|ortak açıklama|karar|plan|program|yol harita|sözleşme)", re.IGNORECASE)
# the heads of signed documents only (no "karar", "plan", "program"): ``--signed-heads``
SIGNED_HEAD = re.compile(r"\b(?:anlaşma|antlaşma|muahede|pakt|mutabakat|memorandum|protokol|muhtıra|bildiri"
                         r"|deklarasyon|sözleşme)", re.IGNORECASE)
HEADLINE_WORDS = 6


def is_lead(line: str) -> bool:
    words = line.split()
    return len(words) > HEADLINE_WORDS and LEAD_WORD.fullmatch(words[0]) is not None


def stories(part: str = "test"):
    """(first line number, plain lines) of each story, in corpus order."""
    lines = [ENTITY.sub(r"\1", line.rstrip("\n").lstrip("\ufeff"))
             for line in open(SOURCE.format(part), encoding="utf-8")]
    start, current = 0, []
    for i, line in enumerate(lines):
        if is_lead(line) and current:
            yield start, current
            start, current = i, []
        current.append(line)
    if current:
        yield start, current


def _read_opening_singles(tokens: list[str]) -> None:
    marks = [i for i, token in enumerate(tokens) if token in ("'", '"')]
    for here, following in zip(marks, marks[1:]):
        if tokens[here] == "'" and tokens[following] == '"':
            tokens[here] = '"'


def detokenize(line: str) -> str:
    tokens = line.split()
    _read_opening_singles(tokens)
    out, open_marks = "", set()
    for token in tokens:
        if token in ("'", '"'):
            if token in open_marks:
                out = out.rstrip() + token + " "
                open_marks.discard(token)
            else:
                out += token
                open_marks.add(token)
        else:
            out += token + " "
    out = glue_punctuation(re.sub(r"\s+'(?=\w)", "'", out))
    out = re.sub(r"(\d) ?([.,]) (\d)", r"\1\2\3", out)
    out = re.sub(r"\s+", " ", out).strip()
    if out and out[-1] not in ".!?\"':…":
        out += "."
    return out


def story_text(lines: list[str]) -> str:
    paragraphs, running = [], []
    for line in lines:
        text = detokenize(line)
        if not text:
            continue
        if len(line.split()) <= HEADLINE_WORDS:
            if running:
                paragraphs.append(" ".join(running))
                running = []
            paragraphs.append(text.rstrip("."))
        else:
            running.append(text)
    if running:
        paragraphs.append(" ".join(running))
    return "\n\n".join(paragraphs)


def keep(text: str, kind: str, cues: tuple[int, int] = (2, 10**6), other_cues: bool = False) -> bool:
    """Whether a story is material for the round's kind of item; ``cues``: the least and most verbs
    of saying a speech story holds; ``other_cues``: it must also hold a quote mark or a verb of
    saying outside ``SAYING`` (``OTHER_SAYING``)."""
    if kind == "agreements":
        return AGREEMENT_HEAD.search(text) is not None
    return (cues[0] <= len(SAYING.findall(text)) <= cues[1] and "`" not in text and text.count('"') % 2 == 0
            and (not other_cues or OTHER_SAYING.search(text) is not None))


def main(argv=None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("part", nargs="?", default="test", choices=("test", "train"))
    parser.add_argument("--sample", type=int, help="draw this many of the kept stories at random")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--min-chars", type=int, default=400)
    parser.add_argument("--max-chars", type=int, default=4500)
    parser.add_argument("--kind", default="speech", choices=("speech", "agreements"),
                        help="speech: two verbs of saying, balanced marks; agreements: an agreement head noun")
    parser.add_argument("--min-cues", type=int, default=2, help="speech: the least verbs of saying")
    parser.add_argument("--max-cues", type=int, default=10**6, help="speech: the most verbs of saying")
    parser.add_argument("--other-cues", action="store_true",
                        help="speech: also require a quote mark or a verb of saying outside SAYING "
                             "(OTHER_SAYING; used with --max-cues 0)")
    parser.add_argument("--signed-heads", action="store_true",
                        help="agreements: of the stories drawn, keep those with a head of a signed document "
                             "(SIGNED_HEAD), not only karar/plan/program (the seeded order stays that of --kind)")
    parser.add_argument("--offset", type=int, default=0,
                        help="skip this many of the seeded order (a later round of the same draw)")
    args = parser.parse_args(argv)
    seen, kept = set(), []
    for start, lines in stories(args.part):
        if lines[0][:60] in seen:
            continue
        seen.add(lines[0][:60])
        text = story_text(lines)
        if not (args.min_chars <= len(text) <= args.max_chars and keep(text, args.kind, (args.min_cues, args.max_cues), args.other_cues)):
            continue
        kept.append({"id": f"nerstory-{args.part}-{start}", "text": text})
    print(len(kept), "stories kept", file=sys.stderr)
    if args.sample is not None:
        order = random.Random(args.seed).sample(kept, len(kept))  # its first N are sample(kept, N)
        kept = order[args.offset:args.offset + args.sample]
        kept.sort(key=lambda story: int(story["id"].rsplit("-", 1)[1]))
    if args.signed_heads:
        kept = [story for story in kept if SIGNED_HEAD.search(story["text"])]
    for story in kept:
        print(json.dumps(story, ensure_ascii=False))


if __name__ == "__main__":
    main()
