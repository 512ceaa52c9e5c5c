"""The engine is language-pluggable: a pack of non-Latin rules works like the English one.

Russian comes next; this small pack, built here and not shipped, shows that nothing in
the engine (folding, word boundaries, the word-key prefilter, spans, evasions) assumes
ASCII or English.
"""

from __future__ import annotations

import pytest

from deescalate import Classifier, InputError, Label, LanguagePack, Rule, RuleError
from tests.samples import HOUSE_RULE

RULES = (
    Rule(
        id="ru.hostility.insult.ty_idiot",
        lang="ru",
        label="hostility.insult",
        speakers=["customer"],
        phrases=["ты (идиот|дурак)", "вы (идиоты|дураки)"],
        message="Оскорбление агента.",
        examples=["Ты идиот!", "вы идиоты, верните деньги"],
        near_misses=["идиотская ситуация", "ты не идиот"],
    ),
    Rule(
        id="ru.trigger.calm_down.uspokoytes",
        lang="ru",
        label="trigger.calm_down",
        speakers=["agent"],
        phrases=["успокойтесь", "успокойся"],
        message="Просьба успокоиться.",
        examples=["Успокойтесь, пожалуйста."],
        near_misses=["Не волнуйтесь, всё решим."],
    ),
)
PACK = LanguagePack(
    code="ru", name="Russian", version="0.0.1", rules=RULES, negation=r"(?:не|нет|ни)\s+$"
)
RU = Classifier(lang="ru", pack=PACK)


@pytest.mark.parametrize(
    ("text", "speaker", "label", "span"),
    [
        ("Ты идиот!", "customer", Label.HOSTILITY_INSULT, "Ты идиот"),
        ("ТЫ ИДИОТ!!!", "customer", Label.HOSTILITY_INSULT, "ТЫ ИДИОТ"),
        ("т ы  и д и о т", "customer", Label.HOSTILITY_INSULT, "т ы  и д и о т"),
        ("@support ты иддиоттт", "customer", Label.HOSTILITY_INSULT, "ты иддиоттт"),
        ("Ну всё, вы дураки.", "customer", Label.HOSTILITY_INSULT, "вы дураки"),
        ("ты идиoт", "customer", Label.HOSTILITY_INSULT, "ты идиoт"),  # a Latin "o"
        ("Успокойтесь, пожалуйста.", "agent", Label.TRIGGER_CALM_DOWN, "Успокойтесь"),
    ],
)
def test_cyrillic_rules_match_with_exact_spans(
    text: str, speaker: str, label: Label, span: str
) -> None:
    result = RU.classify(text, speaker=speaker)
    assert result.labels == {label}
    (hit,) = result.hits
    assert hit.text == span == text[hit.start : hit.end]
    assert result.version == "ru-0.0.1"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("идиотская ситуация", "customer"),  # a word inside a longer word
        ("ты не идиот", "customer"),
        ("Успокойтесь, пожалуйста.", "customer"),  # an agent-only rule
        ("Ты идиот!", "agent"),  # a customer-only rule
    ],
)
def test_cyrillic_near_misses_stay_quiet(text: str, speaker: str) -> None:
    assert RU.classify(text, speaker=speaker).labels == frozenset()


def test_a_pack_only_takes_rules_of_its_language() -> None:
    english = Rule.model_validate(HOUSE_RULE)
    with pytest.raises(RuleError) as caught:
        Classifier(lang="ru", pack=PACK, rules=[english])
    assert caught.value.code == "D208"


def test_an_unregistered_language_is_a_clear_error() -> None:
    with pytest.raises(InputError) as caught:
        Classifier(lang="ru")
    assert caught.value.code == "D103"
