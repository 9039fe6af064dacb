"""Pairing quote marks into quoted spans, tolerant of unbalanced marks.

Handles every mark style (" “ ” „ « » ' ‘ ’), multi-paragraph quotes (a new
paragraph re-opens the quote without closing the previous one) and stray marks
(an unclosed mark is closed at the end of its paragraph or dropped, with a
warning — it never makes the whole document fail; one whose close was lost
before an unquoted "dedi,"/"derken," ends there when the next quote opens).
"""

from __future__ import annotations

import bisect
import functools
from typing import Optional

import attrs
import regex

from ..textnorm import LINE_BREAK, SINGLE_MARK_CLOSES_SOON, SPACED_SUFFIX

# Opening mark -> the marks that may close it.  Real news mixes styles
# ('“Biz ... çalıştık."'), so any double mark closes a double one.
OPENERS = {"“": '”"', "«": "»", "„": '“”"', "‘": "’'", '"': '"”', "'": "'’", "”": '”"'}
# Mis-decoded Windows-1252 marks seen in scraped news (C1 controls in place of
# “ ” ‘ ’) are read as the marks they stand for.
CP1252 = {"\x93": "“", "\x94": "”", "\x91": "‘", "\x92": "’"}
_LETTER = regex.compile(r"[\p{L}\p{M}\d]")
_SPACED_SUFFIX = regex.compile(SPACED_SUFFIX)
_DIGIT_SUFFIX = regex.compile(r"\p{Ll}{1,5}(?![\p{L}\p{M}])")
# An opening double mark, then words each capitalised or a number, up to the mark after a number
_TITLE_BEFORE = regex.compile(r"[“\"\x93„«](?:[\p{Lu}\d][\p{L}\p{M}\d.]*[ \t]+)*\d*\Z")
# A particle or conjunction takes no case ending: a mark after it opens a quote ("Onlar da 'biz bir
# çaba sarf edelim, … durabiliriz' dedi", round 50 dev siyaset-542), whatever its length.
_PARTICLE_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?:d[ae]|t[ae]|ki|ve|ile|ise|ya|bile|m[ıiuü]|ama|fakat)[ \t]\Z")
_CLOSES_SOON = regex.compile(SINGLE_MARK_CLOSES_SOON)
# A quote may run over at most this many paragraph breaks (and characters) without re-opening marks.
MAX_PARAGRAPHS = 10
MAX_RUN_CHARS = 4000
_MARK = regex.compile(r"[\"'“”„«»‘’\x91-\x94]")
_DOUBLE = "\"“”„«»"
# the words of saying that follow a closing mark ('" dedi', '" diye konuştu', '" şeklinde')
SAYING_AFTER = regex.compile(
    r"\x00?[ \t]*(?:dedi|demiş|diye|diyerek|diyen|derken|diyor|şeklinde|biçiminde|sözlerini|ifadelerini"
    r"|açıklamasını|ifadesini|sözünü|değerlendirmesinde|açıklamasında)(?![\p{L}])")  # ('…vereceğim"ifadesini
    # kullandı', round 69 dev siyaset-134)


@attrs.frozen(slots=True)
class Quoted:
    """A quoted span: ``open``/``close`` are the mark offsets (close may be None)."""

    open: int
    close: Optional[int]  # offset of the closing mark, None when recovered
    end: int  # end of the quoted content (exclusive)
    multi_paragraph: bool = False
    recovered: bool = False
    parent: Optional[int] = None  # open mark of the quote this one is nested in


def _is_letter(ch: str) -> bool:
    return bool(ch) and bool(_LETTER.match(ch))


