#!/usr/bin/env python3
"""Accuracy benchmark: our pipeline and peer systems on the dev and test gold corpora.

Usage::

    python benchmarks/run_accuracy.py [--analyzer auto|stanza|rules] [--splits dev test]
                                      [--subset LABEL SPLIT ID_FILE ...] [--out benchmarks/results]

Every system is scored with ``tr_diplo_ie.scoring.score_documents`` on the same
gold documents (whatever ``corpus/gold/<split>/*.json`` holds when run).  Peers
(``benchmarks/peers.py``) only produce one kind; they are reported on that kind.
``--subset`` adds a section scored on the documents of ``SPLIT`` whose ids
``ID_FILE`` lists (one per line, ``#`` comments), e.g. the test documents of
an earlier round, so that a grown split stays comparable with its old figures.
``--analyzer auto`` (default) uses the stanza pipeline when the bundled models
load and falls back to the rule analyzer otherwise (said in the results).

Writes ``accuracy.json`` and ``accuracy.md`` into ``--out``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

from tr_diplo_ie.gold import iter_gold_dir, to_gold  # noqa: E402
from tr_diplo_ie.scoring import score_documents  # noqa: E402

import peers  # noqa: E402
from provenance import git_commit  # noqa: E402

KINDS = ("quotes_direct", "quotes_indirect", "money", "dates", "agreements")
# kind -> attribute accuracies shown in the Markdown table
KEY_ATTRIBUTES = {
    "quotes_direct": ("speaker_strict", "speaker_lenient"),
    "quotes_indirect": ("speaker_strict", "speaker_lenient"),
    "money": ("approximate",),
    "dates": ("value",),
    "agreements": ("type", "status"),
}
# which tiers a peer is reported on
PEER_KINDS = {"dateparser": ("dates",), "price-parser": ("money",), "quote-regex": ("quotes_direct",)}


def load_pipeline(analyzer: str):
    """(Pipeline, analyzer used, note)."""
    from tr_diplo_ie.nlp.loader import ModelError
    from tr_diplo_ie.pipeline import Pipeline

    if analyzer in ("auto", "stanza"):
        try:
            pipe = Pipeline()
            return pipe, "stanza (" + ",".join(sorted(pipe.processors)) + ")", ""
        except (ModelError, Exception) as exc:  # any load failure: fall back when auto
            if analyzer == "stanza":
                raise
            note = f"stanza models could not be loaded ({exc}); used Pipeline(analyzer='rules')"
            return Pipeline(analyzer="rules"), "rules", note
    return Pipeline(analyzer="rules"), "rules", "run with --analyzer rules"


def read_ids(path: Path) -> list[str]:
    """The ids listed in ``path``: one per line; blank lines and ``#`` comments skipped."""
    ids = [line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines()]
    return [i for i in ids if i]


def run_split(gold_dir: Path, pipeline, ids: list[str] | None = None) -> dict:
    """Our scores and the peers' on the gold documents of ``gold_dir`` (only ``ids`` if given;
    an id without a gold document is an error, so a subset cannot shrink silently)."""
    from tr_diplo_ie.article import parse_date
    from tr_diplo_ie.records import Article

    golds = [doc for _, doc in iter_gold_dir(gold_dir)]
    if ids is not None:
        missing = sorted(set(ids) - {d["id"] for d in golds})
        if missing:
            raise SystemExit(f"{gold_dir}: no gold document for {', '.join(missing)}")
        golds = [d for d in golds if d["id"] in set(ids)]
    result = {"gold_dir": str(gold_dir.relative_to(ROOT)) if gold_dir.is_relative_to(ROOT) else str(gold_dir),
              "documents": len(golds), "document_ids": [d["id"] for d in golds], "systems": {}}
    if not golds:
        return result
    t0 = time.perf_counter()
    articles = [Article(id=d["id"], body=d["text"], published=parse_date(d.get("published"))) for d in golds]
    systems = [to_gold(x) for x in pipeline.pipe(articles)]
    ours = score_documents(zip(golds, systems))
    result["systems"]["tr_diplo_ie"] = {"kinds": list(KINDS), "seconds": time.perf_counter() - t0,
                                        "scores": ours}
    for name in peers.PEERS:
        t0 = time.perf_counter()
        try:
            docs = [peers.peer_document(d, name) for d in golds]
        except ImportError as exc:
            result["systems"][name] = {"kinds": list(PEER_KINDS[name]), "error": f"not installed: {exc}"}
            continue
        scores = score_documents(zip(golds, docs))
        result["systems"][name] = {"kinds": list(PEER_KINDS[name]), "seconds": time.perf_counter() - t0,
                                   "scores": {k: scores[k] for k in PEER_KINDS[name]}}
    return result


