"""Contracts plugin authors rely on: everything public pickles, works from many threads,
and the label IDs are stable strings.

The stable strings of the public enums are kept in ``tests/snapshots/enums.json``:
a value may be added (regenerate with ``DEESCALATE_UPDATE_SNAPSHOTS=1``), never
removed or renamed.
"""

from __future__ import annotations

import json
import os
import pickle
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel

import deescalate
from deescalate import (
    Action,
    BoundaryPolicy,
    Classifier,
    Label,
    Level,
    Rewriter,
    Severity,
    Speaker,
    json_schema,
)
from deescalate.schema import MODELS
from tests.conftest import ROOT
from tests.samples import HOUSE_RULE
from tests.strategies import ascii_messages, messages

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
UPDATE = os.environ.get("DEESCALATE_UPDATE_SNAPSHOTS") == "1"
TAXONOMY = ROOT.parent / "shared" / "spec" / "taxonomy.md"

CUSTOMER = [
    "Where is my order? It is two weeks late.",
    "This is ridiculous, you idiots. I want a refund NOW!!!",
    "I'm calling my lawyer.",
    "Sorry for yelling. Ok, that works, thank you.",
]
AGENT = [
    "Calm down, that's our policy. Per our records it shipped.",
    "Unfortunately I can't help you, it's not my department.",
    "I'm sorry about the delay. Would you prefer a refund or a replacement?",
]


def house_classifier() -> Classifier:
    return Classifier().with_rules(HOUSE_RULE).without("trigger.minimizing")


def house_rewriter() -> Rewriter:
    return Rewriter(classifier=house_classifier(), voice="we", contractions=False)


def house_policy() -> BoundaryPolicy:
    return BoundaryPolicy(abuse=["hostility.insult", "hostility.profanity"], cool_down_after=None)


def sample_results() -> dict[str, list[BaseModel]]:
    """At least one real instance of every public result model, by model name."""
    classifier, rewriter, policy = house_classifier(), house_rewriter(), house_policy()
    samples: dict[str, list[BaseModel]] = {name: [] for name in MODELS}
    turns = classifier.classify_many(CUSTOMER)
    decisions = policy.decide_many(turns)
    samples["Classification"] += turns
    samples["Hit"] += [hit for turn in turns for hit in turn.hits]
    samples["Decision"] += decisions
    samples["Reason"] += [reason for decision in decisions for reason in decision.reasons]
    samples["BoundaryState"] += [decision.state for decision in decisions]
    samples["BoundaryPolicy"] += [policy, BoundaryPolicy()]
    rewrites = [rewriter.rewrite(draft) for draft in AGENT]
    samples["Rewrite"] += rewrites
    samples["Edit"] += [edit for result in rewrites for edit in result.edits]
    samples["Unresolved"] += [item for result in rewrites for item in result.unresolved]
    conversation = deescalate.Conversation.from_turns(
        [("customer", CUSTOMER[0]), ("agent", AGENT[2]), ("customer", CUSTOMER[3])],
        policy=policy,
        rewriter=rewriter,
        classifier=classifier,
    )
    samples["Conversation"] += [conversation, deescalate.Conversation()]
    samples["Turn"] += list(conversation.turns)
    samples["Recovery"] += list(conversation.recoveries)
    draft = deescalate.StarCase.draft_from(conversation, channel="chat")
    samples["StarDraft"].append(draft)
    samples["StarCase"].append(draft.build())
    return samples


# -- pickling --------------------------------------------------------------------------

PROTOCOLS = range(2, pickle.HIGHEST_PROTOCOL + 1)


@pytest.mark.parametrize("name", deescalate.__all__)
def test_every_public_name_pickles_by_reference(name: str) -> None:
    obj = getattr(deescalate, name)
    if isinstance(obj, str):  # __version__
        return
    for protocol in PROTOCOLS:
        assert pickle.loads(pickle.dumps(obj, protocol)) is obj


