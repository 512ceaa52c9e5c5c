"""The response rewriter: from "I can't do that" to "What I can do is ...".

A linter with fix-its, not a text generator. The classifier finds the agent-side
triggers in a draft (``speaker="agent"``); for each one, the first
:class:`Substitution` that fits proposes an :class:`~deescalate.models.Edit` (a span of
the draft, what goes there instead, and why). Whatever only the caller knows (what
can be offered, why a policy exists, when they will come back) comes in as a *fact*
argument or stays in the text as a named ``{slot}``: the rewriter never invents it.

>>> from deescalate import rewrite
>>> result = rewrite("Unfortunately, I can't do that.", offer="a full refund")
>>> result.text
'What I can do is a full refund.'
>>> print(*(edit.label.value for edit in result.edits))
trigger.cant_help
>>> rewrite("Sorry, that's company policy.").slots
('reason', 'offer')

Every edit is a span of the original, and :func:`apply_edits` is the one pure
function that applies them: ``apply_edits(result.original, result.edits) == result.text``.
"""

from __future__ import annotations

import html
import importlib
import itertools
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import Any, ClassVar, Final, Literal, Self

import regex
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from deescalate._safety import UnsafePattern, check_pattern
from deescalate._text import Folded, fold
from deescalate._validation import Problem, combine
from deescalate.classify import Classifier, default_classifier
from deescalate.errors import ErrorCode, InputError, InputTypeError, RuleError
from deescalate.labels import Label, Speaker
from deescalate.models import Edit, Hit
from deescalate.rules import _lower_literals, _Named, phrase_to_pattern

__all__ = [
    "FACTS",
    "REGISTRY",
    "Rewrite",
    "RewritePack",
    "Rewriter",
    "Substitution",
    "Unresolved",
    "apply_edits",
    "default_rewriter",
    "get_rewrite_pack",
    "rewrite",
]

FACTS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "offer": (
            "What you can offer instead; completes 'What I can do is ...' "
            '("a replacement or a full refund").'
        ),
        "reason": (
            "Why a policy or rule exists; completes '... because ...' "
            '("it keeps your account safe").'
        ),
        "when": "When you will come back to the customer; completes '... by ...' (\"Friday\").",
        "next_step": (
            "What happens next, as a clause; completes '..., and ...' "
            '("I\'ve asked the courier to redeliver today").'
        ),
        "team": "Who will handle it; completes 'Let me get this to ...' (\"our billing team\").",
        "issue": (
            "The customer's problem in a few words; completes 'I can see how frustrating ... "
            'has been\' ("the delay with your order").'
        ),
    }
)
"""The fact names the rewriter accepts, each with what it completes.

A fact is something only the caller knows. A substitution that needs a fact that
was not given leaves its name as a ``{slot}`` in the text (and in
:attr:`Rewrite.slots`); an unknown fact name is an error (``D301``).
"""

Scope = Literal["span", "alone", "lead", "tail", "sentence", "after"]
"""Where a substitution's replacement goes; see :class:`Substitution`."""

_ID = r"^[a-z0-9_]+(?:\.[a-z0-9_]+)+$"
_MAX_BODY = 5_000  # longer "sentences" get span edits only
_MAX_ROUNDS = 32
_MAX_PASSES = 4

# --- Templates ------------------------------------------------------------------------

_PLACEHOLDER = regex.compile(r"\{\{|\}\}|\{([a-z_][a-z0-9_]*)\}|[{}]")
_I_WORD = regex.compile(r"I(?:'m|'ll|'ve|'d|’m|’ll|’ve|’d)?\b")

Part = tuple[Literal["text", "name"], str]


def _parse_template(template: str) -> tuple[Part, ...]:
    parts: list[Part] = []
    last = 0
    buffer: list[str] = []
    for match in _PLACEHOLDER.finditer(template):
        buffer.append(template[last : match.start()])
        token = match.group()
        if token in ("{{", "}}"):
            buffer.append(token[0])
        elif match.group(1) is not None:
            if buffer and "".join(buffer):
                parts.append(("text", "".join(buffer)))
            buffer = []
            parts.append(("name", match.group(1)))
        else:
            raise Problem(
                ErrorCode.SUBSTITUTION_BAD_TEMPLATE,
                f"replacement {template!r}: unbalanced {token!r} at {match.start()} "
                "(write '{{' or '}}' for a literal brace)",
            )
        last = match.end()
    buffer.append(template[last:])
    if "".join(buffer):
        parts.append(("text", "".join(buffer)))
    return tuple(parts)


_CONTRACTIONS = {
    "I'm": "I am",
    "I'll": "I will",
    "I've": "I have",
    "I'd": "I would",
    "we're": "we are",
    "we'll": "we will",
    "we've": "we have",
    "we'd": "we would",
    "you've": "you have",
    "you're": "you are",
    "it's": "it is",
    "that's": "that is",
    "there's": "there is",
    "let's": "let us",
    "isn't": "is not",
    "aren't": "are not",
    "can't": "cannot",
    "won't": "will not",
    "don't": "do not",
    "doesn't": "does not",
    "wouldn't": "would not",
    "haven't": "have not",
}
_VOICE_WE = {
    "I am": "we are",
    "I'm": "we're",
    "I'll": "we'll",
    "I've": "we've",
    "I'd": "we'd",
    "I": "we",
    "me": "us",
    "my": "our",
    "mine": "ours",
    "myself": "ourselves",
}


def _word_map(text: str, mapping: Mapping[str, str]) -> str:
    """Replace whole words (or word pairs) of ``mapping``, keeping a leading capital."""
    keys = sorted(mapping, key=len, reverse=True)
    pattern = regex.compile(
        r"(?<![\w'])(?:" + "|".join(regex.escape(k) for k in keys) + r")(?![\w'])", regex.I
    )

    def swap(match: regex.Match[str]) -> str:
        found = match.group()
        key = next((k for k in keys if k.lower() == found.lower()), found)
        new = mapping[key]
        pronoun = key.startswith("I")
        if (found[0].isupper() and not pronoun) or (pronoun and match.start() == 0):
            new = new[0].upper() + new[1:]
        return new

    return pattern.sub(swap, text)


def _styled(text: str, *, contractions: bool, voice: str) -> str:
    if voice == "we":
        text = _word_map(text, _VOICE_WE)
    if not contractions:
        text = _word_map(text, _CONTRACTIONS)
    return text


# --- The substitution model -----------------------------------------------------------


