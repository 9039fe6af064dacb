"""Temporal expressions (TIMEX3 DATE/TIME/DURATION/SET) in Turkish news text.

``extract_dates(article, analysis=None)`` runs regular-expression rules over a
Turkish-lower-cased copy of the body (same length, so offsets carry over), keeps the
longest non-overlapping candidates, and normalises them with
:mod:`tr_diplo_ie.extract.timex` against ``article.published``.  The word lists are
data files in ``tr_diplo_ie/resources`` (``months.tsv``, ``relative_times.tsv``,
``time_units.tsv``, ``time_*.tsv``).

Decisions (see also ``tests/extract/date_examples.tsv``):

* text: a case suffix of a bare date is left out ("22 Ağustos'ta" -> "22 Ağustos",
  "2024 yılında" -> "2024 yılı", "geçen yılın" -> "geçen yıl"); a possessive, a
  derivational suffix ("Bugünkü", "3 yıldır", "iki haftalık", "1990'lı yıllar") and a
  postposition that changes the meaning ("2030 yılına kadar", "2020'den bu yana",
  "6 ay süreyle") are kept.  A pre-modifier ("yaklaşık 3 yıl") is kept, as in TimeML.
* A date without a year ("22 Ağustos", "Ağustos ayında") takes the publication year.
* "-e kadar" -> mod ON_OR_BEFORE; "-den beri / bu yana / itibaren" -> ON_OR_AFTER
  (TimeML: X itself is included; START would mean "the beginning of X"); "-den
  sonra" -> AFTER; "-den önce" -> BEFORE; başı/ortası/sonu -> START/MID/END; a postposition's mod wins
  over an edge ("yıl sonuna kadar" -> ON_OR_BEFORE).
* "son 5 yılda" -> DURATION P5Y with no mod (TimeML gives a mod only for
  approximation or bounds; "the last" only anchors the duration).
* "her yıl", "her geçen yıl", "yılda bir", "iki yılda bir" -> SET with quant EVERY
  ("her geçen yıl" is "each passing year": a set of years).
* A bare weekday ("Pazartesi günü") resolves to the latest such day on or before the
  publication date (news report past events), or to the first on or after it when the
  rest of its sentence has a future-tense verb; "geçen/geçtiğimiz X" -> the latest X
  before publication, "gelecek/önümüzdeki X" -> the first X after it, "bu X" -> the X
  of the publication week.
* "saat 14.30'da" -> TIME on the day of an immediately preceding date ("22 Ağustos'ta
  saat 14.30'da" becomes one TIME), otherwise on the publication date.
* "X saat/dakika önce" -> DATE on the day of publication moved by whole days (the
  publication time is not known).
* With ``published`` None every value that depends on it is None; absolute dates,
  durations, sets and PRESENT/PAST/FUTURE_REF keep their values.
* A season with a two-digit second year ("2007-08", "1999-00"; consecutive years only) is
  one DATE without a value, like "2014-2015 sezonu".
* Not dates: "tarih boyunca", ordinals ("7. Toplantı"), bare numbers and years
  without a suffix or "yıl" ("3 milyar", "2025 kişi"), "bir gün" (one day, someday).
"""

from __future__ import annotations

import datetime as _dt
import functools
from decimal import Decimal
from typing import Iterator, Optional

import attrs
import regex

from .. import resources
from ..analysis import Analysis
from ..records import Article, TimeExpression
from ..textnorm import SPACED_SUFFIX
from . import timex
from .spans import SpanSet

# ---------------------------------------------------------------------------
# Turkish lower-casing that keeps the length (offsets stay valid)

_FOLD_SPECIAL = str.maketrans({"I": "ı", "İ": "i"})


def fold(text: str) -> str:
    """Turkish lower case, one character for one (I -> ı, İ -> i; İ is the only character
    whose lower case is longer; tests/extract/test_fast_paths.py checks them all)."""
    return text.translate(_FOLD_SPECIAL).lower()


# ---------------------------------------------------------------------------
# Suffix grammar for the last word of an expression (regex fragments)

_CASE_C = r"[ae]|[ıiuü]n?|[dt][ae](?:n|ki)?|l[ae]"          # after a consonant
_CASE_V = r"y[ae]|y[ıiuü]|n[ıiuü]n|[dt][ae](?:n|ki)?|yl[ae]"  # after a vowel
_CASE_P = r"n[ae]|n[ıiuü]n?|nd[ae](?:n|ki)?|yl[ae]"           # after a possessive
_DERIV = r"l[ıiuü]k|l[ıiuü]ğ[ıiuü]n[ae]|[dt][ıiuü]r|c[ae]|k[iü]"  # kept: -lık -lığına -dır -ca -ki
_APOS = r"['’\x92]"  # \x92: a CP1252 apostrophe left in some texts


def _sfx(final: str, plural: bool = True) -> str:
    """Suffixes after a stem; ``final`` is "V", "C" or the name of a group that is set
    when the stem ends in a vowel.  Groups: ``keep`` (kept in the text), ``case``."""
    if final == "P":  # the stem ends in a possessive already ("hafta sonu-na", "-nda")
        poss, case = r"(?!)", f"(?:{_CASE_P})"
    elif final == "V":
        poss, case = r"s[ıiuü]", f"(?:{_CASE_V})"
    elif final == "C":
        poss, case = r"[ıiuü]", f"(?:{_CASE_C})"
    else:
        poss = rf"(?({final})s[ıiuü]|[ıiuü])"
        case = rf"(?({final})(?:{_CASE_V})|(?:{_CASE_C}))"
    plural_part = r"(?P<pl>l[ae]r)?" if plural else r"(?P<pl>(?!))?"
    return (
        rf"(?P<keep>{plural_part}(?P<poss>(?(pl)[ıiuü]|{poss}))?(?:{_DERIV})?)"
        rf"(?P<case>(?(poss)(?:{_CASE_P})|(?(pl)(?:{_CASE_C})|{case})))?"
        r"(?!\p{L})"
    )


# "yılsonu" written as one word (round 65 dev ekonomi-477 "bir önceki yılsonuna göre", ekonomi-438
# "yılsonunda"): a phrase ending in "yıl" may run straight into the part "sonu" (_extend_part)
_YEAR_END_ON = r"(?=sonu(?:n(?:[ae]|[dt][ae]|[dt][ae]n|un))?(?!\p{L}))"
_APOS_SFX = rf"(?:(?P<apos>{_APOS})(?P<asfx>\p{{L}}+))?(?!\p{{L}})"
_VOWELS = set("aeıioöuüâîû")


_BACK = set("aıouâû")


def _harmonises(stem: str, suffix: str) -> bool:
    """Front/back vowel harmony of a suffix with its stem ("kasım" + "ı", not "i")."""
    last = next((c for c in reversed(stem.lower()) if c in _VOWELS), None)
    first = next((c for c in suffix.lower() if c in _VOWELS), None)
    return last is None or first is None or (last in _BACK) == (first in _BACK)


def _final(word: str) -> str:
    return "V" if word[-1:] in _VOWELS else "C"


# Seasons and their TIMEX3 codes ("1973 ilkbaharı" -> 1973-SP)
_SEASONS = {"ilkbahar": "SP", "bahar": "SP", "yaz": "SU", "sonbahar": "FA", "güz": "FA", "kış": "WI"}


def _alt(words) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


# Words of ``time_not_after_year.txt`` this short match only whole or with a plain noun ending
_SHORT_NOT_YEAR = 3
_PLAIN_NOUN_ENDING = r"""(?:['’]\p{L}*
    |(?:l[ae]r)?                                    # plural: "oylar"
     (?:[ıiuü]n|n[ıiuü]n|y[ıiuü]|y[ae]|yl[ae]       # genitive, accusative, dative, "ile": "evin", "oyla"
       |[ıiuü]|[ae]|[dt][ae]n?|l[ae]|l[ıiuü]k|s[ıiuü])?  # locative, ablative, "-lık": "evde", "tonluk"
    )(?!\p{L})"""


# ---------------------------------------------------------------------------
# Lexicon (resources) and compiled rules


@attrs.frozen
class _Rule:
    name: str
    pattern: "regex.Pattern"
    priority: int
    data: object = None


@attrs.frozen
class _Lexicon:
    months: dict
    common_months: frozenset  # month names that are also common nouns (ocak, ekim, aralık)
    weekdays: dict  # name -> (number, ambiguous)
    units: dict  # word -> row
    numbers: dict  # word -> (value, kind)
    modifiers: tuple
    parts: tuple
    determiners: dict
    future: "regex.Pattern"
    rules: tuple
    part_re: "regex.Pattern"
    post_re: "regex.Pattern"
    pre_re: "regex.Pattern"
    month_noun_re: "regex.Pattern"  # a noun a bare month dates ("Haziran toplantısı")


_PROBES = "0aeıioöuüâîûbcçdfgğhjklmnprsştvyzqwx-–./,:;'’%$€₺()\"“”# \n"


def _digit_first(pattern: "regex.Pattern") -> "regex.Pattern":
    """``pattern`` with a look-ahead for a digit when only a digit can begin a match: the
    engine then skips the other positions fast (the same matches, several times faster)."""
    if not any(pattern.match(digit, partial=True) for digit in "0123456789") or any(
            pattern.match(probe, partial=True) for probe in _PROBES if not probe.isdigit()):
        return pattern
    return regex.compile(r"(?=\d)" + pattern.pattern, pattern.flags)


