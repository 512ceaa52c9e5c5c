"""What a pattern cannot match without: the words (and characters) it requires.

The engine only tries a rule on a message that contains what the rule needs, so
most rules never run on most messages. For phrases the parser knows the words;
for a pattern this module reads them off the parsed expression:

* a run of literal letters that starts a word (after ``\\b``, a negative
  lookbehind of word characters, a space or punctuation) is a required word; a
  word is keyed by its first four characters, so a shorter run must also end
  the word to count;
* an alternation requires one of its alternatives' words, if every alternative
  requires one;
* optional parts require nothing, and a required part inside a group is still
  required.

A pattern from which no word can be read gets, where possible, the set of
characters one of which starts every match (an emoji, ``!``), which is as cheap
to test with ``in``.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from deescalate._safety import parse_translated

__all__ = ["Item", "pattern_requirements", "start_characters"]

_parser: Any = importlib.import_module("re._parser")

Item = frozenset[str]
"""Keys one of which must be among a message's word keys."""


@dataclass
class _Run:
    """Literal word characters being collected, with the doubling each may have."""

    chars: list[tuple[str, bool]]  # (character, may be doubled)
    left_bounded: bool


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _variants(chars: list[tuple[str, bool]], complete: bool) -> Item | None:
    """Keys of a literal run: its first four characters, with every doubling allowed."""
    if not chars:
        return None
    if not complete and len(chars) < 4:
        return None  # "ab" followed by more letters: the key is not known
    keys = {""}
    for char, doubles in chars:
        keys = {k + char for k in keys} | ({k + char + char for k in keys} if doubles else set())
        keys = {k[:4] for k in keys}
        if all(len(k) >= 4 for k in keys):
            break
    return frozenset(keys)


def _single_char(op: str, av: Any) -> str | None:
    """The one character a node matches, if it matches exactly one."""
    if op == "LITERAL":
        return chr(av)
    if op == "IN" and len(av) == 1 and str(av[0][0]) == "LITERAL":
        return chr(av[0][1])
    return None


def _non_word_item(op: str, av: Any) -> bool:
    """Whether a node certainly consumes a character that is not a word character."""
    char = _single_char(op, av)
    if char is not None:
        return not _is_word(char)
    if op == "IN":
        for item_op, item_av in av:
            name = str(item_op)
            if name == "LITERAL" and not _is_word(chr(item_av)):
                continue
            category = str(item_av)
            if name == "CATEGORY" and (category.endswith(("CATEGORY_SPACE", "CATEGORY_NOT_WORD"))):
                continue
            return False  # a word character, a range, a negation or anything else
        return True
    if op in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
        low, _high, body = av
        items = [item for item in body if not _empty(item)]
        return low >= 1 and len(items) == 1 and _non_word_item(str(items[0][0]), items[0][1])
    return False


def _bounds_word_start(op: str, av: Any) -> bool:
    """Zero-width nodes after which a word certainly starts (``\\b``, ``(?<!\\w)``, ``^``)."""
    if op == "AT":
        name = str(av)
        return (name.endswith("BOUNDARY") and "NON" not in name) or name.endswith("BEGINNING")
    if op == "ASSERT_NOT":
        direction, body = av
        items = [item for item in body if not _empty(item)]
        if direction < 0 and len(items) == 1:
            item_op, item_av = items[0]
            return str(item_op) == "IN" and any(
                str(o) == "CATEGORY" and str(a).endswith("CATEGORY_WORD") for o, a in item_av
            )
    return False


def _empty(item: tuple[Any, Any]) -> bool:
    op, av = item
    return str(op) == "SUBPATTERN" and len(av[-1]) == 0


def _best(items: list[Item]) -> Item | None:
    if not items:
        return None
    return min(items, key=lambda keys: (-min(len(k) for k in keys), len(keys)))


