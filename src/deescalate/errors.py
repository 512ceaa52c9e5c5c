"""One error family for everything deescalate refuses.

Every error carries a stable code (``D101``...) at the start of its message,
so logs, tests and support tickets can refer to it without matching prose.
The codes are a public contract: a code never changes meaning.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "ConversationError",
    "DeescalateError",
    "ErrorCode",
    "InputError",
    "InputTypeError",
    "PolicyError",
    "RuleError",
    "StarError",
]


class ErrorCode(StrEnum):
    """The stable codes, grouped by hundreds.

    1xx input, 2xx rules, 3xx rewriter, 4xx policy and conversation, 5xx STAR cases.
    """

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

    UNKNOWN_FACT = "D301"
    """A fact passed to the rewriter is not one of its documented fact names."""
    FACT_NOT_STR = "D302"
    """A fact passed to the rewriter is not a non-empty ``str``."""
    EDITS_OVERLAP = "D303"
    """Two edits given to ``apply_edits`` overlap (or insert at the same place)."""
    EDIT_MISMATCH = "D304"
    """An edit does not fit the text: out of bounds, or its ``before`` is not the text there."""
    SUBSTITUTION_BAD_TEMPLATE = "D305"
    """A substitution's replacement has an unknown placeholder or an unbalanced brace."""
    SUBSTITUTION_NOT_TRIGGER = "D306"
    """A substitution targets a label that is not an agent-side trigger."""
    SUBSTITUTION_UNKNOWN_RULE = "D307"
    """A substitution targets a classifier rule ID that the rewriter's classifier does not have."""
    SUBSTITUTION_EXAMPLE_FAILS = "D308"
    """A substitution's example does not rewrite to the text it gives."""
    SUBSTITUTION_DUPLICATE_ID = "D309"
    """Two substitutions in one rewriter share an ID."""
    SUBSTITUTION_UNKNOWN_ID = "D310"
    """A substitution ID or label to disable is not in the rewriter."""

    POLICY_INVALID = "D400"
    """A policy failed validation in a way that has no finer code (a wrong type, an extra field)."""
    POLICY_BAD_COUNT = "D401"
    """A policy count or threshold is negative, or zero where at least one is needed."""
    POLICY_THRESHOLD_ORDER = "D402"
    """Strike thresholds out of order: ``warn_at <= final_warning_at <= disengage_at`` must hold."""
    POLICY_UNKNOWN_LABEL = "D403"
    """A policy names a label that is not in the taxonomy."""
    POLICY_LABEL_CONFLICT = "D404"
    """A policy lists one label for two actions that contradict each other."""
    POLICY_VIOLENCE_IGNORED = "D405"
    """A policy leaves ``threat.violence`` out of both ``escalate_on`` and ``disengage_on``."""
    POLICY_UNKNOWN_LANGUAGE = "D406"
    """The policy has no scripts for its language."""
    POLICY_AGENT_TURN = "D407"
    """``decide()`` was given an agent's turn; the policy reads customer turns only."""
    POLICY_BAD_STATE = "D408"
    """A boundary state is invalid or inconsistent (a negative count, a turn past the count)."""

    CONVERSATION_INVALID = "D410"
    """A conversation, turn or recovery failed validation with no finer code (a wrong type)."""
    CONVERSATION_BAD_ITEM = "D411"
    """An item given to ``Conversation.from_turns`` is not a ``(speaker, text)`` pair."""
    CONVERSATION_WRONG_LANGUAGE = "D412"
    """The classifier, rewriter, policy or a stored turn is in another language."""
    CONVERSATION_TURN_ORDER = "D413"
    """A conversation's turns are not numbered ``0, 1, 2...`` in the order they are given."""
    CONVERSATION_TURN_MISMATCH = "D414"
    """A turn's parts do not fit (another text or speaker, a decision on an agent turn...)."""
    RECOVERY_MISMATCH = "D415"
    """A recovery is inconsistent: heat did not fall, or its turns or techniques do not fit."""

    STAR_INVALID = "D500"
    """A STAR case, draft, statement or quote failed validation with no finer code."""
    STAR_INCOMPLETE = "D501"
    """``build()`` on a STAR case with missing parts; the message names every one."""
    STAR_EMPTY_TEXT = "D502"
    """A STAR statement, note, tag or channel is empty or only whitespace."""
    STAR_BAD_QUOTE = "D503"
    """A quote's span and text disagree (the text is not ``end - start`` characters long)."""
    STAR_QUOTE_MISMATCH = "D504"
    """A quote does not fit the conversation: no such turn, or other text at its span."""
    STAR_BAD_LABEL = "D505"
    """A STAR case names an unknown label, or a non-technique label among its techniques."""
    STAR_BAD_HEAT = "D506"
    """A STAR case's heat is outside [0, 1], or its final heat is above its peak."""
    STAR_MISSING_MISMATCH = "D507"
    """A STAR draft's ``missing`` list disagrees with the parts it has."""
    STAR_BAD_ARGUMENT = "D508"
    """A STAR builder step or ``draft_from`` got an argument of the wrong type or value."""
    STAR_UNKNOWN_LANGUAGE = "D509"
    """No STAR headings for the language a case is rendered in."""


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


class PolicyError(DeescalateError, ValueError):
    """A boundary policy or state is invalid, or ``decide()`` got a turn it cannot read."""


class ConversationError(DeescalateError, ValueError):
    """A conversation cannot be built or read back: a bad item, another language, a bad turn."""


class StarError(DeescalateError, ValueError):
    """A STAR case is incomplete or invalid, or cannot be drafted or rendered as asked."""
