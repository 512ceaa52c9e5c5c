"""The conversation: turns, the trajectory, recoveries, errors, JSON, scale, invariants.

The policy's own invariants are tested on synthetic classifications in
``test_policy.py``; here they are checked one level up, on conversations built
from real text through the classifier, the policy and the rewriter together.
"""

from __future__ import annotations

import copy
import doctest
import itertools
import json
import pickle
from collections.abc import Sequence

import pytest
from hypothesis import given, note, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

import deescalate
from deescalate import (
    Action,
    BoundaryPolicy,
    Classifier,
    Conversation,
    ConversationError,
    ErrorCode,
    InputError,
    InputTypeError,
    Label,
    Recovery,
    Rewriter,
    Speaker,
    Turn,
    classify,
    rewrite,
)
from deescalate.conversation import _TECHNIQUE_WORDS, ESCALATION_FACTOR
from deescalate.lang import get_pack
from deescalate.rewrite import get_rewrite_pack
from tests.strategies import ascii_messages

L = Label
C, A = Speaker.CUSTOMER, Speaker.AGENT

CUSTOMER_TEXTS = [
    "My order is late AGAIN, this is ridiculous",
    "Where is my parcel?",
    "Resend please, thanks",
    "You people are useless idiots.",
    "I'm calling my lawyer.",
    "I want to speak to your manager!",
    "I'll kill you",
    "Sorry for yelling.",
    "This is the third time I'm contacting you!!!",
    "Thanks, that helps.",
    "f*** you",
    "wtf is going on",
    "I'm cancelling my account",
    "ok",
    "",
]
AGENT_TEXTS = [
    "I'm sorry about the delay. I can resend it today or refund you - which do you prefer?",
    "Calm down.",
    "That's our policy.",
    "I can't help you.",
    "I understand how frustrating this must be. Let me take care of this right away.",
    "Thank you for your patience. You should see the refund within three business days.",
    "I understand you're upset, but I can only assist you if we keep this conversation respectful.",
    "I want to get you the best help possible, so I'll bring in a supervisor.",
    "Could you tell me more about what happened?",
    "ok",
]
ABUSE = "\n\nYou idiot."

# A rewriter without substitutions: agent turns still get a (no-op) suggestion, fast.
PLAIN_REWRITER = Rewriter(defaults=False)

customer_texts = st.sampled_from(CUSTOMER_TEXTS) | ascii_messages(6)
agent_texts = st.sampled_from(AGENT_TEXTS) | ascii_messages(6)
pairs = st.lists(
    st.one_of(st.tuples(st.just(C), customer_texts), st.tuples(st.just(A), agent_texts)),
    max_size=8,
)


def expected_recoveries(conv: Conversation) -> list[tuple[int, int, float, float]]:
    """Recoveries by their definition, read off the finished list of turns."""
    customers = [turn for turn in conv if turn.speaker is C]
    found = []
    for earlier, later in itertools.pairwise(customers):
        helpers = [
            turn
            for turn in conv[earlier.index + 1 : later.index]
            if turn.speaker is A and turn.techniques
        ]
        if helpers and later.heat < earlier.heat:
            found.append((helpers[-1].index, later.index, earlier.heat, later.heat))
    return found


def expected_escalation(conv: Conversation) -> list[float]:
    """The documented formula, applied to the customer heat of the finished conversation."""
    value, out = 0.0, []
    for turn in conv:
        if turn.speaker is C:
            value = round(ESCALATION_FACTOR * turn.heat + (1 - ESCALATION_FACTOR) * value, 6)
        out.append(value)
    return out


