"""The meta-test: every built-in rule's examples match and its near-misses do not.

Each example must produce a hit from the rule itself, for every speaker the rule
applies to. Each near-miss must not get the rule's *label* from any rule, for
every speaker the rule applies to (taxonomy.md: near-misses must not get the label).
"""

from __future__ import annotations

import pytest

from deescalate import Label, Rule, Speaker, default_classifier
from deescalate.lang import get_pack

PACK = get_pack("en")
CLASSIFIER = default_classifier("en")


def _cases(kind: str) -> list[tuple[str, str, Speaker]]:
    cases = []
    for rule in PACK.rules:
        texts = rule.examples if kind == "example" else rule.near_misses
        for text in texts:
            for speaker in sorted(rule.speakers):
                cases.append((rule.id, text, speaker))
    return cases


RULES = {rule.id: rule for rule in PACK.rules}


@pytest.mark.parametrize(("rule_id", "text", "speaker"), _cases("example"))
def test_example_matches(rule_id: str, text: str, speaker: Speaker) -> None:
    result = CLASSIFIER.classify(text, speaker=speaker)
    fired = [hit for hit in result.hits if hit.rule == rule_id]
    assert fired, f"{rule_id} did not match its example {text!r} ({speaker}); got {result.hits}"


@pytest.mark.parametrize(("rule_id", "text", "speaker"), _cases("near_miss"))
def test_near_miss_does_not_get_label(rule_id: str, text: str, speaker: Speaker) -> None:
    label = RULES[rule_id].label
    result = CLASSIFIER.classify(text, speaker=speaker)
    wrong = result.hits_for(label)
    assert not wrong, f"near-miss {text!r} of {rule_id} got {label} from {wrong}"


@pytest.mark.parametrize("rule", PACK.rules, ids=lambda rule: rule.id)
def test_rule_is_documented(rule: Rule) -> None:
    assert rule.near_misses, f"{rule.id} has no near-misses"
    assert rule.message.strip().endswith((".", "?", "!")), f"{rule.id}: message is not a sentence"
    assert rule.id.startswith(f"en.{rule.label.value}."), f"{rule.id} is not under its label"


def test_every_label_has_rules() -> None:
    covered = {rule.label for rule in PACK.rules}
    missing = sorted(label.value for label in Label if label not in covered)
    assert not missing, f"labels without English rules: {missing}"


def test_rule_ids_are_unique() -> None:
    ids = [rule.id for rule in PACK.rules]
    assert len(ids) == len(set(ids))