class Substitution(_Named):
    """One way to rewrite one trigger: typed data, validated, with before/after examples.

    The classifier finds a trigger hit; a substitution for its label (and, if
    ``rules`` is set, for one of those classifier rules) decides which characters of
    the draft to replace and with what. ``scope`` says where:

    * ``span``: the hit itself, or the match of ``pattern`` / ``phrases`` that overlaps
      it (or that match's group named ``edit``). An empty replacement deletes it and
      tidies the commas and spaces around it.
    * ``alone``: the trigger is the whole sentence, give or take an opener that is kept
      ("Hi Sam,", "Sorry,"), softeners that go with it ("but", "unfortunately", "I'm
      afraid") and trailing words such as "right now" or "at this time". The
      sentence's own full stop is kept.
    * ``lead``: the trigger opens the sentence and is followed by a comma, a dash,
      "and" or "so" and more words; the trigger and that separator are replaced.
    * ``tail``: the trigger closes the sentence after a comma or a dash; the separator
      and the trigger are replaced (usually deleted).
    * ``sentence``: the whole sentence after its opener, whatever else it says (never
      when that would drop a number, a name, a date, an ID or an address).
    * ``after``: the draft is kept and the replacement is added as a new sentence
      after the trigger's sentence. The trigger stays, so this is the last resort (not
      used while another edit reshapes the sentence, nor for an offer the message
      already makes), and the trigger is still listed in :attr:`Rewrite.unresolved`.

    The replacement is a template: ``{offer}``, ``{reason}``... are facts (see
    :data:`FACTS`), filled from the caller's arguments or left as slots; any other
    ``{name}`` is a named group of ``pattern`` and copies the draft's own words.
    ``{{`` and ``}}`` are literal braces.

    No edit ever drops a number, an amount, an ID, a date, a name, an @handle or a URL:
    a substitution whose edit would do so does not apply, and the next one is tried.

    Example:
        >>> sub = Substitution(
        ...     id="acme.policy_wall.per_our_policy",
        ...     label="trigger.policy_wall",
        ...     phrases=["per our policy"],
        ...     replacement="our policy is designed to {reason}, so",
        ...     reason="Explains the policy instead of hiding behind it.",
        ...     examples=[(
        ...         "Per our policy refunds take 5 days.",
        ...         "Our policy is designed to {reason}, so refunds take 5 days.",
        ...     )],
        ... )
        >>> sub.facts
        ('reason',)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")
    _error_what: ClassVar[str] = "substitution"

    id: str = Field(
        description="Stable dotted ID, lower case: ``en.rewrite.cant_help.what_i_can_do``.",
        pattern=_ID,
    )
    label: Label = Field(description="The agent-side trigger label this substitution rewrites.")
    lang: str = Field(default="en", description="Language code of the rewriter it belongs to.")
    rules: tuple[str, ...] = Field(
        default=(),
        description="Classifier rule IDs it applies to; empty: any rule of ``label``.",
    )
    phrases: tuple[str, ...] = Field(
        default=(),
        description="Phrases (the classifier's phrase syntax) that must match overlapping the hit.",
    )
    pattern: str | None = Field(
        default=None,
        description=(
            "A regular expression (``regex`` syntax, matched on the folded, lower-case "
            "sentence) that must match overlapping the hit. A group named ``edit`` is the "
            "part to replace; other named groups can be copied into the replacement."
        ),
    )
    scope: Scope = Field(default="span", description="Where the replacement goes (see above).")
    replacement: str = Field(
        description="The template: text with ``{fact}`` slots and ``{group}`` copies."
    )
    requires: tuple[str, ...] = Field(
        default=(),
        description="Facts that must be given for this substitution to apply (else: the next).",
    )
    reason: str = Field(min_length=1, description="Why the edit helps, in one sentence.")
    safe_to_autofix: bool = Field(
        default=False,
        description=(
            "True only if the edit cannot change what the message means (it drops a "
            "filler word); never with facts or slots."
        ),
    )
    examples: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = Field(
        description=(
            "``(before, after)`` pairs, or ``(before, after, {fact: value})``: rewriting "
            "``before`` (with those facts) gives ``after``. Stored with the facts as pairs."
        )
    )
    source: str = Field(default="", description="Where the advice comes from.")

    @field_validator("label", mode="before")
    @classmethod
    def _trigger_label(cls, value: Any) -> Any:
        if isinstance(value, str) and value not in Label._value2member_map_:
            raise Problem(
                ErrorCode.RULE_UNKNOWN_LABEL,
                f"label {value!r} is not in the taxonomy (see deescalate.Label)",
            )
        if isinstance(value, str) and not value.startswith("trigger."):
            raise Problem(
                ErrorCode.SUBSTITUTION_NOT_TRIGGER,
                f"label {value!r} is not an agent-side trigger (trigger.*); only triggers "
                "are rewritten",
            )
        return value

    @field_validator("examples", mode="before")
    @classmethod
    def _example_facts(cls, value: Any) -> Any:
        if isinstance(value, (str, Mapping)) or not isinstance(value, Iterable):
            return value
        out: list[Any] = []
        for item in value:
            if isinstance(item, (list, tuple)) and len(item) == 2:
                item = (*item, ())
            elif (
                isinstance(item, (list, tuple)) and len(item) == 3 and isinstance(item[2], Mapping)
            ):
                unknown = [name for name in item[2] if name not in FACTS]
                if unknown:
                    raise Problem(
                        ErrorCode.UNKNOWN_FACT,
                        f"example {item[0]!r} uses unknown fact(s) {', '.join(map(repr, unknown))}",
                    )
                item = (item[0], item[1], tuple(sorted(item[2].items())))
            out.append(item)
        return tuple(out)

    @field_validator("examples")
    @classmethod
    def _has_examples(
        cls, value: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...]
    ) -> tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...]:
        if not value or not all(before.strip() for before, _after, _facts in value):
            raise Problem(
                ErrorCode.RULE_MISSING_EXAMPLES,
                "a substitution needs at least one (before, after) example with a non-empty before",
            )
        return value

    @field_validator("requires")
    @classmethod
    def _known_facts(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [name for name in value if name not in FACTS]
        if unknown:
            raise Problem(
                ErrorCode.UNKNOWN_FACT,
                f"requires unknown fact(s) {', '.join(map(repr, unknown))}; known: "
                f"{', '.join(FACTS)}",
            )
        return value

    @model_validator(mode="after")
    def _check(self) -> Self:
        if self.phrases and self.pattern is not None:
            raise Problem(ErrorCode.RULE_INVALID, "give 'phrases' or 'pattern', not both")
        groups: set[str] = set()
        source = self.compiled_source
        if source is not None:
            try:
                compiled = regex.compile(source)
            except regex.error as error:
                raise Problem(
                    ErrorCode.RULE_BAD_PATTERN, f"the pattern does not compile: {error}"
                ) from error
            try:
                check_pattern(source)
            except UnsafePattern as error:
                raise Problem(
                    ErrorCode.RULE_UNSAFE_PATTERN, f"the pattern is not safe: {error}"
                ) from error
            groups = set(compiled.groupindex)
        clash = sorted(groups & set(FACTS))
        if clash:
            raise Problem(
                ErrorCode.SUBSTITUTION_BAD_TEMPLATE,
                f"pattern group(s) {', '.join(clash)} have the name of a fact; rename them",
            )
        parts = _parse_template(self.replacement)
        unknown = sorted(
            {name for kind, name in parts if kind == "name"} - set(FACTS) - (groups - {"edit"})
        )
        if unknown:
            raise Problem(
                ErrorCode.SUBSTITUTION_BAD_TEMPLATE,
                f"replacement {self.replacement!r} names {', '.join(map(repr, unknown))}, which "
                f"is neither a fact ({', '.join(FACTS)}) nor a named group of the pattern",
            )
        if self.safe_to_autofix and any(kind == "name" and n in FACTS for kind, n in parts):
            raise Problem(
                ErrorCode.RULE_INVALID,
                "a substitution that puts in facts or slots is never safe to autofix",
            )
        if self.scope == "after" and not self.replacement.strip():
            raise Problem(ErrorCode.RULE_INVALID, "an 'after' substitution needs a replacement")
        return self

    @property
    def compiled_source(self) -> str | None:
        """The pattern run on the folded sentence, or ``None`` when the hit itself is used."""
        if self.pattern is not None:
            return _lower_literals(self.pattern)
        if self.phrases:
            return "|".join(f"(?:{phrase_to_pattern(p)})" for p in self.phrases)
        return None

    @property
    def facts(self) -> tuple[str, ...]:
        """The fact names its replacement uses, in order."""
        names = [n for kind, n in _parse_template(self.replacement) if kind == "name"]
        return tuple(dict.fromkeys(n for n in names if n in FACTS))


def _load_substitutions(
    data: Iterable[Substitution | Mapping[str, Any]],
) -> tuple[Substitution, ...]:
    if isinstance(data, (str, Mapping)):
        raise InputError(
            ErrorCode.BAD_ARGUMENT, "substitutions must be an iterable of Substitution or mappings"
        )
    subs: list[Substitution] = []
    problems: list[tuple[ErrorCode, str]] = []
    for item in data:
        if isinstance(item, Substitution):
            subs.append(item)
        elif isinstance(item, Mapping):
            try:
                subs.append(Substitution.model_validate(item))
            except RuleError as error:
                problems.extend(error.problems)
        else:
            problems.append(
                (
                    ErrorCode.RULE_INVALID,
                    "a substitution must be a Substitution or a mapping, got "
                    f"{type(item).__name__}",
                )
            )
    if problems:
        raise combine(RuleError, problems)
    return tuple(subs)


# --- Language data ----------------------------------------------------------------------


class RewritePack(BaseModel):
    """The substitutions of one language and the small grammar the rewriter needs from it.

    The patterns match the folded (lower-case) view of one sentence.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str = Field(description="Language code, as passed to ``rewrite(lang=...)``.")
    version: str = Field(description="Version of the substitutions, carried by every result.")
    substitutions: tuple[Substitution, ...] = Field(description="Tried in this order.")
    opener: str = Field(
        description="What may open a sentence and is kept: a greeting, 'sorry', a name."
    )
    softener: str = Field(
        description="Words between the opener and the trigger that go with it ('but', "
        "'I'm afraid'); may be empty."
    )
    tail: str = Field(
        description="Words that may follow a trigger that stands alone ('right now'); may be empty."
    )
    separator: str = Field(
        description="What separates a leading or trailing trigger from the rest of its sentence."
    )
    clause_starters: frozenset[str] = Field(
        description="Words that start a new clause, for tidying commas around a deletion."
    )
    not_names: frozenset[str] = Field(
        description="Capitalised words that are not names ('I', 'OK', 'Sir')."
    )
    common_words: frozenset[str] = Field(
        description="Lower-case words that may open a sentence and are not names; any other "
        "capitalised word is kept, even at the start of a sentence ('Sarah, ...')."
    )
    kept_words: frozenset[str] = Field(
        description="Lower-case words that carry facts and must never be dropped ('two', "
        "'tomorrow')."
    )
    subordinators: frozenset[str] = Field(
        default=frozenset(),
        description="Lower-case words that open a dependent clause ('if', 'when'): a ``lead`` "
        "or ``tail`` edit never leaves such a clause standing alone as a sentence.",
    )
    advice: Mapping[Label, str] = Field(
        description="Per trigger label: what a person should do when no substitution fits."
    )


REGISTRY: tuple[tuple[str, str], ...] = (("en", "deescalate.lang.en.rewrites"),)
"""Language code and module of every built-in rewrite pack; the module defines ``PACK``."""


@cache
def get_rewrite_pack(code: str) -> RewritePack:
    """The built-in rewrite pack for a language code.

    Raises:
        InputError: ``D103`` when no rewrite pack is registered for ``code``.
    """
    for known, module in REGISTRY:
        if known == code:
            pack = importlib.import_module(module).PACK
            if not isinstance(pack, RewritePack):  # pragma: no cover - a broken registry
                raise TypeError(f"{module}.PACK is not a RewritePack")
            return pack
    raise InputError(
        ErrorCode.UNKNOWN_LANGUAGE,
        f"no rewrite pack for {code!r}; available: {', '.join(k for k, _ in REGISTRY)}",
    )


# --- Results ----------------------------------------------------------------------------


class Unresolved(Hit):
    """A trigger the rewriter found but did not rewrite, and why."""

    reason: str = Field(description="Why it was left, and what a person could do instead.")