def check_trajectory(conv: Conversation, script: Sequence[tuple[Speaker, str]]) -> None:
    """Everything a conversation promises about its turns and trajectory."""
    assert len(conv) == len(script)
    assert [(turn.speaker, turn.text) for turn in conv] == list(script)
    assert [turn.index for turn in conv] == list(range(len(script)))
    assert conv.turns == tuple(conv) == conv[:]
    customers = [turn for turn in conv if turn.speaker is C]
    assert conv.customer_turns == tuple(customers)
    assert conv.agent_turns == tuple(turn for turn in conv if turn.speaker is A)
    assert all(turn.decision is not None and turn.rewrite is None for turn in customers)
    assert all(t.decision is None and t.rewrite is not None for t in conv.agent_turns)
    assert conv.heat == tuple(turn.classification.heat for turn in conv)
    assert list(conv.escalation) == expected_escalation(conv)
    assert all(0.0 <= value <= 1.0 for value in conv.escalation)
    assert conv.decisions == tuple(turn.decision for turn in customers)
    assert conv.last_decision == (customers[-1].decision if customers else None)
    assert conv.state == (customers[-1].decision.state if customers else conv.policy.start())  # type: ignore[union-attr]
    assert conv.state.turns == len(customers)
    assert conv.peak_heat == max((turn.heat for turn in customers), default=0.0)
    assert conv.final_heat == (customers[-1].heat if customers else 0.0)
    assert [
        (r.agent_turn, r.customer_turn, r.before, r.after) for r in conv.recoveries
    ] == expected_recoveries(conv)
    assert conv.labels == frozenset(label for t in conv for label in t.classification.labels)
    assert conv.techniques == frozenset(label for t in conv.agent_turns for label in t.techniques)


# -- building -------------------------------------------------------------------------------


def test_contract_example() -> None:
    conv = Conversation.start(lang="en", policy=None)
    conv = conv.customer("My order is late AGAIN, this is ridiculous")
    conv = conv.agent(
        "I'm sorry about the delay. I can resend it today or refund you - which do you prefer?"
    )
    conv = conv.add("customer", "Resend please, thanks")
    assert len(conv) == 3
    assert [turn.speaker for turn in conv] == [C, A, C]
    first, reply, last = conv
    assert first.decision is not None
    assert first.decision.action is Action.ACKNOWLEDGE
    assert reply.techniques == {L.TECHNIQUE_APOLOGY, L.TECHNIQUE_CHOICE}
    assert reply.triggers == frozenset()
    assert last.decision is not None
    assert last.decision.action is Action.CONTINUE
    (recovery,) = conv.recoveries
    assert (recovery.agent_turn, recovery.customer_turn) == (1, 2)
    assert recovery.before == first.heat > recovery.after == last.heat
    assert recovery.techniques == (L.TECHNIQUE_APOLOGY, L.TECHNIQUE_CHOICE)
    assert all(reply.text[h.start : h.end] == h.text for h in recovery.evidence)
    assert recovery.describe() == (
        f"recovered after an apology and a choice (heat {first.heat:.2f} -> {last.heat:.2f})"
    )
    check_trajectory(conv, [(turn.speaker, turn.text) for turn in conv])


def test_empty_conversations() -> None:
    conv = Conversation.start()
    assert conv == Conversation() == Conversation.start("en", policy=BoundaryPolicy())
    assert len(conv) == 0
    assert conv.turns == ()
    assert conv.state == BoundaryPolicy().start()
    assert conv.last_decision is None
    assert (conv.peak_heat, conv.final_heat) == (0.0, 0.0)
    assert conv.heat == conv.escalation == ()
    assert conv.recoveries == ()
    assert conv.decisions == ()
    assert conv.labels == conv.techniques == frozenset()


def test_each_turn_holds_its_classification_decision_and_rewrite() -> None:
    policy = BoundaryPolicy(cool_down_after=None)
    texts = ["Where is my parcel?", "You people are useless idiots.", "Calm down.", "f*** you"]
    conv = Conversation.from_turns(
        [(C, texts[0]), (C, texts[1]), (A, texts[2]), (C, texts[3])], policy=policy
    )
    for turn in conv:
        assert turn.classification == classify(turn.text, speaker=turn.speaker)
    assert list(conv.decisions) == policy.decide_many(
        turn.classification for turn in conv.customer_turns
    )
    assert [d.action for d in conv.decisions] == [
        Action.ACKNOWLEDGE,
        Action.WARN,
        Action.FINAL_WARNING,
    ]
    agent = conv[2]
    assert agent.rewrite == rewrite("Calm down.")
    assert agent.triggers == {L.TRIGGER_CALM_DOWN}
    assert agent.heat == agent.classification.heat


