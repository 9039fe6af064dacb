"""Who speaks: person mentions, subject finding and resolution to the fullest name.

A :class:`NameBook` is built once per article from title patterns
("Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev'i") and, when NER ran, from PER
and ORG entities.  It resolves any later mention ("Tokayev", "Kırgız mevkidaşı
Caparov") to the fullest name of the article, with its title kept apart.
"""

from __future__ import annotations

import bisect
import functools
from typing import Iterable, Iterator, Optional, Sequence

import attrs
import regex

from .. import resources, titles
from ..textnorm import tr_lower
from ..analysis import Analysis
from ..records import Speaker
from . import gazetteer, institutions, numbers
from .spans import SpanSet
from ..outlets import outlet_name, outlet_tail
from ..textnorm import strip_suffix

# One capitalised name word ("Caparov", "Cömert", "Al-Nahyan", "McCluskey", "O’Leary"),
# optionally with an apostrophe and case suffix ("Tokayev'i", "Caparov’a").
NAME_WORD = r"\p{Lu}(?:['’\x92](?=\p{Lu}\p{Ll})\p{Lu})?[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:-\p{Lu}[\p{Ll}\p{M}]+)?"
_SUFFIX = r"(?:['’\x92]\p{Ll}+)"
# A name of up to four words right after a cue or participle ("... diyen Ahmet Yılmaz"),
# after a title chain that may hold acronyms ("... diyen TMMOB İnşaat Mühendisleri Odası
# (İMO) Genel Başkanı Nevzat Ersan"); _speaker_from splits the title off.
_CHAIN_WORD = rf"(?:{NAME_WORD}|\p{{Lu}}{{2,}}|\(\p{{Lu}}[\p{{L}}]*\))"
# (abbreviated titles before the name are skipped: "… belirten Doç. Dr. Ahmet Tekin", round 22 dev
# siyaset-339)
_TITLE_ABBREVIATIONS = [w.rstrip(".") for w in resources.words("title_abbreviations.txt")]
_TITLE_WORDS = frozenset(_TITLE_ABBREVIATIONS)
_ABBREVIATED = "|".join(regex.escape(w) for w in _TITLE_ABBREVIATIONS)
_ABBREVIATION_ONLY = regex.compile(rf"(?:(?:{_ABBREVIATED})\.?\s*)+")
# (a lower-case role noun of ``epithet_nouns.txt`` may stand before the name: "… belirten anne
# Kalenderoğlu", "… diyen teknik direktör Ersun Yanal"; round 52 dev saglik-38)
# (the role nouns as a regex alternation, longest first: also :func:`epithet_subject`'s)
_ROLE_NOUNS = "|".join(regex.escape(w).replace(r"\ ", r"\s+")
                       for w in sorted(resources.words("epithet_nouns.txt"), key=len, reverse=True))


def _name_after(space: str) -> regex.Pattern:
    """NAME_AFTER with ``space`` between its words."""
    roles = _ROLE_NOUNS.replace(r"\s", space)
    return regex.compile(rf"{space}+(?:(?:{roles}){space}+(?=\p{{Lu}}))?(?:(?:{_ABBREVIATED})\.{space}*)*"
                         rf"(?P<name>(?:{_CHAIN_WORD}{space}+){{0,6}}{NAME_WORD}(?:{space}+{NAME_WORD}){{0,3}})")


# (after a participle the name may run over line breaks, which hard-wrapped sources put inside
# sentences: "… diyen\n\nBaşbakan, …"; after a finite cue it stays on the cue's line: '"…" diye
# konuştu\n\nEski TBMM Başkanı İsmet Sezgin, …' starts a new paragraph, round 83 dev kultursanat-235 and
# siyaset-392)
NAME_AFTER = _name_after(r"\s")
NAME_AFTER_IN_LINE = _name_after(r"[^\S\n]")


@attrs.frozen(slots=True)
class Person:
    name: str  # fullest name, nominative, no title
    title: Optional[str]
    type: str = "PER"


@functools.lru_cache(maxsize=None)
def _title_pattern() -> regex.Pattern:
    rows = sorted(resources.tsv("titles.tsv"), key=lambda r: -len(r["pattern"]))
    alternatives = "|".join(f"(?:{r['pattern']})" for r in rows)
    # "Genel Sekreteri Prof. Dr. Necat Yılmaz": abbreviated titles between title and name
    # (written with or without their stop: "Prof. Dr Yavuz Beşoğul"); a name stays on its line
    return regex.compile(
        rf"""(?<![\p{{L}}])(?P<title>{alternatives})\s+(?:(?:{_ABBREVIATED})(?:\.\s*|\s+))*
             (?P<name>(?:{_NAME_INITIALS})?{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}})(?P<suffix>{_SUFFIX})?
             (?![\p{{L}}])""",
        regex.VERBOSE,
    )


@functools.lru_cache(maxsize=None)
def _stopwords() -> frozenset[str]:
    return frozenset(resources.words("person_stopwords.txt"))


@functools.lru_cache(maxsize=None)
def speaker_heads() -> dict[str, str]:
    return {r["word"]: r["kind"] for r in resources.tsv("speaker_heads.tsv")}


def _ends_in_org_head(name: str) -> bool:
    """The last word of ``name`` is an organisation head ("Bakanlar Kurulu", "Dışişleri Bakanlığı")."""
    words = name.split()
    return bool(words) and speaker_heads().get(words[-1]) == "org_head"


def _canonical_title(written: str) -> str:
    return titles.canonical(written)  # a generic role is kept as written ("Mardin İl Koordinatörü")


_EDGE_PUNCT = "\"“”‘«»„'’\x91\x92\x93\x94()[],;:.!?"
# An initial keeps its stop, as written ("M. Ali Yılmaz", "Ö. Çağla Acar", "Dt. A. Doğan Bircan";
# NER-corpus quotes pool nerstory-train-3324, TTC-3600 ekonomi's "Book Shower" text, dev pool
# saglik-175), and so do up to two of them right before a name that NER or a title pattern starts
# after them.
_NAME_INITIAL = regex.compile(r"\p{Lu}\.")
_NAME_INITIALS = r"(?:\p{Lu}\.[ \t]){1,2}"
_NAME_INITIALS_BEFORE = regex.compile(rf"(?<![\p{{L}}.]){_NAME_INITIALS}\Z")




# A case ending written apart from the name ("Veli Kartal ın"), which NER takes into the span.
_DETACHED_SUFFIX = regex.compile(r"n?[ıiuü]n|y?[ıiuü]|y?[ae]|[dt][ae]n?|n[ıiuü]|y?l[ae]")


@functools.lru_cache(maxsize=None)
def _honorifics() -> dict[str, str]:
    return {r["word"]: r["side"] for r in resources.tsv("honorifics.tsv")}


def _clean_name(words: list[str]) -> list[str]:
    """Drop leading stopwords and title words (a title cut by a line break: "Başkan\n\nYardımcısı X"),
    a trailing case ending written apart ("Zoe Chance ın") and a trailing media outlet."""
    while len(words) > 1 and (words[0] in _stopwords() or titles.is_title(words[0])
                              or words[0].rstrip(".") in _TITLE_WORDS):
        words = words[1:]  # (also "Prof" of NER's "Prof. Gültekin", its full stop cut off; dev pool saglik-264)
    honorifics = _honorifics()
    while len(words) > 1 and honorifics.get(words[0]) == "before":
        words = words[1:]  # "Lady Thatcher"
    while len(words) > 1 and honorifics.get(words[-1]) == "after":
        words = words[:-1]  # "Recai Bey": the given name, which resolve() finds by itself
    if len(words) > 1 and _place_adjective(words[0]):
        words = words[1:]  # "Taylandlı Qipao": where she is from, not her name (dev pool saglik-497)
    while len(words) > 1 and _DETACHED_SUFFIX.fullmatch(words[-1]):
        words = words[:-1]
    n = outlet_tail(words)
    if n:
        words = words[:-n]
    if words and words[0] in _stopwords():
        return []
    return words


def _inner_names_dropped(full: str, short: str) -> bool:
    """``short`` is ``full`` with inner given names left out ("Süleyman Demirel" of "Sami Süleyman
    Gündoğdu Demirel"): the same surname, and the other words in the same order."""
    a, b = full.split(), short.split()
    if len(b) < 2 or len(b) >= len(a) or a[-1] != b[-1]:
        return False
    it = iter(a[:-1])
    return all(w in it for w in b[:-1])


def _same_words(written: list[str], mention: list[str]) -> bool:
    """``mention``'s words are the name's ``written`` ones, a lower-case particle of the name
    capitalised at the start of a sentence ("De Jong" for "Nigel de Jong", dev spor-103)."""
    return len(written) == len(mention) and all(
        w == m or (w.islower() and i == 0 and m == w[:1].upper() + w[1:])
        for i, (w, m) in enumerate(zip(written, mention)))


def _fullest(people: list[Person]) -> Optional[Person]:
    return max(people, key=lambda p: len(p.name.split())) if people else None


def _misspelt_matches(surname: str, people: Iterable[Person]) -> list[Person]:
    """The people (full names) whose surname is ``surname`` with one letter changed, added,
    dropped or swapped (same first letter; surnames of five letters or more), when exactly
    one such surname is in the article; else none."""
    if len(surname) < 5:
        return []
    matches = [p for p in people if p.type == "PER" and " " in p.name
               and _one_letter_off(surname, p.name.split()[-1])]
    return matches if len({p.name.split()[-1] for p in matches}) == 1 else []


def _one_letter_off(written: str, other: str) -> bool:
    """``other`` is ``written`` with one letter changed, added, dropped or swapped, and
    starts with the same letter ("Kerpiççi" / "Kerpiçci", "Ögünç" / "Öğünç")."""
    return other[:1] == written[:1] and _one_edit_apart(written, other)


def _one_edit_apart(written: str, other: str) -> bool:
    """``other`` differs from ``written`` by one letter changed, added or dropped."""
    return (other != written and abs(len(other) - len(written)) <= 1
            and regex.fullmatch(rf"(?:{regex.escape(written)}){{e<=1}}", other) is not None)


@functools.lru_cache(maxsize=None)
def _classified_org() -> regex.Pattern:
    """A name followed by a lower-case organisation head ("New York Times gazetesi")."""
    return regex.compile(rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,4}})\s+(?:{_LOWER_ORG_HEAD})(?!\p{{L}})")


def _without_classifier(name: str) -> str:
    """``New York Times gazetesi`` -> ``New York Times``: a lower-case organisation head
    after a name says what the speaker is, like a title (ANNOTATION.md, session 7)."""
    words = name.split()
    if len(words) > 1 and words[-1][:1].islower() and speaker_heads().get(strip_suffix(words[-1])) == "org_head":
        words = words[:-1]
        if len(words) > 1 and words[-1] == "haber":
            words = words[:-1]  # "Reuters haber ajansı"
        while len(words) > 1 and _nationality(words[0]):
            words = words[1:]  # "İngiliz Birmingham Mail": the adjective is no part of the name
        return " ".join(words)
    return name


def _nationality(word: str) -> bool:
    place = gazetteer.lookup(word)
    return place is not None and place.kind == "adj"


def _compound_of(bare: str, written: str) -> bool:
    """``written`` is ``bare`` with the compound (possessive) ending: Komisyon -> Komisyonu."""
    return (written[:-1] == bare and written[-1] in "ıiuü") or (
        written[:-2] == bare and written[-2:] in ("sı", "si", "su", "sü"))


