"""Counts per dev-pool article for the selection rounds 18 and 19 (session 13): passive reports
the library leaves without a speaker, quotes under a passive cue in which an organisation names
itself in the first person plural, and bare agreement heads the library reports."""
from read_lists import READ
from candidates import TEST_CATEGORIES, Pool
from make_article import normalise
from tr_diplo_ie.extract import cues
from tr_diplo_ie.extract.speakers import _own_institution
from tr_diplo_ie.pipeline import Pipeline
from tr_diplo_ie.records import Article



def passive(quote) -> bool:
    found = cues.cue_at(quote.cue, 0) if quote.cue else None
    return found is not None and (found.form == cues.PASSIVE or found.lemma == "denil")


def counted_pool(extra=None) -> Pool:
    """The dev pool (unread, 400-4500 characters) with ``passive_none``, ``own`` and ``bare``
    set on every row from the rules analyzer's output; ``extra(row, extraction)`` may return
    more counts for the row."""
    pool = Pool()
    pool.rows = [r for r in pool.rows if r["id"] not in READ and r["split"] == "dev" and 400 <= r["n"] <= 4500]
    pipe = Pipeline(analyzer="rules")
    texts = [normalise(r["t"]) for r in pool.rows]
    for r, x in zip(pool.rows, pipe.pipe([Article(id=r["id"], body=t) for r, t in zip(pool.rows, texts)])):
        r["passive_none"] = sum(1 for q in x.quotes if q.speaker is None and passive(q))
        r["own"] = sum(1 for q in x.quotes if passive(q) and _own_institution().search(q.text))
        r["bare"] = sum(1 for a in x.agreements if a.source == "agreements.bare")
        if extra is not None:
            r.update(extra(r, x))
    return pool


NEWS = TEST_CATEGORIES  # the test split's categories


def news_by_quote_marks(k: int):
    """The pick of rounds 23-25: the ``k`` unread siyaset/ekonomi articles richest in quote
    marks (ties broken by length)."""
    return ("q", lambda r: (r["q"] if r["cat"] in NEWS else 0, r["n"]), k)


def c1_quote_marks(text: str) -> int:
    """Quote marks written as C1 characters (U+0093/U+0094, mis-decoded Windows-1252), which the
    pool's ``q`` count leaves out."""
    return text.count("\x93") + text.count("\x94")


def counted_pool_with_marks() -> Pool:
    """:func:`counted_pool` with ``q1`` (C1 quote marks) and ``qq`` (plain and C1 together) set on
    every row (rounds 31-35)."""
    pool = counted_pool()
    for r in pool.rows:
        r["q1"] = c1_quote_marks(r["t"])
        r["qq"] = r["q"] + r["q1"]
    return pool


def news_by_c1_quote_marks(k: int):
    """The pick of rounds 31-32: the ``k`` unread siyaset/ekonomi articles richest in C1 quote
    marks (ties broken by length)."""
    return ("q1", lambda r: (c1_quote_marks(r["t"]) if r["cat"] in NEWS else 0, r["n"]), k)


def news_by_all_quote_marks(k: int):
    """The pick of rounds 33-35: the ``k`` unread siyaset/ekonomi articles richest in plain and C1
    quote marks together (ties broken by length); rows from :func:`counted_pool_with_marks`."""
    return ("qq", lambda r: (r["qq"] if r["cat"] in NEWS else 0, r["n"]), k)


def long_news_pool() -> Pool:
    """Round 40: the unread siyaset/ekonomi dev-pool articles longer than the 4,500 characters
    that :func:`counted_pool` keeps, with ``qq`` (plain and C1 quote marks) on every row."""
    pool = Pool()
    pool.rows = [r for r in pool.rows if r["id"] not in READ and r["split"] == "dev" and r["n"] > 4500
                 and r["cat"] in NEWS]
    for r in pool.rows:
        r["qq"] = r["q"] + c1_quote_marks(r["t"])
    return pool
