"""The boundary policy: the ladder of actions, configuration errors, scripts, auditing, invariants.

Most tests build `Classification` values directly (hits whose spans match the
text), so they do not depend on the rule packs; a few run the real classifier
end to end.
"""

from __future__ import annotations

import doctest
import json
import re
from collections.abc import Iterable
from pathlib import Path

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
    BoundaryState,
    Classification,
    Decision,
    DeescalateError,
    ErrorCode,
    Hit,
    InputTypeError,
    Label,
    Level,
    PolicyError,
    Reason,
    Severity,
    _policy_scripts,
    _scoring,
    classify,
)

L = Label
ROOT = Path(__file__).resolve().parent.parent

CUSTOMER_FAMILIES = {"hostility", "threat", "demand", "grievance", "emotion", "cooling"}
CUSTOMER_LABELS = sorted(label for label in Label if label.family in CUSTOMER_FAMILIES)


def turn(
    *labels: Label | str, speaker: str = "customer", severity: Severity = Severity.MEDIUM
) -> Classification:
    """A customer turn carrying exactly ``labels``, scored as the classifier scores them."""
    text = ""
    hits = []
    for label in dict.fromkeys(Label(label) for label in labels):
        if text:
            text += " "
        start = len(text)
        text += f"<{label.value}>"
        hits.append(
            {
                "start": start,
                "end": len(text),
                "text": text[start:],
                "label": label.value,
                "rule": f"test.{label.value}",
            }
        )
    strengths = {Label(label): severity for label in labels}
    heat = _scoring.heat(strengths)
    return Classification.model_validate(
        {
            "text": text or "Hello, where is my order?",
            "speaker": speaker,
            "lang": "en",
            "labels": sorted(strengths),
            "hits": hits,
            "heat": heat,
            "level": _scoring.level(heat, strengths),
            "politeness": 0.0,
            "version": "test",
        }
    )


def run(policy: BoundaryPolicy, turns: Iterable[Classification]) -> list[Decision]:
    return policy.decide_many(turns)


def actions(decisions: Iterable[Decision]) -> list[str]:
    return [decision.action.value for decision in decisions]


# -- the ladder -------------------------------------------------------------------------------


def test_defaults() -> None:
    policy = BoundaryPolicy()
    assert policy.lang == "en"
    assert policy.abuse == {L.HOSTILITY_INSULT}
    assert (policy.warn_at, policy.final_warning_at, policy.disengage_at) == (1, 2, 3)
    assert policy.cool_down_after == 3
    assert policy.reopen_on == frozenset()
    assert policy.escalate_on == {L.THREAT_LEGAL}
    assert policy.manager_on == {L.DEMAND_MANAGER}
    assert (policy.manager_demands, policy.manager_from_turn) == (2, 3)
    assert policy.disengage_on == {L.THREAT_VIOLENCE}
    assert policy.acknowledge_from is Level.TENSE
    assert policy.start() == BoundaryState()


def test_action_order_is_severity_not_alphabet() -> None:
    ladder = [Action.CONTINUE, Action.ACKNOWLEDGE, Action.WARN, Action.FINAL_WARNING]
    ladder += [Action.ESCALATE, Action.DISENGAGE]
    scrambled = [ladder[i] for i in (5, 0, 4, 1, 3, 2)]
    assert sorted(scrambled) == ladder
    assert [action.rank for action in ladder] == list(range(6))
    assert Action.ESCALATE < Action.DISENGAGE
    assert Action.ACKNOWLEDGE > Action.CONTINUE
    assert max(Action.WARN, Action.ACKNOWLEDGE) is Action.WARN


def test_three_strikes_warn_then_final_warning_then_disengage() -> None:
    policy = BoundaryPolicy()
    decisions = run(policy, [turn(L.HOSTILITY_INSULT)] * 3)
    assert actions(decisions) == ["warn", "final_warning", "disengage"]
    assert [d.state.strikes for d in decisions] == [1, 2, 3]
    assert [d.state.warnings for d in decisions] == [1, 2, 2]
    assert decisions[0].script == (
        "I understand you're upset, but I can only assist you if we keep this conversation "
        "respectful."
    )
    assert decisions[0].script_ids == ("boundary.warn.1",)
    assert decisions[1].script_ids == ("boundary.final_warning.1",)
    assert decisions[2].script_ids == ("disengage.abuse.1",)
    assert decisions[2].state.disengaged_at == 3
    assert decisions[2].state.disengaged_by == "strikes"


def test_after_disengage_every_turn_stays_disengaged_without_a_script() -> None:
    policy = BoundaryPolicy()
    first = run(policy, [turn(L.HOSTILITY_INSULT)] * 3)
    later = policy.decide_many(
        [turn(), turn(L.COOLING_APOLOGY), turn(L.COOLING_GRATITUDE)], state=first[-1].state
    )
    assert actions(later) == ["disengage"] * 3
    assert all(d.script is None and d.script_ids == () for d in later)
    assert all(d.reasons[0].kind == "ended" for d in later)
    assert "reopen_on is empty" in later[0].reasons[0].message


