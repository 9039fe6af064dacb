"""Money amounts in Turkish news: "3 milyar dolara", "yaklaşık 2 milyar dolar", "$5 milyon".

A mention is a number phrase (digits, number words, scales; see :mod:`.numbers`)
with a currency word, code or symbol (``resources/currencies.tsv``):

* ``text`` is number + scale + currency as written, without the case suffix or
  apostrophe ("3 milyar dolar" inside "3 milyar dolara", "50 milyon TL" inside
  "50 milyon TL'lik"); with a symbol the symbol belongs to it ("$5 milyon").
* ranges "2-3 milyar dolar", "12 ila 15 milyar dolar", "10 ile 12 milyon TL
  arasında": ``amount`` is the low end, ``amount_max`` the high end; a low end
  without a scale takes the scale of the high end.
* words around the amount (``resources/money_qualifiers.tsv``) set
  ``approximate`` / ``qualifier`` ("yaklaşık", "dolara kadar", "doları aşkın") or
  veto the candidate ("yüzde 5", "dolar kuru", "birkaç bin dolar").  They are not
  part of ``text``.
* a currency name with several readings (manat: AZN or TMT) is resolved by the
  country words the article mentions most (the ``context`` column).
* the Turkish lira before the 2005 redenomination is TRL: every lira amount of an article
  published before 2005, and one written after a word that says so in its sentence ("o
  zamanın para birimiyle 10 milyon liraya", "eski parayla 90 katrilyon lira").
* a sub-unit (the ``unit`` column: "kuruş" = 0.01 TRY) scales the amount ("30 kuruş" =
  0.3 TRY); right after a whole amount of its main unit it joins it into one mention
  ("5 lira 70 kuruş" = 5.7 TRY).

Phrases with no definite amount ("milyarlarca dolar", "milyar dolarlık yatırım")
give nothing.
"""

from __future__ import annotations

import datetime as _dt
import functools
from decimal import Decimal
from typing import NamedTuple, Optional

import attrs
import regex

from .. import resources
from ..records import Article, MoneyAmount
from ..textnorm import tr_lower
from . import numbers

_SP = r"[ \t\u00a0\u202f]"
_APOSTROPHES = "'’\x92"  # (\x92: a mis-decoded Windows-1252 apostrophe, "4,5 milyon Avro\x92ya")
_APOSTROPHE_CHARS = tuple(_APOSTROPHES)

SOURCE_WORD = "money.regex"
SOURCE_SYMBOL = "money.symbol"


def _key(kind: str, surface: str) -> str:
    """The lexicon key of a currency surface: words in Turkish lower case with single spaces."""
    return tr_lower(" ".join(surface.split())) if kind == "word" else surface


def _surface_pattern(surface: str) -> str:
    """A surface form as a regex: spaces match any run of horizontal space."""
    return (_SP + "+").join(regex.escape(part) for part in surface.split())


def _alternation(surfaces) -> str:
    return "|".join(_surface_pattern(s) for s in sorted(set(surfaces), key=len, reverse=True))


