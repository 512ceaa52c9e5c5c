"""STAR cases: Situation, Task, Action, Result records of a customer interaction.

A :class:`StarCase` documents one interaction for training, coaching or an
incident log, the way the seed documents describe the STAR method: what happened
(situation), what the agent had to do (task), what the agent did (actions, in
order), and how it ended (result). Beside the four parts it carries the facts that
make cases useful in bulk: the channel, the labels seen, the techniques used, the
:class:`Outcome`, the peak and final heat, and free tags.

Build one step by step; every step returns a new builder:

>>> from deescalate import StarCase
>>> case = (
...     StarCase.builder()
...     .situation("A customer wrote in, frustrated that their order was two weeks late.")
...     .task("Acknowledge the delay and empathise.")
...     .action("Explained the delay.")
...     .action("Offered a discount on the next purchase.")
...     .result("The customer felt heard and left a positive review.")
...     .outcome("resolved")
...     .build()
... )
>>> [action.text for action in case.actions]
['Explained the delay.', 'Offered a discount on the next purchase.']
>>> StarCase.builder().task("Acknowledge the delay.").build()
Traceback (most recent call last):
...
deescalate.errors.StarError: [D501] the case is missing its situation, actions and result

Or draft one from a conversation. A draft quotes the conversation and nothing
else: each part's text is its quotes joined by :data:`QUOTE_SEPARATOR`, and each
quote says which turn and which characters of it it is. A part with no evidence
stays empty and is listed in ``missing``:

>>> draft = StarCase.draft_from([
...     ("customer", "My order is two weeks late, this is ridiculous."),
...     ("agent", "I'm sorry about the delay. Would you prefer a refund or a replacement?"),
...     ("customer", "A replacement, thanks."),
... ])
>>> draft.situation.text
'My order is two weeks late, this is ridiculous.'
>>> draft.actions[0].evidence[0].turn, draft.outcome.value, draft.missing
(1, 'resolved', ())
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import StrEnum
from typing import Any, ClassVar, Final, NamedTuple, Self

from pydantic import (
    Field,
    ValidationError,
    field_serializer,
    model_validator,
)
from pydantic_core import ErrorDetails

from deescalate import _star_text
from deescalate._validation import CodedModel, Problem, coded_error, combine
from deescalate.conversation import Conversation, Turn
from deescalate.errors import DeescalateError, ErrorCode, StarError
from deescalate.labels import Label, Level, Speaker
from deescalate.models import Hit
from deescalate.policy import Action, BoundaryPolicy
from deescalate.privacy import redact

__all__ = [
    "MAX_QUOTE",
    "MAX_QUOTES_PER_TURN",
    "QUOTE_SEPARATOR",
    "Outcome",
    "Quote",
    "StarBuilder",
    "StarCase",
    "StarDraft",
    "StarPart",
    "Statement",
]

QUOTE_SEPARATOR: Final = " … "
"""What joins the quotes of a drafted part into its text."""

MAX_QUOTE: Final = 400
"""The longest quote a draft takes, in characters.

A longer turn is quoted by the sentences that hold the evidence, and a longer
sentence by a window of words around each hit, so a megabyte message gives a
readable case.
"""

MAX_QUOTES_PER_TURN: Final = 5
"""The most quotes one part of a draft takes from one turn: the first, in text order."""


class Outcome(StrEnum):
    """How an interaction ended."""

    RESOLVED = "resolved"
    """The customer's last turn answers the agent with thanks, acceptance or an apology, calmly."""
    ESCALATED = "escalated"
    """A supervisor was brought in (the policy's last decision was ``escalate``)."""
    DISENGAGED = "disengaged"
    """The agent ended the conversation (the policy's last decision was ``disengage``)."""
    UNRESOLVED = "unresolved"
    """None of the above."""


class StarPart(StrEnum):
    """The four parts of a STAR case, in order; ``missing`` lists them by these names."""

    SITUATION = "situation"
    TASK = "task"
    ACTIONS = "actions"
    RESULT = "result"


# -- errors ------------------------------------------------------------------------------


def _star_code(detail: ErrorDetails) -> tuple[ErrorCode, str] | None:
    """Unknown labels and bad heats get their own codes."""
    if detail["type"] == "enum" and {"labels", "techniques"} & set(map(str, detail["loc"])):
        return ErrorCode.STAR_BAD_LABEL, f"unknown label {detail['input']!r:.80}"
    if detail["loc"] and detail["loc"][0] in {"peak_heat", "final_heat"}:
        return ErrorCode.STAR_BAD_HEAT, detail["msg"]
    return None


class _Checked(CodedModel):
    """Turns pydantic's validation errors into a :class:`StarError` with codes."""

    _error_what: ClassVar[str] = "case"

    @classmethod
    def _convert(cls, error: ValidationError, data: Any) -> DeescalateError:
        return coded_error(
            error,
            StarError,
            default=ErrorCode.STAR_INVALID,
            what=cls._error_what,
            carry=DeescalateError,
            locate_carried=True,
            classify=_star_code,
        )


def _blank(text: str) -> bool:
    return not text.strip()


def _sorted_labels(labels: frozenset[Label]) -> list[str]:
    return sorted(label.value for label in labels)


# -- the parts ---------------------------------------------------------------------------


