"""Institutions named by their head noun alone: "Şirketten yapılan açıklamada", "komisyon,
... yaptığı yazılı açıklamada", "belediyenin resmi Twitter hesabından yapılan açıklamada".

The bare noun stands for the organisation of the article whose name ends with the noun's
compound form ("şirket" -> "... Şirketi", "kulüp" -> "... Kulübü"); ANNOTATION.md resolves
such epithets to the named referent.  The heads are the organisation heads of
``resources/speaker_heads.tsv`` that have a bare form.
"""

from __future__ import annotations

import functools
from typing import Optional

import attrs
import regex

from .. import resources
from ..textnorm import tr_lower

_VOWELS = "aeıioöuü"
# Endings of the bare noun where it names a statement's source: nothing (a subject before
# a comma), the genitive ("şirketin", "belediyenin") or the ablative ("Kulüpten").
_GENITIVE = regex.compile(r"n?[ıiuü]n")
_ABLATIVE = regex.compile(r"[dt][ae]n")


@attrs.frozen(slots=True)
class Head:
    compound: str  # as written in names: "Kulübü"
    bare: str  # nominative, lower case: "kulüp"
    stem: str  # before a vowel: "kulüb"


@functools.lru_cache(maxsize=None)
def heads() -> tuple[Head, ...]:
    """The organisation heads with a compound ending and a bare form ("Kulübü", "kulüp")."""
    found = []
    for row in resources.tsv("speaker_heads.tsv"):
        if row["kind"] != "org_head" or not row.get("bare"):
            continue
        bare = row["bare"]
        # before a vowel the stem is voiced as in the compound: kulüb-ün, bakanlığ-ın, oda-nın
        stem = bare if bare[-1] in _VOWELS else tr_lower(row["word"])[:-1]
        found.append(Head(compound=row["word"], bare=bare, stem=stem))
    return tuple(found)


def head_of(word: str, endings: str = "nom gen abl") -> Optional[Head]:
    """The head that ``word`` is, bare or with one of ``endings`` ("Şirketten" -> şirket)."""
    low = tr_lower(word)
    for head in heads():
        if low == head.bare and "nom" in endings:
            return head
        for stem in {head.bare, head.stem}:
            if low.startswith(stem) and len(low) > len(stem):
                rest = low[len(stem):]
                if "gen" in endings and _GENITIVE.fullmatch(rest) and (
                        stem == head.stem if head.stem[-1] not in _VOWELS else rest[0] == "n"):
                    return head  # "kulübün", "belediyenin"; not "kulüpün"
                if "abl" in endings and _ABLATIVE.fullmatch(rest) and stem == head.bare:
                    return head  # "Kulüpten", "Bakanlıktan"
    return None


# A written name that ends with a capitalised organisation head in the compound form (with a
# bare form or not): "Belçika Kişisel Gizlilik Komisyonu",
# "TBMM Darbe ve Muhtıraları Araştırma Komisyonu'ndan", "Yargıtay 22. Hukuk Dairesi", "Danıştay 8’inci
# Dairesi" (an ordinal with its suffix, round 44 dev siyaset-121).
_NAME_WORD = r"(?:\p{Lu}[\p{L}\p{M}&.-]*|\d+\.|\d+['’\x92][ıiuü]?nc[ıiuü])"


# "Anonim Şirketi" abbreviated ends a company's name: "Pegasus Hava Taşımacılığı A.Ş."; such
# a name is the organisation a bare "şirket" stands for (dev pool ttc-ekonomi-501).
COMPANY_SUFFIX = r"A\.Ş\.?|AŞ"
_COMPANY_END = regex.compile(rf"\s(?:{COMPANY_SUFFIX})\Z")


def is_company(name: str) -> bool:
    """A name that ends with the abbreviation of "Anonim Şirketi"."""
    return _COMPANY_END.search(name) is not None


@functools.lru_cache(maxsize=None)
def name_pattern() -> regex.Pattern:
    compounds = "|".join(sorted((regex.escape(r["word"]) for r in resources.tsv("speaker_heads.tsv")
                                 if r["kind"] == "org_head" and r["word"][-1:] in "ıiuü" and r["word"][:1].isupper()),
                                key=len, reverse=True))
    # a list before "ve" inside the name: "Gıda, Tarım ve Hayvancılık Bakanlığı" (round 19 dev
    # ttc-saglik-515), "Bilim, Sanayi ve Teknoloji Bakanlığı"
    listed = rf"{_NAME_WORD}(?:,[ \t]+{_NAME_WORD}){{1,3}}[ \t]+ve[ \t]+"
    return regex.compile(
        rf"(?<![\p{{L}}\p{{M}}])(?P<name>(?:{listed})?{_NAME_WORD}(?:[ \t]+(?:ve[ \t]+)?{_NAME_WORD}){{0,7}}?"
        rf"[ \t]+(?P<head>{compounds}|{COMPANY_SUFFIX}))(?![\p{{L}}\p{{M}}])")


@functools.lru_cache(maxsize=None)
def word_pattern() -> str:
    """A regex alternation of the bare and voiced stems, either first letter case ("[Kk]ulüb")."""
    stems = sorted({s for h in heads() for s in (h.bare, h.stem)}, key=len, reverse=True)

    def either_case(stem: str) -> str:
        first = stem[0]
        upper = "İ" if first == "i" else "I" if first == "ı" else first.upper()
        return f"[{upper}{first}]{regex.escape(stem[1:])}"

    return "(?:" + "|".join(either_case(s) for s in stems) + ")"
