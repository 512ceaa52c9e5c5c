"""The matching engine: compile rules once, then scan each message.

A message is folded once (:mod:`deescalate._text`). Its words give a set of keys
(their first four characters). Each phrase of a rule needs some words; a rule
is tried only when every word one of its phrases needs is present (or when it
needs none). Each rule runs on its own, so adding a rule can never take a hit
away from another. A match then
passes the rule's context checks (negation, quotes, ``not_within``) and its span
is mapped back to the original text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from deescalate._requirements import start_characters
from deescalate._text import Folded, fold
from deescalate.labels import Speaker
from deescalate.lang import CUE_TOKEN  # the words are shared with the politeness cues
from deescalate.rules import (
    AnyPattern,
    Requirement,
    Rule,
    _lower_literals,
    compile_pattern,
    rule_requirements,
)

__all__ = ["Engine", "RawHit"]

# Quoted stretches: reported speech, not the writer's own words.
# Single quotes may hold apostrophes inside words: 'we can't help you'.
_QUOTED = regex.compile(
    r"\"[^\"\n]{1,300}\"|«[^»\n]{1,300}»|„[^\"\n]{1,300}\""
    r"|(?<![\w'])'(?:[^'\n]|(?<=\w)'(?=\w)){1,300}'(?![\w'])"
)
# The clause before a match ends at sentence punctuation, a comma, a semicolon, a line
# break or "but": "Oh no, that sounds frustrating" is not negated.
_CLAUSE_BREAK = regex.compile(r"[.!?,;:\n]|\bbut\b")
_NEGATION_WINDOW = 60


@dataclass(frozen=True, slots=True)
class _Compiled:
    rule: Rule
    pattern: AnyPattern
    raw: bool
    not_within: tuple[AnyPattern, ...]
    not_if: tuple[AnyPattern, ...]
    start_chars: frozenset[str] | None  # one of these starts every match (if known)


@dataclass(frozen=True, slots=True)
class RawHit:
    """A match before it becomes a public :class:`~deescalate.models.Hit`."""

    start: int
    end: int
    rule: Rule


def _compile_rule(rule: Rule) -> _Compiled:
    context = (lambda p: p) if rule.view == "raw" else _lower_literals
    return _Compiled(
        rule=rule,
        pattern=compile_pattern(rule.compiled_source),
        raw=rule.view == "raw",
        not_within=tuple(compile_pattern(context(p)) for p in rule.not_within),
        not_if=tuple(compile_pattern(context(p)) for p in rule.not_if_message_has),
        start_chars=start_characters(rule.compiled_source),
    )


class _Message:
    """One message being scanned: its views and lazily computed context."""

    __slots__ = ("_quotes", "folded", "raw", "words")

    def __init__(self, text: str) -> None:
        self.raw = text
        self.folded: Folded = fold(text)
        self.words: list[str] = CUE_TOKEN.findall(self.folded.text)
        self._quotes: list[tuple[int, int]] | None = None

    def word_keys(self) -> set[str]:
        return {word[:4] for word in self.words}

    def quotes(self) -> list[tuple[int, int]]:
        if self._quotes is None:
            text = self.folded.text
            whole = len(text.strip())
            self._quotes = [
                match.span()
                for match in _QUOTED.finditer(text)
                # A message wrapped in quotes as a whole is not reported speech.
                if match.end() - match.start() < 0.9 * whole
            ]
        return self._quotes


class Engine:
    """Compiled rules, ready to scan messages. Immutable and safe to share between threads."""

    __slots__ = ("_always", "_by_key", "_compiled", "_negation", "rules")

    def __init__(self, rules: Sequence[Rule], *, negation: str) -> None:
        self.rules: tuple[Rule, ...] = tuple(rules)
        self._negation = regex.compile(negation)
        always: dict[Speaker, list[int]] = {s: [] for s in Speaker}
        by_key: dict[Speaker, dict[str, list[tuple[int, Requirement]]]] = {s: {} for s in Speaker}
        self._compiled = tuple(_compile_rule(rule) for rule in self.rules)
        for index, rule in enumerate(self.rules):
            requirements = rule_requirements(rule)
            for speaker in rule.speakers:
                if requirements is None:
                    always[speaker].append(index)
                    continue
                for items in requirements:
                    # Index each phrase under its most selective item; check the rest later.
                    lead = min(items, key=lambda keys: (-min(map(len, keys)), len(keys)))
                    rest = tuple(item for item in items if item is not lead)
                    for key in lead:
                        by_key[speaker].setdefault(key, []).append((index, rest))
        self._always = {s: frozenset(v) for s, v in always.items()}
        self._by_key = {s: {k: tuple(v) for k, v in d.items()} for s, d in by_key.items()}

    def scan(self, text: str, speaker: Speaker) -> list[RawHit]:
        """Every match of every applicable rule, in rule order then text order."""
        return self.scan_folded(text, speaker)[0]

    def scan_folded(self, text: str, speaker: Speaker) -> tuple[list[RawHit], str, list[str]]:
        """Like :meth:`scan`, and also the folded view the rules read and its words.

        The classifier finds the politeness cues in them without folding again.
        """
        message = _Message(text)
        keys = message.word_keys()
        by_key = self._by_key[speaker]
        candidates = set(self._always[speaker])
        for key in keys:
            for index, rest in by_key.get(key, ()):
                if index not in candidates and all(not item.isdisjoint(keys) for item in rest):
                    candidates.add(index)
        hits: list[RawHit] = []
        for index in sorted(candidates):
            hits.extend(self._run(self._compiled[index], message))
        return hits, message.folded.text, message.words

    def _run(self, compiled: _Compiled, message: _Message) -> list[RawHit]:
        view = message.raw if compiled.raw else message.folded.text
        if compiled.start_chars is not None and not any(c in view for c in compiled.start_chars):
            return []
        matches = [m.span() for m in compiled.pattern.finditer(view) if m.end() > m.start()]
        # Most tries find nothing, so the message-level conditions are checked only now.
        if not matches or any(p.search(view) for p in compiled.not_if):
            return []
        rule = compiled.rule
        contexts = _context_spans(view, compiled.not_within) if compiled.not_within else ()
        out: list[RawHit] = []
        for start, end in matches:
            if contexts and any(c_start <= start and end <= c_end for c_start, c_end in contexts):
                continue
            if not compiled.raw:
                if rule.negatable and self._negated(view, start):
                    continue
                if not rule.in_quotes and _quoted(message.quotes(), start, end):
                    continue
                start, end = message.folded.span(start, end)
            out.append(RawHit(start, end, rule))
        return out

    def _negated(self, text: str, start: int) -> bool:
        window = text[max(0, start - _NEGATION_WINDOW) : start]
        breaks = list(_CLAUSE_BREAK.finditer(window))
        clause = window[breaks[-1].end() :] if breaks else window
        return self._negation.search(clause) is not None


def _context_spans(text: str, patterns: Sequence[AnyPattern]) -> list[tuple[int, int]]:
    """Every match of a rule's ``not_within`` patterns, found once per message."""
    return [m.span() for pattern in patterns for m in pattern.finditer(text)]


def _quoted(quotes: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(q_start < start and end < q_end for q_start, q_end in quotes)
