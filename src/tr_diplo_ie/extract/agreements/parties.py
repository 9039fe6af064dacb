"""Parties of a document: place names before "arasında" ("X ve Y arasında", "iki ülke
arasında" -> the article's two main countries), hyphenated pairs ("Türk-Kazak")."""

from __future__ import annotations

from typing import Optional

import regex

from .. import gazetteer
from .tokens import _Tok


def _is_place(tok: _Tok) -> Optional[gazetteer.Place]:
    if tok.kind != "word" or not tok.cap:
        return None
    return gazetteer.lookup(tok.text)


def _article_pair(body: str) -> tuple[str, ...]:
    counts: dict[str, int] = {}
    for _, _, place in gazetteer.mentions(body):
        if place.type == "country":
            counts[place.canonical] = counts.get(place.canonical, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], body.find(kv[0]) if kv[0] in body else 10**9))
    if len(ranked) < 2 or ranked[1][1] < 2:
        return ()
    if len(ranked) > 2 and ranked[2][1] * 2 > ranked[1][1]:
        return ()
    return (ranked[0][0], ranked[1][0])


def _place_ending_at(toks: list[_Tok], j: int) -> tuple[Optional[gazetteer.Place], int]:
    """The gazetteer name whose last word is token j ("Avrupa Birliği"), and its first token."""
    for n in (5, 4, 3, 2):
        i = j - n + 1
        if i < 0 or any(t.kind != "word" or not t.cap or t.apos for t in toks[i:j]):
            continue
        place = gazetteer.lookup(" ".join(t.word for t in toks[i:j]) + " " + toks[j].text)
        if place is not None and place.kind != "adj":
            return place, i
    place = _is_place(toks[j])
    return (place, j) if place is not None and place.kind != "adj" else (None, j)


def _places_before(toks: list[_Tok], k: int) -> tuple[tuple[str, ...], int]:
    """Places listed right before token k ("Kırgızistan ve Kazakistan"), and where they start."""
    names: list[str] = []
    j = k - 1
    start = k
    while j >= 0:
        place, first = _place_ending_at(toks, j)
        if place is None:
            break
        names.insert(0, place.party)
        start = first
        j = first
        if j - 1 >= 0 and (toks[j - 1].low in ("ve", "ile", "veya") or toks[j - 1].text == ","):
            j -= 2
            continue
        break
    if len(names) < 2:
        # "Kırgızistan-Kazakistan arasında"
        if k - 1 >= 0:
            hyph = _hyphen_parties(toks[k - 1])
            if len(hyph) >= 2:
                return hyph, k - 1
        return (), k
    return tuple(dict.fromkeys(names)), start


def _hyphen_parties(tok: _Tok) -> tuple[str, ...]:
    if tok.kind != "word" or "-" not in tok.word and "‑" not in tok.word:
        return ()
    whole = gazetteer.lookup(tok.word)
    if whole is not None:  # Bosna-Hersek, Gine-Bissau
        return ()
    names = []
    for part in regex.split(r"[-‑]", tok.word):
        place = gazetteer.lookup(part)
        if place is None or place.type not in ("country", "org", "capital"):
            return ()
        names.append(place.party)
    return tuple(dict.fromkeys(names))


def _party_phrase(toks: list[_Tok], k: int, pair: tuple[str, ...]) -> tuple[tuple[str, ...], int]:
    """Parties of an "arasında(ki)" at token k, and the index where the phrase starts."""
    if k - 1 >= 0 and toks[k - 1].low in ("ülke", "ülkenin", "taraf") and k - 2 >= 0 and toks[k - 2].low == "iki":
        return pair, k - 2  # the article's two countries (may be unknown: then no parties)
    return _places_before(toks, k)


def _sentence_parties(toks, first: int, pair, adjacent_only: bool) -> tuple[str, ...]:
    for k in range(first - 1, -1, -1):
        if toks[k].low == "arasında" or (toks[k].low == "arasındaki" and k == first - 1):
            parties, _ = _party_phrase(toks, k, pair)
            if parties:
                return parties
    return ()


def _mention_parties(toks, first_i, last_i, pair) -> tuple[str, ...]:
    for k in range(first_i - 1 if first_i - 1 >= 0 else 0, last_i + 1):
        if 0 <= k < len(toks):
            hyph = _hyphen_parties(toks[k])
            if len(hyph) >= 2:
                return hyph
    return _sentence_parties(toks, first_i, pair, adjacent_only=True)
