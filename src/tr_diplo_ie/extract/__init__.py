"""Extractors: pure functions ``(Article, Analysis, ...) -> list[record]``.

No module here imports stanza or ``tr_diplo_ie.nlp``; they read the
:class:`~tr_diplo_ie.analysis.Analysis` view and the language data in
``tr_diplo_ie.resources``.  Each extractor must never raise on odd input: a
malformed candidate is skipped, not allowed to fail the whole document.
"""
