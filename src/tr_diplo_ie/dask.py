"""Distributed extraction with Dask (``pip install tr_diplo_ie[dask]``).

:func:`extract_dataframe` maps a Dask DataFrame with ``id``, ``published`` and
``text`` columns to one with ``id``, ``extraction`` (the Extraction as JSON text,
or the gold-format document with ``format="gold"``) and ``error`` (null unless the
article could not be read or extracted); :func:`extract_bag` does the same for a
Dask bag of ``{"id", "published", "text"}`` dicts (or Articles), giving a bag of
``{"id", "extraction", "error"}`` dicts.

Each worker process builds the Pipeline once: :func:`get_pipeline` caches it per
configuration, and :class:`PipelinePlugin` (``client.register_plugin(...)``)
builds it when the worker starts, so the first task does not pay for loading the
models.  With the stanza analyzer one worker runs one partition at a time
through its pipeline (a lock), so give workers one thread and scale with
processes (``LocalCluster(n_workers=N, threads_per_worker=1)``).
"""

from __future__ import annotations

import json
import threading
from typing import Any, Iterable, Optional

from . import article as article_io
from .batch import get_pipeline, limit_torch_threads, process_chunk
from .records import Article

__all__ = ["PipelinePlugin", "extract_bag", "extract_dataframe", "extract_records", "get_pipeline"]

COLUMNS = ("id", "extraction", "error")
_LOCKS: dict[str, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()


def _lock(config: dict) -> threading.Lock:
    key = json.dumps(config or {}, sort_keys=True, default=str)
    with _LOCKS_GUARD:
        return _LOCKS.setdefault(key, threading.Lock())


def _missing(value: Any) -> bool:
    """None, NaN, pandas NA/NaT: an empty cell."""
    if value is None or (isinstance(value, float) and value != value):
        return True
    try:
        import pandas as pd
    except ImportError:
        return False
    return value is pd.NA or value is pd.NaT


def _to_article(record: Any) -> Article:
    if isinstance(record, Article):
        return record
    if not isinstance(record, dict):
        raise article_io.ArticleError(f"expected a dict with id/published/text, got {type(record).__name__}")
    record = {k: (None if _missing(v) else v) for k, v in record.items()}
    return article_io.from_record(record, default_id="")


def extract_records(records: Iterable[Any], config: Optional[dict] = None, format: str = "json",
                    batch_size: int = 16) -> list[dict]:
    """``{"id", "extraction", "error"}`` for each record, with this process's cached pipeline."""
    if format not in ("json", "gold"):
        raise ValueError(f"format must be 'json' or 'gold', not {format!r}")
    config = dict(config or {})
    fmt = "gold" if format == "gold" else "parquet"  # parquet = bare Extraction JSON
    rows: list[Optional[dict]] = []
    todo: list[tuple[int, Article]] = []
    for record in records:
        try:
            art = _to_article(record)
        except article_io.ArticleError as exc:
            rid = record.get("id") if isinstance(record, dict) else None
            rows.append({"id": None if _missing(rid) else str(rid), "extraction": None,
                         "error": f"invalid: {exc}"})
            continue
        todo.append((len(rows), art))
        rows.append(None)
    if todo:
        pipeline = get_pipeline(config)
        guard = _lock(config) if config.get("analyzer", "stanza") != "rules" else None
        for start in range(0, len(todo), batch_size):
            part = todo[start:start + batch_size]
            arts = [art for _, art in part]
            if guard is not None:
                with guard:
                    results = process_chunk(pipeline, arts, fmt)
            else:
                results = process_chunk(pipeline, arts, fmt)
            for (index, art), res in zip(part, results):
                if res[0] == "ok":
                    rows[index] = {"id": art.id, "extraction": res[2],
                                   "error": ("extractor: " + "; ".join(res[3])) if res[3] else None}
                else:
                    rows[index] = {"id": art.id, "extraction": None, "error": f"failed: {res[2]}"}
    return rows  # type: ignore[return-value]


def extract_bag(bag, config: Optional[dict] = None, format: str = "json", batch_size: int = 16):
    """A Dask bag of articles -> a bag of ``{"id", "extraction", "error"}`` dicts."""
    return bag.map_partitions(extract_records, config=dict(config or {}), format=format,
                              batch_size=batch_size)


def _empty_frame():
    import pandas as pd

    return pd.DataFrame({name: pd.Series([], dtype="string") for name in COLUMNS})


def _extract_partition(frame, config: dict, format: str, batch_size: int):
    import pandas as pd

    columns = [c for c in ("id", "published", "text") if c in frame.columns]
    records = frame[columns].to_dict("records")
    rows = extract_records(records, config=config, format=format, batch_size=batch_size)
    if not rows:
        return _empty_frame()
    out = pd.DataFrame(rows, columns=list(COLUMNS))
    return out.astype({name: "string" for name in COLUMNS})


def extract_dataframe(df, config: Optional[dict] = None, format: str = "json", batch_size: int = 16):
    """A Dask DataFrame with ``id``/``published``/``text`` -> ``id``/``extraction``/``error``.

    The result can go straight to ``.to_parquet(path)``.
    """
    return df.map_partitions(_extract_partition, dict(config or {}), format, batch_size,
                             meta=_empty_frame())


try:
    from distributed import WorkerPlugin as _WorkerPlugin
except ImportError:  # pragma: no cover - dask without distributed
    _WorkerPlugin = object


class PipelinePlugin(_WorkerPlugin):
    """Builds the Pipeline for ``config`` once when each worker starts (one torch thread).

    >>> client.register_plugin(PipelinePlugin({"analyzer": "stanza"}))  # doctest: +SKIP
    """

    name = "tr-diplo-ie-pipeline"

    def __init__(self, config: Optional[dict] = None):
        self.config = dict(config or {})

    def setup(self, worker=None):
        limit_torch_threads(self.config)
        get_pipeline(self.config)
