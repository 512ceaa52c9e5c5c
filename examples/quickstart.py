"""Quickstart: classify a few customer and agent messages and show the evidence.

Run it with ``python examples/quickstart.py``. For each message it prints the
level and heat, the politeness score, and every label with the span of text
that triggered it, marked in the message with [brackets].
"""

from __future__ import annotations

from deescalate import Classification, classify

CONVERSATION = [
    (
        "customer",
        "@AcmeHelp This is the THIRD time I've called!!! My order #4471 is two weeks late.",
    ),
    ("agent", "Calm down. Unfortunately that's our policy, there's nothing I can do."),
    ("customer", "Are you an idiot? I want a full refund or I'm calling my lawyer 😡"),
    (
        "agent",
        "I'm sorry, I can see why you're upset. What I can do is refund you in full today; "
        "you should see it within three business days.",
    ),
    ("customer", "ok, that works. thank you, that helps"),
]


def marked(result: Classification) -> str:
    """The message with each hit's span wrapped in brackets (outermost spans only)."""
    text = result.text
    spans = sorted({(h.start, h.end) for h in result.hits}, key=lambda s: (s[0], -s[1]))
    outer: list[tuple[int, int]] = []
    for start, end in spans:
        if not outer or start >= outer[-1][1]:
            outer.append((start, end))
    pieces, last = [], 0
    for start, end in outer:
        pieces.append(text[last:start] + "[" + text[start:end] + "]")
        last = end
    return "".join(pieces) + text[last:]


def main() -> None:
    for speaker, text in CONVERSATION:
        result = classify(text, speaker=speaker)
        print(f"{speaker:>8}: {marked(result)}")
        print(
            f"          level={result.level.value} heat={result.heat:.2f} "
            f"politeness={result.politeness:+.2f}"
        )
        for hit in result.hits:
            print(f"          - {hit.label.value:<34} {hit.text!r}")
        print()


if __name__ == "__main__":
    main()