def _role(text: str, i: int) -> Optional[str]:
    """'open', 'close', 'both' or None (an apostrophe, not a quote mark)."""
    ch = CP1252.get(text[i], text[i])
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if nxt == "\x00":  # the masked half of a doubled '' mark: the character after it counts
        nxt = text[i + 2] if i + 2 < len(text) else ""
    # U+0085 is cp1252's "…" read as Latin-1, not a line break: "mertlik\x85\x94" closes (round 42 dev kultursanat-317)
    prev, nxt = ("…" if prev == "\x85" else prev), ("…" if nxt == "\x85" else nxt)
    if ch in "«„":
        return "open"
    if ch == "»":
        return "close"
    if ch in "'’‘" and _is_letter(prev) and _is_letter(nxt):
        return None  # apostrophe: Tokayev'i
    if ch in "'’‘" and prev.isspace() and _SPACED_SUFFIX.match(text, i + 1) \
            and not _CLOSES_SOON.match(text, i + 1) and not _PARTICLE_BEFORE.search(text, max(0, i - 8), i):
        # a suffix cut off its word by scraping: "Washington 'a", "Ege 'de"; not a short first word
        # of a quote that a mark closes soon after ("Bana da 'siz kim oluyorsunuz' diye", "'ben de
        # aynı fikirdeyim' dedi": round 50 dev spor-538, dev spor-377), as agreements/tokens.py reads it;
        # also after ‘, which some sites type for the apostrophe ("S&P ‘nin 'aman ha …' demesi", dev pool
        # ttc-siyaset-209)
        return None
    if ch == "“":
        return "open" if not _is_letter(prev) else "close"
    if ch in "”\"" and prev.isdigit() and _DIGIT_SUFFIX.match(text, i + 1) and not SAYING_AFTER.match(text, i + 1) \
            and not _TITLE_BEFORE.search(text, max(0, i - 60), i):
        # a double mark typed for the apostrophe of a number's ending: "yüzde 80”inde" (round 83 dev
        # saglik-98); not a title's close with its ending, "“Çakallarla Dans 2”de" (dev pool kultursanat-524)
        return None
    if ch == "”":
        if prev in ",:" and _is_letter(nxt) and i > 1 and _is_letter(text[i - 2]):
            return "open"  # glued to the comma after the speaker: 'Rojin,”Sanat …' (round 78 dev kultursanat-62)
        return "close" if (prev and not prev.isspace()) else "open"
    opens = (not prev or prev.isspace() or prev in "([—–-:") and nxt and (
        not nxt.isspace() or not prev or prev == "\n")  # '" Bütçedeki' at a paragraph start
    closes = prev and not prev.isspace() and (not nxt or not _is_letter(nxt) or ch == '"')
    if ch in "'‘’" and closes and _is_letter(nxt):
        closes = False
    if ch in '"”' and prev in ",:" and nxt and i > 1 and _is_letter(text[i - 2]):
        # glued to the comma after the speaker: 'Semerci,"Son ...', 'Rojin,”Sanat ...', 'Berkarda," 4'
        return "open" if _is_letter(nxt) else "both" if nxt.isspace() else None
    if ch == '"' and prev in " \t" and nxt.isspace():
        return "both"  # spaced on both sides: 'Aksoy, " Hamilelik ...' opens, '... tüketmeli " dedi' closes
    if ch in "'’" and prev in " \t" and nxt in " \t" and i > 1 and _is_letter(text[i - 2]) and _cue_follows(text, i + 1):
        return "close"  # a single mark typed after a space, a verb of saying next: "'Her an her şey olabilir ' dedi" (round 52 dev saglik-38)
    if opens and closes:
        return "both"
    if opens:
        return "open"
    if closes:
        return "close"
    return None


def _paragraph_end(text: str, pos: int) -> int:
    found = text.find("\n", pos)
    return len(text) if found < 0 else found


# Two apostrophes typed for a double quote mark (''Cumhuriyet ile ... yaptı'' dedi) are
# read as one mark; the second character is masked so that offsets stay the same.
# Two grave accents are the opening mark of text that went through Penn Treebank tokenisation
# (``Başlangıçta kaotikti'' dedi; UD treebank speech sentences, session 43: Penn).
DOUBLED_MARKS = ("''", "’’", "‘‘", "‘’",  # (‘’ opens: dev pool ttc-saglik-160)
                 "\x92\x92", "\x91\x91", "\x91\x92",  # the same in CP1252 bytes (dev pool ttc-saglik-582)
                 "``")
_DOUBLED = regex.compile("|".join(DOUBLED_MARKS))


# A line break inside a sentence, as scraping leaves them (a hard-wrapped line, a linked word
# on a line of its own: "... Türkiye'ye oranla\n\nbatı\n\nülkelerinde ..."): the line before
# has lower case and no final punctuation, or the next line goes on in lower case.  Marks are
# paired as if such breaks were spaces (offsets stay the same).
MAX_TITLE = 120
_LINE_FINAL = set(".!?:;…)]}»\"”'’\x94\x92")


