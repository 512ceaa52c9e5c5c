"""One error family for everything deescalate refuses.

Every error carries a stable code (``D101``...) at the start of its message,
so logs, tests and support tickets can refer to it without matching prose.
The codes are a public contract: a code never changes meaning.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "DeescalateError",
    "ErrorCode",
    "InputError",
    "InputTypeError",
    "RuleError",
]


class ErrorCode(StrEnum):
    """The stable codes, grouped by hundreds: 1xx input, 2xx rules."""

    TEXT_NOT_STR = "D101"
    """The text to classify is not a ``str``."""
    UNKNOWN_SPEAKER = "D102"
    """The speaker is neither ``customer`` nor ``agent``."""
    UNKNOWN_LANGUAGE = "D103"
    """No language pack is registered for the language code."""
    BAD_ARGUMENT = "D104"
    """Another argument has the wrong type or value."""

    RULE_INVALID = "D200"
    """A user rule failed validation in a way that has no finer code (a missing or extra field)."""
    RULE_BAD_PATTERN = "D201"
    """A rule's pattern, phrase or context pattern does not compile."""
    RULE_UNSAFE_PATTERN = "D202"
    """A rule's pattern could backtrack catastrophically or matches the empty string."""
    RULE_UNKNOWN_LABEL = "D203"
    """A rule names a label that is not in the taxonomy."""
    RULE_MISSING_EXAMPLES = "D204"
    """A rule has no examples that must match."""
    RULE_EXAMPLE_FAILS = "D205"
    """One of a rule's examples does not match, or one of its near-misses does."""
    RULE_DUPLICATE_ID = "D206"
    """Two rules in one classifier share an ID."""
    RULE_UNKNOWN_ID = "D207"
    """A rule ID or label to disable is not in the classifier."""
    RULE_WRONG_LANGUAGE = "D208"
    """A rule's language differs from the classifier's."""


class DeescalateError(Exception):
    """Base class of every error deescalate raises on purpose.

    Attributes:
        code: The stable error code, also at the start of ``str(error)``.
        problems: Every ``(code, message)`` found, when validation found several.
    """

    code: ErrorCode
    problems: tuple[tuple[ErrorCode, str], ...]

    def __init__(
        self,
        code: ErrorCode,
        message: str,
        *,
        problems: tuple[tuple[ErrorCode, str], ...] = (),
    ) -> None:
        self.code = code
        self.problems = problems or ((code, message),)
        super().__init__(f"[{code}] {message}")


class InputError(DeescalateError, ValueError):
    """An argument has an unacceptable value (an unknown speaker or language)."""


class InputTypeError(DeescalateError, TypeError):
    """An argument has the wrong type (text that is not a ``str``)."""


class RuleError(DeescalateError, ValueError):
    """A rule, or a set of rules, is invalid. ``problems`` lists every finding."""
