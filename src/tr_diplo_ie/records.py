"""Typed, frozen records that the extractors produce.

Every mention record carries ``start``/``end`` (character offsets into the
article body, end exclusive) with ``body[start:end] == text``, and ``source``:
the name of the rule or model that produced it.  Records hold plain Python
values only (str, int, Decimal, tuples) and never stanza objects.
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Optional

import attrs

QUOTE_KINDS = ("direct", "indirect", "mixed")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
AGREEMENT_TYPES = (
    "agreement", "treaty", "memorandum", "protocol", "declaration",
    "decision", "plan", "roadmap", "contract", "other",
)
AGREEMENT_STATUSES = ("signed", "adopted", "ratified", "agreed", "planned", "mentioned")
ENTITY_TYPES = ("PER", "LOC", "ORG")


def _check_span(instance, attribute, value):  # noqa: ARG001 - attrs validator signature
    if instance.start < 0 or instance.end < instance.start:
        raise ValueError(f"bad span {instance.start}:{instance.end}")
    if len(instance.text) != instance.end - instance.start:
        raise ValueError(
            f"text {instance.text!r} does not fit span {instance.start}:{instance.end}"
        )


def _one_of(choices):
    return attrs.validators.in_(choices)


@attrs.frozen(slots=True)
class Article:
    """An article: id, optional publication date and the body text that offsets refer to."""

    id: str
    body: str
    published: Optional[_dt.date] = None


@attrs.frozen(slots=True)
class EntityMention:
    """A named-entity mention (person, place, organisation)."""

    text: str
    start: int
    end: int = attrs.field(validator=_check_span)
    type: str = attrs.field(validator=_one_of(ENTITY_TYPES))
    name: str = ""  # normalised / resolved name ("Kazakistan'ın" -> "Kazakistan")
    source: str = ""


@attrs.frozen(slots=True)
class Speaker:
    """Who said it: the name as written, the fullest name in the article, and a title."""

    text: str
    start: int
    end: int = attrs.field(validator=_check_span)
    name: str  # resolved fullest name, e.g. "Sadır Caparov"
    title: Optional[str] = None  # e.g. "Cumhurbaşkanı"
    type: Optional[str] = None  # PER / ORG when known
    source: str = ""


@attrs.frozen(slots=True)
class Quote:
    """Reported speech: direct (in quote marks), indirect (reported clause) or mixed."""

    text: str
    start: int
    end: int = attrs.field(validator=_check_span)
    kind: str = attrs.field(validator=_one_of(QUOTE_KINDS))
    speaker: Optional[Speaker] = None
    cue: Optional[str] = None  # reporting expression as written ("diye konuştu")
    cue_start: Optional[int] = None
    cue_end: Optional[int] = None
    sentence: int = 0  # index of the sentence where the quote starts
    optional: bool = False  # e.g. a headline in quote marks with no cue
    source: str = ""


@attrs.frozen(slots=True)
class MoneyAmount:
    """An amount of money: Decimal amount, ISO 4217 currency, approximate/qualifier."""

    text: str
    start: int
    end: int = attrs.field(validator=_check_span)
    amount: Decimal
    currency: str
    amount_max: Optional[Decimal] = None
    approximate: bool = False
    qualifier: Optional[str] = None  # "at_least" | "at_most"
    source: str = ""


@attrs.frozen(slots=True)
class TimeExpression:
    """A TIMEX3 temporal expression, resolved against the publication date."""

    text: str
    start: int
    end: int = attrs.field(validator=_check_span)
    type: str = attrs.field(validator=_one_of(TIMEX_TYPES))
    value: Optional[str] = None
    mod: Optional[str] = None
    quant: Optional[str] = None  # "EVERY" for sets
    source: str = ""


@attrs.frozen(slots=True)
class Agreement:
    """A signed / adopted / planned document (treaty, memorandum, plan, ...)."""

    text: str
    start: int
    end: int = attrs.field(validator=_check_span)
    name: str
    type: str = attrs.field(validator=_one_of(AGREEMENT_TYPES))
    status: str = attrs.field(validator=_one_of(AGREEMENT_STATUSES))
    named: bool = False
    date: Optional[str] = None
    parties: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    source: str = ""


@attrs.frozen(slots=True)
class Extraction:
    """Everything extracted from one article."""

    article_id: str
    published: Optional[_dt.date]
    body: str
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=tuple)
    money: tuple[MoneyAmount, ...] = attrs.field(default=(), converter=tuple)
    dates: tuple[TimeExpression, ...] = attrs.field(default=(), converter=tuple)
    agreements: tuple[Agreement, ...] = attrs.field(default=(), converter=tuple)
    entities: tuple[EntityMention, ...] = attrs.field(default=(), converter=tuple)
    warnings: tuple[str, ...] = attrs.field(default=(), converter=tuple)