def _soften(text: str) -> str:
    chars = None
    first_line_end = text.find("\n")
    title_end = first_line_end if 0 <= first_line_end <= MAX_TITLE else -1
    for m in LINE_BREAK.finditer(text):
        if m.start() == 0 or m.end() >= len(text) or m.start() <= title_end:
            continue  # a short first line is the title: it stays apart
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()].rstrip()
        nxt = text[m.end()]
        last = line[-1:]
        ends_open = last in "\"“\x93" and line[-2:-1] in (" ", ":", "")  # 'söyledi: "' + line break
        soft = nxt.islower() or (nxt in "'’" and text[m.end() + 1:m.end() + 2].islower()) or (
            any(c.islower() for c in line) and (last not in _LINE_FINAL or ends_open))
        if soft:
            if chars is None:
                chars = list(text)
            for k in range(m.start(), m.end()):
                if chars[k] == "\n":
                    chars[k] = " "
    return text if chars is None else "".join(chars)


def find_quoted(text: str) -> tuple[list[Quoted], list[str]]:
    """All quoted spans of ``text`` and warnings about marks that had to be repaired."""
    original, text = text, _soften(text)
    doubled = {m.start() for m in _DOUBLED.finditer(text)}
    if doubled:
        chars = list(text)
        for i in doubled:
            chars[i], chars[i + 1] = '"', "\x00"
        spans, warnings = _find_quoted("".join(chars), original)
        return [_widen(q, doubled) for q in spans], warnings
    return _find_quoted(text, original)


def _widen(q: Quoted, doubled: set) -> Quoted:
    """A span whose marks were doubled apostrophes: its marks cover both characters."""
    if q.open in doubled:
        q = attrs.evolve(q, open=q.open + 1)
    if q.close is not None and q.close in doubled:
        q = attrs.evolve(q, close=q.close + 1)
    return q