@functools.lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    month_rows = resources.tsv("months.tsv")
    months = {r["name"]: int(r["number"]) for r in month_rows}
    common_months = frozenset(r["name"] for r in month_rows if r.get("common") == "yes")
    weekdays = {
        r["name"]: (int(r["number"]), r.get("ambiguous") == "1") for r in resources.tsv("time_weekdays.tsv")
    }
    units = {r["word"]: r for r in resources.tsv("time_units.tsv")}
    numbers = {r["word"]: (r["value"], r["kind"]) for r in resources.tsv("time_numbers.tsv")}
    modifiers = tuple(resources.tsv("time_modifiers.tsv"))
    parts = tuple(resources.tsv("time_parts.tsv"))
    determiners = {r["word"]: r for r in resources.tsv("time_determiners.tsv")}
    future = regex.compile(
        r"\p{L}+(?:" + _alt(resources.words("time_future_markers.txt")) + r")\p{L}*"
    )

    def kind(*kinds):
        return _alt(w for w, (_, k) in numbers.items() if k in kinds)

    # no letter, digit or separator before (".5 yıl" is part of "1.5 yıl"), except a sentence's
    # full stop with its space lost before a number word ("sayılıyordu.Üç yıldır", round 31 dev
    # ekonomi-110)
    # (a comma right after a word is no decimal one: "Demirel,7 yıl", round 64 dev siyaset-194)
    num = rf"""(?<![\p{{L}}\d])(?<!\d,)(?<!(?<!\p{{L}}\p{{L}})\.)(?P<num>(?:
            (?:2[1-9]|[3-9]\d)\d{{2}}(?!\d|[.,]\d)  # "2500 yıl önce"; not a number that may be a year ("1291 yılı")
          | \d{{1,3}}(?:,\d+|\.\d(?!\d))?(?!\d|[.,]\d)  # "2,5" and the English "1.5 yıl", not "1.500"
              (?:['’]ş?[ae]r)?                      # distributive: "2'şer yıl", "3’er yıl"
          | (?:{kind("vague")})
          | (?:(?:{kind("hundred")})\s+)?(?:{kind("ten")})(?:\s+(?:{kind("unit")}))?
          | (?:(?:{kind("hundred")})\s+)?(?:{kind("unit")})
          | (?:{kind("hundred")}) | (?:{kind("half")})
        )(?:\s+(?:{kind("plus_half")}))?)"""
    scale = kind("scale")
    times = kind("times")
    unit_v = _alt(w for w in units if _final(w) == "V")
    unit_c = _alt(w for w in units if _final(w) == "C")
    unit = rf"(?P<unit>(?P<uv>{unit_v})|{unit_c})"
    month = rf"(?P<mon>{_alt(months)})"
    weekday = rf"(?P<wd>{_alt(weekdays)})"
    dets = rf"(?P<det>{_alt(w for w, r in determiners.items() if r['weekday'] != '-')})"
    dur_dets = _alt(w for w, r in determiners.items() if r["duration"] == "yes")
    year = r"(?P<y>(?:1[5-9]|20)\d{2})(?!\d|[.,]\d)"
    lb = r"(?<![\p{L}\d.,/])"

    next_year = r"(?=,[ \t]{1,2}(?:1[5-9]|20)\d{2}(?!\d|\.\d)|\s+(?:ve|ile)\s+(?:1[5-9]|20)\d{2}(?!\d|\.\d))"
    not_year_words = resources.words("time_not_after_year.txt")
    # (a short word only as itself or with a plain noun ending: "2014 evlilik", "2020 Oyunları" keep
    # their years)
    not_year = "|".join(filter(None, (
        _alt(w for w in not_year_words if len(w) > _SHORT_NOT_YEAR),
        rf"(?:{_alt(w for w in not_year_words if len(w) <= _SHORT_NOT_YEAR)}){_PLAIN_NOUN_ENDING}")))
    measure_labels = _alt(resources.words("time_measure_labels.txt"))
    school = r"(?:eğitim|öğretim|ders|sezon)"  # "2008-2009 eğitim öğretim yılı" is one school year
    specs = [
        ("date_dmy", rf"(?:(?<=\d,)|{lb})(?P<d>[0-3]?\d)\.?\s+{month}(?:\s+{year})?{_APOS_SFX}"),
        # "22 Temmuz 2014 yılından itibaren" (round 23 dev siyaset-195): one date, not the day
        # lost to the longer "2014 yılından itibaren"
        ("date_dmy", rf"(?:(?<=\d,)|{lb})(?P<d>[0-3]?\d)\.?\s+{month}\s+{year}\s+(?:(?P<uv>sene)|yıl)"
                     rf"{_sfx('uv', plural=False)}"),
        ("date_numeric", rf"{lb}(?P<d>[0-3]?\d)(?P<sep>[./])(?P<m>[01]?\d)(?P=sep){year}{_APOS_SFX}"),
        # the first days of a range or list: "6 - 15 Kasım 2012", "9,10,11,12 Kasım 2012"
        ("day_list", rf"(?:(?<=\d,)|{lb})(?<!yüzde\s)(?P<d>[0-3]?\d)(?=(?:(?:\s*[-–,]\s*|\s+ve\s+)[0-3]?\d)*"
                     rf"(?:\s*[-–,]\s*|\s+ve\s+)[0-3]?\d\.?\s+{month}"
                     rf"(?:\s+{year})?(?!\p{{L}}))"),
        ("month_year", rf"(?<![\p{{L}}\d]){month}\s+{year}{_APOS_SFX}"),
        # a day of the current month: "ayın 25’inde" (round 10 dev siyaset-182); with its
        # ending only, "ayın 25 günü" aside
        ("month_day", rf"(?<![\p{{L}}\d])(?<!her\s)ayın\s+(?P<d>[0-3]?\d)(?=(?P<apos>{_APOS})(?P<asfx>\p{{L}}+)(?!\p{{L}}))"
                      rf"{_APOS_SFX}"),
        # months listed before "ayları": "Haziran, Temmuz ve Ağustos ayları" (round 23 dev ekonomi-503);
        # the first month of a range before "dönemi": "Ocak-Mayıs döneminde" (one DATE per end point,
        # ANNOTATION-notes FU, GR: dev ekonomi-171, -475)
        ("month_list", rf"(?<![\p{{L}}\d]){month}(?=(?:\s*,\s*(?:{_alt(months)}))*"
                       rf"(?:\s*,\s*|\s+(?:ve|ile|veya)\s+)(?:{_alt(months)})\s+aylar"
                       rf"|[ \t]*[-–][ \t]*(?:{_alt(months)})(?:\s+dönem|\s+(?P<ry>(?:1[5-9]|20)\d{{2}})(?!\d|[.,]\d)))"),
        # (... or before the year that the range's end month takes: "Ocak-Mayıs 2014 döneminde", round 65
        # dev ekonomi-476: the start month is of that year)
        ("month", rf"(?<![\p{{L}}\d]){month}(?:(?P<ay>\s+ay|(?<=[-–][ \t]*\p{{L}}+)\s+dönem){_sfx('C')}"
                  rf"|(?P<msfx>{_CASE_C})(?!\p{{L}})|{_APOS_SFX})"),
        # (also after a full stop whose space was lost: "bitirdi.1949'da", round 40 dev siyaset-238)
        # "yılsonu" written as one word: "2014 yılsonuna göre" (round 65 dev ekonomi-477) is the year's END
        ("year_end", rf"{lb}{year}\s+yılsonu(?P<case>n(?:[ae]|[dt][ae]|[dt][ae]n))?(?!\p{{L}})"),
        ("year", rf"(?:(?<=\p{{Ll}}\.)|{lb}){year}(?:{_APOS}(?P<asfx>\p{{L}}+)(?!\p{{L}})|[ \t]{_APOS}(?P<asfx2>{SPACED_SUFFIX})"
                 rf"|\s+(?:(?P<uv>sene)|yıl){_sfx('uv', plural=False)})"),
        # not a share: "yüzde 70'lerde", "%70'ler"
        # the apostrophe may be lost, or become a space: "1990 lı yıllardan bu yana" (round 78 dev teknoloji-321)
        ("decade", rf"{lb}(?<!yüzde\s|%)(?P<y>(?:1[5-9]|20)\d0|[3-9]0)(?:{_APOS}|[ \t])?l[ıiuü]\s+yıllar{_sfx('C', plural=False)}"),
        ("decade", rf"{lb}(?<!yüzde\s|%)(?P<y>(?:1[5-9]|20)\d0|[3-9]0){_APOS}l[ae]r{_sfx('C', plural=False)}"),
        # "21. yüzyıl", and the ordinal written out after an apostrophe: "21'nci yüzyıl" (round 40 dev siyaset-80)
        # ... also abbreviated and before Christ: "M.Ö. 4. yy", "3. yy.", "M.Ö. 5. yy.la" (round 83 dev
        # kultursanat-39; TIMEX3 writes the 4th century BC "BC03")
        ("century", rf"(?:(?<![\p{{L}}\d])(?P<bc>m\.[ \t]?ö\.|mö|milattan\s+önce)\s*)?{lb}(?P<n>\d{{1,2}})"
                    rf"(?:\.|{_APOS}(?:[ıiuü]?nc[ıiuü]))\s*(?:yüzyıl|asır|yy\.?)"
                    rf"{_sfx('C', plural=False)}"),
        ("part_base", r"(?<![\p{L}\d])(?<!\d\s)(?P<u>yıl|ay)(?:ın)?(?=\s+(?:ilk|birinci|ikinci|üçüncü|dördüncü|son|baş|orta)\p{L}*"
                      rf"|(?<=yıl){_YEAR_END_ON})"),
        # "hafta başı/ortası" (round 18 dev ekonomi-375, round 9 dev spor-536); "hafta sonu" is the
        # weekend (relative_times.tsv), not the end of a week
        ("part_base", r"(?<![\p{L}\d])(?<!\d\s)(?P<u>hafta)(?:nın)?(?=\s+(?:baş|orta)\p{L}*)"),
        ("quarter", r"(?<![\p{L}\d])(?P<ord>ilk|birinci|ikinci|üçüncü|dördüncü|son)\s+çeyre[kğ]" + _sfx("C", plural=False)),
        ("weekday", rf"(?<![\p{{L}}\d])(?:{dets}\s+)?{weekday}\s+gün{_sfx('C', plural=False)}"),
        # a part of a weekday: "Çarşamba gecesi", "Salı akşamı" (TIME, round 19 dev ttc-spor-429)
        ("weekday_part", rf"(?<![\p{{L}}\d])(?:{dets}\s+)?{weekday}\s+(?:(?P<part>sabah|akşam){_sfx('C', plural=False)}"
                         rf"|(?P<part>gece){_sfx('V', plural=False)})"),
        # ... and "Pazar günü öğle saatleri", "Çarşamba günü öğleden sonra": one TIME (round 54 dev spor-231,
        # dev siyaset-258)
        ("weekday_part", rf"(?<![\p{{L}}\d])(?:{dets}\s+)?{weekday}\s+günü\s+(?P<part>sabah|öğleden\s+sonra|öğle|akşam|gece)"
                         rf"(?:\s+saat{_sfx('C')}|(?![\p{{L}}]))"),
        ("weekday", rf"(?<![\p{{L}}\d])(?:{dets}\s+)?{weekday}{_APOS_SFX}"),
        # "10 sene öncesinde" is "10 years ago" too; its locative stays outside
        ("offset", rf"{num}\s+{unit}\s+(?:(?P<dir>önce|sonra|evvel|önceki|sonraki)(?!\p{{L}})"
                   rf"|(?P<dir>öncesi|sonrası)(?=n(?:d[ae]|[ıiae])(?!\p{{L}}))"  # "60 yıl öncesini" (round 23 dev)
                   rf"|(?P<dir>önce|sonra)(?=y[ae](?!\p{{L}})))"),  # "bir ay önceye göre" (round 40 dev ekonomi-60)
        ("duration_last", rf"(?<![\p{{L}}\d])(?P<det>{dur_dets})\s+{num}\s+{unit}{_sfx('uv', plural=False)}"),
        # the first number of a range of durations: "60 - 70 gün", "13-14 senedir", "5-6 saat" (dev
        # ekonomi-159, -438, -529, round 37 spor-321): a duration of its own in the unit after the second
        ("range_first", rf"{lb}(?P<num>[1-9]\d{{0,2}}|(?:2[1-9]|[3-9]\d)\d{{2}})(?=[ \t]*[-–][ \t]*\d{{1,4}}\s+{unit}{_sfx('uv', plural=False)})"),
        # a term with an option: "1+1 yıllık sözleşme", "2+1 yıl" (sports contracts: two years and
        # one more at most; dev spor-353, round 37 spor-180, -321): the sum, EQUAL_OR_LESS
        ("option_duration", rf"{lb}(?P<a>[1-9])\+(?P<b>[1-9])\s+{unit}{_sfx('uv', plural=False)}"),
        ("duration", rf"{num}\s+{unit}{_sfx('uv', plural=False)}"),
        # a century with no number before "-dan fazla/aşkın": one, MORE_THAN ("yüzyıldan fazla zamandır",
        # round 78 dev saglik-432; _extend_post adds the modifier); not other units, whose bare ablative
        # compares ("geçen yıldan fazla", "bu aydan fazla")
        ("duration_one", rf"(?<![\p{{L}}\d])(?<!\d\s)(?<!(?:{kind('unit')}|{kind('ten')}|{kind('vague')}|{dets})\s)"
                         rf"(?P<unit>yüzyıl|asır){_sfx('C', plural=False)}"
                         rf"(?<=[dt][ae]n)(?=\s+(?:daha\s+)?(?:fazla|aşkın)(?!\p{{L}}))"),
        ("set", rf"(?<![\p{{L}}\d])her\s+(?:geçen\s+)?(?:{num}\s+)?{unit}{_sfx('uv', plural=False)}"
                rf"(?P<tail>\s+bir(?!\p{{L}})(?!\s+(?:{scale})(?!\p{{L}})))?"),
        ("set_weekday", rf"(?<![\p{{L}}\d])her\s+{weekday}(?:\s+gün{_sfx('C', plural=False)}|{_APOS_SFX})"),
        # "cumartesi günleri" (every Saturday; round 36 dev saglik-269, dev kultursanat-440), not a
        # list of days ("Cuma, Cumartesi, Pazar ve Pazartesi günleri")
        ("set_weekday", rf"(?<![\p{{L}}\d,])(?<!(?:ve|ile|veya|,)\s)(?<!\d\.?\s+\p{{L}}+\s+){weekday}\s+günler"
                        rf"{_sfx('C', plural=False)}"),
        ("set_freq", rf"(?<![\p{{L}}\d])(?:{num}\s+)?{unit}(?:[dt][ae])\s+"
                     rf"(?:bir(?!\p{{L}})(?!\s+(?:{scale})(?!\p{{L}}))(?:\s+(?:{times}))?"
                     rf"|(?:\d{{1,3}}|{kind('unit', 'ten')}|{kind('vague')})\s+(?:{times}))(?!\p{{L}})"),
        ("time", rf"(?<![\p{{L}}\d])saat:?\s+(?P<h>[0-2]?\d)(?:[.:](?P<mi>[0-5]\d))?(?![\d])(?![.,:]\d){_APOS_SFX}"),
        ("time", rf"(?<![\p{{L}}\d.,:])(?P<h>[0-2]?\d):(?P<mi>[0-5]\d)(?![\d])(?![.,:]\d){_APOS_SFX}"),
        # a clock time without "saat" right after a day and month: "4 Aralık 14.00’ten itibaren"
        # (round 21 dev ttc-teknoloji-480)
        # (with a case ending: not "4 Aralık 14.50 lira")
        ("time", rf"(?<=\d\.?\s+{month}\s+)(?P<h>[0-2]?\d)\.(?P<mi>[0-5]\d)(?=['’]){_APOS_SFX}"),
        # a clock time written alone with a case ending or "itibarıyla": "Konser 21.00’de", "22.30’dan
        # sonra", "dün 17.00 itibariyle" (session 34, dev pool kultursanat-141, siyaset-47, -294,
        # spor-278); not a share or a count ("yüzde 0.50’ye", "yüz binde 4.30", "Paragraf 4.01’de",
        # "2.03'lerde"): a two-digit hour or whole five minutes
        ("time", rf"(?=\d)(?<![\p{{L}}\d.,:/])(?<!(?i:yüzde|binde|paragraf|madde|bölüm|sayfa)\s+)(?<!%\s?)"
                 rf"(?P<h>[01]\d|2[0-4]|\d(?=\.[0-5][05]))\.(?P<mi>[0-5]\d)(?![\d])(?![.,:]\d)"
                 rf"(?={_APOS}(?!l[ae]r|l[ıiuü]k)\p{{L}}|\s+(?:itibar|sular|civar)){_APOS_SFX}"),
        # ... and each time of a listed schedule after "şöyle:": "Bugün takip edilecek veriler şöyle: 11.00
        # Avro Bölgesi, … PMI 12.00 İtalya, …" (dev ekonomi-17)
        ("time", rf"(?=[01]\d\.|2[0-3]\.)(?:(?<=(?i:şöyle|aşağıdaki\s+gibi)\s*:\s*)|(?<=(?i:şöyle|aşağıdaki\s+gibi)\s*:[^:]{{0,600}}?\n\s*)"
                 rf"|(?<=(?i:şöyle|aşağıdaki\s+gibi)\s*:[^:]{{0,600}}?(?<![\d.,])[01]\d\.[0-5]\d\s+\p{{L}}[^.:\n]{{1,150}}?\s))"
                 rf"(?P<h>[01]\d|2[0-3])\.(?P<mi>[0-5]\d)(?=\s+\p{{L}})"),
        # a bare year: "2013 ve 2014 yıllarında", "2014 verilerine göre", "2012 İlerleme Raporu";
        # not a count or a measure ("2000 kişi", "1500 ton")
        # ... nor a dimension ("1080 x 1920 Super AMOLED", round 66 dev teknoloji-13)
        # ... nor a measure after its label in a specification table (``time_measure_labels.txt``:
        # "Genişlik 1799 Yükseklik 1442", round 83 dev ekonomi-277)
        ("year", rf"(?<![\p{{L}}\d.,/%$€₺-])(?<!\d\s?[x×]\s?)(?<!(?<![\p{{L}}])(?i:{measure_labels})\s){year}(?!\s?[x×]\s?\d)(?=\s*[-–]\s*(?:1[5-9]|20)\d{{2}}(?!\d)(?!\s+{school})"
                 rf"|\s+(?!(?i:{not_year}))(?!{month})\p{{L}}|\s*[.,;:)](?!\d)"
                 # ... also before a parenthesis (a title's year: "Sona Doğru 2013 (All is Lost) Yönetmen: …",
                 # round 84 dev kultursanat-137) and at the text's end ("Yapım Yılı: 2014", kultursanat-136)
                 rf"|[ \t]+\((?=\p{{L}})|\s*\Z)"),
        # ... two years of a list whose comma lost its space: "1974, 1982,1986, 1990 ve 2002" (round 67
        # dev spor-58); a list on at least one side, since "1982,1986" alone may be a decimal
        ("year", rf"(?<![\p{{L}}\d.,/])(?:(?<=(?:1[5-9]|20)\d{{2}},[ \t]{{1,2}})|(?=\d{{4}},\d{{4}}{next_year}))"
                 rf"(?P<y>(?:1[5-9]|20)\d{{2}})(?=,(?:1[5-9]|20)\d{{2}}(?!\d|[.,]\d))"),
        ("year", rf"(?<=(?<![\d.,])(?:1[5-9]|20)\d{{2}},){year}{next_year}"),
        # ... the second year of a range, also closing a parenthesis: "(1893-1972)" (round 40 dev siyaset-238)
        ("year", rf"(?<=(?:1[5-9]|20)\d{{2}}\s*[-–]\s*){year}(?=\s+\p{{L}}|\))(?!\s+{school})"),
        # a school or season year: "2008-2009 eğitim öğretim yılı", "2014-2015 sezonu"
        ("school_year", rf"{lb}(?:1[5-9]|20)\d{{2}}\s*[-–/]\s*(?:(?:1[5-9]|20)\d{{2}}|\d{{2}})\s+"
                        rf"(?:(?:eğitim[\s-]+öğretim|öğretim|eğitim|ders|akademik)\s+yıl|sezon){_sfx('C', plural=False)}"),
        # a season written with a two-digit second year: "2007-08", "1990-91" (sports seasons,
        # school years; ANNOTATION-notes B: one DATE without a value)
        ("season", rf"{lb}(?P<y>(?:1[5-9]|20)\d{{2}})[-–/](?P<y2>\d{{2}})(?![\d])(?![.,]\d)(?![-–/]\d)"),
        # a named day or holiday: "Dünya Çiftçiler Günü", "Cumhuriyet Bayramı" (round 22 dev
        # ekonomi-206; no value); named with its date, the date alone is the item ("29 Ekim
        # Cumhuriyet Bayramı", ANNOTATION)
        # (matched on the folded text; _make keeps the capitalised words of the body)
        ("named_day", rf"(?<![\p{{L}}\d'’.])(?:\p{{L}}+[ \t]+){{1,3}}(?:günü|bayramı)"),
        # Ramadan without "ayı" (round 30 dev siyaset-171 "Ramazana", "Bu Ramazan'ın"; round 12 dev
        # ekonomi-344 "ramazanda", "ramazan boyunca"): only with a case ending, a determiner or a
        # postposition, since a bare "Ramazan" is mostly a given name or a modifier ("Ramazan pidesi")
        ("ramazan", rf"(?<![\p{{L}}\d'’])(?:(?P<det>bu|her)\s+)?ramazan"
                    rf"(?:(?P<apos>{_APOS})?(?P<case>[ıa]|[dt]an?|ın|la))?(?!\p{{L}})"
                    rf"(?P<post>\s+(?:boyunca|süresince|öncesi|sonrası)(?!\p{{L}}))?"),
        # a season of a named year: "1973 ilkbaharı", "2008 yazında" (TIMEX3 1973-SP, 2008-SU;
        # ANNOTATION-notes DL, round 40 dev siyaset-238)
        ("year_season", rf"{lb}{year}(?:\s+yıl(?:ı|ının))?\s+(?P<season>{_alt(_SEASONS)})"
                        rf"{_sfx('C', plural=False)}"),
        # "2010 Mart ayı", "2015 yılının Ocak ayı", "2012 yılı Temmuz ayında"
        # ... and "2014'ün Kasım ayı" (round 36 dev saglik-82)
        ("year_month", rf"{lb}{year}(?:\s+yıl(?:ı|ının)|{_APOS}n?[ıiuü]n)?\s+{month}(?:\s+ay)?{_sfx('C', plural=False)}"),
    ]
    rules = [_Rule(name, _digit_first(regex.compile(p, regex.VERBOSE)), i) for i, (name, p) in enumerate(specs)]
    base = len(rules)
    for j, row in enumerate(resources.tsv("relative_times.tsv")):
        phrase = row["phrase"]
        body = r"\s+".join(regex.escape(w) for w in phrase.split())
        final = "P" if phrase.split()[-1] in _POSSESSED else _final(phrase)
        tail = _sfx(final, plural=False) if row["sfx"] in ("yes", "keep") else r"(?!\p{L})"
        if phrase.split()[-1] == "yıl":  # "bir önceki yılsonuna": the part written on (_YEAR_END_ON)
            tail = rf"(?:{_YEAR_END_ON}|{tail})"
        # (not a word cut short in an abbreviation: "Dün.Kup.Ele." for Dünya Kupası Elemeleri, round 84
        # dev spor-530)
        rules.append(_Rule("relative", regex.compile(rf"(?<![\p{{L}}\d]){body}{tail}(?!\.\p{{L}}{{1,5}}\.)"),
                           base + j, row))

    part_ords = _alt(r["word"] for r in parts if r["kind"] == "ord")
    edge_v = _alt(r["word"] for r in parts if r["kind"] == "edge" and _final(r["word"]) == "V")
    edge_c = _alt(r["word"] for r in parts if r["kind"] == "edge" and _final(r["word"]) == "C")
    part_re = regex.compile(
        rf"""(?:\s+(?:(?P<ord>{part_ords}|[1-4]\.)\s+)?|(?<=yıl){_YEAR_END_ON})
            (?P<stem>(?P<ev>yarı|{edge_v})|çeyre[kğ]|aylar|{edge_c})
            {_sfx('ev')}""",
        regex.VERBOSE,
    )
    posts = _alt(r["phrase"] for r in modifiers if r["position"] == "post")
    pres = _alt(r["phrase"] for r in modifiers if r["position"] == "pre")
    post_re = regex.compile(rf"\s+(?P<post>{posts})(?!\p{{L}})")
    pre_re = regex.compile(rf"(?<![\p{{L}}\d])(?P<pre>{pres})\s+\Z")
    return _Lexicon(
        months=months, common_months=common_months, weekdays=weekdays, units=units, numbers=numbers,
        modifiers=modifiers,
        parts=parts, determiners=determiners, future=future, rules=tuple(rules),
        part_re=part_re, post_re=post_re, pre_re=pre_re,
        month_noun_re=regex.compile(rf"[ \t]+(?:{_alt(resources.words('time_month_nouns.txt'))})"),
    )