def test_profanity_alone_is_acknowledged_not_a_strike_by_default() -> None:
    policy = BoundaryPolicy()
    decision = policy.decide(policy.start(), turn(L.HOSTILITY_PROFANITY, L.EMOTION_ANGER))
    assert decision.action is Action.ACKNOWLEDGE
    assert decision.state.strikes == 0
    stricter = policy.replace(abuse=["hostility.insult", "hostility.profanity"])
    assert stricter.decide(stricter.start(), turn(L.HOSTILITY_PROFANITY)).action is Action.WARN


def test_warn_at_two_tolerates_one_strike_but_notes_it() -> None:
    policy = BoundaryPolicy(warn_at=2, final_warning_at=3, disengage_at=4)
    decision = policy.decide(policy.start(), turn(L.HOSTILITY_INSULT))
    assert decision.action is Action.ACKNOWLEDGE
    assert decision.state.strikes == 1
    strike = next(r for r in decision.reasons if r.kind == "strike")
    assert strike.setting == "warn_at"
    assert "below warn_at=2" in strike.message


def test_equal_thresholds_skip_the_final_warning() -> None:
    policy = BoundaryPolicy(final_warning_at=2, disengage_at=2)
    assert actions(run(policy, [turn(L.HOSTILITY_INSULT)] * 2)) == ["warn", "disengage"]


def test_threat_of_violence_ends_the_conversation_at_once_for_good() -> None:
    policy = BoundaryPolicy(reopen_on=["cooling.apology"])
    decisions = run(policy, [turn(), turn(L.THREAT_VIOLENCE), turn(L.COOLING_APOLOGY)])
    assert actions(decisions) == ["continue", "disengage", "disengage"]
    assert decisions[1].script_ids == ("disengage.threat.1",)
    assert decisions[1].reasons[0].kind == "disengage_label"
    assert decisions[1].reasons[0].setting == "disengage_on"
    assert decisions[1].state.disengaged_by == "label"
    assert "final" in decisions[2].reasons[0].message


def test_threat_of_violence_can_escalate_instead() -> None:
    policy = BoundaryPolicy(escalate_on=["threat.legal", "threat.violence"], disengage_on=[])
    decision = policy.decide(policy.start(), turn(L.THREAT_VIOLENCE))
    assert decision.action is Action.ESCALATE
    assert decision.script_ids == ("escalate.threat.1",)
    assert decision.state.escalated_at == 1


def test_legal_threat_escalates() -> None:
    policy = BoundaryPolicy()
    decision = policy.decide(policy.start(), turn(L.THREAT_LEGAL, L.EMOTION_ANGER))
    assert decision.action is Action.ESCALATE
    assert decision.script_ids == ("escalate.legal.1",)
    assert decision.state.escalated
    assert decision.state.escalated_at == 1
    assert decision.reasons[0].kind == "escalate_label"
    assert decision.reasons[0].setting == "escalate_on"


def test_insult_with_legal_threat_sets_the_boundary_and_escalates() -> None:
    policy = BoundaryPolicy()
    decision = policy.decide(policy.start(), turn(L.HOSTILITY_INSULT, L.THREAT_LEGAL))
    assert decision.action is Action.ESCALATE
    assert decision.script_ids == ("boundary.warn.1", "escalate.legal.1")
    assert decision.state.strikes == 1
    assert decision.state.warnings == 0  # the warning rides along; the action is escalate


def test_first_early_manager_demand_is_acknowledged_the_second_escalates() -> None:
    policy = BoundaryPolicy()
    decisions = run(policy, [turn(L.DEMAND_MANAGER), turn(), turn(L.DEMAND_MANAGER)])
    assert actions(decisions) == ["acknowledge", "continue", "escalate"]
    assert decisions[0].script_ids == ("acknowledge.manager.1",)
    assert decisions[2].script_ids == ("escalate.manager.1",)
    assert decisions[2].reasons[0].setting == "manager_demands"


def test_a_late_first_manager_demand_escalates() -> None:
    policy = BoundaryPolicy()
    decisions = run(policy, [turn(L.GRIEVANCE_DELAY), turn(), turn(L.DEMAND_MANAGER)])
    assert actions(decisions) == ["acknowledge", "continue", "escalate"]
    assert decisions[2].reasons[0].setting == "manager_from_turn"