def _find_quoted(text: str, original: str) -> tuple[list[Quoted], list[str]]:
    """Pair the marks of ``text`` (line breaks inside sentences softened to spaces);
    ``original`` keeps them, for a quote left open across one."""
    spans: list[Quoted] = []
    warnings: list[str] = []
    pending: Optional[int] = None  # offset of the open mark
    pending_style = ""
    multi = False
    inner: Optional[int] = None  # offset of an open nested mark inside the pending quote
    marks = [m.start() for m in _MARK.finditer(text)]
    for i in marks:
        role = _role(text, i)
        if role is None:
            continue
        ch = CP1252.get(text[i], text[i])
        if pending is not None and inner is not None:
            if "\n" in text[inner:i]:
                inner = None  # a nested mark never closed in its paragraph: forget it
            elif role in ("close", "both") and ch in OPENERS.get(text_style(text, inner), text_style(text, inner)):
                # (a style without its own row, ’…’, closes itself)
                inner = None  # closes the nested quote, not ours
                continue
        if pending is not None:
            closes = role in ("close", "both") and ch in OPENERS.get(pending_style, pending_style)
            if "\n" in text[pending:i]:
                if role in ("open", "both") and ch == pending_style and _starts_paragraph(text, i):
                    multi = True  # a new paragraph re-opens the quote: it goes on
                    continue
                if closes and (multi or _plausible_run(text, pending, i)
                               or _introduced_run(text, pending, i, pending_style)):
                    spans.append(Quoted(pending, i, i, multi_paragraph=True))
                    pending, multi = None, False
                    continue
                if role == "open" and ch != pending_style and (
                        _introduced_run(text, pending, i, pending_style)
                        or _run_closes_after(text, pending, i, pending_style)):
                    inner = i  # a quote inside a long one, paragraphs after it opened
                    continue
                if role == "open" and ch == pending_style and ch in "'‘’" and nested_single(text, pending, i):
                    inner = i  # a single-marked quote inside a long single-marked one, paragraphs after it opened
                    continue
                # never closed in its own paragraph: repair it, then read this mark afresh
                _recover(text, pending, pending_style, spans, warnings)
                pending, multi, inner = None, False, None
            elif closes or ((pending_style in _DOUBLE or role != "open") and ch in _DOUBLE
                            and SAYING_AFTER.match(text, i + 1)):
                # (also a mark of the wrong shape or spacing before a verb of saying:
                # '… istemiyorum ” şeklinde konuştu', '… istiyoruz "dedi', '… kavuşuluyor“ diye',
                # "Yazıcı, 'O dönem … paylaşacağım.\" ifadelerini kullandı" (dev ttc-ekonomi-129))
                spans.append(Quoted(pending, i, i, multi_paragraph=multi))
                pending, multi = None, False
                continue
            elif ch == '"' == pending_style and role == "open" and "\n" in original[pending:i]:
                # a new quote opens after a softened line break: the pending one was left
                # open on its own line (dev pool ttc-siyaset-342)
                spans.append(Quoted(pending, None, _paragraph_end(original, pending), recovered=True))
                warnings.append(f"unclosed quote mark at offset {pending}, closed at paragraph end")
                pending, multi = i, False
                continue
            elif pending_style in _DOUBLE and ch in "'’" and role == "close" and inner is None \
                    and text[i - 1:i] in ".!?…" and text[i + 1:i + 2] in ("\n", ""):
                # a single mark closing a double one at its paragraph end after a full stop
                # ('şu cevabı verdi: "… erişmemiş.'' + a new paragraph; round 15 dev ttc-ekonomi-129)
                spans.append(Quoted(pending, i, i, multi_paragraph=multi))
                warnings.append(f"quote mark at offset {pending} closed by a single mark at offset {i}")
                pending, multi = None, False
                continue
            elif ch == pending_style in _DOUBLE and role == "open" and inner is None \
                    and _SENTENCE_END_BEFORE.search(text, max(0, i - 2), i) and text[i + 1:i + 2] in (" ", "\t", "\n", ""):
                # an opening-shaped mark after a full stop, a space after it, closes the open quote
                # ('… gelmekte. “ Büyüğünde …' for '… gelmekte.” …'; round 31 dev ttc-ekonomi-261)
                spans.append(Quoted(pending, i, i, multi_paragraph=multi))
                warnings.append(f"quote mark at offset {pending} closed by an opening-shaped mark at offset {i}")
                pending, multi = None, False
                continue
            elif pending_style in "'‘" and ch in '"”' and role in ("close", "both") and inner is None \
                    and _introduced(text, pending) and _starts_paragraph(text, pending) \
                    and _plausible_end(text, i, introduced=True):
                # a paragraph opened by a single mark after a colon, closed by a double one at its end
                # ("… şu açıklama geldi:\n\n'Her milletvekili … reddetmiştir.\"", round 63 dev siyaset-443)
                spans.append(Quoted(pending, i, i, multi_paragraph=multi))
                warnings.append(f"single quote mark at offset {pending} closed by a double mark at offset {i}")
                pending, multi = None, False
                continue
            elif pending_style in "'‘’" and ch not in "'‘’":
                # a double mark inside a "single quote": that single mark was an apostrophe
                warnings.append(f"single quote mark at offset {pending} read as an apostrophe")
                pending, multi = None, False
            else:
                if role == "open" and (ch != pending_style or _nests_same_style(text, pending, i)):
                    # a nested quote: '" ... “tarafsız” ... "', '“6 ay önce ... “Yasal” sınırları ... var”'
                    inner = i
                elif role == "open" and ch == pending_style and inner is None:
                    lost = _LOST_CLOSE_CUE.search(text, max(pending, i - _LOST_CLOSE_REACH), i)  # (the last
                    # one: a reverse pattern)
                    style = pending_style + OPENERS.get(pending_style, pending_style)
                    if lost is not None and not any(text_style(text, m.start()) in style
                                                    for m in _MARK.finditer(text, pending + 1, lost.start())):
                        # the open quote lost its close before its cue, and a new quote opens: 'Arslan,
                        # “… gerçekleştirdik derken, Başkan Gümüş, “…” dedi' (round 83 dev kultursanat-39)
                        spans.append(Quoted(pending, None, lost.start(), recovered=True))
                        warnings.append(f"unclosed quote mark at offset {pending}, closed before its cue")
                        pending, multi = i, False
                continue  # a nested quote or an apostrophe inside the open quote
        if role in ("open", "both"):
            pending, pending_style = i, ch
        else:
            warnings.append(f"stray closing quote mark at offset {i} ignored")
    if pending is not None:
        _recover(text, pending, pending_style, spans, warnings)
    return spans, warnings


