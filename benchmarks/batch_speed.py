"""Batch throughput (1 vs 2 workers) and memory on a long stream.

    PYTHONPATH=src python benchmarks/batch_speed.py [--articles 160] [--streams 2000 20000]

Speed: the same JSON Lines input (the corpus articles of ``corpus/articles``,
cycled under new ids) is run through ``tr-diplo-ie batch`` with ``--workers 1``
and ``--workers 2`` in one run of this script; each worker has one torch thread
(OMP/MKL/torch limited in the pool initializer).  Reported: articles/s over the
whole run (wall clock, worker start-up included) and in steady state (after the
first chunk came back), and the speed-up.

Memory: streams of short articles (400-character windows of the same texts) of
two lengths through ``--workers 2``; reported: peak RSS of the parent and of the
largest worker (``getrusage`` maxrss, read by each process itself).

Each configuration runs as its own ``python -m tr_diplo_ie batch`` process so the
peaks belong to that run only.  The stanza analyzer is benchmarked too when the
bundled models load; otherwise the reason is recorded.  Results go to
``benchmarks/results/batch_speed.{json,md}``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"


def corpus_texts() -> list[str]:
    sys.path.insert(0, str(ROOT / "src"))
    from tr_diplo_ie import article

    return [article.read_file(p).body for p in sorted((ROOT / "corpus" / "articles").glob("*.txt"))]


def write_input(path: Path, n: int, texts: list[str], window: int = 0) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = texts[i % len(texts)]
            if window:
                start = (i * 37) % max(1, len(text) - window)
                text = text[start:start + window]
            fh.write(json.dumps({"id": f"b{i:07d}", "published": "2025-08-22", "text": text},
                                ensure_ascii=False) + "\n")


def run(inp: Path, workers: int, analyzer: str, tmp: Path, batch_size: int) -> dict:
    out = tmp / f"out-{analyzer}-{workers}-{inp.stem}.jsonl"
    stats = tmp / f"stats-{analyzer}-{workers}-{inp.stem}.json"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    cmd = [sys.executable, "-m", "tr_diplo_ie", "batch", str(inp), "-o", str(out), "--overwrite",
           "--workers", str(workers), "--batch-size", str(batch_size), "--analyzer", analyzer,
           "--no-progress", "--stats", str(stats)]
    t0 = time.monotonic()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    wall = time.monotonic() - t0
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr}")
    data = json.loads(stats.read_text())
    first = data["first_result_seconds"] or 0.0
    steady_n = data["done"] - batch_size
    data["process_wall_s"] = round(wall, 2)
    data["steady_articles_per_s"] = round(steady_n / (data["seconds"] - first), 3) \
        if data["seconds"] > first and steady_n > 0 else None
    out.unlink(missing_ok=True)
    return data


_CAPACITY = """
import sys, time
from tr_diplo_ie import article, Pipeline
from pathlib import Path
arts = [article.read_file(p) for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
pipe = Pipeline(analyzer="rules")
list(pipe.pipe(arts[:3]))
t = time.monotonic()
n = sum(1 for _ in pipe.pipe(arts * 2))
print(n / (time.monotonic() - t))
"""


def machine_capacity() -> dict:
    """Articles/s of one plain in-process pipeline, and of two run side by side.

    The ceiling any 2-worker speed-up can reach on this machine.
    """
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), OMP_NUM_THREADS="1")
    cmd = [sys.executable, "-c", _CAPACITY, str(ROOT / "corpus" / "articles")]
    one = float(subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout)
    procs = [subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    two = [float(p.communicate()[0]) for p in procs]
    return {"one_process_articles_per_s": round(one, 2),
            "two_processes_articles_per_s": [round(x, 2) for x in two],
            "ratio": round(sum(two) / one, 2)}


def stanza_available() -> tuple[bool, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.run([sys.executable, "-c", "from tr_diplo_ie import Pipeline; Pipeline()"],
                          env=env, capture_output=True, text=True)
    if proc.returncode == 0:
        return True, "bundled models loaded"
    return False, (proc.stderr.strip().splitlines() or ["unknown error"])[-1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=160, help="articles in the speed input")
    ap.add_argument("--streams", type=int, nargs="+", default=[2000, 20000],
                    help="stream lengths for the memory measurement")
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--memory-only", action="store_true",
                    help="measure the memory streams only; keep the speed rows of the last results file")
    args = ap.parse_args()

    texts = corpus_texts()
    ok, why = stanza_available()
    analyzers = ["rules"] + (["stanza"] if ok else [])
    result = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "platform": platform.platform()},
        "date": time.strftime("%Y-%m-%d %H:%M:%S"),
        "speed_input": {"articles": args.articles, "source": "corpus/articles/*.txt cycled",
                        "mean_chars": round(sum(len(t) for t in texts) / len(texts))},
        "batch_size": args.batch_size,
        "stanza": {"benchmarked": ok, "note": why},
        "capacity": None if args.memory_only else machine_capacity(),
        "speed": {},
        "memory": {"analyzer": "rules", "workers": 2, "article_chars": 400, "runs": []},
    }
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        speed_in = tmp / "speed.jsonl"
        write_input(speed_in, args.articles, texts)
        if args.memory_only:
            previous = json.loads((RESULTS / "batch_speed.json").read_text(encoding="utf-8"))
            for key in ("speed", "capacity", "speed_input", "stanza", "batch_size"):
                result[key] = previous[key]
            result["speed_date"] = previous.get("speed_date", previous["date"])
            analyzers = []
        for analyzer in analyzers:
            runs = {w: run(speed_in, w, analyzer, tmp, args.batch_size) for w in (1, 2)}
            one, two = runs[1], runs[2]
            entry = {
                "workers_1": one, "workers_2": two,
                "speedup_total": round(two["articles_per_s"] / one["articles_per_s"], 2),
                "speedup_steady": round(two["steady_articles_per_s"] / one["steady_articles_per_s"], 2)
                if one["steady_articles_per_s"] and two["steady_articles_per_s"] else None,
            }
            result["speed"][analyzer] = entry
            print(f"{analyzer}: 1 worker {one['articles_per_s']:.2f}/s "
                  f"(steady {one['steady_articles_per_s']}), 2 workers {two['articles_per_s']:.2f}/s "
                  f"(steady {two['steady_articles_per_s']}), speed-up {entry['speedup_total']} "
                  f"(steady {entry['speedup_steady']})", flush=True)
        for n in args.streams:
            stream = tmp / f"stream-{n}.jsonl"
            write_input(stream, n, texts, window=400)
            data = run(stream, 2, "rules", tmp, 32)
            stream.unlink()
            result["memory"]["runs"].append({
                "articles": n, "done": data["done"], "seconds": round(data["seconds"], 1),
                "articles_per_s": data["articles_per_s"],
                "parent_peak_rss_mb": round(data["parent_peak_rss_mb"], 1),
                "worker_peak_rss_mb": round(data["worker_peak_rss_mb"], 1)})
            print(f"stream {n}: parent {data['parent_peak_rss_mb']:.1f} MiB, worker "
                  f"{data['worker_peak_rss_mb']:.1f} MiB, {data['articles_per_s']:.1f} articles/s",
                  flush=True)

    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "batch_speed.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    (RESULTS / "batch_speed.md").write_text(to_markdown(result), encoding="utf-8")
    return 0


def to_markdown(r: dict) -> str:
    lines = ["# Batch throughput and memory", "",
             f"Measured {r['date']}"
             + (f" (speed rows from {r['speed_date']}, memory rows from this run)" if r.get("speed_date") else "")
             + f" on {r['machine']['cpus']} CPUs, Python {r['machine']['python']} "
             f"({r['machine']['platform']}) by `benchmarks/batch_speed.py`.", "",
             f"Speed input: {r['speed_input']['articles']} articles ({r['speed_input']['source']}, "
             f"mean {r['speed_input']['mean_chars']} characters), chunks of {r['batch_size']}; "
             "each worker one torch thread. *Total* counts the whole run (worker start-up "
             "included); *steady* starts when the first chunk is back.", "",
             "| analyzer | 1 worker total/s | 1 worker steady/s | 2 workers total/s | "
             "2 workers steady/s | speed-up total | speed-up steady |",
             "|---|---|---|---|---|---|---|"]
    for name, e in r["speed"].items():
        one, two = e["workers_1"], e["workers_2"]
        lines.append(f"| {name} | {one['articles_per_s']:.2f} | {one['steady_articles_per_s']} | "
                     f"{two['articles_per_s']:.2f} | {two['steady_articles_per_s']} | "
                     f"{e['speedup_total']}× | {e['speedup_steady']}× |")
    c = r["capacity"]
    lines += ["", f"Machine ceiling: one plain in-process pipeline (rules) runs {c['one_process_articles_per_s']} "
              f"articles/s; two of them side by side {' + '.join(map(str, c['two_processes_articles_per_s']))} "
              f"= {c['ratio']}× one — no 2-worker speed-up can beat this on this machine."]
    if not r["stanza"]["benchmarked"]:
        lines += ["", f"Stanza analyzer not benchmarked: {r['stanza']['note']}"]
    m = r["memory"]
    lines += ["", f"## Memory on a long stream ({m['analyzer']} analyzer, {m['workers']} workers, "
              f"{m['article_chars']}-character articles)", "",
              "| articles | seconds | articles/s | parent peak RSS (MiB) | worker peak RSS (MiB) |",
              "|---|---|---|---|---|"]
    for run_ in m["runs"]:
        lines.append(f"| {run_['articles']} | {run_['seconds']} | {run_['articles_per_s']:.1f} | "
                     f"{run_['parent_peak_rss_mb']} | {run_['worker_peak_rss_mb']} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
