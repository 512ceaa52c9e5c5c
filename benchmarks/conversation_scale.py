"""Seconds to build a conversation of 1,000, 5,000 and 10,000 turns: is it linear?

Usage::

    python benchmarks/conversation_scale.py [--sizes 1000 5000 10000] [--repeat 3]

Builds each conversation turn by turn (``conv = conv.customer(...)`` then
``conv = conv.agent(...)``, alternating, from a fixed list of customer-support
messages) and also with ``Conversation.from_turns``, and prints the best of
``--repeat`` runs in seconds and microseconds per turn. When the time per turn
stays flat as the conversation grows, building it is linear.

Two setups:

* ``built-in``: the English classifier, the rewriter and the default policy, so
  most of the time is classifying and rewriting the messages;
* ``no rules``: a classifier without rules and a rewriter without substitutions,
  so what is left is the conversation's own work (the policy's decisions, the
  trajectory, the bookkeeping), where a hidden quadratic term would show first.

For the largest size it also prints the microseconds per turn of each tenth of
one build: flat tenths show linear time even when the machine's load changes
between runs. Then it times reading the results once (``turns``, ``escalation``,
``recoveries``) and a JSON round trip of the largest conversation. No corpus is
needed.
"""

from __future__ import annotations

import argparse
import platform
import time
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, TypeVar

from deescalate import Classifier, Conversation, Rewriter, Speaker

CUSTOMER = [
    "My order is late AGAIN, this is ridiculous",
    "I've been waiting two weeks and nobody answers my emails.",
    "Resend please, thanks",
    "This is the third time I'm contacting you about the same problem!!!",
    "Ok, that works for me.",
    "I want a refund NOW or I'm cancelling my account.",
    "You people are useless.",
    "Thanks for sorting it out.",
]
T = TypeVar("T")

AGENT = [
    "I'm sorry about the delay. I can resend it today or refund you - which do you prefer?",
    "Unfortunately, that's our policy.",
    "I understand how frustrating this must be. Let me take care of this right away.",
    "Calm down, we will get to your ticket.",
    "Thank you for your patience. You should see the refund within three business days.",
    "I can't help you with that.",
]


def script(size: int) -> list[tuple[Speaker, str]]:
    """``size`` turns, customer and agent in turn, cycling through the messages."""
    return [
        (Speaker.CUSTOMER, CUSTOMER[i // 2 % len(CUSTOMER)])
        if i % 2 == 0
        else (Speaker.AGENT, AGENT[i // 2 % len(AGENT)])
        for i in range(size)
    ]


def best(run: Callable[[], T], repeat: int) -> tuple[float, T]:
    """The best of ``repeat`` timed runs, in seconds, and the last run's result."""
    fastest = float("inf")
    result: T | None = None
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        result = run()
        fastest = min(fastest, time.perf_counter() - start)
    assert result is not None
    return fastest, result


def turn_by_turn(start: Conversation, turns: Sequence[tuple[Speaker, str]]) -> Conversation:
    conv = start
    for speaker, text in turns:
        conv = conv.customer(text) if speaker is Speaker.CUSTOMER else conv.agent(text)
    return conv


def tenths(start: Conversation, turns: Sequence[tuple[Speaker, str]]) -> list[float]:
    """Microseconds per turn for each tenth of one turn-by-turn build.

    Within one run, so a change in the machine's load between runs does not show:
    if adding a turn got dearer as the conversation grew, the later tenths would be
    slower than the first.
    """
    conv, out = start, []
    step = max(1, len(turns) // 10)
    begin = time.perf_counter()
    for i, (speaker, text) in enumerate(turns, 1):
        conv = conv.customer(text) if speaker is Speaker.CUSTOMER else conv.agent(text)
        if i % step == 0:
            now = time.perf_counter()
            out.append((now - begin) / step * 1e6)
            begin = now
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 10000])
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the best is kept")
    args = parser.parse_args(argv)
    bare = Classifier(defaults=False)
    setups: dict[str, dict[str, Any]] = {
        "built-in": {},
        "no rules": {
            "classifier": bare,
            "rewriter": Rewriter(defaults=False, classifier=bare),
        },
    }
    print(f"Python {platform.python_version()}; best of {args.repeat} runs")
    print(f"{'setup':<9} {'turns':>6} {'turn by turn':>14} {'per turn':>10} {'from_turns':>12}")
    largest: Conversation | None = None
    for name, parts in setups.items():
        start = Conversation.start(**parts)
        turn_by_turn(start, script(50))  # warm the caches
        for size in args.sizes:
            turns = script(size)
            seconds, conv = best(partial(turn_by_turn, start, turns), args.repeat)
            whole, _ = best(partial(Conversation.from_turns, turns, **parts), args.repeat)
            assert len(conv) == size
            assert [turn.index for turn in conv] == list(range(size))
            print(
                f"{name:<9} {size:>6} {seconds:>12.3f} s {seconds / size * 1e6:>7.0f} µs "
                f"{whole:>10.3f} s"
            )
            if name == "built-in":
                largest = conv
        profile = " ".join(f"{value:.0f}" for value in tenths(start, script(max(args.sizes))))
        print(f"{name:<9} µs per turn by tenth of one {max(args.sizes)}-turn build: {profile}")
    if largest is not None:
        n = len(largest)
        fresh = Conversation.from_turns(script(n))
        read, _ = best(lambda: (fresh.turns, fresh.escalation, fresh.recoveries), 1)
        print(f"reading turns, escalation and recoveries of {n} turns once: {read:.3f} s")
        dump, dumped = best(largest.model_dump_json, args.repeat)
        load, loaded = best(partial(Conversation.model_validate_json, dumped), args.repeat)
        assert loaded == largest
        size_mb = len(dumped) / 1e6
        print(f"JSON of {n} turns: {size_mb:.1f} MB, dump {dump:.3f} s, load {load:.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