def _sequence(items: Any, left_bounded: bool) -> tuple[list[Item], bool]:
    """Required items of a node sequence, and whether it ends on a word boundary.

    ``left_bounded`` says whether the sequence starts where a word certainly starts.
    """
    found: list[Item] = []
    run: _Run | None = None
    bounded = left_bounded

    def close(right_bounded: bool) -> None:
        nonlocal run
        if run is not None and run.left_bounded:
            keys = _variants(run.chars, complete=right_bounded)
            if keys is not None:
                found.append(keys)
        run = None

    for op_obj, av in items:
        op = str(op_obj)
        if _empty((op_obj, av)):
            continue
        char = _single_char(op, av)
        if char is not None and _is_word(char):
            if run is None:
                run = _Run([], bounded)
            run.chars.append((char, False))
            bounded = False
            continue
        if op in {"MAX_REPEAT", "MIN_REPEAT"} and av[0] == 1 and av[1] == 2 and len(av[2]) == 1:
            inner = _single_char(str(av[2][0][0]), av[2][0][1])
            if inner is not None and _is_word(inner):  # a letter that may be doubled
                if run is None:
                    run = _Run([], bounded)
                run.chars.append((inner, True))
                bounded = False
                continue
        if _bounds_word_start(op, av):
            close(right_bounded=True)
            bounded = True
            continue
        if _non_word_item(op, av):
            close(right_bounded=True)
            bounded = True
            continue
        if op in {"ASSERT", "ASSERT_NOT", "AT"}:
            continue  # zero width: neither ends nor starts a word
        close(right_bounded=False)
        if op == "SUBPATTERN":
            inner_items, bounded = _sequence(av[-1], bounded)
            found.extend(inner_items)
            continue
        if op == "BRANCH":
            picks = []
            ends = []
            for branch in av[1]:
                branch_items, branch_end = _sequence(branch, bounded)
                picks.append(_best(branch_items))
                ends.append(branch_end)
            if picks and all(p is not None for p in picks):
                found.append(frozenset().union(*(p for p in picks if p is not None)))
            bounded = all(ends)
            continue
        if op in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
            inner_items, inner_end = _sequence(av[2], bounded)
            if av[0] >= 1:
                found.extend(inner_items)
                bounded = inner_end
            else:  # optional: a word starts after it only if it starts either way
                bounded = bounded and inner_end
            continue
        bounded = False
    close(right_bounded=False)
    return found, bounded


def _tree(pattern: str) -> Any:
    """The parse tree of a folded-view pattern, or ``None`` when it cannot be read."""
    try:
        return parse_translated(pattern)
    except (re.error, ValueError):
        return None


@lru_cache(maxsize=4096)
def pattern_requirements(pattern: str) -> tuple[Item, ...]:
    """Items every match of a folded-view pattern requires (empty if none can be read)."""
    tree = _tree(pattern)
    if tree is None:
        return ()
    items, _end = _sequence(tree, left_bounded=False)
    return tuple(dict.fromkeys(items))


def _first_chars(items: Any) -> tuple[set[str], bool] | None:
    """Literal characters that can start a sequence, and whether it can be empty.

    ``None`` when something other than a literal character can start it.
    """
    chars: set[str] = set()
    for op_obj, av in items:
        op = str(op_obj)
        if op in {"AT", "ASSERT", "ASSERT_NOT"} or _empty((op_obj, av)):
            continue
        if op == "LITERAL":
            chars.add(chr(av))
            return chars, False
        if op == "IN":
            if not all(str(item_op) == "LITERAL" for item_op, _ in av):
                return None
            chars.update(chr(item_av) for _, item_av in av)
            return chars, False
        if op == "SUBPATTERN":
            inner = _first_chars(av[-1])
        elif op == "BRANCH":
            inner_all = [_first_chars(branch) for branch in av[1]]
            if any(i is None for i in inner_all):
                return None
            inner = (
                set().union(*(i[0] for i in inner_all if i is not None)),
                any(i[1] for i in inner_all if i is not None),
            )
        elif op in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
            body = _first_chars(av[2])
            inner = None if body is None else (body[0], body[1] or av[0] == 0)
        else:
            return None
        if inner is None:
            return None
        chars |= inner[0]
        if not inner[1]:
            return chars, False
    return chars, True


@lru_cache(maxsize=4096)
def start_characters(pattern: str, limit: int = 24) -> frozenset[str] | None:
    """The characters one of which starts every match, when there are few of them."""
    tree = _tree(pattern)
    if tree is None:
        return None
    found = _first_chars(tree)
    if found is None or found[1] or not found[0] or len(found[0]) > limit:
        return None
    if any(_is_word(char) for char in found[0]):
        return None  # letters are in almost every message: no shortcut
    return frozenset(found[0])