def test_adding_returns_a_new_conversation_and_leaves_the_old_one_alone() -> None:
    base = Conversation.start().customer("Where is my parcel?")
    calm = base.agent("I'm here to help.")
    rude = base.agent("Calm down.")  # a second branch from the same conversation
    longer = calm.customer("Thanks, that helps.")
    assert len(base) == 1
    assert [t.text for t in calm] == ["Where is my parcel?", "I'm here to help."]
    assert [t.text for t in rude] == ["Where is my parcel?", "Calm down."]
    assert [t.text for t in longer][-1] == "Thanks, that helps."
    assert rude.customer("ok")[1].text == "Calm down."
    assert base.turns == (base[0],)


def test_from_turns_is_the_same_as_adding_turn_by_turn() -> None:
    script = [(C, CUSTOMER_TEXTS[0]), ("agent", AGENT_TEXTS[0]), ("customer", CUSTOMER_TEXTS[2])]
    conv = Conversation.start()
    for speaker, text in script:
        conv = conv.add(speaker, text)
    assert Conversation.from_turns(script) == conv
    assert Conversation.from_turns(iter(script)) == conv


def test_agent_facts_reach_the_rewriter() -> None:
    conv = Conversation.start().agent("I can't do that.", offer="a full refund")
    assert conv[0].rewrite == rewrite("I can't do that.", offer="a full refund")
    assert "{offer}" in Conversation.start().agent("I can't do that.")[0].rewrite.text  # type: ignore[union-attr]


def test_sequence_access() -> None:
    conv = Conversation.from_turns([(C, "a"), (A, "b"), (C, "c")], rewriter=PLAIN_REWRITER)
    assert conv[0].text == "a"
    assert conv[-1].text == "c"
    assert [t.text for t in conv[1:]] == ["b", "c"]
    assert conv[::-1] == tuple(reversed(conv.turns))
    with pytest.raises(IndexError):
        conv[3]
    with pytest.raises(IndexError):
        conv[-4]
    with pytest.raises(InputTypeError) as error:
        conv["0"]  # type: ignore[call-overload]
    assert error.value.code is ErrorCode.BAD_ARGUMENT


# -- the trajectory -------------------------------------------------------------------------


def test_escalation_follows_the_documented_formula() -> None:
    conv = Conversation.from_turns(
        [(C, "I'll kill you"), (A, "I'm here to help."), (C, "ok"), (C, "ok")],
        policy=BoundaryPolicy(disengage_on=[], escalate_on=["threat.violence"]),
        rewriter=PLAIN_REWRITER,
    )
    h = conv[0].heat
    assert conv.escalation[0] == round(ESCALATION_FACTOR * h, 6)
    assert conv.escalation[1] == conv.escalation[0]  # agent turns carry the value
    assert conv.escalation[2] == round((1 - ESCALATION_FACTOR) * conv.escalation[1], 6)
    assert conv.escalation[3] < conv.escalation[2]


def test_no_recovery_without_a_technique_or_without_a_fall() -> None:
    angry, calm = "My order is late AGAIN, this is ridiculous", "ok"
    no_technique = Conversation.from_turns([(C, angry), (A, "Calm down."), (C, calm)])
    assert no_technique.recoveries == ()
    no_fall = Conversation.from_turns([(C, calm), (A, AGENT_TEXTS[0]), (C, angry)])
    assert no_fall.recoveries == ()
    agent_first = Conversation.from_turns([(A, AGENT_TEXTS[0]), (C, calm)])
    assert agent_first.recoveries == ()


def test_the_last_agent_turn_with_a_technique_is_named() -> None:
    conv = Conversation.from_turns(
        [
            (C, "My order is late AGAIN, this is ridiculous"),
            (A, "I'm sorry about that."),
            (A, "Could you tell me more about what happened?"),
            (A, "ok"),
            (C, "ok"),
        ]
    )
    (recovery,) = conv.recoveries
    assert recovery.agent_turn == 2
    assert recovery.techniques == (L.TECHNIQUE_CLARIFYING_QUESTION,)
    assert recovery.describe().startswith("recovered after a clarifying question (heat ")


def test_describe_names_techniques_in_the_order_used() -> None:
    conv = Conversation.from_turns(
        [
            (C, "You people are useless idiots."),
            (
                A,
                "Thank you for your patience. You should see the refund within three "
                "business days. I'm sorry.",
            ),
            (C, "Thanks, that helps."),
        ]
    )
    (recovery,) = conv.recoveries
    assert recovery.techniques == tuple(sorted(recovery.techniques))
    assert recovery.describe().startswith(
        "recovered after thanks, clear next steps and an apology (heat 0.55 -> 0.00"
    )


