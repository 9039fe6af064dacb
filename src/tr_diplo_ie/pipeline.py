"""Pipeline: load the NLP models once, then extract records from one article or many.

Stages declare what they need and what they provide (like stanza's processor
registry); each runs inside its own error guard, so an extractor that fails on
one article adds a warning to that article's Extraction instead of losing it.
"""

from __future__ import annotations

import datetime as _dt
import os
import threading
from typing import Any, Callable, Iterable, Iterator, Optional, Union

import attrs

from . import article as article_io
from . import charrefs, segment
from .analysis import Analysis
from .records import Article, Extraction
from .repair import repair_sentences

# Bodies longer than this are analysed in paragraph-aligned chunks.
CHUNK_CHARS = 20_000


@attrs.frozen
class Stage:
    name: str
    needs: tuple[str, ...]
    provides: str
    run: Callable[[dict], Any]


def _namebook(ctx):
    from .extract.speakers import build_namebook
    return build_namebook(ctx["article"].body, ctx["analysis"])


def _entities(ctx):
    from .extract.entities import extract_entities
    return extract_entities(ctx["article"], ctx["analysis"], ctx["namebook"])


def _quotes(ctx):
    from .extract.quotes import extract_quotes
    return extract_quotes(ctx["article"], ctx["analysis"], ctx["namebook"], ctx["warnings"])


def _indirect(ctx):
    from .extract.indirect import extract_indirect
    return extract_indirect(ctx["article"], ctx["analysis"], ctx["namebook"],
                            tuple(ctx["quotes"]), ctx["warnings"])


def _money(ctx):
    from .extract.money import extract_money
    return extract_money(ctx["article"], ctx["analysis"])


def _dates(ctx):
    from .extract.dates import extract_dates
    return extract_dates(ctx["article"], ctx["analysis"])


def _agreements(ctx):
    from .extract.agreements import extract_agreements
    return extract_agreements(ctx["article"], ctx["analysis"], ctx["dates"])


def _labelled(ctx):
    from .extract.labelled import extract_labelled
    return extract_labelled(ctx["article"], ctx["analysis"], ctx["namebook"],
                            tuple(ctx["quotes"]) + tuple(ctx["indirect"]))


def _unmarked(ctx):
    from .extract.unmarked import extract_unmarked
    return extract_unmarked(ctx["article"], ctx["analysis"], ctx["namebook"],
                            tuple(ctx["quotes"]) + tuple(ctx["indirect"]) + tuple(ctx.get("labelled", ())))


def _attributed(ctx):
    from .extract.crossheads import attribute_uncued
    # "labelled" and "unmarked" are optional: if they failed, the other quotes still get attributed
    merged = sorted(list(ctx["quotes"]) + list(ctx["indirect"]) + list(ctx.get("labelled", ()))
                    + list(ctx.get("unmarked", ())),
                    key=lambda q: (q.start, q.speaker is None))
    seen: set = set()
    unique = []
    for quote in merged:  # two rules finding the same span: keep the first (with a speaker)
        key = (quote.start, quote.end, quote.kind)
        if key not in seen:
            seen.add(key)
            unique.append(quote)
    return attribute_uncued(unique)


STAGES: tuple[Stage, ...] = (
    Stage("namebook", ("article", "analysis"), "namebook", _namebook),
    Stage("entities", ("article", "analysis", "namebook"), "entities", _entities),
    Stage("quotes", ("article", "analysis", "namebook"), "quotes", _quotes),
    Stage("indirect", ("article", "analysis", "namebook", "quotes"), "indirect", _indirect),
    Stage("labelled", ("article", "analysis", "namebook", "quotes", "indirect"), "labelled", _labelled),
    Stage("unmarked", ("article", "analysis", "namebook", "quotes", "indirect"), "unmarked", _unmarked),
    Stage("attribution", ("quotes", "indirect"), "quotes_all", _attributed),
    Stage("money", ("article", "analysis"), "money", _money),
    Stage("dates", ("article", "analysis"), "dates", _dates),
    Stage("agreements", ("article", "analysis", "dates"), "agreements", _agreements),
)


