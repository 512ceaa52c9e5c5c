"""The conversation: classifier, boundary policy and rewriter over a whole interaction.

A :class:`Conversation` is an immutable value built one turn at a time. Each
:class:`Turn` holds its classification; a customer turn also holds the policy's
decision, and an agent turn the rewriter's suggestion. The conversation then
reads the trajectory: heat per turn, a rolling escalation measure, and the
:class:`Recovery` moments where the customer cooled down after an agent's
technique.

>>> from deescalate import Conversation
>>> conv = Conversation.start()
>>> conv = conv.customer("My order is late AGAIN, this is ridiculous")
>>> conv = conv.agent(
...     "I'm sorry about the delay. I can resend it today or refund you - which do you prefer?"
... )
>>> conv = conv.customer("Resend please, thanks")
>>> len(conv), conv.last_decision.action.value
(3, 'continue')
>>> [recovery.describe() for recovery in conv.recoveries]
['recovered after an apology and a choice (heat 0.51 -> 0.00)']

Adding a turn returns a new conversation and costs the same however long the
conversation already is, so building 10,000 turns takes linear time.
"""

from __future__ import annotations

import html
import operator
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import islice
from typing import TYPE_CHECKING, Any, ClassVar, Final, Self, overload

from pydantic import (
    Field,
    PrivateAttr,
    SerializerFunctionWrapHandler,
    ValidationError,
    model_serializer,
    model_validator,
)

from deescalate._validation import CodedModel, Problem, coded_error, combine
from deescalate.classify import Classification, Classifier, _check_speaker, default_classifier
from deescalate.errors import (
    ConversationError,
    DeescalateError,
    ErrorCode,
    InputError,
    InputTypeError,
)
from deescalate.labels import Label, Speaker
from deescalate.lang import available_languages
from deescalate.models import Hit
from deescalate.policy import BoundaryPolicy, BoundaryState, Decision
from deescalate.rewrite import Rewrite, Rewriter, default_rewriter

__all__ = ["ESCALATION_FACTOR", "Conversation", "Recovery", "Turn"]

ESCALATION_FACTOR: Final = 0.5
"""The weight of the newest customer turn in the rolling escalation measure.

``escalation = 0.5 * heat + 0.5 * previous escalation``: the newest customer turn
counts as much as all the earlier ones together, so the measure follows a change
within two turns, while one calm message does not wipe out a heated history.
"""

# How each technique reads in a sentence ("recovered after an apology and a choice").
_TECHNIQUE_WORDS: Final[Mapping[Label, str]] = {
    Label.TECHNIQUE_ACKNOWLEDGE: "an acknowledgement",
    Label.TECHNIQUE_APOLOGY: "an apology",
    Label.TECHNIQUE_OWNERSHIP: "taking ownership",
    Label.TECHNIQUE_PARAPHRASE: "a paraphrase",
    Label.TECHNIQUE_GRATITUDE: "thanks",
    Label.TECHNIQUE_CHOICE: "a choice",
    Label.TECHNIQUE_POSITIVE_FRAME: "saying what can be done",
    Label.TECHNIQUE_NEXT_STEPS: "clear next steps",
    Label.TECHNIQUE_COLLABORATION: "an offer to work on it together",
    Label.TECHNIQUE_REASSURANCE: "reassurance",
    Label.TECHNIQUE_BOUNDARY: "a respectful boundary",
    Label.TECHNIQUE_CLARIFYING_QUESTION: "a clarifying question",
    Label.TECHNIQUE_FOLLOW_UP: "a follow-up",
    Label.TECHNIQUE_SUPPORTIVE_ESCALATION: "an offer of a supervisor",
}


# -- errors ------------------------------------------------------------------------------


class _Checked(CodedModel):
    """Turns pydantic's validation errors into a :class:`ConversationError` with codes.

    A nested turn's problems arrive already converted: they keep their message and gain
    their location (``turns.3: ...``).
    """

    _error_what: ClassVar[str] = "conversation"

    @classmethod
    def _convert(cls, error: ValidationError, data: Any) -> DeescalateError:
        return coded_error(
            error,
            ConversationError,
            default=ErrorCode.CONVERSATION_INVALID,
            what=cls._error_what,
            carry=DeescalateError,
            locate_carried=True,
            problem_what=False,
        )


# -- turns and recoveries ----------------------------------------------------------------


def _family(labels: Iterable[Label], family: str) -> frozenset[Label]:
    return frozenset(label for label in labels if label.family == family)