def test_every_technique_reads_as_words() -> None:
    techniques = {label for label in Label if label.family == "technique"}
    assert set(_TECHNIQUE_WORDS) == techniques
    assert all(words and words == words.lower() for words in _TECHNIQUE_WORDS.values())


def test_html_display_escapes_and_summarises() -> None:
    conv = Conversation.from_turns(
        [(C, "<script>alert(1)</script> you idiot"), (A, AGENT_TEXTS[0]), (C, "ok")]
    )
    page = conv._repr_html_()
    assert "<script>" not in page
    assert "&lt;script&gt;" in page
    assert "warn" in page
    assert "recovered after an apology and a choice" in page
    long = Conversation.from_turns([(C, "ok")] * 250, rewriter=PLAIN_REWRITER)
    assert "50 turns not shown" in long._repr_html_()


# -- errors ---------------------------------------------------------------------------------

XX_CLASSIFIER = Classifier(pack=get_pack("en").model_copy(update={"code": "xx"}))


def test_bad_text_and_speaker_are_refused_with_a_code() -> None:
    conv = Conversation.start()
    with pytest.raises(InputTypeError) as text_error:
        conv.customer(b"bytes")  # type: ignore[arg-type]
    assert text_error.value.code is ErrorCode.TEXT_NOT_STR
    with pytest.raises(InputError) as speaker_error:
        conv.add("supervisor", "hello")
    assert speaker_error.value.code is ErrorCode.UNKNOWN_SPEAKER
    with pytest.raises(InputError) as facts_error:
        conv.add("customer", "hello", offer="a refund")
    assert facts_error.value.code is ErrorCode.BAD_ARGUMENT
    with pytest.raises(InputError) as fact_error:
        conv.agent("I can't do that.", colour="blue")
    assert fact_error.value.code is ErrorCode.UNKNOWN_FACT
    assert len(conv) == 0


@pytest.mark.parametrize(
    ("items", "code", "where"),
    [
        ("customer: hi", ErrorCode.CONVERSATION_BAD_ITEM, "got str"),
        (42, ErrorCode.CONVERSATION_BAD_ITEM, "got int"),
        ([("customer", "hi"), "agent: hello"], ErrorCode.CONVERSATION_BAD_ITEM, "turns[1]"),
        ([("customer",)], ErrorCode.CONVERSATION_BAD_ITEM, "turns[0]"),
        ([("customer", "hi", "x")], ErrorCode.CONVERSATION_BAD_ITEM, "turns[0]"),
        ([{"speaker": "customer", "text": "hi"}], ErrorCode.CONVERSATION_BAD_ITEM, "turns[0]"),
        ([("customer", "hi"), ("boss", "no")], ErrorCode.UNKNOWN_SPEAKER, "turns[1]"),
        ([("agent", None)], ErrorCode.TEXT_NOT_STR, "turns[0]"),
    ],
)
def test_bad_from_turns_items_are_refused_with_their_position(
    items: object, code: ErrorCode, where: str
) -> None:
    with pytest.raises(deescalate.DeescalateError) as error:
        Conversation.from_turns(items)  # type: ignore[arg-type]
    assert error.value.code is code
    assert str(error.value).startswith(f"[{code}]")
    assert where in str(error.value)


def test_parts_in_another_language_are_refused() -> None:
    with pytest.raises(ConversationError) as classifier_error:
        Conversation.start(classifier=XX_CLASSIFIER)
    assert classifier_error.value.code is ErrorCode.CONVERSATION_WRONG_LANGUAGE
    xx_rewriter = Rewriter(
        pack=get_rewrite_pack("en").model_copy(update={"code": "xx"}), classifier=XX_CLASSIFIER
    )
    with pytest.raises(ConversationError) as rewriter_error:
        Conversation.from_turns([], rewriter=xx_rewriter)
    assert rewriter_error.value.code is ErrorCode.CONVERSATION_WRONG_LANGUAGE
    with pytest.raises(ConversationError) as using_error:
        Conversation.start().using(classifier=XX_CLASSIFIER)
    assert using_error.value.code is ErrorCode.CONVERSATION_WRONG_LANGUAGE
    data = {"lang": "xx", "policy": BoundaryPolicy().model_dump(), "turns": []}
    with pytest.raises(ConversationError) as policy_error:
        Conversation.model_validate(data)
    assert policy_error.value.code is ErrorCode.CONVERSATION_WRONG_LANGUAGE


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"lang": "fr"}, ErrorCode.UNKNOWN_LANGUAGE),
        ({"lang": 7}, ErrorCode.UNKNOWN_LANGUAGE),
        ({"policy": {"warn_at": 1}}, ErrorCode.BAD_ARGUMENT),
        ({"classifier": "en"}, ErrorCode.BAD_ARGUMENT),
        ({"rewriter": object()}, ErrorCode.BAD_ARGUMENT),
    ],
)
def test_bad_arguments_to_start_are_refused(kwargs: dict[str, object], code: ErrorCode) -> None:
    with pytest.raises(deescalate.DeescalateError) as error:
        Conversation.start(**kwargs)  # type: ignore[arg-type]
    assert error.value.code is code