def test_every_result_model_pickles_to_an_equal_value() -> None:
    samples = sample_results()
    missing = [name for name, found in samples.items() if not found]
    assert missing == [], f"no sample of {missing}: add one to sample_results()"
    for name, found in samples.items():
        for value in found:
            for protocol in PROTOCOLS:
                again = pickle.loads(pickle.dumps(value, protocol))
                assert type(again) is type(value), name
                assert again == value, name
                assert again.model_dump_json() == value.model_dump_json(), name


@pytest.mark.parametrize("enum", [Label, Level, Speaker, Severity, Action])
def test_enum_members_pickle_to_themselves(enum: type[Enum]) -> None:
    for member in enum:
        assert pickle.loads(pickle.dumps(member)) is member


def test_engines_pickle_with_their_configuration() -> None:
    classifier, rewriter, policy = house_classifier(), house_rewriter(), house_policy()
    classifier2 = pickle.loads(pickle.dumps(classifier))
    rewriter2 = pickle.loads(pickle.dumps(rewriter))
    policy2 = pickle.loads(pickle.dumps(policy))
    assert (classifier2.version, rewriter2.version) == (classifier.version, rewriter.version)
    assert policy2 == policy
    assert rewriter2.style == {"contractions": False, "voice": "we"}
    draft = "Per our records, it's only a small delay. Calm down."
    assert classifier2.classify(draft, speaker="agent") == classifier.classify(
        draft, speaker="agent"
    )
    assert "trigger.policy_wall" in classifier2.classify(draft, speaker="agent").labels
    assert "trigger.minimizing" not in classifier2.classify(draft, speaker="agent").labels
    assert rewriter2.rewrite(draft) == rewriter.rewrite(draft)


def test_an_unpickled_conversation_goes_on_like_the_original() -> None:
    conversation = deescalate.Conversation.from_turns(
        [("customer", CUSTOMER[1]), ("agent", AGENT[0])], policy=house_policy()
    )
    again = pickle.loads(pickle.dumps(conversation))
    assert again == conversation
    follow_up = "You idiots again!"
    assert again.customer(follow_up) == conversation.customer(follow_up)
    assert again.customer(follow_up).last_decision == conversation.customer(follow_up).last_decision


_CLASSIFIER = house_classifier()
_CLASSIFIER_COPY = pickle.loads(pickle.dumps(_CLASSIFIER))
_REWRITER = house_rewriter()
_REWRITER_COPY = pickle.loads(pickle.dumps(_REWRITER))


@given(messages(10), st.sampled_from(["customer", "agent"]))
def test_unpickled_engines_give_identical_results(text: str, speaker: str) -> None:
    assert _CLASSIFIER_COPY.classify(text, speaker=speaker) == _CLASSIFIER.classify(
        text, speaker=speaker
    )
    assert _REWRITER_COPY.rewrite(text) == _REWRITER.rewrite(text)


# -- threads ---------------------------------------------------------------------------


def _in_threads(task: Callable[[int], Any], count: int) -> list[Any]:
    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(task, range(count)))


def test_one_classifier_from_many_threads_gives_identical_results() -> None:
    classifier = house_classifier()
    texts = [f"{CUSTOMER[i % len(CUSTOMER)]} (order {i})" for i in range(120)]
    drafts = [f"{AGENT[i % len(AGENT)]} Ticket {i}." for i in range(120)]
    expected = [
        (classifier.classify(t), classifier.classify(d, speaker="agent"))
        for t, d in zip(texts, drafts, strict=True)
    ]
    got = _in_threads(
        lambda i: (classifier.classify(texts[i]), classifier.classify(drafts[i], speaker="agent")),
        len(texts),
    )
    assert got == expected
    batches = _in_threads(lambda i: classifier.classify_many(texts[i : i + 10]), 40)
    assert batches == [classifier.classify_many(texts[i : i + 10]) for i in range(40)]


