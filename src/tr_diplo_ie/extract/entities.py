"""Entity mentions: NER spans (when a model ran) plus people found through titles."""

from __future__ import annotations

import unicodedata
from typing import Optional

from ..analysis import Analysis
from ..records import Article, EntityMention
from . import gazetteer
from .spans import SpanSet
from .speakers import NameBook, _title_pattern, build_namebook, strip_suffix


def _normalise(text: str, type_: str) -> str:
    """Nominative form: the apostrophe suffix dropped; places through the gazetteer when known."""
    if type_ in ("LOC", "ORG"):
        return gazetteer.normalise(text)
    return strip_suffix(text)


def extract_entities(article: Article, analysis: Analysis, book: Optional[NameBook] = None) -> list[EntityMention]:
    """NER entities (type, text, offsets, normalised name); PER mentions after a title too."""
    body = article.body
    book = book if book is not None else build_namebook(body, analysis)
    found: dict[tuple[int, int], EntityMention] = {}
    if analysis.ner:
        for ent in analysis.entities():
            text = body[ent.start:ent.end]
            name = _normalise(text, ent.type)
            if ent.type == "PER":
                person = book.resolve(name)
                name = person.name if person else name
            found[(ent.start, ent.end)] = EntityMention(text=text, start=ent.start, end=ent.end,
                                                        type=ent.type, name=name, source="ner")
    taken = SpanSet(found)  # a title's name may overlap an NER entity: only overlaps() and add() are used
    for match in _title_pattern().finditer(body):
        start, end = match.start("name"), match.end("name")
        if taken.overlaps(start, start + 1):  # a span holds its first character
            continue
        taken.add(start, end)
        text = body[start:end]
        person = book.resolve(text)
        found[(start, end)] = EntityMention(text=text, start=start, end=end, type="PER",
                                            name=person.name if person else text, source="rules.title")
    _add_repeated_names(body, book, found)
    return [found[key] for key in sorted(found)]


def _add_repeated_names(body: str, book: NameBook, found: dict) -> None:
    """Later mentions of a known person ("Tokayev, ...") that NER missed: one name, one
    entity throughout the article."""
    covered = SpanSet(found)
    for person in book.people:
        if person.type != "PER":
            continue
        last = person.name.split()[-1]
        for start in _occurrences(body, last):
            end = start + len(last)
            if covered.overlaps(start, end):
                continue
            text = body[start:end]
            found[(start, end)] = EntityMention(text=text, start=start, end=end, type="PER",
                                                name=person.name, source="rules.same_name")
            covered.add(start, end)


def _occurrences(body: str, word: str):
    """Starts of ``word`` in ``body`` not inside a longer word: no letter before it, no
    lower-case letter after it ("Tokayev'in", "TOKAYEV" count; "Tokayeva" does not)."""
    at = body.find(word)
    while at >= 0 and word:
        end = at + len(word)
        if not (at and body[at - 1].isalpha()) and not (end < len(body) and unicodedata.category(body[end]) == "Ll"):
            yield at
            at = body.find(word, end)  # (matches do not overlap)
        else:
            at = body.find(word, at + 1)
