"""The Slack message shortcut's logic, as pure functions: a draft in, Block Kit out.

An agent writes a reply draft in a Slack channel (or a support team's shared
channel), opens the message's "More actions" menu and picks "Check my tone". The
app (``app.py``, Bolt for Python) calls :func:`shortcut_response` with the
shortcut payload and sends the result back to ``response_url``: an *ephemeral*
message, only the agent sees it, with

* the triggers found in the draft, each with the words that carry it and why;
* the rewriter's suggestion, with the ``{slots}`` left for facts only the agent knows;
* the reason for every edit, and the triggers left for a person.

Nothing here touches the network, so it is tested without Slack. Slack escapes
``&``, ``<`` and ``>`` in message text; they are unescaped before linting and
escaped again in the answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from deescalate import Classification, Rewrite, Rewriter
from deescalate.rewrite import default_rewriter

MAX_SECTION = 3000  # Slack's limit on a section block's text
MAX_DRAFT = 10_000  # longer drafts are cut (Slack messages are at most 40,000 characters)


def slack_escape(text: str) -> str:
    """Escape the three characters Slack's mrkdwn reserves."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack_unescape(text: str) -> str:
    """Undo Slack's escaping of message text."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _section(text: str) -> dict[str, Any]:
    if len(text) > MAX_SECTION:
        text = text[: MAX_SECTION - 1] + "…"
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _context(text: str) -> dict[str, Any]:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text}]}


def _quote(text: str) -> str:
    return "\n".join(f">{slack_escape(line)}" for line in text.splitlines() or [""])


def lint_draft(draft: str, *, rewriter: Rewriter | None = None) -> dict[str, Any]:
    """The ephemeral Block Kit response for one agent draft.

    Args:
        draft: The draft as plain text (not Slack-escaped).
        rewriter: The rewriter to use (its classifier finds the triggers); the
            built-in English one by default. Pass a house rewriter for house rules.

    Returns:
        A ``response_url`` message: ``response_type`` ``ephemeral``, a plain ``text``
        fallback for notifications, and ``blocks``.
    """
    rewriter = rewriter or default_rewriter()
    draft = draft[:MAX_DRAFT]
    if not draft.strip():
        return _message("This message has no text to check.", [])
    checked = rewriter.classifier.classify(draft, speaker="agent")
    result = rewriter.rewrite(draft)
    triggers = [hit for hit in checked.hits if hit.label.family == "trigger"]
    if not triggers:
        blocks = [_section(":white_check_mark: No escalation triggers in this draft.")]
        blocks += _techniques(checked)
        return _message("No escalation triggers in this draft.", blocks)

    messages = {rule.id: rule.message for rule in rewriter.classifier.rules}
    count = f"{len(triggers)} escalation trigger{'s' if len(triggers) != 1 else ''}"
    found = "\n".join(
        f"• `{hit.label.value}` “{slack_escape(hit.text)}”: {slack_escape(messages[hit.rule])}"
        for hit in triggers
    )
    blocks = [_section(f":warning: *{count} in this draft*\n{found}")]
    blocks += _suggestion(result)
    blocks += _techniques(checked)
    blocks.append(_context(f"deescalate {slack_escape(result.version)}"))
    return _message(f"{count} in this draft.", blocks)


def _suggestion(result: Rewrite) -> list[dict[str, Any]]:
    if not result.changed:
        return [_section("*No automatic rewrite.* " + _leftovers(result))]
    text = f"*Suggested rewrite*\n{_quote(result.text)}"
    if result.slots:
        slots = ", ".join(f"`{{{slot}}}`" for slot in result.slots)
        text += f"\nFill in: {slots}"
    why = "\n".join(f"• `{edit.label.value}`: {slack_escape(edit.reason)}" for edit in result.edits)
    blocks = [_section(text), _section(f"*Why*\n{why}")]
    if result.unresolved:
        blocks.append(_section(_leftovers(result)))
    return blocks


def _leftovers(result: Rewrite) -> str:
    if not result.unresolved:
        return ""
    items = "\n".join(
        f"• `{item.label.value}` “{slack_escape(item.text)}”: {slack_escape(item.reason)}"
        for item in result.unresolved
    )
    return f"*Left for you*\n{items}"


def _techniques(checked: Classification) -> list[dict[str, Any]]:
    good = sorted({hit.label.value for hit in checked.hits if hit.label.family == "technique"})
    if not good:
        return []
    return [_context("What already works: " + ", ".join(f"`{name}`" for name in good))]


def _message(text: str, blocks: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "response_type": "ephemeral",
        "replace_original": False,
        "text": text,
        "blocks": blocks or [_section(slack_escape(text))],
    }


def shortcut_response(
    payload: Mapping[str, Any], *, rewriter: Rewriter | None = None
) -> dict[str, Any]:
    """The answer to a message shortcut (``type`` ``message_action``): lint its message.

    Args:
        payload: The shortcut payload as Slack sends it (Bolt's ``shortcut`` argument);
            only ``payload["message"]["text"]`` is read.
        rewriter: As for :func:`lint_draft`.
    """
    message = payload.get("message")
    text = message.get("text") if isinstance(message, Mapping) else None
    if not isinstance(text, str):
        return _message("This message has no text to check.", [])
    return lint_draft(slack_unescape(text), rewriter=rewriter)