def test_manager_demand_after_an_escalation_escalates_again() -> None:
    policy = BoundaryPolicy()
    decisions = run(policy, [turn(L.THREAT_LEGAL), turn(L.DEMAND_MANAGER)])
    assert actions(decisions) == ["escalate", "escalate"]
    assert "already called for at turn 1" in decisions[1].reasons[0].message
    assert decisions[1].state.escalated_at == 1


@pytest.mark.parametrize(
    ("labels", "key"),
    [
        ((L.EMOTION_DISTRESS, L.GRIEVANCE_DELAY), "acknowledge.distress"),
        ((L.GRIEVANCE_REPEAT, L.GRIEVANCE_DELAY), "acknowledge.repeat"),
        ((L.GRIEVANCE_DELAY,), "acknowledge.delay"),
        ((L.THREAT_CHURN,), "acknowledge.churn"),
        ((L.THREAT_PUBLIC,), "acknowledge.public"),
        ((L.DEMAND_REFUND, L.EMOTION_ANGER), "acknowledge.refund"),
        ((L.DEMAND_URGENCY,), "acknowledge.urgency"),
        ((L.EMOTION_ANGER,), "acknowledge.anger"),
        ((L.HOSTILITY_SHOUTING,), "acknowledge.frustration"),
        ((L.HOSTILITY_SARCASM,), "acknowledge.frustration"),
    ],
)
def test_acknowledgement_follows_the_most_specific_signal(
    labels: tuple[Label, ...], key: str
) -> None:
    policy = BoundaryPolicy()
    decision = policy.decide(policy.start(), turn(*labels))
    assert decision.action is Action.ACKNOWLEDGE
    assert decision.script_ids == (f"{key}.1",)
    assert decision.script == _policy_scripts.EN[key][0]
    heat = decision.reasons[0]
    assert heat.kind == "heat"
    assert heat.setting == "acknowledge_from"
    assert {hit.label for hit in heat.hits} == set(labels)


def test_calm_turn_continues_without_a_script() -> None:
    policy = BoundaryPolicy()
    for calm in (turn(), turn(L.COOLING_GRATITUDE), turn(L.POLITENESS_PLEASE)):
        decision = policy.decide(policy.start(), calm)
        assert decision.action is Action.CONTINUE
        assert decision.script is None
        assert decision.script_ids == ()
        assert [r.kind for r in decision.reasons] == ["calm"]


def test_low_severity_signal_below_acknowledge_from_continues() -> None:
    policy = BoundaryPolicy()
    mild = turn(L.GRIEVANCE_DELAY, severity=Severity.LOW)
    assert mild.level is Level.CALM
    assert policy.decide(policy.start(), mild).action is Action.CONTINUE
    eager = policy.replace(acknowledge_from="calm")
    assert eager.decide(eager.start(), mild).action is Action.ACKNOWLEDGE
    quiet = policy.replace(acknowledge_from="heated")
    assert quiet.decide(quiet.start(), turn(L.GRIEVANCE_DELAY)).action is Action.CONTINUE


def test_consecutive_acknowledgements_vary_their_wording() -> None:
    policy = BoundaryPolicy()
    decisions = run(policy, [turn(L.EMOTION_ANGER)] * 3)
    assert [d.script_ids for d in decisions] == [
        ("acknowledge.anger.1",),
        ("acknowledge.anger.2",),
        ("acknowledge.anger.1",),
    ]
    assert decisions[0].script != decisions[1].script


# -- cool-down and reopening ------------------------------------------------------------------


def test_respectful_turns_cool_a_strike_down() -> None:
    policy = BoundaryPolicy(cool_down_after=2)
    decisions = run(policy, [turn(L.HOSTILITY_INSULT), turn(), turn(L.GRIEVANCE_DELAY)])
    assert [d.state.strikes for d in decisions] == [1, 1, 0]
    cool = next(r for r in decisions[2].reasons if r.kind == "cool_down")
    assert cool.setting == "cool_down_after"
    assert "strikes 1 -> 0" in cool.message
    # The next insult is a first warning again, not a final one.
    again = policy.decide(decisions[-1].state, turn(L.HOSTILITY_INSULT))
    assert again.action is Action.WARN


def test_hostile_turns_break_the_respectful_streak() -> None:
    policy = BoundaryPolicy(cool_down_after=2)
    decisions = run(policy, [turn(L.HOSTILITY_INSULT), turn(), turn(L.HOSTILITY_SHOUTING), turn()])
    assert [d.state.respectful_streak for d in decisions] == [0, 1, 0, 1]
    assert [d.state.strikes for d in decisions] == [1, 1, 1, 1]


def test_without_cool_down_strikes_stay() -> None:
    policy = BoundaryPolicy(cool_down_after=None)
    decisions = run(policy, [turn(L.HOSTILITY_INSULT), *[turn()] * 10, turn(L.HOSTILITY_INSULT)])
    assert decisions[-2].state.strikes == 1
    assert decisions[-1].action is Action.FINAL_WARNING