def test_rewriter_policy_conversations_and_schemas_from_many_threads_agree() -> None:
    rewriter, policy = house_rewriter(), house_policy()
    turns = deescalate.classify_many(CUSTOMER * 3)

    def work(i: int) -> tuple[Any, ...]:
        draft = f"{AGENT[i % len(AGENT)]} Order {i}."
        conversation = deescalate.Conversation.from_turns(
            [("customer", CUSTOMER[i % 4]), ("agent", draft), ("customer", CUSTOMER[3])],
            policy=policy,
            rewriter=rewriter,
        )
        return (
            rewriter.rewrite(draft, when="Friday"),
            policy.decide_many(turns[i % 4 :]),
            json_schema(sorted(MODELS)[i % len(MODELS)]),
            conversation,
            deescalate.StarCase.draft_from(conversation),
        )

    expected = [work(i) for i in range(60)]
    assert _in_threads(work, 60) == expected


# -- stable label IDs ------------------------------------------------------------------

_ID = re.compile(r"^[a-z]+\.[a-z]+(?:_[a-z]+)*$")


def test_label_ids_are_dotted_lowercase_strings() -> None:
    for label in Label:
        assert _ID.match(label.value), label.value
        assert label.name == label.value.upper().replace(".", "_")
        assert isinstance(label, str)
        assert label == label.value
        assert str(label) == f"{label}" == label.value
        assert Label(label.value) is label
        assert json.dumps(label) == json.dumps(label.value)
        assert label.family == label.value.split(".")[0]


def test_labels_serialise_as_their_ids() -> None:
    result = deescalate.classify("You idiot, I'm calling my lawyer!")
    data = json.loads(result.model_dump_json())
    assert data["labels"] == sorted(label.value for label in result.labels)
    assert {hit["label"] for hit in data["hits"]} == set(data["labels"])
    assert "threat.legal" in result.labels


def _taxonomy_ids(text: str) -> set[str]:
    families = {
        "hostility",
        "threat",
        "demand",
        "grievance",
        "emotion",
        "cooling",
        "trigger",
        "technique",
        "politeness",
    }
    found = set(re.findall(r"`([a-z]+\.[a-z_]+)`", text))
    return {item for item in found if item.split(".")[0] in families}


def test_label_ids_are_those_of_the_taxonomy() -> None:
    if not TAXONOMY.is_file():
        pytest.skip(f"taxonomy not found at {TAXONOMY}")
    assert {label.value for label in Label} == _taxonomy_ids(TAXONOMY.read_text("utf-8"))


def test_stable_strings_never_change() -> None:
    path = SNAPSHOTS / "enums.json"
    current = {enum.__name__: [m.value for m in enum] for enum in (Label, Level, Speaker, Severity)}
    current["Action"] = [m.value for m in Action]
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_file():
            old = json.loads(path.read_text("utf-8"))
            removed = {k: sorted(set(v) - set(current.get(k, []))) for k, v in old.items()}
            assert not any(removed.values()), f"stable strings removed: {removed}"
        path.write_text(json.dumps(current, indent=2) + "\n", encoding="utf-8")
    snapshot = json.loads(path.read_text("utf-8"))
    for name, values in snapshot.items():
        gone = sorted(set(values) - set(current[name]))
        assert gone == [], f"{name} values removed or renamed (a breaking change): {gone}"
    assert snapshot == current, (
        "new stable strings: regenerate with DEESCALATE_UPDATE_SNAPSHOTS=1 and add a CHANGELOG line"
    )


@given(ascii_messages(8))
def test_label_ids_round_trip_as_plain_strings(text: str) -> None:
    result = deescalate.classify(text)
    ids = sorted(label.value for label in result.labels)
    assert [Label(value) for value in ids] == sorted(result.labels)
    assert all(type(value) is str for value in json.loads(result.model_dump_json())["labels"])