class _Lexicon:
    """Currencies, qualifiers and suffix rules from the resource files."""

    def __init__(self):
        self.currencies: dict[tuple[str, str], list[dict]] = {}
        self.units: dict[tuple[str, str], Decimal] = {}  # sub-units only
        self.inflect: dict[str, bool] = {}
        words, codes, symbols = set(), set(), set()
        for row in resources.tsv("currencies.tsv"):
            surface, kind = row["surface"], row["kind"]
            key = _key(kind, surface)
            self.currencies.setdefault((kind, key), []).append(row)
            if row.get("unit"):
                self.units[(kind, key)] = Decimal(row["unit"])
            if kind == "word":
                words.add(surface)
                self.inflect[key] = self.inflect.get(key, False) or row["inflect"] == "yes"
            elif kind == "code":
                codes.add(surface)
            else:
                symbols.add(surface)
        self.words_re = _alternation(words)
        self.codes_re = _alternation(codes)
        self.symbols_re = _alternation(symbols)

        self.before: list[tuple[regex.Pattern, str]] = []
        self.after: list[tuple[regex.Pattern, frozenset, str]] = []
        self.suffixes: list[tuple[regex.Pattern, str]] = []
        for row in resources.tsv("money_qualifiers.tsv"):
            phrase, position, effect = row["phrase"], row["position"], row["effect"]
            cases = frozenset(c for c in row["case"].split("|") if c)
            if position == "suffix":
                self.suffixes.append((regex.compile(phrase or r""), row["case"]))
                continue
            star = phrase.endswith("*")
            body = _surface_pattern(phrase.rstrip("*"))
            if position == "before":
                lead = r"(?<![\p{L}\p{N}])" if phrase[:1].isalnum() else ""
                pattern = regex.compile(lead + r"(?i:" + body + r")" + _SP + r"*\Z")
                self.before.append((pattern, effect))
            elif position == "after":
                tail = r"\p{L}*" if star else r"(?!\p{L})"
                pattern = regex.compile(r"\A" + _SP + r"+(?i:" + body + r")" + tail)
                self.after.append((pattern, cases, effect))

    def unit(self, kind: str, surface: str) -> Decimal:
        """Value of one ``surface`` in its currency's main unit (1 unless a sub-unit)."""
        return self.units.get((kind, _key(kind, surface)), Decimal(1))

    def suffix_case(self, suffix: str) -> Optional[str]:
        """The case a suffix marks ("a" -> dat, "lık" -> lik, "" -> nom), None if it is no suffix."""
        suffix = tr_lower(suffix.lstrip(_APOSTROPHES))
        for pattern, case in self.suffixes:
            if pattern.fullmatch(suffix):
                return case
        return None


@functools.lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    return _Lexicon()


@functools.lru_cache(maxsize=1)
def _pattern() -> regex.Pattern:
    lex = _lexicon()
    piece = numbers.piece_pattern()
    scales = "|".join(regex.escape(w) for w in sorted(numbers.lexicon().scales, key=len, reverse=True))
    run = rf"{piece}(?:{_SP}+{piece})*"
    amount = rf"""
        (?:
            (?P<low> {run} )
            (?P<sep> {_SP}*[-–—]{_SP}* | {_SP}+(?i:ila|ile|ve){_SP}+ )
        )?
        (?P<high> {run} )
    """
    pattern = rf"""
        # a symbol or code before the number: $5 milyon, €1,2 milyar, USD 500 bin
        # (not after "/": "Dolar/TL 41,20" is an exchange rate)
          (?P<pre> (?<![/\p{{L}}\p{{N}}]) (?:{lex.symbols_re}|{lex.codes_re}) ) {_SP}?
          (?P<amount> {amount} )
          (?:
              # an inflected scale ends the amount: ₺75 milyonu, $5 milyonluk
              {_SP}+ (?P<iscale> (?i:{scales}) ) (?P<ssuffix> [{_APOSTROPHES}]?\p{{L}}+ )
            | (?! {_SP}* (?:{lex.symbols_re}) )
          )
        # or a number and then a symbol, a currency word or a code
        | (?P<amount> {amount} )
          (?:
              {_SP}? (?P<symbol> {lex.symbols_re} )
            # (a line break only in hard-wrapped text: "678\n\nlira", checked in _candidate)
            | (?P<gap> {_SP}+ | {_SP}*\n[\n \t]* ) (?P<word> (?i:{lex.words_re}) ) (?P<suffix> [{_APOSTROPHES}]?\p{{L}}* )
            | {_SP}+ (?P<code> {lex.codes_re} ) (?P<suffix> [{_APOSTROPHES}]\p{{L}}+ )? (?!\p{{L}})
          )
    """
    return regex.compile(pattern, regex.VERBOSE)


@functools.lru_cache(maxsize=256)
def _context_pattern(words: str) -> regex.Pattern:
    alternation = "|".join(regex.escape(w.strip()) for w in words.split("|") if w.strip())
    return regex.compile(r"(?<!\p{L})(?:" + alternation + ")")


def _resolve_currency(kind: str, surface: str, body: str) -> Optional[str]:
    """ISO code of a matched currency surface, using the article's country words."""
    lex = _lexicon()
    rows = lex.currencies.get((kind, _key(kind, surface)))
    if not rows:
        return None
    default = next((r["code"] for r in rows if not r["context"]), None)
    best, best_count = None, 0
    for row in rows:
        if not row["context"]:
            continue
        count = len(_context_pattern(row["context"]).findall(body))
        if count > best_count:
            best, best_count = row["code"], count
    return best or default


