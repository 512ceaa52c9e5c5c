"""Hypothesis strategies shared by the property tests."""

from __future__ import annotations

from hypothesis import strategies as st

# Words and phrases that carry labels, evasions, and the noise real messages have.
SIGNALS = [
    "you idiot", "are you an idiot?", "this is ridiculous", "not ridiculous at all", "calm down",
    "don't tell me to calm down", "I want a refund", "I want to speak to your manager",
    "thanks for nothing", "thank you, that helps", "sorry for yelling", "I'm calling my lawyer",
    "I'll kill you", "this is killing me", "please", "Please fix it", "could you help",
    "can you help", "why did you do that", "I think", "hi", "hello", "ASAP", "I'm cancelling",
    "still waiting", "third time I've called", "I can't help you", "that's our policy",
    "I understand how you feel", "I'm sorry", "what I can do is", "unfortunately",
    "I WANT MY MONEY BACK NOW!!!", "wtf", "f**k", "sh1t", "y o u  i d i o t", "idіоt",
    "id\u200biot", "stuuuupid", "Scunthorpe", "class", "assess", "😡", "🤬", "🙂",
]  # fmt: skip
NOISE = [
    "@AmazonHelp", "@115712", "https://t.co/abc123", "www.example.com", "#fail", "#help",
    "&amp;", "&#39;", "__email__", "order #12345", "AT&T", "USB", "\n", ". ", ", ", "!", "?",
    '"', "'", "(", ")", "...", "  ",
]  # fmt: skip
WORDS = ["the", "my", "order", "is", "late", "and", "it", "was", "delivered", "today", "a", "box"]


def messages(max_parts: int = 12) -> st.SearchStrategy[str]:
    """Realistic-looking messages built from signals, noise and plain words."""
    part = st.one_of(
        st.sampled_from(SIGNALS),
        st.sampled_from(NOISE),
        st.sampled_from(WORDS),
        st.text(min_size=1, max_size=6),
    )
    return st.lists(part, max_size=max_parts).map(" ".join)


def ascii_messages(max_parts: int = 12) -> st.SearchStrategy[str]:
    """Like :func:`messages` but without arbitrary Unicode pieces."""
    part = st.one_of(st.sampled_from(SIGNALS), st.sampled_from(NOISE), st.sampled_from(WORDS))
    return st.lists(part, max_size=max_parts).map(" ".join)