def test_an_apology_can_reopen_a_conversation_ended_for_abuse() -> None:
    policy = BoundaryPolicy(reopen_on=["cooling.apology"], cool_down_after=None)
    decisions = run(
        policy,
        [
            *[turn(L.HOSTILITY_INSULT)] * 3,
            turn(),  # still ended: no apology
            turn(L.COOLING_APOLOGY, L.HOSTILITY_PROFANITY),  # an apology, but not respectful
            turn(L.COOLING_APOLOGY),
            turn(),
            turn(L.HOSTILITY_INSULT),
        ],
    )
    assert actions(decisions) == [
        "warn",
        "final_warning",
        "disengage",
        "disengage",
        "disengage",
        "acknowledge",
        "continue",
        "disengage",
    ]
    assert "none of reopen_on" in decisions[3].reasons[0].message
    assert "not respectful" in decisions[4].reasons[0].message
    assert decisions[5].script_ids == ("reopen.1",)
    assert decisions[5].reasons[0].kind == "reopened"
    assert not decisions[5].state.disengaged
    assert decisions[7].state.disengaged_at == 8


# -- errors -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("settings", "code"),
    [
        ({"warn_at": 0}, ErrorCode.POLICY_BAD_COUNT),
        ({"warn_at": -1}, ErrorCode.POLICY_BAD_COUNT),
        ({"disengage_at": -3}, ErrorCode.POLICY_BAD_COUNT),
        ({"cool_down_after": 0}, ErrorCode.POLICY_BAD_COUNT),
        ({"manager_demands": 0}, ErrorCode.POLICY_BAD_COUNT),
        ({"manager_from_turn": -2}, ErrorCode.POLICY_BAD_COUNT),
        ({"warn_at": 3}, ErrorCode.POLICY_THRESHOLD_ORDER),
        ({"warn_at": 5, "final_warning_at": 5}, ErrorCode.POLICY_THRESHOLD_ORDER),
        ({"final_warning_at": 4}, ErrorCode.POLICY_THRESHOLD_ORDER),
        ({"abuse": ["hostility.insults"]}, ErrorCode.POLICY_UNKNOWN_LABEL),
        ({"escalate_on": ["threat.lawyer"]}, ErrorCode.POLICY_UNKNOWN_LABEL),
        ({"reopen_on": ["cooling.sorry"]}, ErrorCode.POLICY_UNKNOWN_LABEL),
        ({"escalate_on": ["threat.violence"]}, ErrorCode.POLICY_LABEL_CONFLICT),
        ({"manager_on": ["threat.legal"]}, ErrorCode.POLICY_LABEL_CONFLICT),
        ({"reopen_on": ["hostility.insult"]}, ErrorCode.POLICY_LABEL_CONFLICT),
        ({"reopen_on": ["hostility.sarcasm"]}, ErrorCode.POLICY_LABEL_CONFLICT),
        ({"disengage_on": []}, ErrorCode.POLICY_VIOLENCE_IGNORED),
        ({"disengage_on": ["hostility.insult"]}, ErrorCode.POLICY_VIOLENCE_IGNORED),
        ({"lang": "ru"}, ErrorCode.POLICY_UNKNOWN_LANGUAGE),
        ({"lang": "xx"}, ErrorCode.POLICY_UNKNOWN_LANGUAGE),
        ({"warn_at": "1"}, ErrorCode.POLICY_INVALID),
        ({"warn_at": True}, ErrorCode.POLICY_INVALID),
        ({"warn_at": 1.5}, ErrorCode.POLICY_INVALID),
        ({"abuse": "hostility.insult"}, ErrorCode.POLICY_INVALID),
        ({"abuse": [42]}, ErrorCode.POLICY_INVALID),
        ({"acknowledge_from": "boiling"}, ErrorCode.POLICY_INVALID),
        ({"lang": None}, ErrorCode.POLICY_INVALID),
        ({"warn_after": 2}, ErrorCode.POLICY_INVALID),
    ],
)
def test_invalid_configuration_is_refused_with_a_code(
    settings: dict[str, object], code: str
) -> None:
    with pytest.raises(PolicyError) as caught:
        BoundaryPolicy(**settings)
    assert caught.value.code == code
    assert str(caught.value).startswith(f"[{code}]")
    assert isinstance(caught.value, DeescalateError)
    assert isinstance(caught.value, ValueError)
    # The same data from JSON or a mapping fails the same way.
    with pytest.raises(PolicyError) as again:
        BoundaryPolicy.model_validate_json(json.dumps(settings))
    assert again.value.code == code


