"""tr_diplo_ie: who said what, how much money, when, and which agreements — from Turkish news.

>>> from tr_diplo_ie import extract
>>> result = extract("date 2025-08-22 Caparov, \"Hedefimiz 3 milyar dolar.\" dedi.")
"""

from .nlp.loader import ModelError  # noqa: F401
from .pipeline import Pipeline, extract  # noqa: F401
from .records import (  # noqa: F401
    Agreement, Article, EntityMention, Extraction, MoneyAmount, Quote, Speaker, TimeExpression,
)

__version__ = "0.1.0"
