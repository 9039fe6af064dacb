"""Agreements: treaties, memoranda, protocols, declarations, decisions, plans, roadmaps.

``extract_agreements(article, analysis=None, dates=())`` finds the documents an
article says were signed, adopted, agreed, ratified, prepared or planned, and
returns one :class:`~tr_diplo_ie.records.Agreement` per distinct document
(``corpus/gold/ANNOTATION.md``: one item per document, not per mention).

How a mention is found (lexicon: ``resources/agreement_heads.tsv``; verbs:
``resources/agreement_verbs.tsv``; countries: ``resources/countries.tsv``):

1. **Head nouns.**  Every word that is a head stem ("anlaşma", "mutabakat
   muhtırası", "eylem planları", "Bildirisi") plus an optional case ending, with
   or without apostrophe.  "anlaşmazlık", "planlama", "kararlı" are not heads.
   A head in a light-verb idiom ("karar verdi", "plan yaptı", "anlaşmaya vardı")
   or followed by a noun that takes over ("anlaşma taslağı", "imza töreni") is
   dropped, unless a noun before it names the kind of agreement reached ("prensip
   anlaşmasına vardı", "hükümetler arası anlaşmaya": status ``agreed`` from "var-"
   after a head in the dative; an ``X ile`` before it is the verb's partner).
2. **Titled** (``named=True``): a quoted title whose last word is a head
   (``"Cumhurbaşkanlarının Ortak Bildirisi"ne`` → "Cumhurbaşkanlarının Ortak
   Bildirisi"), or a run of capitalised words ending in a capitalised head
   (``Kapsamlı İşbirliği Planı'nı``), or a capitalised two-word head inside a sentence
   (``iki ülke arasında Mutabakat Zaptı imzalandı``).  The run stops at a word with an apostrophe
   suffix, a stop word ("Bugün", "Ayrıca"), a time expression and a person
   (NER tag, when the analysis has one).  A title that is itself an organisation
   in the gazetteer (UNDP = "... Kalkınma Programı") is not a document.
3. **Described** (``named=False``): a lower-case head with its modifier phrase,
   found by walking left from the head.  The walk stops at punctuation (not at a hyphen
   written with spaces between two nouns: "üniversite - sanayi işbirliği"), a number,
   a stop word (determiners, quantifiers, particles, time words), a verb form or
   participle (a relative clause is not part of the name), a time expression, a
   capitalised word that is not a place (but a run of capitalised words ending in a compounded
   noun right before a compounded head is the document's name, an item even without a status
   verb: "Trans Atlantik Ticaret ve Yatırım Ortaklığı anlaşması"; not a person's, by NER, nor
   before a decision or a "program"), a party phrase ("X ve Y arasında",
   "iki ülke arasında"; but an adjectival "X ile Y arasındaki" is kept in the
   description and makes a singular one specific, an item even without a status
   verb), and at "ve"/"ile"/"veya" when the word before it is itself an agreement
   head (list separator) or a verbal noun ("… sonuçlanması ve prensip anlaşması").  An inner "ve" ("kültür ve turizm
   alanında eylem planları") is kept.  A head with no modifier left, or with only
   generic ones ("çeşitli alanlarda anlaşmalar", "çok sayıda anlaşma"), is an
   umbrella mention: not an item (the gold marks those optional), but its parties
   carry over to the documents listed after it (see 6).
   A word capitalised only by its place at a sentence's start is read as in lower case where its
   form or the article says so: a status participle ("İmzalanan | barış anlaşmasına rağmen"), a
   number word ("İki yıllık anlaşma"), a word with an ending a name takes only after an apostrophe or
   written in lower case elsewhere ("Beklentiler yönünde bir karar"); else it is the subject's name.
   A relative clause right before the head describes it ("… çıkmasını engelleyecek
   plan", "site yönetiminin 25 Ocak'ta aldığı karar", also over "bir": "… deprem etkisi
   yaratan bir karar aldı"); a decision's own participle before a non-bare description is its
   status clause, outside ("BTK'nın 22 Şubat'ta aldığı | birinci filtre kararı"; a court's words
   there still make it a ruling); a decision takes its status from its own light verb there
   ("aldığı/verilen karar", "bir karar aldı": adopted).  A described decision ("…
   affedilmesi kararı alındı", "… artırılmasına yönelik karar aldı", "… ödenmesi konusunda
   karar çıktı"; not when negated, planned when future or expected) does not reach back
   over an adverbial headed by a noun after a participle ("tatile gittiği gün",
   "yargılandığı davada").  A status clause kept before a bare head takes its occasion
   with it ("görüşmede aldığımız karar", "törende imzalanan anlaşma"); a number after a
   postposition is inside the complement ("40 adet zırhlı araç için anlaşma").
   A decision referred to with no light verb, named by its issuer or its content
   ("Meclis kararı", "Fitch’in not artırımı kararı", "… vergi vermeme kararı", "TCMB faiz
   kararı", "Bakanlar Kurulu Kararı ile …"), is one in force: ``adopted`` (``planned`` before
   "bekleniyor"); not a court's ruling, and not one person's choice ("ayrılık kararı verdi",
   "… kararı aldım": ``personal`` words of the heads resource, a first-person light verb).
4. **Status** from the governing verb: a cue right before the mention
   (participle: "geçen yıl imzalanan X", "imzalanması planlanan X"; the passive or
   -DIK participles of yap-/var-/sağla- only there and only for agreements, contracts
   and memoranda: "yapılan anlaşma", "varılan anlaşma"; their finite forms right after
   the head, or after the verb's partner there: "protokolünü Kültür Üniversitesi'yle
   yaptık"), else the
   first cue after it in the sentence, scanning over list items and stopping at
   the first other verb form.  Future forms and "-mAsI planlanan / bekleniyor /
   üzere" give ``planned``; a negated cue gives ``mentioned``.  A described
   mention with no cue is dropped (too often a generic noun: "ziyaret programı") unless
   something makes it one document (an owner, a party pair, a frame "… çerçevesinde", a term
   "5 yıllık kalkınma planı", "4 yıllık sözleşme teklif etti", a running term "1 yıl daha
   kontratı bulunan", an owner's genitive before a possessed contract head "Sabri'nin
   mukavelesi", "oyuncunun süresi daralan kontratı": kept as ``mentioned``);
   a titled one is kept as ``mentioned``.
5. **Date**: the value of a DATE expression from ``dates`` (the article's time
   expressions) that the text ties to the cue: before a participle cue in the
   same clause ("geçen yıl imzalanan"), or in the mention's clause up to the cue
   ("Bugün ... Planı'nı kabul ediyoruz").  The publication date is never assumed:
   ANNOTATION.md gives documents signed "during the visit" with no time
   expression no date.  Expressions with a mod ("2030 yılına kadar"), values that
   are no calendar date (``PRESENT_REF`` of "şu anda") and the period a document
   covers ("2010-2014 yıllarını kapsayan") are ignored; a date inside the mention
   counts only in a status clause it keeps ("Aralık 1998'de aldığı karar").
6. **Parties** (canonical nominative names): "X ve/ile Y arasında" in the
   mention's sentence (also "arasındaki" right before the description), a
   hyphenated pair inside or right before the mention ("Kırgızistan-Kazakistan",
   "Türk-Kazak"), and "iki ülke arasında" → the article's two main countries
   when they are clear (the two most mentioned, each twice or more, and no third
   one close).  Parties of an umbrella sentence ("iki ülke arasında çok sayıda
   anlaşma imzalandı") apply to the documents of the following sentences up to
   the next crosshead.
7. **Merging**: mentions whose normalised names are equal (Turkish lower case,
   no quote marks) are one document, and so is a title whose owner is shortened later
   to its initials or to "our …" ("Millî Eğitim Bakanlığı Stratejik Planı", "MEB
   Stratejik Planı", "Bakanlığımız Stratejik Planı"), and so is a short later reference by the
   owner's genitive ("Fitch'in kararı", "Fitch'in not kararı" after "Fitch'in … verdiği karar")
   or by issuer and topic ("PPK faiz kararı" after "… PPK toplantısından çıkacak faiz kararı"),
   and so is a bare head kept with its status clause after a document of its type ("Meclis'te
   onaylanan plan" after "… İmar Planı"; the nearest earlier one).
   Its span is the first titled mention (else
   the first mention); status the first non-``mentioned`` one; date and parties
   the first found.

Where the code is (one concern a module; each imports only the ones listed before it):

- ``lexicon``: the lexicon's dataclasses, read from the two TSV files (once).
- ``tokens``: the tokens of a sentence and the verb-form tests.
- ``spans``: offset helpers (overlap, a token in a time expression, whitespace).
- ``heads``: head nouns in a token list (step 1).
- ``cues``: status cues before/after a mention, a decision's own light verb (step 4).
- ``parties``: party phrases, places, hyphenated pairs, the article's two
  countries (step 6).
- ``mention``: one mention, finished with its status, date and parties (steps 4-6).
- ``comitative``: "X'le" parties and "X ile sözleşmesi" owners (step 3).
- ``decisions``: described decisions "... kararı aldı" (step 3).
- ``relative``: relative clauses that describe a head (step 3).
- ``idioms``: light-verb idioms and heads taken over (step 1).
- ``described``: described and umbrella mentions, the counter-party clause (step 3).
- ``titles``: quoted and capitalised titles, citations (step 2).
- ``sentence``: the mentions of one sentence.
- ``merge``: mentions with equal names are one document (step 7).
- ``document``: :func:`extract_agreements`: sentences, carried parties, merge.

Known limits (see ``tests/extract/agreement_examples.json``, xfail list): list
items with an elided head ("sınır muhafız birliklerinin eğitimi, ...") are not
items (the gold marks them optional); a subject name right before an unpunctuated
object NP can leak into a title when no NER tags are given.
"""

from .decisions import DECISION_VERBS
from .document import extract_agreements
from .lexicon import HEADS_FILE, VERBS_FILE
from .tokens import _tokenize  # tests/extract/test_measures.py