def _pieces(text: str, offset: int) -> list[tuple[int, int]]:
    """Spans of the number pieces of a run (words and digit tokens)."""
    return [(offset + m.start(), offset + m.end()) for m in regex.finditer(r"[^\s\u00a0\u202f]+", text)]


def _parse_run(body: str, start: int, end: int) -> Optional[tuple[int, Decimal]]:
    """Value of the run body[start:end]; when the whole run is no number (a year
    before the amount: "2025 3 milyar"), the longest tail that is one. Returns (start, value)."""
    for piece_start, _ in _pieces(body[start:end], start):
        if _COMMA_THOUSANDS.fullmatch(body, piece_start, end):
            return piece_start, Decimal(body[piece_start:end].replace(",", ""))
        value = numbers.parse_number(body[piece_start:end])
        if value is not None:
            return piece_start, value
    return None


# A bare amount with commas before groups of three digits and no scale word: thousands
# separators ("25,000 TL", round 22 dev ekonomi-574), since a sum of money has no third decimal;
# with a scale word the comma stays decimal ("1,250 milyar dolar").
_COMMA_THOUSANDS = regex.compile(r"[1-9]\d{0,2}(?:,\d{3})+")


def _minus_before(body: str, start: int) -> bool:
    """A minus sign glued to the number at ``start``, after a space, an opening bracket or the
    start of the text ("benzinde -0,35 TL"); "2-3 milyar dolar" (a range) and "yıl - 5
    milyon" (a dash) have none."""
    return start >= 1 and body[start - 1] in "-\u2212" and (start == 1 or body[start - 2] in " \t\n(")


# A rate word between a qualifier and the number: "en fazla aylık 800 TL" (round 60 dev ekonomi-549)
_RATE_WORD = regex.compile(r"(?<![\p{L}])(?i:aylık|yıllık|günlük|haftalık|saatlik)\s+\Z")


def _before_effects(body: str, start: int) -> Optional[list[str]]:
    """Effects of the qualifier words right before ``start`` (or before a rate word there);
    None when a block word stands there."""
    window = body[max(0, start - 40):start]
    effects = _window_effects(window)
    if effects is None:
        return None
    rate = _RATE_WORD.search(window)
    if rate is not None and not effects:
        effects = _window_effects(window[:rate.start()], blocking=False)
    return effects


def _window_effects(window: str, blocking: bool = True) -> Optional[list[str]]:
    """The effects of the qualifier rows found at the end of ``window``; None when a block word
    stands there (block words are left out when not ``blocking``)."""
    effects = []
    for pattern, effect in _lexicon().before:
        if effect == "block" and not blocking:
            continue
        if pattern.search(window):
            if effect == "block":
                return None
            effects.append(effect)
    return effects


def _after_effects(body: str, end: int, case: str) -> Optional[list[str]]:
    """Effects of the word right after the currency (with its case); None when blocked."""
    window = body[end:end + 40]
    effects = []
    for pattern, cases, effect in _lexicon().after:
        if cases and case not in cases:
            continue
        if pattern.match(window):
            if effect == "block":
                return None
            effects.append(effect)
            break  # one word follows; the first (most specific) row wins
    return effects