@attrs.define
class NameBook:
    """The people (and speaking organisations) of one article."""

    people: list[Person] = attrs.Factory(list)
    orgs: list[str] = attrs.Factory(list)  # organisation names as written (NER ORG entities)
    # When NER ran: entity spans (start, end) -> type; a candidate NER did not call
    # PER or ORG is then no speaker, whatever its capital letters say.
    entities: Optional[dict] = None
    # When a tagger ran: start offsets of tokens whose first word is a proper noun.
    proper: Optional[frozenset] = None
    # Where each name of two words or more is written in full (offsets), for a surname that
    # two people share ("Tuba Kerpiçci" and her son "Altu Kemal Kerpiçci").
    written_at: dict = attrs.Factory(dict)
    # Organisations named with a lower-case head ("New York Times gazetesi"), without it.
    papers: list = attrs.Factory(list)
    # Names that end with an organisation head, with where each is written ("Fatih
    # Belediyesi", 120), for the bare head that stands for one ("belediyenin açıklamasında").
    institutions: list = attrs.Factory(list)
    # Surnames written after a title ("Cumhurbaşkanı Erdoğan"), with where: (surname, title, at).
    titled: list = attrs.Factory(list)
    # Acronyms the article defines: "Finansal Yönetim Otoritesi (FCA)" -> {"FCA": "Finansal …"}.
    acronyms: dict = attrs.Factory(dict)
    # Where each paragraph starts (offsets after a blank line), for names written in full nearby.
    paragraphs: list = attrs.Factory(list)
    # The article's text, for how often a name's word is written (``_usual_spelling``), and those counts.
    body: str = ""
    word_counts: dict = attrs.Factory(dict)
    # Indexes of ``people`` (positions, kept up as it grows; a document that joins many articles names
    # thousands): by the last word of the name and of its hyphenated form (``resolve``), by the last
    # word's first letter (misspelt surnames), and by the name with one word left out (``_usual_spelling``).
    _by_last: dict = attrs.field(factory=dict, repr=False, eq=False)
    _by_initial: dict = attrs.field(factory=dict, repr=False, eq=False)
    _by_blank: dict = attrs.field(factory=dict, repr=False, eq=False)
    _indexed: int = attrs.field(default=0, repr=False, eq=False)

    def proper_at(self, start: int, end: int) -> bool:
        """The tagger calls the name ``body[start:end]`` a proper noun (True when no tagger ran):
        its first word, or its last when the name looks like one (``_untagged_name``): a
        surname may be tagged where a rarer given name is not ("Hale Taşgın": *hâl*,
        "Ekmeleddin İhsanoğlu": a verb; dev pool saglik-143, siyaset-190)."""
        if self.proper is None or start in self.proper:
            return True
        last = _LAST_WORD.search(self.body, start, start + len(self.body[start:end].rstrip()))
        if last is None or last.start() not in self.proper or not _untagged_name(self.body, start, end):
            return False
        return self.role_before(start, end) is None  # "Anne İpek" for "Yıldız İpek" is a role

    def role_before(self, start: int, end: int, at: Optional[int] = None) -> Optional[tuple[int, Person]]:
        """(where the surname starts, the person) when ``body[start:end]`` is a word the tagger calls
        no proper noun before the surname, tagged proper, of a person the article names in full:
        "Anne İpek", "Müdür Yürenç" (dev pool saglik-164, kultursanat-246); else None."""
        if self.proper is None or start in self.proper:
            return None
        text = self.body[start:end].rstrip()
        last = _LAST_WORD.search(self.body, start, start + len(text))
        if last is None or last.start() == start or last.start() not in self.proper:
            return None
        known = self.resolve(last.group(), at=at)
        return (last.start(), known) if known is not None and " " in known.name else None

    def ner_type(self, start: int, end: int) -> Optional[str]:
        """The NER type of an entity overlapping ``start:end`` (None when NER did not run or found none)."""
        for (a, b), etype in (self.entities or {}).items():
            if a < end and start < b:
                return etype
        return None

    def add(self, name: str, title: Optional[str] = None, type: str = "PER",
            at: Optional[int] = None) -> None:
        words = [w if _NAME_INITIAL.fullmatch(w) else w.strip(_EDGE_PUNCT) for w in name.split()]
        words = [w for w in words if w]
        # a case suffix ends a name: NER's "Niasse’ın Galatasaray’a" is Niasse
        cut = next((i for i, w in enumerate(words) if strip_suffix(w) != w), len(words) - 1)
        words = words[:cut + 1]
        if len(words) > 1 and all(w.isupper() for w in words):
            return  # an all-capitals crosshead ("MELO GİDERSE"), not a name as written
        name = " ".join(_clean_name([strip_suffix(w) for w in words]))
        if not name or all(_NAME_INITIAL.fullmatch(w) for w in name.split()):
            return  # (NER's "Ö." alone, before "Çağla Acar": an initial is no person)
        if at is not None and " " in name:
            self.written_at.setdefault(name, []).append(at)
        for i in self._positions(name.split()[-1]):
            person = self.people[i]
            if person.name == name:
                if title and not person.title:
                    self.people[i] = Person(name, title, person.type)
                return
        self.people.append(Person(name, title, type))

    def resolve(self, mention: str, at: Optional[int] = None) -> Optional[Person]:
        """The fullest known person whose name ends with (or equals) ``mention``'s last word.

        When people with different full names share that surname and the mention's offset
        ``at`` is given, the one written in full last before ``at`` wins (dev saglik-470:
        mother and son).  A lone surname with no fuller exact match may be a misspelling of
        one full name's surname (``Kazmaz`` for ``Kemal Kaçmaz``): see
        :func:`_misspelt_matches`."""
        words = _clean_name([strip_suffix(w) for w in mention.split()])
        if not words:
            return None
        last = words[-1]
        best: Optional[Person] = None
        fits = []
        for person in self._ending_with(last):
            parts = person.name.split()
            if parts[-1] != last:
                # a hyphenated surname answers to its last part ("Symes" for "Cansen Başaran-Symes")
                parts = person.name.replace("-", " ").split()
                if parts[-1] != last or "-" in last:
                    continue
            if len(words) > 1 and not _same_words(parts[-len(words):], words):
                continue
            fits.append(person)
            if best is None or len(parts) > len(best.name.replace("-", " ").split()):
                best = person
        if any("-" in p.name for p in fits):
            fits = self._first_spellings(fits)
            best = next((p for p in fits if best is not None
                         and p.name.replace("-", " ") == best.name.replace("-", " ")), best)
        if at is not None and len(words) == 1 and len(fits) > 1:
            recent = self._written_last(fits, at)
            if recent is not None:
                return recent
        if len(words) == 1 and (best is None or " " not in best.name):
            misspelt = _misspelt_matches(last, self._surnames_from(last[:1]))
            if at is not None and len(misspelt) > 1:
                recent = self._written_last(misspelt, at)
                if recent is not None:
                    return recent  # "Kerpiççi" for the mother or the son (dev saglik-470)
            found = _fullest(misspelt) or best
            if (found is None or " " not in found.name) and at is not None and self.entities is not None \
                    and self.ner_type(at, at + len(mention)) == "PER":
                found = self._by_first_name(last) or found
            return found
        if best is not None and " " in best.name:
            return self._usual_spelling(self._misspelt_full(best, words))
        return best

    def _ending_with(self, last: str) -> list[Person]:
        """The people whose name, or its hyphenated form split, ends with the word ``last``, in
        the order of ``people`` (the candidates of :meth:`resolve`)."""
        return [self.people[i] for i in self._positions(last)]

    def _positions(self, last: str) -> list[int]:
        """Where in ``people`` the names that end with ``last`` (whole or after a hyphen) stand."""
        self._index()
        return self._by_last.get(last, [])

    def _index(self) -> None:
        if self._indexed > len(self.people):
            self._by_last, self._by_initial, self._by_blank, self._indexed = {}, {}, {}, 0
        for i in range(self._indexed, len(self.people)):
            parts = self.people[i].name.split()
            for key in {parts[-1], self.people[i].name.replace("-", " ").split()[-1]}:
                self._by_last.setdefault(key, []).append(i)
            self._by_initial.setdefault(parts[-1][:1], []).append(i)
            for k in range(len(parts)):
                self._by_blank.setdefault((k, *parts[:k], *parts[k + 1:]), []).append(i)
        self._indexed = len(self.people)

    def _same_but_one_word(self, parts: list[str]) -> list[Person]:
        """The people whose name has as many words as ``parts`` and differs from it in one word at
        most, in the order of ``people``."""
        self._index()
        found = set()
        for k in range(len(parts)):
            found.update(self._by_blank.get((k, *parts[:k], *parts[k + 1:]), ()))
        return [self.people[i] for i in sorted(found)]

    def _surnames_from(self, initial: str) -> list[Person]:
        """The people whose name's last word begins with ``initial``, in the order of ``people``."""
        self._index()
        return [self.people[i] for i in self._by_initial.get(initial, ())]

    def _misspelt_full(self, best: Person, words: list[str]) -> Person:
        """The one fuller person that a name of several words misspells in a word before the surname:
        "Özaün Özbay" for "Elif Pelin Özün Özbay" (round 56 dev saglik-201); else ``best``."""
        if best.name != " ".join(words):
            return best
        fuller = [p for p in self.people if p.type == "PER" and len(p.name.split()) > len(words)
                  and p.name.split()[-1] == words[-1]
                  and all(a == b or _one_letter_off(b, a) for a, b in zip(p.name.split()[-len(words):], words))]
        return fuller[0] if len(fuller) == 1 else best

    def _by_first_name(self, word: str) -> Optional[Person]:
        """The one person of the article whose full name begins with ``word``, when a lone word is
        no one's surname: sports news calls players by their first name ("Hamit" for "Hamit
        Altıntop", round 50 dev spor-585). Only for a word NER calls a person where it stands, and
        only names of capitalised words that NER called a person where they are written in full
        ("Bilişim Vadisi" is a capitalised phrase, "Medianova CEO" a company and a role); none
        when two full names begin with the word."""
        matches = {}
        for person in self.people:
            parts = person.name.split()
            if person.type != "PER" or len(parts) < 2 or parts[0] != word or parts[0] in _TITLE_WORDS \
                    or not all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in parts):
                continue  # (not "Medianova CEO", "Diablo III", "Prof Piet")
            spots = self.written_at.get(person.name, ())
            if spots and all(self.ner_type(at, at + len(person.name)) == "PER" for at in spots):
                matches[person.name] = person
        return next(iter(matches.values())) if len(matches) == 1 else None

    def _first_spellings(self, people: list) -> list:
        """``people`` with each name written both with and without a hyphen ("Cansen
        Başaran-Symes", "Cansen Başaran Symes") kept once, under the spelling written first
        (round 38 dev ekonomi-338)."""
        first = {}
        for person in people:
            key = person.name.replace("-", " ")
            at = min(self.written_at.get(person.name, [10 ** 9]))
            if key not in first or at < first[key][0]:
                first[key] = (at, person)
        kept = {id(p) for _, p in first.values()}
        return [p for p in people if id(p) in kept]

    def _usual_spelling(self, person: Person) -> Person:
        """``Güner Ögünç`` written once beside ``Güner Öğünç`` written often: the same
        person under the spelling the article uses more (one word off by one letter,
        same first letter; dev saglik-470). "More" counts the differing word wherever it is
        written, alone too ("Öğünç'e göre"), and the full names when those counts tie."""
        parts = person.name.split()
        count = len(self.written_at.get(person.name, ()))
        for other in self._same_but_one_word(parts):
            o_parts = other.name.split()
            if other is person or len(o_parts) != len(parts):
                continue
            diff = [(a, b) for a, b in zip(parts, o_parts) if a != b]
            if not (len(diff) == 1 and len(diff[0][0]) >= 4 and _one_letter_off(*diff[0])):
                continue
            mine, theirs = self._word_count(diff[0][0]), self._word_count(diff[0][1])
            if theirs > mine or theirs == mine and len(self.written_at.get(other.name, ())) > count:
                return other
        return person

    def _word_count(self, word: str) -> int:
        """How often ``word`` is written in the article, alone or before an apostrophe."""
        if word not in self.word_counts:
            self.word_counts[word] = len(regex.findall(
                rf"(?<![\p{{L}}\p{{M}}]){regex.escape(word)}(?![\p{{L}}\p{{M}}])", self.body)) if self.body else 0
        return self.word_counts[word]

    def _written_last(self, people: list, at: int) -> Optional[Person]:
        """Of several people sharing a surname, the one whose name was written in full last
        before ``at`` (returned by its fullest name); a name that ends another
        ("Kemal Kerpiçci" in "Altu Kemal Kerpiçci") is that person."""
        full = sorted((p for p in people if " " in p.name
                       and all(w.replace("-", "").isalpha() for w in p.name.split())),
                      key=lambda p: -len(p.name))  # not NER's 'Tevcih Töreni"nde Tokayev'
        groups: list[list[Person]] = []
        for person in full:
            group = next((g for g in groups if g[0].name.endswith(" " + person.name)
                          or _inner_names_dropped(g[0].name, person.name)), None)
            if group is None:
                groups.append([person])
            else:
                group.append(person)
        if len(groups) < 2:
            return None
        def last_written(group, any_case=True):
            written = [x for p in group for x in self.written_at.get(p.name, ())
                       if x < at and not _COMITATIVE_AFTER.match(self.body, x + len(p.name))
                       and (any_case or not _CASE_AFTER.match(self.body, x + len(p.name)))]
            # (a companion is no new subject: "Başbakan Davutoğlu, eşi Sare Davutoğlu ile … iftara
            # katıldı. Davutoğlu, …" is the Prime Minister, dev pool siyaset-26; nor is a name with a case
            # ending: "… babası Turan Akyüz, … en küçük çocuğu olan İhsan Akyüz'ün … Akyüz, …" is the
            # father, NER-corpus story pool nerstory-train-6788; "… kardeş Bekir Tekeli, … ağabeyi Ali
            # Tekeli'nin … Tekeli, …" is Bekir, dev pool kultursanat-191)
            return max(written + self._titled_before(group, groups, at), default=-1)
        # the name last written without a case ending first, any form to break a tie (dev pool
        # saglik-583: the mother named in full only with a case ending, her husband with "ile")
        group = max(groups, key=lambda g: (last_written(g, any_case=False), last_written(g)))
        if last_written(group) < 0:
            return None
        # a relative named in passing does not take over a life story's protagonist: one who is
        # written in full first and most often keeps the bare surname unless the other was
        # written in full in the same paragraph (round 40 dev siyaset-238: Süleyman / Yahya Demirel)
        lead = min(groups, key=lambda g: min((x for p in g for x in self.written_at.get(p.name, ())), default=10 ** 9))
        counts = {id(g): sum(len(self.written_at.get(p.name, ())) for p in g) for g in groups}
        if lead is not group and counts[id(lead)] > 2 * counts[id(group)] and last_written(lead) >= 0 \
                and self._paragraph_start(at) > last_written(group):
            return lead[0]
        return group[0]

    def _paragraph_start(self, at: int) -> int:
        i = bisect.bisect_right(self.paragraphs, at)
        return self.paragraphs[i - 1] if i else 0

    def _titled_before(self, group: list, groups: list, at: int) -> list:
        """Where ``group``'s person is named before ``at`` by title and surname alone
        ("Cumhurbaşkanı Erdoğan" after "Cumhurbaşkanı Recep Tayyip Erdoğan" and "eşi Emine
        Erdoğan", dev-pool siyaset-35; the titled mention itself counts), when no other group's
        person holds that title."""
        person = group[0]
        if person.title is None:
            return []
        rivals = [g[0] for g in groups if g is not group and g[0].title == person.title]
        if rivals:
            return []
        surname = person.name.split()[-1]
        return [x for name, title, x in self.titled if name == surname and title == person.title and x <= at]

    def add_org(self, name: str) -> None:
        """Remember an organisation's name as written (for :meth:`fullest_org`)."""
        words = _without_classifier(name).split()
        if words:
            words[-1] = strip_suffix(words[-1])
            self.orgs.append(" ".join(words))

    def fullest_org(self, name: str) -> str:
        """The longest organisation name of the article (NER's, or written with an organisation
        head) that ends with ``name``.

        ``Hukuk Dairesi`` -> ``Yargıtay 22. Hukuk Dairesi``; a bare head also matches its
        compound form (``Komisyon`` -> ``... Araştırma Komisyonu``); a name no other ends
        with takes the one longer name that begins with it (``Genelkurmay`` ->
        ``Genelkurmay Başkanlığı``).  When two longer names fit and neither contains the
        other, ``name`` stays as it is."""
        if name in self.acronyms:
            return self.acronyms[name]  # "FCA'dan yapılan açıklamada" (round 22 dev ekonomi-375)
        words = name.split()
        found = []
        known = self.orgs + [org for org, _ in self.institutions if org not in self.orgs]
        for org in known:
            parts = org.split()
            if len(parts) <= len(words) or parts[len(parts) - len(words) + 1:] != words[1:]:
                continue
            head = parts[len(parts) - len(words)]
            if head == words[0] or (len(words) == 1 and _compound_of(words[0], head)):
                found.append(org)
        if not found:
            # "Genelkurmay" -> "Genelkurmay Başkanlığı": the one longer name it begins
            longer = {org for org in known
                      if org.split()[:len(words)] == words and len(org.split()) > len(words)}
            return longer.pop() if len(longer) == 1 else name
        longest = max(found, key=len)
        if any(not longest.endswith(org) for org in found):
            return name  # "Bakanlık": Dışişleri or Ekonomi Bakanlığı?
        return longest

    def institution(self, head: institutions.Head, at: int) -> Optional[str]:
        """The organisation a bare head at ``at`` stands for ("Şirketten" -> "... Şirketi"):
        the one named with that head last before ``at``, else the first named after it."""
        named = [(where, name) for name, where in self.institutions
                 if name.endswith(" " + head.compound) or (head.bare == "şirket" and institutions.is_company(name))]
        before = [item for item in named if item[0] < at]
        chosen = max(before) if before else min(named) if named else None
        if chosen is None:
            return None
        # "Kişisel Gizlilik Komisyonu" written once in full: "Belçika Kişisel Gizlilik Komisyonu"
        fuller = max((name for _, name in named if name.endswith(" " + chosen[1])), key=len, default=chosen[1])
        return self.fullest_org(fuller)

    def knows(self, word: str) -> bool:
        return self.resolve(word) is not None


