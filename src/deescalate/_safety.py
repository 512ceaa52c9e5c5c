"""A static check that a rule pattern runs in linear time.

A regular expression backtracks catastrophically when the engine can split
the same characters between quantifiers in many ways (``(a+)+``, ``(\\w+\\s?)*``)
or re-enter an unbounded quantifier from every position of a long run
(``\\w+ly`` on a megabyte of letters). This module accepts a pattern only when
it can show that neither can happen:

* the pattern cannot match the empty string;
* a quantifier with a large or no upper bound (``*``, ``+``, ``{n,}``, more than
  :data:`MAX_BOUNDED` repeats) is entered only from a place its characters cannot
  continue: it is preceded by something mandatory whose characters are disjoint
  from its own, by ``\\b``, or by a negative lookbehind that excludes them; or it
  ends the pattern, so the match succeeds as soon as the repeat stops;
* inside a repeated group, every variable-width part is followed by something
  that cannot start with its characters, and alternatives start differently,
  so each string splits between the iterations in one way only;
* groups that repeat cannot contain other repeated groups, and there are no
  backreferences.

The check is conservative: it may refuse a safe pattern, never accept an
exponential one. Character classes are compared on a sample alphabet that
covers ASCII and representative non-ASCII letters, digits, spaces and emoji.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

__all__ = ["MAX_BOUNDED", "UnsafePattern", "check_pattern"]

MAX_BOUNDED = 100
"""Repeats bounded by at most this many iterations count as bounded."""

_parser: Any = importlib.import_module("re._parser")
_MAXREPEAT: int = _parser.MAXREPEAT

# The alphabet character classes are compared on.
_SAMPLE: frozenset[str] = frozenset(
    [chr(code) for code in range(9, 127)] + list("éÉßñжЖйё٣७\u00a0\u2003\u3000’“—…😡🤬中")
)
_ALL = _SAMPLE


class UnsafePattern(ValueError):
    """The pattern may backtrack catastrophically (or cannot be analysed)."""


@dataclass(frozen=True, slots=True)
class _Prev:
    """What can precede the current position: characters, or a guard that stands for them.

    ``chars`` is the set of characters the previous consumed character may be
    (``None`` at the start of the pattern, where anything may precede).
    ``guard`` is a set of characters that certainly do not precede (from ``\\b``
    or a negative lookbehind).
    """

    chars: frozenset[str] | None
    guard: frozenset[str] = frozenset()


_START = _Prev(None)


_LETTERISH = frozenset(
    {
        "l", "lu", "ll", "lt", "lm", "lo", "letter", "alpha", "alphabetic", "n", "nd",
        "number", "digit", "cyrillic", "latin", "greek", "word", "alnum",
    }
)  # fmt: skip


def _group_header(pattern: str, i: int) -> tuple[str, bool]:
    """The header of the group opening at ``pattern[i] == "("`` and whether it opens a group."""
    if not pattern.startswith("(?", i):
        return "(", True
    for prefix in ("(?:", "(?>", "(?=", "(?!", "(?<=", "(?<!"):
        if pattern.startswith(prefix, i):
            return prefix, True
    if pattern.startswith("(?P<", i) or (
        pattern.startswith("(?<", i) and pattern[i + 3 : i + 4] not in {"=", "!"}
    ):
        close = pattern.find(">", i)
        if close == -1:
            raise UnsafePattern("unterminated group name")
        return pattern[i : close + 1], True
    if pattern.startswith("(?#", i):
        close = pattern.find(")", i)
        if close == -1:
            raise UnsafePattern("unterminated comment")
        return pattern[i : close + 1], False
    j = i + 2
    while j < len(pattern) and (pattern[j].isalpha() or pattern[j] == "-"):
        j += 1
    if pattern[j : j + 1] == ":":
        return pattern[i : j + 1], True
    if pattern[j : j + 1] == ")":
        return pattern[i : j + 1], False  # global inline flags such as (?i)
    raise UnsafePattern(
        f"the safety check does not support the group syntax at {pattern[i : j + 1]!r}"
    )


def _translate(pattern: str) -> str:
    """Prepare a ``regex`` pattern for analysis by the standard library's parser.

    ``\\p{...}`` properties become ``re`` classes that contain them (so disjointness
    stays conservative), and an empty capturing group ``()`` starts every group and
    every alternative. The ``re`` parser merges alternatives that share a prefix, or
    that are single characters, into one; the ``regex`` engine that runs the
    patterns does not, so the check must see the alternatives as written.
    """
    out: list[str] = []
    i = 0
    while pattern.startswith("(?", i):  # global flags must stay in front
        header, opens = _group_header(pattern, i)
        if opens or header.startswith("(?#"):
            break
        out.append(header)
        i += len(header)
    out.append("()")
    in_class = False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            if nxt in "pP" and pattern[i + 2 : i + 3] == "{":
                close = pattern.find("}", i + 3)
                if close == -1:
                    raise UnsafePattern("unterminated \\p{...} property")
                name = pattern[i + 3 : close].lower().split("=")[-1]
                if nxt == "p" and name in _LETTERISH:
                    out.append("\\w")
                else:
                    out.append("\\s\\S" if in_class else "[\\s\\S]")
                i = close + 1
                continue
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            out.append(char)
            if char == "]":
                in_class = False
            i += 1
            continue
        if char == "[":
            in_class = True
            out.append(char)
            i += 1
            # A ']' right after '[' or '[^' is a literal.
            if pattern[i : i + 1] == "^":
                out.append("^")
                i += 1
            if pattern[i : i + 1] == "]":
                out.append("]")
                i += 1
            continue
        if char == "(":
            header, opens = _group_header(pattern, i)
            out.append(header + ("()" if opens else ""))
            i += len(header)
            continue
        out.append(char + ("()" if char == "|" else ""))
        i += 1
    return "".join(out)


def _category(name: str, char: str) -> bool:
    if name.endswith("NOT_DIGIT"):
        return not char.isdecimal()
    if name.endswith("DIGIT"):
        return char.isdecimal()
    if name.endswith("NOT_SPACE"):
        return not char.isspace()
    if name.endswith("SPACE"):
        return char.isspace()
    if name.endswith("NOT_WORD"):
        return not (char.isalnum() or char == "_")
    if name.endswith("WORD"):
        return char.isalnum() or char == "_"
    if name.endswith("NOT_LINEBREAK"):
        return char != "\n"
    if name.endswith("LINEBREAK"):
        return char == "\n"
    return True  # unknown category: assume it matches (conservative)


@lru_cache(maxsize=64)
def _category_set(name: str) -> frozenset[str]:
    return frozenset(char for char in _SAMPLE if _category(name, char))


@lru_cache(maxsize=1024)
def _range_set(low: int, high: int, ignorecase: bool) -> frozenset[str]:
    matched = set()
    for char in _SAMPLE:
        variants = {char, char.lower(), char.upper()} if ignorecase else {char}
        if any(low <= ord(v) <= high for v in variants if len(v) == 1):
            matched.add(char)
    return frozenset(matched)


@lru_cache(maxsize=4096)
def _cases(code: int, ignorecase: bool) -> frozenset[str]:
    char = chr(code)
    if not ignorecase:
        return frozenset({char})
    return frozenset(variant for variant in (char, char.lower(), char.upper()) if len(variant) == 1)


def _charset(op: str, av: Any, ignorecase: bool) -> frozenset[str] | None:
    """The characters a single-character item matches, or ``None`` if it is not one."""
    if op == "LITERAL":
        return _cases(av, ignorecase)
    if op == "NOT_LITERAL":
        return _ALL - _cases(av, ignorecase)
    if op == "ANY":
        return _ALL
    if op == "IN":
        negate = False
        matched: set[str] = set()
        for item_op, item_av in av:
            name = str(item_op)
            if name == "NEGATE":
                negate = True
            elif name == "LITERAL":
                matched |= _cases(item_av, ignorecase)
            elif name == "RANGE":
                matched |= _range_set(item_av[0], item_av[1], ignorecase)
            elif name == "CATEGORY":
                matched |= _category_set(str(item_av))
            else:
                return _ALL
        result = frozenset(matched & _SAMPLE)
        return _ALL - result if negate else result
    return None


@dataclass(frozen=True, slots=True)
class _Info:
    first: frozenset[str]
    last: frozenset[str]
    nullable: bool


_EMPTY_INFO = _Info(frozenset(), frozenset(), True)


def _concat(head: _Info, tail: _Info) -> _Info:
    """The info of ``head`` followed by ``tail``."""
    return _Info(
        head.first | tail.first if head.nullable else head.first,
        tail.last | head.last if tail.nullable else tail.last,
        head.nullable and tail.nullable,
    )


class _Checker:
    def __init__(self, ignorecase: bool) -> None:
        self.ignorecase = ignorecase
        # Caches by node identity: the tree lives as long as the check, so ids are stable.
        self._item_infos: dict[tuple[str, int], _Info] = {}
        self._suffixes: dict[int, list[_Info]] = {}
        self._charsets: dict[tuple[str, int], frozenset[str] | None] = {}

    def charset(self, op: str, av: Any) -> frozenset[str] | None:
        if op != "IN":
            return _charset(op, av, self.ignorecase)
        key = (op, id(av))
        if key not in self._charsets:
            self._charsets[key] = _charset(op, av, self.ignorecase)
        return self._charsets[key]

    # -- first/last character sets --------------------------------------------------
    def info(self, items: Any) -> _Info:
        """First and last character sets of a sequence, and whether it can be empty."""
        return self.suffixes(items)[0]

    def suffixes(self, items: Any) -> list[_Info]:
        """The info of every suffix ``items[i:]``, for i from 0 to len(items), in one pass.

        ``items`` is a node sequence of the parsed tree (cached by identity).
        """
        cached = self._suffixes.get(id(items))
        if cached is not None:
            return cached
        nodes = list(items)
        out = [_EMPTY_INFO] * (len(nodes) + 1)
        for i in range(len(nodes) - 1, -1, -1):
            op, av = nodes[i]
            out[i] = _concat(self.item_info(str(op), av), out[i + 1])
        self._suffixes[id(items)] = out
        return out

    def item_info(self, op: str, av: Any) -> _Info:
        key = (op, id(av))
        cached = self._item_infos.get(key)
        if cached is None:
            cached = self._item_infos[key] = self._compute_item_info(op, av)
        return cached

    def _compute_item_info(self, op: str, av: Any) -> _Info:
        chars = self.charset(op, av)
        if chars is not None:
            return _Info(chars, chars, False)
        if op in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
            low, _high, body = av
            inner = self.info(body)
            return _Info(inner.first, inner.last, inner.nullable or low == 0)
        if op == "SUBPATTERN":
            return self.info(av[-1])
        if op == "ATOMIC_GROUP":
            return self.info(av)
        if op == "BRANCH":
            infos = [self.info(branch) for branch in av[1]]
            return _Info(
                frozenset().union(*(i.first for i in infos)),
                frozenset().union(*(i.last for i in infos)),
                any(i.nullable for i in infos),
            )
        if op in {"AT", "ASSERT", "ASSERT_NOT"}:
            return _EMPTY_INFO
        raise UnsafePattern(f"the safety check does not support {op.lower()} in rule patterns")

    # -- the walk -----------------------------------------------------------------------
    def sequence(
        self,
        items: Any,
        prev: _Prev,
        in_loop: bool,
        after: frozenset[str],
        tail: bool = False,
    ) -> _Prev:
        """Walk a sequence; ``after`` is what may follow it (for ambiguity inside loops).

        ``tail`` says that nothing at all follows the sequence in the pattern: a greedy
        repeat there ends the match as soon as it stops, so it never backtracks.
        """
        last = len(items) - 1
        suffixes = self.suffixes(items)
        for index, (op_obj, av) in enumerate(items):
            rest = suffixes[index + 1]
            follow = rest.first | after if rest.nullable else rest.first
            prev = self.item(str(op_obj), av, prev, in_loop, follow, tail and index == last)
        return prev

    def item(
        self,
        op: str,
        av: Any,
        prev: _Prev,
        in_loop: bool,
        follow: frozenset[str],
        tail: bool = False,
    ) -> _Prev:
        chars = self.charset(op, av)
        if chars is not None:
            return _Prev(chars)
        if op == "AT":
            name = str(av)
            if name.endswith("BOUNDARY") and not name.endswith("NON_BOUNDARY"):
                return _Prev(prev.chars, _WORD_BOUNDARY_GUARD)
            return prev
        if op in {"ASSERT", "ASSERT_NOT"}:
            direction, body = av
            # A lookahead starts where the pattern stands, so what precedes still guards it;
            # a lookbehind is matched backwards, so it gets no guard.
            start = prev if direction > 0 else _START
            self.sequence(body, start, in_loop=False, after=frozenset(), tail=True)
            if op == "ASSERT_NOT" and direction < 0:
                excluded = self.single_chars(list(body))
                if excluded is not None:
                    return _Prev(prev.chars, prev.guard | excluded)
            return prev
        if op == "SUBPATTERN":
            return self.sequence(av[-1], prev, in_loop, follow, tail)
        if op == "ATOMIC_GROUP":
            return self.sequence(av, prev, in_loop, follow, tail)
        if op == "BRANCH":
            branches = list(av[1])
            if in_loop:
                self.disjoint_starts(branches)
            return self.merge([self.sequence(b, prev, in_loop, follow, tail) for b in branches])
        if op in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
            return self.repeat(op, av, prev, in_loop, follow, tail)
        if op in {"GROUPREF", "GROUPREF_EXISTS"}:
            raise UnsafePattern("backreferences are not allowed in rule patterns")
        raise UnsafePattern(f"the safety check does not support {op.lower()} in rule patterns")

    def repeat(
        self,
        op: str,
        av: Any,
        prev: _Prev,
        in_loop: bool,
        follow: frozenset[str],
        tail: bool = False,
    ) -> _Prev:
        low, high, body_obj = av
        body = list(body_obj)
        body_info = self.info(body_obj)
        if in_loop and low != high and op != "POSSESSIVE_REPEAT" and body_info.first & follow:
            raise UnsafePattern(
                "inside a repeated group, a variable part is followed by characters "
                "it can match itself, so the text splits between them in many ways"
            )
        if high <= 1:
            out = self.sequence(body_obj, prev, in_loop, follow)
            return self.merge([out, prev]) if low == 0 else out
        if body_info.nullable:
            raise UnsafePattern("a repeated part can match the empty string")
        ends_match = tail and low <= MAX_BOUNDED
        if high > MAX_BOUNDED and not ends_match and not self.guarded(body_info.first, prev):
            raise UnsafePattern(
                f"an unbounded repeat can start inside a run of its own characters; bound it "
                f"(at most {MAX_BOUNDED}) or put \\b, or something it cannot match, before it"
            )
        after_loop = (
            self.merge([_Prev(body_info.last), prev]) if low == 0 else _Prev(body_info.last)
        )
        if len(body) == 1 and self.charset(str(body[0][0]), body[0][1]) is not None:
            return after_loop
        if in_loop:
            raise UnsafePattern("a repeated group inside another repeated group")
        loop_prev = self.merge([prev, _Prev(body_info.last)])
        self.sequence(body_obj, loop_prev, in_loop=True, after=body_info.first | follow)
        return after_loop

    def disjoint_starts(self, branches: list[Any]) -> None:
        seen: set[str] = set()
        for branch in branches:
            first = self.info(branch).first
            if first & seen:
                raise UnsafePattern(
                    "alternatives inside a repeated group must start with different characters"
                )
            seen |= first

    def single_chars(self, body: list[tuple[Any, Any]]) -> frozenset[str] | None:
        """The characters of a one-character lookbehind body, if that is what it is."""
        items = [item for item in body if not _is_empty_group(item)]
        if len(items) == 1:
            op, av = items[0]
            return _charset(str(op), av, self.ignorecase)
        return None

    @staticmethod
    def guarded(first: frozenset[str], prev: _Prev) -> bool:
        if first <= prev.guard:
            return True
        if prev.chars is None:
            return False
        return not (first & prev.chars)

    @staticmethod
    def merge(prevs: list[_Prev]) -> _Prev:
        chars: set[str] = set()
        guard: frozenset[str] | None = None
        for prev in prevs:
            if prev.chars is None:
                return _Prev(None, frozenset.intersection(*(p.guard for p in prevs)))
            chars |= prev.chars
            guard = prev.guard if guard is None else guard & prev.guard
        return _Prev(frozenset(chars), guard or frozenset())


def _is_empty_group(item: tuple[Any, Any]) -> bool:
    """The empty capturing groups that :func:`_translate` inserts."""
    op, av = item
    return str(op) == "SUBPATTERN" and len(av[-1]) == 0


_WORD = frozenset(char for char in _SAMPLE if char.isalnum() or char == "_")
# After \b the previous character is a word character exactly when the next one is not,
# so a repeat of word characters (or of non-word characters) is entered at a run's start.
_WORD_BOUNDARY_GUARD = _WORD


def check_pattern(pattern: str, *, ignorecase: bool = False) -> None:
    """Raise :class:`UnsafePattern` unless ``pattern`` provably runs in linear time."""
    problem = _problem(pattern, ignorecase)
    if problem is not None:
        raise UnsafePattern(problem)


@lru_cache(maxsize=4096)
def _problem(pattern: str, ignorecase: bool) -> str | None:
    """The reason a pattern is unsafe, or ``None``; cached, since packs share patterns."""
    try:
        _check(pattern, ignorecase)
    except UnsafePattern as error:
        return str(error)
    return None


@lru_cache(maxsize=1024)
def parse_translated(pattern: str, ignorecase: bool = False) -> Any:
    """The parse tree of ``pattern`` in ``re``'s terms (shared with the prefilter; read-only)."""
    return _parser.parse(_translate(pattern), re.IGNORECASE if ignorecase else 0)


def _check(pattern: str, ignorecase: bool) -> None:
    try:
        tree = parse_translated(pattern, ignorecase)
    except re.error as error:
        raise UnsafePattern(f"the safety check cannot read the pattern: {error}") from error
    low, _high = tree.getwidth()
    if low == 0:
        raise UnsafePattern("the pattern can match the empty string")
    _Checker(ignorecase).sequence(tree, _START, in_loop=False, after=frozenset(), tail=True)
