"""The static backtracking check accepts linear patterns and refuses dangerous ones."""

from __future__ import annotations

import pytest
import regex

from deescalate import ErrorCode, Rule, RuleError
from deescalate._safety import UnsafePattern, check_pattern
from deescalate.lang import get_pack

SAFE = [
    r"you\s+idiot",
    r"\b\w+ly\b",
    r"(?<!\w)you(?:\s+\w+){0,3}\s+idiot",
    r"i am (?:very |so )*angry",
    r"f[*#@$%!]{1,3}k",
    r"\b\p{Lu}{4,}",
    r"(?<!\w)(?:you|u)(?:'?re| are)\s+(?:an?\s+)?(?:idiot|moron)",
    r"[😡🤬]",
    r"[A-Z]{3,20}",
    r"(?<!!)!{3,}",
    r"x(?:\s+\w+){1,3}",
    r"(?<![\w])\w{1,30}ly\b",
    r"(?i)abc",
    r"(?P<name>a)b",
    r"[]a]b",
    r"x(?:ab|cd)+",
    r"!{3,}",  # at the very end: a match ends as soon as the run does
    r"(?<!\w)@\w+",
]
UNSAFE = [
    r"x(a+)+b",  # nested quantifiers: exponential
    r"x(\w+\s?)*y",  # the classic (\w+\s?)*
    r"x(a?a)+",  # ambiguous split inside a loop
    r"x(?:(a{1,3})a)+",
    r"x(?:a|a)+y",  # alternatives with the same start, repeated
    r"x(?:you|your)+",
    r"x(?:\w+\s*){1,5}",
    r"\w+ly",  # quadratic on a long run of letters
    r".*foo",
    r"you.*idiot",
    r"you\w*idiot",
    r"!{3,}x",
    r"!{200,}",
    r"(x)\1",  # backreference
    r"",  # empty
    r"a*",  # can match empty
    r"(?:\w+\s*){0,5}",
]


@pytest.mark.parametrize("pattern", SAFE)
def test_safe_patterns_pass(pattern: str) -> None:
    check_pattern(pattern)


@pytest.mark.parametrize("pattern", UNSAFE)
def test_unsafe_patterns_are_refused(pattern: str) -> None:
    with pytest.raises(UnsafePattern):
        check_pattern(pattern)


def test_every_built_in_pattern_is_checked_safe() -> None:
    # Built-in packs skip the check when they load (rules._BUILT_IN): this test is the proof.
    checked = 0
    for rule in get_pack("en").rules:
        for _where, source in rule._sources():
            check_pattern(source)
            checked += 1
    assert checked > len(get_pack("en").rules)


def test_user_rules_are_always_checked() -> None:
    with pytest.raises(RuleError) as caught:
        Rule(
            id="user.unsafe",
            label="hostility.insult",
            pattern=r"x(\w+\s?)*y",
            message="An unsafe pattern.",
            examples=["xab y"],
        )
    assert caught.value.code == ErrorCode.RULE_UNSAFE_PATTERN


PATHOLOGICAL = [
    "a" * 20_000,
    " " * 20_000,
    "!" * 20_000,
    "you " * 5_000,
    "y o u " * 3_000,
    "aA" * 10_000,
    "I" * 20_000 + "!",
    "ab" * 10_000,
    "'" * 20_000,
    "-" * 20_000,
    "so " * 6_000 + "stupid",
]


@pytest.mark.parametrize("text", PATHOLOGICAL, ids=lambda t: repr(t[:12]))
def test_built_in_patterns_finish_on_pathological_text(text: str) -> None:
    # The point is that this finishes; every match must also be non-empty and in bounds.
    for rule in get_pack("en").rules:
        view = text.lower() if rule.view == "folded" else text
        for match in regex.finditer(rule.compiled_source, view):
            assert 0 <= match.start() < match.end() <= len(view), rule.id