def _name_before_place(title_match: regex.Match) -> str:
    """The name of a title match without a place after it that took a case ending
    ("Başbakan Ahmet Davutoğlu Ankara'da" -> "Ahmet Davutoğlu")."""
    words = title_match.group("name").split()
    if title_match.group("suffix") and len(words) >= 3 and _is_place(words[-1]):
        words = words[:-1]
    return " ".join(words)


# An organisation's name and the acronym defined for it in parentheses: "İngiltere’deki Finansal
# Yönetim Otoritesi (FCA)", "Enerji Piyasası Düzenleme Kurumu (EPDK)"; the name is the run of
# capitalised words (without a case ending) right before it.
_ACRONYM_DEFINED = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}'’\x92])(?P<full>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,7}})[ \t]*"
    rf"\((?P<acronym>\p{{Lu}}[\p{{Lu}}&]{{1,7}})\)")


def build_namebook(body: str, analysis: Optional[Analysis] = None) -> NameBook:
    """Collect the article's people from titled mentions and NER entities."""
    book = NameBook(body=body)
    book.paragraphs = [0] + [m.end() for m in regex.finditer(r"\n[ \t]*\n", body)]
    for match in _title_pattern().finditer(body):
        name, title = _name_before_place(match), _canonical_title(match.group("title"))
        inner = titles.title_words(name.split())
        if inner == len(name.split()):
            continue  # "Başbakan Yardımcısı, …": the title goes on, no name follows (round 40 dev siyaset-496)
        if 0 < inner < len(name.split()):  # "… Başkan Yardımcısı İstanbul Milletvekili Semih Yalçın":
            name = " ".join(name.split()[inner:])  # a second title before the name (round 35 dev siyaset-208)
        book.add(name, title, at=match.start("name"))
        if " " not in name:
            book.titled.append((strip_suffix(name), title, match.start("name")))
    if analysis is not None and analysis.tagged:
        book.proper = frozenset(
            tok.start for sent in analysis.sentences for tok in sent.tokens
            if tok.words and sent.words[tok.words[0]].upos == "PROPN"
        )
    if analysis is not None and analysis.ner:
        book.entities = {}
        for ent in analysis.entities():
            book.entities[(ent.start, ent.end)] = ent.type
            if ent.type == "PER":
                start = _after_capitals_run_in(body, ent.start, ent.end)
                initials = _NAME_INITIALS_BEFORE.search(body, max(0, start - 8), start)
                start = initials.start() if initials else start
                if _ABBREVIATION_ONLY.fullmatch(body[start:ent.end]):
                    continue  # NER's "Prof." alone is a title, no person (round 41 dev saglik-185)
                if book.proper is not None and start not in book.proper and " " not in body[start:ent.end] \
                        and _INFLECTED.search(body[start:ent.end]):
                    continue  # "Konuşmasında …", "Gazetecilere, …": a common word with a case ending
                    # that the tagger calls no proper noun (dev pool ekonomi-527; UD Penn 20-0160)
                if titles.is_title(strip_suffix(body[start:ent.end])):
                    continue  # NER's "Şair" alone is a title, no person (dev pool kultursanat-59)
                book.add(body[start:_run_on_cut(body, start, ent.end)], at=start)
            elif ent.type == "ORG":
                book.add_org(body[ent.start:ent.end])
    if analysis is not None and analysis.ner and analysis.tagged:
        for name in _recurring_names(body, analysis):
            if book.resolve(name) is None:
                book.add(name)
    for match in _classified_org().finditer(body):
        name = _without_classifier(match.group())
        if not all(_is_place(w) for w in name.split()):  # not "İngiliz gazetesi"
            book.add_org(name)  # "New York Times gazetesi": NER may call it a place
            if name not in book.papers:
                book.papers.append(name)
    for match in institutions.name_pattern().finditer(body):
        words = match.group("name").split()
        while len(words) > 1 and words[0] in _stopwords():
            words = words[1:]  # "Ancak Sağlık Bakanlığı"
        if len(words) > 1:
            book.institutions.append((" ".join(words), match.start("head")))
    for match in _ACRONYM_DEFINED.finditer(body):
        book.acronyms.setdefault(match.group("acronym"), " ".join(match.group("full").split()))
    for match in _role_named().finditer(body):
        # "ünlü yönetmen Quentin Tarantino 10'uncu filmini …" where NER tagged only the later
        # "Tarantino" (round 56 dev kultursanat-481): a role noun names the person in full
        given, surname = match.group("given"), strip_suffix(match.group("surname"))
        known = book.resolve(surname)
        if known is not None and known.name == surname \
                and book.ner_type(match.start("given"), match.end("given")) is None \
                and not (given in _stopwords() or _is_place(given) or _is_title_word(given)):
            book.add(f"{given} {surname}", at=match.start("given"))
    for given, surname, at in _crosshead_names(body, book):
        book.add(f"{given} {surname}", at=at)  # "BAŞBAKAN AHMET DAVUTOĞLU": Davutoğlu's given name
    for match in _subject_matches(body, opening_only=book.entities is not None):
        # untitled full names in subject position; with NER only where it tagged none of the
        # words and the name opens its sentence with a proper noun ("Yıldıray Şahinler, …
        # söylüyor": NER left it out, round 36 dev kultursanat-347)
        words = match.group("mention").split()
        if len(words) == 3 and _PARTITIVE_WORD.fullmatch(words[0]):
            words = words[1:]  # "Üreticilerden Yücel Kartal, …": one of the producers (round 47 dev ekonomi-25)
        if 2 <= len(words) <= 3 and not any(
            w in _stopwords() or _is_place(w) or w in speaker_heads() or _is_title_word(w) for w in words
        ) and not _is_place(" ".join(words)) and (book.entities is None or _untagged_opening_name(body, match, book)):
            book.add(" ".join(words))
    return book


@functools.lru_cache(maxsize=1)
def _role_named() -> regex.Pattern:
    """A lower-case role noun before a given name and a surname: "yönetmen Quentin Tarantino"."""
    return regex.compile(rf"(?<![\p{{L}}])(?:{_ROLE_NOUNS})\s+(?P<given>\p{{Lu}}\p{{Ll}}+)\s+"
                         rf"(?P<surname>\p{{Lu}}\p{{Ll}}+(?:['’\x92]\p{{Ll}}+)?)(?![\p{{L}}])")


def _run_on_cut(body: str, start: int, end: int) -> int:
    """Where an NER person of three words or more ends once a last word it ran on into is left
    out: "TÜGİAD Başkanı Ali Yücelen Samsun ve Ordu'da …" (dev pool ekonomi-221) when the last
    word is written nowhere else in the article and the word before it is, alone ("Yücelen, …")."""
    words = body[start:end].split()
    if len(words) < 3:
        return end
    last, before = strip_suffix(words[-1]), strip_suffix(words[-2])
    if not last[:1].isupper() or not before.isalpha() or body.count(last) > 1:
        return end  # (counting the string is cheap and counts the word at least as often)
    alone = regex.compile(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(before)}(?![\p{{L}}\p{{M}}])(?!\s+{regex.escape(last)})")
    if alone.search(body) is None:
        return end
    return start + body[start:end].rindex(words[-2]) + len(words[-2])


_LAST_WORD = regex.compile(r"\S+\Z")
_OPENING = regex.compile(r"\n\s*|[.!?]\s+")


def _subject_matches(body: str, opening_only: bool):
    """``_SUBJECT`` matches anywhere, or (``opening_only``) only where a sentence or paragraph
    opens: the text start, after a line break, after a full stop and a space."""
    if not opening_only:
        yield from _SUBJECT.finditer(body)
        return
    for start in [0] + [m.end() for m in _OPENING.finditer(body)]:
        match = _SUBJECT.match(body, start)
        if match is not None:
            yield match


# a comma, then a capitalised word or run that a comma, "&" or "ve" ends: the next name of a list
_LIST_AFTER = regex.compile(r"\s*,\s*(?P<next>\p{Lu}[\p{L}\p{M}]*)(?:[ \t]+\p{Lu}[\p{L}\p{M}]*)*[ \t]*(?:,|&|ve\s)")


def _untagged_opening_name(body: str, match, book: NameBook) -> bool:
    """The ``_SUBJECT`` match opens its sentence (or paragraph), starts or ends with a proper noun
    (the tagger's: see ``NameBook.proper_at``) and overlaps no NER entity."""
    start, end = match.start("mention"), match.end("mention")
    before = body[max(0, start - 2):start]
    if start and not (before.endswith("\n") or regex.search(r"[.!?]\s\Z", before)):
        return False
    if book.proper is None or not book.proper_at(start, end):
        return False
    if regex.match(r"\s*,\s*\p{Lu}", body[end:end + 4]):
        return False  # "The Gloom, Boom & Doom Report'un …": a list of names, no subject
    return not any(s < end and start < e for s, e in book.entities)


# (not a person's two initials: "Başkan ve Yöneticisi JK Shin", round 56 dev teknoloji-446)
_CAPITALS_WORD = regex.compile(r"(?![B-DF-HJ-NP-TV-Z]{2}\s)\p{Lu}[\p{Lu}\p{M}'’]+\s+(?=\p{Lu}\p{Ll})")


def _after_capitals_run_in(body: str, start: int, end: int) -> int:
    """Where a person's name starts once the words in capitals that open an NER span are left
    out: a crosshead that scraping ran into the paragraph ("HEM DÜŞÜK HEM HACİMLİ Canko, …",
    round 31 dev ekonomi-261) or a paragraph's first word in capitals ("ALİ Canko"); the
    article's other mentions give the given name back."""
    while True:
        match = _CAPITALS_WORD.match(body, start, end)
        if match is None:
            return start
        start = match.end()


_UPPER_LINE = regex.compile(r"^[^\p{Ll}\n]*\p{Lu}{2}[^\p{Ll}\n]*$", regex.M)
_UPPER_WORD = regex.compile(r"\p{Lu}[\p{Lu}\p{M}]+")


def _title_case(word: str) -> str:
    low = tr_lower(word)
    return {"i": "İ", "ı": "I"}.get(low[:1], low[:1].upper()) + low[1:]


def _crosshead_names(body: str, book: NameBook) -> Iterator[tuple[str, str, int]]:
    """(given name, surname, offset) from crossheads in capitals that name a person with a
    title: "BAŞBAKAN AHMET DAVUTOĞLU", "TBMM BAŞKANI CEMİL ÇİÇEK:" (titles or acronyms, then two
    words ending the line); the surname is a person's the article names elsewhere ("Başbakan
    Davutoğlu"), the given name no word it writes in lower case (round 17 dev ttc-siyaset-418)."""
    surnames = {p.name.split()[-1] for p in book.people}
    for line in _UPPER_LINE.finditer(body):
        text = line.group().rstrip().rstrip(":").rstrip()
        words = list(_UPPER_WORD.finditer(text))
        if len(words) < 3 or text[words[-1].end():].strip() or text[words[-2].end():words[-1].start()].strip():
            continue
        if not all(_is_title_word(_title_case(w.group())) or _is_acronym(w.group()) for w in words[:-2]):
            continue
        first, second = words[-2], words[-1]
        given, surname = _title_case(first.group()), _title_case(second.group())
        if surname not in surnames or _is_title_word(given) or given in _stopwords() or _is_place(given) \
                or regex.search(rf"(?<![\p{{L}}]){regex.escape(tr_lower(given))}(?![\p{{L}}])", body):
            continue
        yield given, surname, line.start() + first.start()


def _is_acronym(word: str) -> bool:
    return word.isupper() and not _is_title_word(_title_case(word)) and 2 <= len(word) <= 5


RECURRING_MIN = 3  # mentions that make an untagged proper name a person of the article


def _recurring_names(body: str, analysis: Analysis) -> list[str]:
    """People the NER model missed (foreign names: "Ricardo Quaresma’yı", "Quaresma’nın"):
    a proper noun (tagger) outside every entity, written once or more as a two-word name
    (given name + surname, no suffix on the first) and whose surname the article mentions
    at least RECURRING_MIN times.  Places, titles, stopwords and speaker heads are not names."""
    counts: dict[str, int] = {}
    full: dict[str, str] = {}
    in_org: set[str] = set()  # words of a run that an organisation head closes ("Dünya Helal Konseyi")
    heads = speaker_heads()
    # words of a place name of several words ("Birleşik Arap Emirlikleri", dev pool ekonomi-413)
    in_place = [(a, b) for a, b, place in gazetteer.mentions(body) if " " in place.form]
    for sent in analysis.sentences:
        run: list[str] = []
        for tok in list(sent.tokens) + [None]:
            if run and tok is not None and heads.get(strip_suffix(tok.text)) == "org_head":
                in_org.update(strip_suffix(w) for w in run)
            # cheap tests first: this runs over every token of the article
            ok = (tok is not None and tok.words and tok.ner == "O" and tok.text[:1].isupper()
                  and sent.words[tok.words[0]].upos == "PROPN"
                  and not any(a <= tok.start < b for a, b in in_place))
            word = strip_suffix(tok.text) if ok else ""
            ok = (ok and len(word) >= 3 and word.isalpha() and not word.isupper()
                  and word not in _stopwords() and word not in speaker_heads()
                  and not _is_title_word(word) and not _is_place(word))
            if ok:
                counts[word] = counts.get(word, 0) + 1
                if run and strip_suffix(run[-1]) == run[-1]:
                    run.append(tok.text)
                else:
                    run = [tok.text]
                if len(run) == 2:
                    full.setdefault(word, f"{run[0]} {word}")
            else:
                run = []
    return [full[w] for w, n in counts.items() if n >= RECURRING_MIN and w in full and w not in in_org]


def _is_title_word(word: str) -> bool:
    return titles.is_title(word)


# A subject candidate: optional title, 1-4 name words, then what makes it a
# subject (a comma, "ise", "ayrıca", "de/da") rather than an object ("Caparov'a",
# "Caparov ile").
# Organisation heads written in lower case after a name ("Birmingham Mail gazetesi").
_LOWER_ORG_HEAD = "|".join([r"haber\s+ajansı"] + [regex.escape(w) for w, kind in speaker_heads().items()
                                                   if kind == "org_head" and w[:1].islower()])
# The rest of a ministry's list of fields after a comma: the comma is inside the title, no subject ends there
_FIELD_LIST_AFTER = regex.compile(
    r"\s*,\s*(?:\p{Lu}\p{Ll}+\s*,\s*)*\p{Lu}\p{Ll}+\s+ve\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+Bakan")