class Quote(_Checked):
    """Where a part of a case comes from: characters ``start:end`` of one turn.

    ``text`` is ``conversation[turn].text[start:end]``, unless the case was redacted
    (``redacted`` is then true and ``text`` is that slice with personal data masked).
    :meth:`StarCase.check_evidence` checks quotes against their conversation.
    """

    _error_what: ClassVar[str] = "quote"

    turn: int = Field(ge=0, description="Index of the turn in the conversation.")
    start: int = Field(ge=0, description="Offset of the first quoted character in the turn.")
    end: int = Field(ge=0, description="Offset just past the last quoted character.")
    text: str = Field(description="The quoted characters.")
    labels: frozenset[Label] = Field(
        default=frozenset(), description="Labels of the hits inside the quote (serialised sorted)."
    )
    redacted: bool = Field(
        default=False, description="Whether personal data in ``text`` was masked."
    )

    @field_serializer("labels")
    def _serialise_labels(self, labels: frozenset[Label]) -> list[str]:
        return _sorted_labels(labels)

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.end < self.start:
            raise Problem(
                ErrorCode.STAR_BAD_QUOTE, f"quote end {self.end} is before its start {self.start}"
            )
        if not self.redacted and len(self.text) != self.end - self.start:
            raise Problem(
                ErrorCode.STAR_BAD_QUOTE,
                f"quote text has {len(self.text)} characters but covers "
                f"{self.end - self.start} (turn {self.turn}, {self.start}:{self.end})",
            )
        return self


class Statement(_Checked):
    """One part of a case (a situation, a task, one action, a result).

    ``text`` is the part in words: an author's sentence, or, in a drafted case, the
    quotes joined by :data:`QUOTE_SEPARATOR`. ``evidence`` says where it comes from,
    ``labels`` which labels it rests on, and ``notes`` hold remarks that are not
    quotes (the policy's decisions, the recoveries), in English.
    """

    _error_what: ClassVar[str] = "statement"

    text: str = Field(description="The part in words.")
    evidence: tuple[Quote, ...] = Field(
        default=(), description="The quotes it rests on, in conversation order."
    )
    labels: frozenset[Label] = Field(
        default=frozenset(), description="The labels it rests on (serialised sorted)."
    )
    notes: tuple[str, ...] = Field(default=(), description="Remarks that are not quotes.")

    @field_serializer("labels")
    def _serialise_labels(self, labels: frozenset[Label]) -> list[str]:
        return _sorted_labels(labels)

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if _blank(self.text):
            raise Problem(ErrorCode.STAR_EMPTY_TEXT, "a statement's text must not be empty")
        if any(_blank(note) for note in self.notes):
            raise Problem(ErrorCode.STAR_EMPTY_TEXT, "a statement's notes must not be empty")
        return self

    @property
    def turns(self) -> tuple[int, ...]:
        """The turns the evidence quotes, sorted, each once."""
        return tuple(sorted({quote.turn for quote in self.evidence}))


def _statement(
    value: Statement | str,
    evidence: Iterable[Quote | Mapping[str, Any]],
    labels: Iterable[Label | str],
    notes: Iterable[str],
    what: str,
) -> Statement:
    """A statement from a builder step's arguments."""
    for name, items in (("evidence", evidence), ("labels", labels), ("notes", notes)):
        if isinstance(items, str) or not isinstance(items, Iterable):
            raise StarError(
                ErrorCode.STAR_BAD_ARGUMENT,
                f"{what}: {name} must be a collection, not {type(items).__name__}",
            )
    quotes, label_list, note_list = tuple(evidence), tuple(labels), tuple(notes)
    if isinstance(value, Statement):
        if quotes or label_list or note_list:
            raise StarError(
                ErrorCode.STAR_BAD_ARGUMENT,
                f"{what}: give either a Statement or text with evidence, labels and notes",
            )
        return value
    if not isinstance(value, str):
        raise StarError(
            ErrorCode.STAR_BAD_ARGUMENT,
            f"{what}: expected text (str) or a Statement, got {type(value).__name__}",
        )
    return Statement.model_validate(
        {"text": value, "evidence": quotes, "labels": label_list, "notes": note_list}
    )


# -- the case and the draft --------------------------------------------------------------


class _View(NamedTuple):
    """Everything a rendering needs, for cases and drafts alike."""

    situation: Statement | None
    task: Statement | None
    actions: tuple[Statement, ...]
    result: Statement | None
    channel: str | None
    outcome: Outcome | None
    labels: frozenset[Label]
    techniques: frozenset[Label]
    peak_heat: float | None
    final_heat: float | None
    tags: frozenset[str]
    missing: tuple[StarPart, ...]


