"""Rules as data: validation with stable error codes, the phrase syntax, user rules."""

from __future__ import annotations

import json
from typing import Any

import pytest

from deescalate import Classifier, ErrorCode, Label, Rule, RuleError, load_rules
from deescalate.rules import phrase_anchors, phrase_fragment, phrase_to_pattern
from tests.samples import HOUSE_RULE


def rule_data(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = dict(HOUSE_RULE)
    data.update(changes)
    return data


def test_valid_rule_round_trips_through_json() -> None:
    rule = Rule.model_validate(rule_data())
    assert rule.label is Label.TRIGGER_POLICY_WALL
    assert Rule.model_validate_json(rule.model_dump_json()) == rule
    assert json.loads(rule.model_dump_json())["speakers"] == ["agent"]


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"label": "hostility.rudeness"}, ErrorCode.RULE_UNKNOWN_LABEL),
        ({"examples": []}, ErrorCode.RULE_MISSING_EXAMPLES),
        ({"examples": ["  "]}, ErrorCode.RULE_MISSING_EXAMPLES),
        ({"phrases": [], "pattern": "(unclosed"}, ErrorCode.RULE_BAD_PATTERN),
        ({"phrases": [], "pattern": r"x(\w+\s?)*y"}, ErrorCode.RULE_UNSAFE_PATTERN),
        ({"phrases": [], "pattern": r"a*"}, ErrorCode.RULE_UNSAFE_PATTERN),
        ({"phrases": ["(a|b"]}, ErrorCode.RULE_BAD_PATTERN),
        ({"phrases": ["a]"]}, ErrorCode.RULE_BAD_PATTERN),
        ({"not_within": ["(x+)+"]}, ErrorCode.RULE_UNSAFE_PATTERN),
        ({"pattern": "per our records"}, ErrorCode.RULE_INVALID),  # both kinds
        ({"phrases": []}, ErrorCode.RULE_INVALID),  # neither kind
        ({"colour": "red"}, ErrorCode.RULE_INVALID),  # a typo in a field name
        ({"id": "No Spaces Allowed"}, ErrorCode.RULE_INVALID),
        ({"speakers": []}, ErrorCode.RULE_INVALID),
        ({"speakers": ["robot"]}, ErrorCode.RULE_INVALID),
    ],
)
def test_invalid_rules_raise_coded_errors(changes: dict[str, Any], code: ErrorCode) -> None:
    with pytest.raises(RuleError) as caught:
        Rule.model_validate(rule_data(**changes))
    assert caught.value.code == code
    assert str(caught.value).startswith(f"[{code}]")


def test_keyword_construction_raises_the_same_errors() -> None:
    with pytest.raises(RuleError) as caught:
        Rule(**rule_data(label="nope.nope"))
    assert caught.value.code == ErrorCode.RULE_UNKNOWN_LABEL


def test_every_problem_is_listed() -> None:
    with pytest.raises(RuleError) as caught:
        Rule.model_validate(rule_data(label="x.y", examples=[], colour=1))
    codes = {code for code, _message in caught.value.problems}
    assert codes == {
        ErrorCode.RULE_UNKNOWN_LABEL,
        ErrorCode.RULE_MISSING_EXAMPLES,
        ErrorCode.RULE_INVALID,
    }
    assert "3 problems" in str(caught.value)


def test_load_rules_collects_errors_from_every_rule() -> None:
    with pytest.raises(RuleError) as caught:
        load_rules([rule_data(label="x.y"), rule_data(id="acme.b.c", examples=[]), 42])  # type: ignore[list-item]
    assert len(caught.value.problems) == 3


@pytest.mark.parametrize(
    ("phrase", "matches", "misses"),
    [
        (
            "calm down",
            ["calm down", "calm  down", "calm-down", "caalm down"],
            ["calmdown", "calm downs"],
        ),
        ("don't", ["don't", "dont"], ["donut"]),
        ("refund*", ["refund", "refunds", "refunded"], ["ref"]),
        ("i [really] want", ["i want", "i really want"], ["i reallywant"]),
        ("[please] help", ["please help", "help"], ["helpful"]),
        ("(idiot|moron) (agent|rep)", ["idiot agent", "moron rep"], ["idiot", "agent"]),
        ("stupid", ["stupid", "stuupid", "stupiid"], ["stupidity", "stuped"]),
        ("good", ["good"], ["god"]),
        ("😡", ["😡"], ["🙂"]),
        ("wtf?", ["wtf?"], ["wtf"]),
    ],
)
def test_phrase_syntax(phrase: str, matches: list[str], misses: list[str]) -> None:
    import regex

    pattern = regex.compile(phrase_to_pattern(phrase))
    for text in matches:
        assert pattern.fullmatch(text), (phrase, text)
    for text in misses:
        assert not pattern.search(text), (phrase, text)


