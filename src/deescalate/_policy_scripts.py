"""What the boundary policy suggests saying: plain language data, one mapping per language.

Each script key (``boundary.warn``, ``acknowledge.delay``...) has one or more
variants; the policy picks the first variant it did not use on the previous
turn, so a long conversation does not hear the same sentence twice in a row.
A variant's ID is its key plus its 1-based position (``boundary.warn.1``); the
IDs are a public contract, so callers can swap in their own wording by ID.

Rules for every script, in every language:

* it states what the agent does or asks, never a fact the policy cannot know
  (no amounts, dates, order numbers, promises of a refund or of a call back);
* it acknowledges what the customer said in the customer's own terms ("it sounds
  like", "I understand you'd like"), so it stays true whatever the details are;
* the boundary and walk-away sentences follow the seeds: "I understand you're
  upset, but I can only assist you if we keep this conversation respectful".

A new language adds a mapping with the same keys to :data:`SCRIPTS`; a test
checks that every language has every key.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["KEYS", "SCRIPTS"]

KEYS: tuple[str, ...] = (
    "acknowledge.distress",
    "acknowledge.repeat",
    "acknowledge.delay",
    "acknowledge.churn",
    "acknowledge.public",
    "acknowledge.serious",
    "acknowledge.refund",
    "acknowledge.urgency",
    "acknowledge.manager",
    "acknowledge.anger",
    "acknowledge.frustration",
    "acknowledge.general",
    "reopen",
    "boundary.warn",
    "boundary.final_warning",
    "escalate.legal",
    "escalate.distress",
    "escalate.threat",
    "escalate.manager",
    "escalate.general",
    "disengage.abuse",
    "disengage.threat",
)
"""Every script key, in the order the docs list them."""

EN: Mapping[str, tuple[str, ...]] = {
    "acknowledge.distress": (
        "I'm sorry this has put you in such a difficult position. I want to make sure "
        "you get the right help, so let's go through it together.",
        "That sounds really hard, and I'm glad you told me. Let's take this one step at a "
        "time and see what I can do for you.",
    ),
    "acknowledge.repeat": (
        "I'm sorry you've had to come back to us about this again. Let's work on getting "
        "it resolved this time.",
        "Having to explain this more than once is frustrating, and I'm sorry. I'll take it "
        "from here and go through it with you.",
    ),
    "acknowledge.delay": (
        "I'm sorry about the wait; I can see why that's frustrating. Let me look into "
        "where things stand.",
        "Waiting this long without an answer is frustrating, I understand. Let me check "
        "what's happening for you.",
    ),
    "acknowledge.churn": (
        "I understand why you're thinking of leaving, and I'd like the chance to help "
        "before you decide. Let's see what I can do about this.",
        "I hear that you're ready to walk away over this. Let me see what I can do to change that.",
    ),
    "acknowledge.public": (
        "I understand you want this taken seriously, and I am taking it seriously. Let me "
        "see what I can do about it here.",
        "I hear how strongly you feel about this. Let's work on it together right here.",
    ),
    "acknowledge.serious": (
        "I can tell how serious this is for you, and I want to get it resolved. Let's go "
        "through what happened.",
        "I understand this matters a great deal to you. Let me see what I can do about it.",
    ),
    "acknowledge.refund": (
        "I understand you'd like your money back. Let me check what I can do about that for you.",
        "I hear that you want this put right financially. Let me look at what options I "
        "have for you.",
    ),
    "acknowledge.urgency": (
        "I understand this can't wait. Let me look into it right away.",
        "I can see this is urgent for you, so let's get straight to it.",
    ),
    "acknowledge.manager": (
        "I understand you'd like to speak to a manager. Let me first see what I can do "
        "for you right now, and if we can't sort it out together, I'll bring in a "
        "supervisor.",
        "I hear that you'd like someone senior involved. Let me try to resolve this for "
        "you first; if I can't, I'll bring in a supervisor.",
    ),
    "acknowledge.anger": (
        "I can see why you're upset about this, and I want to help resolve it.",
        "I understand why this has made you angry. Let's focus on how we can fix it together.",
    ),
    "acknowledge.frustration": (
        "I can hear how frustrated you are. Let's focus on how we can resolve this together.",
        "I understand you're fed up with this, and I want to help. Let's work through it.",
    ),
    "acknowledge.general": (
        "It sounds like this has been a challenging experience. Let's work together to fix this.",
        "I understand this hasn't been easy. I'm here to help, so let's look at it together.",
    ),
    "reopen": (
        "Thank you, I appreciate that. Let's pick up where we left off.",
        "Thank you for saying that. I'm happy to continue helping you.",
    ),
    "boundary.warn": (
        "I understand you're upset, but I can only assist you if we keep this "
        "conversation respectful.",
        "I want to help you with this, and to do that I need us to keep the conversation "
        "respectful.",
    ),
    "boundary.final_warning": (
        "I want to keep helping you, but if the conversation doesn't stay respectful, "
        "I'll have to end it.",
        "I'd like to resolve this with you, but I'll have to end our conversation if the "
        "language continues.",
    ),
    "escalate.legal": (
        "I understand how serious this is for you. I want to get you the best help "
        "possible, so I'll bring in a supervisor.",
        "This needs the right attention, so I'm bringing in a supervisor to help you.",
    ),
    "escalate.distress": (
        "I want to make sure you get the right support with this, so I'll bring in a "
        "supervisor who can help.",
        "Your situation deserves the right support, so I'm bringing in a supervisor to help you.",
    ),
    "escalate.threat": (
        "I can't continue with a threat of harm in this conversation, so I'm handing it "
        "to a supervisor.",
        "Because of the threat in your message, I'm handing this conversation to a supervisor.",
    ),
    "escalate.manager": (
        "I want to get you the best help possible, so I'll bring in a supervisor.",
        "I'm bringing in a supervisor now so you get the help you're asking for.",
    ),
    "escalate.general": (
        "I want to get you the best help possible, so I'll bring in a supervisor.",
        "I'm bringing in a supervisor to make sure this gets the right attention.",
    ),
    "disengage.abuse": (
        "I'm ending our conversation here because it hasn't stayed respectful. You're "
        "welcome to contact us again when you'd like to continue.",
        "I'm not able to continue this conversation as it is, so I'm ending it now. You're "
        "welcome to reach out to us again.",
    ),
    "disengage.threat": (
        "I'm ending this conversation now because of the threat in your message.",
        "Because of the threat in your message, this conversation ends here.",
    ),
}

SCRIPTS: Mapping[str, Mapping[str, tuple[str, ...]]] = {"en": EN}
"""Scripts by language code. Register a new language here, with every key of :data:`KEYS`."""
