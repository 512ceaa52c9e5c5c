"""No input hangs or crashes the classifier: huge, pathological or odd Unicode messages.

These tests assert correctness on adversarial input, never a time limit: a
catastrophic pattern would make them hang, and CI would fail.
"""

from __future__ import annotations

import random

import pytest

from deescalate import classify

MEGABYTE = 1_000_000


def _random_unicode(size: int, seed: int) -> str:
    rng = random.Random(seed)
    pools = [
        (0x20, 0x7E),
        (0x400, 0x4FF),  # Cyrillic
        (0x300, 0x36F),  # combining marks
        (0x200B, 0x200F),  # zero-width
        (0x1F600, 0x1F64F),  # emoji
        (0xFF01, 0xFF5E),  # full-width forms
        (0x4E00, 0x4E80),  # CJK
    ]
    out = []
    for _ in range(size):
        low, high = rng.choice(pools)
        out.append(chr(rng.randint(low, high)))
    return "".join(out)


HUGE = {
    "letters": "a" * MEGABYTE,
    "spaces": " " * MEGABYTE,
    "bangs": "!" * MEGABYTE,
    "caps": "A" * MEGABYTE,
    "you": "you " * (MEGABYTE // 4),
    "spaced": "y o u " * (MEGABYTE // 6),
    "zero_width": "\u200b" * MEGABYTE,
    "entities": "&amp;" * (MEGABYTE // 5),
    "handles": "@" * MEGABYTE,
    "leet": "1d10t" * (MEGABYTE // 5),
    "quotes": '"' * MEGABYTE,
    "insults": "you idiot! " * (MEGABYTE // 11),
    "unicode": _random_unicode(MEGABYTE // 4, seed=7),
}


@pytest.mark.parametrize("name", sorted(HUGE))
@pytest.mark.parametrize("speaker", ["customer", "agent"])
def test_megabyte_messages_finish_with_valid_spans(name: str, speaker: str) -> None:
    text = HUGE[name]
    result = classify(text, speaker=speaker)
    for hit in result.hits:
        assert text[hit.start : hit.end] == hit.text


def test_many_insults_are_all_found() -> None:
    text = HUGE["insults"]
    result = classify(text)
    assert len(result.hits_for("hostility.insult")) >= text.count("you idiot")


@pytest.mark.parametrize(
    "text",
    [
        "\u0000\u0001\u0002",
        "\ud800",  # a lone surrogate
        "\U0010ffff" * 10,
        "e\u0301" * 50,
        "İ" * 100,
        "ß" * 100 + " idiot",
        "\r\n" * 100,
        "&#xD800;&#0;&#99999999;&bogus;",
        "﷽" * 20,
    ],
)
def test_odd_unicode(text: str) -> None:
    result = classify(text)
    for hit in result.hits:
        assert text[hit.start : hit.end] == hit.text
