#!/usr/bin/env python3
"""Document-length scaling: does extraction time grow linearly with a document's length?

Usage::

    python benchmarks/doc_scaling.py [--analyzer rules|stanza] [--sizes 1 10 100 300] [--shape-lengths 20000 80000] [--out benchmarks/results]

Each document is the corpus articles (``corpus/articles/*.txt``, sorted, cycled) joined with
blank lines until it holds N articles, one document per size; it goes through
``Pipeline.extract`` once (after one warm-up article).  Reported per size: characters, seconds,
milliseconds per 1,000 characters, records found, and the cost per character relative to the
smallest size.  A linear pipeline keeps that ratio near 1; a step that scans the text before
every sentence makes it grow with the size.  A second table times texts of unusual shape
(``SHAPES``: no sentence end, thousands of short quotes, one unclosed quote, thousands of
unclosed ones, …) at two lengths
(``--shape-lengths``, default 20,000 and 80,000 characters).  ``--analyzer rules`` (the default) times
segmentation and extraction, where such scans live; ``stanza`` adds the models' time.
Results go to ``benchmarks/results/doc_scaling.{json,md}``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from provenance import git_commit  # noqa: E402


def documents(sizes: list[int]) -> dict[int, str]:
    from tr_diplo_ie import article

    texts = [article.read_file(p).body for p in sorted((ROOT / "corpus" / "articles").glob("*.txt"))]
    return {n: "\n\n".join(texts[i % len(texts)] for i in range(n)) for n in sizes}


def run(analyzer: str, sizes: list[int]) -> list[dict]:
    from tr_diplo_ie.pipeline import Pipeline

    pipe = Pipeline(analyzer=analyzer)
    docs = documents(sizes)
    pipe.extract(docs[min(sizes)][:2000])  # warm-up: lexicons and patterns load once
    rows = []
    for n in sizes:
        body = docs[n]
        start = time.perf_counter()
        found = pipe.extract(body)
        seconds = time.perf_counter() - start
        rows.append({"articles": n, "chars": len(body), "seconds": round(seconds, 3),
                     "ms_per_1000_chars": round(1000 * seconds / len(body) * 1000, 3),
                     "quotes": len(found.quotes), "money": len(found.money), "dates": len(found.dates),
                     "agreements": len(found.agreements)})
    base = rows[0]["ms_per_1000_chars"]
    for row in rows:
        row["cost_per_char_vs_smallest"] = round(row["ms_per_1000_chars"] / base, 2) if base else None
    return rows


# Texts of unusual shape (what scraping and careless input produce), each repeated to a length; a
# linear pipeline costs the same per character at both lengths.
SHAPES = {
    "no sentence end": "Bakan Ali Yılmaz toplantıda konuştu ve ekonominin büyüyeceğini söyledi ",
    "many short quotes": '"a" ',
    "one unclosed quote": 'Bakan Yılmaz, "Ekonomi büyüyecek. | Yatırımlar artacak ve ihracat rekor kıracak. ',
    "many unclosed quotes": "“Ekonomi büyüyecek ",
    "many unclosed single quotes": "‘Ekonomi büyüyecek ",
    "many colon intros": "Bakan şöyle dedi: ",
    "one word per line": "Ankara\n",
    "only commas": "Ali, ",
    "only amounts": "3 milyar dolar ",
    "only dates": "22 Ağustos 2015 ",
}


def shaped(shape: str, chars: int) -> str:
    """``SHAPES[shape]`` repeated to about ``chars`` characters (a head before ``|`` once)."""
    head, _, unit = SHAPES[shape].rpartition("|")
    unit = unit.lstrip() if head else unit
    return head + unit * max(1, (chars - len(head)) // len(unit))


def run_shapes(analyzer: str, lengths: list[int]) -> list[dict]:
    from tr_diplo_ie.pipeline import Pipeline

    pipe = Pipeline(analyzer=analyzer)
    pipe.extract("Ali geldi.")
    rows = []
    for shape in SHAPES:
        row = {"shape": shape, "lengths": []}
        for chars in lengths:
            body = shaped(shape, chars)
            start = time.perf_counter()
            found = pipe.extract(body)
            seconds = time.perf_counter() - start
            row["lengths"].append({"chars": len(body), "seconds": round(seconds, 3),
                                   "ms_per_1000_chars": round(1000 * seconds / len(body) * 1000, 3),
                                   "records": len(found.quotes) + len(found.money) + len(found.dates)
                                   + len(found.agreements)})
        first, last = row["lengths"][0]["ms_per_1000_chars"], row["lengths"][-1]["ms_per_1000_chars"]
        row["cost_per_char_longest_vs_shortest"] = round(last / first, 2) if first else None
        rows.append(row)
    return rows


def markdown(report: dict) -> str:
    lines = ["# Document-length scaling", "",
             f"- date: {report['date']}", f"- git commit: {report['git_commit']}",
             f"- analyzer: {report['analyzer']}", f"- machine: {report['machine']}", "",
             "| articles joined | characters | seconds | ms per 1,000 chars | cost per char vs smallest "
             "| quotes | money | dates | agreements |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in report["rows"]:
        lines.append(f"| {r['articles']} | {r['chars']:,} | {r['seconds']} | {r['ms_per_1000_chars']} | "
                     f"{r['cost_per_char_vs_smallest']} | {r['quotes']} | {r['money']} | {r['dates']} | "
                     f"{r['agreements']} |")
    if report.get("shapes"):
        lengths = [f"{n:,}" for n in report["shape_lengths"]]
        lines += ["", "Texts of unusual shape (`SHAPES`), each repeated to the lengths below:", "",
                  "| shape | " + " | ".join(f"seconds at about {n} chars" for n in lengths)
                  + " | records at the longest | cost per char, longest vs shortest |",
                  "|---|" + "---:|" * (len(lengths) + 2)]
        for r in report["shapes"]:
            lines.append(f"| {r['shape']} | " + " | ".join(str(x["seconds"]) for x in r["lengths"])
                         + f" | {r['lengths'][-1]['records']} | {r['cost_per_char_longest_vs_shortest']} |")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--analyzer", choices=("rules", "stanza"), default="rules")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100, 300])
    parser.add_argument("--shape-lengths", type=int, nargs="*", default=[20_000, 80_000],
                        help="lengths (characters) of the unusual-shape texts; none to skip them")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    args = parser.parse_args(argv)
    sizes = sorted(set(args.sizes))
    if sizes[0] < 1:
        parser.error("--sizes must be positive")
    report = {"date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), "git_commit": git_commit(),
              "analyzer": args.analyzer, "machine": f"{platform.machine()}, Python {platform.python_version()}",
              "rows": run(args.analyzer, sizes),
              "shape_lengths": sorted(set(args.shape_lengths)),
              "shapes": run_shapes(args.analyzer, sorted(set(args.shape_lengths))) if args.shape_lengths else []}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "doc_scaling.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    (args.out / "doc_scaling.md").write_text(markdown(report), encoding="utf-8")
    print(markdown(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