class Rewrite(BaseModel):
    """A rewritten draft: the new text, the edits that lead to it, and what is left to do.

    ``apply_edits(original, edits) == text`` always holds; text outside the edits is
    the original, character for character.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str = Field(description="The new draft.")
    original: str = Field(description="The draft as given.")
    edits: tuple[Edit, ...] = Field(description="The edits, sorted by position in the original.")
    slots: tuple[str, ...] = Field(
        description="Names of the ``{slot}`` placeholders left in ``text``, in order."
    )
    unresolved: tuple[Unresolved, ...] = Field(
        description="Triggers found but not rewritten, each with a reason."
    )
    version: str = Field(description="Versions of the classifier and substitutions used.")

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if apply_edits(self.original, self.edits) != self.text:
            raise ValueError("the edits applied to the original do not give the text")
        return self

    @property
    def changed(self) -> bool:
        """Whether the rewriter changed anything."""
        return bool(self.edits)

    @property
    def safe_to_autofix(self) -> bool:
        """True when every edit is safe to apply without a person looking first."""
        return all(edit.safe_to_autofix for edit in self.edits)

    def _repr_html_(self) -> str:
        """Notebook display: deletions struck through, insertions highlighted, then the rest."""
        pieces: list[str] = []
        last = 0
        for edit in self.edits:
            pieces.append(html.escape(self.original[last : edit.start]))
            title = html.escape(f"{edit.label.value}: {edit.reason}", quote=True)
            if edit.before:
                pieces.append(
                    f'<del style="background:#fecaca" title="{title}">'
                    f"{html.escape(edit.before)}</del>"
                )
            if edit.after:
                pieces.append(
                    f'<ins style="background:#bbf7d0" title="{title}">'
                    f"{html.escape(edit.after)}</ins>"
                )
            last = edit.end
        pieces.append(html.escape(self.original[last:]))
        rows = "".join(
            f"<li><code>{html.escape(u.label.value)}</code> “{html.escape(u.text)}”: "
            f"{html.escape(u.reason)}</li>"
            for u in self.unresolved
        )
        slots = ", ".join(f"<code>{{{html.escape(s)}}}</code>" for s in self.slots)
        return (
            '<div class="deescalate-rewrite">'
            f'<p style="white-space:pre-wrap">{"".join(pieces)}</p>'
            f"<p>{len(self.edits)} edit(s)"
            + (f" · slots to fill: {slots}" if slots else "")
            + "</p>"
            + (f"<p>Left for a person:</p><ul>{rows}</ul>" if rows else "")
            + "</div>"
        )


# --- apply_edits ------------------------------------------------------------------------


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply edits to the text they were made for; the one pure function behind ``rewrite``.

    Edits may come in any order; they are applied by position. Each must fit the text
    (``text[edit.start:edit.end] == edit.before``) and no two may overlap. An insertion
    (``start == end``) at the start of another edit goes before it; two insertions at
    one place are refused, since their order would be a guess.

    Example:
        >>> from deescalate import Edit, apply_edits
        >>> edit = Edit(start=0, end=15, before="Unfortunately, ", after="",
        ...             rule="x.y", label="trigger.negative_language",
        ...             reason="Negative framing.", safe_to_autofix=True)
        >>> apply_edits("Unfortunately, it's sold out.", [edit])
        "it's sold out."

    Raises:
        InputTypeError: ``D101`` if ``text`` is not a ``str``, ``D104`` if an item is not an
            :class:`~deescalate.models.Edit`.
        InputError: ``D304`` for an edit that does not fit the text, ``D303`` for overlapping
            edits.
    """
    if not isinstance(text, str):
        raise InputTypeError(
            ErrorCode.TEXT_NOT_STR, f"text must be a str, got {type(text).__name__}"
        )
    if isinstance(edits, (str, Edit)):
        raise InputTypeError(ErrorCode.BAD_ARGUMENT, "edits must be an iterable of Edit")
    items = list(edits)
    for position, edit in enumerate(items):
        if not isinstance(edit, Edit):
            raise InputTypeError(
                ErrorCode.BAD_ARGUMENT,
                f"edits[{position}] must be an Edit, got {type(edit).__name__}",
            )
        if edit.end > len(text) or text[edit.start : edit.end] != edit.before:
            found = text[edit.start : edit.end] if edit.start <= len(text) else ""
            raise InputError(
                ErrorCode.EDIT_MISMATCH,
                f"edit [{edit.start}:{edit.end}] ({edit.rule}) expects {edit.before!r} but the "
                f"text has {found!r} there",
            )
    items.sort(key=lambda e: (e.start, e.end))
    for first, second in itertools.pairwise(items):
        same_point = first.start == first.end == second.start == second.end
        if first.end > second.start or same_point:
            raise InputError(
                ErrorCode.EDITS_OVERLAP,
                f"edits overlap: [{first.start}:{first.end}] ({first.rule}) and "
                f"[{second.start}:{second.end}] ({second.rule})",
            )
    pieces: list[str] = []
    last = 0
    for edit in items:
        pieces.append(text[last : edit.start])
        pieces.append(edit.after)
        last = edit.end
    pieces.append(text[last:])
    return "".join(pieces)


# --- Sentences --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Sentence:
    """One sentence: ``start``/``end`` bound it, ``body`` is the words without lead-ins.

    ``body_start`` skips @handles, bullets and opening quotes; ``body_end`` stops before
    the closing punctuation and a signature ("^JD", "-KB"). ``term_end`` is just after the
    closing punctuation, or ``body_end`` when there is none.
    """

    start: int
    end: int
    body_start: int
    body_end: int
    term_end: int


_LINE = regex.compile(r"[^\n\r]+")
_TERMINATOR = regex.compile(r"[.!?…]+[\"'’”)\]]*(?=\s|$)")
_ABBREVIATIONS = frozenset(
    {"e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "st", "vs", "approx", "inc", "ltd", "jr", "sr",
     "a.m", "p.m", "no", "nos", "fig", "dept", "min", "max", "est"}
)  # fmt: skip
_LEADING = regex.compile(r"(?:\s+|@\w+|[-*•·>]+(?=\s)|\d{1,2}[.)](?=\s)|[\"'“‘(\[«/|]+)+")
_TRAILING = regex.compile(
    r"(?:\s+|[.!?…,;:]+|[\"'’”)\]»]+|(?<=\s|^)[\^*~]\w{1,12}"
    r"|(?<=[\s.!?])[-–—/][ ]?\p{Lu}[\p{L}]{0,8}|(?<=\s|^)\d{1,2}/\d{1,2}|(?<=\s|^)@\w+"
    r"|[\p{So}\p{Sk}\p{Cs}\u200d\ufe0f\u2600-\u27bf]+)\Z"
)
_WORD_BEFORE = regex.compile(r"[\w.]{1,12}\Z")


def _sentences(text: str) -> list[_Sentence]:
    out: list[_Sentence] = []
    for line in _LINE.finditer(text):
        start = line.start()
        for term in _TERMINATOR.finditer(text, line.start(), line.end()):
            if term.group() == ".":
                word = _WORD_BEFORE.search(text, start, term.start())
                if word and word.group().lower().strip(".") in _ABBREVIATIONS:
                    continue
            out.append(_make_sentence(text, start, term.end(), term.start()))
            start = term.end()
        if start < line.end():
            out.append(_make_sentence(text, start, line.end(), None))
    return [s for s in out if s.body_end > s.body_start]


def _make_sentence(text: str, start: int, end: int, terminator: int | None) -> _Sentence:
    lead = _LEADING.match(text, start, end)
    body_start = lead.end() if lead else start
    body_end = terminator if terminator is not None else end
    while body_end > body_start:
        trail = _TRAILING.search(text, body_start, body_end)
        if trail is None or trail.start() == trail.end():
            break
        body_end = trail.start()
    term_end = end if terminator is not None else body_end
    if term_end < body_end:
        term_end = body_end
    return _Sentence(start, end, body_start, max(body_start, body_end), term_end)


def _sentence_of(sentences: Sequence[_Sentence], pos: int) -> _Sentence | None:
    starts = [s.start for s in sentences]
    i = bisect_left(starts, pos + 1) - 1
    if i < 0:
        return None
    sentence = sentences[i]
    return sentence if pos < max(sentence.end, sentence.body_end) else None


# --- Compiled substitutions ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Compiled:
    sub: Substitution
    pattern: regex.Pattern[str] | None
    parts: tuple[Part, ...]
    rules: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Grammar:
    open_soft: regex.Pattern[str]
    opener: regex.Pattern[str]
    tail: regex.Pattern[str]
    lead_sep: regex.Pattern[str]
    tail_sep: regex.Pattern[str]
    soft_before: regex.Pattern[str]


def _grammar(pack: RewritePack) -> _Grammar:
    soft = f"(?:{pack.softener})" if pack.softener else ""
    tail = f"(?:{pack.tail})" if pack.tail else ""
    return _Grammar(
        open_soft=regex.compile(f"(?P<open>{pack.opener})?(?P<soft>{soft})"),
        opener=regex.compile(f"(?:{pack.opener})"),
        tail=regex.compile(tail),
        lead_sep=regex.compile(f"(?:{pack.separator})(?=.{{0,200}}?\\w)", regex.S),
        tail_sep=regex.compile(
            f"(?<=\\w[^\\w]{{0,3}})(?P<sep>{pack.separator})(?P<soft>{soft})\\Z"
        ),
        soft_before=regex.compile(f"(?<![\\w'])(?=\\w)(?:{soft})\\Z" if soft else "(?!)"),
    )


@dataclass(slots=True)
class _Candidate:
    """A proposed edit for one hit, before capitalisation is settled."""

    hit: int
    compiled: _Compiled
    start: int
    end: int
    after: str
    slots: tuple[str, ...]
    sentence: _Sentence
    insertion: bool = False


@dataclass(slots=True)
class _HitState:
    hit: Hit
    status: Literal["open", "edited", "covered", "pending", "unresolved"] = "open"
    why: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    reason: str = ""


# --- The rewriter -------------------------------------------------------------------------