class Turn(_Checked):
    """One message of a conversation and everything read from it.

    A customer turn carries the policy's ``decision``; an agent turn carries the
    rewriter's suggestion (``rewrite``) and its lint (``triggers``, ``techniques``).

    Raises:
        ConversationError: ``D414`` when the parts do not fit: a classification of
            another text or speaker, a decision on an agent turn or none on a customer
            turn, a rewrite on a customer turn, none on an agent turn, or of another text.
    """

    _error_what: ClassVar[str] = "turn"

    index: int = Field(ge=0, description="0-based position in the conversation.")
    speaker: Speaker = Field(description="Who wrote the message.")
    text: str = Field(description="The message as given.")
    classification: Classification = Field(description="What the classifier found in it.")
    decision: Decision | None = Field(
        default=None, description="The policy's decision after this turn (customer turns only)."
    )
    rewrite: Rewrite | None = Field(
        default=None,
        description="The rewriter's suggestion for this message (agent turns only).",
    )

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        problems: list[str] = []
        if self.classification.text != self.text:
            problems.append("the classification is of another text")
        if self.classification.speaker is not self.speaker:
            problems.append(f"the classification is of a {self.classification.speaker} turn")
        if self.speaker is Speaker.CUSTOMER:
            if self.decision is None:
                problems.append("a customer turn carries the policy's decision")
            if self.rewrite is not None:
                problems.append("only agent turns carry a rewrite")
        else:
            if self.decision is not None:
                problems.append("only customer turns carry a decision")
            if self.rewrite is None:
                problems.append("an agent turn carries the rewriter's suggestion")
            elif self.rewrite.original != self.text:
                problems.append("the rewrite is of another text")
        if problems:
            raise Problem(
                ErrorCode.CONVERSATION_TURN_MISMATCH,
                f"turn {self.index} ({self.speaker}): {'; '.join(problems)}",
            )
        return self

    @property
    def heat(self) -> float:
        """The classification's heat, 0 to 1."""
        return self.classification.heat

    @property
    def triggers(self) -> frozenset[Label]:
        """The ``trigger.*`` labels: what an agent said that tends to escalate."""
        return _family(self.classification.labels, "trigger")

    @property
    def techniques(self) -> frozenset[Label]:
        """The ``technique.*`` labels: the de-escalation techniques an agent used."""
        return _family(self.classification.labels, "technique")


