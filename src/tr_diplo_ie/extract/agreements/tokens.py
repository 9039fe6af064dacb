"""Tokens of one sentence (words with an apostrophe suffix, numbers, punctuation) and the
heuristic verb-form tests that end a modifier phrase or a status scan."""

from __future__ import annotations

import attrs
import regex

from ...textnorm import SINGLE_MARK_CLOSES_SOON, SPACED_SUFFIX, tr_lower
from .lexicon import _Lexicon


_QUOTES = "\"“”«»„\x93\x94"
_APOS = "'’\x92"  # (\x92: a mis-decoded Windows-1252 apostrophe, "3 Şubat\x92ta")
# a single mark standing alone as a token (not glued to a suffix: "Rusya'nın", "Yunanistan 'ın") is a
# quote mark too: "yönetimi 'hızlı büyüme' kararı", "‘Dünya Mirası’ ilan edilişi"
_SINGLE_MARKS = "‘\x91" + _APOS
_QUOTE_TOKENS = _QUOTES + _SINGLE_MARKS


# A suffix cut off by scraping with a space before its apostrophe ("Yunanistan 'ın", "2016 'ya"), but
# not a single mark that a word-final one closes later: "yönetimi 'hızlı büyüme' kararı" opens a quote
_SPACED = r"""[ \t]['’\x92](?:""" + SPACED_SUFFIX + r""")(?!""" + SINGLE_MARK_CLOSES_SOON + r""")"""

# Tokens of one sentence: words (with hyphen compounds and an apostrophe suffix),
# numbers, and single punctuation marks.
_TOKEN = regex.compile(
    r"""
      (?P<word>\p{L}[\p{L}\p{M}\d]*(?:[-‑]\p{L}[\p{L}\p{M}\d]*)*)   # Kırgızistan-Kazakistan
      (?:['’\x92](?P<suffix>\p{L}+)                                  # 'ın  'nı
        |(?P<spaced>""" + _SPACED + r"""))?                            # Yunanistan 'ın
    | (?P<num>\d+(?:[.,]\d+)*(?:['’\x92]\p{L}+|""" + _SPACED + r""")?)  # 2024'te, "50 'şer"
    | (?P<punct>\S)                                                  # , " ( ...
    """,
    regex.VERBOSE,
)

# Participles with a possessive, as regex fragments: -DIK ("aldığı", "imzaladığımız", "yaptıkları") and
# the future -(y)AcAK ("alacağı", "yapacaklarını" less its case)
DIK_PARTICIPLE = r"(?:d|t)[ıiuü](?:ğ[ıiuü](?:m[ıiuü]z|n[ıiuü]z)?|kl[ae]r[ıi])"
FUTURE_PARTICIPLE = r"y?[ae]c[ae](?:ğ[ıiuü](?:m[ıiuü]z|n[ıiuü]z)?|kl[ae]r[ıi])"

# Verb forms that end an adverbial clause: the converb -IncA (alınca, gelince), the conditional
# (yapıyorsanız, ederse) and the past conditional (olsaydı).
_ADVERBIAL = r"""[^aeıioöuü\W\d][ıiuü]nc[ae]\Z
    | (?:yor|[ae]r|[ıiuü]r)s[ae](?:n[ıi]z|m|n|k|l[ae]r)?\Z
    | s[ae]yd[ıi](?:m|n|k|n[ıi]z|l[ae]r)?\Z"""

