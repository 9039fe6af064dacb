"""One mention before merging, and how a found span is finished: its status cue (before or
after it), date, parties and type."""

from __future__ import annotations

from itertools import islice
from typing import Optional

import attrs
import regex

from .cues import _Cue, _cue_after, _cue_before
from .lexicon import _Head
from .parties import _mention_parties
from .spans import _name_of, _overlaps


@attrs.frozen(slots=True)
class _Mention:
    start: int
    end: int
    name: str
    type: str
    status: str
    named: bool
    date: Optional[str]
    parties: tuple[str, ...]
    source: str
    # a description that a measure leads ("4 yıllık sözleşme imzaladı") names one of
    # several like documents: each signed one is its own item, not merged by name
    distinct: bool = False
    # the head alone ("sözleşme imzalayacağız"): an item only where the article names its
    # documents no other way (ANNOTATION-notes-B, F: an anaphoric mention with its status verb)
    bare: bool = False
    # a bare head that keeps its status clause ("Meclis'te onaylanan plan"): after a document of its
    # type, a later wording of that one (merge.py; session 24's article pools, kultursanat-288, ekonomi-239)
    later: bool = False


def _finish(body, toks, before_i, first_i, last_i, start, end, head: _Head, named: bool, lex, dates, pair,
            source: str, require_cue: bool = False, program_needs_cue: bool = False,
            parties_hint: tuple[str, ...] = (), cue: Optional[_Cue] = None,
            cue_side: Optional[str] = None) -> Optional[_Mention]:
    """Status, date and parties of a mention spanning body[start:end] (tokens first_i..last_i);
    ``cue`` when the caller found it already (inside the span)."""
    text = body[start:end]
    if not text.strip():
        return None
    if cue is None:
        cue = _cue_before(toks, first_i, lex, head.type)
        if cue is not None and first_i < last_i and _owner_genitive(toks[first_i]):
            cue = None  # "… Bakanlar Kurulu'nca kabul edildiği | projenin protokolü … imzalandı" (dev
            # teknoloji-576): a participle before a genitive owner describes the owner
        cue_side = "before" if cue is not None else None
    if cue is None:
        cue = _cue_after(toks, last_i, lex, dates=dates, dative=_in_dative(toks[last_i], head), head_type=head.type)
        cue_side = "after" if cue is not None else None
    if cue is None and (require_cue or (program_needs_cue and head.lemma == "program")):
        return None
    status = cue.status if cue is not None else "mentioned"
    date = _date_for(toks, first_i, last_i, cue, cue_side, start, end, dates) if cue is not None else None
    parties = parties_hint or _mention_parties(toks, first_i, last_i, pair)
    return _Mention(start=start, end=end, name=_name_of(text), type=_type_of(head.type, named), status=status,
                    named=named, date=date, parties=parties, source=source)


# a noun in the genitive: "oyuncunun", "projenin", "kulübün" (also read by ``described``)
GENITIVE_WORD = regex.compile(r"\p{L}{2,}(?:n[ıiuü]n|[bcçdfgğhjklmnprsştvyz][ıiuü]n)\Z")


def _owner_genitive(tok) -> bool:
    """``tok`` is a lower-case noun in the genitive, the owner of what follows it."""
    return tok.kind == "word" and not tok.cap and not tok.apos and GENITIVE_WORD.search(tok.low) is not None


_DATIVE = regex.compile(r"(?:s?[ıiuü]n|n|y)?[ae]\Z")  # after a stem with or without its compound -(s)I


def _in_dative(tok, head: _Head) -> bool:
    """``tok`` is the head in the dative ("anlaşmaya", "anlaşmasına", "Mutabakatı'na")."""
    stem = head.stems[-1]
    if tok.kind != "word" or not tok.low.startswith(stem):
        return False
    rest = tok.apos_suffix or tok.low[len(stem):]
    return bool(rest) and _DATIVE.match(rest) is not None


def _type_of(head_type: str, named: bool) -> str:
    """A titled *Sözleşme* is a convention ("Avrupa İnsan Hakları Sözleşmesi"): a treaty;
    a described one ("kredi sözleşmesi") is a contract."""
    return "treaty" if head_type == "contract" and named else head_type


def _date_for(toks, first_i, last_i, cue: _Cue, side, start, end, dates) -> Optional[str]:
    # a date inside the mention describes the document ("2014-2018 yıllarını kapsayan plan"), except
    # in a status clause the mention keeps ("Komisyonu'nun Aralık 1998'de aldığı karar", "Kasım
    # 2013'de revize edilen sözleşme": dev pool s23c spor-481), where it dates the cue's event
    kept_clause = side == "before" and start <= toks[cue.first].start < end
    usable = [d for d in dates if d.type == "DATE" and (d.value or "")[:1].isdigit() and not d.mod
              and (kept_clause or not _overlaps(d.start, d.end, start, end))]
    if not usable:
        return None
    if side == "before":
        # "geçen yıl imzalanan X": the expression ends right before the cue, same clause
        lo = _clause_start(toks, cue.first)
        hi = toks[cue.first].start
    else:
        lo = _clause_start(toks, first_i)
        hi = toks[cue.last].end
    inside = [d for d in usable if d.start >= lo and d.end <= hi and not _period_of(toks, d)]
    if not inside:
        return None
    inside.sort(key=lambda d: abs(d.start - start))
    return inside[0].value


def _period_of(toks, d) -> bool:
    """``2010-2014 yıllarını kapsayan``, ``2014-2018 yılları arasını kapsayan``: the period a
    document covers (dev saglik-400, s23b ekonomi-255), not when it was made."""
    for t in islice((t for t in toks if t.start >= d.end), 5):
        if _COVERS.match(t.low):
            return True
        if not (t.kind in ("num", "punct") or _PERIOD_WORD.match(t.low)):
            return False
    return False


_COVERS = regex.compile(r"kaps(?:ay|ad|ıy)")  # "kapsayan", "kapsadığı", "kapsıyor"; not "Kapsamlı"
_PERIOD_WORD = regex.compile(r"(?:yıl|ay|dönem|ara)")


def _clause_start(toks, i: int) -> int:
    for k in range(i - 1, -1, -1):
        if toks[k].kind == "punct" and toks[k].text in ",;:":
            return toks[k].end
    return toks[0].start if toks else 0