def _n(x) -> str:
    return "–" if x is None else f"{x:.2f}"


def markdown(report: dict) -> str:
    lines = ["# Accuracy benchmark", "",
             f"- date: {report['date']}", f"- git commit: {report['git_commit']}",
             f"- analyzer: {report['analyzer']}"]
    if report.get("note"):
        lines.append(f"- note: {report['note']}")
    lines += ["- scorer: `tr_diplo_ie.scoring.score_documents` for every system; cells are P/R/F1, "
              "attribute columns are accuracies over the true-positive pairs (n in brackets)",
              "- peers only answer one kind; their other columns are blank (see README.md for the mappings)",
              "- dev: rules may be tuned on it; test (and any subset of it): report only", ""]
    for split, res in report["splits"].items():
        where = f"`{res['gold_dir']}`" + (f", ids in `{res['ids_file']}`" if res.get("ids_file") else "")
        lines += [f"## {split} ({res['documents']} documents, {where})", ""]
        if not res["systems"]:
            lines += ["(no gold documents)", ""]
            continue
        header = ["system"]
        for kind in KINDS:
            header.append(f"{kind} P/R/F1")
            header += [f"{kind} {a}" for a in KEY_ATTRIBUTES[kind]]
        lines.append("| " + " | ".join(header) + " |")
        lines.append("|" + "---|" * len(header))
        for name, sysres in res["systems"].items():
            row = [name]
            for kind in KINDS:
                s = sysres.get("scores", {}).get(kind) if kind in sysres["kinds"] else None
                if s is None:
                    row.append("error" if "error" in sysres and kind in sysres["kinds"] else "")
                    row += [""] * len(KEY_ATTRIBUTES[kind])
                    continue
                row.append(f"{_n(s['precision'])}/{_n(s['recall'])}/{_n(s['f1'])} "
                           f"({s['tp']}/{s['fp']}/{s['fn']})")
                for a in KEY_ATTRIBUTES[kind]:
                    acc = s.get(a, {})
                    row.append(f"{_n(acc.get('accuracy'))} ({acc.get('total', 0)})")
            lines.append("| " + " | ".join(row) + " |")
        lines += ["", "(tp/fp/fn after P/R/F1)", ""]
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--analyzer", choices=("auto", "stanza", "rules"), default="auto")
    parser.add_argument("--splits", nargs="+", default=["dev", "test"])
    parser.add_argument("--gold-root", default=str(ROOT / "corpus" / "gold"))
    parser.add_argument("--subset", nargs=3, action="append", default=[], metavar=("LABEL", "SPLIT", "ID_FILE"),
                        help="also score the documents of SPLIT listed in ID_FILE, as section LABEL")
    parser.add_argument("--out", default=str(HERE / "results"))
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    pipeline, analyzer, note = load_pipeline(args.analyzer)
    load_seconds = time.perf_counter() - t0
    report = {"date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
              "git_commit": git_commit(), "analyzer": analyzer, "note": note,
              "model_load_seconds": load_seconds, "python": platform.python_version(),
              "peer_versions": {}, "splits": {}}
    for module, dist in (("dateparser", "dateparser"), ("price_parser", "price-parser")):
        try:
            from importlib.metadata import version
            report["peer_versions"][dist] = version(dist)
        except Exception:
            report["peer_versions"][dist] = None
    for split in args.splits:
        report["splits"][split] = run_split(Path(args.gold_root) / split, pipeline)
    for label, split, id_file in args.subset:
        if label in report["splits"]:
            parser.error(f"--subset label {label!r} is already a section")
        res = run_split(Path(args.gold_root) / split, pipeline, read_ids(Path(id_file)))
        res["ids_file"] = id_file
        report["splits"][label] = res

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "accuracy.json").write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n",
                                       encoding="utf-8")
    md = markdown(report)
    (out / "accuracy.md").write_text(md, encoding="utf-8")
    print(md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