# ---------------------------------------------------------------------------
# Candidates


@attrs.define
class _Cand:
    start: int
    end: int  # end of the raw match (suffixes included)
    text_end: int  # end of the text (case suffix left out)
    type: str
    value: Optional[str]
    source: str
    priority: int
    case: str = ""  # case suffix of the last word ("" = nominative or a kept suffix)
    grain: str = ""  # year / month / day ... (for the part-of and time extensions)
    mod: Optional[str] = None
    quant: Optional[str] = None
    needs_part: bool = False
    needs_ext: bool = False  # dropped unless a part or a postposition extends it
    hm: Optional[tuple] = None  # (hour, minute) of a clock time


def _group(m, name) -> Optional[str]:
    try:
        return m.group(name)
    except (IndexError, regex.error):
        return None


def _tail(m) -> tuple[int, str]:
    """(text end, case suffix) of a match whose last word may carry a suffix."""
    case = _group(m, "case")
    if case:
        return m.start("case"), case
    asfx = _group(m, "asfx")
    apos = _group(m, "apos")
    if asfx and apos:
        return m.start("apos"), asfx
    return m.end(), ""


_DISTRIBUTIVE = regex.compile(r"(?<=\d)['’]ş?[ae]r\Z")


def _number(lex: _Lexicon, text: Optional[str]):
    if not text:
        return None
    return timex.parse_number(_DISTRIBUTIVE.sub("", text).split(), lex.numbers)