def test_every_problem_is_listed() -> None:
    with pytest.raises(PolicyError) as caught:
        BoundaryPolicy(warn_at=0, abuse=["nope.nope"], lang="xx")
    codes = {code for code, _message in caught.value.problems}
    assert codes == {
        ErrorCode.POLICY_BAD_COUNT,
        ErrorCode.POLICY_UNKNOWN_LABEL,
        ErrorCode.POLICY_UNKNOWN_LANGUAGE,
    }
    assert "3 problems" in str(caught.value)


def test_replace_validates_and_leaves_the_original_alone() -> None:
    policy = BoundaryPolicy()
    changed = policy.replace(disengage_at=5, cool_down_after=None)
    assert (changed.disengage_at, changed.cool_down_after) == (5, None)
    assert policy.disengage_at == 3
    with pytest.raises(PolicyError) as caught:
        policy.replace(disengage_at=1)
    assert caught.value.code == ErrorCode.POLICY_THRESHOLD_ORDER
    with pytest.raises(PolicyError):
        policy.replace(unknown_setting=1)


def test_policy_is_frozen_and_hashable() -> None:
    policy = BoundaryPolicy()
    with pytest.raises(ValueError, match="frozen"):
        policy.warn_at = 2  # type: ignore[misc]
    assert hash(policy) == hash(BoundaryPolicy())
    assert len({policy, BoundaryPolicy(), policy.replace(warn_at=2)}) == 2


def test_agent_turns_are_refused() -> None:
    policy = BoundaryPolicy()
    with pytest.raises(PolicyError) as caught:
        policy.decide(policy.start(), turn(L.TRIGGER_CALM_DOWN, speaker="agent"))
    assert caught.value.code == ErrorCode.POLICY_AGENT_TURN
    with pytest.raises(PolicyError):
        policy.decide_many([turn(), turn(speaker="agent")])


@pytest.mark.parametrize("bad", [None, "text", {"turns": 0}, 3])
def test_wrong_argument_types_are_refused(bad: object) -> None:
    policy = BoundaryPolicy()
    with pytest.raises(InputTypeError) as caught:
        policy.decide(bad, turn())  # type: ignore[arg-type]
    assert caught.value.code == ErrorCode.BAD_ARGUMENT
    with pytest.raises(InputTypeError) as caught:
        policy.decide(policy.start(), bad)  # type: ignore[arg-type]
    assert caught.value.code == ErrorCode.BAD_ARGUMENT


@pytest.mark.parametrize(
    "data",
    [
        {"turns": -1},
        {"turns": 1, "strikes": 2},
        {"turns": 2, "escalated_at": 3},
        {"turns": 2, "escalated_at": 0},
        {"turns": 2, "disengaged_at": 2},
        {"turns": 2, "disengaged_by": "label"},
        {"turns": 2, "disengaged_at": 1, "disengaged_by": "boredom"},
        {"turns": "2"},
        {"turns": 2, "mood": "bad"},
    ],
)
def test_invalid_states_are_refused(data: dict[str, object]) -> None:
    with pytest.raises(PolicyError) as caught:
        BoundaryState.model_validate(data)
    assert caught.value.code == ErrorCode.POLICY_BAD_STATE
    with pytest.raises(PolicyError):
        BoundaryState.model_validate_json(json.dumps(data))


# -- auditing ---------------------------------------------------------------------------------


def test_reasons_cite_the_hits_the_rule_and_the_setting() -> None:
    policy = BoundaryPolicy()
    state = policy.decide(policy.start(), turn(L.HOSTILITY_INSULT)).state
    decision = policy.decide(state, turn(L.HOSTILITY_INSULT, L.THREAT_LEGAL, L.EMOTION_ANGER))
    kinds = [reason.kind for reason in decision.reasons]
    assert kinds == ["escalate_label", "strike", "heat"]
    assert [r.action for r in decision.reasons] == sorted(
        (r.action for r in decision.reasons), reverse=True
    )
    strike = decision.reasons[1]
    assert strike.action is Action.FINAL_WARNING
    assert strike.setting == "final_warning_at"
    assert [hit.rule for hit in strike.hits] == ["test.hostility.insult"]
    assert '"<hostility.insult>" (hostility.insult, rule test.hostility.insult)' in strike.message
    assert "strike 2" in strike.message
    assert "final_warning_at=2" in strike.message
    text = decision.explain()
    assert text.splitlines()[0] == "turn 2: escalate"
    assert "[strike]" in text
    assert "say: " in text


def test_html_display_escapes() -> None:
    policy = BoundaryPolicy()
    decision = policy.decide(policy.start(), turn(L.HOSTILITY_INSULT))
    shown = decision._repr_html_()
    assert "&lt;hostility.insult&gt;" in shown
    assert "<hostility.insult>" not in shown
    assert "warn" in shown