_SENTENCE_END_BEFORE = regex.compile(r"[.!?…][ \t]?\Z")
# (looked for at most this far before the new quote's mark: the speaker named between them)
_LOST_CLOSE_REACH = 300
# A verb of saying that ends a clause, unquoted: the quote before it lost its closing mark (no
# other mark of its style between them; '‘Koban&ecirc; düştü, düşecek dedi. O zaman biz de, ‘…', dev pool siyaset-421)
_LOST_CLOSE_CUE = regex.compile(r"(?r)(?<=[\p{L}\p{M}.!?…])(?=[ \t]+(?:dedi|demişti|derken|diyerek)[ \t]*[,.][ \t])")


def text_style(text: str, i: int) -> str:
    return CP1252.get(text[i], text[i])


def _recover(text: str, pending: int, style: str, spans: list, warnings: list) -> None:
    """Close an unclosed double mark at its paragraph end (an introduced one at the end of
    the speech that follows it); drop an unclosed single one."""
    if style in "'‘’":
        warnings.append(f"unclosed single quote mark at offset {pending} ignored")
        return
    end = _paragraph_end(text, pending)
    if _introduced(text, pending):
        end = _speech_end(text, pending, end)
    spans.append(Quoted(pending, None, end, multi_paragraph="\n" in text[pending:end], recovered=True))
    warnings.append(f"unclosed quote mark at offset {pending}, closed at paragraph end")


# A paragraph that is no longer the speaker's: a crosshead (no lower case, or short without
# final punctuation), another quote, a report about someone (a reporting verb in the third
# person, or "… belirten X"), or the site's links ("İlgili Haber").
_NARRATION = regex.compile(
    r"(?<![\p{L}])(?:dedi|söyledi|belirtti|kaydetti|vurguladı|bildirdi|açıkladı|ekledi|anlattı"
    r"|ifade\s+etti|konuştu|dile\s+getirdi|dikkat\s+çekti|hatırlattı)(?![\p{L}])"
    r"|(?:[ae]n|[ae]y[ae]n)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*\s*,"
    r"|\A\s*(?:İlgili\s+Haber|Etiketler|Kaynak\s*:)")
MAX_SPEECH_PARAGRAPHS = 8


def _headline(line: str) -> bool:
    """A short line with most words capitalised: 'Google Maps 2 Yeni Özelliğe Sahip Olacak!'."""
    words = line.split()
    return len(line) <= 80 and len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def _speech_end(text: str, opened: int, end: int) -> int:
    """The end of an introduced quote never closed ('… şunları kaydetti:\n\n"…' to the
    end): the paragraphs after the first go on while they read as the same speech (dev pool
    ttc-siyaset-23, -436, ttc-ekonomi-567, ttc-saglik-159), at most
    ``MAX_SPEECH_PARAGRAPHS`` and ``MAX_RUN_CHARS``."""
    if _NARRATION.search(text, opened, end):
        return end  # '“… istemiyorum ” şeklinde konuştu.': the speech ended in its paragraph
    for _ in range(MAX_SPEECH_PARAGRAPHS):
        nxt = end
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        if nxt >= len(text) or "\n" not in text[end:nxt]:
            break
        stop = _paragraph_end(text, nxt)
        line = text[nxt:stop].strip()
        if not any(c.islower() for c in line) or (len(line) <= 60 and line[-1:] not in ".!?…") \
                or _headline(line) or _MARK.search(line) or _NARRATION.search(line) or stop - opened > MAX_RUN_CHARS:
            break
        end = stop
    return end


def _plausible_run(text: str, opened: int, closing: int) -> bool:
    """A quote that runs over paragraphs without re-opening marks, closed at a paragraph end."""
    return _plausible_end(text, closing) and text.count("\n\n", opened, closing) <= MAX_PARAGRAPHS \
        and closing - opened <= MAX_RUN_CHARS


def _plausible_end(text: str, closing: int, introduced: bool = False) -> bool:
    """The mark at ``closing`` ends a paragraph or is followed by a lower-case cue; closing an
    introduced quote, it may also end a sentence before the next one ('… durumda." Bir
    bankanın …') or come before a source credit ('…” (Hürriyet)')."""
    after = text[closing + 1:closing + 40].lstrip("\x00")  # \x00: the masked half of a doubled mark
    if introduced and (_CREDIT_AFTER.match(text, closing + 1) or (
            text[closing - 1:closing] in ".!?…" and regex.match(r"[ \t]+\p{Lu}", after))):
        return True
    return not after.strip(" \t.") or after.lstrip(" \t.").startswith("\n") \
        or bool(regex.match(r"[\s,]*\p{Ll}", after))  # '..." dedi' / '..." diye ekledi'


