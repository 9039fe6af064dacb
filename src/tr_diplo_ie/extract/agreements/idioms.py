"""Heads that name no document: light-verb idioms ("karar verdi", "anlaşmaya vardı") and
heads a following noun takes over ("anlaşma taslağı")."""

from __future__ import annotations

from ..measures import measure_start as _measure_start
from .heads import _HeadMatch
from .lexicon import _Lexicon
from .relative import _relative_before_bir
from .tokens import _Tok


def _blocked(toks: list[_Tok], m: _HeadMatch, lex: _Lexicon) -> bool:
    """Light-verb idioms ("karar verdi") and heads taken over ("anlaşma taslağı")."""
    nxt = toks[m.last + 1] if m.last + 1 < len(toks) else None
    if nxt is None or nxt.kind != "word":
        return False
    if m.head.lemma in lex.light and any(nxt.low.startswith(v) for v in lex.light[m.head.lemma]):
        # "anlaşma sağladı" is an idiom ("came to terms"), but "2 yıllık anlaşma sağladı"
        # describes a document
        if _relative_before_bir(toks, m, lex) is not None:
            return False  # "... deprem etkisi yaratan bir karar aldı": a decision described
        if m.head.lemma != "karar" and m.first >= 1 and toks[m.first - 1].low in lex.postp:
            return False  # "... çözümüne yönelik anlaşma sağlanacağı": a described agreement
        return not any(_measure_start(toks, k) is not None
                       for k in range(m.first - 1, max(-1, m.first - 3), -1))
    if not m.suffix and nxt.low in lex.posthead:
        return True
    return False
