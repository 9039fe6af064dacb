"""Letter case around the bundled lemmatizer.

The lemmatizer's (word, UPOS) dictionary is case-sensitive and its seq2seq model has
seen few upper-case words, so headline words come out cut or unchanged
(*KÖPRÜNÜN* → *köprünün*, *İSTİYOR* → *is*) and sentence-initial words missing from the
dictionary go to the seq2seq model although their lower-case form is known
(*Konumuz* → *kon*, *Sözü* → *sözü*).  Two rules, for words not tagged PROPN:

1. an all-capitals word is lemmatized as its Turkish lower-case form;
2. a capitalised word whose (form, UPOS) is not in the dictionary but whose lower-case
   form is takes the dictionary's lemma of the lower-case form.

Chosen on UD_Turkish-BOUN dev (raw text through ``tr-diplo-ie tag``): Lemmas 90.58 →
90.73 with rule 1 (20 right, 2 wrong) → 90.84 with both (rule 2: 19 right, 6 wrong).
Lower-casing every capitalised word through the seq2seq model instead lost 0.06.
Used with the bundled models only (``loader.load_stanza``).
"""
from __future__ import annotations

from typing import Callable, Optional

from ..textnorm import tr_lower


def headline_form(text: str, upos: Optional[str]) -> Optional[str]:
    """The lower-case form to lemmatize instead of an all-capitals ``text`` (rule 1), else None."""
    if upos == "PROPN" or not text.isupper():
        return None
    return tr_lower(text)


def capitalised_lemma(text: str, upos: Optional[str], known: Callable[[str, Optional[str]], bool],
                      lemma_of: Callable[[str, Optional[str]], str]) -> Optional[str]:
    """The dictionary lemma of a capitalised word's lower-case form (rule 2), else None.

    ``known(word, upos)`` says whether the dictionary holds the pair, ``lemma_of`` looks it up."""
    if upos == "PROPN" or not text[:1].isupper() or text.isupper() or known(text, upos):
        return None
    lower = tr_lower(text)
    return lemma_of(lower, upos) if known(lower, upos) else None


def install(pipeline) -> None:
    """Wrap the pipeline's lemma processor (if any) so that both rules apply."""
    processor = pipeline.processors.get("lemma")
    if processor is None or getattr(processor, "_case_policy", False):
        return
    trainer = processor.trainer
    original = processor.process

    def known(word: str, upos: Optional[str]) -> bool:
        return bool(trainer.skip_seq2seq([(word, upos)])[0])

    def lemma_of(word: str, upos: Optional[str]) -> str:
        return trainer.predict_dict([(word, upos)])[0]

    def process(document):
        words = [w for s in document.sentences for w in s.words]
        swapped = []
        for word in words:
            lower = headline_form(word.text, word.upos)
            if lower is not None:
                swapped.append((word, word.text))
                word.text = lower
        try:
            document = original(document)
        finally:
            for word, text in swapped:
                word.text = text
        for word in words:
            lemma = capitalised_lemma(word.text, word.upos, known, lemma_of)
            if lemma is not None:
                word.lemma = lemma
        return document

    processor.process = process
    processor._case_policy = True