# A source credit in brackets that ends the paragraph: '… oluşturmak.” (Hürriyet)',
# '…" (Yaşar KAPLAN/YÜKSEKOVA/DHA)'
_CREDIT_AFTER = regex.compile(r"[ \t]*\([^()\n]{2,60}\)[ \t.]*(?:\n|\Z)")


# A long quote announced by a colon ('... şöyle aktardı:\n\n" ... "'), which may hold
# crossheads and quotes of its own, runs over at most this many paragraphs and characters.
MAX_INTRODUCED_PARAGRAPHS = 30
MAX_INTRODUCED_CHARS = 8000


def _introduced(text: str, opened: int) -> bool:
    """The mark at ``opened`` follows a colon (or the semicolon of 'şunları belirtti;')."""
    return bool(regex.search(r"[:;]\s*\Z", text[max(0, opened - 40):opened]))


def _introduced_run(text: str, opened: int, at: int, style: str) -> bool:
    """A double mark opened right after a colon (or the semicolon of 'şunları belirtti;')
    whose next closing mark of its style from ``at`` on closes the quote at a paragraph end,
    a sentence end or before a source credit (dev ttc-siyaset-66: a columnist's text quoted
    whole, crossheads and “…” quotes inside, closed once at the end; dev pool ttc-siyaset-81,
    -387, ttc-ekonomi-315, -376, -406, ttc-saglik-174)."""
    if style not in '"“' or not _introduced(text, opened):
        return False
    closer = '"' if style == '"' else "”"
    k = at if text_style(text, at) == closer else text.find(closer, at + 1)
    if k < 0 and style == "“":  # no ” left: a straight mark closes it ('“1963 yılında doğdum. …\n\n…
        # çalışmaktayım."', round 61 dev kultursanat-31)
        k = at if text_style(text, at) == '"' else text.find('"', at + 1)
    if k < 0 or _role(text, k) not in ("close", "both"):
        return False
    return _plausible_end(text, k, introduced=True) and text.count("\n\n", opened, k) <= MAX_INTRODUCED_PARAGRAPHS \
        and k - opened <= MAX_INTRODUCED_CHARS


def _nests_same_style(text: str, opened: int, i: int) -> bool:
    """A second “ (or «) inside an open one nests when the paragraph's marks balance that
    way; an unclosed first mark (titles in a list, a quote whose ” was lost) does not. A single
    mark nests as :func:`nested_single` says."""
    ch = text_style(text, i)
    if ch in "'‘’":
        return nested_single(text, opened, i)
    if ch not in "“«":
        return False
    closer = "”" if ch == "“" else "»"
    end = _paragraph_end(text, i)
    return _count_style(text, ch, opened, end) == _count_style(text, closer, opened, end)


_CP1252_OF = {mark: raw for raw, mark in CP1252.items()}


@functools.lru_cache(maxsize=64)
def _count_style(text: str, mark: str, start: int, end: int) -> int:
    """How many marks read as ``mark`` (its CP1252 byte included) ``text[start:end]`` holds (cached:
    an unclosed mark is tested against every later opening mark of its paragraph)."""
    raw = _CP1252_OF.get(mark)
    return text.count(mark, start, end) + (text.count(raw, start, end) if raw else 0)


@functools.lru_cache(maxsize=8)
def _closing_marks(text: str, closers: str) -> list[int]:
    """The offsets of the marks of ``text`` in ``closers`` that may close a quote, in order (found once
    per text: :func:`nested_single` asks for the next one after every opening mark)."""
    return [m.start() for m in _MARK.finditer(text)
            if text_style(text, m.start()) in closers and _role(text, m.start()) in ("close", "both")]