def _phrase(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


class Recovery(_Checked):
    """A moment where the customer's heat fell after an agent turn that used techniques.

    ``before`` is the heat of the last customer turn before the agent turn,
    ``after`` the heat of the next customer turn. When several agent turns come
    between the two customer turns, the recovery names the last one that used a
    technique.

    Raises:
        ConversationError: ``D415`` when heat did not fall, the agent turn is not
            before the customer turn, or the techniques are not sorted, not
            ``technique.*`` labels, or not the labels of the evidence.
    """

    _error_what: ClassVar[str] = "recovery"

    agent_turn: int = Field(
        ge=0, description="Index of the agent turn whose techniques preceded the fall."
    )
    customer_turn: int = Field(
        ge=0, description="Index of the next customer turn, where the heat was measured after."
    )
    before: float = Field(
        ge=0.0, le=1.0, description="Heat of the customer turn before the agent turn."
    )
    after: float = Field(ge=0.0, le=1.0, description="Heat of the customer turn after it.")
    techniques: tuple[Label, ...] = Field(
        min_length=1, description="The technique labels of the agent turn, sorted."
    )
    evidence: tuple[Hit, ...] = Field(
        min_length=1,
        description="The technique hits of the agent turn; spans point into that turn's text.",
    )

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        problems: list[str] = []
        if self.agent_turn >= self.customer_turn:
            problems.append(
                f"the agent turn {self.agent_turn} is not before the customer turn "
                f"{self.customer_turn}"
            )
        if not self.after < self.before:
            problems.append(f"heat did not fall ({self.before} -> {self.after})")
        if any(label.family != "technique" for label in self.techniques):
            problems.append("techniques must be technique.* labels")
        if list(self.techniques) != sorted(set(self.techniques)):
            problems.append("techniques must be sorted, without repeats")
        if {hit.label for hit in self.evidence} != set(self.techniques):
            problems.append("the evidence must be hits of exactly the techniques")
        if problems:
            raise Problem(ErrorCode.RECOVERY_MISMATCH, "; ".join(problems))
        return self

    @property
    def drop(self) -> float:
        """How far the heat fell: ``before - after``."""
        return self.before - self.after

    def describe(self) -> str:
        """The recovery in plain English, techniques in the order the agent used them.

        Example:
            >>> from deescalate import Hit, Recovery
            >>> Recovery(
            ...     agent_turn=1, customer_turn=2, before=0.72, after=0.1,
            ...     techniques=["technique.apology", "technique.choice"],
            ...     evidence=[
            ...         Hit(start=0, end=5, text="Sorry", label="technique.apology",
            ...             rule="en.technique.apology.sorry"),
            ...         Hit(start=7, end=26, text="which do you prefer",
            ...             label="technique.choice", rule="en.technique.choice.prefer"),
            ...     ],
            ... ).describe()
            'recovered after an apology and a choice (heat 0.72 -> 0.10)'
        """
        used = dict.fromkeys(hit.label for hit in self.evidence)
        words = [_TECHNIQUE_WORDS.get(label, label.value) for label in used]
        return f"recovered after {_phrase(words)} (heat {self.before:.2f} -> {self.after:.2f})"


# -- the running record ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Entry:
    """One turn and the trajectory up to it, computed once when the turn is added."""

    turn: Turn
    escalation: float
    peak: float
    customer: Turn | None  # the last customer turn at or before this one
    helper: Turn | None  # the last agent turn with techniques since `customer`
    recovery: Recovery | None  # the recovery this customer turn completes


def _next_entry(previous: _Entry | None, turn: Turn) -> _Entry:
    """The entry for ``turn``, from the entry of the turn before it: O(1) per turn."""
    escalation = previous.escalation if previous is not None else 0.0
    peak = previous.peak if previous is not None else 0.0
    customer = previous.customer if previous is not None else None
    helper = previous.helper if previous is not None else None
    if turn.speaker is Speaker.AGENT:
        if turn.techniques:
            helper = turn
        return _Entry(turn, escalation, peak, customer, helper, None)
    heat = turn.heat
    recovery = None
    if customer is not None and helper is not None and heat < customer.heat:
        evidence = tuple(
            hit for hit in helper.classification.hits if hit.label.family == "technique"
        )
        recovery = Recovery.model_construct(
            agent_turn=helper.index,
            customer_turn=turn.index,
            before=customer.heat,
            after=heat,
            techniques=tuple(sorted(helper.techniques)),
            evidence=evidence,
        )
    escalation = min(1.0, round(ESCALATION_FACTOR * heat + (1 - ESCALATION_FACTOR) * escalation, 6))
    return _Entry(turn, escalation, max(peak, heat), turn, None, recovery)


def _push(entries: list[_Entry], size: int, entry: _Entry) -> list[_Entry]:
    """``entries[:size] + [entry]``, sharing ``entries`` when this conversation is its tip.

    Conversations that share history share one append-only list, each seeing its
    first ``size`` entries. The first conversation to add a turn after entry
    ``size`` claims that slot (``list.append`` is atomic); any other, such as a
    second branch from the same conversation, copies its history once.
    """
    if len(entries) == size:
        entries.append(entry)
        if entries[size] is entry:
            return entries
    branch = entries[:size]
    branch.append(entry)
    return branch


def _state_after(entry: _Entry | None, policy: BoundaryPolicy) -> BoundaryState:
    if entry is None or entry.customer is None or entry.customer.decision is None:
        return policy.start()
    return entry.customer.decision.state


# -- checking arguments ------------------------------------------------------------------


def _check_lang(lang: Any) -> str:
    if not isinstance(lang, str):
        raise InputError(
            ErrorCode.UNKNOWN_LANGUAGE,
            f"lang must be a language code str, got {type(lang).__name__}",
        )
    if lang not in available_languages():
        raise InputError(
            ErrorCode.UNKNOWN_LANGUAGE,
            f"no language pack for {lang!r}; available: {', '.join(available_languages())}",
        )
    return lang


def _check_parts(
    lang: str,
    policy: Any,
    classifier: Any,
    rewriter: Any,
) -> tuple[BoundaryPolicy, Classifier | None, Rewriter | None]:
    if policy is None:
        policy = BoundaryPolicy(lang=lang)
    elif not isinstance(policy, BoundaryPolicy):
        raise InputTypeError(
            ErrorCode.BAD_ARGUMENT,
            f"policy must be a BoundaryPolicy or None, got {type(policy).__name__}",
        )
    if classifier is not None and not isinstance(classifier, Classifier):
        raise InputTypeError(
            ErrorCode.BAD_ARGUMENT,
            f"classifier must be a deescalate.Classifier or None, got {type(classifier).__name__}",
        )
    if rewriter is not None and not isinstance(rewriter, Rewriter):
        raise InputTypeError(
            ErrorCode.BAD_ARGUMENT,
            f"rewriter must be a deescalate.Rewriter or None, got {type(rewriter).__name__}",
        )
    for name, part in (("policy", policy), ("classifier", classifier), ("rewriter", rewriter)):
        if part is not None and part.lang != lang:
            raise ConversationError(
                ErrorCode.CONVERSATION_WRONG_LANGUAGE,
                f"the {name} is for {part.lang!r} but the conversation is {lang!r}",
            )
    return policy, classifier, rewriter


def _check_pairs(turns: Any) -> list[tuple[Speaker, str]]:
    if isinstance(turns, str | bytes) or not isinstance(turns, Iterable):
        raise ConversationError(
            ErrorCode.CONVERSATION_BAD_ITEM,
            f"turns must be an iterable of (speaker, text) pairs, got {type(turns).__name__}",
        )
    pairs: list[tuple[Speaker, str]] = []
    for position, item in enumerate(turns):
        if not isinstance(item, tuple | list) or len(item) != 2:
            raise ConversationError(
                ErrorCode.CONVERSATION_BAD_ITEM,
                f"turns[{position}] must be a (speaker, text) pair, got {item!r:.80}",
            )
        speaker, text = item
        if not (isinstance(speaker, str) and speaker in Speaker._value2member_map_):
            raise InputError(
                ErrorCode.UNKNOWN_SPEAKER,
                f"turns[{position}]: speaker must be 'customer' or 'agent', got {speaker!r:.80}",
            )
        if not isinstance(text, str):
            raise InputTypeError(
                ErrorCode.TEXT_NOT_STR,
                f"turns[{position}]: text must be a str, got {type(text).__name__}",
            )
        pairs.append((Speaker(speaker), text))
    return pairs


# -- the conversation --------------------------------------------------------------------


class Conversation(_Checked):
    """An immutable conversation, built turn by turn.

    Start one with :meth:`start` (or ``Conversation()``) and add turns with
    :meth:`customer`, :meth:`agent` or :meth:`add`; each returns a new conversation
    and leaves the old one as it was. :meth:`from_turns` builds one from
    ``(speaker, text)`` pairs. Adding a turn costs the same however long the
    conversation is; the tuples it offers (``turns``, ``heat``, ``recoveries``...)
    are made on first use and kept.

    The classifier and rewriter it uses are not part of the value: they are not
    serialised, and a conversation read back from JSON uses the built-in ones for
    its language (see :meth:`using`). The JSON round trip is exact:
    ``Conversation.model_validate_json(c.model_dump_json()) == c``.

    Raises:
        ConversationError: reading one back (``Conversation(...)``,
            ``model_validate``, ``model_validate_json``) that does not hold together:
            ``D410`` a wrong type or field, ``D412`` a policy or turn in another
            language, ``D413`` turns numbered out of order, ``D414`` a turn whose parts
            do not fit or decisions that do not follow one another. A problem inside a
            nested value keeps its own code (``D408`` for a bad policy state).
    """

    lang: str = Field(default="en", description="Language code of the conversation.")
    policy: BoundaryPolicy = Field(
        default_factory=BoundaryPolicy,
        description="The boundary policy that decides after each customer turn.",
    )
    turns: tuple[Turn, ...] = Field(
        default=(), description="Every turn, in order; none is ever dropped or reordered."
    )

    # The running record: `_entries[:_size]` are this conversation's turns and trajectory.
    # `None` until first needed when the conversation was validated from data.
    _entries: list[_Entry] | None = PrivateAttr(default=None)
    _size: int = PrivateAttr(default=0)
    _classifier: Classifier | None = PrivateAttr(default=None)
    _rewriter: Rewriter | None = PrivateAttr(default=None)

    # -- validation (data from outside) --------------------------------------------------
    @model_validator(mode="before")
    @classmethod
    def _default_policy(cls, data: Any) -> Any:
        if isinstance(data, Mapping) and data.get("policy") is None:
            lang = data.get("lang", "en")
            if isinstance(lang, str):
                if lang not in available_languages():
                    raise Problem(
                        ErrorCode.UNKNOWN_LANGUAGE,
                        f"no language pack for {lang!r}; available: "
                        f"{', '.join(available_languages())}",
                    )
                return {**data, "policy": BoundaryPolicy(lang=lang)}
        return data

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        problems: list[tuple[ErrorCode, str]] = []
        if self.policy.lang != self.lang:
            problems.append(
                (
                    ErrorCode.CONVERSATION_WRONG_LANGUAGE,
                    f"the policy is for {self.policy.lang!r} but the conversation is {self.lang!r}",
                )
            )
        customers = 0
        for position, turn in enumerate(self.__dict__["turns"]):
            if turn.index != position:
                problems.append(
                    (
                        ErrorCode.CONVERSATION_TURN_ORDER,
                        f"turns[{position}] has index {turn.index}; turns are numbered "
                        "0, 1, 2... in order",
                    )
                )
            if turn.classification.lang != self.lang:
                problems.append(
                    (
                        ErrorCode.CONVERSATION_WRONG_LANGUAGE,
                        f"turns[{position}] was classified as {turn.classification.lang!r} "
                        f"but the conversation is {self.lang!r}",
                    )
                )
            if turn.decision is not None:
                customers += 1
                if turn.decision.turn != customers:
                    problems.append(
                        (
                            ErrorCode.CONVERSATION_TURN_MISMATCH,
                            f"turns[{position}] is customer turn {customers} but its "
                            f"decision is for customer turn {turn.decision.turn}",
                        )
                    )
            if len(problems) >= 10:
                break
        if problems:
            raise combine(ConversationError, problems)
        return self

    def _serialize(self, handler: SerializerFunctionWrapHandler) -> Any:
        if "turns" not in self.__dict__:
            self._materialise()
        return handler(self)

    # Without a return annotation pydantic describes the output by the fields themselves
    # (``model_json_schema(mode="serialization")``), which is what the serializer gives.
    del _serialize.__annotations__["return"]
    _serialize = model_serializer(mode="wrap")(_serialize)

    # -- the running record --------------------------------------------------------------
    @classmethod
    def _assemble(
        cls,
        lang: str,
        policy: BoundaryPolicy,
        entries: list[_Entry],
        size: int,
        classifier: Classifier | None,
        rewriter: Rewriter | None,
    ) -> Conversation:
        """A conversation from trusted parts, without validating (or copying) the turns."""
        conv = cls.__new__(cls)
        object.__setattr__(conv, "__dict__", {"lang": lang, "policy": policy})
        object.__setattr__(conv, "__pydantic_fields_set__", {"lang", "policy", "turns"})
        object.__setattr__(conv, "__pydantic_extra__", None)
        object.__setattr__(
            conv,
            "__pydantic_private__",
            {
                "_entries": entries,
                "_size": size,
                "_classifier": classifier,
                "_rewriter": rewriter,
            },
        )
        return conv

    def _log(self) -> tuple[list[_Entry], int]:
        """The shared entries and how many are this conversation's."""
        private = self.__pydantic_private__
        assert private is not None
        entries: list[_Entry] | None = private["_entries"]
        if entries is None:
            entries = []
            previous = None
            for turn in self.__dict__["turns"]:
                previous = _next_entry(previous, turn)
                entries.append(previous)
            private["_entries"], private["_size"] = entries, len(entries)
        return entries, private["_size"]

    def _materialise(self) -> tuple[Turn, ...]:
        entries, size = self._log()
        turns = tuple(entry.turn for entry in islice(entries, size))
        self.__dict__["turns"] = turns
        return turns

    def _last(self) -> _Entry | None:
        entries, size = self._log()
        return entries[size - 1] if size else None

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            if name == "turns":
                return self._materialise()
            return super().__getattr__(name)

    def _parts(self) -> tuple[Classifier, Rewriter]:
        private = self.__pydantic_private__
        assert private is not None
        classifier: Classifier | None = private["_classifier"]
        rewriter: Rewriter | None = private["_rewriter"]
        return (
            classifier if classifier is not None else default_classifier(self.lang),
            rewriter if rewriter is not None else default_rewriter(self.lang),
        )

    # -- building ------------------------------------------------------------------------
    @classmethod
    def start(
        cls,
        lang: str = "en",
        *,
        policy: BoundaryPolicy | None = None,
        classifier: Classifier | None = None,
        rewriter: Rewriter | None = None,
    ) -> Conversation:
        """An empty conversation.

        Args:
            lang: Language code of the conversation.
            policy: The boundary policy; ``None`` for ``BoundaryPolicy(lang=lang)``.
            classifier: The classifier for every turn; ``None`` for the built-in one.
            rewriter: The rewriter for agent turns; ``None`` for the built-in one.

        Raises:
            InputError: ``D103`` for an unknown language.
            InputTypeError: ``D104`` for a policy, classifier or rewriter of the wrong type.
            ConversationError: ``D412`` for a policy, classifier or rewriter in another
                language.
        """
        lang = _check_lang(lang)
        checked, classifier, rewriter = _check_parts(lang, policy, classifier, rewriter)
        return cls._assemble(lang, checked, [], 0, classifier, rewriter)

    @classmethod
    def from_turns(
        cls,
        turns: Iterable[tuple[Speaker | str, str]],
        *,
        lang: str = "en",
        policy: BoundaryPolicy | None = None,
        classifier: Classifier | None = None,
        rewriter: Rewriter | None = None,
    ) -> Conversation:
        """A conversation of ``(speaker, text)`` pairs, in order.

        Every pair is checked before any is classified, so a bad one fails fast and
        names its position.

        Args:
            turns: ``("customer" | "agent" | Speaker, text)`` pairs.
            lang: As for :meth:`start`.
            policy: As for :meth:`start`.
            classifier: As for :meth:`start`.
            rewriter: As for :meth:`start`.

        Raises:
            ConversationError: ``D411`` for an item that is not a ``(speaker, text)``
                pair; ``D412`` as for :meth:`start`.
            InputError: ``D102`` for an unknown speaker, ``D103`` an unknown language.
            InputTypeError: ``D101`` for a text that is not a ``str``; ``D104`` as for
                :meth:`start`.
        """
        conv = cls.start(lang, policy=policy, classifier=classifier, rewriter=rewriter)
        pairs = _check_pairs(turns)
        classifier_, rewriter_ = conv._parts()
        entries: list[_Entry] = []
        previous: _Entry | None = None
        for index, (speaker, text) in enumerate(pairs):
            turn = _read(conv.policy, classifier_, rewriter_, previous, index, speaker, text, {})
            previous = _next_entry(previous, turn)
            entries.append(previous)
        return cls._assemble(conv.lang, conv.policy, entries, len(entries), classifier, rewriter)

    def add(self, speaker: Speaker | str, text: str, **facts: str) -> Conversation:
        """A new conversation with one more turn.

        Args:
            speaker: ``"customer"``, ``"agent"`` or a :class:`~deescalate.Speaker`.
            text: The message.
            **facts: For an agent turn, facts for the rewriter's suggestion (``offer``,
                ``when``... see :func:`deescalate.rewrite`).

        Raises:
            InputError: ``D102`` for an unknown speaker; ``D104`` for facts on a customer
                turn; ``D301``/``D302`` for a bad fact.
            InputTypeError: ``D101`` if ``text`` is not a ``str``.
        """
        who = _check_speaker(speaker)
        if facts and who is Speaker.CUSTOMER:
            raise InputError(
                ErrorCode.BAD_ARGUMENT,
                "facts are for the rewriter's suggestion on agent turns; a customer turn "
                f"takes none (got {', '.join(sorted(facts))})",
            )
        classifier, rewriter = self._parts()
        entries, size = self._log()
        previous = entries[size - 1] if size else None
        turn = _read(self.policy, classifier, rewriter, previous, size, who, text, facts)
        entries = _push(entries, size, _next_entry(previous, turn))
        private = self.__pydantic_private__
        assert private is not None
        return self._assemble(
            self.lang,
            self.policy,
            entries,
            size + 1,
            private["_classifier"],
            private["_rewriter"],
        )

    def customer(self, text: str) -> Conversation:
        """A new conversation with one more customer turn (see :meth:`add`)."""
        return self.add(Speaker.CUSTOMER, text)

    def agent(self, text: str, **facts: str) -> Conversation:
        """A new conversation with one more agent turn (see :meth:`add`)."""
        return self.add(Speaker.AGENT, text, **facts)

    def using(
        self, *, classifier: Classifier | None = None, rewriter: Rewriter | None = None
    ) -> Conversation:
        """The same turns, with another classifier or rewriter for the turns added next.

        Useful after reading a conversation back from JSON, which restores the
        built-in classifier and rewriter. Turns already there are kept as they are.

        Raises:
            InputTypeError: ``D104`` for a classifier or rewriter of the wrong type.
            ConversationError: ``D412`` for one in another language.
        """
        _check_parts(self.lang, self.policy, classifier, rewriter)
        entries, size = self._log()
        private = self.__pydantic_private__
        assert private is not None
        return self._assemble(
            self.lang,
            self.policy,
            entries,
            size,
            classifier if classifier is not None else private["_classifier"],
            rewriter if rewriter is not None else private["_rewriter"],
        )

    # -- a sequence of turns -------------------------------------------------------------
    def __len__(self) -> int:
        return self._log()[1]

    def __iter__(self) -> Iterator[Turn]:  # type: ignore[override]
        entries, size = self._log()
        return (entry.turn for entry in islice(entries, size))

    @overload
    def __getitem__(self, index: int) -> Turn: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Turn, ...]: ...

    def __getitem__(self, index: int | slice) -> Turn | tuple[Turn, ...]:
        entries, size = self._log()
        if isinstance(index, slice):
            return tuple(entries[i].turn for i in range(*index.indices(size)))
        if isinstance(index, bool) or not hasattr(index, "__index__"):
            raise InputTypeError(
                ErrorCode.BAD_ARGUMENT,
                f"turn index must be an int or a slice, got {type(index).__name__}",
            )
        index = operator.index(index)
        position = index + size if index < 0 else index
        if not 0 <= position < size:
            raise IndexError(f"turn index {index} out of range for {size} turns")
        return entries[position].turn

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Conversation):
            return NotImplemented
        if self is other:
            return True
        if self.lang != other.lang or self.policy != other.policy or len(self) != len(other):
            return False
        pairs = zip(self, other, strict=True)
        return all(mine is theirs or mine == theirs for mine, theirs in pairs)

    def __hash__(self) -> int:
        return hash((self.lang, self.policy, self.turns))

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """The conversation itself (it is immutable), or a new one with ``update`` validated.

        Unlike pydantic's default, ``update`` is validated like a new conversation, and
        the classifier and rewriter are kept when the language stays the same.

        Raises:
            ConversationError: as reading a conversation back does.
        """
        if not update:
            return self
        data = {"lang": self.lang, "policy": self.policy, "turns": self.turns, **update}
        new = self.model_validate(data)
        private, new_private = self.__pydantic_private__, new.__pydantic_private__
        if private is not None and new_private is not None and new.lang == self.lang:
            new_private["_classifier"] = private["_classifier"]
            new_private["_rewriter"] = private["_rewriter"]
        return new

    def __copy__(self) -> Self:
        return self

    def __deepcopy__(self, memo: dict[int, Any] | None = None) -> Self:
        return self

    def __getstate__(self) -> dict[Any, Any]:
        if "turns" not in self.__dict__:
            self._materialise()
        state = super().__getstate__()
        private = dict(state["__pydantic_private__"] or {})
        private.update(_entries=None, _size=0)
        if private.get("_classifier") is default_classifier(self.lang):
            private["_classifier"] = None
        if private.get("_rewriter") is default_rewriter(self.lang):
            private["_rewriter"] = None
        state["__pydantic_private__"] = private
        return state

    def __repr_args__(self) -> Any:
        if "turns" not in self.__dict__:
            self._materialise()
        return super().__repr_args__()

    # -- the trajectory ------------------------------------------------------------------
    @property
    def state(self) -> BoundaryState:
        """The policy's state after the last customer turn (``policy.start()`` before one)."""
        return _state_after(self._last(), self.policy)

    @property
    def last_decision(self) -> Decision | None:
        """The decision after the last customer turn, if there is one."""
        last = self._last()
        return None if last is None or last.customer is None else last.customer.decision

    @property
    def peak_heat(self) -> float:
        """The highest heat of a customer turn (0.0 when there is none)."""
        last = self._last()
        return 0.0 if last is None else last.peak

    @property
    def final_heat(self) -> float:
        """The heat of the last customer turn (0.0 when there is none)."""
        last = self._last()
        return 0.0 if last is None or last.customer is None else last.customer.heat

    @cached_property
    def customer_turns(self) -> tuple[Turn, ...]:
        """The customer turns, in order."""
        return tuple(turn for turn in self if turn.speaker is Speaker.CUSTOMER)

    @cached_property
    def agent_turns(self) -> tuple[Turn, ...]:
        """The agent turns, in order."""
        return tuple(turn for turn in self if turn.speaker is Speaker.AGENT)

    @cached_property
    def heat(self) -> tuple[float, ...]:
        """The heat of every turn, customer and agent, in order."""
        return tuple(turn.heat for turn in self)

    @cached_property
    def escalation(self) -> tuple[float, ...]:
        """The rolling escalation measure after every turn, in [0, 1].

        An exponentially weighted mean of customer heat, starting from 0 (calm)::

            escalation = ESCALATION_FACTOR * heat + (1 - ESCALATION_FACTOR) * previous

        with ``ESCALATION_FACTOR = 0.5`` and ``heat`` the heat of the customer turn,
        rounded to 6 places. Agent turns carry the previous value: the measure is
        about the customer, and an agent's effect shows in the customer's next turn.
        """
        entries, size = self._log()
        return tuple(entry.escalation for entry in islice(entries, size))

    @cached_property
    def decisions(self) -> tuple[Decision, ...]:
        """The policy's decisions, one per customer turn, in order."""
        return tuple(turn.decision for turn in self if turn.decision is not None)

    @cached_property
    def recoveries(self) -> tuple[Recovery, ...]:
        """The moments the customer's heat fell after an agent turn that used techniques.

        A recovery is found at a customer turn whose heat is below that of the
        previous customer turn, when an agent turn between the two used at least
        one ``technique.*`` label (the last such agent turn is named).
        """
        entries, size = self._log()
        return tuple(
            entry.recovery for entry in islice(entries, size) if entry.recovery is not None
        )

    @cached_property
    def labels(self) -> frozenset[Label]:
        """Every label seen in any turn."""
        return frozenset(label for turn in self for label in turn.classification.labels)

    @cached_property
    def techniques(self) -> frozenset[Label]:
        """The ``technique.*`` labels the agent used."""
        return frozenset(label for turn in self.agent_turns for label in turn.techniques)

    def _repr_html_(self) -> str:
        """Notebook display: one row per turn, then the recoveries and where things stand."""
        return _render_html(self)