class Rewriter:
    """An immutable rewriter: a classifier, substitutions and a house style, built once.

    Args:
        lang: Language code of the built-in classifier and substitutions.
        substitutions: Extra substitutions (tried before the built-in ones), as
            :class:`Substitution` objects or mappings.
        disable: Substitution IDs or trigger labels to leave out.
        defaults: Whether to start from the built-in substitutions at all.
        classifier: The classifier that finds triggers (default: the built-in one for
            ``lang``); pass your own to rewrite triggers found by your own rules.
        contractions: House style: ``False`` writes "I will", "let us" in replacements.
        voice: House style: ``"i"`` ("What I can do is...") or ``"we"`` ("What we can do
            is...") in replacements.
        pack: A rewrite pack to use instead of a built-in one.

    Raises:
        RuleError: for an invalid or duplicate substitution (``D2xx``/``D3xx``), one that
            targets a rule the classifier does not have (``D307``), an example that does not
            rewrite as stated (``D308``), or an unknown ID in ``disable`` (``D310``).
        InputError: for an unknown language (``D103``) or a bad style option (``D104``).

    Example:
        >>> from deescalate import Rewriter
        >>> house = Rewriter(voice="we", contractions=False)
        >>> house.rewrite("I'll have to check with my manager.", when="Friday").text
        'We will get an answer from my manager and come back to you by Friday.'
    """

    __slots__ = (
        "_classifier",
        "_compiled",
        "_contractions",
        "_defaults",
        "_disabled",
        "_grammar",
        "_labels",
        "_pack",
        "_user",
        "_voice",
        "version",
    )

    def __init__(
        self,
        *,
        lang: str = "en",
        substitutions: Iterable[Substitution | Mapping[str, Any]] = (),
        disable: Iterable[str] = (),
        defaults: bool = True,
        classifier: Classifier | None = None,
        contractions: bool = True,
        voice: Literal["i", "we"] = "i",
        pack: RewritePack | None = None,
    ) -> None:
        self._build(
            lang,
            substitutions,
            disable,
            defaults,
            classifier,
            contractions,
            voice,
            pack,
            check_examples=True,
        )

    def _build(
        self,
        lang: str,
        substitutions: Iterable[Substitution | Mapping[str, Any]],
        disable: Iterable[str],
        defaults: bool,
        classifier: Classifier | None,
        contractions: bool,
        voice: str,
        pack: RewritePack | None,
        *,
        check_examples: bool,
    ) -> None:
        if not isinstance(lang, str):
            raise InputError(
                ErrorCode.UNKNOWN_LANGUAGE,
                f"lang must be a language code str, got {type(lang).__name__}",
            )
        if not isinstance(contractions, bool):
            raise InputError(ErrorCode.BAD_ARGUMENT, "contractions must be True or False")
        if voice not in ("i", "we"):
            raise InputError(ErrorCode.BAD_ARGUMENT, f"voice must be 'i' or 'we', got {voice!r}")
        if pack is None:
            pack = get_rewrite_pack(lang)
        if classifier is None:
            classifier = default_classifier(pack.code)
        if not isinstance(classifier, Classifier):
            raise InputError(ErrorCode.BAD_ARGUMENT, "classifier must be a deescalate.Classifier")
        if classifier.lang != pack.code:
            raise RuleError(
                ErrorCode.RULE_WRONG_LANGUAGE,
                f"the classifier is for {classifier.lang!r} but the substitutions are for "
                f"{pack.code!r}",
            )
        user = _load_substitutions(substitutions)
        for sub in user:
            if sub.lang != pack.code:
                raise RuleError(
                    ErrorCode.RULE_WRONG_LANGUAGE,
                    f"substitution {sub.id!r} is for {sub.lang!r} but the rewriter is "
                    f"{pack.code!r}",
                )
        if isinstance(disable, str):
            raise InputError(
                ErrorCode.BAD_ARGUMENT, "disable must be an iterable of str, not a str"
            )
        disabled = tuple(dict.fromkeys(disable))
        for item in disabled:
            if not isinstance(item, str):
                raise InputError(ErrorCode.BAD_ARGUMENT, f"disable items must be str, got {item!r}")
        combined = [*user, *(pack.substitutions if defaults else ())]
        seen: set[str] = set()
        for sub in combined:
            if sub.id in seen:
                raise RuleError(
                    ErrorCode.SUBSTITUTION_DUPLICATE_ID,
                    f"two substitutions share the ID {sub.id!r}",
                )
            seen.add(sub.id)
        known = seen | {sub.label.value for sub in combined}
        unknown = [item for item in disabled if item not in known]
        if unknown:
            raise RuleError(
                ErrorCode.SUBSTITUTION_UNKNOWN_ID,
                f"nothing to disable for {', '.join(map(repr, unknown))}: not a substitution ID "
                "or a label of this rewriter",
            )
        off = set(disabled)
        active = [s for s in combined if s.id not in off and s.label.value not in off]
        rule_labels = {rule.id: rule.label for rule in classifier.rules}
        problems: list[tuple[ErrorCode, str]] = []
        for sub in user:
            for rule_id in sub.rules:
                if rule_id not in rule_labels:
                    problems.append(
                        (
                            ErrorCode.SUBSTITUTION_UNKNOWN_RULE,
                            f"substitution {sub.id!r} targets rule {rule_id!r}, which the "
                            "classifier does not have",
                        )
                    )
                elif rule_labels[rule_id] != sub.label:
                    problems.append(
                        (
                            ErrorCode.SUBSTITUTION_UNKNOWN_RULE,
                            f"substitution {sub.id!r} is for {sub.label.value} but rule "
                            f"{rule_id!r} gives {rule_labels[rule_id].value}",
                        )
                    )
        if problems:
            raise combine(RuleError, problems)
        self._pack = pack
        self._classifier = classifier
        self._user = user
        self._disabled = disabled
        self._defaults = defaults
        self._contractions = contractions
        self._voice = voice
        self._grammar = _grammar(pack)
        self._compiled = tuple(
            _compile_substitution(s, contractions=contractions, voice=voice) for s in active
        )
        self._labels = frozenset(s.label for s in active)
        custom = bool(user or disabled or not defaults or not contractions or voice != "i")
        suffix = f"+{_fingerprint(active, contractions, voice)}" if custom else ""
        self.version = f"{classifier.version}/rw-{pack.code}-{pack.version}{suffix}"
        if check_examples:
            self._check_examples([s for s in user if s in active])

    # -- construction helpers ----------------------------------------------------------
    @property
    def lang(self) -> str:
        """The language code of this rewriter."""
        return self._pack.code

    @property
    def classifier(self) -> Classifier:
        """The classifier that finds the triggers."""
        return self._classifier

    @property
    def substitutions(self) -> tuple[Substitution, ...]:
        """The active substitutions, in the order they are tried (user ones first)."""
        return tuple(c.sub for c in self._compiled)

    @property
    def style(self) -> dict[str, Any]:
        """The house style: ``{"contractions": ..., "voice": ...}``."""
        return {"contractions": self._contractions, "voice": self._voice}

    def with_substitutions(self, *substitutions: Substitution | Mapping[str, Any]) -> Rewriter:
        """A new rewriter with extra substitutions, tried before the others."""
        return self._rebuilt(substitutions=(*self._user, *substitutions))

    def without(self, *ids: str) -> Rewriter:
        """A new rewriter without the given substitution IDs or trigger labels."""
        return self._rebuilt(disable=(*self._disabled, *ids))

    def with_style(
        self, *, contractions: bool | None = None, voice: Literal["i", "we"] | None = None
    ) -> Rewriter:
        """A new rewriter with a different house style; options not given stay as they are."""
        changes: dict[str, Any] = {}
        if contractions is not None:
            changes["contractions"] = contractions
        if voice is not None:
            changes["voice"] = voice
        return self._rebuilt(**changes)

    def _rebuilt(self, **changes: Any) -> Rewriter:
        new = Rewriter.__new__(Rewriter)
        args: dict[str, Any] = {
            "substitutions": self._user,
            "disable": self._disabled,
            "defaults": self._defaults,
            "classifier": self._classifier,
            "contractions": self._contractions,
            "voice": self._voice,
            "pack": self._pack,
        }
        args.update(changes)
        new._build(self._pack.code, check_examples=True, **args)
        return new

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            _restore,
            (
                self._pack,
                self._user,
                self._disabled,
                self._defaults,
                self._classifier,
                self._contractions,
                self._voice,
            ),
        )

    def __repr__(self) -> str:
        return (
            f"Rewriter(lang={self.lang!r}, substitutions={len(self._compiled)}, "
            f"version={self.version!r})"
        )

    def _check_examples(self, subs: Sequence[Substitution]) -> None:
        problems: list[tuple[ErrorCode, str]] = []
        for sub in subs:
            for before, after, facts in sub.examples:
                result = self._rewrite(before, _check_facts(dict(facts)))
                if result.text != after or not any(e.rule == sub.id for e in result.edits):
                    used = sorted({e.rule for e in result.edits}) or ["no edit"]
                    problems.append(
                        (
                            ErrorCode.SUBSTITUTION_EXAMPLE_FAILS,
                            f"substitution {sub.id!r}: {before!r} rewrites to {result.text!r} "
                            f"(by {', '.join(used)}), not {after!r}",
                        )
                    )
        if problems:
            listed = "; ".join(message for _code, message in problems)
            raise RuleError(ErrorCode.SUBSTITUTION_EXAMPLE_FAILS, listed, problems=tuple(problems))

    # -- rewriting ----------------------------------------------------------------------
    def rewrite(self, draft: str, **facts: str) -> Rewrite:
        """Rewrite one agent draft.

        Args:
            draft: The agent's draft reply.
            **facts: What only you know, by the names in :data:`FACTS` (``offer``,
                ``reason``, ``when``, ``next_step``, ``team``, ``issue``). A needed fact
                that is not given stays in the text as a ``{slot}``.

        Raises:
            InputTypeError: ``D101`` if ``draft`` is not a ``str``; ``D302`` if a fact is
                not a ``str``.
            InputError: ``D301`` for an unknown fact name, ``D302`` for an empty fact.
        """
        if not isinstance(draft, str):
            raise InputTypeError(
                ErrorCode.TEXT_NOT_STR, f"draft must be a str, got {type(draft).__name__}"
            )
        return self._rewrite(draft, _check_facts(facts))

    __call__ = rewrite

    def _rewrite(self, draft: str, facts: Mapping[str, str]) -> Rewrite:
        """Rewrite in passes until a pass finds nothing more to do, so a rewrite is a fixed point.

        An edit can change what is around another trigger (a trailing "just relax" gone,
        the trigger before it now stands alone), so the next pass looks again. The last
        pass makes no edit: rewriting the result once more is that same pass.

        A trigger of the draft stays a trigger until its words change: later passes look
        at it again even when the classifier, seeing what the edits added around it ("What
        I can do is ..."), no longer flags it.
        """
        text = draft
        edits: list[Edit] = []
        unresolved: list[Unresolved] = []
        found: list[Hit] | None = None
        for _pass in range(_MAX_PASSES):
            carried = _carry(found, edits, text) if found else []
            offered = self._offered(edits)
            new_edits, new_text, unresolved, hits = self._pass(text, facts, carried, offered)
            if found is None:
                found = hits
            if not new_edits:
                break
            composed = _compose(draft, edits, text, new_edits)
            if apply_edits(draft, composed) != new_text:  # pragma: no cover - a safety net
                break
            edits, text = composed, new_text
        unresolved = [_map_back(u, draft, edits) for u in unresolved]
        unresolved += self._still_there(draft, found or [], edits, unresolved)
        unresolved.sort(key=lambda u: (u.start, u.end))
        slots = tuple(
            dict.fromkeys(
                name for edit in edits for name in edit.slots if "{" + name + "}" in edit.after
            )
        )
        return Rewrite.model_construct(
            text=text,
            original=draft,
            edits=tuple(edits),
            slots=slots,
            unresolved=tuple(unresolved),
            version=self.version,
        )

    def _still_there(
        self,
        draft: str,
        hits: Sequence[Hit],
        edits: Sequence[Edit],
        unresolved: Sequence[Unresolved],
    ) -> list[Unresolved]:
        """The draft's triggers that no edit changed and that are not reported yet.

        The classifier can stop flagging a trigger whose words are all still there: a
        refusal is no longer *flat* once "What I can do instead is ..." follows it. Its
        words are still in the text, so it is reported as unresolved, not as rewritten.
        """
        kept = _unchanged(hits, edits)
        if not kept:
            return []
        reported: dict[Label, tuple[list[int], list[int]]] = {}
        for u in sorted(unresolved, key=lambda u: u.start):
            starts, ends = reported.setdefault(u.label, ([], []))
            starts.append(u.start)
            ends.append(max(u.end, ends[-1]) if ends else u.end)
        sentences = _sentences(draft)
        scopes = {c.sub.id: c.sub.scope for c in self._compiled}
        out: list[Unresolved] = []
        last_end: dict[Label, int] = {}
        for hit in kept:
            starts, ends = reported.get(hit.label, ([], []))
            before = bisect_left(starts, hit.end)
            if (before and ends[before - 1] > hit.start) or last_end.get(hit.label, -1) > hit.start:
                continue
            last_end[hit.label] = hit.end
            sentence = _sentence_of(sentences, hit.start)
            end = sentence.end if sentence is not None else len(draft)
            advice = self._pack.advice.get(hit.label, "Reword this by hand.")
            followed = any(
                scopes.get(e.rule) == "after" and e.label == hit.label and hit.end <= e.start <= end
                for e in edits
            )
            if followed:
                reason = (
                    "An alternative now follows it, but its words are still in the text: cut or "
                    "reword them by hand."
                )
            else:
                reason = (
                    "Its words are still in the text; what was added elsewhere changes how it "
                    "reads but does not remove it. " + advice
                )
            out.append(
                Unresolved.model_construct(
                    start=hit.start,
                    end=hit.end,
                    text=hit.text,
                    label=hit.label,
                    rule=hit.rule,
                    reason=reason,
                )
            )
        return out

    def _offered(self, edits: Sequence[Edit]) -> frozenset[str]:
        """The facts (such as ``offer``) that earlier passes' edits already put in the text."""
        if not edits:
            return frozenset()
        by_rule = {c.sub.id: c.sub.facts for c in self._compiled}
        return frozenset(name for e in edits for name in by_rule.get(e.rule, ()))

    def _pass(
        self,
        draft: str,
        facts: Mapping[str, str],
        carried: Sequence[Hit] = (),
        offered: frozenset[str] = frozenset(),
    ) -> tuple[list[Edit], str, list[Unresolved], list[Hit]]:
        """One pass: classify, plan an edit per trigger, verify, and retry without culprits.

        ``carried`` are triggers of the draft still in the text that the classifier may no
        longer flag; ``offered``, the facts earlier edits already put in. Returns the
        edits, the new text, the triggers left, and the triggers found.
        """
        found = self._classifier.classify(draft, speaker=Speaker.AGENT)
        hits = [h for h in found.hits if h.label.family == "trigger"]
        hits += [
            h
            for h in carried
            if not any(k.label == h.label and k.start < h.end and h.start < k.end for k in hits)
        ]
        hits.sort(key=lambda h: (h.start, h.end))
        if not hits:
            return [], draft, [], hits
        sentences = _sentences(draft)
        banned: set[tuple[int, str]] = set()
        failures: set[int] = set()
        for _round in range(_MAX_ROUNDS):
            states = [_HitState(hit) for hit in hits]
            chosen = self._plan(draft, sentences, states, facts, banned, offered)
            edits = _finalize(draft, chosen)
            text = apply_edits(draft, edits)
            culprits = self._verify(text, edits, chosen, states, hits)
            if not culprits:
                break
            for index, rule_id in culprits:
                banned.add((index, rule_id))
                failures.add(index)
        else:  # pragma: no cover - every round bans a candidate, so this needs a pathological pack
            states = [_HitState(hit, status="unresolved") for hit in hits]
            edits, text = [], draft
        unresolved = [
            Unresolved.model_construct(
                start=state.hit.start,
                end=state.hit.end,
                text=state.hit.text,
                label=state.hit.label,
                rule=state.hit.rule,
                reason=state.reason or self._reason(state, index in failures),
            )
            for index, state in enumerate(states)
            if state.status == "unresolved"
        ]
        return edits, text, unresolved, hits

    def _reason(self, state: _HitState, still_triggers: bool) -> str:
        label = state.hit.label
        advice = self._pack.advice.get(label, "Reword this by hand.")
        if label not in self._labels:
            return f"No substitution handles {label.value} (none registered, or disabled). {advice}"
        if still_triggers:
            return f"The rewrites that fit here would still read as {label.value}. {advice}"
        if state.lost:
            kept = ", ".join(dict.fromkeys(state.lost))
            return f"A rewrite here would drop details that must stay ({kept}). {advice}"
        if "conflict" in state.why:
            return f"It overlaps another edit in the same sentence. {advice}"
        return advice

    # planning ----------------------------------------------------------------------------
    def _plan(
        self,
        text: str,
        sentences: Sequence[_Sentence],
        states: list[_HitState],
        facts: Mapping[str, str],
        banned: set[tuple[int, str]],
        offered: frozenset[str] = frozenset(),
    ) -> list[_Candidate]:
        firsts: dict[int, _Candidate] = {}
        for index, state in enumerate(states):
            candidate = next(self._candidates(text, sentences, index, state, facts, banned), None)
            if candidate is None:
                state.status = "unresolved"
            else:
                firsts[index] = candidate

        by_sentence: dict[int, list[int]] = {}
        for i, c in firsts.items():
            by_sentence.setdefault(c.sentence.start, []).append(i)

        def rank(i: int) -> tuple[bool, int, int, int]:
            # An edit that ends its clause as a sentence ("Calm down, " -> "I can see ...
            # frustrating. ") goes first unless a wider edit covers its trigger: the next
            # pass sees the rest of the sentence as a sentence of its own and rewrites it
            # clause by clause, instead of an edit on the next clause taking the comma.
            c = firsts[i]
            first = bool(_ENDS_SENTENCE.search(c.after)) and not c.insertion
            if first:
                others = [firsts[j] for j in by_sentence[c.sentence.start] if j != i]
                first = not _covered(states[i].hit, others)
            return (not first, c.start - c.end, c.start, i)

        accepted: list[_Candidate] = []
        pending: list[tuple[int, _Candidate]] = []
        for index in sorted(firsts, key=rank):
            state = states[index]
            if _covered(state.hit, accepted):
                state.status = "covered"
                continue
            choice: _Candidate | None = None
            for candidate in itertools.chain(
                [firsts[index]],
                self._candidates(text, sentences, index, state, facts, banned, skip=1),
            ):
                if candidate.insertion:
                    # Adding a sentence keeps the trigger; decided once every edit that
                    # removes one is known.
                    pending.append((index, candidate))
                    state.status = "pending"
                    break
                if _conflicts(candidate, accepted):
                    state.why.append("conflict")
                    continue
                choice = candidate
                break
            if state.status == "pending":
                continue
            if choice is None:
                state.status = "unresolved"
            else:
                state.status = "edited"
                accepted.append(choice)
        replacing = [c for c in accepted if not c.insertion]
        for index, candidate in pending:
            state = states[index]
            facts_given = set(candidate.compiled.sub.facts)
            if _covered(state.hit, accepted):
                state.status = "covered"
            elif any(c.sentence.start == candidate.sentence.start for c in replacing):
                # Another edit reshapes this sentence: the next pass looks at the trigger
                # again and may rewrite it in place instead of adding a sentence after it.
                state.status = "unresolved"
                state.why.append("deferred")
            elif (facts_given and facts_given <= offered) or any(
                c.compiled.sub.label == candidate.compiled.sub.label
                or (facts_given and facts_given <= set(c.compiled.sub.facts))
                for c in accepted
            ):
                # The message already says what can be done; a second offer would repeat it.
                state.status = "covered"
            elif _conflicts(candidate, accepted):
                state.status = "unresolved"
                state.why.append("conflict")
            else:
                state.status = "edited"
                accepted.append(candidate)
        return accepted

    def _candidates(
        self,
        text: str,
        sentences: Sequence[_Sentence],
        index: int,
        state: _HitState,
        facts: Mapping[str, str],
        banned: set[tuple[int, str]],
        *,
        skip: int = 0,
    ) -> Iterator[_Candidate]:
        hit = state.hit
        sentence = _sentence_of(sentences, hit.start)
        produced = 0
        for compiled in self._compiled:
            sub = compiled.sub
            if sub.label != hit.label or (compiled.rules and hit.rule not in compiled.rules):
                continue
            if (index, sub.id) in banned:
                continue
            if any(name not in facts for name in sub.requires):
                continue
            if sentence is None:
                continue
            candidate = self._propose(text, sentence, index, state, compiled, facts)
            if candidate is None:
                continue
            produced += 1
            if produced > skip:
                yield candidate

    def _propose(
        self,
        text: str,
        sentence: _Sentence,
        index: int,
        state: _HitState,
        compiled: _Compiled,
        facts: Mapping[str, str],
    ) -> _Candidate | None:
        hit = state.hit
        sub = compiled.sub
        bs, be = sentence.body_start, sentence.body_end
        hs, he = max(hit.start, bs), min(hit.end, be)
        if hs >= he:
            return None
        if sub.scope != "span" and be - bs > _MAX_BODY:
            return None
        body = text[bs:be]
        folded = fold(body)
        fhs, fhe = _to_folded(folded, hs - bs), _to_folded_end(folded, he - bs)
        groups: dict[str, tuple[int, int]] = {}
        core = (fhs, fhe)
        if compiled.pattern is not None:
            match = _overlapping(compiled.pattern, folded.text, fhs, fhe)
            if match is None:
                return None
            span = match.span("edit") if "edit" in compiled.pattern.groupindex else (-1, -1)
            if span[0] < 0:
                span = match.span()
            core = span if sub.scope == "span" else (min(span[0], fhs), max(span[1], fhe))
            for name in compiled.pattern.groupindex:
                g = match.span(name)
                if name != "edit" and g[0] >= 0:
                    groups[name] = g
        located = self._locate(sub.scope, folded.text, core)
        if located is None:
            return None
        fs, fe = located
        if sub.scope == "after":
            pos = sentence.term_end
            insertion = True
            start = end = pos
        else:
            insertion = False
            start, end = _to_original(folded, fs, fe)
            start, end = start + bs, end + bs
        group_text = {
            name: (text[bs + a : bs + b], bs + a == bs)
            for name, (a, b) in ((n, _to_original(folded, *g)) for n, g in groups.items())
        }
        after, slots = _render(compiled.parts, facts, group_text)
        if insertion:
            lead = " " if sentence.term_end > sentence.body_end else ". "
            body_text = after.strip()
            after = lead + body_text[:1].upper() + body_text[1:] + "."
        elif not after:
            cleaned = _tidy_deletion(text, start, end, bs, be, self._pack.clause_starters)
            if cleaned is None:
                return None
            start, end = cleaned
        elif not after.strip():
            return None
        elif after[:1] in ".!?" and start > 0 and text[start - 1] in ".!?…":
            # "days., there's nothing I can do" ends its sentence once, not twice.
            after = after[1:]
        lost = _lost_details(text, start, end, after, sentence, self._pack, (hit.start, hit.end))
        if lost:
            state.lost.extend(lost)
            return None
        if not insertion and text[start:end] == after:
            return None
        return _Candidate(
            hit=index,
            compiled=compiled,
            start=start,
            end=end,
            after=after,
            slots=slots,
            sentence=sentence,
            insertion=insertion,
        )

    def _locate(self, scope: Scope, body: str, core: tuple[int, int]) -> tuple[int, int] | None:
        """The folded span the replacement takes, or ``None`` if the scope does not fit."""
        cs, ce = core
        g = self._grammar
        if scope == "span":
            return core
        if scope == "after":
            return (len(body), len(body))
        if scope == "sentence":
            opener = g.opener.match(body)
            start = opener.end() if opener else 0
            return (start, len(body)) if start <= cs else None
        if scope == "alone":
            lead = g.open_soft.fullmatch(body, 0, cs)
            if lead is None or not g.tail.fullmatch(body, ce):
                return None
            return (lead.end("open") if lead.start("open") >= 0 else 0, len(body))
        if scope == "lead":
            lead = g.open_soft.fullmatch(body, 0, cs)
            if lead is None:
                return None
            # Words such as ", sir" or "right now" go with the trigger.
            tail = g.tail.match(body, ce)
            after_tail = ce if tail is None else len(body[: tail.end()].rstrip())
            sep = g.lead_sep.match(body, after_tail) or g.lead_sep.match(body, ce)
            if sep is None or self._fragment(body, sep.end(), len(body)):
                return None
            return (lead.end("open") if lead.start("open") >= 0 else 0, sep.end())
        # tail
        if not g.tail.fullmatch(body, ce):
            return None
        sep = g.tail_sep.search(body, 0, cs)
        if sep is None:
            return None
        start = sep.start()
        # A softener before the separator goes too ("..., unfortunately, I can't ...").
        soft = g.soft_before.search(body, 0, sep.end())
        if soft is not None and soft.start() < start:
            start = soft.start()
            while start > 0 and body[start - 1] in " \t":
                start -= 1
        opener = g.opener.match(body, 0, start)
        kept_from = opener.end() if opener else 0
        if start <= kept_from or self._fragment(body, kept_from, start):
            return None
        return (start, len(body))

    def _fragment(self, body: str, start: int, end: int) -> bool:
        """Whether ``body[start:end]`` would be a dependent clause standing alone.

        "if it arrives late" is one; "if it arrives late, we'll refund you" is not (it has
        a main clause after the comma).
        """
        word = _WORD.match(body, _skip_spaces(body, start, end), end)
        if word is None or word.group() not in self._pack.subordinators:
            return False
        return not regex.search(r"[,;:]", body[word.end() : end])

    # verification -------------------------------------------------------------------------
    def _verify(
        self,
        text: str,
        edits: Sequence[Edit],
        chosen: Sequence[_Candidate],
        states: list[_HitState],
        hits: Sequence[Hit],
    ) -> list[tuple[int, str]]:
        """Check the new text: every trigger left must be one the plan left unresolved.

        Returns the (hit, substitution) pairs to ban for the next round.
        """
        if not edits:
            return []
        result = self._classifier.classify(text, speaker=Speaker.AGENT)
        by_edit = {(c.start, c.compiled.sub.id): c for c in chosen}
        # Split off the capital letter an edit gave the next word: a trigger that starts
        # with that letter was there before and is not the replacement's doing.
        pieces: list[Edit] = []
        owners: list[_Candidate | None] = []
        for edit in edits:
            candidate = by_edit[(edit.start, edit.rule)]
            if edit.end > candidate.end and edit.after:
                cut = edit.end - candidate.end
                pieces.append(
                    edit.model_copy(
                        update={
                            "end": candidate.end,
                            "before": edit.before[:-cut],
                            "after": edit.after[:-cut],
                        }
                    )
                )
                owners.append(candidate)
                pieces.append(
                    edit.model_copy(
                        update={
                            "start": candidate.end,
                            "before": edit.before[-cut:],
                            "after": edit.after[-cut:],
                        }
                    )
                )
                owners.append(None)
            else:
                pieces.append(edit)
                owners.append(candidate)
        spans = _output_spans(pieces)
        culprits: list[tuple[int, str]] = []
        originals = {(h.start, h.end, h.label) for h in hits}
        for hit in result.hits:
            if hit.label.family != "trigger":
                continue
            touching = [
                owner
                for owner, (out_start, out_end) in zip(owners, spans, strict=True)
                if owner is not None
                and (
                    (out_start < out_end and hit.start < out_end and out_start < hit.end)
                    or (out_start == out_end and hit.start < out_start < hit.end)
                )
            ]
            if touching:
                culprits.extend((c.hit, c.compiled.sub.id) for c in touching)
                continue
            start = _map_position(hit.start, pieces, spans, end=False)
            end = _map_position(hit.end, pieces, spans, end=True)
            if (start, end, hit.label) in originals:
                for state in states:
                    if (state.hit.start, state.hit.end, state.hit.label) == (
                        start,
                        end,
                        hit.label,
                    ) and state.status in ("covered", "edited"):
                        state.status = "unresolved"
                        state.reason = "It is still there after the other edits. " + (
                            self._pack.advice.get(hit.label, "Reword this by hand.")
                        )
                continue
            nearest = min(
                chosen,
                key=lambda c: (
                    0 if c.sentence.start <= start < c.sentence.end else 1,
                    abs(c.start - start),
                ),
                default=None,
            )
            if nearest is not None:
                culprits.append((nearest.hit, nearest.compiled.sub.id))
        return list(dict.fromkeys(culprits))


