"""Quickstart: the whole pipeline on one embedded conversation.

Run it with ``python examples/quickstart.py``. For each turn it prints:

* the classification: level, heat, politeness, and every label with the span of
  text that triggered it, marked in the message with [brackets];
* for a customer turn, the boundary policy's decision and the reason for it;
* for an agent turn, the rewriter's suggestion and why each edit was made.

At the end it prints the trajectory (heat per turn, where it fell after an agent's
technique) and the STAR case drafted from the conversation.
"""

from __future__ import annotations

from deescalate import Classification, Conversation, StarCase, Turn

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

# What only the company knows: the rewriter puts these where the draft needs them.
FACTS = {"offer": "a replacement sent today or a full refund"}


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


def show_turn(turn: Turn) -> None:
    result = turn.classification
    print(f"{turn.index}. {turn.speaker.value:>8}: {marked(result)}")
    print(
        f"             level={result.level.value} heat={result.heat:.2f} "
        f"politeness={result.politeness:+.2f}"
    )
    shown = set()
    for hit in result.hits:  # two rules may find the same span: show it once
        if (hit.label, hit.start, hit.end) not in shown:
            shown.add((hit.label, hit.start, hit.end))
            print(f"             - {hit.label.value:<34} {hit.text!r}")
    if turn.decision is not None:
        decision = turn.decision
        print(f"             policy: {decision.action.value} ({decision.reasons[0].message})")
        if decision.script:
            print(f"             suggested reply: {decision.script}")
    if turn.rewrite is not None and turn.rewrite.changed:
        print(f"             rewrite: {turn.rewrite.text}")
        for edit in turn.rewrite.edits:
            print(f"               * {edit.label.value}: {edit.reason}")
        if turn.rewrite.slots:  # facts the draft needs that were not given
            print(
                "             fill in:", ", ".join("{" + slot + "}" for slot in turn.rewrite.slots)
            )
    print()


def main() -> None:
    conversation = Conversation.start()
    for speaker, text in CONVERSATION:
        if speaker == "agent":
            conversation = conversation.agent(text, **FACTS)
        else:
            conversation = conversation.customer(text)
    for turn in conversation.turns:
        show_turn(turn)

    print("Heat per turn:", " ".join(f"{heat:.2f}" for heat in conversation.heat))
    for recovery in conversation.recoveries:
        print(f"Turn {recovery.customer_turn}: {recovery.describe()}")
    print()

    draft = StarCase.draft_from(conversation, channel="twitter")
    print(draft.to_text())
    if draft.missing:
        print("Missing:", ", ".join(part.value for part in draft.missing))


if __name__ == "__main__":
    main()
