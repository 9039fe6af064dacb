"""Gold-format I/O: write an :class:`~tr_diplo_ie.records.Extraction` as a gold-shaped
document, read and validate gold files, and find an item's character offsets.

The format is defined in ``shared/spec/gold-format.md`` (v1).  A gold document is a
JSON object::

    {"id": str, "published": "YYYY-MM-DD" | null, "source": str (optional),
     "text": str, "quotes": [...], "money": [...], "dates": [...], "agreements": [...]}

Validation rules (:func:`validate`):

* ``id`` (string) and ``text`` (string) are required; ``published`` may be absent
  or null, otherwise it is a ``YYYY-MM-DD`` date.  Each of the four item lists may
  be absent (read as empty) but, when present, is a list of objects.
* every item has a non-empty string ``text`` that occurs in the document ``text``;
  ``occurrence`` (1-based, default 1) picks a later occurrence; ``start``/``end``,
  when given, are integers with ``doc_text[start:end] == text``; ``optional`` is a
  boolean.
* quotes: ``kind`` in ``direct | indirect | mixed``; ``speaker`` and ``cue`` are a
  string or null.  money: ``amount`` (and ``amount_max``) a decimal string without
  exponent, ``currency`` a three-letter upper-case code, ``approximate`` a boolean
  (default false), ``qualifier`` ``at_least | at_most`` or null.  dates: ``type``
  in ``DATE | TIME | DURATION | SET``; ``value``/``mod``/``quant`` strings or null.
  agreements: ``name`` a non-empty string, ``type`` and ``status`` from the spec's
  lists, ``named`` a boolean, ``date`` a string or null, ``parties`` a list of
  strings.

Occurrences are counted left to right without overlap (as "find next" in an editor).
"""

from __future__ import annotations

import datetime as _dt
import json
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Iterator, Mapping, Optional, Union

import regex

from .serialize import decimal_str
from .records import (
    AGREEMENT_STATUSES, AGREEMENT_TYPES, QUOTE_KINDS, TIMEX_TYPES,
    Agreement, Extraction, MoneyAmount, Quote, TimeExpression,
)

__all__ = [
    "GoldError", "KINDS", "QUALIFIERS", "to_gold", "format_decimal", "validate",
    "load_gold", "iter_gold_dir", "iter_gold_jsonl", "locate", "find_occurrence",
    "dump_gold",
]

#: The item lists of a gold document, in order.
KINDS = ("quotes", "money", "dates", "agreements")
QUALIFIERS = ("at_least", "at_most")

_DECIMAL = regex.compile(r"\A-?\d+(?:\.\d+)?\Z")
_CURRENCY = regex.compile(r"\A[A-Z]{3}\Z")
_ISO_DATE = regex.compile(r"\A\d{4}-\d{2}-\d{2}\Z")

PathLike = Union[str, Path]


class GoldError(ValueError):
    """A gold (or system) document that does not follow the gold format."""


# --------------------------------------------------------------------------- writing


format_decimal = decimal_str  # the one Decimal -> "3000000000" / "1.5" rule, shared with JSON


def _span(rec) -> dict:
    return {"text": rec.text, "start": rec.start, "end": rec.end}


def _quote(q: Quote) -> dict:
    d = _span(q)
    speaker = None
    if q.speaker is not None:
        speaker = q.speaker.name or q.speaker.text or None
    d["speaker"] = speaker  # kept even when null: the spec writes passive reports as null
    if q.cue is not None:
        d["cue"] = q.cue
    d["kind"] = q.kind
    if q.optional:
        d["optional"] = True
    return d


def _money(m: MoneyAmount) -> dict:
    d = _span(m)
    d["amount"] = format_decimal(m.amount)
    if m.amount_max is not None:
        d["amount_max"] = format_decimal(m.amount_max)
    d["currency"] = m.currency
    d["approximate"] = bool(m.approximate)
    if m.qualifier is not None:
        d["qualifier"] = m.qualifier
    return d


def _date(t: TimeExpression) -> dict:
    d = _span(t)
    d["type"] = t.type
    for key in ("value", "mod", "quant"):
        val = getattr(t, key)
        if val is not None:
            d[key] = val
    return d


def _agreement(a: Agreement) -> dict:
    d = _span(a)
    d["name"] = a.name
    d["type"] = a.type
    d["status"] = a.status
    d["named"] = bool(a.named)
    if a.date is not None:
        d["date"] = a.date
    if a.parties:
        d["parties"] = list(a.parties)
    return d