_RANGE_BEFORE = regex.compile(r"(\d{4})[ \t]*[-–][ \t]*\Z")
_RANGE_YEAR = regex.compile(r"(?<![\d.,])(?P<y>(?:1[5-9]|20)\d{2})(?:\s+yıl(?:ı|ının))?\s+(?P<mon>\p{L}+)"
                            r"[ \t]*[-–][ \t]*\Z", regex.IGNORECASE)
_DAYS_IN = {"year": 365, "month": 30, "week": 7}  # (a fraction of a grain, moved by days)


# An ablative word right before "N birim önce/sonra" anchors the offset on an event
# ("zamdan 5 saat önce", "davadan iki ay sonra"); "bundan 3 yıl sonra" is deictic.
_EVENT_ANCHOR = regex.compile(
    r"(?<![\p{L}])(?!(?:bundan|şundan|şimdiden|bugünden|tarafından)\s)\p{L}+(?:['’\x92]\p{L}*)?[dt][ae]n\s+\Z"
    r"|\d['’\x92]n?[ıiuü]n\s+\Z",  # "3 Kasım 2002'nin 11 yıl sonrasında": counted from a stated day (round 45 dev siyaset-455)
    regex.IGNORECASE,
)


def _unit_row(lex: _Lexicon, m) -> Optional[dict]:
    word = _group(m, "unit")
    return lex.units.get(word) if word else None


def _duration_of(lex: _Lexicon, m, n) -> Optional[str]:
    """The DURATION value of ``n`` of the match's time unit (None without a known unit)."""
    row = _unit_row(lex, m)
    return timex.duration_value(n, row["unit"], int(row["factor"] or 1)) if row is not None else None


_SENTENCE_STOP = regex.compile(r"[.!?\n]")


_CLAUSE = regex.compile(r"[^.,;:!?\n]*")
_PAST_PREDICATE = regex.compile(r"\p{L}{2,}(?:[dt][ıiuü](?:[mnk]|lar|ler|n[ıiuü]z)?|m[ıiuü]ş(?:t[ıiuü]r)?)\Z")
_PAST_PARTICIPLE = regex.compile(r"\p{L}+[dt][ıiuü]ğ[ıiuü]\p{L}*")


_NOT_PAST = regex.compile(r"\p{L}+(?:[ae]c[ae][kğ]|[ıiuü]?yor|m[ae]l[ıi]|[ae]bil)\p{L}*")
_MIS_OL = regex.compile(r"m[ıiuü]ş\Z")  # "-mış" before an auxiliary "ol-"


def _past_clause(rest: str) -> bool:
    """The first verb after an offset is in the past ("… sonra şampiyon olmayı başardılar", "…
    sonra sahip olduğu şampiyonluk"), not the future or present ("… sonra emekli olacağını söyledi")."""
    clause = _CLAUSE.match(rest)
    words = clause.group().split()
    for i, word in enumerate(words):
        if word in ("şimdi", "yedi", "hadi"):
            continue  # not verbs
        if _NOT_PAST.fullmatch(word):
            return False
        if _MIS_OL.search(word) and i + 1 < len(words) and words[i + 1].startswith("ol"):
            continue  # "kaplanmış olacak": the auxiliary decides (round 41 dev spor-311)
        if _PAST_PREDICATE.search(word) or _PAST_PARTICIPLE.fullmatch(word):
            return True
    if words and _IP_CONVERB.search(words[-1]) and rest[clause.end():clause.end() + 1] == ",":
        # "bir yıl sonra kararını verip, … haklı buldu": the converb takes the next clause's tense
        return _past_clause(rest[clause.end() + 1:])  # (round 44 dev siyaset-121)
    return False


_IP_CONVERB = regex.compile(r"\p{L}{2,}[ıiuü]p\Z")


def _sentence_rest(body: str, end: int, analysis: Optional[Analysis]) -> str:
    limit = None
    if analysis is not None and analysis.sentences:
        try:
            sent = analysis.sentences[analysis.sentence_index(end)]
            if sent.start <= end <= sent.end:
                limit = sent.end
        except (IndexError, AttributeError):
            limit = None
    if limit is None:
        stop = _SENTENCE_STOP.search(body, end)
        limit = stop.start() if stop else len(body)
    for _ in range(3):  # "bir gün sonra\n\nkalp\n\nkrizi geçirdiği": a hard wrap inside the sentence
        wrap = _HARD_WRAP.match(body, limit)  # (round 44 dev ekonomi-584)
        if wrap is None:
            break
        stop = _WRAPPED_STOP.search(body, wrap.end())
        limit = stop.start() if stop else len(body)
    return _HARD_WRAP.sub(" ", body[end:limit])


