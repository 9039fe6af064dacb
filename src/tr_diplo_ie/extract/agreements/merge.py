"""Merging mentions into documents: equal normalised names are one document; so are a
restated description and a title with its owner shortened."""

from __future__ import annotations

import logging
from typing import Iterable

import regex

from ...records import Agreement
from ...textnorm import tr_lower
from .mention import _Mention
from .spans import _clean
from .tokens import _APOS, _QUOTES

log = logging.getLogger(__package__)  # the package's logger, as before the split


def _norm_key(text: str) -> str:
    text = "".join(ch for ch in text if ch not in _QUOTES and ch not in _APOS)
    return tr_lower(_clean(text))


def _context_key(body: str, m: _Mention) -> str:
    """The mention with up to 30 characters of its sentence on either side."""
    before = regex.split(r"[.!?\n]", body[max(0, m.start - 30):m.start])[-1]
    after = regex.split(r"[.!?\n]", body[m.end:m.end + 30])[0]
    return "distinct:" + _norm_key(before + body[m.start:m.end] + after)


# A description restated later in other words keeps its last words: "… Erdoğan'ın görüşlerine
# başvurma kararı" and then "… darbe ve muhtıralara dair görüşlerine başvurma kararı" are one
# decision (dev ttc-siyaset-593): the complement, the verbal noun and the head.
_RESTATED_WORDS = 3


def _restated_key(m: _Mention) -> str | None:
    words = _norm_key(m.name).split()
    if m.named or m.distinct or len(words) <= _RESTATED_WORDS:
        return None
    return f"restated:{m.type}:" + " ".join(words[-_RESTATED_WORDS:])


def _proper_names(m: _Mention) -> set[str]:
    """The capitalised words of a mention's name, without their endings."""
    return {regex.split(_APOS_SPLIT, word)[0] for word in m.name.split() if word[:1].isupper()}


_APOS_SPLIT = "[" + regex.escape(_APOS) + "]"


# A title whose owner is shortened later: "Millî Eğitim Bakanlığı Stratejik Planı", then
# "MEB Stratejik Planı" (the owner's initials) or "Bakanlığımız Stratejik Planı" (the owner
# in the first person plural) is one plan (dev siyaset-514).
_OUR = regex.compile(r"(?:ım|im|um|üm|m)[ıiuü]z\Z")


def _owner_alias(short: str, full: list[str], short_cased: str) -> bool:
    """``short`` (one word) names the owner ``full`` (its words) by initials or as "our …"."""
    initials = "".join(w[0] for w in full if w not in ("ve", "ile") and not w[:1].isdigit())  # (not the
    # years that open a title: "2010-2014 Millî Eğitim Bakanlığı Stratejik Planı")
    if short_cased.isupper() and len(short) >= 2 and short == initials:
        return True
    our = _OUR.search(short)
    return our is not None and len(short) - len(our.group()) >= 4 and full[-1].startswith(short[:our.start()])


def _alias_of(m: _Mention, titles: list[tuple[str, list[str], str]]) -> str | None:
    """The key of an earlier title of which ``m`` is a shortened wording, else None."""
    words = _norm_key(m.name).split()
    cased = _clean("".join(ch for ch in m.name if ch not in _QUOTES)).split()
    if not m.named or len(words) < 3 or len(cased) != len(words):
        return None
    for key, other, type_ in titles:
        if type_ != m.type or len(other) <= len(words) or other[-(len(words) - 1):] != words[1:]:
            continue
        if _owner_alias(words[0], other[:len(other) - len(words) + 1], cased[0]):
            return key
    return None


# A short later reference by the owner's genitive ("Fitch'in kararı", "Fitch'in not kararı") to a
# document of the same type whose first description named that owner ("Fitch'in Türkiye'e ilgili
# verdiği karar") is that document (session 23's article pool, ekonomi-91; ANNOTATION.md: later
# mentions are no items).  At most one word between the genitive and the head.
_GENITIVE_OWNER = regex.compile(r"\A(\p{Lu}[\p{L}\p{N}.&-]*)[" + regex.escape(_APOS) + r"](?:n?[ıiuü]n)\Z")