def to_gold(extraction: Extraction, source: Optional[str] = None) -> dict:
    """One JSON-able gold-format dict for an extraction (system output shape).

    Every item carries ``start``/``end``; None-valued optional keys are omitted
    (``speaker`` is always written, null for a quote without a speaker).
    """
    doc: dict[str, Any] = {
        "id": extraction.article_id,
        "published": extraction.published.isoformat() if extraction.published else None,
    }
    if source is not None:
        doc["source"] = source
    doc["text"] = extraction.body
    doc["quotes"] = [_quote(q) for q in extraction.quotes]
    doc["money"] = [_money(m) for m in extraction.money]
    doc["dates"] = [_date(t) for t in extraction.dates]
    doc["agreements"] = [_agreement(a) for a in extraction.agreements]
    return doc


def dump_gold(doc: Mapping[str, Any], path: PathLike) -> None:
    """Write one gold-format document as pretty UTF-8 JSON."""
    Path(path).write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- offsets


def find_occurrence(doc_text: str, text: str, occurrence: int = 1) -> int:
    """Start of the ``occurrence``-th (1-based, non-overlapping) ``text`` in ``doc_text``; -1 if absent."""
    if not text or occurrence < 1:
        return -1
    pos = -1
    start = 0
    for _ in range(occurrence):
        pos = doc_text.find(text, start)
        if pos < 0:
            return -1
        start = pos + len(text)
    return pos


def locate(doc_text: str, item: Mapping[str, Any]) -> tuple[int, int]:
    """Character offsets ``(start, end)`` of a gold/system item in ``doc_text``.

    Uses ``start``/``end`` when present (they must slice to ``text``), otherwise the
    ``occurrence``-th (default first) occurrence of ``text``.  Raises GoldError.
    """
    text = item.get("text")
    if not isinstance(text, str) or not text:
        raise GoldError("item has no non-empty string 'text'")
    start, end = item.get("start"), item.get("end")
    if start is not None or end is not None:
        if not (_is_int(start) and _is_int(end)):
            raise GoldError(f"start/end must both be integers, got {start!r}/{end!r}")
        if not 0 <= start <= end <= len(doc_text):
            raise GoldError(f"span {start}:{end} is outside the text (length {len(doc_text)})")
        if doc_text[start:end] != text:
            raise GoldError(
                f"span {start}:{end} is {doc_text[start:end]!r}, not the item text {text!r}"
            )
        return start, end
    occurrence = item.get("occurrence", 1)
    if not _is_int(occurrence) or occurrence < 1:
        raise GoldError(f"occurrence must be a positive integer, got {occurrence!r}")
    pos = find_occurrence(doc_text, text, occurrence)
    if pos < 0:
        total = doc_text.count(text)
        if total:
            raise GoldError(f"text {text!r} occurs {total} time(s), not {occurrence}")
        raise GoldError(f"text {text!r} is not in the document text")
    return pos, pos + len(text)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


# --------------------------------------------------------------------------- validation


def _opt_str(item, key, problems):
    val = item.get(key)
    if val is not None and not isinstance(val, str):
        problems.append(f"'{key}' must be a string or null, got {val!r}")


def _bool(item, key, problems, required=False):
    if key not in item:
        if required:
            problems.append(f"missing '{key}'")
        return
    if not isinstance(item[key], bool):
        problems.append(f"'{key}' must be true or false, got {item[key]!r}")


def _choice(item, key, choices, problems):
    val = item.get(key)
    if val is None:
        problems.append(f"missing '{key}' (one of {', '.join(choices)})")
    elif val not in choices:
        problems.append(f"'{key}' is {val!r}, not one of {', '.join(choices)}")


def _decimal(item, key, problems, required):
    val = item.get(key)
    if val is None:
        if required:
            problems.append(f"missing '{key}'")
        return
    if not isinstance(val, str) or not _DECIMAL.match(val):
        problems.append(f"'{key}' must be a decimal string without exponent, got {val!r}")
        return
    try:
        Decimal(val)
    except InvalidOperation:  # pragma: no cover - the pattern already excludes this
        problems.append(f"'{key}' is not a decimal: {val!r}")


def _check_quote(item, problems):
    _choice(item, "kind", QUOTE_KINDS, problems)
    _opt_str(item, "speaker", problems)
    _opt_str(item, "cue", problems)


