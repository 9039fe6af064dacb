"""Language data the rules read (lexicons as TSV/JSON files), loaded once per process.

A TSV file has a header row; lines starting with ``#`` and blank lines are ignored.
"""

from __future__ import annotations

import functools
import json
from importlib import resources as _res
from typing import Any


def _read(name: str) -> str:
    return _res.files(__name__).joinpath(name).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=None)
def tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``name`` (a TSV file in this folder) as dicts keyed by the header."""
    rows = [
        line.rstrip("\n").split("\t")
        for line in _read(name).splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    header, body = rows[0], rows[1:]
    return tuple(
        {key: (cells[i].strip() if i < len(cells) else "") for i, key in enumerate(header)}
        for cells in body
    )


@functools.lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """A one-item-per-line word list (``#`` comments allowed)."""
    return tuple(
        line.strip() for line in _read(name).splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )


@functools.lru_cache(maxsize=None)
def json_data(name: str) -> Any:
    """A JSON data file of this folder."""
    return json.loads(_read(name))