class _Case(_Checked):
    """What cases and drafts share: checks of the extras, rendering and redaction.

    It declares no fields, so each subclass lists its own in STAR order.
    """

    @field_serializer("labels", "techniques", check_fields=False)
    def _serialise_labels(self, labels: frozenset[Label]) -> list[str]:
        return _sorted_labels(labels)

    @field_serializer("tags", check_fields=False)
    def _serialise_tags(self, tags: frozenset[str]) -> list[str]:
        return sorted(tags)

    def _check_extras(self) -> list[tuple[ErrorCode, str]]:
        view = self._view()
        problems: list[tuple[ErrorCode, str]] = []
        if view.channel is not None and _blank(view.channel):
            problems.append((ErrorCode.STAR_EMPTY_TEXT, "the channel must not be empty"))
        if any(_blank(tag) for tag in view.tags):
            problems.append((ErrorCode.STAR_EMPTY_TEXT, "a tag must not be empty"))
        others = sorted(label.value for label in view.techniques if label.family != "technique")
        if others:
            problems.append(
                (ErrorCode.STAR_BAD_LABEL, f"techniques must be technique.* labels: {others}")
            )
        peak, final = view.peak_heat, view.final_heat
        if peak is not None and final is not None and final > peak:
            problems.append(
                (ErrorCode.STAR_BAD_HEAT, f"the final heat {final} is above the peak {peak}")
            )
        return problems

    def _view(self) -> _View:  # pragma: no cover - both subclasses define it
        raise NotImplementedError

    def quotes(self) -> tuple[Quote, ...]:
        """Every quote of every part, in part order (situation, task, actions, result)."""
        view = self._view()
        parts = [view.situation, view.task, *view.actions, view.result]
        return tuple(quote for part in parts if part is not None for quote in part.evidence)

    def check_evidence(self, conversation: Conversation) -> None:
        """Check that every quote is the text of its turn at its span.

        A redacted quote must be the redaction of that text.

        Raises:
            StarError: ``D504`` naming every quote that does not fit.
        """
        if not isinstance(conversation, Conversation):
            raise StarError(
                ErrorCode.STAR_BAD_ARGUMENT,
                f"expected a Conversation, got {type(conversation).__name__}",
            )
        problems: list[tuple[ErrorCode, str]] = []
        for quote in self.quotes():
            if quote.turn >= len(conversation):
                problems.append(
                    (
                        ErrorCode.STAR_QUOTE_MISMATCH,
                        f"quote of turn {quote.turn}, but the conversation has "
                        f"{len(conversation)} turns",
                    )
                )
                continue
            text = conversation[quote.turn].text
            piece = text[quote.start : quote.end] if quote.end <= len(text) else None
            expected = piece if piece is None or not quote.redacted else redact(piece)
            if expected != quote.text:
                problems.append(
                    (
                        ErrorCode.STAR_QUOTE_MISMATCH,
                        f"quote {quote.text!r:.60} is not the text of turn {quote.turn} at "
                        f"{quote.start}:{quote.end}",
                    )
                )
        if problems:
            raise combine(StarError, problems)

    def redacted(self) -> Self:
        """A copy with personal data masked in every text, quote, note, tag and the channel.

        See :func:`deescalate.redact` for what is masked. Quotes keep their spans;
        a quote whose text changed is marked ``redacted``.
        """
        view = self._view()

        def statement(part: Statement | None) -> Statement | None:
            if part is None:
                return None
            evidence = []
            for quote in part.evidence:
                masked = redact(quote.text)
                if masked != quote.text:
                    quote = quote.model_copy(update={"text": masked, "redacted": True})
                evidence.append(quote)
            return Statement(
                text=redact(part.text),
                evidence=tuple(evidence),
                labels=part.labels,
                notes=tuple(redact(note) for note in part.notes),
            )

        return self.model_validate(
            {
                **dict(self),
                "situation": statement(view.situation),
                "task": statement(view.task),
                "actions": tuple(statement(action) for action in view.actions),
                "result": statement(view.result),
                "channel": None if view.channel is None else redact(view.channel),
                "tags": frozenset(redact(tag) for tag in view.tags),
            }
        )

    def to_text(self, *, lang: str = "en", redact: bool = False) -> str:
        """The case as plain text, headings in ``lang`` (``"en"`` or ``"ru"``).

        Args:
            lang: Language of the headings; the content is never translated.
            redact: Mask personal data first (see :meth:`redacted`).

        Raises:
            StarError: ``D509`` when there are no headings for ``lang``.
        """
        words = _words(lang)
        return _render_text((self.redacted() if redact else self)._view(), words)

    def to_markdown(self, *, lang: str = "en", redact: bool = False) -> str:
        """The case as Markdown, headings in ``lang``; content is escaped.

        Args:
            lang: Language of the headings; the content is never translated.
            redact: Mask personal data first (see :meth:`redacted`).

        Raises:
            StarError: ``D509`` when there are no headings for ``lang``.
        """
        words = _words(lang)
        return _render_markdown((self.redacted() if redact else self)._view(), words)

    def _repr_html_(self) -> str:
        """Notebook display: the four parts, where each comes from, and the extras."""
        return _render_html(self._view(), _words("en"))