_HARD_WRAP = regex.compile(r"[ \t]*\n\s*(?=\p{Ll})")  # a line break inside a sentence
_WRAPPED_STOP = regex.compile(r"[.!?]|\n(?!\s*\p{Ll})")


_NAME_WORD = regex.compile(r"\p{Lu}\p{Ll}+")
_DEICTIC_DAY = regex.compile(r"(?:bugün|yarın|dün)(?:[ıiuü]n|k[iü]|[ae]|[dt][ae]n?)?")
_NOT_NAMING = frozenset({"bir", "her", "bu", "o", "şu"})
_DAY_MONTH_BEFORE = regex.compile(r"\d\.?\s+\p{L}+\s+\Z")


def _named_day(body: str, start: int, end: int, lex: "_Lexicon", cand) -> Optional["_Cand"]:
    """A named day: its capitalised words before "Günü"/"Bayramı" (not a month: "Kasım Dünya
    Diyabet Günü" is "Dünya Diyabet Günü"), none after a day and month ("29 Ekim Cumhuriyet
    Bayramı": the date alone, ANNOTATION); no TIMEX3 value."""
    words = list(regex.finditer(r"\S+", body[start:end]))
    if not _NAME_WORD.fullmatch(words[-1].group()):
        return None
    first = len(words) - 1
    while first > 0 and _NAME_WORD.fullmatch(words[first - 1].group()) \
            and fold(words[first - 1].group()) not in lex.months \
            and not _DEICTIC_DAY.fullmatch(fold(words[first - 1].group())):
        first -= 1  # not "Yarın" / "Bugünün" before "Babalar Günü" (dev pool kultursanat-141)
    if first == len(words) - 1 or fold(words[-2].group()) in _NOT_NAMING:
        return None  # "Kimsenin Ölmediği Bir Günü": a title, not a named day
    new_start = start + words[first].start()
    if _DAY_MONTH_BEFORE.search(body, max(0, new_start - 100), new_start):
        return None
    c = cand("DATE", None, "")
    c.start = new_start
    return c


_PAREN_AFTER = regex.compile(r"[ \t]+\((\p{L})")  # the year rule's bracket after a year (its first letter)
_RANGE_OFFSET = regex.compile(r"\p{L}*\s+(?:önce|sonra|evvel)(?P<poss>s[ıi]\p{L}*)?(?!\p{L})")
_GENITIVE_BEFORE = regex.compile(r"\p{L}(?:n[ıiuü]n|[ıiuü]n)\s+\Z")


