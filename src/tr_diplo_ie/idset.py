"""A set of article ids whose memory does not grow with the number of ids.

The first ``memory_limit`` ids live in a Python set; beyond that they go to a
temporary SQLite file (deleted on close), so a batch over millions of articles keeps
a flat memory profile while still finding duplicate and already-written ids.
"""
from __future__ import annotations

import os
import sqlite3
import tempfile
from typing import Iterable, Optional

MEMORY_LIMIT = 2_000


class IdSet:
    """``add`` / ``in`` / ``len`` for strings; memory bounded by ``memory_limit`` ids."""

    def __init__(self, ids: Iterable[str] = (), memory_limit: int = MEMORY_LIMIT):
        self._memory: set[str] = set()
        self._limit = memory_limit
        self._db: Optional[sqlite3.Connection] = None
        self._path: Optional[str] = None
        self._count = 0
        for item in ids:
            self.add(item)

    def _spill(self) -> sqlite3.Connection:
        if self._db is None:
            fd, self._path = tempfile.mkstemp(prefix="tr_diplo_ie_ids_", suffix=".sqlite")
            os.close(fd)
            self._db = sqlite3.connect(self._path)
            self._db.execute("PRAGMA journal_mode=OFF")
            self._db.execute("PRAGMA synchronous=OFF")
            self._db.execute("PRAGMA cache_size=-1024")  # at most about 1 MiB of page cache
            self._db.execute("CREATE TABLE ids (id TEXT PRIMARY KEY) WITHOUT ROWID")
        return self._db

    def __contains__(self, item: object) -> bool:
        if item in self._memory:
            return True
        if self._db is None or not isinstance(item, str):
            return False
        return self._db.execute("SELECT 1 FROM ids WHERE id = ?", (item,)).fetchone() is not None

    def add(self, item: str) -> None:
        if item in self:
            return
        self._count += 1
        if len(self._memory) < self._limit:
            self._memory.add(item)
        else:
            self._spill().execute("INSERT INTO ids VALUES (?)", (item,))

    def __len__(self) -> int:
        return self._count

    def close(self) -> None:
        """Drop the temporary file (the set is empty afterwards)."""
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._path is not None:
            try:
                os.unlink(self._path)
            except OSError:
                pass
            self._path = None
        self._memory.clear()
        self._count = 0

    def __enter__(self) -> "IdSet":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __del__(self) -> None:  # pragma: no cover - best effort clean-up
        try:
            self.close()
        except Exception:
            pass