class StarCase(_Case):
    """A complete STAR case: situation, task, at least one action, result, and the extras.

    Build one with :meth:`builder`, draft one from a conversation with
    :meth:`draft_from` (which gives a :class:`StarDraft`, complete or not), or read
    one back from JSON: ``StarCase.model_validate_json(case.model_dump_json()) == case``.

    Raises:
        StarError: ``D500``-``D506`` for an invalid part or extra.
    """

    situation: Statement = Field(description="What happened: the customer's complaint.")
    task: Statement = Field(description="What the agent had to do: what the customer needed.")
    actions: tuple[Statement, ...] = Field(
        min_length=1, description="What the agent did, in order."
    )
    result: Statement = Field(description="How it ended.")
    channel: str | None = Field(
        default=None, description="Where the interaction happened (`chat`, `phone`...)."
    )
    outcome: Outcome | None = Field(default=None, description="How it ended, in one word.")
    labels: frozenset[Label] = Field(
        default=frozenset(), description="Every label seen in the interaction (serialised sorted)."
    )
    techniques: frozenset[Label] = Field(
        default=frozenset(),
        description="The `technique.*` labels the agent used (serialised sorted).",
    )
    peak_heat: float | None = Field(
        default=None, ge=0.0, le=1.0, description="The highest heat of a customer turn."
    )
    final_heat: float | None = Field(
        default=None, ge=0.0, le=1.0, description="The heat of the last customer turn."
    )
    tags: frozenset[str] = Field(default=frozenset(), description="Free tags (serialised sorted).")

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        problems = self._check_extras()
        if problems:
            raise combine(StarError, problems)
        return self

    def _view(self) -> _View:
        return _View(
            self.situation,
            self.task,
            self.actions,
            self.result,
            self.channel,
            self.outcome,
            self.labels,
            self.techniques,
            self.peak_heat,
            self.final_heat,
            self.tags,
            (),
        )

    @classmethod
    def builder(cls) -> StarBuilder:
        """An empty :class:`StarBuilder`."""
        return StarBuilder()

    def to_builder(self) -> StarBuilder:
        """A builder holding this case, to change a part and build again."""
        return StarBuilder._of(StarDraft.model_validate(dict(self)))

    @classmethod
    def draft_from(
        cls,
        conversation: Conversation | Iterable[tuple[Speaker | str, str]],
        *,
        channel: str | None = None,
        tags: Iterable[str] = (),
        lang: str | None = None,
        policy: BoundaryPolicy | None = None,
    ) -> StarDraft:
        """Draft a case from a conversation, quoting it and inventing nothing.

        * **situation**: the customer's complaint: the first customer turn and, when
          another one carries the first complaint (a ``hostility``, ``threat``,
          ``demand``, ``grievance`` or ``emotion`` label), that one too;
        * **task**: what the customer needed: the sentences of customer turns with
          ``demand.*`` or ``grievance.*`` hits, with a request ("please", "can you",
          "could you", a direct question) before the agent's first reply, or with the
          hits the policy acted on;
          the policy's decisions other than ``continue`` go in the notes;
        * **actions**: one per agent turn that used a technique, quoting the sentences
          that hold the technique hits, labelled with the turn's techniques;
        * **result**: how it ended: the customer turn that made the policy disengage or
          escalate; else the last customer turn, when it answers an agent turn (only
          its cooling sentences when the case is resolved); the recoveries go in the
          notes.

        The outcome follows the policy's last decision (``disengage`` →
        ``disengaged``, ``escalate`` → ``escalated``); otherwise it is ``resolved``
        when the last customer turn answers an agent with a ``cooling.*`` label (thanks,
        acceptance, an apology) and its level is ``calm``; otherwise ``unresolved``. A
        fall in heat alone (a recovery) does not make a case resolved; it goes in the
        result's notes.

        Each drafted part's text is its quotes joined by :data:`QUOTE_SEPARATOR`. A
        quote is a whole turn when it is short (without the ``@handles`` that open a
        tweet), else the sentences that hold the evidence (at most
        :data:`MAX_QUOTE` characters each).

        Args:
            conversation: A :class:`~deescalate.Conversation`, or ``(speaker, text)``
                pairs to build one with :meth:`Conversation.from_turns
                <deescalate.Conversation.from_turns>`.
            channel: The channel to record.
            tags: Free tags to record.
            lang: Language of the pairs (default ``"en"``); only for pairs.
            policy: Boundary policy for the pairs (default for the language); only for
                pairs.

        Raises:
            StarError: ``D508`` for a ``lang`` or ``policy`` given with a conversation,
                or a conversation of the wrong type.
            ConversationError: as :meth:`Conversation.from_turns
                <deescalate.Conversation.from_turns>` for bad pairs.
        """
        if isinstance(conversation, Conversation):
            if lang is not None and lang != conversation.lang:
                raise StarError(
                    ErrorCode.STAR_BAD_ARGUMENT,
                    f"lang {lang!r} given with a conversation in {conversation.lang!r}",
                )
            if policy is not None:
                raise StarError(
                    ErrorCode.STAR_BAD_ARGUMENT,
                    "policy is for (speaker, text) pairs; a conversation has its own",
                )
            conv = conversation
        elif isinstance(conversation, str | bytes | Mapping) or not isinstance(
            conversation, Iterable
        ):
            raise StarError(
                ErrorCode.STAR_BAD_ARGUMENT,
                "expected a Conversation or (speaker, text) pairs, got "
                f"{type(conversation).__name__}",
            )
        else:
            conv = Conversation.from_turns(conversation, lang=lang or "en", policy=policy)
        if isinstance(tags, str):
            raise StarError(ErrorCode.STAR_BAD_ARGUMENT, "tags must be a collection of str")
        return _draft(conv, channel, tuple(tags))


class StarDraft(_Case):
    """A case that may be incomplete: any part may be empty, and ``missing`` says which.

    Drafting gives a draft (:meth:`StarCase.draft_from`), and so does
    :meth:`StarBuilder.draft`. ``missing`` is computed from the parts when not given,
    and checked when given. :meth:`build` turns a complete draft into a
    :class:`StarCase`; :meth:`to_builder` continues editing it.
    """

    _error_what: ClassVar[str] = "draft"

    situation: Statement | None = Field(default=None, description="As in `StarCase`.")
    task: Statement | None = Field(default=None, description="As in `StarCase`.")
    actions: tuple[Statement, ...] = Field(default=(), description="As in `StarCase`.")
    result: Statement | None = Field(default=None, description="As in `StarCase`.")
    channel: str | None = Field(
        default=None, description="Where the interaction happened (`chat`, `phone`...)."
    )
    outcome: Outcome | None = Field(default=None, description="How it ended, in one word.")
    labels: frozenset[Label] = Field(
        default=frozenset(), description="Every label seen in the interaction (serialised sorted)."
    )
    techniques: frozenset[Label] = Field(
        default=frozenset(),
        description="The `technique.*` labels the agent used (serialised sorted).",
    )
    peak_heat: float | None = Field(
        default=None, ge=0.0, le=1.0, description="The highest heat of a customer turn."
    )
    final_heat: float | None = Field(
        default=None, ge=0.0, le=1.0, description="The heat of the last customer turn."
    )
    tags: frozenset[str] = Field(default=frozenset(), description="Free tags (serialised sorted).")
    missing: tuple[StarPart, ...] = Field(
        default=(), description="The parts still empty, in STAR order."
    )

    @model_validator(mode="before")
    @classmethod
    def _fill_missing(cls, data: Any) -> Any:
        if isinstance(data, Mapping) and "missing" not in data:
            data = {**data, "missing": _missing_of(data)}
        return data

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        problems = self._check_extras()
        expected = _missing_of(dict(self))
        if self.missing != expected:
            problems.append(
                (
                    ErrorCode.STAR_MISSING_MISMATCH,
                    f"missing is {[p.value for p in self.missing]} but the parts say "
                    f"{[p.value for p in expected]}",
                )
            )
        if problems:
            raise combine(StarError, problems)
        return self

    def _view(self) -> _View:
        return _View(
            self.situation,
            self.task,
            self.actions,
            self.result,
            self.channel,
            self.outcome,
            self.labels,
            self.techniques,
            self.peak_heat,
            self.final_heat,
            self.tags,
            self.missing,
        )

    @property
    def complete(self) -> bool:
        """Whether no part is missing."""
        return not self.missing

    def build(self) -> StarCase:
        """The complete case.

        Raises:
            StarError: ``D501`` naming every missing part (one problem per part).
        """
        if self.missing:
            names = [part.value for part in self.missing]
            listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
            raise StarError(
                ErrorCode.STAR_INCOMPLETE,
                f"the case is missing its {listed}",
                problems=tuple(
                    (ErrorCode.STAR_INCOMPLETE, f"missing part: {name}") for name in names
                ),
            )
        data = dict(self)
        del data["missing"]
        return StarCase.model_validate(data)

    def to_builder(self) -> StarBuilder:
        """A builder holding this draft, to fill in what is missing."""
        return StarBuilder._of(self)


