"""Batch input and output: stream articles in, write records so that a killed run
leaves valid files.

Inputs (:func:`iter_input`): JSON Lines (``.jsonl``/``.ndjson``/``.json``, plain or
``.gz``) with ``{"id", "published", "text"}`` per line, Parquet with the same
columns (read one record batch at a time), a directory of ``.txt`` articles (id =
file name without ``.txt``), or one ``.txt`` file.  Nothing is read ahead: every
reader is a generator, and a bad line/row becomes an :class:`InputItem` with an
error instead of stopping the stream.

Outputs: :class:`JsonlSink` appends complete lines with one ``write`` + ``fsync``
per call, so after a kill (``kill -9`` included) the file holds whole lines plus at
most one torn last line, which :meth:`JsonlSink.open` cuts off on ``--resume``.
:class:`ParquetSink` writes a directory of part files, each written under a
temporary name, fsynced and renamed into place (rename is atomic), so a reader
never sees a half-written part.
"""

from __future__ import annotations

import gzip
import json
import os
import time
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

import attrs

from . import article as article_io
from .records import Article

PathLike = Union[str, os.PathLike]

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
PARQUET_SUFFIXES = (".parquet", ".pq")
PARQUET_BATCH_ROWS = 1024


class BatchError(RuntimeError):
    """A batch that cannot start or continue (unknown input, output in the way, ...)."""


@attrs.frozen
class InputItem:
    """One input record: an article, or the reason it could not be read.

    ``file``/``line`` say where it came from (``line`` is the 1-based line of a
    JSON Lines file or row of a Parquet file, None for a ``.txt`` file).
    ``kind`` is ``"malformed"`` (not JSON / not UTF-8 / unreadable file) or
    ``"invalid"`` (a missing or wrong field) when ``article`` is None.
    """

    file: str
    line: Optional[int]
    article: Optional[Article] = None
    kind: Optional[str] = None
    reason: Optional[str] = None
    id: Optional[str] = None

    @property
    def where(self) -> str:
        return self.file if self.line is None else f"{self.file}:{self.line}"


# --------------------------------------------------------------------------- inputs


def input_kind(path: PathLike) -> str:
    """``"dir"``, ``"jsonl"``, ``"parquet"`` or ``"txt"``; BatchError for anything else."""
    path = Path(path)
    if path.is_dir():
        return "dir"
    if not path.exists():
        raise BatchError(f"{path}: no such file or directory")
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(PARQUET_SUFFIXES):
        return "parquet"
    if name.endswith(".txt"):
        return "txt"
    raise BatchError(f"{path}: unknown input type (expected .jsonl[.gz], .parquet, .txt or a directory)")


def iter_input(path: PathLike) -> Iterator[InputItem]:
    """Stream the articles of one input (see the module docstring)."""
    kind = input_kind(path)
    if kind == "dir":
        yield from _iter_dir(Path(path))
    elif kind == "jsonl":
        yield from _iter_jsonl(Path(path))
    elif kind == "parquet":
        yield from _iter_parquet(Path(path))
    else:
        yield _read_txt(Path(path))


def iter_inputs(paths: Iterable[PathLike]) -> Iterator[InputItem]:
    for path in paths:
        yield from iter_input(path)


def _id_of(record) -> Optional[str]:
    if isinstance(record, dict) and record.get("id") not in (None, ""):
        return str(record["id"])
    return None


def _from_record(file: str, line: int, record) -> InputItem:
    try:
        art = article_io.from_record(record, default_id="")
    except article_io.ArticleError as exc:
        return InputItem(file, line, kind="invalid", reason=str(exc), id=_id_of(record))
    return InputItem(file, line, article=art)


def _iter_jsonl(path: Path) -> Iterator[InputItem]:
    file = str(path)
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    number = 0
    try:
        with opener(path, "rb") as handle:
            for number, raw in enumerate(handle, start=1):
                if not raw.strip():
                    continue
                try:
                    text = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                    record = json.loads(text)
                except UnicodeDecodeError as exc:
                    yield InputItem(file, number, kind="malformed", reason=f"not UTF-8: {exc}")
                    continue
                except json.JSONDecodeError as exc:
                    yield InputItem(file, number, kind="malformed", reason=f"not valid JSON: {exc}")
                    continue
                yield _from_record(file, number, record)
    except (OSError, EOFError) as exc:  # unreadable file, truncated gzip
        yield InputItem(file, number + 1 if number else None, kind="malformed",
                        reason=f"cannot read further: {exc!r}")


def _iter_parquet(path: Path) -> Iterator[InputItem]:
    import pyarrow.parquet as pq

    file = str(path)
    try:
        pfile = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises its own error types
        yield InputItem(file, None, kind="malformed", reason=f"not a readable Parquet file: {exc}")
        return
    names = set(pfile.schema_arrow.names)
    columns = [c for c in ("id", "published", "text") if c in names]
    row = 0
    for batch in pfile.iter_batches(batch_size=PARQUET_BATCH_ROWS, columns=columns):
        for record in batch.to_pylist():
            row += 1
            yield _from_record(file, row, record)


def _read_txt(path: Path) -> InputItem:
    try:
        return InputItem(str(path), None, article=article_io.read_file(path))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return InputItem(str(path), None, kind="malformed", reason=f"cannot read: {exc}", id=path.stem)


def _iter_dir(path: Path) -> Iterator[InputItem]:
    for child in sorted(path.rglob("*.txt")):
        if child.is_file():
            yield _read_txt(child)