def _make(rule: _Rule, m, folded: str, body: str, pub: Optional[_dt.date],
          lex: _Lexicon, analysis: Optional[Analysis]) -> Optional[_Cand]:
    """Turn one rule match into a candidate (None to skip it)."""
    name = rule.name
    start, end = m.start(), m.end()
    text_end, case = _tail(m)

    def cand(type_, value, grain="", **kw):
        return _Cand(start=start, end=end, text_end=text_end, type=type_, value=value, source=name,
                     priority=rule.priority, case=case, grain=grain, **kw)

    if name in ("date_dmy", "date_numeric", "day_list"):
        day = int(m.group("d"))
        mon = int(m.group("m")) if name == "date_numeric" else lex.months[m.group("mon")]
        if _group(m, "y"):
            value = timex.day_value(int(m.group("y")), mon, day)
            if value is None:
                return None
        else:
            if not 1 <= day <= 31 or timex.day_value(2000, mon, day) is None:
                return None
            value = timex.day_value(pub.year, mon, day) if pub else None
        return cand("DATE", value, "day")
    if name == "month_day":
        day = int(m.group("d"))
        if not 1 <= day <= 31:
            return None
        return cand("DATE", timex.day_value(pub.year, pub.month, day) if pub else None, "day")
    if name == "named_day":
        return _named_day(body, start, end, lex, cand)
    if name == "school_year":  # not a calendar year: no TIMEX3 value
        return cand("DATE", None, "")
    if name == "season":  # consecutive years only: "2007-08", not "1990-95"
        if int(m.group("y2")) != (int(m.group("y")) + 1) % 100:
            return None
        return cand("DATE", None, "")
    if name == "ramazan":
        return _ramazan(m, body, analysis, cand)
    if name == "year_season":
        return cand("DATE", f"{int(m.group('y')):04d}-{_SEASONS[m.group('season')]}", "season")
    if name == "year_month":  # "2010 Mart ayı", year first
        return cand("DATE", timex.month_value(int(m.group("y")), lex.months[m.group("mon")]), "month")
    if name == "month_year":
        return cand("DATE", timex.month_value(int(m.group("y")), lex.months[m.group("mon")]), "month")
    if name == "month_list":
        mon = lex.months[m.group("mon")]
        if _group(m, "ry"):
            return cand("DATE", timex.month_value(int(m.group("ry")), mon), "month")
        return cand("DATE", timex.month_value(pub.year, mon) if pub else None, "month")
    if name == "month":
        # A bare month needs a capital and, without "ay" or a suffix, a part or a
        # postposition after it ("Ağustos sonunda"): Kasım, Ekim ... are also given names.
        msfx = _group(m, "msfx")  # a case ending without apostrophe: "mayısta", "hazirandaki"
        if m.group("mon") in lex.common_months and (
                msfx or (not _group(m, "ay") and not body[start].isupper())):
            return None  # "aralıkta", "Ocakta": the common noun (a month takes "ay" or an apostrophe)
        if msfx and not _harmonises(m.group("mon"), msfx):
            return None  # "Rüstem Kasımi": a name, a suffix of "kasım" would be back ("Kasımı")
        if msfx:
            text_end, case = m.start("msfx"), msfx
        mon = lex.months[m.group("mon")]
        # "2015 yılı Ocak-Mayıs dönemi": the year before a range dates its second month too (GR)
        ranged = _RANGE_YEAR.search(body, max(0, start - 40), start)
        if ranged and fold(ranged.group("mon")) in lex.months:
            return cand("DATE", timex.month_value(int(ranged.group("y")), mon), "month")
        # a bare capitalised month may be a given name; in lower case it is a month
        # ("haziran imalat sanayi", "haziran borçlarını": dev ekonomi-17, -8)
        bare = not _group(m, "ay") and not _group(m, "asfx") and not msfx and body[start].isupper()
        return cand("DATE", timex.month_value(pub.year, mon) if pub else None, "month", needs_ext=bare)
    if name == "year_end":
        case = _group(m, "case")
        return _Cand(start, end, m.start("case") if case else end, "DATE", timex.year_value(int(m.group("y"))),
                     name, rule.priority, case or "", grain="year", mod="END")
    if name == "year":
        asfx, spaced = _group(m, "asfx"), _group(m, "asfx2")
        if asfx is not None or spaced is not None:
            if regex.match(r"l[ıiuü]|l[ae]r", asfx or spaced):  # 2025'lik, 1990'lar: not a plain year
                return None
            # "2012'de"; "2012 ’de": the ending cut off by scraping (dev pool ttc-teknoloji-64)
            text_end, case = (m.start("asfx") - 1, asfx) if asfx is not None else (m.end("y"), spaced)
        paren = _PAREN_AFTER.match(body, end)
        if paren is not None and not paren.group(1).isupper():
            return None  # "1500 (bin beş yüz) kişi": only a capitalised title in brackets after a year
        first = _RANGE_BEFORE.search(body, max(0, start - 8), start)
        if body[end:end + 1] == ")" and first and int(first.group(1)) + 1 == int(m.group("y")):
            return None  # "(2013-2014)": a season, left to its first year (dev spor-456)
        return _Cand(start, end, text_end, "DATE", timex.year_value(int(m.group("y"))), name,
                     rule.priority, case, "year")
    if name == "decade":
        y = m.group("y")
        year = int(y) if len(y) == 4 else 1900 + int(y)
        return cand("DATE", timex.decade_value(year), "decade")
    if name == "century":
        value = timex.century_value(int(m.group("n")))
        return cand("DATE", f"BC{value}" if value and _group(m, "bc") else value, "century")
    if name == "part_base":
        grain = {"yıl": "year", "ay": "month", "hafta": "week"}[m.group("u")]
        genitive = folded[m.end("u"):end]  # "yılın ilk beş ayı": the genitive _join_year_part reads
        return _Cand(start, end, m.end("u"), "DATE", timex.shift(pub, grain, 0), name, rule.priority,
                     genitive, grain, needs_part=True)
    if name == "quarter":
        n = _ordinal(lex, m.group("ord"), 4)
        base = timex.shift(pub, "year", 0)
        return cand("DATE", timex.part_value(base, "Q", n) if base and n else None, "quarter")
    if name in ("weekday", "weekday_part"):
        number, ambiguous = lex.weekdays[m.group("wd")]
        det = _group(m, "det")
        with_gun = "keep" in m.groupdict()
        wd_start = m.start("wd")
        if not det and not with_gun:
            if not body[wd_start].isupper():
                return None
            if ambiguous and not _group(m, "apos") and not _AFTER_DAY_MONTH.search(body, max(0, wd_start - 100), wd_start):
                return None  # "cuma" is also the Friday prayer, but not after a date: "9 Kasım 2012 Cuma" (round 42 dev kultursanat-317)
        if det:
            mode = lex.determiners[det]["weekday"]
        else:
            rest = fold(_sentence_rest(body, end, analysis))
            mode = "coming" if lex.future.search(rest) else "recent"
        date = timex.weekday_date(pub, number, mode)
        if name == "weekday_part":
            part = _PART_OF_DAY[" ".join(m.group("part").split())]
            if _AFTER_DAY_MONTH.search(folded, max(0, start - 30), start):
                # "27 Haziran Cumartesi gecesine kadar": the date takes its weekday and the part of
                # the day (_join_weekday; round 44 dev siyaset-373)
                return cand("TIME", part, "part_of_date")
            return cand("TIME", f"{date}T{part}" if date else None, "daypart")
        return cand("DATE", date, "day")
    if name == "offset":
        row = _unit_row(lex, m)
        n = _number(lex, m.group("num"))
        if row is None or n is None:
            return None
        sign = -1 if m.group("dir") in ("önce", "evvel", "öncesi", "önceki") else 1
        if _EVENT_ANCHOR.search(body, max(0, m.start() - 40), m.start()) or (
                sign > 0 and _past_clause(fold(_sentence_rest(body, end, analysis)))):
            # "davadan iki ay sonra"; "28 yıl sonra şampiyon oldu" (after the past, so after an event:
            # round 41 dev spor-302, -226): an offset from an event is the duration alone, also "bir gün"
            value = _duration_of(lex, m, n) if isinstance(n, int) else None
            if value is None:
                return None  # (left to the duration rule)
            return _Cand(start, m.end("unit"), m.end("unit"), "DURATION", value, name, rule.priority, "")
        if n == "X":
            return cand("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
        if isinstance(n, Decimal) and n % 1 and row["grain"] in _DAYS_IN:
            # "1 buçuk ay önceki": no whole step of its grain; moved by days, written at the grain
            # ("yarım saat sonra" stays a duration, below)
            moved = pub + _dt.timedelta(days=sign * round(n * _DAYS_IN[row["grain"]])) if pub else None
            return cand("DATE", timex.shift(moved, row["grain"], 0), row["grain"])
        if not isinstance(n, int):
            return None
        grain = row["grain"]
        factor = int(row["factor"] or 1)
        steps = n * factor
        if grain == "century":
            grain, steps = "year", steps  # "bir asır önce" -> the year a century back
        if row["unit"] in ("H", "MIN", "S"):
            # the publication time is unknown: whole days only
            minutes = steps * {"H": 60, "MIN": 1, "S": 0}[row["unit"]]
            return cand("DATE", timex.shift(pub, "day", sign * (minutes // 1440)), "day")
        return cand("DATE", timex.shift(pub, grain, sign * steps), grain)
    if name in ("duration", "duration_last"):
        row = _unit_row(lex, m)
        num_text = m.group("num")
        n = _number(lex, num_text)
        if row is None or n is None:
            return None
        keep = _group(m, "keep") or ""
        if name == "duration" and fold(num_text) == "bir" and row["word"] == "gün" and not keep \
                and not _ONE_MORE.match(body, end):
            return None  # "bir gün": "one day" / "someday"; "bir gün daha" is one more day (round 52 dev saglik-38)
        value = timex.duration_value(n, row["unit"], int(row["factor"] or 1))
        if value is None:
            return None
        return cand("DURATION", value)
    if name == "duration_one":
        value = _duration_of(lex, m, 1)
        return cand("DURATION", value) if value else None
    if name == "range_first":  # the text is the number alone (the unit is the second number's)
        value = _duration_of(lex, m, int(m.group("num")))
        if value is None:
            return None
        offset = _RANGE_OFFSET.match(folded, m.end("unit"))
        if offset and not _EVENT_ANCHOR.search(body, max(0, start - 40), start) and not (
                offset.group("poss") and _GENITIVE_BEFORE.search(folded, max(0, start - 40), start)):
            # "bundan 6-7 yıl önce", "50-60 yıl öncesini": a time ago, no value (dev ekonomi-499,
            # siyaset-555); "Her zammın 5-6 saat öncesinden" counts from an event: durations (dev ekonomi-438)
            return _Cand(start, end, end, "DATE", None, name, rule.priority, "")
        return _Cand(start, end, end, "DURATION", value, name, rule.priority, "")
    if name == "option_duration":
        value = _duration_of(lex, m, int(m.group("a")) + int(m.group("b")))
        return cand("DURATION", value, mod="EQUAL_OR_LESS") if value else None
    if name == "set":
        row = _unit_row(lex, m)
        if row is None:
            return None
        n = _number(lex, _group(m, "num")) if _group(m, "num") else 1
        if n is None or n == "X":
            return None
        value = timex.duration_value(n, row["unit"], int(row["factor"] or 1))
        if _group(m, "tail"):
            if regex.fullmatch(r"[dt][ae]", case or ""):  # "her iki yılda bir"
                text_end, case = end, ""
            else:  # "her ay bir araya": "bir" is not part of it
                end = m.start("tail")
                text_end = min(text_end, end)
        return _Cand(start, end, text_end, "SET", value, name, rule.priority, case, quant="EVERY")
    if name == "set_weekday":
        number, _ = lex.weekdays[m.group("wd")]
        return cand("SET", f"XXXX-WXX-{number}", quant="EVERY")
    if name == "set_freq":
        row = _unit_row(lex, m)
        n = _number(lex, _group(m, "num")) if _group(m, "num") else 1
        if row is None or n is None or n == "X":
            return None
        value = timex.duration_value(n, row["unit"], int(row["factor"] or 1))
        return _Cand(start, end, end, "SET", value, name, rule.priority, "", quant="EVERY")
    if name == "time":
        hour = int(m.group("h"))
        minute = int(m.group("mi") or 0)
        if hour > 24 or (hour == 24 and minute):
            return None
        day = pub.isoformat() if pub else None
        return cand("TIME", timex.time_value(day, hour, minute), "time", hm=(hour, minute))
    if name == "relative":
        row = rule.data
        if row["value"] == "-":  # anaphoric ("o yıl"): another time of the text, no value
            value, grain = None, row["grain"]
        elif row["value"]:
            value = row["value"]
            grain = ""
        else:
            grain = row["grain"]
            value = timex.shift(pub, grain, int(row["offset"] or 0))
            if row["part"] in _SEASONS.values():  # "bu yaz": 2015-SU
                value, grain = (f"{value}-{row['part']}" if value else None), "season"
            elif row["part"]:
                if value is not None:
                    value = f"{value}-WE" if row["part"] == "WE" else f"{value}T{row['part']}"
                grain = "daypart" if row["part"] != "WE" else "weekend"
        if row["sfx"] != "yes":
            text_end, case = end, ""
        return cand(row["type"], value, grain, quant="EVERY" if row["type"] == "SET" else None)
    return None


_ONE_MORE = regex.compile(r"[ \t]+daha(?![\p{L}])")
_NEXT_CAPITAL = regex.compile(r"[ \t]+\p{Lu}")


def _ramazan(m, body: str, analysis: Optional[Analysis], cand) -> Optional[_Cand]:
    """Ramadan as a time (no value: a lunar month). ``her ramazan`` is a set; a bare form needs a
    postposition; a given name (a capital word next, or a person in NER) is no time."""
    if not (m.group("case") or m.group("det") or m.group("post")):
        return None
    word_end = m.start("post") if m.group("post") else m.end(0)
    if m.group("case"):
        word_end = m.start("apos") if m.group("apos") else m.start("case")
    if not m.group("case") and not m.group("post") and _NEXT_CAPITAL.match(body, word_end):
        return None  # "bu Ramazan Bayramı" is a named day; "Ramazan Öztürk" a name
    if analysis is not None and analysis.ner and any(
            e.type == "PER" and e.start <= word_end - 7 < e.end for e in analysis.entities()):
        return None
    c = cand("SET", None, "", quant="EVERY") if m.group("det") == "her" else cand("DATE", None, "")
    # the postposition is left to _extend_post ("öncesi": BEFORE; "boyunca" stays outside)
    c.end = m.end("case") if m.group("case") else word_end
    c.text_end = word_end
    c.case = m.group("case") or ""
    return c


def _ordinal(lex: _Lexicon, word: str, limit: int) -> Optional[int]:
    if regex.fullmatch(r"[1-4]\.", word):  # "2015’in 1. çeyreği" (round 69 dev ekonomi-377)
        return int(word[0]) if int(word[0]) <= limit else None
    for r in lex.parts:
        if r["kind"] == "ord" and r["word"] == word:
            return limit if r["value"] == "last" else int(r["value"])
    return None


# ---------------------------------------------------------------------------
# Extensions: part of a year/month, pre-modifiers, postpositions

_GENITIVE = regex.compile(r"n?[ıiuü]n")
_DATIVE = regex.compile(r"[yn]?[ae]")
_ABLATIVE = regex.compile(r"n?[dt][ae]n")


def _extend_part(c: _Cand, folded: str, lex: _Lexicon) -> None:
    season = not c.grain and folded[c.start:c.text_end].endswith("sezon")  # "geçen sezon başı" (round 43 dev spor-351)
    if (c.grain not in ("year", "month", "decade", "century", "week") and not season) or c.type != "DATE":
        return
    if c.case and not _GENITIVE.fullmatch(c.case):
        return
    m = lex.part_re.match(folded, c.end)
    if not m:
        return
    ordinal = _group(m, "ord")
    stem = m.group("stem")
    value = c.value
    mod = c.mod
    if season and (ordinal or stem not in ("baş", "son") or not _group(m, "poss")):
        return  # a season's start or end only
    if stem == "aylar":  # "yılın ilk/son ayları" (round 30 dev ekonomi-511): START / END
        if c.grain != "year" or ordinal not in ("ilk", "son"):
            return
        mod, grain = ("START" if ordinal == "ilk" else "END"), c.grain
    elif stem in ("yarı", "çeyrek", "çeyreğ"):
        if not ordinal or c.grain != "year":
            return  # "Ağustos'un ilk yarısı": no TIMEX3 value for half a month
        kind = "H" if stem == "yarı" else "Q"
        n = _ordinal(lex, ordinal, 2 if kind == "H" else 4)
        value = timex.part_value(value, kind, n) if value and n else None
        grain = "part"
    else:
        if ordinal or (c.grain == "week" and stem == "son" and not c.case):
            return  # "geçen hafta sonu" is a weekend (relative_times.tsv); "haftanın sonu" an END
        mod = next((r["value"] for r in lex.parts if r["kind"] == "edge" and r["word"] == stem), None)
        grain = c.grain
    text_end, case = _tail(m)
    c.end, c.text_end, c.case, c.value, c.mod, c.grain = m.end(), text_end, case, value, mod, grain
    c.needs_part = c.needs_ext = False


# "3 Ocak 2015 tarihinden itibaren", "… tarihine kadar": "tarih" carries the date's case
_TARIH = regex.compile(r"\s+tarih(?:i(?P<case>nden|ne)|(?P<case>ten|e))(?!\p{L})")


def _extend_post(c: _Cand, folded: str, lex: _Lexicon) -> None:
    if c.type not in ("DATE", "TIME", "DURATION"):
        return
    tarih = _TARIH.match(folded, c.end) if c.type == "DATE" and c.case == "" else None
    m = lex.post_re.match(folded, tarih.end() if tarih else c.end)
    if not m:
        return
    phrase = regex.sub(r"\s+", " ", m.group("post"))
    if tarih:
        case = "abl" if _ABLATIVE.fullmatch(tarih.group("case")) else "dat"
    elif c.case == "":
        case = "nom"
    elif _ABLATIVE.fullmatch(c.case):
        case = "abl"
    elif _DATIVE.fullmatch(c.case):
        case = "dat"
    elif _GENITIVE.fullmatch(c.case):
        case = "gen"
    else:
        case = "other"  # "beş dakikayı aşan": only a postposition of any case attaches
    column = "duration_mod" if c.type == "DURATION" else "date_mod"
    if phrase in ("öncesi", "sonrası") and not any(ch.isdigit() for ch in folded[c.start:c.text_end]):
        return  # "sezon öncesi" names a period (ANNOTATION: optional); "27 Mayıs 1960 öncesi" is before a date
    for r in lex.modifiers:
        if r["position"] == "post" and r["phrase"] == phrase and r["case"] in (case, "any"):
            if r[column] == "-":
                continue
            c.end = c.text_end = m.end()
            c.case = ""
            if r[column]:
                c.mod = r[column]
            return


def _extend_pre(c: _Cand, folded: str, lex: _Lexicon) -> None:
    if c.type not in ("DATE", "TIME", "DURATION"):
        return
    m = lex.pre_re.search(folded, max(0, c.start - 30), c.start)
    if not m:
        return
    phrase = regex.sub(r"\s+", " ", m.group("pre"))
    column = "duration_mod" if c.type == "DURATION" else "date_mod"
    for r in lex.modifiers:
        if r["position"] == "pre" and r["phrase"] == phrase and r[column] != "-":
            c.start = m.start()
            if r[column]:
                c.mod = r[column]
            return


# ---------------------------------------------------------------------------
# Selection and clock-time merging

_GAP = regex.compile(r"[ \t]*,?[ \t]*\Z")
_DAY = regex.compile(r"\d{4}-\d{2}-\d{2}")


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest first; then rule order; then earlier start; no overlaps."""
    chosen: list[_Cand] = []
    taken = SpanSet()
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.priority, c.start)):
        if c.end <= c.start:  # empty: never overlaps, never stored (SpanSet holds real spans)
            if all(c.end <= o.start or c.start >= o.end for o in chosen):
                chosen.append(c)
        elif not taken.overlaps(c.start, c.end):
            chosen.append(c)
            taken.add(c.start, c.end)
    return sorted(chosen, key=lambda c: c.start)


def _absorb(prev: _Cand, c: _Cand, tag: str) -> None:
    """Extend ``prev`` over ``c`` (one expression from two neighbouring candidates)."""
    prev.end, prev.text_end, prev.case = c.end, c.text_end, c.case
    prev.source = f"{prev.source}+{tag}"


def _merge_pairs(cands: list[_Cand], body: str, join) -> list[_Cand]:
    """Fold each candidate into the one before it when ``join(prev, c, body)`` does so."""
    out: list[_Cand] = []
    for c in cands:
        if out and join(out[-1], c, body):
            continue
        out.append(c)
    return out


_GENITIVE_CASE = regex.compile(r"n?[ıiuü]n\Z")
# the first or last N months of the year before which "yılın" stands (round 73 dev ekonomi-468)
_COUNTED_EDGE = regex.compile(r"\s+(?:ilk|son)\s+\S+\s+ay(?:[ıi]|lar[ıi])")
_EDGE_WORD = regex.compile(r"(?:ilk|son)\Z")


def _join_year_part(prev: _Cand, c: _Cand, body: str) -> bool:
    """A year and its first/last months are one DATE: "2012'nin ilk dört ayı", "bu yılın ilk
    10 ayı", "2014 yılının son üç ayı" -> the year's value with mod START / END."""
    if not (prev.type == "DATE" and prev.grain == "year" and c.type == "DURATION"
            and not body[prev.end:c.start].strip()):
        return False
    words = fold(body[c.start:c.text_end]).split()
    if _GENITIVE_CASE.search(prev.case or "") and words and words[0] in ("ilk", "son"):
        edge = words[0]
    elif prev.mod in ("START", "END") and _EDGE_WORD.search(fold(body[prev.start:prev.text_end])):
        edge = "ilk" if prev.mod == "START" else "son"
    else:
        return False
    prev.mod = "START" if edge == "ilk" else "END"
    _absorb(prev, c, "part")
    return True


_EVERY_YEAR_OF = regex.compile(r"her\s+yıl\Z")
_DAY_MONTH = regex.compile(r"(?P<d>[0-3]?\d)\.?\s+(?P<mon>\p{L}+)\Z")
_RANGE_LINK = regex.compile(r"\s*(?:ile|ve|[-–])\s*\Z")


def _join_every_year_day(prev: _Cand, c: _Cand, body: str) -> bool:
    """A day of every year: "her yılın 1 Aralık ile 1 Nisan tarihleri arasında" (round 73 dev ekonomi-135)
    -> a SET XXXX-12-01 over "her yılın 1 Aralık", and the range's other end a SET XXXX-04-01 too."""
    if c.source != "date_dmy" or c.type != "DATE":
        return False
    day = _DAY_MONTH.match(fold(body[c.start:c.text_end]))
    mon = _lexicon().months.get(day.group("mon")) if day else None
    if mon is None:
        return False
    value = f"XXXX-{mon:02d}-{int(day.group('d')):02d}"
    gap = body[prev.end:c.start]
    if prev.type == "SET" and not gap.strip() and (not prev.case or _GENITIVE_CASE.search(prev.case)) \
            and _EVERY_YEAR_OF.search(fold(body[prev.start:prev.text_end])):
        prev.value, prev.grain = value, "day"
        _absorb(prev, c, "every_day")
        return True
    if prev.type == "SET" and prev.source.endswith("+every_day") and _RANGE_LINK.match(gap):
        c.type, c.value, c.quant = "SET", value, "EVERY"  # the range's other end recurs as well
    return False


def _join_year_month(prev: _Cand, c: _Cand, body: str) -> bool:
    """A relative year and a month right after it are one DATE, the month of that year: "bu yıl
    Mayıs ayında" (notes GR), "geçen yıl Mayıs ayı" (2014-05 against 2015); "bu yıl\n\nRamazan\n\nayı"
    (round 64 dev ekonomi-565; a month of the Hijri calendar keeps no value); and a named day or
    holiday after it, with no value: "Geçen yıl Kurban Bayramında" (round 68 dev kultursanat-234)."""
    holiday = c.source == "named_day" or (c.source == "relative" and c.grain == "day" and c.value is None)
    if not (prev.type == c.type == "DATE" and prev.grain == "year" and (c.grain == "month" or holiday)
            and prev.mod is None and prev.case in ("", "ın", "in") and prev.source == "relative"
            and c.start > prev.text_end and not body[prev.end:c.start].strip()):
        return False
    value = None
    if prev.value and len(prev.value) == 4 and c.value and regex.fullmatch(r"\d{4}-\d{2}", c.value):
        value = prev.value + c.value[4:]
    prev.value, prev.grain, prev.mod = value, (c.grain if holiday else "month"), c.mod
    _absorb(prev, c, c.source if holiday else "month")
    return True


def _join_weekday(prev: _Cand, c: _Cand, body: str) -> bool:
    """A date and its weekday are one expression: "5 Kasım Pazartesi günü"."""
    if ((c.source == "weekday" or c.grain == "part_of_date") and prev.source in ("date_dmy", "date_numeric")
            and prev.end == prev.text_end and body[prev.end:c.start].strip() in ("", ",")):
        if c.grain == "part_of_date":  # the part of the day rides on the candidate's value
            day = _DAY.match(prev.value or "")
            prev.type, prev.value = "TIME", (f"{day.group()}T{c.value}" if day else None)
            prev.mod = prev.mod or c.mod
        _absorb(prev, c, "weekday")
        return True
    return False


_WEEK_DET = regex.compile(r"(?:bu|geçen|geçtiğimiz|gelecek|önümüzdeki)\s+hafta\Z")
_ISO_WEEK = regex.compile(r"(\d{4})-W(\d{2})\Z")


def _join_week_weekday(prev: _Cand, c: _Cand, body: str) -> bool:
    """A week and a weekday are one day: "Bu hafta Çarşamba günü" (round 40 dev ekonomi-60), "geçen
    hafta cuma günü" (dev ekonomi-8), the weekday of that week."""
    if not (c.source == "weekday" and c.type == "DATE" and prev.source == "relative" and prev.grain == "week"
            and prev.end == prev.text_end and not body[prev.end:c.start].strip()
            and _WEEK_DET.match(fold(body[prev.start:prev.text_end]))):
        return False
    number = _lexicon().weekdays.get(fold(body[c.start:c.text_end]).split()[0], (None,))[0]
    week = _ISO_WEEK.match(prev.value or "")
    prev.value = (_dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), number).isoformat()
                  if week and number else None)
    prev.grain = "day"
    _absorb(prev, c, "weekday")
    return True


def _join_time(prev: _Cand, c: _Cand, body: str) -> bool:
    """A day and a clock time are one TIME: "22 Ağustos saat 14.00"."""
    if (c.hm is not None and prev.type in ("DATE", "TIME") and prev.hm is None
            and prev.grain in ("day", "daypart") and _GAP.match(body[prev.end:c.start])):
        day_match = _DAY.match(prev.value or "")
        prev.type = "TIME"
        prev.value = timex.time_value(day_match.group() if day_match else None, *c.hm)
        prev.hm = c.hm
        prev.mod = prev.mod or c.mod  # "28 Kasım saat 24.00’e kadar": ON_OR_BEFORE (round 21 dev)
        _absorb(prev, c, "time")
        return True
    return False


# a phrase's last word with the compound's possessive ("hafta sonu", "gece yarısı", "yasama yılı")
_POSSESSED = frozenset({"sonu", "sonları", "yarısı", "geceyarısı", "yılı", "öncesi", "dönemi"})
_PART_OF_DAY = {"sabah": "MO", "öğle": "MI", "öğleden sonra": "AF", "akşam": "EV", "gece": "NI"}  # TIMEX3 parts of day
_AFTER_DAY_MONTH = regex.compile(r"\d\.?\s+\p{L}+(?:\s+\d{4})?,?\s+\Z")
_PERIOD = regex.compile(r"P(?P<date>(?:\d+[YMWD])*)(?:T(?P<time>(?:\d+[HMS])+))?\Z")
_PERIOD_ORDER = ("Y", "M", "W", "D", "TH", "TM", "TS")  # time units after "T"
_BARE_UNIT = regex.compile(r"(?:yıl|sene|ay|hafta|gün|saat|dakika)\Z")


def _period_parts(value: str) -> Optional[list[tuple[str, str]]]:
    """("2", "Y"), ("5", "M") … of an ISO period, time units marked "TH", "TM", "TS"; None if no period."""
    m = _PERIOD.match(value or "")
    if m is None or not (m.group("date") or m.group("time")):
        return None
    parts = regex.findall(r"(\d+)([YMWD])", m.group("date") or "")
    return parts + [(n, "T" + u) for n, u in regex.findall(r"(\d+)([HMS])", m.group("time") or "")]


def _join_duration(prev: _Cand, c: _Cand, body: str) -> bool:
    """One duration from "2 yıl 5 ay(lık)", "1 dakika 32 saniye": consecutive durations in falling
    units -> P2Y5M, PT1M32S (round 56 dev spor-427). A postposition's mod on the second part is the
    whole's ("2 yıl 8 aya kadar", round 9 dev spor-70: EQUAL_OR_LESS), an approximation before the
    first is too ("yaklaşık 1 saat 20 dakika"); a pre-modifier on the second part is no join."""
    if not (prev.type == c.type == "DURATION" and prev.mod in (None, "APPROX")
            and (c.mod is None or body[c.start:c.start + 1].isdigit()) and not (prev.mod and c.mod)
            and not body[prev.end:c.start].strip() and prev.end == prev.text_end
            and _BARE_UNIT.search(fold(body[prev.start:prev.text_end]))):
        return False
    a, b = _period_parts(prev.value), _period_parts(c.value)
    if not (a and b and _PERIOD_ORDER.index(a[-1][1]) < _PERIOD_ORDER.index(b[0][1])
            and a[-1][1].startswith("T") == b[0][1].startswith("T")):
        return False  # not days and hours: "7 gün 24 saat" (around the clock), "haftada 3 gün 4 saat"
    parts = a + b
    date = "".join(n + u for n, u in parts if not u.startswith("T"))
    time = "".join(n + u[1] for n, u in parts if u.startswith("T"))
    prev.value = f"P{date}" + (f"T{time}" if time else "")
    prev.mod = prev.mod or c.mod
    _absorb(prev, c, c.source)
    return True


_DAY_MONTH_TEXT = regex.compile(r"([0-3]?\d)\.?\s+(\p{L}+)\Z")
_YEAR_TEXT = regex.compile(r"\b((?:1[5-9]|20)\d{2})\Z")
_RANGE_DASH = regex.compile(r"\s*[-–]\s*\Z")


def _range_year(prev: _Cand, c: _Cand, body: str) -> bool:
    """"1 Ocak-19 Ağustos 2014": the start of a range of days takes the year written at its end
    (round 46 dev ekonomi-289). Never merges."""
    if prev.source == "date_dmy" and c.source.startswith("date_dmy") and _RANGE_DASH.match(body[prev.end:c.start]):
        first = _DAY_MONTH_TEXT.search(fold(body[prev.start:prev.text_end]))
        year = _YEAR_TEXT.search(body[c.start:c.text_end])
        month = _lexicon().months.get(first.group(2)) if first else None
        if first and year and month:
            prev.value = timex.day_value(int(year.group(1)), month, int(first.group(1))) or prev.value
    return False


def _range_start(prev: _Cand, c: _Cand, body: str) -> bool:
    """The start of a range of durations, "18 aydan 3 yıla kadar" (round 32 dev ekonomi-137, round 9
    dev spor-70): the ablative stays in the first one's text, with EQUAL_OR_MORE (never merges)."""
    if (prev.type == c.type == "DURATION" and prev.mod is None and c.mod == "EQUAL_OR_LESS"
            and _ABLATIVE.fullmatch(prev.case or "") and not body[prev.end:c.start].strip()):
        prev.text_end, prev.case, prev.mod = prev.end, "", "EQUAL_OR_MORE"
    return False


# Rules whose every match is a run of words (letters, spaces, tabs) holding one of these words:
# they are searched only in the runs around the words' occurrences (see _run_finditer).
_NEEDLES = {"named_day": ("günü", "bayramı")}
_RUN_BREAK = regex.compile(r"[^\p{L} \t]")
_RUN_BREAK_BEFORE = regex.compile(r"(?r)[^\p{L} \t]")


def _run_finditer(pattern: "regex.Pattern", text: str, needles: tuple[str, ...]) -> Iterator["regex.Match"]:
    """``pattern.finditer(text)`` for a pattern whose matches lie inside one run of letters,
    spaces and tabs and contain a needle: each run holding a needle is searched alone (the
    same matches; the rest of the text is never scanned)."""
    hits = sorted(i for needle in needles for i in _occurrences(text, needle))
    pos = 0
    for i in hits:
        if i < pos:
            continue
        before = _RUN_BREAK_BEFORE.search(text, 0, i)
        after = _RUN_BREAK.search(text, i)
        run_end = after.start() if after else len(text)
        start = max(pos, before.end() if before else 0)
        while True:
            m = pattern.search(text, start, run_end)
            if m is None:
                pos = run_end
                break
            yield m
            pos = start = m.end() if m.end() > m.start() else m.end() + 1
            if not any(n in text[start:run_end] for n in needles):
                pos = run_end
                break


def _occurrences(text: str, word: str) -> Iterator[int]:
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


@functools.lru_cache(maxsize=None)
def _unit_things() -> dict:
    """Unit -> pattern of the nouns after it that make it a thing (``resources/time_unit_things.tsv``)."""
    nouns: dict = {}
    for row in resources.tsv("time_unit_things.tsv"):
        nouns.setdefault(fold(row["unit"]), []).append(fold(row["noun"]))
    return {unit: regex.compile(rf"\s+(?:{_alt(words)})") for unit, words in nouns.items()}


def _names_a_thing(folded: str, start: int, end: int) -> bool:
    """A duration's unit ends in a thing's name: "bir saat markası" (a watch brand)."""
    words = folded[start:end].split()
    pattern = _unit_things().get(words[-1]) if words else None
    return pattern is not None and pattern.match(folded, end) is not None


def _candidates(body: str, folded: str, pub, lex: _Lexicon, analysis) -> Iterator[_Cand]:
    for rule in lex.rules:
        needles = _NEEDLES.get(rule.name)
        matches = rule.pattern.finditer(folded) if needles is None else _run_finditer(rule.pattern, folded, needles)
        for m in matches:
            try:
                c = _make(rule, m, folded, body, pub, lex, analysis)
                if c is None or (c.type == "DURATION" and _names_a_thing(folded, c.start, c.text_end)):
                    continue
                _extend_part(c, folded, lex)
                if c.needs_part:
                    if not (c.case and _COUNTED_EDGE.match(folded, c.end)):
                        continue
                    c.needs_part = False  # "yılın ilk beş ayı": joined to the months by _join_year_part
                end = c.end
                _extend_post(c, folded, lex)
                if c.needs_ext and c.end == end and c.mod is None \
                        and not lex.month_noun_re.match(folded, c.end):
                    continue  # "Kasım" alone may be a name; "Haziran toplantısı" is dated
                _extend_pre(c, folded, lex)
                if c.text_end <= c.start:
                    continue
                yield c
            except Exception:  # noqa: BLE001 - one bad candidate must not fail the document
                continue


_SAME_YEAR = regex.compile(r"aynı yıl(?!lar)")
_YEAR_OF = regex.compile(r"\d{4}(?![\d])")


def _same_year(cands: list, folded: str) -> list:
    """``Aynı yıl`` takes the year of the last dated expression before it in its paragraph (the
    guidelines resolve it from the text, notes B: "2011 yılında … Aynı yıl içinde", dev siyaset-501;
    "Mart 1970'te … aynı yıl", round 40 dev siyaset-238)."""
    out = []
    for i, c in enumerate(cands):
        if c.type == "DATE" and c.value is None and _SAME_YEAR.match(folded, c.start):
            paragraph = folded.rfind("\n\n", 0, c.start)
            earlier = next((p for p in reversed(cands[:i]) if p.type == "DATE" and p.value and not p.mod
                            and _YEAR_OF.match(p.value) and p.start > paragraph), None)
            if earlier is not None:
                c = attrs.evolve(c, value=earlier.value[:4])
        out.append(c)
    return out


def extract_dates(article: Article, analysis: Optional[Analysis] = None) -> list[TimeExpression]:
    """Temporal expressions of ``article.body`` as TIMEX3 records, in text order."""
    body = getattr(article, "body", None)
    if not isinstance(body, str) or not body:
        return []
    pub = getattr(article, "published", None)
    if isinstance(pub, _dt.datetime):
        pub = pub.date()
    if not isinstance(pub, _dt.date):
        pub = None
    lex = _lexicon()
    folded = fold(body)
    if len(folded) != len(body):  # cannot happen; guard the offsets anyway
        return []
    cands = _select(list(_candidates(body, folded, pub, lex, analysis)))
    for join in (_join_weekday, _join_week_weekday, _join_time, _join_duration, _join_year_part, _join_year_month,
                 _join_every_year_day, _range_start, _range_year):
        cands = _merge_pairs(cands, body, join)
    for c in cands:
        if c.grain == "part_of_date":  # a part of a weekday whose date did not take it: no value
            c.value, c.grain = None, "daypart"
    cands = _same_year(cands, folded)
    out: list[TimeExpression] = []
    for c in cands:
        try:
            text = body[c.start:c.text_end]
            if not text.strip():
                continue
            out.append(TimeExpression(
                text=text, start=c.start, end=c.text_end, type=c.type, value=c.value,
                mod=c.mod, quant=c.quant, source=c.source,
            ))
        except (ValueError, TypeError):
            continue
    return out