def _missing_of(data: Mapping[str, Any]) -> tuple[StarPart, ...]:
    return tuple(
        part
        for part in StarPart
        if (not data.get("actions") if part is StarPart.ACTIONS else data.get(part.value) is None)
    )


# -- the builder -------------------------------------------------------------------------


class StarBuilder:
    """An immutable, fluent builder of :class:`StarCase`: every step returns a new builder.

    The singular parts (``situation``, ``task``, ``result``) and the extras can be
    given in any order, and giving one again replaces it; ``action`` appends, so the
    actions keep the order of the calls. Every step checks its input at once.
    ``build()`` gives the case or raises ``D501`` naming every missing part;
    ``draft()`` gives a :class:`StarDraft` that says what is missing.

    Each part takes text, or a :class:`Statement`, with optional ``evidence``
    (:class:`Quote` objects or mappings), ``labels`` and ``notes``.

    Examples:
        >>> from deescalate import StarCase
        >>> base = StarCase.builder().task("Acknowledge the delay.")
        >>> [part.value for part in base.draft().missing]
        ['situation', 'actions', 'result']
        >>> [part.value for part in base.situation("Order two weeks late.").draft().missing]
        ['actions', 'result']
        >>> [part.value for part in base.draft().missing]  # base did not change
        ['situation', 'actions', 'result']
    """

    __slots__ = ("_draft",)

    _draft: StarDraft

    def __init__(self) -> None:
        self._draft = StarDraft()

    @classmethod
    def _of(cls, draft: StarDraft) -> StarBuilder:
        builder = cls.__new__(cls)
        builder._draft = draft
        return builder

    def _with(self, **changes: Any) -> StarBuilder:
        data = dict(self._draft)
        del data["missing"]
        return StarBuilder._of(StarDraft.model_validate({**data, **changes}))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StarBuilder) and other._draft == self._draft

    def __hash__(self) -> int:
        return hash(self._draft)

    def __repr__(self) -> str:
        missing = ", ".join(part.value for part in self._draft.missing) or "nothing"
        return f"<StarBuilder: {len(self._draft.actions)} actions, missing {missing}>"

    def situation(
        self,
        text: Statement | str,
        *,
        evidence: Iterable[Quote | Mapping[str, Any]] = (),
        labels: Iterable[Label | str] = (),
        notes: Iterable[str] = (),
    ) -> StarBuilder:
        """Set the situation (replacing any given before)."""
        return self._with(situation=_statement(text, evidence, labels, notes, "situation"))

    def task(
        self,
        text: Statement | str,
        *,
        evidence: Iterable[Quote | Mapping[str, Any]] = (),
        labels: Iterable[Label | str] = (),
        notes: Iterable[str] = (),
    ) -> StarBuilder:
        """Set the task (replacing any given before)."""
        return self._with(task=_statement(text, evidence, labels, notes, "task"))

    def action(
        self,
        text: Statement | str,
        *,
        evidence: Iterable[Quote | Mapping[str, Any]] = (),
        labels: Iterable[Label | str] = (),
        notes: Iterable[str] = (),
    ) -> StarBuilder:
        """Add an action after the ones given before."""
        added = _statement(text, evidence, labels, notes, "action")
        return self._with(actions=(*self._draft.actions, added))

    def result(
        self,
        text: Statement | str,
        *,
        evidence: Iterable[Quote | Mapping[str, Any]] = (),
        labels: Iterable[Label | str] = (),
        notes: Iterable[str] = (),
    ) -> StarBuilder:
        """Set the result (replacing any given before)."""
        return self._with(result=_statement(text, evidence, labels, notes, "result"))

    def channel(self, channel: str | None) -> StarBuilder:
        """Set the channel (``None`` to clear it)."""
        if channel is not None and not isinstance(channel, str):
            raise StarError(
                ErrorCode.STAR_BAD_ARGUMENT,
                f"channel must be a str or None, got {type(channel).__name__}",
            )
        return self._with(channel=channel)

    def outcome(self, outcome: Outcome | str | None) -> StarBuilder:
        """Set the outcome (``None`` to clear it)."""
        if outcome is not None and outcome not in Outcome._value2member_map_:
            known = ", ".join(o.value for o in Outcome)
            raise StarError(
                ErrorCode.STAR_BAD_ARGUMENT, f"unknown outcome {outcome!r}; known: {known}"
            )
        return self._with(outcome=None if outcome is None else Outcome(outcome))

    def labels(self, *labels: Label | str) -> StarBuilder:
        """Add labels seen in the interaction."""
        return self._with(labels=self._draft.labels | _labels(labels))

    def techniques(self, *labels: Label | str) -> StarBuilder:
        """Add techniques the agent used (``technique.*`` labels)."""
        return self._with(techniques=self._draft.techniques | _labels(labels))

    def heat(self, *, peak: float | None, final: float | None) -> StarBuilder:
        """Set the peak and final heat of the customer turns (``None`` to clear)."""
        return self._with(peak_heat=peak, final_heat=final)

    def tags(self, *tags: str) -> StarBuilder:
        """Add free tags."""
        for tag in tags:
            if not isinstance(tag, str):
                raise StarError(
                    ErrorCode.STAR_BAD_ARGUMENT, f"a tag must be a str, got {type(tag).__name__}"
                )
        return self._with(tags=self._draft.tags | frozenset(tags))

    def draft(self) -> StarDraft:
        """The case so far, complete or not; ``missing`` says what is left."""
        return self._draft

    def build(self) -> StarCase:
        """The complete case.

        Raises:
            StarError: ``D501`` naming every missing part.
        """
        return self._draft.build()