_SUBJECT = regex.compile(
    rf"""(?<![\p{{L}}'’])
         (?P<mention>{NAME_WORD}(?:\s+{NAME_WORD}){{0,5}}(?:\s+(?:{_LOWER_ORG_HEAD}))?)
         (?=\s*(?:,|;(?=\s)|\s(?:ise|ayrıca|de|da|da,|de,|bugün|dün)\b)|\s*\Z  # \Z: right before the quote
            | \s*:\s*\Z                            # "CHP lideri Baykal: “…” diye konuşuyor"
            | \s*\([^()\n]{{1,20}}\)\s*,                # "Necati Demirkol (sağda), …": a short aside
            | \s+(?:bir\s+)?(?:yazılı\s+|basın\s+)?açıklama\s+yaparak\s*,?\s*\Z)  # "… TCNET İnternet Şirketi bir
                                                   # açıklama yaparak | …" (round 21 dev ttc-teknoloji-480)""",
    regex.VERBOSE,
)
# "Pegasus Hava Taşımacılığı A.Ş., … açıkladı": a company opening its sentence (not one of a
# list: "… birikimiyle Omtaş Çelik AŞ, CNK Havacılık ve … firmalarının", dev ttc-ekonomi-304)
_COMPANY_SUBJECT = regex.compile(
    rf"(?<=\A|[.!?]\s|\n)(?P<mention>{NAME_WORD}(?:\s+{NAME_WORD}){{0,5}}\s+(?:{institutions.COMPANY_SUFFIX}))\s*,")
# "HSBC, … satacağını açıklamıştı" (dev ekonomi-353), "TÜİK, …": an acronym opening its sentence before a
# comma (not the first of a list: "AB, ABD ve Çin …")
_ACRONYM_SUBJECT = regex.compile(r"(?<=\A|[.!?]\s|\n)(?P<mention>\p{Lu}{2,6}(?:&\p{Lu})?)\s*,(?!\s*\p{Lu}{2,})")
# "Vicente Casado yaptığı açıklamada, …", "X Meclis'te yaptığı konuşmada, …": a name without a
# comma, the subject of the relative clause (-DIğI) of a locative set off by a comma or right
# before the quote ("Yargıç Lucy Theis … yaptığı basın açıklamasında “…” dedi", round 20 dev
# ttc-saglik-17); the words
# between are lower case, numbers or names with a case ending other than the genitive (a
# genitive would be the clause's subject: "İş dünyasının … Davutoğlu'nun … yaptığı görüşmede")
_RELATIVE_SUBJECT = regex.compile(
    rf"""(?<![\p{{L}}'’])
         (?P<mention>{NAME_WORD}(?:\s+{NAME_WORD}){{0,5}})
         (?!\s+ile\b)
         (?=\s+(?:(?:\p{{Ll}}|\d|\p{{Lu}}[^\s,.;:!?"“”'’]*['’](?!n?[ıiuü]n\b))[^\s,.;:!?"“”]*\s+
                  | ['‘"“][^'‘’"“”\n]{{1,60}}['’"”]\s+){{0,5}}?  # a quoted title: "'Abdullah Gül ile 12 yıl'
                                                           # kitabına ilişkin yaptığı açıklamada" (dev pool siyaset-60)
            \p{{Ll}}+[dt][ıiuü]ğ[ıiuü]\s+(?:basın\s+|yazılı\s+)?\p{{Ll}}+[dt][ae]\s*(?:,|\Z))""",
    regex.VERBOSE,
)
# A person named only by initials right before the quote, as news names patients and defendants:
# "… kapatılan İ.Y. de, “…”" (round 66 dev saglik-198), "sanıklardan T.Y., “…”" (dev pool teknoloji-520);
# after a lower-case word, since "Arçelik A.Ş.," is a company
_INITIALS_SUBJECT = regex.compile(
    r"(?<=(?<![\p{L}\p{M}])\p{Ll}+\s+)(?P<mention>(?:\p{Lu}\.){2,3})(?:\s+(?:de|da|ise))?\s*,\s*\Z")

_COMMA_TO_END = regex.compile(r"\s*,\s*")
_PARTICIPLE_SUBJECT = regex.compile(
    rf"""(?<![\p{{L}}])(?!\p{{Ll}}+m[ae]kt[ae]n\s)\p{{Ll}}+[ae]n\s+  # not the ablative "anmaktan"
         (?P<mention>{NAME_WORD}(?:\s+{NAME_WORD}){{0,5}})
         (?=\s*(?:,|;(?=\s))|['’]d[ae]\s*,  # "… sürdüren Ağbaba; “…”": a semicolon for the comma;
                                             # "… vurgulayan Aytaç Arman'da, …": "de" written as a suffix
            | (?:\s+(?!ile\b|\S*(?:[dt][ıiuü][kğ]|[ae]c[ae][kğ])\p{{Ll}}*n[ıiuü]\b)  # not "Karikari ile görüştüklerini
                 (?:\p{{Ll}}|\p{{Lu}}[^\s,.;:!?"“”'’]*['’])[^\s,.;:!?"“”]*){{0,3}}  # ifade ederek": an object
              \s+\p{{Ll}}+(?:[ae]r[ae]k|[ıiuü]p)\s*,\s*\Z)  # "… konuşan Cumhurbaşkanı Recep Tayyip Erdoğan eğitime
                                                      # dikkat çekerek, “…”" (dev-pool siyaset-35): a converb
                                                      # clause right before the quote""",
    regex.VERBOSE,
)


# Case and number endings that a bare surname rarely has (genitive, plural, dative, ...).
_INFLECTED = regex.compile(r"(?:[dt][ae](?:ki)?|n[ıiuü]n|l[ae]r[ıiae]?|l[ae]r[ıi]n[ıi]|[ıiuü]y[ae]|s[ıiuü]n[ıiuü]|s[ıiuü]n[ae])$")


def _proper_noun(body: str, word: str) -> bool:
    """A capitalised word that the article also writes capitalised inside a sentence."""
    return regex.search(rf"[\p{{Ll}},;] {regex.escape(word)}(?![\p{{L}}])", body) is not None


def _untagged_name(body: str, start: int, end: int) -> bool:
    """A name NER left untagged in a strong subject position ("… kaydeden Çelenk, “…”",
    "Yücelen, … şunları söyledi", dev pool ekonomi-415, -221): its last word is written
    capitalised inside a sentence too, and the article writes none of its words in lower case
    (as it does "gıda", "plastik", "mahkeme": capitalised common nouns the tagger may call
    proper at a sentence start); no list of names follows ("The Gloom, Boom & Doom Report'un
    editörü Marc Faber, …", dev pool ekonomi-322)."""
    listed = _LIST_AFTER.match(body, end)
    if listed and not _is_place(strip_suffix(listed.group("next"))):
        return False  # (a list of places is no list of names: "Hugo Almeida, Türkiye ve Almanya'dan …")
    words = [strip_suffix(w) for w in body[start:end].split()]
    if not words or not _proper_noun(body, words[-1]) \
            or any(w in speaker_heads() or _is_title_word(w) or w in _stopwords() or _inflected_head(w) for w in words):
        return False  # "hatırlatan Komite, …", "başlayan Kurulun, …": an organisation head, the body named
        # before (dev pool kultursanat-369, dev teknoloji-526)
    return not any(regex.search(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(tr_lower(w))}(?![\p{{L}}\p{{M}}])", body)
                   for w in words)


def _inflected_head(word: str) -> bool:
    """An organisation's head noun, bare or with a short case ending: "Kurulun", "Mahkemenin"."""
    low = tr_lower(word)
    return any(low.startswith(form) and len(low) - len(form) <= 3
               for head in institutions.heads() for form in (head.bare, head.stem))


def _misprint_of_known(mention: str, book: NameBook) -> bool:
    """A lone word one letter off the surname of a person the article names in full
    ("Çökçınar" for "Hakkı Gökçınar", dev pool siyaset-59): no new person."""
    words = mention.split()
    if len(words) != 1:
        return False
    word = strip_suffix(words[0])
    return any(" " in p.name and _one_edit_apart(word, p.name.split()[-1]) for p in book.people)


_PLACE_ADJECTIVE = regex.compile(r"(?P<place>\p{Lu}\p{L}+?)l[ıiuü]")


def _place_adjective(word: str) -> bool:
    """A word saying where someone is from: a gazetteer place with -lI ("Taylandlı", "İzmirli")."""
    match = _PLACE_ADJECTIVE.fullmatch(word)
    return match is not None and _is_place(match.group("place"))


def _is_place(word: str) -> bool:
    """A country, capital, organisation or people word of the gazetteer ("Kazakistan", "Kazak")."""
    return gazetteer.lookup(word) is not None


# A known person standing first in the sentence, in the nominative (no suffix).
_INITIAL_SUBJECT = regex.compile(
    rf"""\s*(?P<mention>{NAME_WORD}(?:\s+{NAME_WORD}){{0,5}})(?=\s+[\p{{Ll}}\d“"‘])  # (a quote of others may follow:
         # "Guy Kawasaki “10 yıl sonra...” diye sorulan sorulara dahi “…” diye başlayarak", round 61 dev teknoloji-502)
         (?!\s+(?:{_DETACHED_SUFFIX.pattern})(?![\p{{L}}]))  # "Akhisar Belediyespor un teknik direktörü": an owner
         (?!\s+ile(?![\p{{L}}]))  # "… Deniz Baykal ile bugün gerçekleştirdiği görüşmenin ardından": a partner (round 38 dev siyaset-262)""",
    regex.VERBOSE,
)


# One capitalised word before an -lI adjective and a noun that a comma closes modifies them: "Yeşil
# beyazlı kulüp, …" (dev spor-133, "Yeşil" tagged a person); the phrase, not the word, is the subject
_MODIFIED_NOUN_NEXT = regex.compile(r"\s+\p{Ll}+l[ıiuü]\s+\p{Ll}+\s*,")
# A possessed noun right after a name: the name modifies it ("BonjukTea ürünlerinin …", dev pool
# ekonomi-94) and is no subject
# (not "Sıtkı konuşmasında": the locative of a possessed noun leaves the name the subject, dev pool kultursanat-372)
_POSSESSED_NEXT = regex.compile(r"\s+\p{Ll}+(?:s[ıiuü]|l[ae]r[ıi])(?:n[ıiuü]n)?(?![\p{L}\p{M}])")


_NAME_RUN = regex.compile(rf"""(?<![\p{{L}}'’])(?P<run>{NAME_WORD}(?:\s+{NAME_WORD}){{1,7}}{_SUFFIX})(?=\s+\p{{Ll}})""")


def _name_before_outlet(body: str, start: int, end: int) -> Optional[tuple[int, int]]:
    """``… Avukat Ersoy Akdemir Hürriyet'e yaptığı açıklamada, …``: a name run on into the
    outlet it spoke to, without a comma (dev pool TTC-3600 teknoloji-21); (start, end) or None."""
    for match in _NAME_RUN.finditer(body, start, end):
        parts = list(regex.finditer(r"\S+", match.group("run")))
        tail = outlet_tail([part.group() for part in parts])
        if tail:
            return match.start("run"), match.start("run") + parts[len(parts) - tail - 1].end()
    return None


_CAPITALISED_RUN = regex.compile(rf"\s*(?P<run>{NAME_WORD}(?:\s+{NAME_WORD})+)")


def _initial_person(body: str, start: int, end: int, book: NameBook) -> Optional[tuple[int, int]]:
    """``Başbakan Ahmet Davutoğlu Süleyman Demirel'in vefatından sonra ...``: two names run
    together at the sentence start, the second one inflected; NER's first person (after a
    title at most) is the subject (dev siyaset-59).  (start, end) or None."""
    run = _CAPITALISED_RUN.match(body, start, end)
    if run is None or not book.entities:
        return None
    people = sorted((a, b) for (a, b), etype in book.entities.items()
                    if etype == "PER" and run.start("run") <= a < run.end("run"))
    if len(people) < 2:
        return None
    (a, b), (c, _) = people[0], people[1]
    if body[b:c].strip() or not (a == run.start("run") or titles.is_title(body[run.start("run"):a].strip())):
        return None  # not a title, a name and a second name right after it
    return a, b


def _ends_in_name(speaker: Speaker) -> bool:
    return speaker.text == strip_suffix(speaker.text)


_COMITATIVE_AFTER = regex.compile(r"\s+ile(?![\p{L}\p{M}])")
_CASE_AFTER = regex.compile(r"['’\x92]\p{L}|n?[ıiuü]n(?![\p{L}\p{M}])")  # a case ending after an apostrophe, a genitive
_LOCATIVE_WORD = regex.compile(r"\p{Ll}[dt][ae]\Z")
# A plural noun in the ablative after an organisation picks a person out of it.
_PARTITIVE = regex.compile(r"\s+\p{Ll}+l[ae]r[ıi]n?[dt][ae]n(?![\p{L}\p{M}])")


def _speaker_from(body: str, start: int, end: int, book: NameBook, source: str,
                  allow_unknown: bool = False) -> Optional[Speaker]:
    """A Speaker for the mention ``body[start:end]`` (title words split off).

    An unknown name is accepted only with ``allow_unknown`` (a strong subject
    position) and when it is neither a stopword nor a place of the gazetteer.
    """
    mention = body[start:end]
    title = None
    words = mention.split()
    # Split a leading title ("Cumhurbaşkanı Caparov", "Kazakistan Cumhurbaşkanı Tokayev").
    for cut in range(len(words) - 1, 0, -1):
        head = " ".join(words[:cut])
        tmatch = _title_pattern().search(head + " Xyz")
        if tmatch and tmatch.end("title") == len(head):
            title = _canonical_title(tmatch.group("title"))
            offset = len(" ".join(words[:cut])) + 1
            start, mention = start + offset, " ".join(words[cut:])
            break
    last = strip_suffix(mention.split()[-1]) if mention.split() else ""
    if not last:
        return None
    if strip_suffix(mention) in book.acronyms:  # "FCA": the organisation the article defines it for
        return Speaker(text=body[start:end], start=start, end=end, name=book.acronyms[strip_suffix(mention)],
                       title=None, type="ORG", source=source)
    heads = speaker_heads()
    if heads.get(last) == "org_head" or institutions.is_company(mention):
        if _PARTITIVE.match(body, end):
            return None  # "Ege Liva Hastanesi hekimlerinden Dr. Fulya Erdem": one of them speaks
        name = " ".join(_without_classifier(mention).split())  # a name wrapped over lines
        if name != " ".join(mention.split()) and len(book.papers) == 1 and all(_is_place(w) for w in name.split()):
            name = book.papers[0]  # "İngiliz gazetesi": the one newspaper the article names
        full = _article_institution(strip_suffix(name), start, book)
        if full is not None:  # "Bakanlık dün …": the article's "Gençlik ve Spor Bakanlığı" (dev spor-587)
            return Speaker(text=body[start:end], start=start, end=end, name=full, title=None, type="ORG",
                           source=source)
        return Speaker(text=body[start:end], start=start, end=end,
                       name=book.fullest_org(name), title=None, type="ORG", source=source)
    found = _outlet_at(body, start, end)
    if found is not None:  # "Wall Street Journal da … yazdı": a newspaper speaks, whatever NER made of it
        return Speaker(text=body[found[0]:end], start=found[0], end=end, name=found[1], title=None,
                       type="ORG", source=source)
    person = book.resolve(mention, at=start)
    if person is None and len(mention.split()) > 2 and not _COMITATIVE_AFTER.match(body, end):
        # "Partners İstanbul Başekonomisti Özgür Altuğ", "Üreticilerden Murat Efe": the words
        # before a full name the article knows say who the person is (a role outside titles.tsv)
        words = mention.split()
        for cut in range(1, len(words) - 1):
            if _LOCATIVE_WORD.search(words[cut - 1]):
                break  # "Kalede Harun Tekin": an adverbial before the name, not a role
            tail = [strip_suffix(w) for w in words[cut:]]
            known = book.resolve(" ".join(tail), at=start)
            if known is not None and known.type in (None, "PER") and known.name.split()[-len(tail):] == tail:
                offset = [m.start() for m in regex.finditer(r"\S+", mention)][cut]
                start, mention, person = start + offset, mention[offset:], known
                break
    role = book.role_before(start, end, at=start) if person is None and len(mention.split()) == 2 else None
    if role is not None and role[1].type in (None, "PER") and not _LOCATIVE_WORD.search(mention.split()[0]):
        start, mention, person = role[0], mention.split()[-1], role[1]  # "Anne İpek": the role of a known person
    if person is None and book.entities is not None:
        etype = book.ner_type(start, end)
        if etype == "ORG" and allow_unknown:  # "Dışişleri Bakanlığı açıkladı"
            return Speaker(text=body[start:end], start=start, end=end,
                           name=book.fullest_org(strip_suffix(mention)),
                           title=None, type="ORG", source=source + "+ner")
        if etype != "PER" and not (etype is None and allow_unknown and book.proper is not None
                                   and book.proper_at(start, end) and _untagged_name(body, start, end)
                                   and not _misprint_of_known(mention, book)):
            return None  # NER: not a person (see _untagged_name for the names it leaves untagged)
        if etype is None and " " not in mention.strip():
            person = book._by_first_name(strip_suffix(mention.strip()))  # "Rajata" for "Rajata
            # Rajatanavin", untagged where it stands (dev pool saglik-47)
    if person is None:
        words = [strip_suffix(w) for w in mention.split()]
        if not allow_unknown or any(w in _stopwords() or _is_place(w) for w in words) or words == ["Ben"] \
                or mention != strip_suffix(mention) or titles.is_title(" ".join(words)) or _our_title(words[-1]):
            return None  # "Başbakan, ...": a title alone is no name (see title_subject); "Ben" alone
            # is the pronoun (not a stopword: "Ben Bernanke")
        if len(words) == 1 and _INFLECTED.search(words[0]) and not _proper_noun(body, words[0]):
            return None  # "Birleşmenin, ..." is a capitalised, inflected common noun
        if not book.proper_at(start, end):
            return None  # the tagger: not a proper noun
        person = Person(" ".join(words), title)
    if person.title is None and title is not None:
        person = Person(person.name, title, person.type)
    return Speaker(
        text=body[start:end], start=start, end=end, name=person.name,
        title=title or person.title, type=person.type, source=source,
    )