def run_stages(article: Article, analysis: Analysis, warnings: Optional[list] = None) -> Extraction:
    """Run every extraction stage on an analysed article."""
    ctx: dict = {"article": article, "analysis": analysis,
                 "warnings": list(warnings or []) + article_io.input_warnings(article)}
    for stage in STAGES:
        missing = [need for need in stage.needs if need not in ctx]
        if missing:
            ctx["warnings"].append(f"stage {stage.name} skipped: needs {missing}")
            continue
        try:
            ctx[stage.provides] = stage.run(ctx)
        except Exception as exc:  # keep the article: record what failed and go on
            ctx["warnings"].append(f"stage {stage.name} failed: {exc!r}")
    quotes = ctx.get("quotes_all") or sorted(
        list(ctx.get("quotes", [])) + list(ctx.get("indirect", [])), key=lambda q: q.start)
    return Extraction(
        article_id=article.id, published=article.published, body=article.body,
        quotes=quotes, money=ctx.get("money", ()), dates=ctx.get("dates", ()),
        agreements=ctx.get("agreements", ()), entities=ctx.get("entities", ()),
        warnings=ctx["warnings"],
    )


def _chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Paragraph-aligned ``(start, end)`` chunks of at most about ``size`` characters."""
    spans, start = [], 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start, end)
            if cut <= start:
                cut = text.rfind(" ", start, end)
            end = cut + 1 if cut > start else end
        spans.append((start, end))
        start = end
    return spans


def _rule_analysis(text: str) -> Analysis:
    """The model-free analysis (rule sentences and tokens), with the same sentence repair as
    the stanza path."""
    return repair_sentences(segment.analyze(text))


class Pipeline:
    """Models loaded once; ``extract`` one article, ``pipe`` many.

    analyzer: ``"stanza"`` (bundled models, or ``stanza_dir``) or ``"rules"`` (no
    model: rule-based sentences and tokens only).  ``processors`` narrows the
    stanza processors (e.g. ``["tokenize", "mwt"]``); ``ner=False`` switches NER off;
    ``parse=True`` adds the dependency parser (no extractor needs it yet: it costs time
    and memory and is off by default; ``tr-diplo-ie tag`` turns it on);
    ``pretokenized=True`` takes one sentence per line, tokens split by spaces.
    """

    def __init__(self, analyzer: str = "stanza", models_dir: Optional[os.PathLike] = None,
                 stanza_dir: Optional[os.PathLike] = None, processors: Optional[list[str]] = None,
                 ner: bool = True, parse: bool = False, use_gpu: bool = False,
                 pretokenized: bool = False):
        if analyzer not in ("stanza", "rules"):
            raise ValueError(f"analyzer must be 'stanza' or 'rules', not {analyzer!r}")
        self.analyzer = analyzer
        # Everything needed to build an identical Pipeline in another process.
        self.config = {"analyzer": analyzer, "models_dir": models_dir, "stanza_dir": stanza_dir,
                       "processors": processors, "ner": ner, "parse": parse, "use_gpu": use_gpu,
                       "pretokenized": pretokenized}
        self._nlp = None
        self._processors: frozenset = frozenset()
        if analyzer == "stanza":
            from .nlp.loader import load_stanza
            wanted = processors
            if wanted is None and not (ner and parse):
                skip = {p for p, keep in (("ner", ner), ("depparse", parse)) if not keep}
                wanted = [p for p in self._available(models_dir, stanza_dir) if p not in skip]
            self._nlp = load_stanza(models_dir, stanza_dir, wanted, use_gpu=use_gpu,
                                    pretokenized=pretokenized)
            self._processors = frozenset(self._nlp.processors)

    @staticmethod
    def _available(models_dir, stanza_dir) -> list[str]:
        if stanza_dir or os.environ.get("TR_DIPLO_IE_STANZA_DIR"):
            return ["tokenize", "mwt", "pos", "lemma", "depparse", "ner"]
        from .nlp.loader import available_processors, find_models_dir
        return available_processors(find_models_dir(models_dir))

    @property
    def processors(self) -> frozenset:
        return self._processors

    def analyze(self, text: str) -> Analysis:
        """Sentences, tokens and (with models) tags of ``text``."""
        if self._nlp is None or not text.strip():
            return _rule_analysis(text)
        return self._analyze_many([text])[0]

    def _analyze_many(self, texts: list[str]) -> list[Analysis]:
        import stanza  # noqa: F401 - only reached with a loaded stanza pipeline

        from .nlp.convert import merge, to_analysis
        jobs = []  # (text index, chunk start)
        docs = []
        for ti, text in enumerate(texts):
            if not text.strip():
                continue
            for start, end in _chunks(text):
                if text[start:end].strip():
                    jobs.append((ti, start))
                    docs.append(stanza.Document([], text=text[start:end]))
        processed = self._nlp(docs) if docs else []
        parts: dict[int, list[Analysis]] = {i: [] for i in range(len(texts))}
        for (ti, start), doc in zip(jobs, processed):
            parts[ti].append(to_analysis(doc, texts[ti], start, self._processors))
        return [repair_sentences(merge(text, parts[i])) if parts[i] else Analysis(text=text, sentences=())
                for i, text in enumerate(texts)]

    def extract(self, article: Union[Article, str], published: Union[str, _dt.date, None] = None) -> Extraction:
        """Records of one article (an Article, or raw text with an optional date header)."""
        if isinstance(article, str):
            article = article_io.from_text(article, published=published)
        return next(iter(self.pipe([article])))

    def pipe(self, articles: Iterable[Article], batch_size: int = 16, n_process: int = 1) -> Iterator[Extraction]:
        """Extractions of many articles, in order; stanza processes each batch in bulk.

        Article boundaries are kept (every article is its own stanza Document).
        ``n_process > 1`` hands the work to :func:`tr_diplo_ie.batch.parallel_pipe`.
        """
        if n_process > 1:
            from .batch import parallel_pipe  # a face; imported only on request
            yield from parallel_pipe(articles, n_process=n_process, batch_size=batch_size, pipeline=self)
            return
        batch: list[Article] = []
        for art in articles:
            batch.append(art)
            if len(batch) >= batch_size:
                yield from self._extract_batch(batch)
                batch = []
        if batch:
            yield from self._extract_batch(batch)

    def _extract_batch(self, batch: list[Article]) -> list[Extraction]:
        # HTML character references ("s&ouml;yledi") are read decoded; offsets are mapped back
        views = [charrefs.decode(art.body) for art in batch]
        batch = [attrs.evolve(art, body=view.text) if view else art for art, view in zip(batch, views)]
        warnings: list[list[str]] = [[] for _ in batch]
        if self._nlp is None:
            analyses = [_rule_analysis(a.body) for a in batch]
        else:
            try:
                analyses = self._analyze_many([a.body for a in batch])
            except Exception:  # fall back to one at a time so one article cannot sink the batch
                analyses = []
                for i, art in enumerate(batch):
                    try:
                        analyses.append(self._analyze_many([art.body])[0])
                    except Exception as exc:
                        warnings[i].append(f"NLP analysis failed ({exc!r}); rule segmentation used")
                        analyses.append(_rule_analysis(art.body))
        out = [run_stages(art, an, warn) for art, an, warn in zip(batch, analyses, warnings)]
        return [charrefs.restore(x, view) if view else x for x, view in zip(out, views)]


_default: Optional[Pipeline] = None
_default_lock = threading.Lock()


def default_pipeline() -> Pipeline:
    """The shared Pipeline used by :func:`extract` (loaded on first use)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Pipeline()
        return _default


def extract(text: str, published: Union[str, _dt.date, None] = None, id: str = "article") -> Extraction:
    """Extract quotes, money, dates and agreements from one Turkish news text."""
    art = article_io.from_text(text, id=id, published=published)
    return default_pipeline().extract(art)