def _labels(labels: Iterable[Label | str]) -> frozenset[Label]:
    found: set[Label] = set()
    for label in labels:
        if not (isinstance(label, str) and label in Label._value2member_map_):
            raise StarError(ErrorCode.STAR_BAD_LABEL, f"unknown label {label!r:.80}")
        found.add(Label(label))
    return frozenset(found)


# -- drafting ----------------------------------------------------------------------------

_COMPLAINT: Final = frozenset({"hostility", "threat", "demand", "grievance", "emotion"})
_NEEDS: Final = frozenset({"demand", "grievance"})
# A customer's sentence that asks for something says what they need, in their own words.
_REQUESTS: Final = frozenset(
    {
        Label.POLITENESS_PLEASE,
        Label.POLITENESS_PLEASE_START,
        Label.POLITENESS_INDICATIVE,
        Label.POLITENESS_COUNTERFACTUAL,
        Label.POLITENESS_DIRECT_QUESTION,
    }
)


def _needed(label: Label) -> bool:
    return label.family in _NEEDS


def _needed_or_asked(label: Label) -> bool:
    return label.family in _NEEDS or label in _REQUESTS


_WINDOW: Final = 120  # characters of context either side of a hit in a long sentence

# A sentence ends after a run of . ! ? … before a space or the end, or at a newline.
_BREAK = re.compile(r"(?<![.!?…])[.!?…]+(?=\s|$)|\n")
_LEADING_HANDLES = re.compile(r"(?:@\w+\s+)+")


class _Text:
    """One turn's text with its sentence boundaries, computed once."""

    __slots__ = ("ends", "starts", "text", "turn")

    def __init__(self, turn: Turn) -> None:
        self.turn = turn.index
        self.text = turn.text
        self.starts: list[int] = [0]
        self.ends: list[int] = []
        for match in _BREAK.finditer(self.text):
            self.ends.append(match.end())
            self.starts.append(match.end())
        self.ends.append(len(self.text))

    def sentence(self, offset: int) -> tuple[int, int]:
        index = bisect_right(self.starts, offset) - 1
        return self.starts[index], self.ends[index]

    def trimmed(self, start: int, end: int) -> tuple[int, int]:
        """``start:end`` without surrounding spaces and without the @handles that open it."""
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        handles = _LEADING_HANDLES.match(text, start, end)
        if handles is not None:
            start = handles.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end

    def quote(self, start: int, end: int, hits: Sequence[Hit]) -> Quote | None:
        start, end = self.trimmed(start, end)
        if start >= end:
            return None
        labels = frozenset(hit.label for hit in hits if start <= hit.start and hit.end <= end)
        return Quote(turn=self.turn, start=start, end=end, text=self.text[start:end], labels=labels)


def _windows(text: _Text, start: int, end: int, hits: Sequence[Hit]) -> list[tuple[int, int]]:
    """Spans of at most MAX_QUOTE characters of ``start:end`` around each hit, merged."""
    if end - start <= MAX_QUOTE:
        return [(start, end)]
    spans: list[tuple[int, int]] = []
    for hit in sorted(hits, key=lambda h: h.start):
        low = max(start, hit.start - _WINDOW)
        high = min(end, hit.end + _WINDOW, hit.start + MAX_QUOTE)
        space = text.text.find(" ", low, hit.start)
        if low > start and space != -1:
            low = space + 1
        space = text.text.rfind(" ", max(hit.end, low), high)
        if high < end and space != -1:
            high = space
        if spans and low <= spans[-1][1]:
            if max(high, spans[-1][1]) - spans[-1][0] <= MAX_QUOTE:
                spans[-1] = (spans[-1][0], max(high, spans[-1][1]))
                continue
            low = spans[-1][1]  # too long to merge: go on where the last window ended
            if low >= high:
                continue
        spans.append((low, high))
    return spans


def _sentence_quotes(text: _Text, hits: Sequence[Hit]) -> list[Quote]:
    """The sentences of a turn that hold ``hits``, in order, each at most MAX_QUOTE long."""
    by_sentence: dict[tuple[int, int], list[Hit]] = {}
    for hit in hits:
        by_sentence.setdefault(text.sentence(hit.start), []).append(hit)
    quotes: list[Quote] = []
    for (start, end), inside in sorted(by_sentence.items()):
        for low, high in _windows(text, start, end, inside):
            quote = text.quote(low, high, inside)
            if quote is not None and (not quotes or quote.start >= quotes[-1].end):
                quotes.append(quote)
                if len(quotes) == MAX_QUOTES_PER_TURN:
                    return quotes
    return quotes


def _turn_quotes(text: _Text, hits: Sequence[Hit]) -> list[Quote]:
    """The whole turn when it is short, else the sentences holding ``hits`` (or the first)."""
    start, end = text.trimmed(0, len(text.text))
    if start >= end:
        return []
    if end - start <= MAX_QUOTE:
        quote = text.quote(start, end, hits)
        return [] if quote is None else [quote]
    if hits:
        return _sentence_quotes(text, hits)
    _first, first_end = text.sentence(start)
    quote = text.quote(start, min(first_end, start + MAX_QUOTE), ())
    return [] if quote is None else [quote]


def _part(quotes: Sequence[Quote], notes: Sequence[str] = ()) -> Statement | None:
    if not quotes:
        return None
    return Statement(
        text=QUOTE_SEPARATOR.join(quote.text for quote in quotes),
        evidence=tuple(quotes),
        labels=frozenset(label for quote in quotes for label in quote.labels),
        notes=tuple(notes),
    )


def _hits(turn: Turn, keep: Callable[[Label], bool]) -> list[Hit]:
    return [hit for hit in turn.classification.hits if keep(hit.label)]