def _data() -> dict[str, object]:
    conv = Conversation.from_turns([(C, "hi"), (A, "Calm down."), (C, "you idiot")])
    data: dict[str, object] = json.loads(conv.model_dump_json())
    return data


def _turns(data: dict[str, object]) -> list[dict[str, object]]:
    turns = data["turns"]
    assert isinstance(turns, list)
    return turns


def test_inconsistent_conversations_are_refused_when_read_back() -> None:
    data = _data()
    _turns(data)[1]["index"] = 5
    with pytest.raises(ConversationError) as order:
        Conversation.model_validate(data)
    assert order.value.code is ErrorCode.CONVERSATION_TURN_ORDER

    data = _data()
    _turns(data)[1]["text"] = "I'm here to help."
    with pytest.raises(ConversationError) as text:
        Conversation.model_validate_json(json.dumps(data))
    assert text.value.code is ErrorCode.CONVERSATION_TURN_MISMATCH
    assert "turns.1" in str(text.value)

    data = _data()
    _turns(data)[0]["rewrite"] = _turns(data)[1]["rewrite"]
    with pytest.raises(ConversationError) as customer_rewrite:
        Conversation.model_validate(data)
    assert customer_rewrite.value.code is ErrorCode.CONVERSATION_TURN_MISMATCH

    data = _data()
    _turns(data)[0], _turns(data)[2] = _turns(data)[2], _turns(data)[0]
    _turns(data)[0]["index"], _turns(data)[2]["index"] = 0, 2
    with pytest.raises(ConversationError) as chain:
        Conversation.model_validate(data)
    assert chain.value.code is ErrorCode.CONVERSATION_TURN_MISMATCH
    assert len(chain.value.problems) == 2

    data = _data()
    data["colour"] = "blue"
    with pytest.raises(ConversationError) as extra:
        Conversation.model_validate(data)
    assert extra.value.code is ErrorCode.CONVERSATION_INVALID


def test_inconsistent_recoveries_are_refused() -> None:
    (recovery,) = Conversation.from_turns(
        [(C, CUSTOMER_TEXTS[0]), (A, AGENT_TEXTS[0]), (C, "ok")]
    ).recoveries
    good = recovery.model_dump()
    for change in (
        {"after": recovery.before},
        {"agent_turn": recovery.customer_turn},
        {"techniques": list(reversed(recovery.techniques))},
        {"techniques": ["technique.apology"]},
        {"techniques": ["hostility.insult"], "evidence": []},
    ):
        with pytest.raises(ConversationError) as error:
            Recovery.model_validate({**good, **change})
        assert error.value.code in (ErrorCode.RECOVERY_MISMATCH, ErrorCode.CONVERSATION_INVALID)
    assert Recovery.model_validate(good) == recovery


# -- values ---------------------------------------------------------------------------------