def _changes(edit: Edit, start: int, end: int) -> bool:
    """Whether ``edit`` changes the words of ``original[start:end]``.

    An insertion inside the span changes them; so does a replacement that overlaps it,
    unless all it does there is give the first letter a capital (an edit before the span
    that leaves it opening the sentence: "Unfortunately, we can't" -> "We can't").
    """
    if edit.start == edit.end:
        return start < edit.start < end
    low, high = max(edit.start, start), min(edit.end, end)
    if low >= high:
        return False
    capital_only = (
        high - low == 1
        and low == edit.end - 1
        and edit.before[-1] != edit.after[-1:]
        and edit.before[-1].upper() == edit.after[-1:]
    )
    return not capital_only


def _unchanged(hits: Sequence[Hit], edits: Sequence[Edit]) -> list[Hit]:
    """The hits whose words no edit changed (edits sorted and apart, as ``_compose`` gives)."""
    ends = [e.end for e in edits]
    out: list[Hit] = []
    for hit in hits:
        i = bisect_left(ends, hit.start)
        while i < len(edits) and edits[i].start <= hit.end:
            if _changes(edits[i], hit.start, hit.end):
                break
            i += 1
        else:
            out.append(hit)
    return out


def _carry(hits: Sequence[Hit], edits: Sequence[Edit], text: str) -> list[Hit]:
    """The hits of the original whose words no edit changed, as spans of the edited ``text``."""
    kept = _unchanged(hits, edits)
    if not kept:
        return []
    ends = [e.end for e in edits]
    deltas = (len(e.after) - (e.end - e.start) for e in edits)
    shifts = list(itertools.accumulate(deltas, initial=0))
    out: list[Hit] = []
    for hit in kept:
        start = _forward(hit.start, edits, ends, shifts, at_end=False)
        end = _forward(hit.end, edits, ends, shifts, at_end=True)
        if text[start:end].lower() == hit.text.lower():
            out.append(hit.model_copy(update={"start": start, "end": end, "text": text[start:end]}))
    return out