def _decisive_hits(turn: Turn) -> list[Hit]:
    """The hits behind the policy's decision on a customer turn (its most severe reasons)."""
    decision = turn.decision
    if decision is None or decision.action is Action.CONTINUE:
        return []
    seen: dict[tuple[int, int, str], Hit] = {}
    for reason in decision.reasons:
        if reason.action is decision.action:
            for hit in reason.hits:
                seen.setdefault((hit.start, hit.end, hit.label.value), hit)
    return sorted(seen.values(), key=lambda hit: (hit.start, hit.end))


def _policy_note(customers: Sequence[Turn]) -> list[str]:
    turns_by_action: dict[Action, list[int]] = {}
    for turn in customers:
        if turn.decision is not None and turn.decision.action is not Action.CONTINUE:
            turns_by_action.setdefault(turn.decision.action, []).append(turn.index)
    if not turns_by_action:
        return []
    parts = []
    for action in sorted(turns_by_action):
        indices = turns_by_action[action]
        word = "turn" if len(indices) == 1 else "turns"
        parts.append(f"{action.value} at {word} {', '.join(map(str, indices))}")
    return [f"policy: {'; '.join(parts)}"]


def _draft(conv: Conversation, channel: str | None, tags: tuple[str, ...]) -> StarDraft:
    texts: dict[int, _Text] = {}

    def text_of(turn: Turn) -> _Text:
        if turn.index not in texts:
            texts[turn.index] = _Text(turn)
        return texts[turn.index]

    customers = conv.customer_turns

    def complaint(label: Label) -> bool:
        return label.family in _COMPLAINT

    complaint_labels = frozenset(label for label in Label if complaint(label))

    # Situation: the opening customer turn, and the first complaint when that comes later.
    situation: list[Quote] = []
    if customers:
        opening = [customers[0]]
        first_complaint = next(
            (turn for turn in customers if turn.classification.labels & complaint_labels),
            None,
        )
        if first_complaint is not None and first_complaint is not customers[0]:
            opening.append(first_complaint)
        for turn in opening:
            situation += _turn_quotes(text_of(turn), _hits(turn, complaint))

    # Task: what the customer needed, and what the policy acted on.
    task: list[Quote] = []
    first_reply = next((turn.index for turn in conv.agent_turns), len(conv))
    for turn in customers:
        needed = {(h.start, h.end, h.label.value): h for h in _decisive_hits(turn)}
        # Requests count before the first reply; later ones mostly answer the agent.
        wanted = _needed_or_asked if turn.index < first_reply else _needed
        for hit in _hits(turn, wanted):
            needed.setdefault((hit.start, hit.end, hit.label.value), hit)
        if needed:
            task += _sentence_quotes(text_of(turn), list(needed.values()))

    # Actions: one per agent turn that used a technique.
    actions: list[Statement] = []
    for turn in conv.agent_turns:
        hits = _hits(turn, lambda label: label.family == "technique")
        part = _part(_sentence_quotes(text_of(turn), hits))
        if part is not None:
            actions.append(part)

    outcome, result = _result(conv, text_of)
    recoveries = [f"turn {r.customer_turn}: {r.describe()}" for r in conv.recoveries]
    return StarDraft(
        situation=_part(situation),
        task=_part(task, _policy_note(customers)),
        actions=tuple(actions),
        result=_part(result, recoveries),
        channel=channel,
        outcome=outcome,
        labels=conv.labels,
        techniques=conv.techniques,
        peak_heat=conv.peak_heat if customers else None,
        final_heat=conv.final_heat if customers else None,
        tags=frozenset(tags),
    )


def _result(conv: Conversation, text_of: Callable[[Turn], _Text]) -> tuple[Outcome, list[Quote]]:
    """The outcome and the quotes that show it."""
    customers = conv.customer_turns
    if not customers:
        return Outcome.UNRESOLVED, []
    last = customers[-1]
    state = conv.state
    decision = conv.last_decision
    if decision is not None and decision.action in (Action.DISENGAGE, Action.ESCALATE):
        outcome = Outcome.DISENGAGED if decision.action is Action.DISENGAGE else Outcome.ESCALATED
        turn = last
        if decision.action is Action.DISENGAGE and state.disengaged_at is not None:
            turn = customers[state.disengaged_at - 1]
        hits = _decisive_hits(turn)
        quotes = _sentence_quotes(text_of(turn), hits) if hits else []
        return outcome, quotes or _turn_quotes(text_of(turn), ())
    answered = any(turn.index < last.index for turn in conv.agent_turns)
    if not answered:
        return Outcome.UNRESOLVED, []
    # Thanks or acceptance in a calm last turn. A fall in heat alone (a recovery) is not
    # enough: on the Twitter threads every draft resolved only by a recovery ended with a
    # calm but unresolved turn ("I tried everything, nothing works").
    cooling = _hits(last, lambda label: label.family == "cooling")
    if cooling and last.classification.level is Level.CALM:
        return Outcome.RESOLVED, _sentence_quotes(text_of(last), cooling)
    return Outcome.UNRESOLVED, _turn_quotes(text_of(last), ())


# -- rendering ---------------------------------------------------------------------------


def _words(lang: str) -> Mapping[str, str]:
    words = _star_text.HEADINGS.get(lang) if isinstance(lang, str) else None
    if words is None:
        known = ", ".join(sorted(_star_text.HEADINGS))
        raise StarError(
            ErrorCode.STAR_UNKNOWN_LANGUAGE, f"no STAR headings for {lang!r}; available: {known}"
        )
    return words


def _where(part: Statement, words: Mapping[str, str]) -> str:
    turns = part.turns
    if not turns:
        return ""
    word = words["turn"] if len(turns) == 1 else words["turns"]
    return f"{word} {', '.join(map(str, turns))}"


def _heat(view: _View, words: Mapping[str, str]) -> str | None:
    bits = []
    if view.peak_heat is not None:
        bits.append(f"{words['peak']} {view.peak_heat:.2f}")
    if view.final_heat is not None:
        bits.append(f"{words['final']} {view.final_heat:.2f}")
    return ", ".join(bits) or None