_WORDS_BEFORE = regex.compile(r"(?:\S+[ \t]+){1,3}\Z")
# a capitalised plural in the ablative, with or without a possessive: "Üreticilerden", "Üyelerinden"
_PARTITIVE_WORD = regex.compile(r"\p{Lu}\p{Ll}+l[ae]r(?:[ıi]n)?[dt][ae]n")
_NON_SPACE = regex.compile(r"\S+")


def _outlet_at(body: str, start: int, end: int) -> Optional[tuple[int, str]]:
    """(start, name) of the newspaper or agency that ``body[start:end]`` names, taking back the
    words of its name that the mention left out before it ("Wall" of "Street Journal")."""
    mention = body[start:end]
    before = _WORDS_BEFORE.search(body, max(0, start - 60), start)
    if before is not None:
        words = list(_NON_SPACE.finditer(body, before.start(), start))
        for k in range(len(words), 0, -1):
            name = outlet_name(body[words[-k].start():end])
            if name:
                return words[-k].start(), name
    name = outlet_name(mention)
    return (start, name) if name else None


# The last converb in -ken ("verirken", "konuşurken", "iken") before a comma; not "erken" ("early")
_WHILE_CLAUSE = regex.compile(r"(?r)(?<![\p{L}\p{M}])(?!erken,)\p{Ll}[\p{Ll}\p{M}]+ken(?=,)")
_LOWER_END = regex.compile(r"(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*\Z")  # the last word in lower case


# A name's naming participle and the role noun it names, at the end of a subject ("Utku Çaybaş isimli
# öğrenci,", "Stefan Lanka adlı biyolog,"; TTC pool teknoloji-55's "Erin Caton isimli kadın bir
# çalışan,"): the name speaks (UD treebank speech sentences, session 43)
NAMED_AS = regex.compile(r"\s+(?:isimli|adlı|adındaki|adında|isminde|ismindeki)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+\s*,?\s*\Z")
_NAMED_AS_REACH = 100  # (looked for this far before ``end`` only: it ends there)


def named_as_before(body: str, start: int, end: int) -> Optional[regex.Match]:
    """The match of ``NAMED_AS`` that ends ``body[start:end]``, or None."""
    return NAMED_AS.search(body, max(start, end - _NAMED_AS_REACH), end)


def find_subject(body: str, start: int, end: int, book: NameBook,
                 exclude: Iterable[tuple[int, int]] = (), allow_unknown: bool = True) -> Optional[Speaker]:
    """The speaking subject in ``body[start:end]`` (the part of a sentence before a quote).

    Prefers a participle-introduced name ("... vurgulayan Tokayev,"), then the first
    known name that stands as a subject ("Caparov, ...", "Tokayev ise ...").
    Spans in ``exclude`` (other quotes) are skipped.
    """
    spans = exclude if isinstance(exclude, SpanSet) else SpanSet(exclude)
    excluded = SpanSet(spans.overlapping(start, end))  # only the spans in range

    def inside(pos: int) -> bool:
        return excluded.overlaps(pos, pos + 1)

    named_as_written = [(_SHARE_BEFORE_END, "speaker.share")]
    tail = end
    while tail > start and body[tail - 1] in " \t":
        tail -= 1
    if tail > start and body[tail - 1] == ",":  # (the long "bir" pattern ends in a comma: tried only then)
        named_as_written.append((_indefinite_person(), "speaker.indefinite"))
    for pattern, source in named_as_written:
        found = pattern.search(body, start, end)  # named as written, right before what is said
        if found is not None and not inside(found.start("mention")):
            return Speaker(text=found.group("mention"), start=found.start("mention"), end=found.end("mention"),
                           name=found.group("mention"), title=None, type=None, source=source)
    named = named_as_before(body, start, end)
    if named is not None:
        own = find_subject(body, start, named.start(), book, spans, allow_unknown)
        if own is not None and not body[own.end:named.start()].strip():
            return own
    clause = next((i for i in range(end - 1, start, -1) if body[i] == ";" and not inside(i)), None)
    if clause is not None and _LOWER_END.search(body, start, clause):
        # "… kurallar işlemiyor; Guy Kawasaki “…” diye başlayarak yanıt veriyor": the clause after a
        # semicolon has its own subject (round 61 dev teknoloji-502); not after a name ("Kesici; Yıldız
        # ve Çolakoğlu hakkında …", a semicolon for a comma, dev pool saglik-272)
        own = find_subject(body, clause + 1, end, book, spans, allow_unknown)
        if own is not None:
            return own
    while_clause = _WHILE_CLAUSE.search(body, start, end)
    if while_clause is not None and not inside(while_clause.start()):
        # "Adnan Diler, … bilgiler verirken, Menteşe Kaymakamı Zeki Arslan, “…”": the clause after a
        # converb in -ken has its own subject, a known name set off by a comma (round 83 dev kultursanat-39)
        own = find_subject(body, while_clause.end() + 1, end, book, spans, allow_unknown=False)
        if own is not None and body[own.end:own.end + 1] == ",":
            return own
    last = None
    for last in _PARTICIPLE_SUBJECT.finditer(body, start, end):
        pass
    if last is not None and _COMMA_TO_END.fullmatch(body, last.end("mention"), end) \
            and not inside(last.start("mention")):
        # "Wagon tipi aracın, … mutlu ettiğini belirten Cumhurbaşkanı Süleyman Demirel, “…”": a name
        # after a participle right before the quote outranks a capitalised word opening the sentence
        # (NER-corpus story pool nerstory-train-22995)
        speaker = _speaker_from(body, last.start("mention"), last.end("mention"), book, "speaker.participle")
        if speaker is not None and speaker.type == "PER":
            return _joint(body, start, speaker, book)
    initial = _INITIAL_SUBJECT.match(body, start, end)
    if initial and not inside(initial.start("mention")):
        speaker = _speaker_from(body, initial.start("mention"), initial.end("mention"), book,
                                "speaker.initial")
        if speaker is not None and speaker.type == "PER" and _ends_in_name(speaker):
            strong = _SUBJECT.match(body, initial.start("mention"), end)
            modifier = " " not in initial.group("mention") and _MODIFIED_NOUN_NEXT.match(body, initial.end("mention"))
            if not strong and not modifier and not _POSSESSED_NEXT.match(body, initial.end("mention")):
                return speaker  # "Erdoğan 2 Mayıs'ta ... dedi": a known person opens the sentence
    elif not initial:
        first = _initial_person(body, start, end, book)
        if first is not None and not inside(first[0]):
            speaker = _speaker_from(body, first[0], first[1], book, "speaker.initial")
            if speaker is not None:
                return speaker
    initials = _INITIALS_SUBJECT.search(body, start, end)
    if initials and not inside(initials.start("mention")):
        mention = initials.group("mention")  # "… kapatılan İ.Y. de, “…”": a person named by initials
        return Speaker(text=mention, start=initials.start("mention"), end=initials.end("mention"), name=mention,
                       title=None, type="PER", source="speaker.initials")
    for pattern, source in ((_PARTICIPLE_SUBJECT, "speaker.participle"), (_SUBJECT, "speaker.subject"),
                            (_COMPANY_SUBJECT, "speaker.subject"), (_ACRONYM_SUBJECT, "speaker.subject"),
                            (_RELATIVE_SUBJECT, "speaker.relative")):
        for match in pattern.finditer(body, start, end, overlapped=False):
            if inside(match.start("mention")):
                continue
            if " " not in match.group("mention") and not book.knows(match.group("mention")) \
                    and _FIELD_LIST_AFTER.match(body, match.end("mention")):
                continue  # "Ulaştırma, | Denizcilik ve Haberleşme Bakanı Binali Yıldırım, …" (round 42 dev teknoloji-526),
                # "bilgi veren Bilim, | Sanayi ve Teknoloji Bakanı Nihat Ergün, …" (dev pool ekonomi-50)
            mention = match.group("mention")
            if speaker_heads().get(tr_lower(mention)) == "generic":  # "Grup, …": an unnamed group
                return Speaker(text=mention, start=match.start("mention"), end=match.end("mention"),
                               name=_fullest_group(body, mention, match.start("mention")), title=None,
                               type=None, source="speaker.generic")
            unknown_ok = allow_unknown and (pattern is not _RELATIVE_SUBJECT or " " in mention)
            speaker = _speaker_from(body, match.start("mention"), match.end("mention"), book, source,
                                    allow_unknown=unknown_ok)  # (one unknown word: "Farklı görüşlerin …")
            if speaker is not None:
                return _joint(body, start, speaker, book) if pattern in (_PARTICIPLE_SUBJECT, _SUBJECT) else speaker
    outlet = _name_before_outlet(body, start, end)
    if outlet is not None and not inside(outlet[0]):
        speaker = _speaker_from(body, outlet[0], outlet[1], book, "speaker.subject")
        if speaker is not None:
            return speaker
    for match in _generic_subject_in(body, start, end).finditer(body, start, end):
        if not inside(match.start("mention")):  # "Analistler, ... belirterek": an unnamed source
            return Speaker(text=match.group("mention"), start=match.start("mention"), end=match.end("mention"),
                           name=_fullest_group(body, match.group("mention"), match.start("mention")),
                           title=None, type=None, source="speaker.generic")
    return None


# "Refik Eryılmaz ile | Hasan Akgöl, …", "… ileten Buray Savas Anıl ve | Fatih Arslan, …": a first person
# joined to the subject (titles or abbreviations may stand before either name)
_JOINT_BEFORE = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}'’])(?P<first>{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}})\s+(?P<conj>ve|ile)\s+"
    rf"(?:(?:{_ABBREVIATED})\.\s*)*\Z")


def _joint(body: str, start: int, speaker: Speaker, book: NameBook) -> Speaker:
    """Two people who speak together are one speaker, named as the text joins them ("Sezgin
    Tanrıkulu ve Veli Ağbaba", "Refik Eryılmaz ile Hasan Akgöl": dev ekonomi-448, siyaset-244,
    round 45 dev siyaset-549); one person only when the word before is not a person's name."""
    if speaker.type not in (None, "PER"):
        return speaker
    before = _JOINT_BEFORE.search(body, start, speaker.start)
    if before is None:
        return speaker
    start_first, end_first = before.span("first")
    if book.entities is not None:  # NER says who is a person: the one ending right before "ve"/"ile"
        spans = [(a, b) for (a, b), etype in book.entities.items()
                 if etype == "PER" and start_first <= a < b == end_first]
        if not spans:
            return speaker  # no person: "Uzman Dil ve Konuşma Terapisti …" is one title
        start_first = min(spans)[0]  # "CHP Hatay Milletvekilleri | Refik Eryılmaz ile …"
    first = _speaker_from(body, start_first, end_first, book, speaker.source,
                          allow_unknown=True)  # (a place such as "Türkiye ile …" is no speaker)
    if first is None or first.name == speaker.name or (book.entities is None and not book.knows(first.name)):
        return speaker  # without NER, only a person the name book knows
    return attrs.evolve(speaker, text=body[first.start:speaker.end], start=first.start,
                        name=f"{first.name} {before.group('conj')} {speaker.name}", title=None)


# How far back an unnamed group's fuller naming is looked for: more than the longest TTC-3600
# article (22,895 characters), so one article is always searched whole, while a document that
# joins many articles is not rescanned from its start for every group (doc_scaling.py).
_GROUP_LOOKBACK = 30_000


def _fullest_group(body: str, mention: str, pos: int) -> str:
    """An unnamed group under its fullest naming before ``pos``: "Grup" after "300 kişilik
    grup" is "300 kişilik grup" (the speaker is named as fully as the article names it)."""
    if " " in mention:
        return mention
    head = tr_lower(mention)
    found = None
    start = max(0, pos - _GROUP_LOOKBACK)
    for match in _generic_subject_in(body, start, pos).finditer(body, start, pos):
        named = match.group("mention")
        if " " in named and _same_group_head(tr_lower(named).split()[-1], head):
            found = named
    if found is None:
        for match in _counted_group().finditer(body, start, pos):
            if tr_lower(match.group()).split()[-1] == head:
                found = match.group()
    return found or mention


def _same_group_head(named_head: str, head: str) -> bool:
    """``yetkilileri`` (possessed, after its owner) names the group that a later bare ``Yetkililer``
    is (NER-corpus story pool, session 40)."""
    return named_head == head or (named_head.endswith(("leri", "ları")) and named_head[:-1] == head)