def _forward(
    pos: int, edits: Sequence[Edit], ends: Sequence[int], shifts: Sequence[int], *, at_end: bool
) -> int:
    """Where original position ``pos`` is in the edited text.

    ``shifts[i]`` is the total length change of the first ``i`` edits. An insertion at
    ``pos`` goes before a start and after an end. Inside an edit, the position is
    counted back from the edit's end: the capital letter an edit gave the word after it
    is the last character it wrote.
    """
    i = bisect_left(ends, pos)  # the edits before i end before pos
    while i < len(edits) and edits[i].end == pos and (not at_end or edits[i].start < pos):
        i += 1  # ends at pos: wholly before it (an insertion there, only before a start)
    if i < len(edits) and edits[i].start < pos < edits[i].end:
        e = edits[i]
        return e.start + shifts[i] + len(e.after) - (e.end - pos)
    return pos + shifts[i]


def _output_spans(edits: Sequence[Edit]) -> list[tuple[int, int]]:
    """Where each edit's replacement sits in the edited text."""
    spans: list[tuple[int, int]] = []
    shift = 0
    for edit in edits:
        out = edit.start + shift
        spans.append((out, out + len(edit.after)))
        shift += len(edit.after) - (edit.end - edit.start)
    return spans


def _map_position(
    pos: int, edits: Sequence[Edit], spans: Sequence[tuple[int, int]], *, end: bool
) -> int:
    """Map a position of the edited text back to the original.

    Inside a replacement, a start maps to the start of what it replaced and an end to
    its end, so the mapped span covers every original character involved.
    """
    shift = 0
    for edit, (out_start, out_end) in zip(edits, spans, strict=True):
        if pos < out_start:
            break
        if pos <= out_end:
            if end:
                return edit.end if pos > out_start else edit.start
            return edit.start if pos < out_end else edit.end
        shift = out_end - edit.end
    return pos - shift


