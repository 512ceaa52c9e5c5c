"""The boundary policy: what the agent should do next, one customer turn at a time.

A :class:`BoundaryPolicy` is a frozen, validated configuration. It reads the
classified customer turns of a conversation and decides, for each, one
:class:`Action` on a ladder ordered by severity::

    continue < acknowledge < warn < final_warning < escalate < disengage

Each :class:`Decision` carries the action, a suggested sentence for the agent
(``script``, in the policy's language), the :class:`Reason` list (which hits,
which setting, in words a supervisor can audit), and the next
:class:`BoundaryState`. The state is a value: ``decide`` mutates nothing, so a
conversation is a fold over its turns, and the same turns and policy always give
the same decisions.

>>> from deescalate import BoundaryPolicy, classify
>>> policy = BoundaryPolicy()
>>> first = policy.decide(policy.start(), classify("You idiot, where is my parcel?"))
>>> first.action
<Action.WARN: 'warn'>
>>> first.script
"I understand you're upset, but I can only assist you if we keep this conversation respectful."
>>> second = policy.decide(first.state, classify("Thanks, that helps."))
>>> second.action, second.state.strikes
(<Action.CONTINUE: 'continue'>, 1)
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from typing import Annotated, Any, ClassVar, Literal, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    Strict,
    ValidationInfo,
    field_serializer,
    field_validator,
    model_validator,
)

from deescalate import _policy_scripts, _scoring
from deescalate._ordered import RankedStrEnum
from deescalate._validation import CodedModel, Problem, combine
from deescalate.classify import Classification
from deescalate.errors import DeescalateError, ErrorCode, InputTypeError, PolicyError
from deescalate.labels import Label, Level, Speaker
from deescalate.models import Hit

__all__ = ["Action", "BoundaryPolicy", "BoundaryState", "Decision", "Reason", "ReasonKind"]

L = Label


class Action(RankedStrEnum):
    """What the agent should do next, ordered by severity.

    ``continue < acknowledge < warn < final_warning < escalate < disengage``;
    comparisons between actions follow that order, not the alphabet, so
    ``max(actions)`` is the most severe; ``rank`` is 0 for ``continue`` up to 5 for
    ``disengage``.
    """

    CONTINUE = "continue"
    """Nothing to act on: carry on helping."""
    ACKNOWLEDGE = "acknowledge"
    """A heated but not abusive turn: acknowledge the feeling, specifically, then help."""
    WARN = "warn"
    """Abuse: set a clear, respectful boundary."""
    FINAL_WARNING = "final_warning"
    """Abuse again: say that the conversation will end if it continues."""
    ESCALATE = "escalate"
    """Bring in a supervisor (a legal threat, a repeated or late demand for a manager)."""
    DISENGAGE = "disengage"
    """End the conversation politely (a threat of violence, or abuse past the last warning)."""


ReasonKind = Literal[
    "ended",
    "reopened",
    "disengage_label",
    "strike",
    "escalate_label",
    "manager_demand",
    "heat",
    "cool_down",
    "calm",
]
"""What a reason is about:

* ``ended``: the conversation was already ended, and stays ended;
* ``reopened``: a label of ``reopen_on`` reopened a conversation ended for abuse;
* ``disengage_label``: a label of ``disengage_on`` (a threat of violence) ends it now;
* ``strike``: a label of ``abuse`` counted as a strike, and where the strikes stand;
* ``escalate_label``: a label of ``escalate_on`` (a legal threat) calls for a supervisor;
* ``manager_demand``: a demand for a manager, and whether it escalates yet;
* ``heat``: the turn's level reaches ``acknowledge_from``;
* ``cool_down``: respectful turns in a row forgave a strike;
* ``calm``: nothing the policy acts on.
"""


class Reason(BaseModel):
    """One finding behind a decision: the evidence, the setting that applied, the verdict."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: ReasonKind = Field(description="What the reason is about (see `ReasonKind`).")
    action: Action = Field(description="The action this finding alone calls for.")
    setting: str | None = Field(
        default=None, description="The `BoundaryPolicy` field that applied, if any."
    )
    hits: tuple[Hit, ...] = Field(
        default=(), description="The evidence: the hits of the turn this finding rests on."
    )
    message: str = Field(min_length=1, description="The finding in words a supervisor can audit.")


