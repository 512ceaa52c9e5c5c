"""Folding: what the rules see, and how spans map back to the original text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deescalate._text import fold
from tests.strategies import messages


@pytest.mark.parametrize(
    ("original", "folded"),
    [
        ("Hello World", "hello world"),
        ("AT&amp;T &lt;3", "at&t <3"),
        ("don&#39;t", "don't"),
        ("id\u200biot", "idiot"),
        ("idіоt", "idiot"),  # Cyrillic і and о inside a Latin word
        ("привет", "привет"),  # Russian stays Russian
        ("ты идиoт", "ты идиот"),  # a Latin o inside a Russian word
        ("Пpивет, ok", "привет, ok"),  # ... and the English word next to it stays English
        ("sh1t", "shit"),
        ("1d10t", "idiot"),
        ("a$$", "ass"),
        ("b!tch!", "bitch!"),
        ("4pm on the 2nd, iphone7, $50", "4pm on the 2nd, iphone7, $50"),
        ("y o u  i d i o t", "you  idiot"),
        ("f.u.c.k off", "fuck off"),
        ("stuuuupid", "stuupid"),
        ("goooood", "good"),
        ("1000 items", "1000 items"),
        ("@AmazonHelp hi", " " * 12 + "hi"),
        ("see https://t.co/xYz now", "see                  now"),
        ("mail me at a.b@example.com", "mail me at                "),
        ("__email__ sent", "          sent"),
        ("ｉｄｉｏｔ", "idiot"),  # full-width letters
        ("ìdìòt", "idiot"),  # accents on Latin letters
        ("it\u2019s \u201cfine\u201d", 'it\'s "fine"'),
        ("Straße", "strasse"),
    ],
)
def test_fold(original: str, folded: str) -> None:
    assert fold(original).text == folded


@pytest.mark.parametrize(
    ("original", "needle", "expected"),
    [
        ("you are an id\u200biot!", "idiot", "id\u200biot"),
        ("y o u  i d i o t", "you  idiot", "y o u  i d i o t"),
        ("so stuuuuupid", "stuupid", "stuuuuupid"),
        ("AT&amp;T sucks", "at&t", "AT&amp;T"),
        ("Straße idiot", "idiot", "idiot"),
        ("Straße", "ss", "ß"),
        ("\u200b\u200bidiot", "idiot", "idiot"),
    ],
)
def test_span_maps_back(original: str, needle: str, expected: str) -> None:
    folded = fold(original)
    start = folded.text.index(needle)
    s, e = folded.span(start, start + len(needle))
    assert original[s:e] == expected


@given(messages())
def test_spans_are_monotonic_and_in_bounds(text: str) -> None:
    folded = fold(text)
    n = len(folded.text)
    last_start = 0
    for start in range(n):
        s, e = folded.span(start, start + 1)
        assert 0 <= s < e <= len(text)
        assert s >= last_start
        last_start = s
    if n:
        assert folded.span(0, n)[1] <= len(text)


@given(st.text(max_size=200))
def test_fold_never_fails_on_any_unicode(text: str) -> None:
    folded = fold(text)
    for start in range(len(folded.text)):
        s, e = folded.span(start, len(folded.text))
        assert 0 <= s <= e <= len(text)


@given(messages())
def test_fold_is_idempotent_on_ascii_text(text: str) -> None:
    once = fold(text).text
    if once.isascii():
        assert fold(once).text == once