@functools.lru_cache(maxsize=None)
def _counted_group() -> regex.Pattern:
    """A counted group anywhere in a sentence ("300 kişilik grup", "50 kişilik bir grup")."""
    counted = sorted((w for w, kind in speaker_heads().items() if kind == "counted"), key=len, reverse=True)
    number = "|".join(regex.escape(w).replace(r"\ ", r"\s+(?:bir\s+)?") for w in counted)
    words = "|".join(sorted(set(numbers.lexicon().words) | {"bin"}, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}\d])(?:\d[\d.]*|(?:{words})(?:\s+(?:{words}))*)\s+(?:{number})(?![\p{{L}}])")


@functools.lru_cache(maxsize=1)
def _epithet_pattern() -> regex.Pattern:
    alternatives = _ROLE_NOUNS
    return regex.compile(
        rf"""(?<![\p{{L}}'’])
             (?P<mention>(?:\d+\s+yaşındaki\s+)?(?:(?:(?<=^|[.!?…]\s+|\n)\p{{Lu}}\p{{Ll}}+\s+)?(?:\p{{Ll}}+\s+){{0,2}}?)
                         (?P<role>{alternatives}))
             (?=\s*,|\s+ise\s)  # "… forma giyen 31 yaşındaki futbolcu ise …" (round 66 dev spor-458)""",
        regex.VERBOSE,
    )


@functools.lru_cache(maxsize=1)
def _participle_epithet() -> regex.Pattern:
    alternatives = _ROLE_NOUNS
    # ... or a title alone ("… diyen Başbakan Yardımcısı, | …", round 40 dev siyaset-496)
    return regex.compile(rf"(?<![\p{{L}}])\p{{Ll}}+[ae]n\s+(?:(?:\p{{Ll}}+\s+){{0,2}}(?:{alternatives})"
                         rf"|(?:{titles.alternation()}))\s*\Z")


def epithet_topic_end(body: str, start: int, end: int) -> Optional[int]:
    """End of a role noun with the topic particle as the subject ("… forma giyen 31 yaşındaki futbolcu
    ise | …", round 66 dev spor-458), where the reported clause begins; None if there is none."""
    match = next((m for m in _epithet_pattern().finditer(body, start, end) if body.startswith(" ise", m.end())), None)
    return None if match is None else match.end() + len(" ise")


def epithet_ends_at(body: str, start: int, comma: int) -> bool:
    """A role noun after a participle phrase ends right before ``comma``: the subject of the
    sentence ("… 2,4 milyon dolara anlaşan oyun kurucu, | … geçirdiğini söyledi", round 37 dev
    spor-240); or the role noun with up to two words before it is all that stands between
    ``start`` and ``comma`` ("Genç çalıştırıcı, | yeni takımında …", round 53 dev spor-186)."""
    return _participle_epithet().search(body, max(start, comma - 80), comma) is not None \
        or _opening_epithet().fullmatch(body, start, comma) is not None


@functools.lru_cache(maxsize=1)
def _opening_epithet() -> regex.Pattern:
    return regex.compile(rf"\s*(?:\d+\s+yaşındaki\s+)?(?:[\p{{Lu}}\p{{Ll}}][\p{{Ll}}\p{{M}}]*\s+){{0,2}}"
                         rf"(?:{_ROLE_NOUNS})\s*")


def epithet_subject(body: str, start: int, end: int, book: NameBook,
                    recent: Sequence[Speaker] = ()) -> Optional[Speaker]:
    """``… anlatan yetenekli kaleci, "…"``, ``41 yaşındaki teknik adam, şu ifadeleri
    kullandı``: a role noun (``epithet_nouns.txt``) without a name, as the subject, stands
    for a person already named: the last one the article introduced with that role
    ("genç kaleci Mert Günok"), else the subject of the article's first sentence (news
    text calls its protagonist so), else the last person who spoke before (``recent``),
    else the article's protagonist (:func:`protagonist`)."""
    titled = title_subject(body, start, end, book)
    if titled is not None:
        return titled
    match = next(_epithet_pattern().finditer(body, start, end), None)
    if match is None:
        return None
    person = _epithet_person(body, match.group("role"), match.start(), book, recent)
    if person is None:
        return None
    return Speaker(text=match.group("mention"), start=match.start("mention"), end=match.end("mention"),
                   name=person.name, title=person.title, type=person.type, source="speaker.epithet")


def _epithet_person(body: str, role: str, at: int, book: NameBook, recent: Sequence[Speaker] = ()):
    """Whom the role noun ``role`` at ``at`` stands for (see :func:`epithet_subject`)."""
    person = None
    introduced = rf"(?<![\p{{L}}]){regex.escape(role)}\s+(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}})"
    introductions = list(regex.finditer(introduced, body[:at]))
    for intro in reversed(introductions):
        person = _speaker_from(body, intro.start("name"), intro.end("name"), book, "speaker.epithet")
        if person is not None and person.type in (None, "PER"):
            break
        person = None
    if person is None:
        comma = body.find(",", 0, at)
        sentence_end = regex.search(r"[.!?\n]", body)
        if sentence_end is not None and comma > sentence_end.start():
            comma = -1  # the first sentence has no "X," subject
        lead = find_subject(body, 0, comma + 1, book) if comma > 0 else None
        person = lead if lead is not None and lead.type in (None, "PER") else None
    if person is None:
        person = next((s for s in reversed(recent) if s.type in (None, "PER") and s.end <= at), None)
    return person if person is not None else protagonist(body, book)


def role_after_participle(body: str, pos: int, book: NameBook) -> Optional[Speaker]:
    """``"…" diyen anne gözyaşlarına hakim olamadı``: a role noun with no name right after a
    participle cue (at ``pos``) is its subject and stands for the person introduced with it
    ("anne Zeliha Kalenderoğlu"; round 52 dev saglik-38), as :func:`epithet_subject` resolves it."""
    match = regex.match(rf"\s+(?P<role>{_ROLE_NOUNS})(?![\p{{L}}\p{{M}}'’])(?!\s+\p{{Lu}})",
                        body[pos:pos + 60])
    if match is None:
        return None
    person = _epithet_person(body, match.group("role"), pos + match.start("role"), book)
    if person is None:
        return None
    return Speaker(text=match.group("role"), start=pos + match.start("role"), end=pos + match.end("role"),
                   name=person.name, title=person.title, type=person.type, source="speaker.epithet")


@functools.lru_cache(maxsize=None)
def _bare_title_pattern() -> regex.Pattern:
    # ... or with "our" ("Başbakanımız '…' teklifinde bulundu": the speaker's own prime minister,
    # round 50 dev siyaset-542), which marks it as no name wherever it stands
    return regex.compile(
        rf"""(?P<mention>(?:{NAME_WORD}[ \t]+)?(?P<title>{titles.alternation()}))
             (?:{_OUR}(?=[ \t,])|[ \t]*,|[ \t]+ise[ \t])""",
        regex.VERBOSE,
    )


_OUR = r"(?<=[\p{Ll}])(?:[ıiuü]m[ıiuü]z|m[ıiuü]z)"  # Başbakan-ımız, Başkan-ımız, Bakanı-mız


def _our_title(word: str) -> bool:
    """``word`` is a title with the first-person plural possessive ("Başbakanımız")."""
    match = regex.fullmatch(rf"(\p{{Lu}}\p{{Ll}}+?){_OUR}", word)
    return match is not None and titles.is_title(match.group(1))


# A sentence's end: a final stop before white space or the end of the text (also unmarked.py's)
SENTENCE_END = regex.compile(r"[.!?…](?:\s|\Z)")


def title_subject(body: str, start: int, end: int, book: NameBook) -> Optional[Speaker]:
    """``Başbakan, "…" dedi``, ``Bakan ise …``: a title without a name, first in the
    clause, stands for the person the article last introduced with that title ("Başbakan
    Ahmet Davutoğlu"; "Bakan" also for "Dışişleri Bakanı Mevlüt Çavuşoğlu"), or, with none
    before it, for the one person the article introduces with it later."""
    first = start + len(body[start:end]) - len(body[start:end].lstrip(" \t\n\"“'‘-–—"))
    match = _bare_title_pattern().match(body, first, end)
    if match is None:
        return None
    role = strip_suffix(match.group("title")).split()[-1]
    stem = role[:-1] if role[-1] in "ıiuü" and len(role) > 4 else role  # Bakanı -> Bakan
    def holders(start: int, end: int) -> list:
        found = []
        for intro in _title_pattern().finditer(body, start, end):
            last = strip_suffix(intro.group("title")).split()[-1]
            if last.startswith(stem) and len(last) - len(stem) <= 3:  # Bakan ~ Bakanı, CEO ~ CEO'su
                words = intro.group("name").split()
                # the longest start of the name the article knows ("Ahmet Davutoğlu" of
                # "Başbakan Ahmet Davutoğlu Ankara'da")
                found.append(next((p for n in range(len(words), 0, -1)
                                   for p in [book.resolve(" ".join(words[:n]), at=intro.start("name"))]
                                   if p is not None and p.type in (None, "PER")), None))
        return found

    before = [p for p in holders(0, match.start()) if p is not None]
    person = before[-1] if before else None
    if person is None:
        # introduced only later ("Başbakan ise, … 'montaj olabilir' diyerek"; "Başbakan Yılmaz ise"
        # further on, NER-corpus quotes pool nerstory-train-20642): the one holder the article names
        # after this sentence (not one inside what is said: "Başbakan, Lübnan Başbakanı Fuad
        # Sinyora'nın … planının kabul edilebilir olduğunu söyledi", UD treebank speech sentences,
        # session 43: BOUN news_1133)
        stop = SENTENCE_END.search(body, end)
        later = holders(stop.end() if stop else len(body), len(body))
        if not later or None in later or len({p.name for p in later}) != 1:
            return None
        person = later[0]
    return Speaker(text=match.group("mention"), start=match.start("mention"), end=match.end("mention"),
                   name=person.name, title=person.title, type=person.type, source="speaker.title")


def protagonist(body: str, book: NameBook) -> Optional[Person]:
    """The person the article names most often (by surname, any case ending), when named at
    least RECURRING_MIN times and more often than anyone else; else None.  A lone word that
    is part of a fuller name ("Hamit" beside "Hamit Altıntop") is that person, not a rival
    (round 50 dev spor-585, whose tagger also lists "Burak" beside "Burak Yılmaz")."""
    counts = []
    fuller = {word for p in book.people if p.type == "PER" and " " in p.name for word in p.name.split()}
    for person in book.people:
        if person.type != "PER" or " " not in person.name and person.name in fuller:
            continue
        surname = person.name.split()[-1]
        n = len(regex.findall(rf"(?<![\p{{L}}]){regex.escape(surname)}(?![\p{{Ll}}])", body))
        counts.append((n, person))
    counts.sort(key=lambda c: -c[0])
    if not counts or counts[0][0] < RECURRING_MIN or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    return counts[0][1]


_CONNECTIVES = "Oysa|Ancak|Ama|Fakat"  # may stand before a subject that opens its sentence


def heads_alternation(kind: str) -> str:
    """The speaker_heads.tsv words of ``kind`` as a regex alternation (longest first)."""
    heads = sorted((w for w, k in speaker_heads().items() if k == kind), key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in heads)


# People named by their trade in the plural, the agent suffix -CI with -lAr, opening a sentence as its
# subject ("Balıkçılar, … belirttiler", round 69 dev ekonomi-414): an unnamed group like those listed;
# not after a participle ("söyleyen yöneticiler, …" stands for the body named before) nor before a
# postposition ("Perakendeciler için …", dev pool teknoloji-436)
_AGENT_PLURAL = r"|(?<=(?:\A|[.!?]\s+|\n))\p{Lu}\p{Ll}+[cç][ıiuü]l[ae]r(?=\s*,)"


# "Bazı gözlemciler", "bazı vatandaşlar": the quantifier is part of the group's naming (dev
# teknoloji-136; NER-corpus story pool nerstory-train-20150), and so is a former or an origin
# ("eski askerler", dev siyaset-580; "Türk kökenli seçmenler", nerstory-test-1544; "… Çinli bilim
# adamları", dev pool teknoloji-464; a nationality of the gazetteer also opening a sentence: "Iraklı
# yetkililer", nerstory-train-22851; a capitalised -lI word otherwise only inside a sentence, not
# "Deneyimli uzmanlar" opening one, dev pool saglik-401)
@functools.lru_cache(maxsize=None)
def _some() -> str:
    nationalities = sorted({p.form for p in gazetteer.entries() if p.kind == "adj" and " " not in p.form},
                           key=len, reverse=True)
    nationality = "|".join(regex.escape(form) for form in nationalities)
    origin = (rf"(?:(?i:eski|yabancı|yerli)|\p{{Lu}}\p{{Ll}}+[ \t]+(?:asıllı|kökenli)|(?:{nationality})"
              rf"|(?<=\p{{L}}[ \t]+)\p{{Lu}}\p{{Ll}}+(?:lı|li|lu|lü))")
    return rf"(?:(?i:bazı)[ \t]+)?(?:{origin}[ \t]+)?"


@functools.lru_cache(maxsize=None)
def unnamed_source(possessed: bool = True) -> str:
    """A regex source for an unnamed source as written: a generic head ("uzmanlar"), or (with
    ``possessed``) a possessed one after its owner ("şirket yetkilileri", "Nestlé yetkilileri";
    round 21 dev ttc-teknoloji-480; an acronym, "TÜBİTAK yetkilileri", dev pool teknoloji-586): up
    to seven name words ("Boğaziçi Üniversitesi Kandilli Rasathanesi Deprem Araştırma Merkezi
    yetkilileri", NER-corpus story pool, session 40) or one lower-case noun."""
    if not possessed:
        return rf"{_some()}(?i:{heads_alternation('generic')}){_AGENT_PLURAL}"
    return (rf"{_some()}(?i:{heads_alternation('generic')}){_AGENT_PLURAL}"
            rf"|(?:(?:(?:{NAME_WORD}|\p{{Lu}}{{2,}})[ \t]+){{1,7}}|(?<!['’\x92])(?!(?:ve|ile|veya|bu|şu|o|ise|da|de)\s)\p{{Ll}}+[ \t]+"
            rf"|(?:{NAME_WORD}[ \t]+){{1,3}}\p{{Ll}}+n[ıiuü]n[ \t]+"  # "Tolkien ailesinin avukatları" (dev kultursanat-473)
            rf"|(?:{NAME_WORD}[ \t]+){{0,3}}{NAME_WORD}['’\x92]n?[ıiuü]n[ \t]+)"  # "Fırat'ın avukatları" (dev pool siyaset-395)
            rf"(?:{heads_alternation('possessed')})")


@functools.lru_cache(maxsize=None)
def _possessed_word() -> regex.Pattern:
    return regex.compile(rf"(?:{heads_alternation('possessed')})(?![\p{{L}}])")


def _generic_subject_in(body: str, start: int, end: int) -> regex.Pattern:
    """The unnamed-source pattern for ``body[start:end]``: with the possessed heads only where
    one is written (their owners make the pattern slow to try everywhere)."""
    return _generic_subject(_possessed_word().search(body, start, end) is not None)


