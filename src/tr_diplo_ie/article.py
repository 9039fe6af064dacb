"""Article input: plain text with an optional ``date YYYY-MM-DD`` header, and JSON Lines.

Only parsing lives here: the header is split off, the body is NFC-normalised, and
nothing else about the text is changed (offsets of every record refer to the body).
"""

from __future__ import annotations

import datetime as _dt
import json
import unicodedata
from pathlib import Path
from typing import Any, Iterator, Mapping, Optional, Union

import regex

from .records import Article

_HEADER = regex.compile(r"\A\s*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]*\r?\n|[ \t]+|\Z)\s*")


class ArticleError(ValueError):
    """An article record that cannot be read (bad JSON, missing text, bad date)."""


_TAG = regex.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?>")


def input_warnings(article: Article) -> list[str]:
    """Notes about input that will extract poorly (HTML markup, empty body)."""
    notes = []
    if not article.body.strip():
        notes.append("empty article body: nothing to extract")
    elif len(_TAG.findall(article.body, 0, 20_000)) >= 3:
        notes.append("input looks like HTML: markup is not stripped, offsets refer to the raw text; "
                     "pass plain text for best results")
    return notes


def parse_date(value: Union[str, _dt.date, None]) -> Optional[_dt.date]:
    """``"2025-08-22"`` -> date; None/"" -> None; anything else -> ArticleError."""
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if not isinstance(value, str):
        raise ArticleError(f"published must be a YYYY-MM-DD string, got {type(value).__name__}")
    try:
        return _dt.date.fromisoformat(value.strip()[:10])
    except ValueError as exc:
        raise ArticleError(f"published is not a YYYY-MM-DD date: {value!r}") from exc


def split_header(text: str) -> tuple[Optional[_dt.date], str]:
    """Split an optional ``date YYYY-MM-DD`` header from the body.

    The header may stand on its own line or be followed by the body on the same
    line; the body starts after the date and the white space that follows it.
    """
    match = _HEADER.match(text)
    if not match:
        return None, text
    try:
        published = _dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None, text
    return published, text[match.end():]


def normalize_body(text: str) -> str:
    """NFC-normalise and unify line endings; everything else is kept as written."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    return unicodedata.normalize("NFC", text)


def from_text(text: str, id: str = "article", published: Union[str, _dt.date, None] = None) -> Article:
    """Build an Article from raw text; a ``date`` header is used when ``published`` is not given."""
    if not isinstance(text, str):
        raise ArticleError(f"article text must be str, got {type(text).__name__}")
    header_date, body = split_header(normalize_body(text))
    date = parse_date(published) if published is not None else header_date
    return Article(id=str(id), body=body, published=date)


def from_record(record: Mapping[str, Any], default_id: str = "") -> Article:
    """Build an Article from a ``{"id", "published", "text"}`` mapping."""
    if not isinstance(record, Mapping):
        raise ArticleError(f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise ArticleError("missing or non-string 'text' field")
    art_id = record.get("id", default_id)
    if art_id is None or art_id == "":
        if not default_id:
            raise ArticleError("missing 'id' field")
        art_id = default_id
    published = parse_date(record.get("published"))
    header_date, body = split_header(normalize_body(text))
    return Article(id=str(art_id), body=body, published=published or header_date)


def read_file(path: Union[str, Path]) -> Article:
    """Read one plain-text article; its id is the file name without extension."""
    path = Path(path)
    return from_text(path.read_text(encoding="utf-8-sig"), id=path.stem)


def iter_jsonl(lines) -> Iterator[tuple[int, Union[Article, ArticleError]]]:
    """Yield ``(line_number, Article | ArticleError)`` for each non-blank line.

    A broken line yields an ArticleError instead of stopping the iteration, so the
    caller can record it and go on with the rest of the batch.
    """
    for number, line in enumerate(lines, start=1):
        if isinstance(line, bytes):
            line = line.decode("utf-8", errors="replace")
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            yield number, from_record(record, default_id=f"line-{number}")
        except (json.JSONDecodeError, ArticleError) as exc:
            yield number, ArticleError(f"line {number}: {exc}")
