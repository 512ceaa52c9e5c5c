"""Zendesk: from a ticket and its comments, what a trigger or app should apply.

:func:`triage` takes the payload your webhook endpoint or Zendesk app receives
(see ``sample_payload.json`` beside this file and ``docs/integrations/zendesk.md``)
and returns :class:`TicketActions`:

* ``tags`` from the labels: ``deescalate_threat_legal`` for ``threat.legal`` in a
  customer comment, ``deescalate_trigger_calm_down`` for a trigger in an agent's,
  plus the level (``deescalate_level_heated``) and the policy's action
  (``deescalate_action_escalate``);
* a ``priority`` from the heat of the customer's latest comments (see
  :data:`PRIORITY_BY_LEVEL`), never lower than the ticket's own;
* an internal ``note`` with the boundary policy's decision and its reasons;
* a ``suggested_reply``: the rewrite of the agent's draft (``draft`` in the payload)
  if there is one; else, when an agent wrote the latest public comment, its rewrite
  if it has triggers to rewrite; else, when the customer wrote last, the policy's
  script for what to say next.

``TicketActions.to_update()`` is the body of a ``PUT /api/v2/tickets/{id}.json``
that applies it. Nothing here does I/O except :func:`main`, which reads a payload
file and prints that body::

    python examples/zendesk/triage.py examples/zendesk/sample_payload.json
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from deescalate import Action, BoundaryPolicy, Conversation, Label, Level, Rewriter, Turn
from deescalate.rewrite import default_rewriter

PRIORITIES = ("low", "normal", "high", "urgent")
"""Zendesk's ticket priorities, lowest first."""

PRIORITY_BY_LEVEL = {
    Level.CALM: "low",  # heat below 0.12
    Level.TENSE: "normal",  # heat from 0.12
    Level.HEATED: "high",  # heat from 0.35
    Level.HOSTILE: "urgent",  # heat from 0.60
    Level.DANGEROUS: "urgent",  # any threat of violence
}
"""The priority for the level of the customer's latest comments (bands of ``heat``)."""

URGENT_ACTIONS = (Action.ESCALATE, Action.DISENGAGE)
"""Policy actions that make a ticket ``urgent`` whatever its heat: a supervisor is needed."""

CUSTOMER_FAMILIES = ("hostility", "threat", "demand", "grievance", "emotion")
AGENT_FAMILIES = ("trigger",)
AGENT_ROLES = ("agent", "admin")

ReplySource = Literal["draft", "latest agent comment", "policy script"]


@dataclass(frozen=True)
class TicketActions:
    """What to apply to the ticket; ``to_update()`` is the Tickets API body."""

    ticket_id: int | str | None
    tags: tuple[str, ...]
    priority: str
    current_priority: str | None
    note: str
    suggested_reply: str | None
    reply_source: ReplySource | None
    conversation: Conversation
    skipped: int

    def to_update(self) -> dict[str, Any]:
        """The body of ``PUT /api/v2/tickets/{id}.json``: tags, priority, internal note."""
        ticket: dict[str, Any] = {
            "additional_tags": list(self.tags),
            "comment": {"body": self.note, "public": False},
        }
        if self.priority != self.current_priority:
            ticket["priority"] = self.priority
        return {"ticket": ticket}


def tag_for(label: Label) -> str:
    """``threat.legal`` -> ``deescalate_threat_legal``."""
    return "deescalate_" + label.value.replace(".", "_")


def _raise(priority: str | None, floor: str | None) -> str:
    """The higher of two priorities (``None`` counts as lowest)."""
    ranks = [PRIORITIES.index(p) for p in (priority, floor) if p in PRIORITIES]
    return PRIORITIES[max(ranks, default=1)]


def read_turns(payload: Mapping[str, Any]) -> tuple[list[tuple[str, str]], int]:
    """The public comments as ``(speaker, text)`` turns, and how many comments were skipped.

    The requester's comments are customer turns. With a ``users`` sideload, a comment
    by a user whose ``role`` is ``agent`` or ``admin`` is an agent turn and one by any
    other end-user (a CC) a customer turn; without it, every author other than the
    requester counts as an agent. Private comments (internal notes) are skipped.

    Raises:
        ValueError: for a payload without a ticket, a requester or a list of comments.
    """
    ticket = payload.get("ticket")
    if not isinstance(ticket, Mapping):
        raise ValueError("the payload has no 'ticket' object")
    comments = payload.get("comments", ticket.get("comments"))
    if not isinstance(comments, Sequence) or isinstance(comments, str):
        raise ValueError("the payload has no list of 'comments' (nor 'ticket.comments')")
    requester = ticket.get("requester_id")
    if requester is None:
        raise ValueError("the ticket has no 'requester_id'")
    users = payload.get("users")
    roles = (
        {user.get("id"): user.get("role") for user in users if isinstance(user, Mapping)}
        if isinstance(users, Sequence)
        else None
    )
    turns: list[tuple[str, str]] = []
    skipped = 0
    for position, comment in enumerate(comments):
        if not isinstance(comment, Mapping):
            raise ValueError(f"comments[{position}] is not an object")
        if not comment.get("public", True):
            skipped += 1
            continue
        text = comment.get("plain_body", comment.get("body"))
        if not isinstance(text, str):
            raise ValueError(f"comments[{position}] has no 'body' text")
        author = comment.get("author_id")
        if author == requester:
            speaker = "customer"
        elif roles is not None:
            speaker = "agent" if roles.get(author) in AGENT_ROLES else "customer"
        else:
            speaker = "agent"
        turns.append((speaker, text))
    return turns, skipped