def test_decide_is_pure_and_deterministic() -> None:
    policy = BoundaryPolicy()
    state = policy.decide(policy.start(), turn(L.HOSTILITY_INSULT)).state
    before = state.model_dump()
    first = policy.decide(state, turn(L.HOSTILITY_INSULT))
    second = policy.decide(state, turn(L.HOSTILITY_INSULT))
    assert state.model_dump() == before
    assert first == second
    assert first.state is not state


def test_decide_many_is_the_fold_of_decide() -> None:
    policy = BoundaryPolicy()
    turns = [turn(L.GRIEVANCE_DELAY), turn(L.HOSTILITY_INSULT), turn(), turn(L.THREAT_LEGAL)]
    state = policy.start()
    folded = []
    for t in turns:
        decision = policy.decide(state, t)
        folded.append(decision)
        state = decision.state
    assert policy.decide_many(turns) == folded
    assert policy.decide_many(turns[2:], state=folded[1].state) == folded[2:]


def test_a_decision_read_back_must_be_consistent() -> None:
    policy = BoundaryPolicy()
    decision = policy.decide(policy.start(), turn(L.HOSTILITY_INSULT))
    assert decision.turn == 1
    data = json.loads(decision.model_dump_json())
    data["action"] = "continue"
    with pytest.raises(ValueError, match="most severe"):
        Decision.model_validate(data)


def test_json_schema_is_exportable() -> None:
    for model in (BoundaryPolicy, BoundaryState, Decision, Reason):
        schema = model.model_json_schema()
        assert schema["type"] == "object"
    policy_json = json.loads(BoundaryPolicy().model_dump_json())
    assert policy_json["abuse"] == ["hostility.insult"]
    assert policy_json["acknowledge_from"] == "tense"


def test_label_sets_serialise_sorted() -> None:
    policy = BoundaryPolicy(abuse=["hostility.sarcasm", "hostility.insult", "hostility.profanity"])
    assert json.loads(policy.model_dump_json())["abuse"] == [
        "hostility.insult",
        "hostility.profanity",
        "hostility.sarcasm",
    ]


# -- scripts ----------------------------------------------------------------------------------


def test_every_language_has_every_script() -> None:
    for lang, scripts in _policy_scripts.SCRIPTS.items():
        assert set(scripts) == set(_policy_scripts.KEYS), lang
        for key, variants in scripts.items():
            assert variants, (lang, key)
            assert len(set(variants)) == len(variants), (lang, key)


def test_scripts_invent_no_facts() -> None:
    # No amounts, dates, order numbers, names or slots to fill: only what the agent does.
    for scripts in _policy_scripts.SCRIPTS.values():
        for key, variants in scripts.items():
            for script in variants:
                assert not re.search(r"\d|[{}\[\]<>$£€@#]", script), (key, script)
                assert script[-1] in ".!?", (key, script)
                assert "refund you" not in script.lower()
                assert "call you" not in script.lower()


def test_boundary_script_is_the_seed_statement() -> None:
    assert _policy_scripts.EN["boundary.warn"][0] == (
        "I understand you're upset, but I can only assist you if we keep this conversation "
        "respectful."
    )


def test_docs_page_lists_every_english_script() -> None:
    page = (ROOT / "docs" / "concepts" / "policy.md").read_text(encoding="utf-8")
    for key, variants in _policy_scripts.EN.items():
        assert f"`{key}`" in page, key
        for script in variants:
            assert script in page, (key, script)


def test_every_script_key_is_reachable() -> None:
    # Each key is produced by some short conversation under some valid policy.
    policies = [
        BoundaryPolicy(),
        BoundaryPolicy(reopen_on=["cooling.apology"]),
        BoundaryPolicy(escalate_on=["threat.violence", "emotion.distress"], disengage_on=[]),
        BoundaryPolicy(escalate_on=["threat.legal", "threat.public"]),
        BoundaryPolicy(acknowledge_from="calm"),
    ]
    conversations = [[turn()]] + [[turn(label)] for label in CUSTOMER_LABELS]
    conversations += [
        [turn(L.HOSTILITY_INSULT)] * 3 + [turn(L.COOLING_APOLOGY)],
        [turn(L.DEMAND_MANAGER), turn(L.DEMAND_MANAGER)],
    ]
    seen: set[str] = set()
    for policy in policies:
        for conversation in conversations:
            for decision in policy.decide_many(conversation):
                seen |= {script_id.rsplit(".", 1)[0] for script_id in decision.script_ids}
    assert seen == set(_policy_scripts.KEYS)


def test_acknowledge_serious_when_legal_threats_do_not_escalate() -> None:
    policy = BoundaryPolicy(escalate_on=["threat.violence"], disengage_on=[])
    decision = policy.decide(policy.start(), turn(L.THREAT_LEGAL))
    assert decision.action is Action.ACKNOWLEDGE
    assert decision.script_ids == ("acknowledge.serious.1",)


# -- end to end with the real classifier ------------------------------------------------------