def test_phrase_requirements_cover_doubled_letters_and_apostrophes() -> None:
    assert phrase_anchors("you're an idiot") == (
        frozenset({"your", "yoou", "youu", "you"}),
        frozenset({"an", "ann"}),
        frozenset({"idio", "iddi", "idii"}),
    )
    assert phrase_anchors("i'm") == (frozenset({"im", "imm", "i"}),)
    assert phrase_anchors("😡") == ()
    assert phrase_anchors("ab* c") == (frozenset({"c"}),)
    assert phrase_fragment("idiot", "moron").startswith("(?:id")


def test_user_rule_changes_results_and_version() -> None:
    base = Classifier()
    house = base.with_rules(rule_data())
    text = "Per our records, the parcel was delivered."
    assert "trigger.policy_wall" not in base.classify(text, speaker="agent").labels
    result = house.classify(text, speaker="agent")
    assert [h.rule for h in result.hits_for("trigger.policy_wall")] == [
        "acme.policy_wall.per_our_records"
    ]
    assert result.version.startswith("en-")
    assert "+" in result.version
    assert house.version != base.version
    # the rule only applies to agents
    assert "trigger.policy_wall" not in house.classify(text, speaker="customer").labels


def test_user_rule_examples_are_checked() -> None:
    with pytest.raises(RuleError) as caught:
        Classifier(rules=[rule_data(examples=["Nothing to see here."])])
    assert caught.value.code == ErrorCode.RULE_EXAMPLE_FAILS
    with pytest.raises(RuleError) as caught:
        Classifier(rules=[rule_data(near_misses=["per our records"])])
    assert caught.value.code == ErrorCode.RULE_EXAMPLE_FAILS


def test_duplicate_ids_and_unknown_disables_are_refused() -> None:
    with pytest.raises(RuleError) as caught:
        Classifier(rules=[rule_data(), rule_data()])
    assert caught.value.code == ErrorCode.RULE_DUPLICATE_ID
    with pytest.raises(RuleError) as caught:
        Classifier(disable=["en.no.such.rule"])
    assert caught.value.code == ErrorCode.RULE_UNKNOWN_ID


def test_wrong_language_rule_is_refused() -> None:
    with pytest.raises(RuleError) as caught:
        Classifier(rules=[rule_data(lang="ru")])
    assert caught.value.code == ErrorCode.RULE_WRONG_LANGUAGE


def test_disable_by_label_and_by_id() -> None:
    text = "This is ridiculous."
    assert "emotion.anger" in Classifier().classify(text).labels
    assert "emotion.anger" not in Classifier(disable=["emotion.anger"]).classify(text).labels
    anger_ids = [h.rule for h in Classifier().classify(text).hits_for("emotion.anger")]
    without = Classifier().without(*anger_ids)
    assert "emotion.anger" not in without.classify(text).labels


def test_context_tools_of_a_rule() -> None:
    rule = rule_data(
        id="acme.anger.meh",
        label="emotion.anger",
        speakers=["customer"],
        phrases=["meh"],
        negatable=True,
        not_within=["meh-ish"],
        not_if_message_has=[r"\bjoking\b"],
        examples=["This is meh."],
        near_misses=["This is not meh.", "It's meh-ish.", "meh, joking"],
    )
    house = Classifier(rules=[rule], defaults=False)
    assert house.classify("so meh").labels == {Label.EMOTION_ANGER}
    for text in ("this is not meh", "it's meh-ish", "meh, just joking", 'he said "meh" to me'):
        assert not house.classify(text).labels, text
    quoted_ok = Classifier(rules=[{**rule, "in_quotes": True}], defaults=False)
    assert quoted_ok.classify('he said "meh" to me').labels == {Label.EMOTION_ANGER}