def test_json_pickle_and_copies() -> None:
    conv = Conversation.from_turns(
        [(C, CUSTOMER_TEXTS[0]), (A, AGENT_TEXTS[0]), (C, "ok"), (A, "Calm down.")]
    )
    text = conv.model_dump_json()
    assert list(json.loads(text)) == ["lang", "policy", "turns"]
    back = Conversation.model_validate_json(text)
    assert back == conv
    assert hash(back) == hash(conv)
    assert back.recoveries == conv.recoveries
    assert back.escalation == conv.escalation
    assert back.customer("thanks") == conv.customer("thanks")
    assert Conversation.model_validate(conv.model_dump()) == conv
    assert pickle.loads(pickle.dumps(conv)) == conv
    assert copy.copy(conv) is conv
    assert copy.deepcopy(conv) is conv
    assert conv.model_copy() is conv
    stricter = BoundaryPolicy(warn_at=1, final_warning_at=1, disengage_at=1)
    changed = conv.model_copy(update={"policy": stricter})
    assert changed.policy == stricter
    assert conv.policy == BoundaryPolicy()
    assert changed.turns == conv.turns
    with pytest.raises(ConversationError) as copy_error:
        conv.model_copy(update={"lang": "xx"})
    assert copy_error.value.code is ErrorCode.CONVERSATION_WRONG_LANGUAGE
    assert conv != conv.customer("ok")
    assert conv != Conversation.start(policy=BoundaryPolicy(warn_at=1, disengage_at=5))
    assert conv.__eq__("not a conversation") is NotImplemented
    assert "Conversation(lang='en'" in repr(conv)


def test_using_swaps_the_classifier_for_later_turns() -> None:
    house = Classifier(
        rules=[
            {
                "id": "acme.insult.zorblax",
                "label": "hostility.insult",
                "speakers": ["customer"],
                "phrases": ["zorblax"],
                "message": "A house insult.",
                "examples": ["you zorblax"],
            }
        ]
    )
    stored = Conversation.model_validate_json(
        Conversation.start().customer("hello").model_dump_json()
    )
    assert stored.customer("you zorblax").last_decision.action is Action.CONTINUE  # type: ignore[union-attr]
    house_conv = stored.using(classifier=house).customer("you zorblax")
    assert house_conv.last_decision.action is Action.WARN  # type: ignore[union-attr]
    assert house_conv[0] == stored[0]


