"""tr_diplo_ie: who said what, how much money, when, and which agreements — from Turkish news."""

from .records import (  # noqa: F401
    Agreement, Article, EntityMention, Extraction, MoneyAmount, Quote, Speaker, TimeExpression,
)

__version__ = "0.1.0"
