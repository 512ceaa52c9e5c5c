"""The phrase syntax: every text a phrase describes is found, through the prefilter.

A small generator builds phrases in the phrase syntax together with texts they
describe (choosing alternatives, keeping or dropping optional words and
apostrophes, doubling letters), and checks that a classifier holding only that
phrase finds it in the text, surrounded by neutral words.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from deescalate import Classifier, Rule

# No one-letter words: three of them in a row ("i a i") read as spaced-out letters.
WORDS = ["you", "are", "idiot", "refund", "don't", "i'm", "calm", "down", "wait", "so"]


@st.composite
def phrase_and_text(draw: st.DrawFn) -> tuple[str, str]:
    phrase_parts: list[str] = []
    text_parts: list[str] = []

    def word() -> tuple[str, str]:
        w = draw(st.sampled_from(WORDS))
        text = w
        if "'" in w and draw(st.booleans()):
            text = text.replace("'", "")
        if len(text) > 1 and draw(st.booleans()):
            i = draw(st.integers(1, len(text) - 1))
            if (
                text[i].isalpha()
                and text[i] != text[i - 1]
                and (i + 1 == len(text) or text[i + 1] != text[i])
            ):
                text = text[: i + 1] + text[i:]
        return w, text

    for position in range(draw(st.integers(1, 4))):
        kinds = ["word", "alt", "glued"] + (["optional"] if position else [])
        kind = draw(st.sampled_from(kinds))
        if kind == "word":
            p, t = word()
            phrase_parts.append(p)
            text_parts.append(t)
        elif kind == "alt":
            (p1, t1), (p2, t2) = word(), word()
            phrase_parts.append(f"({p1}|{p2})")
            text_parts.append(draw(st.sampled_from([t1, t2])))
        elif kind == "optional":
            p, t = word()
            phrase_parts.append(f"[{p}]")
            if draw(st.booleans()):
                text_parts.append(t)
        else:
            p, t = word()
            suffix = draw(st.sampled_from(["s", "ed", "ing"]))
            phrase_parts.append(f"{p}(s|ed|ing)")
            text_parts.append(t + suffix)
    return " ".join(phrase_parts), " ".join(text_parts)


@given(
    phrase_and_text(),
    st.sampled_from(["", "Well, ", "ok\n"]),
    st.sampled_from(["", ".", " today!"]),
)
def test_generated_phrases_find_their_texts(case: tuple[str, str], before: str, after: str) -> None:
    phrase, text = case
    rule = Rule(
        id="test.phrase.generated",
        label="emotion.anger",
        phrases=[phrase],
        message="A generated phrase.",
        examples=[text],
    )
    classifier = Classifier(rules=[rule], defaults=False)
    message = before + text + after
    hits = classifier.classify(message).hits
    assert any(hit.rule == "test.phrase.generated" for hit in hits), (phrase, message)