# A share of a group as the subject of a survey's finding, right before what it says: "… araştırmaya
# göre, tüketicilerin yüzde 85'i | … istediklerini dile getiriyor" (dev ekonomi-266), "Seçmenlerin yüzde
# 34.1'i | …" (NER-corpus quotes round q2, nerstory-train-5211), "Amerikan halkının yüzde 63'ü" (-20086):
# a genitive group (one or two words) and its percentage, as written; the group speaks for that
# finding only (indirect.py does not carry it on)
_SHARE_OF_GROUP = (r"(?:\p{Lu}\p{Ll}*[ \t]+)?\p{L}+(?:n[ıiuü]n|[ıiuü]n|['’\x92]n?[ıiuü]n)"
                   r"[ \t]+yüzde[ \t]*\d+(?:[.,]\d+)?['’\x92](?:s?[ıiuü]|n[ıiuü])")
_SHARE_BEFORE_END = regex.compile(rf"(?<![\p{{L}}\p{{M}}\d'’\x92])(?P<mention>{_SHARE_OF_GROUP})[ \t]*,?[ \t]*\Z")
# at a clause's start: opening it, or after the survey it comes from ("… araştırmaya göre (de),")
_AFTER_SURVEY_WORD = r"(?<![\p{L}])göre(?:[ \t]+de)?"
_SHARE_AT_START = regex.compile(rf"(?:[^,.!?;:\n]*?{_AFTER_SURVEY_WORD}[ \t]*,[ \t]*)?"
                                rf"(?P<mention>{_SHARE_OF_GROUP})(?=[ \t]+[\p{{L}}\d])")


@functools.lru_cache(maxsize=None)
def _generic_subject(possessed: bool = True) -> regex.Pattern:
    """Unnamed sources of speaker_heads.tsv (kind=generic, possessed, counted) in subject
    position, as written."""
    number = heads_alternation("counted")
    words = "|".join(sorted(set(numbers.lexicon().words) | {"bin"}, key=len, reverse=True))
    return regex.compile(
        rf"""(?<![\p{{L}}\p{{M}}\d])
             (?P<mention>{unnamed_source(possessed)}|(?:\d[\d.]*|(?:{words})(?:\s+(?:{words}))*)\s+(?:{number}))(?![\p{{L}}])
             (?!\s+olarak(?![\p{{L}}]))  # "İş dünyasının temsilcileri olarak …": a role, not the subject
             (?:(?=\s*(?:,|\s(?:ise|ayrıca|de|da)(?![\p{{L}}])|\Z))  # "Analistler, ..." / "uzmanlar ise ..." / right before the quote
               |(?<=(?:\A|[.!?:]\s+|\n|(?<![\p{{L}}])(?:{_CONNECTIVES})\s+)(?P=mention)))  # "Oysa uzmanlar ..." """,
        regex.VERBOSE,
    )


# The genitive ending of a name: after an apostrophe ("Güven'in"), or bare after a vowel-final
# name ("Moskovanın"); the statement sources below use it too.
_GENITIVE_SUFFIX = r"['’\x92]n?[ıiuü]n|(?<=[ıiuü])n[ıiuü]n"
_GENITIVE_OWNER = regex.compile(
    rf"(?<![\p{{L}}])(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,4}})(?: ?(?:{_GENITIVE_SUFFIX}))"
    rf"(?=[\s,])")


def genitive_owner_before(body: str, start: int, end: int, book: NameBook,
                          exclude: Iterable[tuple[int, int]] = ()) -> Optional[Speaker]:
    """The last name in the genitive in ``body[start:end]`` ("Recep Güven'in", "Yönetimin"
    is no name): whose words a nominal cue ("... sözlerine", "... demesi") reports."""
    spans = exclude if isinstance(exclude, SpanSet) else SpanSet(exclude)
    found = [m for m in _GENITIVE_OWNER.finditer(body, start, end) if not spans.overlaps(m.start(), m.start() + 1)]
    if not found:
        return None
    match = found[-1]  # the owner nearest the quote; an earlier genitive owns something else
    a, b = match.span("name")
    speaker = _speaker_from(body, a, b, book, "speaker.genitive", allow_unknown=True)
    if speaker is not None or " " not in body[a:b]:
        return speaker
    name = body[a:b]  # "Lokomotiv Moskova'nın": a club or body the book does not know
    return Speaker(text=name, start=a, end=b, name=book.fullest_org(name), title=None,
                   type=book.ner_type(a, b), source="speaker.genitive")


# The owner of a possessed role noun, in the genitive, is part of the mention: "Kraliyet ailesinin bir
# sözcüsü" (UD treebank speech sentences, session 43: BOUN news_123); up to two words before the
# genitive one ("-nIn", "-(n)In" after an apostrophe, "-ğIn": "Bakanlığın"; not "yakın")
_OWNER_OF_ONE = r"(?:(?:[\p{L}'’]+[ \t]+){0,2}[\p{L}]+(?:n[ıiuü]n|['’]n?[ıiuü]n|ğ[ıiuü]n)[ \t]+)?"


@functools.lru_cache(maxsize=1)
def _indefinite_person() -> regex.Pattern:
    """``… isteyen bir İngiliz diplomat da, "…"``: a person introduced with "bir" (a role noun of
    ``epithet_nouns.txt`` or a counted head of ``speaker_heads.tsv``, maybe possessed: "bir Fed
    yetkilisi", "bir konservatuar öğrencisi") as the subject right before what is said is someone
    new, named as written (as the dev gold names kultursanat-347's "bir konservatuar öğrencisi"),
    not the person the role stood for before (NER-corpus quotes round q2, nerstory-train-18031)."""
    nouns = set(resources.words("epithet_nouns.txt")) | {w for w, k in speaker_heads().items() if k == "counted"}
    nouns = {n for n in nouns if not n.startswith("kişilik")} | {"yetkili", "sözcü"}  # ("kişi" is counted)
    alternation = "|".join(regex.escape(n).replace(r"\ ", r"[ \t]+") for n in sorted(nouns, key=len, reverse=True))
    return regex.compile(
        rf"(?<![\p{{L}}])(?P<mention>{_OWNER_OF_ONE}[Bb]ir(?:[ \t]+[\p{{L}}'’]+){{0,2}}?[ \t]+(?:{alternation})(?:s?[ıiuü])?)"
        rf"(?:[ \t]+(?:de|da))?[ \t]*,[ \t]*\Z")


def share_ends_at(body: str, start: int, end: int, sent_start: int) -> Optional[int]:
    """Where a share of a group that opens ``body[start:end]`` ends ("Seçmenlerin yüzde 34.1'i |
    …"; also after the survey it comes from: "… araştırmaya göre, tüketicilerin yüzde 85'i | …");
    only where ``start`` opens the sentence (from ``sent_start``) or follows such a survey or a
    -ken clause: after another subject the share is what is said ("Kaya, CHP'nin yüzde 25'i
    oranında …")."""
    if body[sent_start:start].strip() and not _AFTER_SURVEY.search(body, sent_start, start):
        return None
    match = _SHARE_AT_START.match(body, start, end)
    return match.end() if match is not None else None


# (or after a -ken clause, which has its own subject: "Ankete katılanların yüzde 33'ü … isterken, halkın
# yüzde 25'i | …", NER-corpus story pool nerstory-train-22851)
_AFTER_SURVEY = regex.compile(rf"(?:{_AFTER_SURVEY_WORD}|(?<![\p{{L}}])\p{{Ll}}+ken)[ \t]*,[ \t]*\Z")


def generic_subject_at(body: str, start: int, end: int) -> Optional[int]:
    """Where an unnamed source opening ``body[start:end]`` ends ("Oysa uzmanlar | ...",
    "Analistler, | ..."), else None."""
    lead = regex.match(rf"\s*(?:(?:{_CONNECTIVES})\s+)?", body[start:end])
    match = _generic_subject_in(body, start + lead.end(), end).match(body, start + lead.end(), end)
    if match is None:
        return None
    particle = _PARTICLE_AFTER_GROUP.match(body, match.end(), end)  # "Uzmanlar ise | …": the particle is the subject's
    return particle.end() if particle else match.end()


_PARTICLE_AFTER_GROUP = regex.compile(r"\s+(?:ise|ayrıca|de|da)(?![\p{L}])\s*,?")


def initial_organisation(body: str, start: int, end: int, book: NameBook) -> Optional[Speaker]:
    """``EPDK açıklamanın devamında şu ifadelere yer verdi:``: an organisation standing first
    in the sentence, in the nominative: one the article names in full elsewhere, one the
    tagger marks, or one with an organisation head (dev pool ttc-ekonomi-435)."""
    match = _INITIAL_ORG.match(body, start, end)
    if match is None:
        return None
    a, b = match.span("mention")
    name = match.group("mention")
    full = book.fullest_org(name)
    if full == name and not _ends_in_org_head(name) and book.ner_type(a, b) != "ORG":
        return None
    return Speaker(text=name, start=a, end=b, name=full, title=None, type="ORG", source="speaker.initial_org")


def find_any_person(body: str, start: int, end: int, book: NameBook) -> Optional[Speaker]:
    """The first known person mentioned in ``body[start:end]``, in any case form."""
    # "Doç. Dr. Ahmet Tekin": the name after its abbreviated titles (round 22 dev siyaset-339)
    for match in regex.finditer(rf"(?:(?:{_ABBREVIATED})\.\s*)*(?P<n>{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}}{_SUFFIX}?)",
                                body[start:end]):
        stripped = strip_suffix(match.group("n"))
        # "Yazıcı Yemen'e … şu cevabı verdi": a name run on into the next capitalised word
        # is tried without its last words too (round 15 dev ttc-ekonomi-129)
        ends = [len(stripped)] + [m.start() for m in reversed(list(regex.finditer(r"\s+", stripped)))]
        if len(ends) > 1 and _is_place(stripped.split()[-1]):
            ends = ends[1:]  # (a tagger may take "Yazıcı Yemen" for one name: a place ends no person's name)
        for length in ends:
            speaker = _speaker_from(body, start + match.start("n"), start + match.start("n") + length,
                                    book, "speaker.mention")
            if speaker is not None and speaker.type == "PER":
                return speaker
    return None


@functools.lru_cache(maxsize=None)
def _statement_pattern() -> regex.Pattern:
    stems = sorted((w for w, kind in speaker_heads().items() if kind in ("statement", "document")),
                   key=len, reverse=True)
    return regex.compile(
        r"""(?P<owner>(?:\p{Lu}[\p{L}\p{M}.]*\s+){0,4}\p{Lu}[\p{L}\p{M}.]*?)   # Bursaspor Kulübü
            (?P<gen>['’\x92]?n?[ıiuü]n)\s+                                # 'nün: genitive
            (?:[\p{Ll}\p{M}]+\s+){0,5}?                                   # konu ile ilgili
            (?P<cue>(?:(?:yazılı|sözlü)\s+)?(?:""" + "|".join(map(regex.escape, stems)) + r""")\p{L}*   # açıklaması
            (?:\s+(?:şöyle|şu\s+şekilde|şu))?)\s*\Z""",
        regex.VERBOSE,
    )


def statement_intro(body: str, start: int, colon: int) -> Optional[regex.Match]:
    """``Bursaspor Kulübü'nün konu ile ilgili açıklaması şöyle:`` (match over ``body``)."""
    end = start + len(body[start:colon].rstrip().rstrip(":"))
    return _statement_pattern().search(body, start, end)


def statement_owner(body: str, statement: Optional[regex.Match], book: NameBook,
                    allow_unknown: bool = True) -> Optional[Speaker]:
    """The owner of a statement introduction (a genitive name before the noun) speaks."""
    if statement is None:
        return None
    return _speaker_from(body, statement.start("owner"), statement.end("owner"), book,
                         "speaker.statement", allow_unknown=allow_unknown)


_AGENT = regex.compile(rf"(?P<name>{_CHAIN_WORD}(?:\s+{_CHAIN_WORD}){{0,5}})\s+tarafından(?!\p{{L}})")


def agent_before(body: str, start: int, end: int, book: NameBook) -> Optional[Speaker]:
    """The agent of a passive report: the last ``X tarafından`` before the quote."""
    found = None
    for match in _AGENT.finditer(body, start, end, overlapped=False):
        found = match
    if found is None:
        return None
    return _speaker_from(body, found.start("name"), found.end("name"), book, "speaker.agent",
                         allow_unknown=True)


# A statement introduced with its source, whose passive reports ("... belirtildi",
# "... denildi") that source speaks (ANNOTATION-notes E, S, U):
#   "Karadeniz Fındık ... Birliğinin yazılı açıklamasında, ..."   (genitive owner)
#   "EPDK’dan yapılan yazılı açıklamada, ..."                      (ablative source)
#   "Yargıtay 22. Hukuk Dairesi kararında, ..."                     (compound: the owner unmarked)
#   "AK Parti Grubu tarafından yapılan duyuruda, ..."              (agent)
#   "… Başsavcılığı tarafından hazırlanan iddianamede, ..."         (agent)
#   "Standard and Poor, seçim sonuçlarını değerlendirdiği açıklamada ..."  (subject)
#   "Kulübün internet sitesinden yapılan açıklamada", "komisyon, ... yaptığı açıklamada"
#                                         (a bare organisation head: extract/institutions.py)
_OWNER_WORD = r"(?:\p{Lu}[\p{L}\p{M}&.-]*|\([^()\s]{1,12}\))"
_OWNER = rf"{_OWNER_WORD}(?:\s+(?:(?:ve|and|&)\s+)?{_OWNER_WORD}){{0,7}}?"
_STATEMENT_NOUN = (r"(?:yazılı\s+|basın\s+|resmi\s+|son\s+)?(?:"  # the document nouns of speaker_heads.tsv
                   + heads_alternation("document") + ")")  # ("bilgi not": a space in the file is any white space)