def test_a_long_conversation_keeps_every_turn_in_order_and_shares_its_history() -> None:
    size = 2_000
    conv = Conversation.start(rewriter=PLAIN_REWRITER)
    script: list[tuple[Speaker, str]] = []
    for i in range(size):
        if i % 2 == 0:
            text = f"{CUSTOMER_TEXTS[i // 2 % len(CUSTOMER_TEXTS)]} #{i}"
            previous, conv = conv, conv.customer(text)
            script.append((C, text))
        else:
            text = f"{AGENT_TEXTS[i // 2 % len(AGENT_TEXTS)]} #{i}"
            previous, conv = conv, conv.agent(text)
            script.append((A, text))
        # Adding a turn shares the history rather than copying it.
        assert conv._log()[0] is previous._log()[0]
    assert len(conv.customer_turns) == len(conv.agent_turns) == size // 2
    assert len(conv.escalation) == len(conv.heat) == size
    check_trajectory(conv, script)
    middle = conv[: size // 2]
    assert [turn.index for turn in middle] == list(range(size // 2))


def test_module_docstring_examples() -> None:
    failures, tried = doctest.testmod(deescalate.conversation, optionflags=doctest.ELLIPSIS)
    assert tried > 0
    assert failures == 0


def test_public_names_are_exported() -> None:
    for name in ("Conversation", "Turn", "Recovery"):
        assert name in deescalate.__all__
        assert getattr(deescalate, name) is getattr(deescalate.conversation, name)
    assert deescalate.ConversationError is deescalate.errors.ConversationError
    assert issubclass(ConversationError, ValueError)


# -- properties -----------------------------------------------------------------------------


@given(pairs)
def test_turns_are_kept_in_order_and_the_json_round_trip_is_exact(
    script: list[tuple[Speaker, str]],
) -> None:
    conv = Conversation.from_turns(script)
    check_trajectory(conv, script)
    assert Conversation.model_validate_json(conv.model_dump_json()) == conv
    for turn in conv:
        assert Turn.model_validate_json(turn.model_dump_json()) == turn
    for recovery in conv.recoveries:
        assert Recovery.model_validate_json(recovery.model_dump_json()) == recovery
        assert recovery.describe().startswith("recovered after ")


POLICIES = [
    BoundaryPolicy(),
    BoundaryPolicy(cool_down_after=None),
    BoundaryPolicy(reopen_on=["cooling.apology"], cool_down_after=1),
    BoundaryPolicy(disengage_on=[], escalate_on=["threat.legal", "threat.violence"]),
    BoundaryPolicy(
        abuse=["hostility.insult", "hostility.profanity"],
        final_warning_at=2,
        disengage_at=2,
        cool_down_after=None,
        manager_demands=1,
    ),
]


class ConversationMachine(RuleBasedStateMachine):
    """Customer and agent turns of real text, with the policy's invariants after each.

    A shadow conversation gets the same turns, each customer turn with an insult
    added; its action must never be milder. Snapshots taken on the way must never
    change, and the conversation may be read back from JSON at any point and go on.
    """

    def __init__(self) -> None:
        super().__init__()
        self.policy = POLICIES[0]
        self.conv = Conversation.start()
        self.shadow = Conversation.start(rewriter=PLAIN_REWRITER)
        self.script: list[tuple[Speaker, str]] = []
        self.snapshots: list[tuple[Conversation, tuple[tuple[Speaker, str], ...]]] = []

    @initialize(policy=st.sampled_from(POLICIES))
    def choose_policy(self, policy: BoundaryPolicy) -> None:
        note(policy.model_dump_json())
        self.policy = policy
        self.conv = Conversation.start(policy=policy)
        self.shadow = Conversation.start(policy=policy, rewriter=PLAIN_REWRITER)

    def _customer(self, text: str) -> None:
        before = self.conv.state
        self.conv = self.conv.customer(text)
        self.shadow = self.shadow.customer(text + ABUSE)
        self.script.append((C, text))
        turn = self.conv[-1]
        decision = turn.decision
        assert decision is not None
        # The turn holds the policy's decision, from the state the last customer turn left.
        assert decision == self.policy.decide(before, turn.classification)
        assert self.conv.state == decision.state
        if L.THREAT_VIOLENCE in turn.classification.labels:
            assert decision.action in (Action.ESCALATE, Action.DISENGAGE)
        if before.disengaged_by == "label" or (before.disengaged and not self.policy.reopen_on):
            assert decision.action is Action.DISENGAGE
        if self.policy.cool_down_after is None:
            assert decision.state.strikes >= before.strikes
        more = self.shadow.last_decision
        assert more is not None
        assert more.action >= decision.action
        assert more.state.strikes >= decision.state.strikes

    @rule(text=customer_texts)
    def customer_turn(self, text: str) -> None:
        self._customer(text)

    @rule(text=customer_texts)
    def abusive_turn(self, text: str) -> None:
        self._customer(f"{text} You idiot.")
        assert self.conv.state.strikes >= 1

    @rule(text=customer_texts)
    def violent_turn(self, text: str) -> None:
        self._customer(f"{text} I'll kill you.")

    @precondition(lambda self: self.conv.state.disengaged)
    @rule()
    def apology(self) -> None:
        self._customer("Sorry for yelling.")

    @rule(text=agent_texts)
    def agent_turn(self, text: str) -> None:
        self.conv = self.conv.agent(text)
        self.shadow = self.shadow.agent(text)
        self.script.append((A, text))
        turn = self.conv[-1]
        assert turn.rewrite is not None
        assert turn.rewrite.original == text

    @rule()
    def snapshot(self) -> None:
        self.snapshots.append((self.conv, tuple(self.script)))

    @rule()
    def read_back(self) -> None:
        back = Conversation.model_validate_json(self.conv.model_dump_json())
        assert back == self.conv
        self.conv = back

    @invariant()
    def turns_are_kept_in_order(self) -> None:
        conv = self.conv
        assert len(conv) == len(self.script) == len(self.shadow)
        assert [(turn.speaker, turn.text) for turn in conv] == self.script
        assert conv.state.turns == len(conv.decisions)
        assert all(0.0 <= value <= 1.0 for value in conv.escalation)

    def teardown(self) -> None:
        check_trajectory(self.conv, self.script)
        for snapshot, script in self.snapshots:
            check_trajectory(snapshot, script)
        # Auditable: the same customer turns under the same policy give the same decisions.
        customers = [turn.classification for turn in self.conv.customer_turns]
        assert self.policy.decide_many(customers) == list(self.conv.decisions)
        assert Conversation.model_validate_json(self.conv.model_dump_json()) == self.conv


TestConversationMachine = ConversationMachine.TestCase
TestConversationMachine.settings = settings(settings.default, stateful_step_count=15)