def test_end_to_end_with_the_classifier() -> None:
    policy = BoundaryPolicy()
    texts = [
        "My order is two weeks late and nobody got back to me.",
        "You people are useless idiots.",
        "I'm calling my lawyer.",
    ]
    decisions = policy.decide_many(classify(text) for text in texts)
    assert actions(decisions) == ["acknowledge", "warn", "escalate"]
    assert decisions[1].reasons[0].hits
    assert all(hit.label is L.HOSTILITY_INSULT for hit in decisions[1].reasons[0].hits)


def test_end_to_end_threat_of_violence() -> None:
    policy = BoundaryPolicy()
    decision = policy.decide(
        policy.start(), classify("I'll come down there and smash your face in.")
    )
    assert decision.action is Action.DISENGAGE
    assert decision.script_ids == ("disengage.threat.1",)


def test_module_docstring_examples() -> None:
    failures, tried = doctest.testmod(deescalate.policy, optionflags=doctest.ELLIPSIS)
    assert tried > 0
    assert failures == 0


def test_public_names_are_exported() -> None:
    for name in ("Action", "BoundaryPolicy", "BoundaryState", "Decision", "Reason"):
        assert name in deescalate.__all__
        assert getattr(deescalate, name) is getattr(deescalate.policy, name)
    assert deescalate.PolicyError is deescalate.errors.PolicyError


# -- properties -------------------------------------------------------------------------------

ABUSIVE = [L.HOSTILITY_INSULT, L.HOSTILITY_PROFANITY, L.HOSTILITY_SHOUTING, L.HOSTILITY_SARCASM]


@st.composite
def policies(draw: st.DrawFn) -> BoundaryPolicy:
    """Any valid policy over the settings that change behaviour."""
    warn_at = draw(st.integers(1, 3))
    final_warning_at = draw(st.integers(warn_at, 4))
    disengage_at = draw(st.integers(final_warning_at, 5))
    escalate_on = set(draw(st.sets(st.sampled_from([L.THREAT_LEGAL, L.EMOTION_DISTRESS]))))
    disengage_on: set[Label] = set()
    if draw(st.booleans()):
        disengage_on.add(L.THREAT_VIOLENCE)
    else:
        escalate_on.add(L.THREAT_VIOLENCE)
    return BoundaryPolicy(
        abuse=draw(st.sets(st.sampled_from(ABUSIVE), min_size=1)),
        warn_at=warn_at,
        final_warning_at=final_warning_at,
        disengage_at=disengage_at,
        cool_down_after=draw(st.none() | st.integers(1, 4)),
        reopen_on=draw(st.sampled_from([set(), {L.COOLING_APOLOGY}])),
        escalate_on=escalate_on,
        manager_on=draw(st.sampled_from([{L.DEMAND_MANAGER}, set()])),
        manager_demands=draw(st.integers(1, 3)),
        manager_from_turn=draw(st.integers(1, 5)),
        disengage_on=disengage_on,
        acknowledge_from=draw(st.sampled_from(list(Level))),
    )


label_sets = st.sets(st.sampled_from(CUSTOMER_LABELS), max_size=4).map(sorted)
conversations = st.lists(label_sets, max_size=12)


def _fold(policy: BoundaryPolicy, label_lists: list[list[Label]]) -> list[Decision]:
    return policy.decide_many(turn(*labels) for labels in label_lists)


@given(policies(), conversations, st.data())
def test_more_abuse_never_gives_a_milder_action(
    policy: BoundaryPolicy, conversation: list[list[Label]], data: st.DataObject
) -> None:
    abusive = sorted(policy.abuse)
    more = [
        sorted({*labels, *data.draw(st.sets(st.sampled_from(abusive), max_size=2))})
        for labels in conversation
    ]
    less_decisions = _fold(policy, conversation)
    more_decisions = _fold(policy, more)
    for less, worse in zip(less_decisions, more_decisions, strict=True):
        assert worse.action >= less.action
        assert worse.state.strikes >= less.state.strikes


@given(policies(), conversations, label_sets)
def test_a_threat_of_violence_always_escalates_or_disengages(
    policy: BoundaryPolicy, history: list[list[Label]], labels: list[Label]
) -> None:
    decisions = _fold(policy, history)
    state = decisions[-1].state if decisions else policy.start()
    decision = policy.decide(state, turn(*labels, L.THREAT_VIOLENCE))
    assert decision.action in (Action.ESCALATE, Action.DISENGAGE)


@given(policies(), conversations)
def test_json_round_trip_is_exact(policy: BoundaryPolicy, conversation: list[list[Label]]) -> None:
    assert BoundaryPolicy.model_validate_json(policy.model_dump_json()) == policy
    assert BoundaryPolicy.model_validate(json.loads(policy.model_dump_json())) == policy
    for decision in _fold(policy, conversation):
        assert Decision.model_validate_json(decision.model_dump_json()) == decision
        assert BoundaryState.model_validate_json(decision.state.model_dump_json()) == decision.state


