"""Score NER from outside: CoNLL-U from ``tr-diplo-ie tag --pretokenized`` against the gold.

Entity F1 (exact span and type) per type and overall, on ``reyyan.test.txt``, with
and without the test sentences that also occur in the training file.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from .ner import FOLDER, read


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans ``(first, last, type)`` of a BIOES (or BIO) tag sequence."""
    found, start, etype = set(), None, None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, kind = tag.partition("-")
        if start is not None and (prefix in ("O", "B", "S") or kind != etype):
            found.add((start, i - 1, etype))
            start = None
        if prefix in ("B", "S") or (prefix in ("I", "E") and start is None):
            start, etype = i, kind
        if prefix in ("E", "S") and start is not None:
            found.add((start, i, etype))
            start = None
    return found


def read_conllu_tags(text: str) -> list[list[str]]:
    """The NER= tag of every surface token per sentence (a multi-word range counts once)."""
    sentences: list[list[str]] = []
    current: list[str] = []
    range_end = 0
    for line in text.splitlines() + [""]:
        if not line.strip():
            if current:
                sentences.append(current)
            current, range_end = [], 0
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        first, _, last = cols[0].partition("-")
        if "." in first or (not last and int(first) <= range_end):
            continue  # an empty node, or a word inside a multi-word token
        if last:
            range_end = int(last)
        misc = dict(item.split("=", 1) for item in cols[9].split("|") if "=" in item)
        current.append(misc.get("NER", "O"))
    return sentences


def score(gold: list[list[str]], pred: list[list[str]], keep: list[bool]) -> dict:
    counts = {t: Counter() for t in ("PER", "LOC", "ORG", "ALL")}
    for g_tags, p_tags, use in zip(gold, pred, keep):
        if not use:
            continue
        g, p = spans(g_tags), spans(p_tags)
        for etype in ("PER", "LOC", "ORG"):
            gs = {s for s in g if s[2] == etype}
            ps = {s for s in p if s[2] == etype}
            for key, value in (("tp", len(gs & ps)), ("fp", len(ps - gs)), ("fn", len(gs - ps))):
                counts[etype][key] += value
                counts["ALL"][key] += value
    result = {}
    for etype, c in counts.items():
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        result[etype] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), **c}
    return result


def evaluate(data: str | Path, models: str | Path, processors: str = "tokenize,ner") -> dict:
    """Tag the test file through the CLI and score it; returns scores with and without overlap."""
    folder = Path(data) / FOLDER
    test = list(read(folder / "reyyan.test.txt"))
    train_lines = {" ".join(w for w, _ in s) for s in read(folder / "reyyan.train.txt")}
    keep_all = [True] * len(test)
    keep_new = [" ".join(w for w, _ in s) not in train_lines for s in test]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "test.txt"
        path.write_text("\n".join(" ".join(w for w, _ in s) for s in test) + "\n", encoding="utf-8")
        out = subprocess.run(
            [sys.executable, "-m", "tr_diplo_ie", "tag", "--pretokenized", "--format", "conllu",
             "--models", str(models), "--processors", processors, str(path)],
            check=True, capture_output=True, text=True,
        ).stdout
    pred = read_conllu_tags(out)
    gold = [[t for _, t in s] for s in test]
    if len(pred) != len(gold):
        raise RuntimeError(f"{len(pred)} tagged sentences for {len(gold)} gold sentences")
    return {"all": score(gold, pred, keep_all), "without_train_overlap": score(gold, pred, keep_new),
            "sentences": len(test), "overlapping": keep_new.count(False)}
