"""Accuracy benchmark: run the pipeline on gold documents' text and score by the spec."""

from __future__ import annotations

import os
from typing import Any

from .article import parse_date
from .gold import GoldError, iter_gold_dir, to_gold
from .records import Article
from .scoring import format_table, score_documents


def read_gold_dir(gold_dir: os.PathLike) -> list[dict]:
    """Every gold document in ``gold_dir``, validated; :class:`GoldError` names the first bad file.

    A directory without a single ``*.json`` file is an error too: scores over no documents would
    read as perfect.
    """
    golds = [doc for _, doc in iter_gold_dir(gold_dir)]
    if not golds:
        raise GoldError(f"{gold_dir}: no gold documents (*.json) to score")
    return golds


def run_bench(gold_dir: os.PathLike, pipeline, golds: list[dict] | None = None) -> dict[str, Any]:
    """Scores of ``pipeline`` on every gold document in ``gold_dir`` (or on ``golds``, read before).

    Returns ``{"scores": ..., "table": markdown, "system": [system docs]}``.
    """
    if golds is None:
        golds = read_gold_dir(gold_dir)
    articles = [Article(id=doc["id"], body=doc["text"], published=parse_date(doc.get("published")))
                for doc in golds]
    systems = [to_gold(extraction) for extraction in pipeline.pipe(articles)]
    scores = score_documents(zip(golds, systems))
    return {"scores": scores, "table": format_table(scores), "system": systems}
