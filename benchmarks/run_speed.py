#!/usr/bin/env python3
"""Speed benchmark: tokenizer, full analysis, analysis + extraction.

Usage::

    python benchmarks/run_speed.py [--analyzer stanza|rules] [--sample 200] [--repeat 1]
                                   [--out benchmarks/results]

Articles (fixed, so runs are comparable): every ``corpus/articles/*.txt`` plus a
fixed sample of TTC-3600 texts from ``/work/shared/data/TTC-3600/ttc3600_orj.jsonl``
when that file exists (``--ttc``; every k-th line so that ``--sample`` texts are
taken, white space collapsed; the data is read, never copied into the repository).

Measured, in one process and one run:

(a) tokenizer only: ``Pipeline(processors=["tokenize", "mwt"])`` (``["tokenize"]``
    when there is no MWT model), ``analyze`` per article;
(b) full analysis: ``Pipeline()`` analysing the articles in the same batches that
    ``Pipeline.pipe`` uses (batch 16), without extraction;
(c) analysis + extraction: ``Pipeline.pipe`` (batch 16);
(b) and (c) are interleaved batch by batch (b then c on one batch, c then b on the next,
and the other way round in the next repetition: a batch analysed a second time right after
itself runs faster), so that a machine that slows down or speeds up during the run, or has a
noisy spell, does not favour one of them; each phase's time is the sum over batches of the best of
``--repeat`` timings of that batch (the best whole pass is reported too);
the extraction overhead ratio (c)/(b) (target <= 1.10), articles/s and tokens/s
(tokens = surface tokens of the (b) analyses), peak RSS after each phase
(``resource.getrusage``), and model load times.

``--analyzer rules`` runs the same phases with the rule analyzer (no models; a
smoke test: (a) = (b) = rule segmentation).  With ``--analyzer stanza`` and no
loadable models the script says which models are missing and exits 2 without
touching the results.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

from tr_diplo_ie import article as article_io  # noqa: E402
from tr_diplo_ie.records import Article  # noqa: E402
from provenance import git_commit  # noqa: E402

TTC = Path("/work/shared/data/TTC-3600/ttc3600_orj.jsonl")
BATCH = 16


def peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux (bytes on macOS)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def load_articles(ttc: Path, sample: int) -> tuple[list[Article], dict]:
    articles = []
    for path in sorted((ROOT / "corpus" / "articles").glob("*.txt")):
        articles.append(article_io.read_file(path))
    source = {"corpus_articles": len(articles), "ttc_path": None, "ttc_sample": 0}
    if ttc.is_file() and sample > 0:
        lines = ttc.read_text(encoding="utf-8").splitlines()
        step = max(1, len(lines) // sample)
        taken = 0
        for number in range(0, len(lines), step):
            if taken >= sample:
                break
            try:
                record = json.loads(lines[number])
            except ValueError:
                continue
            body = " ".join(str(record.get("text", "")).split())
            if body:
                articles.append(Article(id=f"ttc-{number}", body=body, published=None))
                taken += 1
        source.update(ttc_path=str(ttc), ttc_sample=taken, ttc_step=step)
    return articles, source


def _batches(items, size=BATCH):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def analyze_batched(pipe, texts: list[str]) -> list:
    """Analyses in the batches that Pipeline.pipe uses (no extraction)."""
    many = getattr(pipe, "_analyze_many", None)
    if getattr(pipe, "_nlp", None) is None or many is None:
        return [pipe.analyze(t) for t in texts]
    out = []
    for batch in _batches(texts):
        out.extend(many(batch))
    return out


def count_tokens(analyses) -> int:
    return sum(len(s.tokens) for a in analyses for s in a.sentences)


def timed(fn, repeat: int):
    best, result = None, None
    for _ in range(max(1, repeat)):
        t0 = time.perf_counter()
        result = fn()
        elapsed = time.perf_counter() - t0
        best = elapsed if best is None else min(best, elapsed)
    return best, result


def run(analyzer: str, articles: list[Article], repeat: int) -> dict:
    from tr_diplo_ie.pipeline import Pipeline

    texts = [a.body for a in articles]
    res: dict = {"phases": {}, "model_load_seconds": {}}
    warm = articles[:2]

    # (a) tokenizer only
    t0 = time.perf_counter()
    if analyzer == "stanza":
        try:
            tok = Pipeline(processors=["tokenize", "mwt"])
            res["tokenizer_processors"] = ["tokenize", "mwt"]
        except Exception as exc:  # no MWT model: tokenizer alone
            res["tokenizer_note"] = f"tokenize+mwt not loadable ({exc}); tokenize only"
            tok = Pipeline(processors=["tokenize"])
            res["tokenizer_processors"] = ["tokenize"]
    else:
        tok = Pipeline(analyzer="rules")
    res["model_load_seconds"]["tokenizer"] = time.perf_counter() - t0
    for a in warm:
        tok.analyze(a.body)
    seconds, analyses_a = timed(lambda: [tok.analyze(t) for t in texts], repeat)
    res["phases"]["a_tokenize"] = {"seconds": seconds, "tokens": count_tokens(analyses_a),
                                   "peak_rss_mb": peak_rss_mb()}
    del tok, analyses_a

    # (b) full analysis, (c) analysis + extraction, same Pipeline
    t0 = time.perf_counter()
    full = Pipeline() if analyzer == "stanza" else Pipeline(analyzer="rules")
    res["model_load_seconds"]["full"] = time.perf_counter() - t0
    res["processors"] = sorted(full.processors)
    list(full.pipe(warm))
    # (b) and (c) interleaved batch by batch, so that the machine's drift and its noisy spells hit
    # both alike; every batch is timed `repeat` times in each phase
    batches = list(_batches(articles))
    times_b = [[] for _ in batches]
    times_c = [[] for _ in batches]
    analyses_b: list = []
    extractions: list = []
    rss_b = rss_c = 0.0
    for rep in range(max(1, repeat)):
        last = rep == max(1, repeat) - 1
        for k, batch in enumerate(batches):
            texts_k = [a.body for a in batch]
            # a batch analysed right after the same batch runs faster (warm caches), so the order
            # flips with the batch and with the repetition: every batch is timed second in each phase
            for phase in (("b", "c") if (k + rep) % 2 == 0 else ("c", "b")):
                if phase == "b":
                    elapsed, out = timed(lambda: analyze_batched(full, texts_k), 1)
                    times_b[k].append(elapsed)
                    rss_b = max(rss_b, peak_rss_mb())
                    if last:
                        analyses_b.extend(out)
                else:
                    elapsed, out = timed(lambda: list(full.pipe(batch, batch_size=BATCH)), 1)
                    times_c[k].append(elapsed)
                    rss_c = max(rss_c, peak_rss_mb())
                    if last:
                        extractions.extend(out)
                del out
    # per phase: the best of `repeat` for every batch, summed (noise only ever adds time); the
    # best whole pass (the sum over batches of one repetition) is reported beside it
    seconds_b = sum(min(t) for t in times_b)
    seconds_c = sum(min(t) for t in times_c)
    passes_b = [sum(t[r] for t in times_b) for r in range(max(1, repeat))]
    passes_c = [sum(t[r] for t in times_c) for r in range(max(1, repeat))]
    res["pass_seconds"] = {"b": passes_b, "c": passes_c}
    res["extraction_overhead_ratio_best_pass"] = min(passes_c) / min(passes_b) if min(passes_b) else None
    tokens = count_tokens(analyses_b)
    res["phases"]["b_analyze"] = {"seconds": seconds_b, "tokens": tokens, "peak_rss_mb": rss_b}
    # extraction alone on the same analyses: the overhead without run-to-run noise of (b)
    from tr_diplo_ie.pipeline import run_stages
    seconds_e, _ = timed(lambda: [run_stages(a, an) for a, an in zip(articles, analyses_b)], repeat)
    res["extraction_only_seconds"] = seconds_e
    del analyses_b
    res["phases"]["c_pipe"] = {"seconds": seconds_c, "tokens": tokens, "peak_rss_mb": rss_c,
                               "records": sum(len(x.quotes) + len(x.money) + len(x.dates) + len(x.agreements)
                                              for x in extractions)}
    n = len(articles)
    for phase in res["phases"].values():
        phase["articles_per_s"] = n / phase["seconds"] if phase["seconds"] else None
        phase["tokens_per_s"] = phase["tokens"] / phase["seconds"] if phase["seconds"] else None
    res["extraction_overhead_ratio"] = seconds_c / seconds_b if seconds_b else None
    res["extraction_seconds_per_article"] = (seconds_c - seconds_b) / n if n else None
    res["extraction_only_seconds_per_article"] = seconds_e / n if n else None
    res["extraction_overhead_ratio_parts"] = (seconds_b + seconds_e) / seconds_b if seconds_b else None
    return res


def markdown(report: dict) -> str:
    r = report["result"]
    lines = ["# Speed benchmark", "",
             f"- date: {report['date']}", f"- git commit: {report['git_commit']}",
             f"- analyzer: {report['analyzer']}" + (f" (processors: {', '.join(r.get('processors', []))})"
                                                   if r.get("processors") else ""),
             f"- machine: {report['machine']}",
             f"- articles: {report['articles']} ({report['source']['corpus_articles']} corpus articles + "
             f"{report['source']['ttc_sample']} TTC-3600 texts), {report['characters']} characters",
             f"- repeat: {report['repeat']} (best time of each batch kept; (b) and (c) interleaved batch by batch)"]
    for key in ("note",):
        if report.get(key):
            lines.append(f"- {key}: {report[key]}")
    if r.get("tokenizer_note"):
        lines.append(f"- tokenizer: {r['tokenizer_note']}")
    lines += ["", "| phase | seconds | articles/s | tokens/s | peak RSS (MB) |", "|---|---:|---:|---:|---:|"]
    names = {"a_tokenize": "(a) tokenizer only", "b_analyze": "(b) full analysis",
             "c_pipe": "(c) analysis + extraction (pipe)"}
    for key, phase in r["phases"].items():
        lines.append(f"| {names[key]} | {phase['seconds']:.2f} | {phase['articles_per_s']:.1f} | "
                     f"{phase['tokens_per_s']:.0f} | {phase['peak_rss_mb']:.0f} |")
    ratio = r.get("extraction_overhead_ratio")
    best_pass = r.get("extraction_overhead_ratio_best_pass")
    lines += ["",
              f"- extraction overhead (c)/(b): {ratio:.3f} (target <= 1.10)" if ratio else "- overhead: n/a",
              f"- (c)/(b) from the best whole pass of each phase (the same timings summed per repetition): "
              f"{best_pass:.3f}" if best_pass else "- best pass: n/a",
              f"- extraction time per article: {r['extraction_seconds_per_article'] * 1000:.1f} ms",
              f"- extraction alone on the (b) analyses: {r['extraction_only_seconds']:.2f} s "
              f"({r['extraction_only_seconds_per_article'] * 1000:.1f} ms per article); "
              f"((b) + extraction)/(b) = {r['extraction_overhead_ratio_parts']:.3f} — the same ratio "
              "without the run-to-run noise of two separate analysis passes",
              "- model load seconds: " + ", ".join(f"{k} {v:.2f}" for k, v in r["model_load_seconds"].items()),
              ""]
    if report["analyzer"] == "rules":
        lines.append("Smoke test with the rule analyzer: (a) and (b) are both rule segmentation, so the "
                     "overhead ratio measures extraction against segmentation only and is not the "
                     "target figure (that needs the stanza models).")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--analyzer", choices=("stanza", "rules"), default="stanza")
    parser.add_argument("--sample", type=int, default=200, help="TTC-3600 texts to add (0: none)")
    parser.add_argument("--ttc", default=str(TTC))
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--out", default=str(HERE / "results"))
    args = parser.parse_args(argv)

    if args.analyzer == "stanza":
        from tr_diplo_ie.nlp.loader import ModelError
        from tr_diplo_ie.pipeline import Pipeline
        try:
            Pipeline(processors=["tokenize"])
            Pipeline()
        except ModelError as exc:
            print(f"run_speed: the stanza models are needed for this benchmark: {exc}\n"
                  "Run with --analyzer rules for a smoke test.", file=sys.stderr)
            return 2

    articles, source = load_articles(Path(args.ttc), args.sample)
    result = run(args.analyzer, articles, args.repeat)
    try:
        import torch
        threads = torch.get_num_threads()
    except Exception:
        threads = None
    report = {"date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
              "git_commit": git_commit(), "analyzer": args.analyzer,
              "note": "smoke test (no models)" if args.analyzer == "rules" else "",
              "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, torch threads {threads}, "
                         f"Python {platform.python_version()}",
              "articles": len(articles), "characters": sum(len(a.body) for a in articles),
              "source": source, "repeat": args.repeat, "result": result}
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "speed.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    md = markdown(report)
    (out / "speed.md").write_text(md, encoding="utf-8")
    print(md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
