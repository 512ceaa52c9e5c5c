"""examples/zendesk/: ticket payloads in, tags, priority, internal note and reply out.

Embedded payloads always run; payloads built from the IBM Twitter customer-care
threads (``corpora/twitter_cdp``) run when the corpora are present.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import re
import runpy
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from deescalate import Action, BoundaryPolicy, Label, Level, classify, rewrite

FOLDER = Path(__file__).resolve().parent.parent / "examples" / "zendesk"
SAMPLE = json.loads((FOLDER / "sample_payload.json").read_text(encoding="utf-8"))
TAG = re.compile(r"^deescalate_[a-z]+_[a-z_]+$")


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "deescalate_example_zendesk", FOLDER / "triage.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


zendesk = _load()

REQUESTER, AGENT, CC = 501, 900, 502


def payload(
    *comments: tuple[int, str] | tuple[int, str, bool],
    priority: str | None = "normal",
    users: bool = True,
    draft: str | None = None,
) -> dict[str, Any]:
    """A ticket payload: comments are ``(author_id, body[, public])``."""
    data: dict[str, Any] = {
        "ticket": {"id": 7, "requester_id": REQUESTER, "priority": priority, "status": "open"},
        "comments": [
            {
                "id": 100 + n,
                "type": "Comment",
                "author_id": c[0],
                "body": c[1],
                "public": c[2] if len(c) == 3 else True,
                "created_at": f"2024-03-04T10:{n:02d}:00Z",
            }
            for n, c in enumerate(comments)
        ],
    }
    if users:
        data["users"] = [
            {"id": REQUESTER, "role": "end-user"},
            {"id": CC, "role": "end-user"},
            {"id": AGENT, "role": "agent"},
        ]
    if draft is not None:
        data["draft"] = {"author_id": AGENT, "body": draft}
    return data


def check_invariants(data: dict[str, Any], actions: Any) -> None:
    """What holds for any payload."""
    public = [c for c in data["comments"] if c.get("public", True)]
    conversation = actions.conversation
    assert [turn.text for turn in conversation.turns] == [
        c.get("plain_body", c["body"]) for c in public
    ]
    assert actions.skipped == len(data["comments"]) - len(public)
    for turn, comment in zip(conversation.turns, public, strict=True):
        if comment["author_id"] == data["ticket"]["requester_id"]:
            assert turn.speaker == "customer"
    assert all(TAG.match(tag) for tag in actions.tags), actions.tags
    assert list(actions.tags) == sorted(set(actions.tags))
    label_tags = {
        zendesk.tag_for(label)
        for turn in conversation.turns
        for label in turn.classification.labels
        if label.family
        in (zendesk.CUSTOMER_FAMILIES if turn.speaker == "customer" else zendesk.AGENT_FAMILIES)
    }
    assert label_tags <= set(actions.tags)
    assert all(
        tag in label_tags or tag.startswith(("deescalate_level_", "deescalate_action_"))
        for tag in actions.tags
    )
    assert actions.priority in zendesk.PRIORITIES
    current = data["ticket"].get("priority")
    if current in zendesk.PRIORITIES:
        assert zendesk.PRIORITIES.index(actions.priority) >= zendesk.PRIORITIES.index(current)
    update = actions.to_update()
    json.dumps(update)
    assert update["ticket"]["comment"] == {"body": actions.note, "public": False}
    assert update["ticket"]["additional_tags"] == list(actions.tags)
    assert ("priority" in update["ticket"]) == (actions.priority != current)
    decision = conversation.last_decision
    if decision is not None:
        assert decision.explain() in actions.note
        assert f"deescalate_action_{decision.action.value}" in actions.tags
    if actions.suggested_reply is not None:
        assert actions.suggested_reply in actions.note


# -- embedded payloads -----------------------------------------------------------------


def test_sample_payload_escalates_a_legal_threat() -> None:
    actions = zendesk.triage(SAMPLE)
    check_invariants(SAMPLE, actions)
    assert {"deescalate_threat_legal", "deescalate_action_escalate"} <= set(actions.tags)
    assert "deescalate_trigger_negative_language" in actions.tags
    assert (actions.priority, actions.current_priority) == ("urgent", "normal")
    assert actions.reply_source == "policy script"
    assert actions.suggested_reply == actions.conversation.last_decision.script
    assert actions.conversation.last_decision.action is Action.ESCALATE
    assert "1 internal note not read." in actions.note
    assert "Carrier says" not in actions.note


def test_priority_follows_the_level_of_the_latest_customer_comments() -> None:
    for text in (
        "Hi, could you tell me when my parcel arrives?",
        "Still waiting for my parcel.",
        "This is ridiculous, I've been waiting for two weeks and nobody got back to me.",
        "You idiots, this is the worst service ever, I want a refund NOW!!!",
    ):
        data = payload((REQUESTER, text), priority="low")
        actions = zendesk.triage(data)
        check_invariants(data, actions)
        level = classify(text).level
        expected = zendesk.PRIORITY_BY_LEVEL[level]
        if actions.conversation.last_decision.action in zendesk.URGENT_ACTIONS:
            expected = "urgent"
        assert actions.priority == expected, text
        assert f"deescalate_level_{level.value}" in actions.tags


def test_priority_is_never_lowered_and_unknown_priority_counts_as_none() -> None:
    calm = ((REQUESTER, "Thanks, that helps."),)
    assert zendesk.triage(payload(*calm, priority="high")).priority == "high"
    assert zendesk.triage(payload(*calm, priority=None)).priority == "low"
    actions = zendesk.triage(payload(*calm, priority="high"))
    assert "priority" not in actions.to_update()["ticket"]
    assert "priority stays high" in actions.note


def test_unanswered_customer_comments_count_at_their_hottest() -> None:
    data = payload(
        (REQUESTER, "Where is my order?"),
        (AGENT, "I'm sorry, let me check."),
        (REQUESTER, "You idiots lost it, didn't you!!!"),
        (REQUESTER, "hello?"),
    )
    actions = zendesk.triage(data)
    check_invariants(data, actions)
    assert classify("hello?").level is Level.CALM
    assert actions.priority in ("high", "urgent")
    assert "deescalate_hostility_insult" in actions.tags


def test_a_threat_of_violence_disengages_and_is_urgent() -> None:
    data = payload((REQUESTER, "I'll come down there and smash your face."))
    actions = zendesk.triage(data)
    check_invariants(data, actions)
    assert actions.priority == "urgent"
    assert "deescalate_action_disengage" in actions.tags
    assert "deescalate_threat_violence" in actions.tags


def test_the_latest_agent_comment_is_rewritten_when_it_has_triggers() -> None:
    text = "Calm down. Unfortunately it's only a small delay."
    data = payload((REQUESTER, "My order is late again!"), (AGENT, text))
    actions = zendesk.triage(data)
    check_invariants(data, actions)
    assert actions.reply_source == "latest agent comment"
    assert actions.suggested_reply == rewrite(text).text
    assert {"deescalate_trigger_calm_down", "deescalate_trigger_minimizing"} <= set(actions.tags)
    fine = payload((REQUESTER, "My order is late!"), (AGENT, "I'm sorry, I'll resend it today."))
    clean = zendesk.triage(fine)
    assert (clean.suggested_reply, clean.reply_source) == (None, None)


def test_a_draft_in_the_payload_is_what_gets_rewritten() -> None:
    draft = "Unfortunately I can't help you, that's not my department."
    data = payload((REQUESTER, "Where is my refund?"), draft=draft)
    actions = zendesk.triage(data)
    check_invariants(data, actions)
    result = rewrite(draft)
    assert (actions.suggested_reply, actions.reply_source) == (result.text, "draft")
    for slot in result.slots:
        assert "{" + slot + "}" in actions.note.split("Fill in: ")[1]
    assert [turn.text for turn in actions.conversation.turns] == ["Where is my refund?"]


def test_authors_without_a_users_sideload_and_with_one() -> None:
    comments = (
        (REQUESTER, "My parcel is late."),
        (CC, "Same here, we're waiting too."),
        (AGENT, "I'm sorry about that."),
    )
    with_roles = zendesk.triage(payload(*comments))
    assert [t.speaker.value for t in with_roles.conversation.turns] == [
        "customer",
        "customer",
        "agent",
    ]
    without = zendesk.triage(payload(*comments, users=False))
    assert [t.speaker.value for t in without.conversation.turns] == [
        "customer",
        "agent",
        "agent",
    ]


def test_comments_inside_the_ticket_and_plain_body_are_read() -> None:
    data = payload((REQUESTER, "<p>hi</p>"))
    comments = data.pop("comments")
    comments[0]["plain_body"] = "You idiots!"
    data["ticket"]["comments"] = comments
    actions = zendesk.triage(data)
    assert actions.conversation.turns[0].text == "You idiots!"
    assert "deescalate_hostility_insult" in actions.tags


def test_a_house_policy_is_used() -> None:
    data = payload((REQUESTER, "This is bullshit."))
    assert "deescalate_action_warn" not in zendesk.triage(data).tags
    strict = BoundaryPolicy(abuse=["hostility.insult", "hostility.profanity"])
    assert "deescalate_action_warn" in zendesk.triage(data, policy=strict).tags


def test_no_public_comment() -> None:
    data = payload((AGENT, "note to self", False))
    actions = zendesk.triage(data)
    check_invariants(data, actions)
    assert actions.conversation.turns == ()
    assert (actions.priority, actions.suggested_reply) == ("normal", None)
    assert actions.tags == ("deescalate_level_calm",)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("ticket"), "no 'ticket'"),
        (lambda d: d.pop("comments"), "no list of 'comments'"),
        (lambda d: d.update(comments="hi"), "no list of 'comments'"),
        (lambda d: d["ticket"].pop("requester_id"), "no 'requester_id'"),
        (lambda d: d["comments"].append("hi"), r"comments\[1\] is not an object"),
        (lambda d: d["comments"][0].pop("body"), r"comments\[0\] has no 'body'"),
    ],
)
def test_malformed_payloads_are_refused_clearly(change: Any, message: str) -> None:
    data = payload((REQUESTER, "hi"))
    change(data)
    with pytest.raises(ValueError, match=message):
        zendesk.triage(data)


def test_main_prints_the_update_body(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert zendesk.main([str(FOLDER / "sample_payload.json")]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == zendesk.triage(SAMPLE).to_update()
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    assert zendesk.main([str(bad)]) == 2
    assert "no 'ticket'" in capsys.readouterr().err
    assert zendesk.main(["a", "b"]) == 2


def test_runs_as_a_script(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "argv", ["triage.py", str(FOLDER / "sample_payload.json")])
    with pytest.raises(SystemExit) as done:
        runpy.run_path(str(FOLDER / "triage.py"), run_name="__main__")
    assert done.value.code == 0
    assert json.loads(capsys.readouterr().out)["ticket"]["priority"] == "urgent"


# -- payloads built from real Twitter customer-care threads ----------------------------


def cdp_payload(thread: dict[str, Any], *, users: bool) -> dict[str, Any]:
    """A Zendesk payload from one IBM twitter_cdp thread: its turns, then the final reply."""
    ids = {"client": REQUESTER, "client1": CC, "agent": AGENT}
    turns = [(ids[t["speaker_key"]], t["text"]) for t in thread["turns"]]
    turns.append((AGENT, thread["final_agent_reply"]["text"]))
    data = payload(*turns, users=users)
    data["ticket"]["id"] = thread["session_id"]
    data["ticket"]["subject"] = f"Tweet to @{thread['company']}"
    data["ticket"]["priority"] = None  # Zendesk leaves it empty until someone sets it
    return data


@pytest.fixture(scope="module")
def cdp_threads(request: pytest.FixtureRequest) -> list[dict[str, Any]]:
    corpora = request.getfixturevalue("corpora")
    path = corpora / "twitter_cdp" / "cdp_dev.jsonl"
    if not path.is_file():
        pytest.skip(f"twitter_cdp not found at {path}")
    with path.open(encoding="utf-8") as handle:
        threads = [json.loads(line) for line in handle]
    multi = [t for t in threads if len(t["turns"]) > 1]
    heated = [t for t in threads if any(classify(x["text"]).heat >= 0.35 for x in t["turns"])]
    chosen = {t["session_id"]: t for t in [*threads[:30], *multi[:30], *heated[:30]]}
    return list(chosen.values())


def test_real_threads(cdp_threads: list[dict[str, Any]]) -> None:
    seen_levels: set[str] = set()
    for thread in cdp_threads:
        for users in (True, False):
            if not users and any(t["speaker_key"] == "client1" for t in thread["turns"]):
                continue  # without roles a second customer would count as an agent
            data = cdp_payload(thread, users=users)
            actions = zendesk.triage(data)
            check_invariants(data, actions)
            roles = [t["role"] for t in thread["turns"]] + ["agent"]
            assert [t.speaker.value for t in actions.conversation.turns] == roles
            final = actions.conversation.turns[-1]
            if final.rewrite is not None and final.rewrite.changed:
                assert actions.reply_source == "latest agent comment"
                assert actions.suggested_reply == final.rewrite.text
            else:
                assert actions.suggested_reply is None
            seen_levels.add(actions.priority)
    assert len(seen_levels) >= 3, seen_levels  # the sample spans calm to heated threads


def test_real_threads_with_the_customer_last(cdp_threads: list[dict[str, Any]]) -> None:
    for thread in cdp_threads[:40]:
        if thread["turns"][-1]["role"] != "customer":
            continue
        data = cdp_payload(thread, users=True)
        data["comments"].pop()  # before the agent answered
        actions = zendesk.triage(copy.deepcopy(data))
        check_invariants(data, actions)
        decision = actions.conversation.last_decision
        assert decision is not None
        assert actions.suggested_reply == decision.script
        assert actions.reply_source == ("policy script" if decision.script else None)
        labels = {
            label
            for turn in actions.conversation.customer_turns
            for label in turn.classification.labels
        }
        if Label.THREAT_LEGAL in labels:
            assert "deescalate_threat_legal" in actions.tags