def _read(
    policy: BoundaryPolicy,
    classifier: Classifier,
    rewriter: Rewriter,
    previous: _Entry | None,
    index: int,
    speaker: Speaker,
    text: str,
    facts: Mapping[str, str],
) -> Turn:
    """Classify one message and add the decision or the rewrite: turn ``index``."""
    classification = classifier.classify(text, speaker=speaker)
    if speaker is Speaker.CUSTOMER:
        decision = policy.decide(_state_after(previous, policy), classification)
        return Turn.model_construct(
            index=index,
            speaker=speaker,
            text=text,
            classification=classification,
            decision=decision,
            rewrite=None,
        )
    return Turn.model_construct(
        index=index,
        speaker=speaker,
        text=text,
        classification=classification,
        decision=None,
        rewrite=rewriter.rewrite(text, **facts),
    )


# -- notebook display --------------------------------------------------------------------

_HTML_ROWS = 200  # a longer conversation shows its first and last 100 turns


def _labels_html(labels: Iterable[Label]) -> str:
    return ", ".join(f"<code>{html.escape(label.value)}</code>" for label in sorted(labels))


def _row_html(turn: Turn, escalation: float) -> str:
    if turn.decision is not None:
        note = f"<b>{html.escape(turn.decision.action.value)}</b>"
        if turn.decision.script is not None:
            note += f"<br><i>{html.escape(turn.decision.script)}</i>"
    else:
        parts = []
        if turn.techniques:
            parts.append(_labels_html(turn.techniques))
        if turn.triggers:
            parts.append(f"triggers: {_labels_html(turn.triggers)}")
        if turn.rewrite is not None and turn.rewrite.changed:
            parts.append(f"suggested: <i>{html.escape(turn.rewrite.text)}</i>")
        note = "<br>".join(parts)
    return (
        f"<tr><td>{turn.index}</td><td>{html.escape(turn.speaker.value)}</td>"
        f'<td style="white-space:pre-wrap">{html.escape(turn.text)}</td>'
        f"<td>{turn.heat:.2f}</td><td>{escalation:.2f}</td><td>{note}</td></tr>"
    )