def _facts(view: _View, words: Mapping[str, str]) -> list[tuple[str, str]]:
    """The extras as (heading, value) rows, in a fixed order; empty ones left out."""
    rows: list[tuple[str, str | None]] = [
        (
            words["outcome"],
            None if view.outcome is None else words[f"outcome.{view.outcome.value}"],
        ),
        (words["channel"], view.channel),
        (words["heat"], _heat(view, words)),
        (words["techniques"], ", ".join(_sorted_labels(view.techniques)) or None),
        (words["labels"], ", ".join(_sorted_labels(view.labels)) or None),
        (words["tags"], ", ".join(sorted(view.tags)) or None),
        (words["missing"], ", ".join(words[part.value] for part in view.missing) or None),
    ]
    return [(name, value) for name, value in rows if value is not None]


def _indent(text: str, prefix: str) -> str:
    return text.replace("\n", "\n" + prefix)


def _render_text(view: _View, words: Mapping[str, str]) -> str:
    lines = [words["title"]]

    def single(key: str, part: Statement | None) -> None:
        if part is None:
            lines.append(f"{words[key]}: {words['none']}")
            return
        where = _where(part, words)
        head = f"{words[key]} ({where})" if where else words[key]
        lines.append(f"{head}: {_indent(part.text, '  ')}")
        lines.extend(f"  - {_indent(note, '    ')}" for note in part.notes)

    single("situation", view.situation)
    single("task", view.task)
    if not view.actions:
        lines.append(f"{words['actions']}: {words['none']}")
    else:
        lines.append(f"{words['actions']}:")
        for number, action in enumerate(view.actions, 1):
            where = _where(action, words)
            extra = "; ".join(
                bit for bit in (where, ", ".join(_sorted_labels(action.labels))) if bit
            )
            lines.append(
                f"  {number}. {_indent(action.text, '     ')}" + (f" [{extra}]" if extra else "")
            )
            lines.extend(f"     - {_indent(note, '       ')}" for note in action.notes)
    single("result", view.result)
    lines += [f"{name}: {value}" for name, value in _facts(view, words)]
    return "\n".join(lines)


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~])")
_MD_LINE_START = re.compile(r"^(\s*)([-+]|[0-9]+[.)])", re.M)


def _md(text: str) -> str:
    """Markdown-escaped text; line breaks kept as hard breaks."""
    escaped = _MD_SPECIAL.sub(r"\\\1", text)
    escaped = _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)
    return "\\\n".join(line.strip() for line in escaped.split("\n"))


def _render_markdown(view: _View, words: Mapping[str, str]) -> str:
    blocks = [f"## {words['title']}"]

    def heading(key: str, part: Statement | None) -> str:
        where = "" if part is None else _where(part, words)
        return f"### {words[key]}" + (f" *({where})*" if where else "")

    def body(part: Statement | None) -> list[str]:
        if part is None:
            return [f"*{words['none']}*"]
        out = [_md(part.text)]
        if part.notes:
            out.append("\n".join(f"- *{_md(note)}*" for note in part.notes))
        return out

    for key, part in (("situation", view.situation), ("task", view.task)):
        blocks += [heading(key, part), *body(part)]
    blocks.append(f"### {words['actions']}")
    if not view.actions:
        blocks.append(f"*{words['none']}*")
    else:
        items = []
        for number, action in enumerate(view.actions, 1):
            where = _where(action, words)
            extra = "; ".join(
                bit
                for bit in (
                    where,
                    ", ".join(f"`{label}`" for label in _sorted_labels(action.labels)),
                )
                if bit
            )
            item = f"{number}. {_indent(_md(action.text), '   ')}" + (
                f" *({extra})*" if extra else ""
            )
            item += "".join(f"\n   - *{_md(note)}*" for note in action.notes)
            items.append(item)
        blocks.append("\n".join(items))
    blocks += [heading("result", view.result), *body(view.result)]
    facts = _facts(view, words)
    if facts:
        blocks += ["---", "\n".join(f"- **{name}:** {_md(value)}" for name, value in facts)]
    return "\n\n".join(blocks) + "\n"


def _render_html(view: _View, words: Mapping[str, str]) -> str:
    def dd(part: Statement | None) -> str:
        if part is None:
            return f"<dd><i>{html.escape(words['none'])}</i></dd>"
        notes = "".join(f"<li><i>{html.escape(note)}</i></li>" for note in part.notes)
        return (
            f'<dd style="white-space:pre-wrap">{html.escape(part.text)}'
            + (f"<ul>{notes}</ul>" if notes else "")
            + "</dd>"
        )

    def dt(key: str, part: Statement | None) -> str:
        where = "" if part is None else _where(part, words)
        small = f" <small>({html.escape(where)})</small>" if where else ""
        return f"<dt><b>{html.escape(words[key])}</b>{small}</dt>"

    items = [dt("situation", view.situation), dd(view.situation)]
    items += [dt("task", view.task), dd(view.task)]
    if not view.actions:
        items += [dt("actions", None), dd(None)]
    else:
        actions = "".join(
            f"<li>{html.escape(a.text)} <small>({html.escape(_where(a, words))})</small></li>"
            if a.turns
            else f"<li>{html.escape(a.text)}</li>"
            for a in view.actions
        )
        items.append(f"<dt><b>{html.escape(words['actions'])}</b></dt><dd><ol>{actions}</ol></dd>")
    items += [dt("result", view.result), dd(view.result)]
    facts = "".join(
        f"<tr><th>{html.escape(name)}</th><td>{html.escape(value)}</td></tr>"
        for name, value in _facts(view, words)
    )
    return (
        '<div class="deescalate-star">'
        f"<p><b>{html.escape(words['title'])}</b></p><dl>{''.join(items)}</dl>"
        f"<table>{facts}</table></div>"
    )
