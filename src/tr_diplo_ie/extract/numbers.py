"""Turkish numbers as written in news: digits, number words and scale words -> Decimal.

* Digits with Turkish separators: ``"1.250.000"`` (dots group thousands), ``"31,5"``
  (comma is the decimal mark), ``"1.250.000,75"``.  Real news also writes ``"3.5"``:
  a single dot followed by one or two digits is read as a decimal point, by exactly
  three digits as a thousands separator (``"3.500"`` = 3500).  English-style
  ``"1,250,000"`` / ``"1,250.5"`` are read when unambiguous (several comma groups, or
  comma groups before a dot).  Groups separated by (no-break) spaces after a 1-3
  digit head are joined: ``"1 500 000"``.
* Number words: ``"iki yüz elli"``, ``"bir buçuk"``, ``"yarım"`` (number_words.tsv),
  also distributive (``"kırkar"``, ``"ikişer"``; digits ``"45'er"``): the amount per item.
* Scale words: ``bin``, ``milyon``, ``milyar``, ``trilyon`` and abbreviations
  (scales.tsv), in descending order, with an optional remainder:
  ``"3 milyar 200 milyon"``, ``"5 bin 500"``, ``"1,5 milyon"``, ``"üç milyar"``.

All functions return ``None`` for text that is not a well-formed number; they
never raise on odd input.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Iterable, Optional

import attrs
import regex

from .. import resources
from ..textnorm import tr_lower

# One digit token: digits with "." / "," separators; validated by parse_digits.
DIGITS = r"\d+(?:[.,]\d+)*"

# A thousands group never follows a lone 0: "0.015" and "0,015" are decimals.
_THOUSANDS_DOT = regex.compile(r"[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?")  # 1.250.000  1.250.000,75
_THOUSANDS_COMMA = regex.compile(r"[1-9]\d{0,2}(?:,\d{3}){2,}(?:\.\d+)?|[1-9]\d{0,2}(?:,\d{3})+\.\d+")  # 1,250,000
_DECIMAL_COMMA = regex.compile(r"\d+(?:,\d+)?")                        # 31,5  2024
_DECIMAL_DOT = regex.compile(r"\d+\.(?:\d{1,2}|\d{4,})|0\.\d+")        # 3.5  2.75  0.015 (not 3.500)

# A distributive suffix after digits: 45'er, 2'şer (the value is per item).
DISTRIBUTIVE = r"['’]ş?[ae]r(?!\p{L})"

_TOKEN = regex.compile(
    r"""
      (?P<digits> \d+(?:[.,]\d+)* ) (?:['’]ş?[ae]r(?!\p{L}))?     # 1.250.000  31,5  3.5  45'er
    | (?P<word> \p{L}+ )                 # üç  milyar  buçuk  mn
    | (?P<space> [\s\u00a0\u202f]+ )
    | (?P<other> . )
    """,
    regex.VERBOSE,
)


@attrs.frozen
class _Lexicon:
    words: dict  # word -> (Decimal value, kind)
    scales: dict  # word -> (Decimal value, bare allowed)


_LEXICON: Optional[_Lexicon] = None


def lexicon() -> _Lexicon:
    """Number words and scales from the resource files (loaded once)."""
    global _LEXICON
    if _LEXICON is None:
        words = {}
        for row in resources.tsv("number_words.tsv"):
            for form in (row["word"], row.get("distributive")):
                if form:
                    words[tr_lower(form)] = (Decimal(row["value"]), row["kind"])
        scales = {
            tr_lower(row["word"]): (Decimal(row["value"]), row.get("bare", "").lower() == "yes")
            for row in resources.tsv("scales.tsv")
        }
        _LEXICON = _Lexicon(words=words, scales=scales)
    return _LEXICON


def clean(value: Decimal) -> Decimal:
    """``Decimal("1500000.0")`` -> ``Decimal("1500000")``; ``1.50`` -> ``1.5``; never an exponent."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    text = format(value.normalize(), "f")
    return Decimal(text)


def parse_digits(text: str) -> Optional[Decimal]:
    """A digit string with Turkish (or unambiguous English) separators, else None.

    >>> parse_digits("1.250.000"), parse_digits("31,5"), parse_digits("3.5"), parse_digits("3.500")
    (Decimal('1250000'), Decimal('31.5'), Decimal('3.5'), Decimal('3500'))
    """
    if not isinstance(text, str):
        return None
    text = text.strip()
    if not text or not text[0].isdigit() or not text.isascii():
        return None
    try:
        if _THOUSANDS_DOT.fullmatch(text):
            whole, _, frac = text.partition(",")
            return clean(Decimal(whole.replace(".", "") + ("." + frac if frac else "")))
        if _THOUSANDS_COMMA.fullmatch(text):
            return clean(Decimal(text.replace(",", "")))
        if _DECIMAL_COMMA.fullmatch(text):
            return clean(Decimal(text.replace(",", ".")))
        if _DECIMAL_DOT.fullmatch(text):
            return clean(Decimal(text))
    except (InvalidOperation, ValueError):
        return None
    return None


def _tokens(text: str) -> Optional[list[tuple[str, str]]]:
    """(kind, text) tokens without spaces; None when something else than a number piece occurs."""
    out: list[tuple[str, str]] = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind == "space":
            continue
        if kind == "other":
            return None
        out.append((kind, match.group(kind)))
    return out


def _join_space_groups(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``1 500 000`` -> one digit token ``1.500.000`` (head of 1-3 digits, groups of 3)."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(tokens):
        kind, text = tokens[i]
        if kind == "digits" and text.isdigit() and len(text) <= 3:
            j = i + 1
            groups = [text]
            while j < len(tokens) and tokens[j][0] == "digits" and len(tokens[j][1]) == 3 and tokens[j][1].isdigit():
                groups.append(tokens[j][1])
                j += 1
            if len(groups) > 1:
                out.append(("digits", ".".join(groups)))
                i = j
                continue
        out.append((kind, text))
        i += 1
    return out


class _Small:
    """A number below 1000 built from words ("iki yüz elli üç"), or one digit token."""

    def __init__(self):
        self.hundreds: Optional[Decimal] = None
        self.tens: Optional[Decimal] = None
        self.units: Optional[Decimal] = None
        self.digits: Optional[Decimal] = None
        self.half = False
        self.fraction = False

    @property
    def empty(self) -> bool:
        return (self.hundreds is None and self.tens is None and self.units is None
                and self.digits is None and not self.fraction)

    def value(self) -> Decimal:
        if self.digits is not None:
            base = self.digits
        else:
            base = (self.hundreds or 0) + (self.tens or 0) + (self.units or 0)
        return Decimal(base) + (Decimal("0.5") if self.half else 0)

    def add_word(self, value: Decimal, kind: str) -> bool:
        if self.half or self.fraction:
            return False
        if self.digits is not None:
            # "5 yüz" is odd but readable; nothing else may follow digits
            if kind == "hundred" and self.hundreds is None and self.digits < 10 and self.digits == int(self.digits):
                self.hundreds, self.digits = self.digits * 100, None
                return True
            return False
        if kind == "unit":
            if self.units is not None:
                return False
            self.units = value
        elif kind == "ten":
            if self.tens is not None or self.units is not None:
                return False
            self.tens = value
        elif kind == "hundred":
            if self.hundreds is not None or self.tens is not None:
                return False
            if self.units == 0:
                return False
            self.hundreds = (self.units or Decimal(1)) * value
            self.units = None
        else:
            return False
        return True


def _parse_tokens(tokens: list[tuple[str, str]]) -> Optional[Decimal]:
    lex = lexicon()
    total = Decimal(0)
    last_scale: Optional[Decimal] = None
    small = _Small()
    seen_any = False
    for kind, text in tokens:
        if kind == "digits":
            value = parse_digits(text)
            if value is None or not small.empty:
                return None
            small.digits = value
            seen_any = True
            continue
        word = tr_lower(text)
        if word in lex.scales:
            scale, bare = lex.scales[word]
            if last_scale is not None and scale >= last_scale:
                return None
            if small.empty:
                if not bare or seen_any:
                    return None
                multiplier = Decimal(1)
            else:
                multiplier = small.value()
                if multiplier == 0:
                    return None
            total += multiplier * scale
            last_scale = scale
            small = _Small()
            seen_any = True
            continue
        if word not in lex.words:
            return None
        value, wkind = lex.words[word]
        if wkind == "half":
            if small.empty or small.half or small.fraction:
                return None
            if small.value() != small.value().to_integral_value():
                return None
            small.half = True
        elif wkind == "fraction":
            if not small.empty:
                return None
            small.digits = value
            small.fraction = True
        elif not small.add_word(value, wkind):
            return None
        seen_any = True
    if not seen_any:
        return None
    if not small.empty:
        rest = small.value()
        if last_scale is not None and rest >= last_scale:
            return None
        if last_scale is not None and small.fraction:
            return None  # "bin yarım"
        total += rest
    return clean(total)


def parse_number(text: str) -> Optional[Decimal]:
    """A whole number phrase -> Decimal, else None.

    >>> parse_number("1,5 milyon"), parse_number("üç milyar"), parse_number("iki yüz elli")
    (Decimal('1500000'), Decimal('3000000000'), Decimal('250'))
    """
    try:
        if not isinstance(text, str) or not text.strip():
            return None
        tokens = _tokens(text)
        if not tokens:
            return None
        return _parse_tokens(_join_space_groups(tokens))
    except Exception:  # noqa: BLE001 - a parser must never fail its caller
        return None


def largest_scale(text: str) -> Optional[Decimal]:
    """The largest scale word in ``text`` ("2,5 milyar" -> 1e9), None when there is none."""
    lex = lexicon()
    found = [lex.scales[tr_lower(w)][0] for w in regex.findall(r"\p{L}+", text) if tr_lower(w) in lex.scales]
    return max(found) if found else None


def has_scale(text: str) -> bool:
    return largest_scale(text) is not None


def piece_pattern() -> str:
    """Regex (VERBOSE-safe) for one piece of a number phrase: a digit token, a number word or a scale."""
    lex = lexicon()
    words = sorted(set(lex.words) | set(lex.scales), key=len, reverse=True)
    alternation = "|".join(regex.escape(w) for w in words)
    return (
        r"(?:(?<![\p{L}\p{N}.,])" + DIGITS + r"(?:" + DISTRIBUTIVE + r")?(?![\p{N}])"
        r"|(?<!\p{L})(?i:" + alternation + r")(?!\p{L}))"
    )


def iter_pieces(text: str) -> Iterable[str]:
    """The word/digit tokens of ``text`` (for callers that inspect a phrase)."""
    toks = _tokens(text) or []
    return [t for _, t in toks]
