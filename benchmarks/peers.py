"""Peer systems for the accuracy benchmark, as adapters to gold-shaped documents.

Each adapter takes a document ``{"id", "text", "published"}`` and returns the
items of one kind, gold-shaped with ``start``/``end``.  See ``benchmarks/README.md``
for the mappings and their caveats.

* :func:`dateparser_dates` — ``dateparser.search.search_dates`` (Turkish).
* :func:`price_parser_money` — ``price_parser.Price.fromstring`` on candidate spans.
* :func:`regex_direct_quotes` — a quote-mark + cue-verb regular expression.

``dateparser`` and ``price_parser`` are imported lazily (the ``bench`` extra).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any, Optional

# --------------------------------------------------------------------------- dates

_MONTHS = ("ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos",
           "eylül", "ekim", "kasım", "aralık")
_DAY_WORDS = ("bugün", "dün", "yarın", "pazartesi", "salı", "çarşamba", "perşembe", "cuma",
              "cumartesi", "pazar")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_DAY_NUMBER = re.compile(r"(?<![\d.,])\d{1,2}(?![\d.,]\d)")
_TIME = re.compile(r"\b\d{1,2}[.:]\d{2}\b")


def _lower(text: str) -> str:
    return text.replace("I", "ı").replace("İ", "i").lower()


def date_granularity(expression: str) -> str:
    """``"day" | "week" | "month" | "year" | "time"`` inferred from the matched words."""
    low = _lower(expression)
    words = re.findall(r"\w+", low)
    has_month = any(w.startswith(m) for w in words for m in _MONTHS)
    has_day_word = any(w.startswith(d) for w in words for d in _DAY_WORDS)
    has_day_number = bool(_DAY_NUMBER.search(_YEAR.sub(" ", low)))
    if _TIME.search(low) or "saat" in words:
        return "time"
    if any(w.startswith("hafta") for w in words):
        return "week"
    if (has_month and has_day_number) or has_day_word:
        return "day"
    if has_month or any(w in ("ay", "ayı", "ayın", "aya", "ayda") for w in words):
        return "month"
    if _YEAR.search(low) or any(w.startswith("yıl") or w.startswith("sene") for w in words):
        return "year"
    return "day"


def timex_value(when: dt.datetime, granularity: str) -> str:
    if granularity == "year":
        return f"{when.year:04d}"
    if granularity == "month":
        return f"{when.year:04d}-{when.month:02d}"
    if granularity == "week":
        year, week, _ = when.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if granularity == "time":
        return when.strftime("%Y-%m-%dT%H:%M")
    return when.strftime("%Y-%m-%d")


def _published(doc: dict) -> Optional[dt.datetime]:
    value = doc.get("published")
    if not value:
        return None
    try:
        return dt.datetime.strptime(str(value)[:10], "%Y-%m-%d")
    except ValueError:
        return None


def dateparser_dates(doc: dict) -> list[dict]:
    """Date items from ``search_dates(text, languages=["tr"], RELATIVE_BASE=published)``.

    Span: the returned substring, located left to right.  Value: the returned
    datetime at the granularity of :func:`date_granularity`.  Without a
    publication date, only expressions with an explicit 4-digit year get a value
    (dateparser would resolve the rest against today).
    """
    from dateparser.search import search_dates

    text = doc.get("text") or ""
    base = _published(doc)
    settings: dict[str, Any] = {"RELATIVE_BASE": base} if base else {}
    try:
        found = search_dates(text, languages=["tr"], settings=settings) or []
    except Exception:  # the peer's own failure: no items for this document
        return []
    items, cursor = [], 0
    for substring, when in found:
        start = text.find(substring, cursor)
        if start < 0:
            start = text.find(substring)
        if start < 0 or not substring.strip():
            continue
        cursor = start + len(substring)
        granularity = date_granularity(substring)
        value = timex_value(when, granularity) if (base or _YEAR.search(substring)) else None
        item = {"text": substring, "type": "TIME" if granularity == "time" else "DATE",
                "start": start, "end": start + len(substring)}
        if value is not None:
            item["value"] = value
        items.append(item)
    return items


# --------------------------------------------------------------------------- money

# ISO codes of the currency words and symbols of the gold-format spec.
CURRENCIES = {
    "dolar": "USD", "$": "USD", "usd": "USD",
    "avro": "EUR", "euro": "EUR", "€": "EUR", "eur": "EUR",
    "tl": "TRY", "lira": "TRY", "₺": "TRY", "try": "TRY",
    "ruble": "RUB", "tenge": "KZT", "som": "KGS",
    "sterlin": "GBP", "£": "GBP", "gbp": "GBP",
    "manat": "AZN", "yuan": "CNY",
}
SCALES = {"bin": Decimal(1000), "milyon": Decimal(10) ** 6, "milyar": Decimal(10) ** 9,
          "trilyon": Decimal(10) ** 12}

_MONEY = re.compile(
    r"""
    (?:(?P<symbol>[$€£₺])\s?)?                          # a leading symbol: $3.5
    (?<![\w.,])(?P<number>\d{1,3}(?:\.\d{3})+(?:,\d+)?  # 12.345,67
        | \d+(?:[.,]\d+)?)                               # 7,2   2500   2.5
    (?:\s+(?P<scale>bin|milyon|milyar|trilyon)\b)?
    (?:\s*(?P<currency>dolar|avro|euro|TL|lira|ruble|tenge|som|sterlin|manat|yuan|USD|EUR|GBP|[$€£₺])
        (?=\w*))?                                        # case suffix left outside the span
    """,
    re.VERBOSE,
)


def _plain(amount: Decimal) -> str:
    text = format(amount.normalize(), "f")
    return text


def price_parser_money(doc: dict) -> list[dict]:
    """Money items: ``Price.fromstring`` on regex candidates (number + currency).

    A candidate is a number, an optional scale word and a currency word or
    symbol (before or after).  price-parser reads the number (its decimal
    separator guess) and the currency symbol; the adapter multiplies by the
    scale word and maps the currency word/symbol to ISO 4217 (:data:`CURRENCIES`).
    ``approximate`` is always false (price-parser has no notion of it).
    """
    from price_parser import Price

    text = doc.get("text") or ""
    items = []
    for match in _MONEY.finditer(text):
        try:
            currency_word = match.group("currency") or match.group("symbol")
            if not currency_word:
                continue
            if match.group("currency") and match.group("symbol"):
                continue
            # a word currency must start a word and be followed by a letter or not
            end = match.end()
            start = match.start()
            if match.group("currency") and match.group("currency")[0].isalpha():
                before = text[match.start("currency") - 1] if match.start("currency") > 0 else " "
                if before.isalnum():
                    continue
            candidate = text[start:end]
            price = Price.fromstring(candidate)
            if price.amount is None:
                continue
            iso = CURRENCIES.get((price.currency or "").lower()) or CURRENCIES.get(currency_word.lower())
            if iso is None:
                continue
            amount = Decimal(price.amount)
            if match.group("scale"):
                amount *= SCALES[match.group("scale")]
            items.append({"text": candidate, "amount": _plain(amount), "currency": iso,
                          "approximate": False, "start": start, "end": end})
        except Exception:  # one odd candidate must not lose the document
            continue
    return items


# --------------------------------------------------------------------------- quotes

_CUES = r"diye\s+konuştu|şeklinde\s+konuştu|ifadelerini\s+kullandı|ifadesini\s+kullandı|diye\s+ekledi|dedi|söyledi"
_QUOTE = re.compile(
    r"""
    (?P<open>[“"«])
    (?P<body>[^“”"«»]{2,}?)
    (?P<close>[”"»])
    [\s,]*
    (?P<cue>""" + _CUES + r""")\b
    """,
    re.VERBOSE,
)
_UPPER = "A-ZÇĞİÖŞÜÂÎÛ"
_SPEAKER = re.compile(
    rf"(?P<name>[{_UPPER}][\w’']*(?:\s+[{_UPPER}][\w’']*){{0,2}})[\s,:]*$"
)


def regex_direct_quotes(doc: dict) -> list[dict]:
    """Direct quotes: text between quote marks that a cue verb follows.

    Speaker: the run of (up to three) capitalised words just before the opening
    mark, without an apostrophe suffix; null when there is none.
    """
    text = doc.get("text") or ""
    items = []
    for match in _QUOTE.finditer(text):
        body_start, body_end = match.span("body")
        while body_start < body_end and text[body_start].isspace():
            body_start += 1
        while body_end > body_start and text[body_end - 1].isspace():
            body_end -= 1
        if body_end <= body_start:
            continue
        speaker = None
        left = _SPEAKER.search(text[max(0, match.start() - 80):match.start()])
        if left:
            speaker = re.split(r"[’']", left.group("name"))[0].strip() or None
        items.append({"text": text[body_start:body_end], "speaker": speaker,
                      "cue": re.sub(r"\s+", " ", match.group("cue")), "kind": "direct",
                      "start": body_start, "end": body_end})
    return items


PEERS = {
    "dateparser": ("dates", dateparser_dates),
    "price-parser": ("money", price_parser_money),
    "quote-regex": ("quotes", regex_direct_quotes),
}


def peer_document(doc: dict, name: str) -> dict:
    """A gold-shaped system document of peer ``name`` for gold document ``doc``."""
    kind, adapter = PEERS[name]
    out = {"id": doc.get("id"), "text": doc.get("text"), "quotes": [], "money": [], "dates": [],
           "agreements": []}
    out[kind] = adapter(doc)
    return out