def _pending(conversation: Conversation) -> list[Turn]:
    """The customer turns since the last agent turn (or the last customer turn)."""
    pending: list[Turn] = []
    for turn in reversed(conversation.turns):
        if turn.speaker == "agent":
            break
        pending.append(turn)
    if not pending and conversation.customer_turns:
        pending = [conversation.customer_turns[-1]]
    return pending


def triage(
    payload: Mapping[str, Any],
    *,
    policy: BoundaryPolicy | None = None,
    rewriter: Rewriter | None = None,
) -> TicketActions:
    """What to apply to a Zendesk ticket, from the ticket and its comments.

    Args:
        payload: ``{"ticket": {...}, "comments": [...], "users": [...], "draft": {...}}``
            in Zendesk's JSON shapes; ``users`` and ``draft`` are optional.
        policy: The boundary policy (default ``BoundaryPolicy()``).
        rewriter: The rewriter for drafts and agent comments (default: built-in English).

    Raises:
        ValueError: for a payload that does not have that shape.
    """
    turns, skipped = read_turns(payload)
    rewriter = rewriter or default_rewriter()
    conversation = Conversation.from_turns(turns, policy=policy, rewriter=rewriter)
    ticket = payload["ticket"]
    pending = _pending(conversation)
    level = max((turn.classification.level for turn in pending), default=Level.CALM)
    heat = max((turn.heat for turn in pending), default=0.0)
    decision = conversation.last_decision
    priority = PRIORITY_BY_LEVEL[level]
    if decision is not None and decision.action in URGENT_ACTIONS:
        priority = "urgent"
    current = ticket.get("priority")
    priority = _raise(priority, current)

    tags = {f"deescalate_level_{level.value}"}
    for turn in conversation.turns:
        families = CUSTOMER_FAMILIES if turn.speaker == "customer" else AGENT_FAMILIES
        tags |= {tag_for(label) for label in turn.classification.labels if label.family in families}
    if decision is not None:
        tags.add(f"deescalate_action_{decision.action.value}")

    draft = payload.get("draft")
    reply: str | None
    source: ReplySource | None
    slots: tuple[str, ...] = ()
    if isinstance(draft, Mapping) and isinstance(draft.get("body"), str) and draft["body"].strip():
        result = rewriter.rewrite(draft["body"])
        reply, source, slots = result.text, "draft", result.slots
    elif conversation.turns and conversation.turns[-1].speaker == "agent":
        result = conversation.turns[-1].rewrite
        if result is not None and result.changed:
            reply, source, slots = result.text, "latest agent comment", result.slots
        else:
            reply, source = None, None
    elif decision is not None and decision.script is not None:
        reply, source = decision.script, "policy script"
    else:
        reply, source = None, None

    lines = [
        f"deescalate: the customer's latest comments are {level.value} (heat {heat:.2f}); "
        + (
            f"priority {current} -> {priority}."
            if priority != current
            else f"priority stays {priority}."
        )
    ]
    if decision is not None:
        lines += ["", "Boundary policy on customer " + decision.explain()]
    if reply is not None:
        lines += ["", f"Suggested reply ({source}):", reply]
        if slots:
            lines.append("Fill in: " + ", ".join("{" + slot + "}" for slot in slots))
    if skipped:
        lines += ["", f"{skipped} internal note{'s' if skipped != 1 else ''} not read."]
    return TicketActions(
        ticket_id=ticket.get("id"),
        tags=tuple(sorted(tags)),
        priority=priority,
        current_priority=current,
        note="\n".join(lines),
        suggested_reply=reply,
        reply_source=source,
        conversation=conversation,
        skipped=skipped,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Read a payload (a file, or standard input) and print the Tickets API update body."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) > 1:
        print("usage: triage.py [PAYLOAD.json]", file=sys.stderr)
        return 2
    try:
        if args and args[0] != "-":
            with open(args[0], encoding="utf-8") as handle:
                payload = json.load(handle)
        else:
            payload = json.load(sys.stdin)
        actions = triage(payload)
    except (OSError, ValueError) as error:
        print(f"triage.py: error: {error}", file=sys.stderr)
        return 2
    print(json.dumps(actions.to_update(), indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
