"""The classifier's public API: results, errors, batches, serialisation, display, sharing."""

from __future__ import annotations

import pickle
from concurrent.futures import ThreadPoolExecutor

import pytest

import deescalate
from deescalate import (
    Classification,
    Classifier,
    ErrorCode,
    InputError,
    InputTypeError,
    Label,
    Level,
    Speaker,
    classify,
    classify_many,
)


def test_result_shape() -> None:
    result = classify("This is ridiculous, I want to speak to your manager!")
    assert isinstance(result, Classification)
    assert "emotion.anger" in result.labels
    assert Label.EMOTION_ANGER in result.labels
    assert result.speaker is Speaker.CUSTOMER
    assert result.lang == "en"
    assert result.version.startswith("en-")
    assert 0.0 < result.heat <= 1.0
    assert result.level > Level.CALM
    assert -1.0 <= result.politeness <= 1.0
    for hit in result.hits:
        assert result.text[hit.start : hit.end] == hit.text
    assert list(result.hits) == sorted(result.hits, key=lambda h: (h.start, h.end, h.label, h.rule))


def test_empty_text_is_calm_and_empty() -> None:
    result = classify("")
    assert result.labels == frozenset()
    assert result.hits == ()
    assert result.heat == 0.0
    assert result.level is Level.CALM


@pytest.mark.parametrize("bad", [None, 42, b"bytes", ["list"], 3.5])
def test_non_str_text_is_refused(bad: object) -> None:
    with pytest.raises(InputTypeError) as caught:
        classify(bad)  # type: ignore[arg-type]
    assert caught.value.code == ErrorCode.TEXT_NOT_STR
    assert isinstance(caught.value, TypeError)
    assert isinstance(caught.value, deescalate.DeescalateError)


@pytest.mark.parametrize("bad", ["robot", "Customer", "", None, 1])
def test_unknown_speaker_is_refused(bad: object) -> None:
    with pytest.raises(InputError) as caught:
        classify("hello", speaker=bad)  # type: ignore[arg-type]
    assert caught.value.code == ErrorCode.UNKNOWN_SPEAKER


@pytest.mark.parametrize("bad", ["xx", "english", "", None, 5])
def test_unknown_language_is_refused(bad: object) -> None:
    with pytest.raises(InputError) as caught:
        classify("hello", lang=bad)  # type: ignore[arg-type]
    assert caught.value.code == ErrorCode.UNKNOWN_LANGUAGE


def test_speaker_matters() -> None:
    agent = classify("Please calm down, sir.", speaker="agent")
    customer = classify("Please calm down, sir.", speaker="customer")
    assert "trigger.calm_down" in agent.labels
    assert "trigger.calm_down" not in customer.labels


def test_classify_many_keeps_order_and_speakers() -> None:
    texts = ["This is ridiculous", "calm down", ""]
    results = classify_many(texts, speaker=["customer", "agent", "customer"])
    assert [r.text for r in results] == texts
    assert [r.speaker for r in results] == [Speaker.CUSTOMER, Speaker.AGENT, Speaker.CUSTOMER]
    assert results == [classify(t, speaker=r.speaker) for t, r in zip(texts, results, strict=True)]
    assert classify_many(iter(texts)) == classify_many(texts)


def test_classify_many_errors_name_the_position() -> None:
    with pytest.raises(InputTypeError, match=r"texts\[1\]"):
        classify_many(["fine", 3])  # type: ignore[list-item]
    with pytest.raises(InputError) as caught:
        classify_many(["a", "b"], speaker=["agent"])
    assert caught.value.code == ErrorCode.BAD_ARGUMENT
    with pytest.raises(InputTypeError):
        classify_many("a single string")


def test_json_round_trip_is_exact() -> None:
    result = classify("You people are useless!!! I want a refund NOW 😡 &amp; fast")
    again = Classification.model_validate_json(result.model_dump_json())
    assert again == result
    assert result.model_dump(mode="json")["labels"] == sorted(result.labels)


def test_invalid_json_result_is_refused() -> None:
    data = classify("This is ridiculous").model_dump(mode="json")
    data["hits"][0]["start"] += 1
    data["hits"][0]["end"] += 1
    with pytest.raises(ValueError, match="does not match"):
        Classification.model_validate(data)


def test_html_display_escapes_and_highlights() -> None:
    result = classify("<b>This</b> is ridiculous & unacceptable")
    page = result._repr_html_()
    assert "<b>This</b>" not in page
    assert "&lt;b&gt;This&lt;/b&gt;" in page
    assert "<mark" in page
    assert "ridiculous</mark>" in page
    assert "emotion.anger" in page


def test_level_order_is_by_severity_not_alphabet() -> None:
    assert Level.CALM < Level.TENSE < Level.HEATED < Level.HOSTILE < Level.DANGEROUS
    assert max(Level) is Level.DANGEROUS
    assert sorted([Level.HOSTILE, Level.CALM, Level.DANGEROUS]) == [
        Level.CALM,
        Level.HOSTILE,
        Level.DANGEROUS,
    ]


def test_threat_of_violence_is_always_dangerous() -> None:
    result = classify("Thank you so much, but I will kill you.")
    assert result.level is Level.DANGEROUS


def test_classifier_is_reusable_across_threads() -> None:
    classifier = Classifier()
    texts = [f"Order {i}: this is ridiculous, calm down" for i in range(200)]
    expected = [classifier.classify(t) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(classifier.classify, texts))
    assert got == expected


def test_classifier_pickles_with_its_rules() -> None:
    house = Classifier().with_rules(
        {
            "id": "acme.anger.bananas",
            "label": "emotion.anger",
            "phrases": ["bananas"],
            "message": "House slang for anger.",
            "examples": ["This is bananas."],
            "near_misses": ["I bought a banana."],
        }
    )
    again = pickle.loads(pickle.dumps(house))
    assert again.version == house.version
    assert again.classify("this is bananas") == house.classify("this is bananas")
    assert "emotion.anger" in again.classify("this is bananas").labels


def test_results_are_frozen() -> None:
    result = classify("This is ridiculous")
    with pytest.raises(ValueError, match="frozen"):
        result.heat = 0.0  # type: ignore[misc]
    assert hash(result.hits[0])


def test_callable_classifier_and_repr() -> None:
    classifier = Classifier()
    assert classifier("This is ridiculous") == classifier.classify("This is ridiculous")
    assert "Classifier(lang='en'" in repr(classifier)
    assert classifier.lang == "en"
    assert len(classifier.rules) > 100