# Verb forms that end a modifier phrase / a status scan.  Heuristic, lower-case.
_VERB_FORM = regex.compile(
    r"""
      (?:[aeıioöuülrnmyzvbcdgğj]d|[çfhkpsşt]t)[ıiuü](?:n[ıiuü]z|l[ae]r)?\Z  # past: imzaladı, yaptılar (not ticareti)
    | [ıiuü]?yor(?:[ıiuü]m|sun|uz|sunuz|l[ae]r|d[ıiuü])?\Z # present: ediyoruz, sürüyor
    | m[ıiuü]ş(?:t[ıiuü]r|t[ıiuü]|l[ae]r)?\Z             # evidential: imzalanmış
    | [ae]r[ae]k\Z                                       # converb -ArAk: hatırlatarak
    | m[ae]kt[ae](?:d[ıiuü]r)?\Z                         # -mAktA: sürmekte
    | [ae]c[ae](?:k|ğ)                                   # future / -AcAK participle
    | (?:d|t)[ıiuü]ğ[ıiuü]                               # -DIğI nominalised: ettiği
    | (?:d|t)[ıiuü]kl[ae]r[ıi]                           # -DIklArI: yaptıkları
    | (?:y[ae]n|[ıiuü]l[ae]n|[ıiuü]n[ae]n|[ae]n[ae]n|[ıiuü]len|olan|gelen|veren|eden)\Z  # participles
    | (?:[aı][^aeıioöuü]*y?ıp|[ei][^aeıioöuü]*y?ip       # converb -(y)Ip in harmony with the
       |[ou][^aeıioöuü]*y?up|[öü][^aeıioöuü]*y?üp)\Z      # stem: imzalayıp, dönüp (not grup, kulüp, rakip)
    | \p{L}(?<!\Aer)(?<!\Ater)ken\Z                         # converb -(y)ken: ekipken, yapılırken, iken (not erken)
    | """ + _ADVERBIAL + r"""
    """,
    regex.VERBOSE,
)
# a capitalised sentence-initial word is tested with the adverbial forms only ("Mahkemeden"
# ends like the participle "eden")
_ADVERBIAL_VERB = regex.compile(_ADVERBIAL, regex.VERBOSE)
_MIS = regex.compile(r"m[ıiuü]ş\Z")
_NOT_VERB_ENDINGS = ("plan", "alan", "ilan", "yılan", "toptan", "baştan", "düşünce")

# -mAyAn, -mAyArAk: "sözleşme imzalamayan"; the negated verbal noun -mAmAsI ("sözleşme yenilememesinin",
# dev pool spor-431)
_NEGATED = regex.compile(r"\A(?:[nl]|[ıiuü][ln])?m[ae](?:d|z|y[ae]c|y[ae]n|y[ae]r[ae]k|m[ıi]ş|y[ıi]p|m[ae](?:s[ıi]|k))")
_MA_FORM = regex.compile(r"\A(?:[nl]|[ıiuü][ln])?m[ae]")  # -mA / -mAk / -mAz / negation
# -mAsI, -mAk, and the dative/accusative -mAyA/-mAyI ("yenilemeye karar verdi"), not the negated
# -mAyAn, -mAyAcAk, -mAyArAk, -mAyIp
_VERBAL_NOUN = regex.compile(r"\A(?:[nl]|[ıiuü][ln])?m[ae](?:s[ıi]|k|y[ae](?![cnr])|y[ıi](?!p))")


@attrs.frozen(slots=True)
class _Tok:
    text: str  # whole token as written
    start: int
    end: int
    word: str  # the word without an apostrophe suffix
    word_end: int
    kind: str  # word | num | punct
    low: str
    apos: bool = False

    @property
    def cap(self) -> bool:
        return self.kind == "word" and self.word[:1].isupper()

    @property
    def apos_suffix(self) -> str:
        """The ending after the apostrophe, in lower case ("Rusya'yla" -> "yla"); "" without one."""
        return regex.split(r"['’\x92]", self.text, maxsplit=1)[1].lower() if self.apos else ""


def _tokenize(text: str, start: int, end: int) -> list[_Tok]:
    toks = []
    for m in _TOKEN.finditer(text, start, end):
        if m.group("word"):
            toks.append(_Tok(
                text=m.group(), start=m.start(), end=m.end(), word=m.group("word"),
                word_end=m.end("word"), kind="word", low=tr_lower(m.group("word")),
                apos=m.group("suffix") is not None or m.group("spaced") is not None,
            ))
        elif m.group("num"):
            toks.append(_Tok(text=m.group(), start=m.start(), end=m.end(), word=m.group(),
                             word_end=m.end(), kind="num", low=m.group()))
        else:
            toks.append(_Tok(text=m.group(), start=m.start(), end=m.end(), word=m.group(),
                             word_end=m.end(), kind="punct", low=m.group()))
    return toks


# A noun in the comitative case ("firmalarla", "sahipleriyle", "Rusya'yla") names the other
# party of a described document, not part of its description.
_COMITATIVE = regex.compile(
    r"(?:(?:l[ae]r|[ıiuü])y?l[ae]|[aeıioöuü]yl[ae]"
    r"|.{3}[bcçdfgğhjkmnprsştvz]l[ae])\Z"  # a consonant stem: "müteahhitle"
)
_WITH_POSTP = frozenset({"ilgili", "ilişkili", "bağlantılı"})  # "kurulmasıyla ilgili karar": not a party
_NOT_COMITATIVE = frozenset({"böyle", "şöyle", "öyle", "ile", "bile", "hele",
                             "cümle", "mahalle", "hamle", "kıble"})