def nested_single(text: str, opened: int, i: int) -> bool:
    """A single mark opening at ``i`` inside the single-marked quote opened at ``opened`` is a
    quote of its own within it, not the outer one's close, when the next closing mark of its
    paragraph is followed by a verb of saying (or of naming: "dediğimiz") and, after it, a
    closing mark that no later opening mark pairs with ends the outer quote: after a full stop,
    before a verb of saying or at a paragraph's end ('GOLF … 'Siz kim oluyorsunuz' diye bağırıp … rezil olduk.'', round 50 dev
    spor-538; not when every later mark pairs off, the outer one having lost its close: round 50
    dev saglik-391)."""
    closers = OPENERS.get(text_style(text, i), text_style(text, i))
    end = _paragraph_end(text, i)
    closing = _closing_marks(text, closers)
    at = bisect.bisect_right(closing, i)
    inner_close = closing[at] if at < len(closing) and closing[at] < end else None
    if inner_close is None or not (_cue_follows(text, inner_close + 1) or _quoted_sentence(text, i, inner_close)):
        return False
    outer = OPENERS.get(text_style(text, opened), text_style(text, opened))
    depth = 0
    for m in _MARK.finditer(text, inner_close + 1, min(len(text), opened + MAX_RUN_CHARS)):
        k = m.start()
        if text_style(text, k) not in outer:
            continue
        role = _role(text, k)
        if role == "open":
            depth += 1
        elif role in ("close", "both"):
            if depth:
                depth -= 1
                continue
            return text[k - 1:k] in ".!?…" or _cue_follows(text, k + 1) \
                or not text[k + 1:_paragraph_end(text, k)].strip()
    return False


def _quoted_sentence(text: str, i: int, close: int) -> bool:
    """Marks at ``i`` and ``close`` hold whole sentences set between the speaker's own: the
    opening one after a full stop, the closing one after a full stop and before a new
    capitalised sentence ("… Biz memnun olduk bundan. 'Onu … birlikte çalışalım.' Başbakanımız
    '…' teklifinde bulundu. …'", round 50 dev siyaset-542)."""
    return _SENTENCE_END_BEFORE.search(text, max(0, i - 3), i) is not None \
        and text[close - 1:close] in ".!?…" and _CAPITAL_AFTER.match(text, close + 1) is not None


_CAPITAL_AFTER = regex.compile(r"[ \t]+\p{Lu}")


# A term named inside a quote: "'allodini' dediğimiz …" (round 50 dev saglik-503), "'X' denilen …"
# ... and a conditional "de-" ("… ana muhalefet partisi 'bu konuda benim katkım olur' diyorsa", round 50
# dev siyaset-542), which the cue lexicon leaves out: a condition reports nobody's words as said.
_NAMING = regex.compile(r"(?:dediğimiz|dediğiniz|dedikleri|denilen|denen|diyorsa|derse)(?![\p{L}])")


def _cue_follows(text: str, pos: int) -> bool:
    """A verb of saying (or the quotative "diye", or a naming "dediğimiz") right after ``pos``, commas
    and spaces skipped."""
    from .cues import cue_at  # (cues reads no mark logic; imported here to keep this module light)

    while pos < len(text) and text[pos] in " \t,":
        pos += 1
    if text.startswith("diye", pos) or _NAMING.match(text, pos):
        return True
    cue = cue_at(text, pos, min(len(text), pos + 60))
    return cue is not None and cue.speech in ("direct", "both")


def _run_closes_after(text: str, opened: int, nested: int, style: str) -> bool:
    """A quote of another style opened at ``nested``, paragraphs after ``opened``, closes in
    its paragraph, and the next mark after it closes ``opened`` as a plausible run (dev pool
    ttc-ekonomi-137: '"Bu durumda ...\n\nİşletmeler ... “hapis cezasına” ... düzenlemeliler" dedi')."""
    end = _paragraph_end(text, nested)
    closers = OPENERS.get(text_style(text, nested), text_style(text, nested))
    inner_close = next((k for k in range(nested + 1, end) if text_style(text, k) in closers), None)
    if inner_close is None:
        return False
    k = next((m.start() for m in _MARK.finditer(text, inner_close + 1, opened + MAX_RUN_CHARS + 1)
              if _role(text, m.start()) is not None), None)
    return k is not None and text_style(text, k) in OPENERS.get(style, style) \
        and _role(text, k) in ("close", "both") and _plausible_run(text, opened, k)



def _starts_paragraph(text: str, i: int) -> bool:
    line_start = text.rfind("\n", 0, i) + 1
    return not text[line_start:i].strip()
