"""Batch processing of news corpora: worker processes, streaming, resume.

:func:`run_batch` (and the ``tr-diplo-ie batch`` command) streams articles from
JSON Lines / Parquet / ``.txt`` inputs in chunks of ``batch_size`` to a pool of
``workers`` processes (``spawn`` start method; each worker limits torch to one
thread and builds its Pipeline once, in the pool initializer).  At most
``2 * workers`` chunks are in flight, so memory stays flat however long the input.
Results are written in input order, one fsynced append per chunk (see
:mod:`tr_diplo_ie.batch_io`), so a run killed at any moment leaves a valid output
that ``resume=True`` continues: ids already in the output are skipped.

Bad input never stops a batch.  Every problem becomes one JSON line in the errors
file: ``{"file", "line", "id", "kind", "reason"}`` where kind is ``malformed`` (not
JSON / not UTF-8), ``invalid`` (missing or wrong field), ``duplicate`` (an id seen
before in the input; the first one is kept), ``failed`` (the article raised; it is
not in the output and a resume retries it), ``extractor`` (a stage failed; the
article *is* in the output with what the other stages found) or ``crashed`` (a
worker process died; the chunk is retried by a resume).  A resumed run does not
repeat error lines already in the errors file.

:func:`parallel_pipe` is the library face behind ``Pipeline.pipe(n_process=N)``:
the same pool, yielding Extraction objects in input order.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

import attrs

from .idset import IdSet
from .batch_io import BatchError, InputItem, JsonlSink, ParquetSink, input_kind, iter_inputs
from .records import Article, Extraction

FORMATS = ("jsonl", "parquet", "gold")
ERROR_KINDS = ("malformed", "invalid", "duplicate", "failed", "extractor", "crashed")
START_METHOD = "spawn"

# --------------------------------------------------------------------------- worker side

_PIPELINES: dict[str, Any] = {}
_PIPELINES_LOCK = threading.Lock()
_WORKER: dict[str, Any] = {}


def _config_key(config: dict) -> str:
    return json.dumps(config or {}, sort_keys=True, default=str)


def limit_torch_threads(config: Optional[dict] = None) -> None:
    """One torch thread for this process (imported only where torch will be used)."""
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    if (config or {}).get("analyzer", "stanza") == "rules" and "torch" not in sys.modules:
        return  # the rule analyzer never touches torch: don't pay for importing it
    try:
        import torch
    except ImportError:
        return
    torch.set_num_threads(1)
    try:
        torch.set_num_interop_threads(1)
    except RuntimeError:  # only allowed before any parallel work has started
        pass


def get_pipeline(config: Optional[dict] = None):
    """The Pipeline for ``config`` in this process, built once and cached."""
    from .pipeline import Pipeline

    key = _config_key(config or {})
    with _PIPELINES_LOCK:
        pipe = _PIPELINES.get(key)
        if pipe is None:
            pipe = _PIPELINES[key] = Pipeline(**(config or {}))
        return pipe


def _init_worker(config: dict) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    limit_torch_threads(config)
    try:
        _WORKER["pipeline"] = get_pipeline(config)
    except BaseException as exc:  # reported by the first task (an initializer error kills the pool)
        _WORKER["error"] = exc


def _peak_rss_mb() -> float:
    try:
        import resource
    except ImportError:  # pragma: no cover - not on Linux/macOS
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def stage_failures(extraction: Extraction) -> list[str]:
    """Warnings of an Extraction that say a stage failed."""
    return [w for w in extraction.warnings if w.startswith("stage ") and " failed" in w]


def _payload(extraction: Extraction, fmt: str) -> str:
    if fmt == "gold":
        from .gold import to_gold

        return json.dumps(to_gold(extraction), ensure_ascii=False)
    from .serialize import dumps

    body = dumps(extraction)
    if fmt == "parquet":
        return body
    return '{"id": %s, "extraction": %s}' % (json.dumps(extraction.article_id, ensure_ascii=False), body)


def _extract_all(pipeline, articles: list[Article]) -> list:
    """Extraction or exception per article; one bad article cannot sink its chunk."""
    try:
        return list(pipeline.pipe(articles, batch_size=max(1, len(articles))))
    except Exception:
        out: list = []
        for art in articles:
            try:
                out.append(next(iter(pipeline.pipe([art]))))
            except Exception as exc:
                out.append(exc)
        return out


def process_chunk(pipeline, articles: list[Article], fmt: str = "jsonl") -> list[tuple]:
    """Results for a chunk: ``("ok", id, payload, stage_failures)`` or ``("error", id, reason)``.

    ``payload`` is the output line (``jsonl``/``gold``) or the Extraction JSON
    (``parquet``).  Used by the worker processes and by :mod:`tr_diplo_ie.dask`.
    """
    results = []
    for art, ext in zip(articles, _extract_all(pipeline, articles)):
        if isinstance(ext, BaseException):
            results.append(("error", art.id, f"{type(ext).__name__}: {ext}"))
            continue
        try:
            results.append(("ok", art.id, _payload(ext, fmt), stage_failures(ext)))
        except Exception as exc:
            results.append(("error", art.id, f"serialisation failed: {type(exc).__name__}: {exc}"))
    return results


def _work(articles: list[Article], fmt: str):
    """Task run in a worker: results of one chunk plus (pid, peak RSS in MiB)."""
    if "error" in _WORKER:
        raise _WORKER["error"]
    pipeline = _WORKER["pipeline"]
    if fmt == "objects":
        results = list(pipeline.pipe(articles, batch_size=max(1, len(articles))))
    else:
        results = process_chunk(pipeline, articles, fmt)
    return results, (os.getpid(), _peak_rss_mb())


# --------------------------------------------------------------------------- parent side


class _Pool:
    """An ordered, bounded map of chunks over worker processes (or in-process)."""

    def __init__(self, config: dict, workers: int, fmt: str, window: Optional[int] = None,
                 pipeline=None):
        self.config = config
        self.workers = workers
        self.fmt = fmt
        self.window = window or max(2, 2 * workers)
        self._pipeline = pipeline
        self._executor: Optional[ProcessPoolExecutor] = None

    def _start(self) -> ProcessPoolExecutor:
        ctx = multiprocessing.get_context(START_METHOD)
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=ctx,
                                   initializer=_init_worker, initargs=(self.config,))

    def map(self, chunks: Iterator[tuple[Any, list[Article]]]) -> Iterator[tuple[Any, list, Any]]:
        """Yield ``(meta, results, (pid, rss) | None)`` per chunk, in input order.

        A chunk lost to a dying worker yields ``results = BrokenProcessPool(...)``.
        """
        if self.workers <= 0:
            pipeline = self._pipeline or get_pipeline(self.config)
            for meta, arts in chunks:
                if self.fmt == "objects":
                    res = list(pipeline.pipe(arts, batch_size=max(1, len(arts))))
                else:
                    res = process_chunk(pipeline, arts, self.fmt)
                yield meta, res, (os.getpid(), _peak_rss_mb())
            return
        self._executor = self._start()
        pending: deque = deque()
        chunks = iter(chunks)
        exhausted = False
        try:
            while True:
                while not exhausted and len(pending) < self.window:
                    try:
                        meta, arts = next(chunks)
                    except StopIteration:
                        exhausted = True
                        break
                    try:
                        future = self._executor.submit(_work, arts, self.fmt)
                    except BrokenProcessPool as exc:
                        future = exc
                    pending.append((meta, future))
                if not pending:
                    break
                meta, future = pending.popleft()
                try:
                    if isinstance(future, BaseException):
                        raise future
                    results, stats = future.result()
                except BrokenProcessPool as exc:
                    yield meta, exc, None
                    for meta2, fut2 in pending:  # finished before the crash, or lost with it
                        ok = not isinstance(fut2, BaseException) and fut2.done() \
                            and fut2.exception() is None
                        yield (meta2, *fut2.result()) if ok else (meta2, exc, None)
                    pending.clear()
                    self._executor.shutdown(wait=True, cancel_futures=True)
                    self._executor = self._start()
                    continue
                yield meta, results, stats
        finally:
            self.close()

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None


def _chunked(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def parallel_pipe(articles: Iterable[Article], n_process: int = 2, batch_size: int = 16,
                  pipeline=None, config: Optional[dict] = None) -> Iterator[Extraction]:
    """Extractions of ``articles`` in input order, computed by ``n_process`` worker processes.

    Each worker rebuilds the pipeline from ``pipeline.config`` (or ``config``) once;
    every article stays its own document.  The input is consumed lazily, with at
    most ``2 * n_process`` chunks of ``batch_size`` articles in flight.
    """
    if config is None:
        config = dict(pipeline.config) if pipeline is not None else {}
    pool = _Pool(config, n_process, "objects", pipeline=pipeline)
    for _, results, _ in pool.map((None, chunk) for chunk in _chunked(articles, batch_size)):
        if isinstance(results, BaseException):
            raise results
        yield from results


@attrs.define
class BatchStats:
    """What a batch run did; ``ok`` is False when anything failed or was reported."""

    output: str
    errors: str
    format: str
    workers: int
    done: int = 0          # articles written by this run
    skipped: int = 0       # already in the output (resume)
    duplicates: int = 0    # ids seen before in the input
    failed: int = 0        # input errors, failed articles, crashed chunks (not written)
    partial: int = 0       # written, but a stage failed (see the errors file)
    resumed_from: int = 0  # records found in the output at start
    seconds: float = 0.0
    first_result_seconds: Optional[float] = None
    parent_peak_rss_mb: float = 0.0
    worker_peak_rss_mb: float = 0.0
    interrupted: bool = False

    @property
    def ok(self) -> bool:
        return not (self.failed or self.partial or self.duplicates or self.interrupted)

    @property
    def rate(self) -> float:
        return self.done / self.seconds if self.seconds > 0 else 0.0

    def as_dict(self) -> dict:
        data = attrs.asdict(self)
        data["articles_per_s"] = round(self.rate, 3)
        data["ok"] = self.ok
        return data

    def summary(self) -> str:
        return (f"done {self.done}, skipped {self.skipped} (already in output), "
                f"failed {self.failed}, partial {self.partial}, duplicates {self.duplicates}; "
                f"{self.seconds:.1f} s, {self.rate:.1f} articles/s, {self.workers} worker(s)"
                + ("; INTERRUPTED" if self.interrupted else ""))


def default_errors_path(output: os.PathLike) -> Path:
    output = Path(output)
    return output.with_name(output.name + ".errors.jsonl")


def guess_format(output: os.PathLike) -> str:
    name = Path(output).name.lower()
    return "parquet" if name.endswith((".parquet", ".pq")) else "jsonl"


class _Errors:
    """The errors file, without repeating lines a previous (killed) run wrote."""

    def __init__(self, path: Path, resume: bool, overwrite: bool):
        self._seen = IdSet()
        self.pending: list[str] = []
        self.sink, _ = JsonlSink.open(path, resume=resume, overwrite=True if not resume else overwrite,
                                      keep=lambda rec: self._seen.add(self._key(rec)))

    @staticmethod
    def _key(rec: dict) -> str:
        return json.dumps([rec.get("file"), rec.get("line"), rec.get("id"), rec.get("kind")])

    def add(self, file: Optional[str], line: Optional[int], art_id: Optional[str], kind: str,
            reason: str) -> None:
        rec = {"file": file, "line": line, "id": art_id, "kind": kind, "reason": reason}
        key = self._key(rec)
        if key in self._seen:
            return
        self._seen.add(key)
        self.pending.append(json.dumps(rec, ensure_ascii=False))

    def flush(self) -> None:
        self.sink.write_lines(self.pending)
        self.pending = []

    def close(self) -> None:
        self.flush()
        self.sink.close()
        self._seen.close()


def run_batch(inputs: Iterable[os.PathLike], output: os.PathLike, *, config: Optional[dict] = None,
              workers: int = 1, batch_size: int = 16, format: Optional[str] = None,
              resume: bool = False, errors: Optional[os.PathLike] = None, progress: bool = False,
              overwrite: bool = False, part_rows: int = 1000, pipeline=None) -> BatchStats:
    """Extract every article of ``inputs`` into ``output``; see the module docstring.

    ``config`` holds the Pipeline keyword arguments each worker builds its pipeline
    from; ``workers=0`` runs in this process (with ``pipeline`` when given).
    ``format``: ``jsonl`` (``{"id", "extraction"}`` lines), ``gold`` (one
    gold-format document per line) or ``parquet`` (a directory of part files with
    ``id`` and ``extraction`` columns); by default from the output name.
    """
    started = time.monotonic()
    inputs = [Path(p) for p in inputs]
    for path in inputs:
        input_kind(path)  # fail early on a missing or unknown input
    fmt = format or guess_format(output)
    if fmt not in FORMATS:
        raise BatchError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if config is None:
        config = dict(pipeline.config) if pipeline is not None else {}
    errors_path = Path(errors) if errors else default_errors_path(output)
    stats = BatchStats(output=str(output), errors=str(errors_path), format=fmt, workers=workers)

    done_ids = IdSet()  # ids already in the output (resume); memory-bounded

    def keep(rec: dict) -> None:
        if rec.get("id") is not None:
            done_ids.add(str(rec["id"]))

    if fmt == "parquet":
        sink, stats.resumed_from = ParquetSink.open(output, resume, overwrite, keep=keep,
                                                    part_rows=part_rows)
    else:
        sink, stats.resumed_from = JsonlSink.open(output, resume, overwrite, keep=keep)
    errs = _Errors(errors_path, resume, overwrite)
    seen = IdSet()  # ids met in this run's input (duplicates); memory-bounded

    def chunks() -> Iterator[tuple[list[InputItem], list[Article]]]:
        for items in _chunked(_articles(), batch_size):
            yield items, [item.article for item in items]

    def _articles() -> Iterator[InputItem]:
        for item in iter_inputs(inputs):
            if item.article is None:
                stats.failed += 1
                errs.add(item.file, item.line, item.id, item.kind or "invalid", item.reason or "")
                continue
            art_id = item.article.id
            if art_id in seen:
                stats.duplicates += 1
                errs.add(item.file, item.line, art_id, "duplicate",
                         f"duplicate id {art_id!r}: an earlier article with this id is kept")
                continue
            seen.add(art_id)
            if art_id in done_ids:
                stats.skipped += 1
                continue
            yield item

    bar = _progress_bar(progress)
    pool = _Pool(config, workers, fmt, pipeline=pipeline)
    worker_rss: dict[int, float] = {}
    try:
        for items, results, wstats in pool.map(chunks()):
            if stats.first_result_seconds is None:
                stats.first_result_seconds = time.monotonic() - started
            out: list = []
            if isinstance(results, BaseException):
                for item in items:
                    errs.add(item.file, item.line, item.article.id, "crashed",
                             f"worker process died: {results!r}")
                stats.failed += len(items)
            else:
                for item, res in zip(items, results):
                    if res[0] == "ok":
                        _, art_id, payload, failures = res
                        out.append((art_id, payload) if fmt == "parquet" else payload)
                        stats.done += 1
                        if failures:
                            stats.partial += 1
                            errs.add(item.file, item.line, art_id, "extractor", "; ".join(failures))
                    else:
                        stats.failed += 1
                        errs.add(item.file, item.line, res[1], "failed", res[2])
            if wstats is not None:
                worker_rss[wstats[0]] = max(worker_rss.get(wstats[0], 0.0), wstats[1])
            errs.flush()
            if fmt == "parquet":
                sink.write_rows(out)
            else:
                sink.write_lines(out)
            if bar is not None:
                bar.update(len(items))
                bar.set_postfix(failed=stats.failed, skipped=stats.skipped, refresh=False)
    except KeyboardInterrupt:
        stats.interrupted = True
    finally:
        pool.close()
        if bar is not None:
            bar.close()
        errs.close()
        sink.close()
        seen.close()
        done_ids.close()
    stats.seconds = time.monotonic() - started
    stats.parent_peak_rss_mb = _peak_rss_mb()
    stats.worker_peak_rss_mb = max(worker_rss.values(), default=0.0)
    return stats


def _progress_bar(enabled: bool):
    if not enabled:
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(unit=" articles", desc="batch", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)


# --------------------------------------------------------------------------- command line


def cmd_batch(args) -> int:
    config = {"analyzer": args.analyzer, "models_dir": args.models, "stanza_dir": args.stanza_dir,
              "processors": args.processors.split(",") if args.processors else None}
    if args.workers < 0:
        print("error: --workers must be 0 (in this process) or more", file=sys.stderr)
        return 2
    progress = not args.no_progress and sys.stderr.isatty()
    if args.progress:
        progress = True
    try:
        stats = run_batch(args.inputs, args.output, config=config, workers=args.workers,
                          batch_size=args.batch_size, format=args.format, resume=args.resume,
                          errors=args.errors, progress=progress, overwrite=args.overwrite,
                          part_rows=args.part_rows)
    except BatchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(stats.summary(), file=sys.stderr)
    if stats.failed or stats.partial or stats.duplicates:
        print(f"problems are listed in {stats.errors}", file=sys.stderr)
    if args.stats:
        Path(args.stats).write_text(json.dumps(stats.as_dict(), indent=2) + "\n", encoding="utf-8")
    if stats.interrupted:
        return 130
    return 0 if stats.ok else 1


def add_batch_command(subparsers, common) -> None:
    """Register ``tr-diplo-ie batch`` on the CLI's subparsers."""
    p = subparsers.add_parser(
        "batch", parents=[common], help="extract a whole corpus with worker processes",
        description="Extract records from a corpus into JSON Lines or Parquet, with worker "
                    "processes, resume after a crash, and an errors file. Exit status: 0 all "
                    "articles done cleanly, 1 something failed or was reported (see --errors), "
                    "2 bad usage or missing models, 130 interrupted.")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help=".jsonl / .jsonl.gz / .parquet with id, published, text; "
                        "or a directory of .txt articles (id = file name)")
    p.add_argument("-o", "--output", required=True,
                   help="output .jsonl file, or a directory for --format parquet")
    p.add_argument("--workers", type=int, default=1,
                   help="worker processes (default 1; 0 = run in this process)")
    p.add_argument("--batch-size", type=int, default=16, help="articles per chunk sent to a worker")
    p.add_argument("--format", choices=FORMATS, default=None,
                   help="jsonl: {id, extraction} lines (default); gold: one gold-format document "
                        "per line; parquet: directory of part files (default for *.parquet)")
    p.add_argument("--resume", action="store_true",
                   help="continue an interrupted run: ids already in the output are skipped")
    p.add_argument("--overwrite", action="store_true", help="replace an existing output")
    p.add_argument("--errors", help="errors file (default: OUTPUT.errors.jsonl)")
    p.add_argument("--stats", help="also write the run summary as JSON to this file")
    p.add_argument("--part-rows", type=int, default=1000, help="rows per Parquet part file")
    p.add_argument("--progress", action="store_true", help="show the progress bar even when not a TTY")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_batch)