def _comitative(tok: _Tok) -> bool:
    """A noun in the comitative case ("firmalarla", "Rusya'yla")."""
    if tok.apos:
        return tok.apos_suffix in ("la", "le", "yla", "yle")
    return bool(_COMITATIVE.search(tok.low)) and tok.low not in _NOT_COMITATIVE


# endings a name takes only after an apostrophe: a verbal noun, a plural, an accusative ("Çekilme",
# "Beklentiler", "Yürütmeyi", "Hattını", "Kendisini")
_COMMON_ENDING = regex.compile(r"\p{L}{2,}(?:m[ae](?:s[ıi])?|l[ae]r\p{L}*|[nsy][ıiuü])\Z")


def common_ending(tok: _Tok) -> bool:
    """``tok`` (capitalised, without an apostrophe) ends as only a common word can: a word
    capitalised by its place at a sentence's start, not a name."""
    return not tok.apos and bool(_COMMON_ENDING.search(tok.low))


def sentence_initial(toks: list[_Tok], j: int) -> bool:
    """``toks[j]`` opens the sentence or a quotation, where a capital is the position's."""
    return j == 0 or (toks[j - 1].kind == "punct" and toks[j - 1].text in _QUOTE_TOKENS)


def _is_verb_form(tok: _Tok, lex: _Lexicon, attributive_ok: bool = False, initial: bool = False) -> bool:
    """True for a word that looks like a verb form (finite, converb, participle).

    With ``attributive_ok`` a -mIş participle ("genişletilmiş ortaklık") is let
    through: before a noun it is an adjective, not a clause end.  With ``initial`` a
    capitalised word is tested too (a sentence-initial verb: "Olsaydı eğer …").
    """
    if tok.kind != "word" or len(tok.low) < 4 or (tok.cap and not initial):
        return False
    low = tok.low
    if low in lex.notverb or low in lex.postp or low.endswith(_NOT_VERB_ENDINGS):
        return False
    if tok.cap:
        return bool(_ADVERBIAL_VERB.search(low))
    if attributive_ok and _MIS.search(low):
        return False
    return bool(_VERB_FORM.search(low))


def quoted_title_before(toks: list[_Tok], j: int, limit: int = 32) -> int | None:
    """``"… Üretim Tesisi Projesi"ni gerçekleştirme kararı``: when ``toks[j]`` is a closing
    quote mark with a case ending glued to it, the index of the first word inside the marks
    (the quoted title is the complement's noun phrase); else None."""
    tok = toks[j]
    if tok.kind != "punct" or tok.text not in _QUOTE_TOKENS or j + 1 >= len(toks):
        return None
    suffix = toks[j + 1]
    if suffix.kind != "word" or suffix.start != tok.end or suffix.cap:
        return None
    opening = opening_mark(toks, j, limit)
    return opening + 1 if opening is not None and opening + 1 < j else None


def opening_mark(toks: list[_Tok], j: int, limit: int) -> int | None:
    """Index of the nearest quote mark before ``toks[j]`` (a closing one), at most ``limit``
    tokens back; None when there is none."""
    return next((k for k in range(j - 1, max(j - limit, -1), -1)
                 if toks[k].kind == "punct" and toks[k].text in _QUOTE_TOKENS), None)


def quoted_name_before(toks: list[_Tok], j: int, limit: int = 8) -> int | None:
    """``bir "Kürt Federasyonu" kurulmasını``: when ``toks[j]`` closes a quoted name (its first
    word capitalised), the index of its opening mark; else None ('"görüşlere açılan …"' is
    no name)."""
    opening = opening_mark(toks, j, limit)
    return opening if opening is not None and opening + 1 < j and toks[opening + 1].cap else None


def cites_number(tok: _Tok) -> bool:
    """``tok`` follows a document's number: "sayılı", "numaralı", "nolu", "No'lu" ("08.02.2007-515 No'lu
    kararıyla", the UD treebank pool's BOUN ess_1627)."""
    return tok.kind == "word" and (tok.low in ("sayılı", "numaralı", "nolu")
                                   or tok.low == "no" and tok.apos_suffix in ("lu", "lı"))