def _owner_reference(m: _Mention) -> str | None:
    """The owner's name (lower case) of a short genitive reference, else None."""
    words = _clean("".join(ch for ch in m.name if ch not in _QUOTES)).split()
    if m.named or m.bare or m.distinct or not 2 <= len(words) <= 3:
        return None
    owner = _GENITIVE_OWNER.match(words[0])
    return tr_lower(owner.group(1)) if owner else None


def _issuer_restatement(m: _Mention, firsts: list[tuple[str, _Mention]]) -> str | None:
    """The key of an earlier, longer description of the same type that ends in the same two words
    and names every capitalised word of ``m``: "TCMB haziran ayı PPK toplantısından çıkacak faiz
    kararı", then "PPK faiz kararı" in the day's calendar (dev ekonomi-17), is one decision."""
    words = _norm_key(m.name).split()
    names = _proper_names(m)
    if m.named or m.bare or m.distinct or not names or not 3 <= len(words) <= 5:
        return None
    for key, other in firsts:
        other_words = _norm_key(other.name).split()
        if other.type == m.type and len(other_words) > len(words) and other_words[-2:] == words[-2:] \
                and names <= _proper_names(other):
            return key
    return None


def _merge(body: str, mentions: Iterable[_Mention]) -> list[Agreement]:
    groups: dict[str, list[_Mention]] = {}
    order: list[str] = []
    restated: dict[str, tuple[str, set[str]]] = {}  # last words -> (key, names) of the first description
    titles: list[tuple[str, list[str], str]] = []  # (key, words, type) of the titles met so far
    owners: dict[tuple[str, str], str] = {}  # (type, a proper name in a first mention) -> its key
    for m in mentions:
        # a measure-led description ("2 yıllık sözleşme") is its own document unless the same
        # words stand around it again: a repeated lead gives no new item (ANNOTATION, AU)
        key = _context_key(body, m) if m.distinct else _norm_key(m.name)
        if m.named and key not in groups:
            alias = _alias_of(m, titles)
            if alias is not None:
                key = alias
            else:
                titles.append((key, key.split(), m.type))
        if m.bare:
            key = f"bare:{m.type}"  # "sözleşme imzalayacağız … sözleşmesi imzalanmadı": one document
        tail = _restated_key(m)
        if tail is not None and key not in groups:
            first = restated.setdefault(tail, (key, _proper_names(m)))
            if _proper_names(m) <= first[1]:  # not "İzmir'deki fabrikayı kapatma kararı" after Ankara's
                key = first[0]
        owner = _owner_reference(m)
        if owner is not None and key not in groups and (m.type, owner) in owners:
            key = owners[(m.type, owner)]
        if key not in groups:
            key = _issuer_restatement(m, [(k, groups[k][0]) for k in order]) or key
        if key not in groups and m.later:  # "… İmar Planı …", then "Meclis'te onaylanan plan"
            key = next((k for k in reversed(order) if groups[k][0].type == m.type), key)
        if key not in groups:
            groups[key] = []
            order.append(key)
            for name in _proper_names(m):
                owners.setdefault((m.type, tr_lower(name)), key)
        groups[key].append(m)
    out: list[Agreement] = []
    for key in order:
        group = groups[key]
        rep = next((m for m in group if m.named), group[0])
        status = next((m.status for m in group if m.status != "mentioned"), "mentioned")
        date = next((m.date for m in group if m.date), None)
        parties = next((m.parties for m in group if m.parties), ())
        try:
            out.append(Agreement(
                text=body[rep.start:rep.end], start=rep.start, end=rep.end, name=rep.name,
                type=rep.type, status=status, named=any(m.named for m in group), date=date,
                parties=parties, source=rep.source,
            ))
        except (ValueError, TypeError):  # a bad span must not fail the document
            log.debug("agreements: bad record for %r", rep.name, exc_info=True)
    out.sort(key=lambda a: a.start)
    return out