def _candidate(match: regex.Match, body: str) -> Optional["_Candidate"]:
    """A candidate for one match; None when it is no money."""
    lex = _lexicon()
    if match.group("pre") is not None:
        kind = "code" if regex.fullmatch(lex.codes_re, match.group("pre")) else "symbol"
        surface = match.group("pre")
        text_start, text_end = match.start("pre"), match.end("amount")
        after_end, case, source = match.end("amount"), "nom", SOURCE_SYMBOL
        if match.group("iscale") is not None:
            text_end, after_end = match.end("iscale"), match.end("ssuffix")
            case = lex.suffix_case(match.group("ssuffix"))
            if case is None:
                return None
    elif match.group("symbol") is not None:
        kind, surface = "symbol", match.group("symbol")
        text_start, text_end = match.start("amount"), match.end("symbol")
        after_end, case, source = text_end, "nom", SOURCE_SYMBOL
    elif match.group("word") is not None:
        kind, surface = "word", match.group("word")
        if "\n" in match.group("gap") and not surface[:1].islower():
            return None  # a new line that starts with a capital is no wrapped currency word
        suffix = match.group("suffix") or ""
        key = _key(kind, surface)
        text_start, text_end = match.start("amount"), match.end("word")
        after_end, source = match.end("suffix"), SOURCE_WORD
        if suffix in _APOSTROPHE_CHARS:  # a closing quote mark: 5 milyon dolar’ dedi
            case, after_end = "nom", text_end
        elif suffix[:1] in _APOSTROPHE_CHARS:
            case = lex.suffix_case(suffix) or "other"
        else:
            if suffix and not lex.inflect.get(key, False):
                return None
            case = lex.suffix_case(suffix)
        if case is None:
            return None
    else:
        kind, surface = "code", match.group("code")
        suffix = match.group("suffix") or ""
        case = lex.suffix_case(suffix) or "other"
        text_start, text_end = match.start("amount"), match.end("code")
        after_end, source = match.end("code") + len(suffix), SOURCE_WORD

    currency = _resolve_currency(kind, surface, body)
    if currency is None:
        return None

    high_end = match.end("iscale") if match.group("pre") is not None and match.group("iscale") else match.end("high")
    high = _parse_run(body, match.start("high"), high_end)
    if high is None:
        return None
    high_start, amount = high
    amount_max: Optional[Decimal] = None
    amount_start = high_start

    after = _after_effects(body, after_end, case)
    if after is None:
        return None

    if match.group("low") is not None and high_start == match.start("high"):
        low_value = numbers.parse_number(match.group("low"))
        sep = tr_lower(match.group("sep").strip())
        if low_value is not None and (sep != "ve" or "range_end" in after):
            if not numbers.has_scale(match.group("low")):
                scale = numbers.largest_scale(body[high_start:high_end])
                # "10 ile 12 milyon": 10 milyon; but "900 ile 3 bin 700" (a remainder after the
                # scale, round 32 dev ekonomi-53): 900 where 900 bin would pass the high end
                if scale is not None and (low_value * scale < amount or not _REMAINDER.search(body, high_start, high_end)):
                    low_value = numbers.clean(low_value * scale)
            if low_value < amount:
                amount, amount_max = low_value, amount
                amount_start = match.start("low")
    if match.group("pre") is None:
        text_start = amount_start
        if amount_max is None and _minus_before(body, text_start):
            amount, text_start = -amount, text_start - 1  # a change: "benzinde -0,35 TL"

    before = _before_effects(body, text_start)
    if before is None:
        return None

    unit = lex.unit(kind, surface)
    if unit != 1:  # a sub-unit: 30 kuruş = 0.3 TRY
        amount = numbers.clean(amount * unit)
        amount_max = None if amount_max is None else numbers.clean(amount_max * unit)

    effects = before + after
    qualifier = None
    if "at_least" in effects:
        qualifier = "at_least"
    elif "at_most" in effects:
        qualifier = "at_most"
    record = MoneyAmount(
        text=body[text_start:text_end],
        start=text_start,
        end=text_end,
        amount=amount,
        currency=currency,
        amount_max=amount_max,
        approximate="approximate" in effects,
        qualifier=qualifier,
        source=source,
    )
    return _Candidate(record, case, after_end, "range_end" in after, unit)


class _Candidate(NamedTuple):
    record: MoneyAmount
    case: str  # case of the currency word ("nom", "dat", ...)
    after_end: int  # where the currency word's suffix ends
    range_end: bool  # a range word ("arasında") follows
    unit: Decimal  # value of one currency unit as written (0.01 for "kuruş")


def extract_money(article: Article, analysis=None) -> list[MoneyAmount]:
    """Money amounts in ``article.body``, in text order.

    ``analysis`` (a :class:`~tr_diplo_ie.analysis.Analysis`) is accepted for the
    common extractor signature; the rules read the surface text only.
    """
    body = getattr(article, "body", None)
    if not isinstance(body, str) or not body:
        return []
    candidates = []
    try:
        matches = list(_pattern().finditer(body))
    except Exception:  # noqa: BLE001 - never fail the document
        return []
    for match in matches:
        try:
            item = _candidate(match, body)
        except Exception:  # noqa: BLE001 - skip a bad candidate, keep the rest
            continue
        if item is not None:
            candidates.append(item)
    try:
        candidates = _join_subunits(candidates, body)
        found = _merge_ranges(candidates, body)
    except Exception:  # noqa: BLE001
        found = [c.record for c in candidates]
    return [_old_lira(m, body, getattr(article, "published", None)) for m in found]