# a bare document at a sentence start or after a passive participle: "Raporda, …", "… ifade
# edilen bildiride, …"
_DOCUMENT_WORD = "(?:" + heads_alternation("document") + ")"
_STATEMENT_SOURCE = regex.compile(
    rf"""(?<![\p{{L}}\p{{M}}])
      (?: (?P<gen>{_OWNER})(?:[ ]?{_GENITIVE_SUFFIX})\s+{_STATEMENT_NOUN}(?:s[ıi]n|[ıiuü]n)d[ae]
        | (?P<gen_rel>{_OWNER})(?:{_GENITIVE_SUFFIX})\s+(?:[^\s.,;:!?"“”]+\s+){{0,3}}?\p{{Ll}}+[dt][ıiuü]ğ[ıiuü]\s+
          {_STATEMENT_NOUN}d[ae]
        | (?P<gen_part>{_OWNER})(?:{_GENITIVE_SUFFIX}),?\s+(?:[^\s.;:!?"“”]+\s+){{0,6}}?\p{{Ll}}+[ae]n\s+
          {_STATEMENT_NOUN}(?:s[ıi]n|[ıiuü]n)d[ae]
        | (?P<abl>{_OWNER})(?:[ ]?['’\x92]n?|(?<=[ıiuü])n)[dt][ae]n(?:\s+d[ae],?)?\s+(?:[^\s.,;:!?"“”]+\s+){{0,4}}?
          (?:(?:yapılan|gelen|gönderilen|yayımlanan)\s+{_STATEMENT_NOUN}(?:d[ae]|y[ae]\s+göre)
            | (?:[^\s.,;:!?"“”]+\s+){{0,3}}?şu\s+{_STATEMENT_NOUN}\s+(?:yapıldı|geldi))  # "X'ten KAP'a … şu açıklama yapıldı:"
        | (?P<gen_site>{_OWNER})(?:[ ]?{_GENITIVE_SUFFIX})\s+(?:resmi\s+)?(?:(?:internet|web)\s+)?(?:sitesi|sayfası|hesabı)n[dt][ae]n\s+
          (?:yapılan|yayımlanan|yayınlanan)\s+{_STATEMENT_NOUN}d[ae]  # "FC Köln'ün resmi internet sitesinden
          # yapılan açıklamada, …" (round 66 dev spor-458)
        | (?P<izafet>{_OWNER})\s+{_STATEMENT_NOUN}(?:s[ıi]n|[ıiuü]n)d[ae]
        | (?P<agent>{_OWNER})(?:\s+\p{{Ll}}+l[ae]r[ıi])?\s+tarafından\s+(?:\p{{Ll}}+\s+){{0,2}}?(?:yapılan|gönderilen|yayımlanan|hazırlanan)\s+{_STATEMENT_NOUN}d[ae]
        | (?P<subj>{_OWNER}),\s+[^.;:!?]{{0,120}}?[dt][ıiuü]ğ[ıiuü]\s+{_STATEMENT_NOUN}d[ae]
        | (?P<head_src>{institutions.word_pattern()}(?:n?[ıiuü]n|[dt][ae]n))\s+(?:[^\s.,;:!?"“”]+\s+){{0,6}}?
          {_STATEMENT_NOUN}(?:(?:s[ıi]n|[ıiuü]n)?d[ae]|(?:y[ae]|s[ıi]n[ae])\s+göre)  # "… açıklamaya göre"
        | (?P<head_subj>{institutions.word_pattern()}),\s+[^.;:!?]{{0,120}}?[dt][ıiuü]ğ[ıiuü]\s+{_STATEMENT_NOUN}d[ae]
        | (?:(?<=\A|[.!?]\s|\n)|(?<=[.!?]\s\s)|(?<=\p{{Ll}}(?:[ıiuü]l|[aeıiuü]n)[ae]n\s))
          (?P<doc>(?i:{_DOCUMENT_WORD}))(?:l[ae]r(?:[ıi]n)?|s[ıi]n|[ıiuü]n)?d[ae]
        | (?<=\A|[.!?]\s|\n)(?P<subj_bare>{_OWNER})\s+(?:\p{{Ll}}[^.;:!?,"“”]{{0,80}}?\s)?\p{{Ll}}+[dt][ıiuü]ğ[ıiuü]\s+
          {_STATEMENT_NOUN}d[ae]
      )(?![\p{{L}}\p{{M}}])""",
    regex.VERBOSE,
)
_INITIAL_ORG = regex.compile(rf"\s*(?P<mention>{_OWNER})(?=\s+\p{{Ll}})")
_CROSSHEAD_LINE = regex.compile(r"\n[^\S\n]*[^\p{Ll}\n]{6,}[^\S\n]*\n")  # a line without lower case
_STRAY_N = regex.compile(r"(?<=[ıiuü])n\Z")
STATEMENT_REACH = 1500  # characters a statement's passive reports may follow its introduction


# The author of a document named just before a bare "Raporda, ...": its genitive owner
# ("Federal Açık Piyasa Komitesi'nin (FOMC) ... sonuç bildirisi yayımlandı"), the subject
# that issues it ("Merkez Bankası yıllık raporunu yayımladı", "TTB yazılı bir açıklama yaptı")
# or its source in the ablative ("TRT'den yapılan yazılı açıklamada, …", round 19 dev
# ttc-kultursanat-467: "… anımsatılan açıklamada, … bildirildi").
_ISSUE_VERB = r"(?:yayımla|yayınla|açıkla|hazırla|yap|gönder|düzenle|paylaş|sun|ver)"
DOCUMENT_REACH = 600


@functools.lru_cache(maxsize=None)
def _author_pattern(noun: str) -> regex.Pattern:
    stem = regex.escape(noun)
    # "açıklama" is also what its verb issues: "Pegasus Hava Taşımacılığı A.Ş., … dolara
    # çevireceğini açıkladı. Açıklamada, …" (dev pool ttc-ekonomi-501): the subject opening
    # that sentence
    verb = (rf"""| (?<=\A|[.!?]\s|\n)(?P<announcer>{_OWNER}),\s+[^.!?\n]{{0,250}}?\s
                   {regex.escape(noun[:-2])}(?:d[ıi]|m[ıi]ş|y[ıi]p|y[ae]r[ae]k)(?![\p{{L}}])"""
            if noun in _VERB_OF_DOCUMENT else "")
    return regex.compile(
        rf"""(?<![\p{{L}}\p{{M}}])
          (?: (?P<owner>{_OWNER})(?:{_GENITIVE_SUFFIX})\s+(?:[^.!?\n]{{0,60}}?\s)?{stem}(?:s[ıi]|[ıiuü])(?:n[ıi]|n[ae]|n[dt][ae])?(?![\p{{L}}])
            | (?P<issuer>{_OWNER})(?!\s+{_OWNER_WORD}),?\s+(?:[^.!?\n]{{0,80}}?\s)?{stem}(?:s[ıi]n[ıi]|[ıiuü]n[ıiuü])?\s+{_ISSUE_VERB}\p{{Ll}}*
            # the subject opening a sentence whose participle made the documents: "ESHOT, … otobüslere astığı
            # duyurularla …" (round 69 dev ekonomi-154)
            | (?<=\A|[.!?]\s|\n)(?P<maker>{_OWNER}),\s+[^.!?\n]{{0,120}}?\s\p{{Ll}}+[dt][ıiuü]ğ[ıiuü]\s+{stem}(?:l[ae]r)?(?:[ıi]|s[ıi])?(?:y?l[ae]|n?[dt][ae]|n[ıi])?(?![\p{{L}}])
            | (?P<source>{_OWNER})(?:[ ]?['’\x92]n?|(?<=[ıiuü])n)[dt][ae]n\s+(?:[^.!?\n]{{0,40}}?\s)?{stem}(?:s[ıi]|[ıiuü])?(?:n[ıi]|n[ae]|n?[dt][ae])?(?![\p{{L}}])
            | (?P<compound>{_OWNER})\s+{stem}(?:s[ıi]|[ıiuü])(?:n[ıi]|n[ae]|n[dt][ae]|yl[ae]|n[ıi]n)?(?![\p{{L}}])
            {verb}
          )""", regex.VERBOSE)


_VERB_OF_DOCUMENT = frozenset({"açıklama"})  # a document noun that is its verb's -mA noun


_WORD_BEFORE = regex.compile(rf"{_OWNER_WORD}\s+\Z")


def _window_start(body: str, start: int) -> int:
    """A look-back window's start moved to the start of the word it cuts and of the capitalised
    name that word ends, up to seven words back: "Bakanlar | Kurulu kararıyla" (dev ekonomi-574)."""
    while start > 0 and not body[start - 1].isspace():
        start -= 1
    for _ in range(7):
        word = _WORD_BEFORE.search(body, max(0, start - 40), start)
        if word is None or word.start() > 0 and body[word.start() - 1] not in " \t\n(":
            break
        start = word.start()
    return start


def document_author_before(body: str, pos: int, noun: str, book: NameBook) -> Optional[Speaker]:
    """Who issued the document ``noun`` that a bare locative at ``pos`` ("Raporda",
    "Açıklamada") refers back to: the last owner or issuer of that noun within
    DOCUMENT_REACH characters before it, no crosshead between (dev ttc-ekonomi-539); or
    the source that this very mention names in the ablative ("TRT'den yapılan yazılan
    açıklamada": a slip the statement patterns miss, round 19 dev ttc-kultursanat-467)."""
    found = None
    pattern = _author_pattern(tr_lower(noun))
    for match in pattern.finditer(body, _window_start(body, max(0, pos - DOCUMENT_REACH)), pos, overlapped=False):
        if match.group("compound") and not _ends_in_org_head(match.group("compound")):
            continue  # "Bakanlar Kurulu kararıyla": only an organisation's name stands unmarked before the noun
        found = match
    own = next((m for m in pattern.finditer(body, max(0, pos - 60), pos + len(noun) + 4)
                if m.group("source") and m.end() > pos), None)
    found = own or found
    if found is None or _CROSSHEAD_LINE.search(body, min(found.end(), pos), pos):
        return None
    group = next(g for g in ("owner", "issuer", "maker", "source", "compound", "announcer")
                 if g in found.re.groupindex and found.group(g))
    start, end = found.span(group)
    return _source_speaker(body, start, end, book, "speaker.document_author")


def passive_source(body: str, start: int, pos: int, book: NameBook) -> Optional[Speaker]:
    """Who speaks words reported in the passive at ``pos``: the agent of the sentence that starts
    at ``start`` ("X tarafından … denildi"), else the source of the statement introduced before."""
    return agent_before(body, start, pos, book) or statement_source_before(body, pos, book)


def crosshead_between(body: str, start: int, end: int) -> bool:
    """A crosshead line (no lower case) between ``start`` and ``end`` starts another section."""
    return start < end and _CROSSHEAD_LINE.search(body, start, end) is not None


def statement_source_before(body: str, pos: int, book: NameBook) -> Optional[Speaker]:
    """The source of the last statement introduced before ``pos`` (within STATEMENT_REACH)."""
    found = None
    for match in _STATEMENT_SOURCE.finditer(body, max(0, pos - STATEMENT_REACH), pos, overlapped=False):
        if match.group("izafet") and not _ends_in_org_head(match.group("izafet")):
            continue  # "S&P açıklamasında": only an organisation name stands unmarked before the noun
        if match.group("doc") and found is not None \
                and tr_lower(match.group("doc")) in tr_lower(found.group()):
            continue  # "X'in açıklamasında, … Açıklamada, …": the statement introduced before
        found = match
    if found is None or _CROSSHEAD_LINE.search(body, found.end(), pos):
        return None  # a crosshead between them starts another section
    group = next(g for g in ("gen", "gen_rel", "gen_part", "gen_site", "abl", "izafet", "agent", "subj", "subj_bare", "head_src",
                             "head_subj", "doc")
                 if found.group(g))
    if group == "doc":  # "Raporda, ...": the author of the report the article has just named
        return document_author_before(body, found.start("doc"), found.group("doc"), book)
    start, end = found.span(group)
    line = body.rfind("\n", start, end)
    if line >= 0 and not any(c.islower() for c in body[start:line]):
        start = line + 1 + len(body[line + 1:end]) - len(body[line + 1:end].lstrip())  # a crosshead before it
    written = body[start:end]
    head = institutions.head_of(written, "gen abl" if group == "head_src" else "nom") \
        if " " not in written else None
    if head is not None:
        # "Şirketten yapılan açıklamada": the article's "... Şirketi"
        name = book.institution(head, start)
        return None if name is None else Speaker(
            text=written, start=start, end=end, name=name, title=None, type="ORG",
            source="speaker.statement_institution")
    if group.startswith("head_"):
        return None
    return _source_speaker(body, start, end, book, "speaker.statement_source")


# "Meclisimizin …", "kulübümüze …", "Şirketimiz tarafından …": an organisation names itself
# in the first person plural in words reported without a source (dev pool ttc-ekonomi-501,
# ttc-spor-331, 334, 362); the speaker is the article's organisation with that head.
@functools.lru_cache(maxsize=None)
def _own_institution() -> regex.Pattern:
    return regex.compile(
        rf"(?<![\p{{L}}\p{{M}}])(?P<stem>{institutions.word_pattern()})[ıiuü]?m[ıiuü]z"
        r"(?:[ıiuü]n|[ıiuü]|[ae]|[dt][ae]n?|l[ae])?(?![\p{L}\p{M}])")


_NOT_SELF = frozenset({"birlik"})  # "milli birliğimiz" is the nation's unity, not a union


def own_institution(body: str, start: int, end: int, book: NameBook) -> Optional[Speaker]:
    """The organisation that words at ``body[start:end]`` speak for in the first person
    plural ("kulübümüze" -> the article's "Fenerbahçe Spor Kulübü"), if the article names
    one with that head."""
    for match in _own_institution().finditer(body, start, end):
        stem = tr_lower(match.group("stem"))
        head = next((h for h in institutions.heads() if stem in (h.bare, h.stem) and h.bare not in _NOT_SELF), None)
        name = book.institution(head, match.start()) if head is not None else None
        if name is not None:
            return Speaker(text=match.group(), start=match.start(), end=match.end(), name=name, title=None,
                           type="ORG", source="speaker.own_institution")
    return None


def _article_institution(word: str, at: int, book: NameBook) -> Optional[str]:
    """The article's organisation that a bare head word stands for ("Bakanlık" -> "Gençlik ve
    Spor Bakanlığı"), else None."""
    head = institutions.head_of(word, "nom") if " " not in word else None
    return book.institution(head, at) if head is not None else None


def _source_speaker(body: str, start: int, end: int, book: NameBook, source: str) -> Optional[Speaker]:
    """The person or organisation written at ``body[start:end]`` as a statement's source."""
    acronym = regex.search(r"\s*\([^()]*\)\Z", body[start:end])
    end = start + acronym.start() if acronym else end  # "Standard and Poors (S&P)"
    name = strip_suffix(body[start:end])
    if _STRAY_N.search(name) and _ends_in_org_head(_STRAY_N.sub("", name)):
        end -= 1  # "Dışişleri Bakanlığın'dan": a buffer n written before the apostrophe
        name = name[:-1]
    full = _article_institution(name, start, book)
    if full is not None:  # "Bakanlık … düzeltme yaptı. İlk açıklamada …": the article's ministry
        return Speaker(text=name, start=start, end=start + len(name), name=full, title=None,
                       type="ORG", source=source)  # (dev spor-587)
    if " " not in name and not name.isupper() and book.ner_type(start, end) is None:
        return None  # "Şirketten yapılan açıklamada": a common noun, not a name
    speaker = _speaker_from(body, start, end, book, source, allow_unknown=True)
    if speaker is not None:
        return speaker
    first = _NON_SPACE.match(body, start)
    if not name or name in _stopwords() or book.ner_type(start, first.end() if first else end) not in (None, "ORG"):
        return None  # (NER's type of the first word: "SOCAR Türkiye'den … gönderilen açıklamada" is a
        # company's Turkish arm, though NER calls its last word a place; dev pool ekonomi-366)
    return Speaker(text=name, start=start, end=start + len(name), name=book.fullest_org(name), title=None,
                   type="ORG", source=source)
