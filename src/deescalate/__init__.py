"""deescalate: de-escalation primitives for customer service software.

The phrase classifier says which labels of the taxonomy a message carries,
where (spans into the original text), how heated it is and how polite.

>>> import deescalate
>>> result = deescalate.classify("You people are useless, I want a refund NOW!!!")
>>> result.level >= deescalate.Level.HEATED
True
"""

from __future__ import annotations

from deescalate.classify import (
    Classification,
    Classifier,
    classify,
    classify_many,
    default_classifier,
)
from deescalate.errors import DeescalateError, ErrorCode, InputError, InputTypeError, RuleError
from deescalate.labels import Label, Level, Severity, Speaker
from deescalate.lang import LanguagePack, available_languages
from deescalate.models import Hit, Span
from deescalate.rules import Rule, load_rules

__version__ = "0.1.0"

__all__ = [
    "Classification",
    "Classifier",
    "DeescalateError",
    "ErrorCode",
    "Hit",
    "InputError",
    "InputTypeError",
    "Label",
    "LanguagePack",
    "Level",
    "Rule",
    "RuleError",
    "Severity",
    "Span",
    "Speaker",
    "__version__",
    "available_languages",
    "classify",
    "classify_many",
    "default_classifier",
    "load_rules",
]