def _compose(
    original: str, first: Sequence[Edit], middle: str, second: Sequence[Edit]
) -> list[Edit]:
    """Edits on ``original`` that do what ``first`` (giving ``middle``) and then ``second`` do.

    A second-pass edit that touches what a first-pass edit wrote is merged with it into
    one edit, which keeps the rule, label and reason of its widest member. The capital
    letter a first-pass edit gave the word after it is not what it wrote: a second-pass
    edit that starts there rewrites that word, so the first edit gives it back and the
    two stay apart (each with its own label).
    """
    first = list(first)
    spans = _output_spans(first)
    for i, edit in enumerate(first):
        out_end = spans[i][1]
        if (
            edit.end - edit.start > 1
            and len(edit.after) > 1
            and edit.before[-1].islower()
            and edit.after[-1] == edit.before[-1].upper()
            and any(s.start == out_end - 1 and s.end >= out_end for s in second)
        ):
            first[i] = edit.model_copy(
                update={"end": edit.end - 1, "before": edit.before[:-1], "after": edit.after[:-1]}
            )
    spans = _output_spans(first)
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def root(node: tuple[str, int]) -> tuple[str, int]:
        while parent.get(node, node) != node:
            node = parent[node]
        return node

    def touches(a: tuple[int, int], b: tuple[int, int]) -> bool:
        (s1, e1), (s2, e2) = a, b
        return (
            max(s1, s2) < min(e1, e2)
            or (s1 == e1 and s2 <= s1 <= e2)
            or (s2 == e2 and s1 <= s2 <= e1)
        )

    for j, edit in enumerate(second):
        for i, span in enumerate(spans):
            if touches(span, (edit.start, edit.end)):
                parent[root(("f", i))] = root(("s", j))
    groups: dict[tuple[str, int], tuple[list[int], list[int]]] = {}
    for j in range(len(second)):
        groups.setdefault(root(("s", j)), ([], []))[1].append(j)
    for i in range(len(first)):
        top = root(("f", i))
        if top in groups:
            groups[top][0].append(i)
    merged = {i for firsts, _seconds in groups.values() for i in firsts}
    out = [edit for i, edit in enumerate(first) if i not in merged]
    for firsts, seconds in groups.values():
        members = [first[i] for i in firsts] + [second[j] for j in seconds]
        lo = min([spans[i][0] for i in firsts] + [second[j].start for j in seconds])
        hi = max([spans[i][1] for i in firsts] + [second[j].end for j in seconds])
        o_lo = min(
            [first[i].start for i in firsts]
            + [_map_position(second[j].start, first, spans, end=False) for j in seconds]
        )
        o_hi = max(
            [first[i].end for i in firsts]
            + [_map_position(second[j].end, first, spans, end=True) for j in seconds]
        )
        pieces: list[str] = []
        last = lo
        for j in seconds:
            pieces.append(middle[last : second[j].start])
            pieces.append(second[j].after)
            last = second[j].end
        pieces.append(middle[last:hi])
        after = "".join(pieces)
        lead = max(members, key=lambda e: e.end - e.start)
        slots = tuple(dict.fromkeys(n for e in members for n in e.slots if "{" + n + "}" in after))
        out.append(
            Edit.model_construct(
                start=o_lo,
                end=o_hi,
                before=original[o_lo:o_hi],
                after=after,
                rule=lead.rule,
                label=lead.label,
                reason=lead.reason,
                safe_to_autofix=all(e.safe_to_autofix for e in members) and not slots,
                slots=slots,
            )
        )
    out.sort(key=lambda e: (e.start, e.end))
    return out


def _map_back(item: Unresolved, original: str, edits: Sequence[Edit]) -> Unresolved:
    """An unresolved hit of the final text, as a span of the original."""
    if not edits:
        return item
    spans = _output_spans(edits)
    start = _map_position(item.start, edits, spans, end=False)
    end = max(start, _map_position(item.end, edits, spans, end=True))
    return item.model_copy(update={"start": start, "end": end, "text": original[start:end]})


def _covered(hit: Hit, accepted: Sequence[_Candidate]) -> bool:
    """Whether an accepted edit already replaces the hit (its part inside its sentence)."""
    for c in accepted:
        if c.insertion:
            continue
        start = max(hit.start, c.sentence.body_start)
        end = min(hit.end, c.sentence.body_end)
        if c.start <= start and end <= c.end and start < end:
            return True
    return False


def _conflicts(candidate: _Candidate, accepted: Sequence[_Candidate]) -> bool:
    for other in accepted:
        if candidate.insertion and other.insertion:
            if candidate.start == other.start:
                return True
            continue
        if candidate.insertion:
            if other.start < candidate.start < other.end:
                return True
            continue
        if other.insertion:
            if candidate.start < other.start < candidate.end:
                return True
            continue
        if candidate.start < other.end and other.start < candidate.end:
            return True
    return False


# --- Helpers --------------------------------------------------------------------------------


def _compile_substitution(sub: Substitution, *, contractions: bool, voice: str) -> _Compiled:
    source = sub.compiled_source
    parts = tuple(
        (kind, _styled(value, contractions=contractions, voice=voice) if kind == "text" else value)
        for kind, value in _parse_template(sub.replacement)
    )
    return _Compiled(
        sub=sub,
        pattern=regex.compile(source) if source is not None else None,
        parts=parts,
        rules=frozenset(sub.rules),
    )


def _fingerprint(subs: Sequence[Substitution], contractions: bool, voice: str) -> str:
    import hashlib
    import json

    payload = json.dumps(
        [
            [s.model_dump(mode="json") for s in sorted(subs, key=lambda s: s.id)],
            contractions,
            voice,
        ],
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:12]


def _restore(
    pack: RewritePack,
    user: tuple[Substitution, ...],
    disabled: tuple[str, ...],
    defaults: bool,
    classifier: Classifier,
    contractions: bool,
    voice: str,
) -> Rewriter:
    new = Rewriter.__new__(Rewriter)
    new._build(
        pack.code,
        user,
        disabled,
        defaults,
        classifier,
        contractions,
        voice,
        pack,
        check_examples=False,
    )
    return new