@given(policies(), conversations)
def test_decisions_replay_identically(
    policy: BoundaryPolicy, conversation: list[list[Label]]
) -> None:
    first = _fold(policy, conversation)
    again = _fold(BoundaryPolicy.model_validate_json(policy.model_dump_json()), conversation)
    assert first == again
    for decision in first:
        assert decision.reasons
        assert decision.action == decision.reasons[0].action
        assert all(reason.message for reason in decision.reasons)


class PolicyMachine(RuleBasedStateMachine):
    """Feeds one policy random customer turns and checks the invariants after every turn.

    A shadow conversation gets the same turns plus, at random, extra abuse; its
    action must never be milder than the plain conversation's.
    """

    def __init__(self) -> None:
        super().__init__()
        self.policy = BoundaryPolicy()
        self.state = self.policy.start()
        self.shadow = self.policy.start()
        self.turns: list[Classification] = []
        self.decisions: list[Decision] = []
        self.max_strikes = 0
        self.disengaged_seen = False

    @initialize(policy=policies())
    def choose_policy(self, policy: BoundaryPolicy) -> None:
        note(policy.model_dump_json())
        self.policy = policy
        self.state = self.shadow = policy.start()

    def _step(self, labels: list[Label], extra: list[Label]) -> Decision:
        current = turn(*labels)
        decision = self.policy.decide(self.state, current)
        shadow = self.policy.decide(self.shadow, turn(*labels, *extra))
        assert shadow.action >= decision.action
        assert shadow.state.strikes >= decision.state.strikes
        before = self.state
        if self.policy.cool_down_after is None:
            assert decision.state.strikes >= before.strikes
        if before.disengaged and not self.policy.reopen_on:
            assert decision.action is Action.DISENGAGE
        if before.disengaged_by == "label":
            assert decision.action is Action.DISENGAGE
        if L.THREAT_VIOLENCE in labels:
            assert decision.action >= Action.ESCALATE
        self.turns.append(current)
        self.decisions.append(decision)
        self.state, self.shadow = decision.state, shadow.state
        return decision

    @rule(labels=label_sets, extra=st.sets(st.sampled_from(ABUSIVE)).map(sorted))
    def any_turn(self, labels: list[Label], extra: list[Label]) -> None:
        self._step(labels, [label for label in extra if label in self.policy.abuse])

    @rule(labels=label_sets)
    def abusive_turn(self, labels: list[Label]) -> None:
        abusive = sorted(self.policy.abuse)
        decision = self._step([*labels, abusive[0]], [])
        assert decision.state.strikes >= 1

    @rule(labels=label_sets)
    def violent_turn(self, labels: list[Label]) -> None:
        decision = self._step([*labels, L.THREAT_VIOLENCE], [])
        assert decision.action in (Action.ESCALATE, Action.DISENGAGE)

    @rule()
    def calm_turn(self) -> None:
        self._step([], [])

    @precondition(lambda self: self.state.disengaged)
    @rule()
    def apology(self) -> None:
        ended_by = self.state.disengaged_by
        decision = self._step([L.COOLING_APOLOGY], [])
        if ended_by == "strikes" and L.COOLING_APOLOGY in self.policy.reopen_on:
            assert decision.action is Action.ACKNOWLEDGE
            assert decision.reasons[0].kind == "reopened"
            assert not decision.state.disengaged
        else:
            assert decision.action is Action.DISENGAGE

    @invariant()
    def state_is_consistent(self) -> None:
        state = self.state
        assert state.turns == len(self.decisions)
        assert BoundaryState.model_validate_json(state.model_dump_json()) == state
        if self.decisions:
            last = self.decisions[-1]
            assert Decision.model_validate_json(last.model_dump_json()) == last
            assert last.action == max(reason.action for reason in last.reasons)
            silent = last.action is Action.CONTINUE or last.reasons[0].kind == "ended"
            assert (last.script is None) == silent

    def teardown(self) -> None:
        # Auditable: the same turns under the same policy give the same decisions.
        assert self.policy.decide_many(self.turns) == self.decisions


TestPolicyMachine = PolicyMachine.TestCase
TestPolicyMachine.settings = settings(settings.default, stateful_step_count=30)


def test_hit_spans_in_reasons_match_the_turn_text() -> None:
    policy = BoundaryPolicy()
    current = turn(L.GRIEVANCE_DELAY, L.HOSTILITY_INSULT)
    decision = policy.decide(policy.start(), current)
    for reason in decision.reasons:
        for hit in reason.hits:
            assert isinstance(hit, Hit)
            assert current.text[hit.start : hit.end] == hit.text
