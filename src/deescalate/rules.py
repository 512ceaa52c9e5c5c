"""Rules are data: what to look for, which label it supports, and the proof that it works.

A rule is either a list of **phrases** (a small, safe syntax, below) or one
**pattern** (a regular expression in the syntax of the ``regex`` module). Both
match the *folded* view of a message: lower-case, with evasions undone
(``"y o u  i d i o t"``, ``"1d10t"``, ``"f**k"`` handled by rules, Cyrillic look-alikes,
zero-width characters) and addresses blanked out. A pattern may instead read the
``raw`` text, for signals that live in the original form (capital letters).

Phrase syntax:

* words separated by spaces match words separated by any whitespace or hyphens;
* an apostrophe is optional (``don't`` also matches ``dont``);
* every letter after a word's first may be doubled (``stupid`` matches ``stuupid``,
  and, because the folded view cuts letter runs to two, ``stuuuupid``);
* ``word*`` matches any word that starts with ``word``;
* ``(a|b c)`` matches one of the alternatives, ``[a b]`` makes words optional and
  ``[a|b]`` is an optional choice; a group glued to a word extends it
  (``refund(s|ed)``), and there a leading space starts a new word (``i('m| am)``);
* anything else (``?``, ``!``, an emoji) matches itself.

Every rule carries ``examples`` it must match and ``near_misses`` it must not.
Invalid rules raise :class:`~deescalate.errors.RuleError` with a code per problem.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Any, ClassVar, Literal, Self

import regex
from pydantic import (
    ConfigDict,
    Field,
    ValidationError,
    field_serializer,
    field_validator,
    model_validator,
)
from pydantic_core import ErrorDetails

from deescalate._requirements import pattern_requirements
from deescalate._safety import UnsafePattern, check_pattern
from deescalate._text import _fold_char
from deescalate._validation import CodedModel, Problem, coded_error, combine
from deescalate.errors import DeescalateError, ErrorCode, RuleError
from deescalate.labels import Label, Severity, Speaker

__all__ = [
    "Rule",
    "load_rules",
    "phrase_fragment",
    "phrase_to_pattern",
    "rule_requirements",
    "rules_fingerprint",
]

_ALL_SPEAKERS = frozenset(Speaker)
_ID = r"^[a-z0-9_]+(?:\.[a-z0-9_]+)+$"


# --- Phrase syntax ----------------------------------------------------------------------

_SEP = r"[\s\-]+"
_WORD_CHARS = frozenset("'-")


_LETTER_RUN = re.compile(r"([^\W\d_])\1{2,}")


def _fold_phrase(phrase: str) -> str:
    """Fold a phrase the way messages are folded (case, accents, quotes, letter runs)."""
    folded = "".join(char.lower() if char.isascii() else _fold_char(char) for char in phrase)
    return _LETTER_RUN.sub(lambda match: match.group(1) * 2, folded)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


class _PhraseParser:
    """Recursive descent over the phrase syntax, producing a regex and its anchor words."""

    def __init__(self, phrase: str) -> None:
        self.text = _fold_phrase(phrase)
        self.pos = 0

    def error(self, message: str) -> Problem:
        return Problem(ErrorCode.RULE_BAD_PATTERN, f"phrase {self.text!r}: {message}")

    def parse(self, *, bounded: bool = True) -> tuple[str, list[frozenset[str]]]:
        body, anchors = self.sequence(closing="")
        if self.pos != len(self.text):
            raise self.error(f"unexpected {self.text[self.pos]!r} at {self.pos}")
        if not body:
            raise self.error("is empty")
        if not bounded:
            return body, anchors
        text = self.text.strip()
        start = r"(?<!\w)" if _is_word_char(text[0]) or text[0] in "([" else ""
        end = r"(?!\w)" if _is_word_char(text[-1]) or text[-1] in "*)]" else ""
        return start + body + end, anchors

    def sequence(self, closing: str) -> tuple[str, list[frozenset[str]]]:
        """Parse up to one of ``closing`` (or the end); return regex and required-word sets.

        A required-word set is only recorded for a word or group that stands as a word
        of its own: one glued to its neighbour (``refund(s|ed)``, ``i('m| am)``) makes a
        longer word in the text, so it cannot be looked up by itself, and a short word it
        extends (``i``) loses its key as well.
        """
        parts: list[str] = []
        anchors: list[frozenset[str] | None] = []
        pending_sep = False
        glue = False  # the last part ends a word that a following word or group would extend
        last_item: int | None = None  # index in anchors of the last word or group's item
        last_extensible = False  # whether that item's key survives the word growing longer

        def add(anchor: frozenset[str] | None, extensible: bool) -> None:
            nonlocal glue, last_item, last_extensible
            if glue:
                if last_item is not None and not last_extensible:
                    anchors[last_item] = None
                last_item = None
            else:
                anchors.append(anchor)
                last_item, last_extensible = len(anchors) - 1, extensible
            glue = True

        while self.pos < len(self.text) and self.text[self.pos] not in closing:
            char = self.text[self.pos]
            if char.isspace():
                self.pos += 1
                pending_sep = bool(parts)
                glue = False
                continue
            if char == "[":
                self.pos += 1
                inner, _ = self.alternation(close="]")
                # The optional part takes the separator on its side with it.
                if not parts:
                    parts.append(f"(?:{inner}{_SEP})?")
                    self.skip_spaces()
                elif pending_sep:
                    parts.append(f"(?:{_SEP}{inner})?")
                else:
                    parts.append(f"(?:{inner})?")
                    if glue and last_item is not None and not last_extensible:
                        anchors[last_item] = None
                    glue = True
                pending_sep = False
                continue
            if pending_sep:
                parts.append(_SEP)
                pending_sep = False
            if char == "(":
                glued = bool(parts) and self.pos > 0 and not self.text[self.pos - 1].isspace()
                self.pos += 1
                regex_part, anchor = self.alternation(glued=glued)
                parts.append(regex_part)
                add(anchor, extensible=False)
            elif _is_word_char(char):
                start = self.pos
                regex_part, anchor = self.word()
                parts.append(regex_part)
                word = self.text[start : self.pos]
                add(anchor, extensible=len(word.rstrip("*")) >= 4 and "'" not in word)
            elif char in ")]|":
                raise self.error(f"unbalanced {char!r} at {self.pos}")
            else:
                parts.append("'?" if char == "'" else regex.escape(char))
                self.pos += 1
                if char != "'":
                    glue = False
        return "".join(parts), [anchor for anchor in anchors if anchor is not None]

    def skip_spaces(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos].isspace():
            self.pos += 1

    def expect(self, char: str) -> None:
        if self.pos >= len(self.text) or self.text[self.pos] != char:
            raise self.error(f"missing {char!r}")
        self.pos += 1

    def alternation(
        self, close: str = ")", glued: bool = False
    ) -> tuple[str, frozenset[str] | None]:
        """Alternatives up to ``close``. In a group glued to the word before it
        (``i('m| am)``), an alternative that starts with a space starts with a separator."""
        options: list[str] = []
        option_anchors: list[frozenset[str] | None] = []
        while True:
            spaced = self.pos < len(self.text) and self.text[self.pos].isspace()
            self.skip_spaces()
            body, anchors = self.sequence(closing="|" + close)
            if not body:
                raise self.error("has an empty alternative")
            options.append(_SEP + body if glued and spaced else body)
            option_anchors.append(_best(anchors))
            if self.pos >= len(self.text):
                raise self.error(f"missing {close!r}")
            if self.text[self.pos] == close:
                self.pos += 1
                break
            self.pos += 1  # '|'
        anchor: frozenset[str] | None = None
        if all(a is not None for a in option_anchors):
            anchor = frozenset().union(*(a for a in option_anchors if a is not None))
        if len(options) == 1:
            return options[0], anchor
        return "(?:" + "|".join(options) + ")", anchor

    def word(self) -> tuple[str, frozenset[str] | None]:
        start = self.pos
        while self.pos < len(self.text) and (
            _is_word_char(self.text[self.pos]) or self.text[self.pos] in _WORD_CHARS
        ):
            self.pos += 1
        word = self.text[start : self.pos]
        wildcard = self.pos < len(self.text) and self.text[self.pos] == "*"
        if wildcard:
            self.pos += 1
        out: list[str] = []
        i = 0
        while i < len(word):
            char = word[i]
            run = 1
            while i + run < len(word) and word[i + run] == char:
                run += 1
            if char == "'":
                out.append("'?")
            elif char.isalpha() and i > 0 and run == 1:
                # One letter may be doubled: the folded view cuts longer runs to two.
                out.append(regex.escape(char) + "{1,2}")
            else:
                out.append(
                    regex.escape(char) * min(run, 2) if char.isalpha() else regex.escape(char * run)
                )
            i += run
        if wildcard:
            out.append(r"\w{0,25}")
        return "".join(out), _word_anchor(word, wildcard)


def _key_variants(piece: str, first_may_double: bool) -> set[str]:
    """Every prefilter key a word piece can have in folded text, doubled letters included.

    A key is a word's first four characters (or the whole word, if shorter). Phrases
    let a single letter after a word's first be doubled, so "stupid" may appear as
    "stuupid": its keys are "stup", "sttu" and "stuu".
    """
    keys = {piece[:4]}
    for i in range(0 if first_may_double else 1, min(4, len(piece))):
        char = piece[i]
        single = (i == 0 or piece[i - 1] != char) and (i + 1 >= len(piece) or piece[i + 1] != char)
        if char.isalpha() and single:
            keys.add((piece[: i + 1] + piece[i:])[:4])
    return keys


def _word_anchor(word: str, wildcard: bool) -> frozenset[str] | None:
    """Keys one of which occurs in any text a phrase word matches, or ``None``."""
    pieces = [(m.start(), m.group()) for m in regex.finditer(r"\w+", word)]
    if not pieces:
        return None
    if "'" in word:
        # "i'm" is one word ("im") or two ("i", "m"), depending on the apostrophe.
        joined = "".join(piece for _offset, piece in pieces)
        if wildcard and len(joined) < 4:
            return None
        return frozenset(_key_variants(joined, False) | _key_variants(pieces[0][1], False))
    offset, longest = max(pieces, key=lambda item: len(item[1]))
    if wildcard and longest == pieces[-1][1] and len(longest) < 4:
        return None  # "ab*" may be any word starting "ab": too short to key on
    return frozenset(_key_variants(longest, offset > 0))


def _best(anchors: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective required item: the longest keys first, then the fewest keys."""
    if not anchors:
        return None
    return min(anchors, key=lambda keys: (-min(len(k) for k in keys), len(keys)))


@lru_cache(maxsize=8192)
def _parse_phrase(phrase: str, bounded: bool) -> tuple[str, tuple[frozenset[str], ...]]:
    """Parse a phrase once: its pattern and required items (phrases recur across rules)."""
    pattern, anchors = _PhraseParser(phrase).parse(bounded=bounded)
    return pattern, tuple(anchors)


def phrase_to_pattern(phrase: str) -> str:
    """Compile one phrase of the phrase syntax to the pattern the engine runs.

    Example:
        >>> phrase_to_pattern("calm down")
        '(?<!\\\\w)ca{1,2}l{1,2}m{1,2}[\\\\s\\\\-]+do{1,2}w{1,2}n{1,2}(?!\\\\w)'
    """
    return _parse_phrase(phrase, True)[0]


def phrase_fragment(*phrases: str) -> str:
    """Phrases as one alternation without word boundaries, to build patterns from.

    Pattern authors use it for word lists that should tolerate doubled letters:

    >>> phrase_fragment("idiot", "moron")
    '(?:id{1,2}i{1,2}o{1,2}t{1,2}|mo{1,2}r{1,2}o{1,2}n{1,2})'
    """
    return "(?:" + "|".join(_parse_phrase(p, False)[0] for p in phrases) + ")"


@lru_cache(maxsize=8192)
def phrase_anchors(phrase: str) -> tuple[frozenset[str], ...]:
    """The required items of one phrase: each a set of keys, one of which must be present.

    Empty when the phrase has no word to key on (an emoji, punctuation).
    """
    return _parse_phrase(phrase, True)[1]


# --- The rule model ----------------------------------------------------------------------


AnyPattern = re.Pattern[str] | regex.Pattern[str]
"""A compiled pattern: the standard library's where it can run it, else ``regex``'s."""

# Syntax that ``re`` reads differently from ``regex`` (nested sets, set operations) or not
# at all: a pattern with any of these always runs on ``regex``.
_REGEX_ONLY = (
    "[[",
    "&&",
    "~~",
    "||",
    "--",
    "\\p{",
    "\\P{",
    "\\X",
    "\\m",
    "\\M",
    "(?|",
    "\\L<",
    "(?V",
)


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Each unescaped character outside character classes, with its group depth after it."""
    depth = 0
    in_class = False
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        else:
            depth += (char == "(") - (char == ")")
            yield i, char, depth
        i += 1


def _split_top(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (outside groups and character classes)."""
    cuts = [i for i, char, depth in _structure(pattern) if char == "|" and depth == 0]
    starts = [0, *(cut + 1 for cut in cuts)]
    ends = [*cuts, len(pattern)]
    return [pattern[start:end] for start, end in zip(starts, ends, strict=True)]


def _wraps(part: str) -> bool:
    """Whether the group opened by the part's first character closes at its last."""
    if not (part.startswith("(") and part.endswith(")")):
        return False
    closes = [i for i, char, depth in _structure(part) if char == ")" and depth == 0]
    return closes == [len(part) - 1]


def _word_start(part: str) -> str:
    """``\\b`` before a letter is ``(?<!\\w)``, which the engines can skip ahead to."""
    if part.startswith("\\b") and part[2:3].isalpha():
        return "(?<!\\w)" + part[2:]
    if part.startswith("\\b(?:") and part[6:7].isalpha():
        return "(?<!\\w)" + part[2:]
    return part


def hoist(pattern: str) -> str:
    """Move a word-start assertion shared by every top-level alternative in front of them.

    ``(?<!\\w)a|\\bb`` and ``(?<!\\w)(?:a|b)`` match the same, but the engines can only
    skip ahead quickly to where one of ``a`` or ``b`` can start in the second form.
    """
    parts = [_word_start(part) for part in _split_top(pattern)]
    if len(parts) < 2:
        return parts[0]
    bodies: list[str] = []
    for part in parts:
        if part.startswith("(?<!\\w)"):
            bodies.append(part[len("(?<!\\w)") :])
        elif part.startswith("(?:(?<!\\w)") and _wraps(part) and len(_split_top(part[3:-1])) == 1:
            bodies.append(part[len("(?:(?<!\\w)") : -1])
        else:
            return pattern
    return "(?<!\\w)(?:" + "|".join(bodies) + ")"


@lru_cache(maxsize=4096)
def compile_pattern(pattern: str) -> AnyPattern:
    """Compile a rule pattern once; validation and every engine share the result.

    The standard library's engine runs most rule patterns faster than ``regex`` once a
    shared word-start assertion is hoisted (:func:`hoist`); patterns that use syntax
    only ``regex`` knows, or that ``re`` cannot compile, run on ``regex``.
    """
    if not any(marker in pattern for marker in _REGEX_ONLY):
        try:
            return re.compile(hoist(pattern))
        except re.error:
            pass
    return regex.compile(pattern)


def _compile(pattern: str, where: str) -> AnyPattern:
    try:
        return compile_pattern(pattern)
    except regex.error as error:
        raise Problem(ErrorCode.RULE_BAD_PATTERN, f"{where} does not compile: {error}") from error


# Set while a built-in pack builds its rules: their patterns are proven safe by the test
# suite (tests/test_safety.py checks every one of them), so the static check, the slowest
# part of building a rule, is not repeated at every start. User rules are always checked.
_BUILT_IN: ContextVar[bool] = ContextVar("deescalate_built_in_rules", default=False)


@contextmanager
def _built_in_rules() -> Iterator[None]:
    """Build the rules of a shipped language pack, whose safety the tests prove."""
    token = _BUILT_IN.set(True)
    try:
        yield
    finally:
        _BUILT_IN.reset(token)


def _check_safe(pattern: str, where: str) -> None:
    if _BUILT_IN.get():
        return
    try:
        check_pattern(pattern)
    except UnsafePattern as error:
        raise Problem(ErrorCode.RULE_UNSAFE_PATTERN, f"{where} is not safe: {error}") from error


@lru_cache(maxsize=4096)
def _lower_literals(pattern: str) -> str:
    """Lower-case a pattern's literal letters, leaving escapes (``\\W``, ``\\p{Lu}``) alone."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            if pattern[i + 1] in "pPN" and pattern[i + 2 : i + 3] == "{":
                close = pattern.find("}", i)
                close = len(pattern) - 1 if close == -1 else close
                out.append(pattern[i : close + 1])
                i = close + 1
                continue
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if pattern.startswith("(?P<", i) or pattern.startswith("(?P=", i):
            close = pattern.find(">", i)
            close = len(pattern) - 1 if close == -1 else close
            out.append(pattern[i : close + 1])
            i = close + 1
            continue
        out.append(char.lower() if char.isascii() or not char.isalpha() else char.casefold())
        i += 1
    return "".join(out)


def _rule_code(detail: ErrorDetails) -> tuple[ErrorCode, str] | None:
    """An unknown label and missing examples get their own codes."""
    where = ".".join(str(part) for part in detail["loc"])
    if where == "label":
        return ErrorCode.RULE_UNKNOWN_LABEL, detail["msg"]
    if where == "examples":
        return ErrorCode.RULE_MISSING_EXAMPLES, detail["msg"]
    return None


class _Named(CodedModel):
    """Turns pydantic's validation errors into a :class:`RuleError` naming the item's ID.

    Messages start with ``_error_what`` and the ID (``rule 'x': ...``) when the input has one.
    """

    _error_what: ClassVar[str] = "rule"

    @classmethod
    def _convert(cls, error: ValidationError, data: Any) -> DeescalateError:
        item_id = data.get("id") if isinstance(data, Mapping) else None
        kind = cls._error_what
        return coded_error(
            error,
            RuleError,
            default=ErrorCode.RULE_INVALID,
            what=f"{kind} {item_id!r}" if isinstance(item_id, str) else kind,
            problem_where=False,
            root=kind,
            classify=_rule_code,
        )


class Rule(_Named):
    """One detection rule: typed data, validated, with the examples that prove it.

    Attributes are documented on the fields. Build one with keyword arguments or
    from a ``dict`` (``Rule.model_validate(data)``); unknown fields are errors.

    Example:
        >>> rule = Rule(
        ...     id="acme.policy_wall.per_our_records",
        ...     label="trigger.policy_wall",
        ...     speakers=["agent"],
        ...     phrases=["per our records"],
        ...     message="Sounds like a form letter; say what the records show.",
        ...     examples=["Per our records, the parcel was delivered."],
        ...     near_misses=["Our records team will call you."],
        ... )
        >>> rule.label
        <Label.TRIGGER_POLICY_WALL: 'trigger.policy_wall'>
    """

    model_config = ConfigDict(frozen=True, extra="forbid", use_enum_values=False)

    id: str = Field(
        description="Stable dotted ID, lower case: ``en.hostility.insult.you_are_x``.",
        pattern=_ID,
    )
    label: Label = Field(description="The taxonomy label a match supports.")
    lang: str = Field(default="en", description="Language code of the pack the rule belongs to.")
    speakers: frozenset[Speaker] = Field(
        default=_ALL_SPEAKERS, description="Speakers the rule applies to."
    )
    phrases: tuple[str, ...] = Field(
        default=(), description="Phrases in the phrase syntax (or use ``pattern``)."
    )
    pattern: str | None = Field(
        default=None, description="A regular expression (``regex`` syntax), instead of phrases."
    )
    anchors: tuple[str, ...] = Field(
        default=(),
        description=(
            "For a pattern: words one of which occurs in every match (a word of four or more "
            "letters also stands for longer words that start the same). The rule is only "
            "tried on messages that contain one. Empty: always tried."
        ),
    )
    view: Literal["folded", "raw"] = Field(
        default="folded",
        description="``folded`` (normalised, lower case) or ``raw`` (the original text).",
    )
    severity: Severity = Field(
        default=Severity.MEDIUM, description="How much one match counts towards heat."
    )
    message: str = Field(min_length=1, description="What the match means, for a person.")
    examples: tuple[str, ...] = Field(description="Texts the rule must match (at least one).")
    near_misses: tuple[str, ...] = Field(
        default=(), description="Texts that look close but must not get the label."
    )
    negatable: bool = Field(
        default=False,
        description="Drop a match preceded by a negation in its clause (``not ridiculous``).",
    )
    in_quotes: bool = Field(
        default=False, description="Also match inside quoted text (reported speech)."
    )
    not_within: tuple[str, ...] = Field(
        default=(),
        description="Patterns of context: a match inside a match of one of these is dropped.",
    )
    not_if_message_has: tuple[str, ...] = Field(
        default=(),
        description="Patterns: the rule does not fire in a message where one of these matches.",
    )
    source: str = Field(default="", description="Where the phrase comes from.")

    @field_validator("label", mode="before")
    @classmethod
    def _known_label(cls, value: Any) -> Any:
        if isinstance(value, str) and value not in Label._value2member_map_:
            raise Problem(
                ErrorCode.RULE_UNKNOWN_LABEL,
                f"label {value!r} is not in the taxonomy (see deescalate.Label)",
            )
        return value

    @field_validator("examples")
    @classmethod
    def _has_examples(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value or not all(example.strip() for example in value):
            raise Problem(
                ErrorCode.RULE_MISSING_EXAMPLES,
                "a rule needs at least one non-empty example that it must match",
            )
        return value

    @field_validator("speakers")
    @classmethod
    def _has_speakers(cls, value: frozenset[Speaker]) -> frozenset[Speaker]:
        if not value:
            raise Problem(ErrorCode.RULE_INVALID, "a rule needs at least one speaker")
        return value

    @model_validator(mode="after")
    def _check_kind(self) -> Self:
        if bool(self.phrases) == (self.pattern is not None):
            raise Problem(ErrorCode.RULE_INVALID, "give either 'phrases' or 'pattern', not both")
        if self.phrases and (self.view == "raw" or self.anchors):
            raise Problem(
                ErrorCode.RULE_INVALID,
                "phrases always read the folded view and find their own anchors; "
                "use a pattern for 'view' or 'anchors'",
            )
        if self.view == "raw" and self.negatable:
            raise Problem(ErrorCode.RULE_INVALID, "'negatable' only applies to the folded view")
        for where, source in self._sources():
            if not where.startswith("phrase "):  # phrases compile by construction
                _compile(source, where)  # a pattern that does not compile is bad, not unsafe
            _check_safe(source, where)
        if self.phrases:
            _compile(self.compiled_source, "the phrases")
        return self

    def _sources(self) -> list[tuple[str, str]]:
        sources = [(f"phrase {p!r}", phrase_to_pattern(p)) for p in self.phrases]
        if self.pattern is not None:
            sources.append(("the pattern", self.compiled_source))
        sources += [(f"not_within {p!r}", self._folded(p)) for p in self.not_within]
        sources += [(f"not_if_message_has {p!r}", self._folded(p)) for p in self.not_if_message_has]
        return sources

    def _folded(self, pattern: str) -> str:
        return pattern if self.view == "raw" else _lower_literals(pattern)

    @property
    def compiled_source(self) -> str:
        """The single pattern the engine runs for this rule."""
        if self.pattern is not None:
            return self._folded(self.pattern)
        return "|".join(f"(?:{phrase_to_pattern(p)})" for p in self.phrases)

    @field_serializer("speakers")
    def _sorted_speakers(self, speakers: frozenset[Speaker]) -> list[str]:
        return sorted(speaker.value for speaker in speakers)


Requirement = tuple[frozenset[str], ...]
"""The items one match of a phrase needs: each a set of keys, one of which must be present."""


def rule_requirements(rule: Rule) -> tuple[Requirement, ...] | None:
    """What a message must contain for the rule to be worth trying.

    One requirement per phrase, or one for a pattern (the words read off the pattern,
    plus one of its ``anchors`` if it has any); the rule is tried when every item of any
    requirement is present. ``None``: try it on every message.
    """
    if rule.pattern is not None:
        items: list[frozenset[str]] = []
        if rule.view == "folded":
            items.extend(pattern_requirements(rule.compiled_source))
        if rule.anchors:
            keys: set[str] = set()
            for word in rule.anchors:
                anchor = _word_anchor(_fold_phrase(word), wildcard=False)
                if anchor is None:
                    keys = set()
                    break
                keys |= anchor
            if keys:
                items.append(frozenset(keys))
        return (tuple(items),) if items else None
    requirements = []
    for phrase in rule.phrases:
        phrase_items = phrase_anchors(phrase)
        if not phrase_items:
            return None
        requirements.append(phrase_items)
    return tuple(requirements)


def load_rules(data: Iterable[Rule | Mapping[str, Any]]) -> tuple[Rule, ...]:
    """Validate rules given as :class:`Rule` objects or plain mappings (e.g. from JSON).

    Raises:
        RuleError: listing every invalid rule, each problem with its code.
    """
    rules: list[Rule] = []
    problems: list[tuple[ErrorCode, str]] = []
    for item in data:
        if isinstance(item, Rule):
            rules.append(item)
            continue
        if not isinstance(item, Mapping):
            problems.append(
                (
                    ErrorCode.RULE_INVALID,
                    f"a rule must be a Rule or a mapping, got {type(item).__name__}",
                )
            )
            continue
        try:
            rules.append(Rule.model_validate(item))
        except RuleError as error:
            problems.extend(error.problems)
    if problems:
        raise combine(RuleError, problems)
    return tuple(rules)


def rules_fingerprint(rules: Iterable[Rule]) -> str:
    """A short, stable digest of a set of rules, for versioning results."""
    payload = json.dumps(
        [rule.model_dump(mode="json") for rule in sorted(rules, key=lambda rule: rule.id)],
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:12]
