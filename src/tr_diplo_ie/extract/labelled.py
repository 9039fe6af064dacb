"""Interview and vox-pop answers written as ``NAME (note): words`` paragraphs.

    EMEKLİ YÜZBAŞI EKREM ATA: Bu gelişmeyi çok olumlu ... görüyoruz.
    ÇAĞATAY GÜVEN (Askeri liseden ayrıldı): Normalleşme yolunda bir adım.

Each such paragraph is a direct quote (ANNOTATION-notes-F): text from after the colon
to the end of the paragraph (a stray closing quote mark left out), speaker the name
of the capitalised label in normal spelling, without rank or title.  Only labels in
capitals are taken: a title-case ``Davutoğlu: ...`` line is a headline (notes B).
"""
from __future__ import annotations

from typing import Optional, Sequence

import regex

from ..analysis import Analysis
from ..article import Article
from ..records import Quote, Speaker
from ..textnorm import tr_lower
from ..titles import canonical, title_words
from .speakers import NameBook

_LABELLED = regex.compile(
    r"""
    ^(?P<label>\p{Lu}[\p{Lu}'’.-]*(?:[ ]\p{Lu}[\p{Lu}'’.-]*){1,5})   # EMEKLİ YÜZBAŞI EKREM ATA
    [ ]*(?:\((?P<note>[^()\n]{1,80})\))?                              # (Askeri liseden ayrıldı)
    [ ]*:[ ]+
    (?P<text>[^\n]+)$                                                  # the answer, one paragraph
    """,
    regex.VERBOSE | regex.MULTILINE,
)
MIN_WORDS = 3
_STRAY = "\"“”'’ \t"
_RETIRED = ("Emekli",)  # "retired" before a rank or a name (title-cased)


def turkish_title_case(word: str) -> str:
    """``EKREM`` -> ``Ekrem``, ``İLKER`` -> ``İlker``, ``IŞIK`` -> ``Işık``."""
    low = tr_lower(word)
    first = low[:1].replace("i", "İ").replace("ı", "I").upper() if low[:1] in "iı" else low[:1].upper()
    return first + low[1:]


def _split_label(label: str) -> tuple[Optional[str], list[str]]:
    """(title as written in normal spelling or None, name words in normal spelling)."""
    words = [turkish_title_case(w) for w in label.split()]
    taken: list[str] = []
    while words and words[0] in _RETIRED:
        taken.append(words.pop(0))
    while len(words) > 1:
        n = title_words(words[:-1])  # longest title in front ("Kurmay Albay"), a name word left
        if not n:
            break
        taken += words[:n]
        del words[:n]
    title = " ".join(taken) if taken else None
    return (canonical(title) if title else None), words


def extract_labelled(article: Article, analysis: Analysis, book: Optional[NameBook] = None,
                     taken: Sequence[Quote] = ()) -> list[Quote]:
    """Direct quotes of ``NAME: words`` paragraphs that no direct quote overlaps.

    The label must look like a person: a rank or title, a parenthetical note, a name
    the article knows, or an NER person; and NER (when it ran) must not call it
    something else."""
    body = article.body
    out: list[Quote] = []
    for m in _LABELLED.finditer(body):
        title, name_words = _split_label(m.group("label"))
        if len(name_words) < 2 or len(name_words) > 4:
            continue  # one word is an organisation or a heading ("NOT:", "SONUÇ:")
        start, end = m.start("text"), m.end("text")
        while end > start and body[end - 1] in _STRAY:
            end -= 1
        while start < end and body[start] in _STRAY and body[start] not in "\"“":
            start += 1
        text = body[start:end]
        if len(text.split()) < MIN_WORDS or any(
                q.kind == "direct" and q.start < end and start < q.end for q in taken):
            continue
        name = " ".join(name_words)
        person = book.resolve(name) if book is not None else None
        if person is not None and person.type != "PER":
            continue  # "MİMARLAR ODASI: ...": an organisation's headline, not an answer
        label_type = book.ner_type(m.start("label"), m.end("label")) if book is not None else None
        if label_type not in (None, "PER") or not (title or m.group("note") or person or label_type):
            continue  # "AK PARTİ: ...", "SONUÇ BİLDİRGESİ: ...": not a person's answer
        speaker = Speaker(text=body[m.start("label"):m.end("label")], start=m.start("label"),
                          end=m.end("label"), name=person.name if person else name,
                          title=title or (person.title if person else None), type="PER",
                          source="labelled")
        sentence = analysis.sentence_index(start) if analysis.sentences else 0
        out.append(Quote(text=text, start=start, end=end, kind="direct", speaker=speaker, cue=None,
                         sentence=sentence, source="quotes.labelled"))
    return out
