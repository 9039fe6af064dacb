"""A small gazetteer of countries, capitals, international bodies and a few cities.

Data: ``resources/countries.tsv`` (form, type, canonical, country, kind).  The
helpers here look a mention up and bring it to its canonical nominative name:

* ``strip_suffix("Kazakistan'ın") == "Kazakistan"`` (apostrophe + suffix),
* ``lookup("Kazakistanın")`` also finds unapostrophed case forms, but only when
  the stem is a known name of 5+ letters and the ending is a case ending of
  ``resources/agreement_heads.tsv`` (kind ``suffix``), so "Malinin" or "ABnin"
  never resolve,
* adjective / people forms ("Kazak", "Kırgızlar") resolve to their country,
* ``find_mentions(text)`` scans a text for every gazetteer name.

Nothing here raises on odd input; unknown mentions give ``None``.
"""

from __future__ import annotations

import functools
from typing import Optional

import attrs
import regex

from .. import resources
from ..textnorm import tr_lower

_APOS = "'’"
GAZETTEER_FILE = "countries.tsv"
SUFFIX_FILE = "agreement_heads.tsv"


@attrs.frozen(slots=True)
class Place:
    """One gazetteer row: ``form`` as written, its ``type`` and canonical name."""

    form: str
    type: str  # country | capital | org | city
    canonical: str
    country: str = ""  # the country a capital / city / adjective belongs to
    kind: str = "name"  # name | alt | adj | abbr

    @property
    def party(self) -> str:
        """The name to use as an agreement party: a country for capitals/adjectives."""
        if self.type in ("capital",) and self.country:
            return self.country
        return self.canonical


@functools.lru_cache(maxsize=None)
def entries() -> tuple[Place, ...]:
    rows = []
    for row in resources.tsv(GAZETTEER_FILE):
        form = row.get("form", "").strip()
        if not form:
            continue
        rows.append(Place(
            form=form, type=row.get("type") or "country", canonical=row.get("canonical") or form,
            country=row.get("country", ""), kind=row.get("kind") or "name",
        ))
    return tuple(rows)


@functools.lru_cache(maxsize=None)
def _index() -> dict[str, Place]:
    index: dict[str, Place] = {}
    for place in entries():
        index.setdefault(tr_lower(place.form), place)
    return index


@functools.lru_cache(maxsize=None)
def case_suffixes() -> tuple[str, ...]:
    """Case / plural endings (longest first) shared with the agreements lexicon."""
    found = {r["form"] for r in resources.tsv(SUFFIX_FILE) if r.get("kind") == "suffix" and r.get("form")}
    return tuple(sorted(found, key=len, reverse=True))


def strip_suffix(mention: str) -> str:
    """Drop an apostrophe and what follows it, and surrounding quote marks/space."""
    text = (mention or "").strip().strip("\"“”«»„")
    for i, ch in enumerate(text):
        if ch in _APOS and i > 0:
            return text[:i]
    return text


def lookup(mention: str) -> Optional[Place]:
    """The gazetteer row for a mention, or None.

    Tries the mention as is (after stripping an apostrophe suffix), then, when it
    has no apostrophe, the mention minus a case ending (``Kazakistanın``) where the
    stem is a full name of at least 5 letters (abbreviations need an apostrophe).
    """
    try:
        raw = (mention or "").strip()
        stem = strip_suffix(raw)
        if not stem or not stem[0].isupper():
            return None  # names are capitalised: "mali" (financial) is not Mali
        index = _index()
        place = index.get(tr_lower(" ".join(stem.split())))
        if place is not None:
            return place
        if any(ch in raw for ch in _APOS):
            return None
        low = tr_lower(" ".join(stem.split()))
        for suffix in case_suffixes():
            if len(low) - len(suffix) < 5 or not low.endswith(suffix):
                continue
            place = index.get(low[: len(low) - len(suffix)])
            if place is not None and place.kind != "abbr":
                return place
        return None
    except Exception:  # noqa: BLE001 - a lookup must never fail a document
        return None


def normalise(mention: str) -> str:
    """Canonical nominative name of a mention, or the mention without its suffix."""
    place = lookup(mention)
    return place.canonical if place is not None else strip_suffix(mention)


@functools.lru_cache(maxsize=None)
def _mention_pattern():
    forms = sorted({p.form for p in entries()}, key=len, reverse=True)
    endings = "|".join(regex.escape(s) for s in case_suffixes())
    return regex.compile(
        r"""
        (?<![\p{L}\p{N}])
        (?P<form>""" + "|".join(regex.escape(f) for f in forms) + r""")
        (?P<suffix>['’]\p{L}+ | (?:""" + endings + r"""))?
        (?![\p{L}\p{N}])
        """,
        regex.VERBOSE,
    )


@functools.lru_cache(maxsize=8)
def mentions(text: str) -> tuple[tuple[int, int, Place], ...]:
    """``find_mentions`` over the whole of ``text``, cached: the speaker and party stages both
    scan an article's body."""
    return tuple(find_mentions(text))


def find_mentions(text: str, start: int = 0, end: Optional[int] = None) -> list[tuple[int, int, Place]]:
    """Every gazetteer name in ``text[start:end]`` as ``(start, end, Place)``.

    The span covers the name without its suffix.  Names are matched case-
    sensitively, so "mali" (financial) is not Mali; an unapostrophed ending is
    accepted only on names of 5+ letters that are not abbreviations.
    """
    found: list[tuple[int, int, Place]] = []
    if not text:
        return found
    end = len(text) if end is None else end
    index = _index()
    try:
        for match in _mention_pattern().finditer(text, start, end):
            form = match.group("form")
            place = index.get(tr_lower(form))
            if place is None:
                continue
            suffix = match.group("suffix") or ""
            if suffix and suffix[0] not in _APOS and (len(form) < 5 or place.kind == "abbr"):
                continue
            found.append((match.start("form"), match.end("form"), place))
    except Exception:  # noqa: BLE001
        return found
    return found
