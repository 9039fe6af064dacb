"""NER (PER/LOC/ORG) on the Turkish news NER data of Tür, Hakkani-Tür & Oflazer (2003).

The data (``NER_Turkish-News-Tur2003/reyyan.{train,test}.txt``) is one tokenized
sentence per line with inline ``[PER … ]`` spans (UTF-8 with BOM, CRLF).  A dev
split is held out from train (every 10th sentence) for model selection; the test
file is used only by ``evaluate_ner``.  The data's licence is not stated: see
models/README.md before shipping a model trained on it.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Iterator

from .common import flag_args, log, run_trainer

STEPS_KEY = "max_steps"
DEV_EVERY = 10  # every 10th training sentence goes to dev
HYPER = {  # small enough to train on 2 CPU cores in well under an hour
    "max_steps": 6000,
    "batch_size": 32,
    "hidden_dim": 128,
    "char_hidden_dim": 64,
    "word_emb_dim": 32,  # the vocabulary (~60k words, no pretrain) dominates the file size
    "char_emb_dim": 50,
    "eval_interval": 500,
    "lr": 0.1,
}
FOLDER = "NER_Turkish-News-Tur2003"


def parse_line(line: str) -> list[tuple[str, str]]:
    """``"[PER Helmut Kohl ] 'ün"`` -> ``[("Helmut", "B-PER"), ("Kohl", "E-PER"), ("'ün", "O")]`` (BIOES)."""
    tokens: list[tuple[str, str]] = []
    entity: list[str] | None = None
    etype = ""
    for item in line.replace("\ufeff", "").split():
        if item.startswith("[") and item[1:] in ("PER", "LOC", "ORG"):
            entity, etype = [], item[1:]
        elif item == "]" and entity is not None:
            tokens.extend(_bioes(entity, etype))
            entity = None
        elif entity is not None:
            entity.append(item)
        else:
            tokens.append((item, "O"))
    if entity:  # an unclosed bracket: keep the words, as an entity
        tokens.extend(_bioes(entity, etype))
    return tokens


def _bioes(words: list[str], etype: str) -> list[tuple[str, str]]:
    if len(words) == 1:
        return [(words[0], f"S-{etype}")]
    tags = [f"B-{etype}"] + [f"I-{etype}"] * (len(words) - 2) + [f"E-{etype}"]
    return list(zip(words, tags))


def read(path: Path) -> Iterator[list[tuple[str, str]]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        for line in handle:
            sentence = parse_line(line.rstrip("\r\n"))
            if sentence:
                yield sentence


def attach_suffixes(sentence: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Glue split-off apostrophe suffixes back on ("Ankara", "'da" -> "Ankara'da"), as our
    tokenizer writes them; the tag of the word carries over."""
    out: list[tuple[str, str]] = []
    for word, tag in sentence:
        if out and word[:1] in "'’" and len(word) > 1 and word[1:].isalpha():
            out[-1] = (out[-1][0] + word, out[-1][1])
        else:
            out.append((word, tag))
    return out


def _mixed(sentences: Iterable[list[tuple[str, str]]]) -> Iterator[list[tuple[str, str]]]:
    """Every other sentence with suffixes glued on: the model learns both spellings."""
    for i, sentence in enumerate(sentences):
        yield attach_suffixes(sentence) if i % 2 else sentence


def _write(sentences: Iterable[list[tuple[str, str]]], path: Path) -> int:
    data = [[{"text": w, "ner": t} for w, t in sent] for sent in sentences]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return len(data)


def prepare(data: str | Path, work: Path) -> dict[str, Path]:
    """Write stanza NER JSON files (train, dev held out from train, test)."""
    folder = Path(data) / FOLDER
    train = list(read(folder / "reyyan.train.txt"))
    paths = {name: work / f"tr_ner.{name}.json" for name in ("train", "dev", "test")}
    counts = {
        "train": _write(_mixed(s for i, s in enumerate(train) if i % DEV_EVERY), paths["train"]),
        "dev": _write(_mixed(s for i, s in enumerate(train) if i % DEV_EVERY == 0), paths["dev"]),
        "test": _write(read(folder / "reyyan.test.txt"), paths["test"]),
    }
    log.info("NER sentences: %s", counts)
    return paths


def train(data: str | Path, out: str | Path, work: Path, pretrain: str | Path | None = None,
          finetune_from: str | Path | None = None, **overrides) -> float:
    """Train the NER model into ``out/tr_ner.pt`` (with word vectors when ``pretrain``
    names a stanza pretrain file, see ``training/pretrain.py``); ``finetune_from``
    continues training a saved model (stanza's NER trainer cannot resume a run, but it
    can start from a model); return wall seconds."""
    from stanza.models import ner_tagger

    paths = prepare(data, work)
    hyper = {**HYPER, **overrides}
    vectors = ["--wordvec_pretrain_file", str(pretrain)] if pretrain else ["--no_pretrain"]
    if pretrain:
        hyper.pop("word_emb_dim", None)  # taken from the vectors
    args = [
        "--mode", "train", "--train_file", paths["train"], "--eval_file", paths["dev"],
        "--shorthand", "tr_ner", "--save_dir", str(out), "--save_name", "tr_ner.pt",
        *vectors, "--scheme", "bioes",
    ]
    if finetune_from:
        args += ["--finetune", "--finetune_load_name", str(finetune_from)]
    args += flag_args(hyper)
    return run_trainer(ner_tagger.main, args)
