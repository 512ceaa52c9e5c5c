"""Invariants of the classifier, checked with hypothesis on generated messages."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from deescalate import Classification, Classifier, Label, Rule, classify
from tests.strategies import SIGNALS, WORDS, ascii_messages, messages

speakers = st.sampled_from(["customer", "agent"])

# A second classifier built from the same rules: results must not depend on the instance.
FRESH = Classifier()

# Neutral text: no label of its own, and a clause of its own on either side.
PREFIX = "Reference 4521.\n"
SUFFIX = "\nReference 4521."


def _hit_tuples(result: Classification, shift: int = 0) -> set[tuple[int, int, str, str]]:
    return {(h.start - shift, h.end - shift, h.label.value, h.rule) for h in result.hits}


@given(messages(), speakers)
def test_spans_are_in_bounds_and_equal_their_text(text: str, speaker: str) -> None:
    result = classify(text, speaker=speaker)
    for hit in result.hits:
        assert 0 <= hit.start < hit.end <= len(text)
        assert text[hit.start : hit.end] == hit.text
    assert result.labels == {hit.label for hit in result.hits}
    assert 0.0 <= result.heat <= 1.0
    assert -1.0 <= result.politeness <= 1.0


@given(messages(), speakers)
def test_results_are_deterministic(text: str, speaker: str) -> None:
    assert classify(text, speaker=speaker) == classify(text, speaker=speaker)
    assert FRESH.classify(text, speaker=speaker) == classify(text, speaker=speaker)


@given(ascii_messages(), speakers)
def test_neutral_padding_shifts_spans_and_keeps_labels(text: str, speaker: str) -> None:
    plain = classify(text, speaker=speaker)
    padded = classify(PREFIX + text + SUFFIX, speaker=speaker)
    assert padded.labels == plain.labels
    assert _hit_tuples(padded, shift=len(PREFIX)) == _hit_tuples(plain)
    assert padded.heat == plain.heat


@given(ascii_messages(), speakers, st.sampled_from([str.upper, str.lower, str.swapcase]))
def test_case_changes_keep_labels(text: str, speaker: str, change: object) -> None:
    # Shouting is about capital letters, so it is the one label case may change.
    case_free = {Label.HOSTILITY_SHOUTING}
    before = classify(text, speaker=speaker).labels - case_free
    after = classify(change(text), speaker=speaker).labels - case_free  # type: ignore[operator]
    assert after == before


@given(
    ascii_messages(),
    speakers,
    st.sampled_from(sorted(SIGNALS + WORDS)),
    st.sampled_from(sorted(Label)),
)
def test_adding_a_rule_never_removes_a_hit(
    text: str, speaker: str, phrase: str, label: Label
) -> None:
    base = Classifier()
    extra = Rule(
        id="test.added.rule",
        label=label,
        phrases=[phrase],
        message="A rule added by the property test.",
        examples=[phrase],
    )
    extended = Classifier(rules=[extra]) if _matches_itself(extra) else base
    before = _hit_tuples(base.classify(text, speaker=speaker))
    after = _hit_tuples(extended.classify(text, speaker=speaker))
    assert before <= after


def _matches_itself(rule: Rule) -> bool:
    try:
        Classifier(rules=[rule], defaults=False)
    except Exception:
        return False
    return True


@given(messages(), speakers)
def test_json_round_trip(text: str, speaker: str) -> None:
    result = classify(text, speaker=speaker)
    assert Classification.model_validate_json(result.model_dump_json()) == result
