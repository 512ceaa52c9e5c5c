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
from deescalate.conversation import Conversation, Recovery, Turn
from deescalate.errors import (
    ConversationError,
    DeescalateError,
    ErrorCode,
    InputError,
    InputTypeError,
    PolicyError,
    RuleError,
    StarError,
)
from deescalate.labels import Label, Level, Severity, Speaker
from deescalate.lang import LanguagePack, available_languages
from deescalate.models import Edit, Hit, Span
from deescalate.policy import Action, BoundaryPolicy, BoundaryState, Decision, Reason
from deescalate.privacy import PersonalData, PersonalDataKind, find_personal_data, redact
from deescalate.rewrite import (
    Rewrite,
    Rewriter,
    Substitution,
    Unresolved,
    apply_edits,
    rewrite,
)
from deescalate.rules import Rule, load_rules
from deescalate.schema import json_schema
from deescalate.star import Outcome, Quote, StarBuilder, StarCase, StarDraft, StarPart, Statement

__version__ = "0.1.0"

__all__ = [
    "Action",
    "BoundaryPolicy",
    "BoundaryState",
    "Classification",
    "Classifier",
    "Conversation",
    "ConversationError",
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
    "Outcome",
    "PersonalData",
    "PersonalDataKind",
    "PolicyError",
    "Quote",
    "Reason",
    "Recovery",
    "Rewrite",
    "Rewriter",
    "Rule",
    "RuleError",
    "Severity",
    "Span",
    "Speaker",
    "StarBuilder",
    "StarCase",
    "StarDraft",
    "StarError",
    "StarPart",
    "Statement",
    "Substitution",
    "Turn",
    "Unresolved",
    "__version__",
    "apply_edits",
    "available_languages",
    "classify",
    "classify_many",
    "default_classifier",
    "find_personal_data",
    "json_schema",
    "load_rules",
    "redact",
    "rewrite",
]