def _check_money(item, problems):
    _decimal(item, "amount", problems, required=True)
    _decimal(item, "amount_max", problems, required=False)
    cur = item.get("currency")
    if not isinstance(cur, str) or not _CURRENCY.match(cur):
        problems.append(f"'currency' must be an ISO 4217 code like 'USD', got {cur!r}")
    _bool(item, "approximate", problems)
    q = item.get("qualifier")
    if q is not None and q not in QUALIFIERS:
        problems.append(f"'qualifier' is {q!r}, not one of {', '.join(QUALIFIERS)}")


def _check_date(item, problems):
    _choice(item, "type", TIMEX_TYPES, problems)
    for key in ("value", "mod", "quant"):
        _opt_str(item, key, problems)


def _check_agreement(item, problems):
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        problems.append(f"'name' must be a non-empty string, got {name!r}")
    _choice(item, "type", AGREEMENT_TYPES, problems)
    _choice(item, "status", AGREEMENT_STATUSES, problems)
    _bool(item, "named", problems)
    _opt_str(item, "date", problems)
    parties = item.get("parties")
    if parties is not None and (
        not isinstance(parties, list) or not all(isinstance(p, str) for p in parties)
    ):
        problems.append(f"'parties' must be a list of strings, got {parties!r}")


_CHECKS = {
    "quotes": _check_quote,
    "money": _check_money,
    "dates": _check_date,
    "agreements": _check_agreement,
}


def validate(doc: Any, where: str = "<document>") -> dict:
    """Check a gold document against the spec; return it, or raise GoldError.

    The error message names ``where`` (usually the file), the item list and
    index, and every problem found in the first bad item.
    """
    if not isinstance(doc, dict):
        raise GoldError(f"{where}: a gold document is a JSON object, got {type(doc).__name__}")
    problems = []
    if not isinstance(doc.get("id"), str) or not doc.get("id"):
        problems.append(f"missing or empty string 'id' (got {doc.get('id')!r})")
    if not isinstance(doc.get("text"), str):
        problems.append("missing or non-string 'text'")
    pub = doc.get("published")
    if pub is not None:
        ok = isinstance(pub, str) and _ISO_DATE.match(pub)
        if ok:
            try:
                _dt.date.fromisoformat(pub)
            except ValueError:
                ok = False
        if not ok:
            problems.append(f"'published' must be YYYY-MM-DD or null, got {pub!r}")
    for kind in KINDS:
        if kind in doc and not isinstance(doc[kind], list):
            problems.append(f"'{kind}' must be a list, got {type(doc[kind]).__name__}")
    if problems:
        raise GoldError(f"{where}: " + "; ".join(problems))

    text = doc["text"]
    for kind in KINDS:
        for index, item in enumerate(doc.get(kind) or ()):
            label = f"{where}: {kind}[{index}]"
            if not isinstance(item, dict):
                raise GoldError(f"{label}: an item is a JSON object, got {type(item).__name__}")
            problems = []
            try:
                locate(text, item)
            except GoldError as exc:
                problems.append(str(exc))
            _bool(item, "optional", problems)
            _CHECKS[kind](item, problems)
            if problems:
                shown = item.get("text")
                shown = f" ({shown[:60]!r})" if isinstance(shown, str) else ""
                raise GoldError(f"{label}{shown}: " + "; ".join(problems))
    return doc


# --------------------------------------------------------------------------- reading


def load_gold(path: PathLike) -> dict:
    """Read and validate one gold JSON file."""
    path = Path(path)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise GoldError(f"{path}: not valid JSON: {exc}") from exc
    return validate(doc, str(path))


def iter_gold_dir(directory: PathLike) -> Iterator[tuple[Path, dict]]:
    """``(path, document)`` for every ``*.json`` file in ``directory``, sorted by name."""
    directory = Path(directory)
    if not directory.is_dir():
        raise GoldError(f"{directory}: not a directory")
    for path in sorted(directory.glob("*.json")):
        yield path, load_gold(path)


def iter_gold_jsonl(path: PathLike, check: bool = True) -> Iterator[dict]:
    """Documents of a JSON Lines file (one gold-format document per line; blank lines skipped)."""
    path = Path(path)
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldError(f"{where}: not valid JSON: {exc}") from exc
            yield validate(doc, where) if check else doc