# The pre-2005 Turkish lira (ISO 4217 TRL): 1 new lira = 1,000,000 old ones from 1 January 2005.
_REDENOMINATION = _dt.date(2005, 1, 1)
_OLD_LIRA_WORDS = regex.compile(
    r"""(?<![\p{L}])(?i:
          eski\s+para(?:yla|\s+ile|\s+birimiyle|\s+cinsinden)   # "eski parayla 90 katrilyon lira"
        | eski\s+(?:Türk\s+)?lira(?:sı)?(?:yla|\s+ile)            # "eski lirayla"
        | o\s+zaman(?:ın|ki)\s+para(?:sı|\s+birimi)(?:yla|yle|\s+ile)  # "o zamanın para birimiyle" (round 61 dev ekonomi-485)
        )[^.!?\n]{0,40}\Z""",
    regex.VERBOSE)


def _old_lira(money: MoneyAmount, body: str, published) -> MoneyAmount:
    """``money`` in TRL when it is lira of before the redenomination (see the module docstring)."""
    if money.currency != "TRY":
        return money
    old = isinstance(published, _dt.date) and published < _REDENOMINATION
    if old or _OLD_LIRA_WORDS.search(body, max(0, money.start - 120), money.start):
        return attrs.evolve(money, currency="TRL")
    return money


def _join_subunits(candidates: list[_Candidate], body: str) -> list[_Candidate]:
    """Join a whole main-unit amount and the sub-unit amount right after it into one
    mention: "5 lira 70 kuruş" (5.7 TRY), "1 TL 25 kuruşa"."""
    out: list[_Candidate] = []
    for cand in candidates:
        if out:
            prev = out[-1]
            first, second = prev.record, cand.record
            if (
                prev.unit == 1 and cand.unit < 1 and prev.case == "nom"
                and first.currency == second.currency
                and first.amount_max is None and second.amount_max is None
                and first.amount == first.amount.to_integral_value() and first.amount >= 0
                and 0 < second.amount < 1
                and not second.approximate and second.qualifier is None
                and body[prev.after_end:second.start].isspace()
                and "\n" not in body[prev.after_end:second.start]
            ):
                out[-1] = cand._replace(record=attrs.evolve(
                    first, text=body[first.start:second.end], end=second.end,
                    amount=numbers.clean(first.amount + second.amount),
                    qualifier=first.qualifier or second.qualifier,
                ), unit=Decimal(1))
                continue
        out.append(cand)
    return out


# a number after a scale word: the high end of a range has a remainder ("3 bin 700")
_REMAINDER = regex.compile(r"(?i:bin|milyon|milyar|trilyon)\s+\d")


_RANGE_GAP = regex.compile(
    rf"""
      {_SP}* [-–—] {_SP}*                 # 5 milyon dolar - 10 milyon dolar
    | {_SP}+ (?P<word> (?i:ila|ile|ve) ) {_SP}+   # ... ila / ile / ve ...
    """,
    regex.VERBOSE,
)


def _merge_ranges(candidates, body: str) -> list[MoneyAmount]:
    """Join "8 bin 200 dolar ile 12 bin dolar arasında" / "5 milyon avro ila 10 milyon avro"
    into one range. "ile" and "ve" need a following "arasında"; "dolardan ... dolara"
    (from/to) is a change, not a range, and stays two amounts."""
    out: list[MoneyAmount] = []
    i = 0
    while i < len(candidates):
        first, case, after_end = candidates[i].record, candidates[i].case, candidates[i].after_end
        if i + 1 < len(candidates):
            second, range_end = candidates[i + 1].record, candidates[i + 1].range_end
            gap = _RANGE_GAP.fullmatch(body, after_end, second.start)
            word = tr_lower(gap.group("word") or "") if gap else ""
            if (
                gap and case == "nom"
                and first.currency == second.currency
                and first.amount_max is None and second.amount_max is None
                and first.qualifier is None
                and first.amount < second.amount
                and (word in ("", "ila") or range_end)
            ):
                out.append(MoneyAmount(
                    text=body[first.start:second.end], start=first.start, end=second.end,
                    amount=first.amount, currency=first.currency, amount_max=second.amount,
                    approximate=first.approximate or second.approximate,
                    qualifier=second.qualifier, source=first.source,
                ))
                i += 2
                continue
        out.append(first)
        i += 1
    return out
