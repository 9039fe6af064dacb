"""One cattrs converter for every record: JSON-ready dicts both ways.

Decimals travel as strings ("3000000000", "1.5"), dates as "YYYY-MM-DD",
tuples as lists.  ``to_json``/``from_json`` wrap the converter for a whole
record; ``dumps``/``loads`` go straight to and from JSON text.
"""

from __future__ import annotations

import datetime as _dt
import json
from decimal import Decimal
from typing import Any, Type, TypeVar

import cattrs

T = TypeVar("T")


def decimal_str(value: Decimal) -> str:
    """A Decimal as a plain string without exponent: 3E+9 -> "3000000000", 1.50 -> "1.5"."""
    value = Decimal(value)
    return "0" if value == 0 else format(value.normalize(), "f")


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter()
    conv.register_unstructure_hook(Decimal, decimal_str)
    conv.register_structure_hook(Decimal, lambda v, _: Decimal(str(v)))
    conv.register_unstructure_hook(_dt.date, lambda d: d.isoformat())
    conv.register_structure_hook(_dt.date, lambda v, _: _dt.date.fromisoformat(v))
    return conv


converter = _make_converter()


def to_json(record: Any) -> Any:
    """A record (or list of records) as JSON-ready Python data."""
    return converter.unstructure(record)


def from_json(data: Any, cls: Type[T]) -> T:
    """Rebuild a record of type ``cls`` from :func:`to_json` output."""
    return converter.structure(data, cls)


def dumps(record: Any, **kwargs) -> str:
    return json.dumps(to_json(record), ensure_ascii=False, **kwargs)


def loads(text: str, cls: Type[T]) -> T:
    return from_json(json.loads(text), cls)