_Count = Annotated[int, Strict()]


class _Validated(CodedModel):
    """Turns pydantic's validation errors into a :class:`PolicyError` with codes."""

    _error_family: ClassVar[type[DeescalateError]] = PolicyError
    _error_code: ClassVar[ErrorCode] = ErrorCode.POLICY_INVALID
    _error_what: ClassVar[str] = "policy"


class BoundaryState(_Validated):
    """Where a conversation stands, as a value: the policy's memory between turns.

    Start from :meth:`BoundaryPolicy.start`; every :class:`Decision` carries the
    next state. Store it as JSON between turns if you like: the round trip is exact.

    Raises:
        PolicyError: ``D408`` for a negative count or a turn number past ``turns``.
    """

    _error_code: ClassVar[ErrorCode] = ErrorCode.POLICY_BAD_STATE
    _error_what: ClassVar[str] = "state"

    turns: _Count = Field(default=0, description="Customer turns decided so far.")
    strikes: _Count = Field(
        default=0, description="Abusive turns so far, minus those forgiven by cool-down."
    )
    warnings: _Count = Field(default=0, description="`warn` and `final_warning` decisions so far.")
    manager_demands: _Count = Field(
        default=0, description="Customer turns that demanded a manager so far."
    )
    respectful_streak: _Count = Field(
        default=0,
        description="Respectful turns in a row (no abuse, no hostility, nothing that ends it).",
    )
    escalated_at: _Count | None = Field(
        default=None,
        description=(
            "The first customer turn that called for a supervisor, if any (even when that "
            "turn also ended the conversation)."
        ),
    )
    disengaged_at: _Count | None = Field(
        default=None, description="The customer turn the conversation was ended at, if ended."
    )
    disengaged_by: Literal["strikes", "label"] | None = Field(
        default=None,
        description=(
            "Why it was ended: `strikes` (abuse past `disengage_at`; `reopen_on` may reopen "
            "it) or `label` (a label of `disengage_on`; final)."
        ),
    )
    last_scripts: tuple[str, ...] = Field(
        default=(), description="Script IDs of the last decision, so the next one can vary."
    )

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        problems = []
        for name in ("turns", "strikes", "warnings", "manager_demands", "respectful_streak"):
            value = getattr(self, name)
            if value < 0:
                problems.append(f"{name} must not be negative, got {value}")
            elif name != "turns" and value > self.turns:
                problems.append(f"{name} is {value}, more than the {self.turns} turns so far")
        for name in ("escalated_at", "disengaged_at"):
            value = getattr(self, name)
            if value is not None and not 1 <= value <= self.turns:
                problems.append(f"{name} must be a turn from 1 to {self.turns}, got {value}")
        if (self.disengaged_at is None) != (self.disengaged_by is None):
            problems.append("disengaged_at and disengaged_by must be given together")
        if problems:
            raise combine(
                PolicyError, [(ErrorCode.POLICY_BAD_STATE, f"state: {p}") for p in problems]
            )
        return self

    @property
    def escalated(self) -> bool:
        """Whether a supervisor has been called for."""
        return self.escalated_at is not None

    @property
    def disengaged(self) -> bool:
        """Whether the conversation has been ended (and not reopened)."""
        return self.disengaged_at is not None