# --------------------------------------------------------------------------- outputs


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class JsonlSink:
    """Append-only JSON Lines file written in whole, fsynced lines.

    ``open(path, resume)`` returns the sink and the parsed records already in the
    file (only when resuming: a torn or unparsable tail is cut off first).
    Without ``resume`` an existing non-empty file is an error unless
    ``overwrite`` is given, in which case it is emptied.
    """

    def __init__(self, path: Path, fd: int):
        self.path = path
        self._fd = fd

    @classmethod
    def open(cls, path: PathLike, resume: bool, overwrite: bool = False,
             keep: Optional[callable] = None) -> tuple["JsonlSink", int]:
        """Open for appending; ``keep(record)`` sees every intact record when resuming.

        Returns ``(sink, number of intact records)``.
        """
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        count = 0
        if path.exists() and path.stat().st_size:
            if resume:
                count = repair_jsonl(path, keep)
            elif overwrite:
                path.write_bytes(b"")
            else:
                raise BatchError(f"{path} exists and is not empty: pass --resume to continue it "
                                 "or remove it")
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        _fsync_dir(path.parent)
        return cls(path, fd), count

    def write_lines(self, lines: list[str]) -> None:
        """Append ``lines`` (without newlines) in one write, then fsync."""
        if not lines:
            return
        data = ("\n".join(lines) + "\n").encode("utf-8")
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]
        os.fsync(self._fd)

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


def repair_jsonl(path: Path, keep=None) -> int:
    """Cut a torn or unparsable tail off a JSON Lines output; return the intact count.

    Every intact line is parsed and passed to ``keep``.  A bad line followed by
    good ones is not a torn write but damage, and raises BatchError.
    """
    good_end = 0
    count = 0
    bad_at: Optional[int] = None
    with path.open("rb") as handle:
        offset = 0
        for number, raw in enumerate(handle, start=1):
            end = offset + len(raw)
            ok = raw.endswith(b"\n")
            record = None
            if ok:
                try:
                    record = json.loads(raw)
                    ok = isinstance(record, dict)
                except (ValueError, UnicodeDecodeError):
                    ok = False
            if ok:
                if bad_at is not None:
                    raise BatchError(f"{path}:{bad_at}: damaged line in the middle of the output; "
                                     "fix or remove it before resuming")
                good_end, count = end, count + 1
                if keep is not None:
                    keep(record)
            elif bad_at is None:
                bad_at = number
            offset = end
    if good_end < path.stat().st_size:
        with path.open("r+b") as handle:
            handle.truncate(good_end)
            handle.flush()
            os.fsync(handle.fileno())
    return count


class ParquetSink:
    """A directory of Parquet part files with columns ``id`` and ``extraction`` (JSON text).

    Rows are buffered and written as one part when ``part_rows`` are collected,
    ``part_seconds`` have passed since the first buffered row, or on ``close``.
    Each part goes to ``.part-N.parquet.tmp``, is fsynced and renamed to
    ``part-N.parquet``; leftover ``.tmp`` files of a killed run are removed on
    resume.  Rows still in the buffer at a kill are simply redone by ``--resume``.
    """

    def __init__(self, path: Path, next_part: int, part_rows: int, part_seconds: float):
        self.path = path
        self._next = next_part
        self.part_rows = part_rows
        self.part_seconds = part_seconds
        self._ids: list[str] = []
        self._rows: list[str] = []
        self._since = 0.0

    @classmethod
    def open(cls, path: PathLike, resume: bool, overwrite: bool = False, keep=None,
             part_rows: int = 1000, part_seconds: float = 30.0) -> tuple["ParquetSink", int]:
        import pyarrow.parquet as pq

        path = Path(path)
        if path.exists() and not path.is_dir():
            raise BatchError(f"{path} exists and is not a directory (Parquet output is a directory "
                             "of part files)")
        parts = sorted(path.glob("part-*.parquet")) if path.exists() else []
        count = 0
        if parts and not resume:
            if not overwrite:
                raise BatchError(f"{path} already holds part files: pass --resume to continue it "
                                 "or remove it")
            for part in parts:
                part.unlink()
            parts = []
        path.mkdir(parents=True, exist_ok=True)
        for tmp in path.glob(".part-*.tmp"):
            tmp.unlink()
        next_part = 0
        for part in parts:
            ids = pq.read_table(part, columns=["id"]).column("id").to_pylist()
            count += len(ids)
            if keep is not None:
                for art_id in ids:
                    keep({"id": art_id})
            next_part = max(next_part, int(part.stem.split("-")[1]) + 1)
        return cls(path, next_part, part_rows, part_seconds), count

    def write_rows(self, rows: list[tuple[str, str]]) -> None:
        if rows and not self._rows:
            self._since = time.monotonic()
        for art_id, data in rows:
            self._ids.append(art_id)
            self._rows.append(data)
        if len(self._rows) >= self.part_rows or (
                self._rows and time.monotonic() - self._since >= self.part_seconds):
            self.flush()

    def flush(self) -> None:
        if not self._rows:
            return
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.table({"id": pa.array(self._ids, pa.string()),
                          "extraction": pa.array(self._rows, pa.string())})
        name = f"part-{self._next:06d}.parquet"
        tmp = self.path / f".{name}.tmp"
        with open(tmp, "wb") as handle:
            pq.write_table(table, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.path / name)
        _fsync_dir(self.path)
        self._next += 1
        self._ids, self._rows = [], []

    def close(self) -> None:
        self.flush()