def _render_html(conv: Conversation) -> str:
    entries, size = conv._log()
    shown = range(size)
    cut = None
    if size > _HTML_ROWS:
        half = _HTML_ROWS // 2
        shown = range(half)
        cut = (half, size - half)
    rows = [_row_html(entries[i].turn, entries[i].escalation) for i in shown]
    if cut is not None:
        rows.append(f'<tr><td colspan="6"><i>… {cut[1] - cut[0]} turns not shown …</i></td></tr>')
        rows += [_row_html(entries[i].turn, entries[i].escalation) for i in range(cut[1], size)]
    recoveries = "".join(f"<li>{html.escape(r.describe())}</li>" for r in conv.recoveries)
    last = conv.last_decision
    standing = (
        f"{size} turns · peak heat {conv.peak_heat:.2f} · final heat {conv.final_heat:.2f}"
        + (f" · last action <b>{html.escape(last.action.value)}</b>" if last else "")
    )
    return (
        '<div class="deescalate-conversation"><table>'
        "<tr><th>#</th><th>who</th><th>text</th><th>heat</th><th>escalation</th>"
        "<th>decision / lint</th></tr>"
        f"{''.join(rows)}</table><p>{standing}</p>"
        + (f"<p>Recoveries:</p><ul>{recoveries}</ul>" if recoveries else "")
        + "</div>"
    )
