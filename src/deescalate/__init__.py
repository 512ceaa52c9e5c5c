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
from deescalate.errors import (
    DeescalateError,
    ErrorCode,
    InputError,
    InputTypeError,
    PolicyError,
    RuleError,
)
from deescalate.labels import Label, Level, Severity, Speaker
from deescalate.lang import LanguagePack, available_languages
from deescalate.models import Edit, Hit, Span
from deescalate.policy import Action, BoundaryPolicy, BoundaryState, Decision, Reason
from deescalate.rewrite import (
    Rewrite,
    Rewriter,
    Substitution,
    Unresolved,
    apply_edits,
    rewrite,
)
from deescalate.rules import Rule, load_rules

__version__ = "0.1.0"

__all__ = [
    "Action",
    "BoundaryPolicy",
    "BoundaryState",
    "Classification",
    "Classifier",
    "Decision",
    "DeescalateError",
    "Edit",
    "ErrorCode",
    "Hit",
    "InputError",
    "InputTypeError",
    "Label",
    "LanguagePack",
    "Level",
    "PolicyError",
    "Reason",
    "Rewrite",
    "Rewriter",
    "Rule",
    "RuleError",
    "Severity",
    "Span",
    "Speaker",
    "Substitution",
    "Unresolved",
    "__version__",
    "apply_edits",
    "available_languages",
    "classify",
    "classify_many",
    "default_classifier",
    "load_rules",
    "rewrite",
]