def _check_facts(facts: Mapping[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in facts.items():
        if name not in FACTS:
            raise InputError(
                ErrorCode.UNKNOWN_FACT,
                f"unknown fact {name!r}; the rewriter knows {', '.join(FACTS)}",
            )
        if not isinstance(value, str):
            raise InputTypeError(
                ErrorCode.FACT_NOT_STR, f"fact {name!r} must be a str, got {type(value).__name__}"
            )
        cleaned = value.strip().rstrip(".!?;,… ").strip()
        if not cleaned:
            raise InputError(ErrorCode.FACT_NOT_STR, f"fact {name!r} is empty")
        out[name] = cleaned
    return out


def _render(
    parts: Sequence[Part],
    facts: Mapping[str, str],
    groups: Mapping[str, tuple[str, bool]],
) -> tuple[str, tuple[str, ...]]:
    """Fill a template: the text and the slots left in it.

    Template text that starts the replacement loses its capital (the sentence around it
    decides, in :func:`_finalize`); so does a copied group that only had one because it
    opened the draft's sentence.
    """
    pieces: list[str] = []
    slots: list[str] = []
    for kind, value in parts:
        if kind == "text":
            pieces.append(value)
        elif value in FACTS:
            if value in facts:
                pieces.append(facts[value])
            else:
                pieces.append("{" + value + "}")
                slots.append(value)
        else:
            text, at_start = groups.get(value, ("", False))
            if not pieces and at_start and text[:1].isupper() and not _I_WORD.match(text):
                word = regex.match(r"\w+", text)
                if word and word.group()[1:].islower():
                    text = text[0].lower() + text[1:]
            pieces.append(text)
    out = "".join(pieces)
    template_first = bool(parts) and parts[0][0] == "text"
    if template_first and out[:1].isupper() and not _I_WORD.match(out):
        out = out[0].lower() + out[1:]
    return out, tuple(dict.fromkeys(slots))


def _to_folded(folded: Folded, pos: int) -> int:
    """The first folded index whose character comes from at or after original ``pos``."""
    low, high = 0, len(folded.text)
    while low < high:
        mid = (low + high) // 2
        if folded.span(mid, mid + 1)[0] >= pos:
            high = mid
        else:
            low = mid + 1
    return low


def _to_folded_end(folded: Folded, pos: int) -> int:
    """The first folded end index that reaches original ``pos``."""
    low, high = 0, len(folded.text)
    while low < high:
        mid = (low + high) // 2
        if mid > 0 and folded.span(mid - 1, mid)[1] >= pos:
            high = mid
        else:
            low = mid + 1
    return low


def _to_original(folded: Folded, start: int, end: int) -> tuple[int, int]:
    if start >= end:
        pos = folded.span(start, start + 1)[0] if start < len(folded.text) else len(folded.original)
        return pos, pos
    return folded.span(start, end)


def _overlapping(
    pattern: regex.Pattern[str], text: str, start: int, end: int
) -> regex.Match[str] | None:
    for match in pattern.finditer(text):
        s, e = match.span("edit") if "edit" in pattern.groupindex else match.span()
        if s < 0:
            s, e = match.span()
        if s < end and start < e:
            return match
        if match.start() >= end:
            break
    return None


_SPACES = regex.compile(r"[ \t]*")
_ENDS_SENTENCE = regex.compile(r"[.!?][ \t]+\Z")
_COMMA_BEFORE = regex.compile(r",[ \t]*\Z")
_SPACE_BEFORE = regex.compile(r"[ \t]+\Z")
_WORD = regex.compile(r"[\w']+")
_CONJUNCTIONS = frozenset(
    {"but", "and", "so", "or", "however", "which", "because", "though", "yet"}
)


def _skip_spaces(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos] in " \t":
        pos += 1
    return pos


def _tidy_deletion(
    text: str, start: int, end: int, bs: int, be: int, starters: frozenset[str]
) -> tuple[int, int] | None:
    """Widen a deletion over the commas and spaces around it; ``None`` if too little is left.

    "Unfortunately, we" loses "Unfortunately, "; "is unfortunately out" loses
    " unfortunately"; "We are, unfortunately, out" loses ", unfortunately,"; "Sorry,
    unfortunately, we" keeps its first comma; "possible, unfortunately." loses
    ", unfortunately".
    """
    prefix = text[bs:start]
    j1 = _skip_spaces(text, end, be)
    comma_after = j1 < be and text[j1] == ","
    j2 = _skip_spaces(text, j1 + 1, be) if comma_after else j1
    at_end = j2 >= be
    if not prefix.strip():
        new = (start, j2)
    elif comma := _COMMA_BEFORE.search(prefix):
        comma_at = bs + comma.start()
        if at_end:
            new = (comma_at, j2)
        elif comma_after:
            word = _WORD.match(text, j2, be)
            following = word.group() if word else ""
            if following.lower() in starters or following[:1].isupper():
                new = (start, j2)
            else:
                new = (comma_at, j1 + 1)
        else:
            new = (start, j2)
    elif space := _SPACE_BEFORE.search(prefix):
        space_at = bs + space.start()
        word = _WORD.match(text, j2, be)
        following = word.group().lower() if word else ""
        if at_end:
            new = (space_at, j2)
        elif comma_after and following not in _CONJUNCTIONS:
            new = (space_at, j1 + 1)
        else:
            # "at this stage sadly, but" keeps its comma before "but".
            new = (space_at, end)
    else:
        new = (start, j2)
    remaining = text[bs : new[0]] + " " + text[new[1] : be]
    if len(regex.findall(r"[\p{L}\p{N}]+", remaining)) < 2:
        return None
    if new[0] > 0 and text[new[0] - 1] in ".!?…":
        # "world., keep calm." would end "world.."; take the second full stop too.
        run = regex.match(r"[.!?…]+", text[new[1] :])
        if run:
            new = (new[0], new[1] + run.end())
    return new


_DETAIL = regex.compile(
    r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w+|#\w+|[$€£¥]\s?\d[\d,.]*"
    r"|\d[\w./:-]*|\p{Lu}[\p{L}\p{N}'’&.-]*|[\p{L}]+"
)


def _lost_details(
    text: str,
    start: int,
    end: int,
    after: str,
    sentence: _Sentence,
    pack: RewritePack,
    hit: tuple[int, int] = (0, 0),
) -> list[str]:
    """Details of ``text[start:end]`` (numbers, names, dates, addresses) missing from ``after``.

    Capitalised words of the trigger itself ("... word Unfortunately, ...") are the words
    being replaced, not names.
    """
    if start >= end:
        return []
    lost: list[str] = []
    bs, be = sentence.body_start, max(sentence.body_end, sentence.term_end)
    for match in _DETAIL.finditer(text, max(bs, start - 60), min(be, end + 60)):
        s, e = match.span()
        if e <= start or s >= end:
            continue
        token = match.group().rstrip(".,:;!?-'’")
        if not token:
            continue
        if token.isalpha() and token.islower():
            if token in pack.kept_words and token not in after:
                lost.append(token)
            continue
        if token[0].isupper() and (
            (token.isalpha() and hit[0] <= s and e <= hit[1])
            or token in pack.not_names
            or _I_WORD.fullmatch(token)
            or (
                _starts_sentence(text, s, bs)
                and regex.split(r"['’]", token.lower())[0] in pack.common_words
            )
        ):
            continue
        if token not in after:
            lost.append(token)
    return lost


def _starts_sentence(text: str, pos: int, body_start: int) -> bool:
    if pos <= body_start:
        return True
    before = text[body_start:pos].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?:…"


def _finalize(text: str, chosen: Sequence[_Candidate]) -> list[Edit]:
    """Settle capital letters and build the edits, sorted by position.

    A replacement that now opens its sentence gets a capital letter; so does the
    word after a deletion that leaves it opening the sentence, or after a replacement
    that ends a sentence of its own ("I can see this has been really frustrating. ").
    """
    ordered = sorted(chosen, key=lambda c: (c.start, c.end))
    starts = {c.start for c in ordered}
    edits: list[Edit] = []
    out: list[str] = []
    shifts: list[tuple[int, int]] = []  # (original end of an edit, total shift after it)
    shift = 0
    last = 0
    for position, candidate in enumerate(ordered):
        out.append(text[last : candidate.start])
        body_out = candidate.sentence.body_start + _shift_at(shifts, candidate.sentence.body_start)
        so_far = "".join(out)
        after = candidate.after
        end = candidate.end
        if not candidate.insertion:
            opening = not so_far[body_out:].strip() or bool(
                edits
                and edits[-1].end == candidate.start
                and _ENDS_SENTENCE.search(edits[-1].after)
            )
            if opening and after[:1].islower():
                after = after[0].upper() + after[1:]
            leaves_start = (opening and not after.strip()) or bool(_ENDS_SENTENCE.search(after))
            following = ordered[position + 1].start if position + 1 < len(ordered) else len(text)
            word = regex.match(r"[a-z][a-z']*\b", text[end : end + 40])
            if (
                leaves_start
                and word
                and end not in starts
                and end < candidate.sentence.body_end
                and end + 1 <= following
            ):
                after += text[end].upper()
                end += 1
        edits.append(
            Edit.model_construct(
                start=candidate.start,
                end=end,
                before=text[candidate.start : end],
                after=after,
                rule=candidate.compiled.sub.id,
                label=candidate.compiled.sub.label,
                reason=candidate.compiled.sub.reason,
                safe_to_autofix=candidate.compiled.sub.safe_to_autofix and not candidate.slots,
                slots=candidate.slots,
            )
        )
        out.append(after)
        shift += len(after) - (end - candidate.start)
        shifts.append((end, shift))
        last = end
    return edits


def _shift_at(shifts: Sequence[tuple[int, int]], pos: int) -> int:
    """How far position ``pos`` moved: the total shift of the last edit ending at or before it."""
    moved = 0
    for end, total in shifts:
        if end <= pos:
            moved = total
    return moved


# --- Module-level helpers -------------------------------------------------------------------


@cache
def _default(lang: str) -> Rewriter:
    return Rewriter(lang=lang)


def default_rewriter(lang: str = "en") -> Rewriter:
    """The shared rewriter with a language's built-in classifier and substitutions."""
    if not isinstance(lang, str):
        raise InputError(
            ErrorCode.UNKNOWN_LANGUAGE,
            f"lang must be a language code str, got {type(lang).__name__}",
        )
    return _default(lang)


def rewrite(draft: str, *, lang: str = "en", **facts: str) -> Rewrite:
    """Rewrite an agent's draft with the built-in substitutions of ``lang``.

    Args:
        draft: The agent's draft reply.
        lang: Language code.
        **facts: What only you know, by the names in :data:`FACTS`: ``offer`` (what you
            can do instead), ``reason`` (why a policy exists), ``when`` (when you will
            come back), ``next_step`` (what happens next), ``team`` (who will handle it),
            ``issue`` (the customer's problem in a few words). A needed fact that is not
            given stays in the text as a ``{slot}`` and is listed in ``slots``.

    Raises:
        InputTypeError: ``D101`` if ``draft`` is not a ``str``, ``D302`` for a fact that is
            not a ``str``.
        InputError: ``D103`` unknown language, ``D301`` unknown fact name, ``D302`` empty fact.

    Example:
        >>> result = rewrite("Calm down, we will get to your ticket.")
        >>> result.text
        'I can see this has been really frustrating. We will get to your ticket.'
        >>> result.edits[0].label.value, result.edits[0].safe_to_autofix
        ('trigger.calm_down', False)
    """
    return default_rewriter(lang).rewrite(draft, **facts)