class Decision(BaseModel):
    """What to do after one customer turn, why, and the state to carry to the next turn.

    ``reasons`` come most severe first: ``reasons[0]`` is the finding that set
    ``action``; the others say what else the turn held.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    action: Action = Field(description="What the agent should do next.")
    script: str | None = Field(
        description=(
            "A suggested reply in the policy's language; `None` for `continue` and for the "
            "turns after a conversation has ended (say nothing more)."
        )
    )
    script_ids: tuple[str, ...] = Field(
        description="The IDs of the script's sentences (`boundary.warn.1`), to swap in your own."
    )
    reasons: tuple[Reason, ...] = Field(
        min_length=1, description="Every finding, most severe first."
    )
    state: BoundaryState = Field(description="The state after this turn: pass it to the next.")

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.action != max(reason.action for reason in self.reasons):
            raise ValueError("action must be the most severe action among the reasons")
        if (self.script is None) != (not self.script_ids):
            raise ValueError("script and script_ids must be given together")
        return self

    @property
    def turn(self) -> int:
        """The 1-based number of the customer turn this decision is about."""
        return self.state.turns

    def explain(self) -> str:
        """The decision as plain text for an audit log: action, script, then every reason."""
        lines = [f"turn {self.turn}: {self.action.value}"]
        if self.script is not None:
            lines.append(f"  say: {self.script}")
        lines += [f"  - [{reason.kind}] {reason.message}" for reason in self.reasons]
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        """Notebook display: the action, the script and the reasons."""
        items = "".join(
            f"<li><code>{html.escape(r.kind)}</code> → <b>{html.escape(r.action.value)}</b>: "
            f"{html.escape(r.message)}</li>"
            for r in self.reasons
        )
        script = f"<p><i>{html.escape(self.script)}</i></p>" if self.script is not None else ""
        return (
            '<div class="deescalate-decision">'
            f"<p>turn {self.turn}: <b>{html.escape(self.action.value)}</b></p>"
            f"{script}<ul>{items}</ul></div>"
        )


_LABEL_SETS = ("abuse", "reopen_on", "escalate_on", "manager_on", "disengage_on")
_AT_LEAST_ONE = (
    "warn_at",
    "final_warning_at",
    "disengage_at",
    "cool_down_after",
    "manager_demands",
    "manager_from_turn",
)


class BoundaryPolicy(_Validated):
    """A frozen, validated boundary policy: which turns call for which action.

    Build one with keyword arguments (every field has a default) or from a
    mapping or JSON (``BoundaryPolicy.model_validate(data)``); change one with
    :meth:`replace`, which validates again. Label sets accept label IDs as strings.

    Raises:
        PolicyError: ``D400`` a wrong type or unknown field, ``D401`` a count below 1,
            ``D402`` thresholds out of order, ``D403`` an unknown label, ``D404`` a label
            listed for contradictory actions, ``D405`` ``threat.violence`` neither
            escalated nor disengaged, ``D406`` a language without scripts. Every
            problem found is listed in ``error.problems``.

    Example:
        >>> from deescalate import BoundaryPolicy
        >>> strict = BoundaryPolicy(abuse=["hostility.insult", "hostility.profanity"],
        ...                         disengage_at=2, final_warning_at=2)
        >>> strict.disengage_at
        2
        >>> from deescalate import PolicyError
        >>> try:
        ...     BoundaryPolicy(warn_at=3)
        ... except PolicyError as error:
        ...     print(error)
        [D402] policy: warn_at (3) must not be above final_warning_at (2)
    """

    lang: str = Field(default="en", description="Language of the scripts.")
    abuse: frozenset[Label] = Field(
        default=frozenset({L.HOSTILITY_INSULT}),
        description=(
            "Labels that make a turn abusive: one strike per turn, however many hits. "
            "Profanity aimed at the agent is tagged `hostility.insult` by the classifier "
            "(`f*** you`); add `hostility.profanity` to count all swearing."
        ),
    )
    warn_at: int = Field(default=1, description="Strikes at which an abusive turn gets `warn`.")
    final_warning_at: int = Field(
        default=2, description="Strikes at which an abusive turn gets `final_warning`."
    )
    disengage_at: int = Field(
        default=3, description="Strikes at which an abusive turn ends the conversation."
    )
    cool_down_after: int | None = Field(
        default=3,
        description=(
            "Every this many respectful turns in a row forgive one strike; `None`: strikes "
            "never decrease."
        ),
    )
    reopen_on: frozenset[Label] = Field(
        default=frozenset(),
        description=(
            "Labels that reopen a conversation ended for abuse when the turn is respectful "
            "(e.g. `cooling.apology`); empty: an ended conversation stays ended. A "
            "conversation ended by `disengage_on` never reopens."
        ),
    )
    escalate_on: frozenset[Label] = Field(
        default=frozenset({L.THREAT_LEGAL}),
        description="Labels that call for a supervisor at once.",
    )
    manager_on: frozenset[Label] = Field(
        default=frozenset({L.DEMAND_MANAGER}),
        description="Labels that are a demand for a manager (escalated per the next two).",
    )
    manager_demands: int = Field(
        default=2, description="The demand for a manager that escalates (2: the second)."
    )
    manager_from_turn: int = Field(
        default=3,
        description="From this customer turn on, a first demand for a manager escalates too.",
    )
    disengage_on: frozenset[Label] = Field(
        default=frozenset({L.THREAT_VIOLENCE}),
        description="Labels that end the conversation at once, for good.",
    )
    acknowledge_from: Level = Field(
        default=Level.TENSE,
        description="The level from which a turn is acknowledged even without other findings.",
    )

    # -- validation ----------------------------------------------------------------------
    @field_validator("lang", mode="before")
    @classmethod
    def _known_language(cls, value: Any) -> Any:
        if isinstance(value, str) and value not in _policy_scripts.SCRIPTS:
            known = ", ".join(sorted(_policy_scripts.SCRIPTS))
            raise Problem(
                ErrorCode.POLICY_UNKNOWN_LANGUAGE,
                f"no boundary scripts for language {value!r}; available: {known}",
            )
        return value

    @field_validator(*_LABEL_SETS, mode="before")
    @classmethod
    def _known_labels(cls, value: Any) -> Any:
        if isinstance(value, str):
            raise Problem(
                ErrorCode.POLICY_INVALID, f"give a list of label IDs, not one string ({value!r})"
            )
        if isinstance(value, Iterable) and not isinstance(value, Mapping):
            items = list(value)
            unknown = [
                item
                for item in items
                if not isinstance(item, Label)
                and isinstance(item, str)
                and item not in Label._value2member_map_
            ]
            if unknown:
                raise Problem(
                    ErrorCode.POLICY_UNKNOWN_LABEL,
                    f"{', '.join(map(repr, unknown))} not in the taxonomy (see deescalate.Label)",
                )
            return items
        return value

    @field_validator(*_AT_LEAST_ONE, mode="before")
    @classmethod
    def _positive(cls, value: Any, info: ValidationInfo) -> Any:
        if value is None and info.field_name == "cool_down_after":
            return value
        if isinstance(value, bool) or not isinstance(value, int):
            raise Problem(
                ErrorCode.POLICY_INVALID,
                f"must be a whole number, got {type(value).__name__} {value!r}",
            )
        if value < 1:
            raise Problem(ErrorCode.POLICY_BAD_COUNT, f"must be at least 1, got {value}")
        return value

    @model_validator(mode="after")
    def _coherent(self) -> Self:
        problems: list[tuple[ErrorCode, str]] = []
        order = ("warn_at", "final_warning_at", "disengage_at")
        for lower, upper in ((order[0], order[1]), (order[1], order[2]), (order[0], order[2])):
            low, high = getattr(self, lower), getattr(self, upper)
            if low > high:
                problems.append(
                    (
                        ErrorCode.POLICY_THRESHOLD_ORDER,
                        f"policy: {lower} ({low}) must not be above {upper} ({high})",
                    )
                )
        exclusive = ("escalate_on", "manager_on", "disengage_on")
        for i, first in enumerate(exclusive):
            for second in exclusive[i + 1 :]:
                both = getattr(self, first) & getattr(self, second)
                if both:
                    problems.append(
                        (
                            ErrorCode.POLICY_LABEL_CONFLICT,
                            f"policy: {_names(both)} in both {first} and {second}; "
                            "a label calls for one of them",
                        )
                    )
        for other in ("abuse", *exclusive):
            both = self.reopen_on & getattr(self, other)
            if both:
                problems.append(
                    (
                        ErrorCode.POLICY_LABEL_CONFLICT,
                        f"policy: {_names(both)} in both reopen_on and {other}; a turn that "
                        "reopens a conversation cannot also count against the customer",
                    )
                )
        hostile = {label for label in self.reopen_on if label.family == "hostility"}
        if hostile:
            problems.append(
                (
                    ErrorCode.POLICY_LABEL_CONFLICT,
                    f"policy: {_names(hostile)} in reopen_on, but only a respectful turn "
                    "(no hostility label) can reopen a conversation",
                )
            )
        if L.THREAT_VIOLENCE not in self.escalate_on | self.disengage_on:
            problems.append(
                (
                    ErrorCode.POLICY_VIOLENCE_IGNORED,
                    "policy: threat.violence must be in escalate_on or disengage_on; a threat of "
                    "violence always calls for a supervisor or the end of the conversation",
                )
            )
        if problems:
            raise combine(PolicyError, problems)
        return self

    @field_serializer(*_LABEL_SETS)
    def _sorted_labels(self, labels: frozenset[Label]) -> list[str]:
        return sorted(label.value for label in labels)

    # -- use -----------------------------------------------------------------------------
    def replace(self, **changes: Any) -> BoundaryPolicy:
        """A new policy with some settings changed, validated like a new one.

        Raises:
            PolicyError: as the constructor does.
        """
        return BoundaryPolicy.model_validate({**self.model_dump(), **changes})

    def start(self) -> BoundaryState:
        """The state before the first customer turn."""
        return BoundaryState()

    def decide(self, state: BoundaryState, classification: Classification) -> Decision:
        """Decide what to do after one customer turn.

        Pure: ``state`` is not changed; the decision carries the next state.

        Args:
            state: The state after the previous customer turn (``policy.start()`` first).
            classification: The classified customer turn.

        Raises:
            InputTypeError: ``D104`` if ``state`` or ``classification`` has the wrong type.
            PolicyError: ``D407`` for an agent's turn. The policy reads customer turns:
                an agent's words are the rewriter's business, and counting them here
                would let an agent's insult strike the customer.
        """
        if not isinstance(state, BoundaryState):
            raise InputTypeError(
                ErrorCode.BAD_ARGUMENT,
                f"state must be a BoundaryState, got {type(state).__name__}",
            )
        if not isinstance(classification, Classification):
            raise InputTypeError(
                ErrorCode.BAD_ARGUMENT,
                f"classification must be a Classification, got {type(classification).__name__}",
            )
        if classification.speaker is not Speaker.CUSTOMER:
            raise PolicyError(
                ErrorCode.POLICY_AGENT_TURN,
                "decide() reads customer turns only; this classification is an agent's "
                "(classify agent drafts with speaker='agent' and pass them to the rewriter)",
            )
        return _decide(self, state, classification)

    def decide_many(
        self, classifications: Iterable[Classification], *, state: BoundaryState | None = None
    ) -> list[Decision]:
        """Decide every customer turn in order, each from the state the previous one left.

        Args:
            classifications: The classified customer turns, in order.
            state: The state to start from; ``policy.start()`` if not given.

        Raises:
            InputTypeError: as :meth:`decide` does.
            PolicyError: as :meth:`decide` does, for the first agent turn.
        """
        current = self.start() if state is None else state
        decisions = []
        for classification in classifications:
            decision = self.decide(current, classification)
            decisions.append(decision)
            current = decision.state
        return decisions


# -- the decision ------------------------------------------------------------------------

_ESCALATING = frozenset({"escalate_label", "manager_demand"})


def _names(labels: Iterable[Label]) -> str:
    return ", ".join(sorted(label.value for label in labels))


def _evidence(hits: Iterable[Hit]) -> str:
    return "; ".join(f'"{hit.text}" ({hit.label.value}, rule {hit.rule})' for hit in hits)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _ladder(policy: BoundaryPolicy, strikes: int) -> tuple[Action, str, str]:
    """The action for an abusive turn that brings the strikes to ``strikes``."""
    if strikes >= policy.disengage_at:
        return Action.DISENGAGE, "disengage_at", f"reaches disengage_at={policy.disengage_at}"
    if strikes >= policy.final_warning_at:
        return (
            Action.FINAL_WARNING,
            "final_warning_at",
            f"reaches final_warning_at={policy.final_warning_at}",
        )
    if strikes >= policy.warn_at:
        return Action.WARN, "warn_at", f"reaches warn_at={policy.warn_at}"
    return Action.ACKNOWLEDGE, "warn_at", f"is below warn_at={policy.warn_at}: noted, no warning"


def _ended(policy: BoundaryPolicy, state: BoundaryState, reopen: tuple[Hit, ...]) -> str:
    start = f"the conversation was ended at customer turn {state.disengaged_at}"
    if state.disengaged_by == "label":
        return f"{start} by a label of disengage_on, which is final"
    if not policy.reopen_on:
        return f"{start} for abuse, and reopen_on is empty"
    if not reopen:
        return f"{start} for abuse; this turn has none of reopen_on ({_names(policy.reopen_on)})"
    return (
        f"{start} for abuse; {_evidence(reopen)} is in reopen_on, but the turn is not "
        "respectful (abuse or hostility)"
    )


def _decide(policy: BoundaryPolicy, state: BoundaryState, turn: Classification) -> Decision:
    number = state.turns + 1

    def hits_of(labels: frozenset[Label]) -> tuple[Hit, ...]:
        return tuple(hit for hit in turn.hits if hit.label in labels)

    abuse = hits_of(policy.abuse)
    ending = hits_of(policy.disengage_on)
    hostile = any(label.family == "hostility" for label in turn.labels)
    respectful = not abuse and not ending and not hostile
    reasons: list[Reason] = []

    strikes, warnings, demands = state.strikes, state.warnings, state.manager_demands
    streak = state.respectful_streak
    escalated_at, disengaged_at, disengaged_by = (
        state.escalated_at,
        state.disengaged_at,
        state.disengaged_by,
    )

    # 1. An ended conversation stays ended, unless reopen_on reopens it. Its turns are
    #    still read and counted below, so the record stays complete.
    ended: Reason | None = None
    if state.disengaged:
        reopen = hits_of(policy.reopen_on)
        if state.disengaged_by == "strikes" and reopen and respectful:
            reasons.append(
                Reason(
                    kind="reopened",
                    action=Action.ACKNOWLEDGE,
                    setting="reopen_on",
                    hits=reopen,
                    message=(
                        f"{_evidence(reopen)} is in reopen_on and the turn is respectful: the "
                        f"conversation ended at turn {state.disengaged_at} reopens, with "
                        f"{_plural(strikes, 'strike')} standing"
                    ),
                )
            )
            disengaged_at = disengaged_by = None
        else:
            ended = Reason(
                kind="ended",
                action=Action.DISENGAGE,
                setting="reopen_on",
                message=_ended(policy, state, reopen) + ": say nothing more",
            )

    # 2. Labels that end the conversation at once, for good (a threat of violence).
    if ending:
        reasons.append(
            Reason(
                kind="disengage_label",
                action=Action.DISENGAGE,
                setting="disengage_on",
                hits=ending,
                message=f"{_evidence(ending)} is in disengage_on: end the conversation for good",
            )
        )
        disengaged_at = number if disengaged_at is None else disengaged_at
        disengaged_by = "label"

    # 3. Abuse: one strike per abusive turn, and the ladder of warnings.
    if abuse:
        strikes += 1
        streak = 0
        action, setting, verdict = _ladder(policy, strikes)
        reasons.append(
            Reason(
                kind="strike",
                action=action,
                setting=setting,
                hits=abuse,
                message=f"{_evidence(abuse)} is in abuse: strike {strikes}, which {verdict}",
            )
        )
        if action is Action.DISENGAGE and disengaged_at is None:
            disengaged_at, disengaged_by = number, "strikes"
    elif respectful:
        streak += 1
        every = policy.cool_down_after
        if every is not None and strikes > 0 and streak % every == 0:
            strikes -= 1
            reasons.append(
                Reason(
                    kind="cool_down",
                    action=Action.CONTINUE,
                    setting="cool_down_after",
                    message=(
                        f"{streak} respectful turns in a row (cool_down_after={every}): one "
                        f"strike forgiven, strikes {strikes + 1} -> {strikes}"
                    ),
                )
            )
    else:
        streak = 0

    # 4. Labels that call for a supervisor at once (a legal threat).
    escalating = hits_of(policy.escalate_on)
    if escalating:
        since = (
            f" (first called for at turn {state.escalated_at})"
            if state.escalated_at is not None
            else ""
        )
        reasons.append(
            Reason(
                kind="escalate_label",
                action=Action.ESCALATE,
                setting="escalate_on",
                hits=escalating,
                message=f"{_evidence(escalating)} is in escalate_on: bring in a supervisor{since}",
            )
        )

    # 5. Demands for a manager: escalate when repeated, late, or already escalated.
    manager = hits_of(policy.manager_on)
    if manager:
        demands += 1
        head = f"manager demand {demands} on customer turn {number}: {_evidence(manager)}"
        if state.escalated_at is not None:
            outcome = (
                Action.ESCALATE,
                "manager_on",
                f"a supervisor was already called for at turn {state.escalated_at}",
            )
        elif demands >= policy.manager_demands:
            outcome = (
                Action.ESCALATE,
                "manager_demands",
                f"reaches manager_demands={policy.manager_demands}: bring in a supervisor",
            )
        elif number >= policy.manager_from_turn:
            outcome = (
                Action.ESCALATE,
                "manager_from_turn",
                f"at or after manager_from_turn={policy.manager_from_turn}: bring in a supervisor",
            )
        else:
            outcome = (
                Action.ACKNOWLEDGE,
                "manager_demands",
                f"below manager_demands={policy.manager_demands} and before manager_from_turn="
                f"{policy.manager_from_turn}: try to help first, offer a supervisor if that fails",
            )
        reasons.append(
            Reason(
                kind="manager_demand",
                action=outcome[0],
                setting=outcome[1],
                hits=manager,
                message=f"{head}; {outcome[2]}",
            )
        )

    # 6. Heat: acknowledge a heated turn.
    if turn.level >= policy.acknowledge_from:
        signals = tuple(hit for hit in turn.hits if hit.label in _scoring.HEAT_WEIGHTS)
        reasons.append(
            Reason(
                kind="heat",
                action=Action.ACKNOWLEDGE,
                setting="acknowledge_from",
                hits=signals,
                message=(
                    f"level {turn.level.value} (heat {turn.heat:.2f}) is at or above "
                    f"acknowledge_from={policy.acknowledge_from.value}: acknowledge the feeling"
                ),
            )
        )

    if ended is not None:
        reasons.insert(0, ended)
    if not any(reason.action > Action.CONTINUE for reason in reasons):
        reasons.append(
            Reason(
                kind="calm",
                action=Action.CONTINUE,
                setting="acknowledge_from",
                message=(
                    f"level {turn.level.value} (heat {turn.heat:.2f}) is below acknowledge_from="
                    f"{policy.acknowledge_from.value}, and there is no abuse, threat or demand "
                    "the policy acts on: carry on"
                ),
            )
        )

    reasons.sort(key=lambda reason: -reason.action.rank)
    action = reasons[0].action
    if escalated_at is None and any(
        reason.action is Action.ESCALATE and reason.kind in _ESCALATING for reason in reasons
    ):
        escalated_at = number
    if action in (Action.WARN, Action.FINAL_WARNING):
        warnings += 1
    script_ids, script = _script(policy, action, reasons, turn, state.last_scripts)
    after = BoundaryState(
        turns=number,
        strikes=strikes,
        warnings=warnings,
        manager_demands=demands,
        respectful_streak=streak,
        escalated_at=escalated_at,
        disengaged_at=disengaged_at,
        disengaged_by=disengaged_by,
        last_scripts=script_ids,
    )
    return Decision(
        action=action, script=script, script_ids=script_ids, reasons=tuple(reasons), state=after
    )


# -- scripts -----------------------------------------------------------------------------

# The acknowledgement follows the most specific signal present, in this order: care for
# distress first, then what the customer went through, then what they ask for, then feeling.
_ACKNOWLEDGE_KEYS: tuple[tuple[Label, str], ...] = (
    (L.EMOTION_DISTRESS, "acknowledge.distress"),
    (L.GRIEVANCE_REPEAT, "acknowledge.repeat"),
    (L.GRIEVANCE_DELAY, "acknowledge.delay"),
    (L.THREAT_CHURN, "acknowledge.churn"),
    (L.THREAT_PUBLIC, "acknowledge.public"),
    (L.THREAT_LEGAL, "acknowledge.serious"),
    (L.DEMAND_REFUND, "acknowledge.refund"),
    (L.DEMAND_URGENCY, "acknowledge.urgency"),
    (L.DEMAND_MANAGER, "acknowledge.manager"),
    (L.EMOTION_ANGER, "acknowledge.anger"),
    (L.HOSTILITY_INSULT, "acknowledge.frustration"),
    (L.HOSTILITY_PROFANITY, "acknowledge.frustration"),
    (L.HOSTILITY_SHOUTING, "acknowledge.frustration"),
    (L.HOSTILITY_SARCASM, "acknowledge.frustration"),
)
_ESCALATE_KEYS: tuple[tuple[Label, str], ...] = (
    (L.THREAT_VIOLENCE, "escalate.threat"),
    (L.THREAT_LEGAL, "escalate.legal"),
    (L.EMOTION_DISTRESS, "escalate.distress"),
    (L.DEMAND_MANAGER, "escalate.manager"),
)


def _first_key(table: tuple[tuple[Label, str], ...], labels: Iterable[Label], default: str) -> str:
    present = set(labels)
    return next((key for label, key in table if label in present), default)


def _script_keys(action: Action, reasons: list[Reason], turn: Classification) -> tuple[str, ...]:
    deciding = reasons[0]
    if action is Action.CONTINUE:
        return ()
    if action is Action.DISENGAGE:
        if deciding.kind == "ended":
            return ()
        if deciding.kind == "disengage_label":
            labels = [hit.label for hit in deciding.hits]
            return ("disengage.threat" if L.THREAT_VIOLENCE in labels else "disengage.abuse",)
        return ("disengage.abuse",)
    if action is Action.ESCALATE:
        keys: list[str] = []
        strike = next((r for r in reasons if r.kind == "strike"), None)
        if strike is not None and strike.action >= Action.WARN:
            keys.append(
                "boundary.final_warning"
                if strike.action is Action.FINAL_WARNING
                else "boundary.warn"
            )
        if deciding.kind == "manager_demand":
            keys.append("escalate.manager")
        else:
            labels = [hit.label for hit in deciding.hits]
            keys.append(_first_key(_ESCALATE_KEYS, labels, "escalate.general"))
        return tuple(keys)
    if action is Action.FINAL_WARNING:
        return ("boundary.final_warning",)
    if action is Action.WARN:
        return ("boundary.warn",)
    if any(reason.kind == "reopened" for reason in reasons):
        return ("reopen",)
    if any(r.kind == "manager_demand" and r.action is Action.ACKNOWLEDGE for r in reasons):
        return ("acknowledge.manager",)
    return (_first_key(_ACKNOWLEDGE_KEYS, turn.labels, "acknowledge.general"),)


def _script(
    policy: BoundaryPolicy,
    action: Action,
    reasons: list[Reason],
    turn: Classification,
    last: tuple[str, ...],
) -> tuple[tuple[str, ...], str | None]:
    """The script's sentence IDs and text: the first variant of each key not used last turn."""
    texts = _policy_scripts.SCRIPTS[policy.lang]
    ids: list[str] = []
    sentences: list[str] = []
    for key in _script_keys(action, reasons, turn):
        variants = texts[key]
        index = next(
            (i for i in range(len(variants)) if f"{key}.{i + 1}" not in last),
            0,
        )
        ids.append(f"{key}.{index + 1}")
        sentences.append(variants[index])
    return tuple(ids), (" ".join(sentences) if sentences else None)
