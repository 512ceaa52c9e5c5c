"""examples/slack/: the shortcut's pure handler without any network, and the Bolt app wiring.

The wiring test runs the real Bolt app end to end against a fake Slack on
127.0.0.1 (``auth.test`` and the shortcut's ``response_url``), so nothing leaves
the machine. It is skipped when slack-bolt is not installed (``pip install
".[slack]"``).
"""

from __future__ import annotations

import importlib.util
import json
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlencode

import pytest
from hypothesis import given

from deescalate import Rewriter, rewrite
from tests.samples import HOUSE_RULE
from tests.strategies import messages

FOLDER = Path(__file__).resolve().parent.parent / "examples" / "slack"
BLOCK_TYPES = {"section", "context"}


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


handlers = _load("deescalate_example_slack_handlers", FOLDER / "handlers.py")


def shortcut_payload(text: str, response_url: str = "https://hooks.slack.com/app/T1/1/x") -> dict:
    """A message shortcut payload as Slack sends it (type ``message_action``)."""
    return {
        "type": "message_action",
        "token": "verification-token",
        "action_ts": "1700000000.000100",
        "team": {"id": "T0001", "domain": "acme-support"},
        "user": {"id": "U0001", "username": "sam", "team_id": "T0001", "name": "sam"},
        "channel": {"id": "C0001", "name": "support-drafts"},
        "is_enterprise_install": False,
        "enterprise": None,
        "callback_id": "deescalate_lint",
        "trigger_id": "1.2.3",
        "message_ts": "1700000000.000000",
        "message": {
            "type": "message",
            "user": "U0001",
            "ts": "1700000000.000000",
            "text": text,
        },
        "response_url": response_url,
    }


def texts(response: dict[str, Any]) -> str:
    """All the mrkdwn of a response, joined."""
    out = []
    for block in response["blocks"]:
        if block["type"] == "section":
            out.append(block["text"]["text"])
        else:
            out += [element["text"] for element in block["elements"]]
    return "\n".join(out)


def assert_well_formed(response: dict[str, Any]) -> None:
    assert response["response_type"] == "ephemeral"
    assert response["replace_original"] is False
    assert isinstance(response["text"], str)
    assert response["text"]
    assert 1 <= len(response["blocks"]) <= 50
    for block in response["blocks"]:
        assert block["type"] in BLOCK_TYPES
        if block["type"] == "section":
            assert block["text"]["type"] == "mrkdwn"
            assert 0 < len(block["text"]["text"]) <= 3000
    json.dumps(response)


# -- the handler, no network -----------------------------------------------------------


def test_triggers_rewrite_and_reasons() -> None:
    draft = "Calm down, I can't help you. It's not my problem."
    response = handlers.lint_draft(draft)
    assert_well_formed(response)
    assert response["text"] == "3 escalation triggers in this draft."
    body = texts(response)
    for label in ("trigger.calm_down", "trigger.cant_help", "trigger.not_my_problem"):
        assert f"`{label}`" in body
    assert "“Calm down”" in body
    expected = rewrite(draft)
    assert "*Suggested rewrite*\n>" + expected.text in body
    assert "Fill in: `{offer}`" in body
    for edit in expected.edits:
        assert handlers.slack_escape(edit.reason) in body


def test_unresolved_triggers_are_left_for_the_agent() -> None:
    draft = "We don't offer refunds, that is company policy."
    result = rewrite(draft)
    assert result.unresolved, "this draft needs a trigger the rewriter leaves alone"
    body = texts(handlers.lint_draft(draft))
    assert "*Left for you*" in body
    for item in result.unresolved:
        assert f"`{item.label.value}`" in body


def test_clean_draft_shows_what_works() -> None:
    response = handlers.lint_draft("I'm sorry. Would you prefer a refund or a replacement?")
    assert_well_formed(response)
    assert response["text"] == "No escalation triggers in this draft."
    assert "`technique.choice`" in texts(response)


@pytest.mark.parametrize("payload", [{}, {"message": None}, {"message": {"files": []}}])
def test_payload_without_text(payload: dict[str, Any]) -> None:
    response = handlers.shortcut_response(payload)
    assert_well_formed(response)
    assert response["text"] == "This message has no text to check."
    assert handlers.lint_draft("  \n") == response


def test_slack_escaping_both_ways() -> None:
    payload = shortcut_payload("Calm down. Read the &lt;terms&gt; &amp; FAQ, <@U0002>.")
    draft = handlers.slack_unescape(payload["message"]["text"])
    assert draft == "Calm down. Read the <terms> & FAQ, <@U0002>."
    assert (
        handlers.slack_escape(draft)
        == "Calm down. Read the &lt;terms&gt; &amp; FAQ, &lt;@U0002&gt;."
    )
    body = texts(handlers.shortcut_response(payload))
    assert "`trigger.calm_down`" in body
    suggested = rewrite(draft).text
    assert "<terms>" in suggested
    assert ">" + handlers.slack_escape(suggested) in body
    assert "<terms>" not in body


def test_a_house_rewriter_is_used() -> None:
    house = Rewriter().classifier.with_rules(HOUSE_RULE)
    draft = "Per our records the parcel was delivered."
    assert handlers.lint_draft(draft)["text"] == "No escalation triggers in this draft."
    response = handlers.lint_draft(draft, rewriter=Rewriter(classifier=house))
    assert response["text"] == "1 escalation trigger in this draft."
    assert "Form-letter language" in texts(response)


def test_long_drafts_stay_within_slack_limits() -> None:
    draft = "Calm down. Unfortunately that's our policy. " * 500
    assert_well_formed(handlers.lint_draft(draft))


@given(messages(12))
def test_every_response_is_well_formed(text: str) -> None:
    response = handlers.shortcut_response(shortcut_payload(handlers.slack_escape(text)))
    assert_well_formed(response)


# -- the Bolt app ----------------------------------------------------------------------


@pytest.fixture
def app_module(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    pytest.importorskip("slack_bolt")
    for name in ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.syspath_prepend(str(FOLDER))
    monkeypatch.delitem(sys.modules, "handlers", raising=False)
    return _load("deescalate_example_slack_app", FOLDER / "app.py")


def test_app_imports_without_tokens_and_reads_them_only_in_main(app_module: ModuleType) -> None:
    assert app_module.CALLBACK_ID == "deescalate_lint"
    with pytest.raises(SystemExit, match="set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET"):
        app_module.main()


def test_listener_acks_then_responds(app_module: ModuleType) -> None:
    calls: list[Any] = []
    app_module.lint_shortcut(
        ack=lambda: calls.append("ack"),
        shortcut=shortcut_payload("Relax, it's only a small delay."),
        respond=calls.append,
    )
    assert calls[0] == "ack"
    assert calls[1] == handlers.lint_draft("Relax, it's only a small delay.")


class _FakeSlack(BaseHTTPRequestHandler):
    """Answers ``auth.test`` and records what is posted to a response URL."""

    posted: list[dict[str, Any]]

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("content-length", 0)))
        if self.path.startswith("/api/auth.test"):
            reply = {"ok": True, "team_id": "T0001", "user_id": "UBOT", "bot_id": "BBOT"}
        else:
            self.server.posted.append(json.loads(body))  # type: ignore[attr-defined]
            reply = {"ok": True}
        data = json.dumps(reply).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def fake_slack() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FakeSlack)
    server.posted = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_app_answers_a_signed_shortcut_end_to_end(
    app_module: ModuleType, fake_slack: ThreadingHTTPServer
) -> None:
    from slack_bolt.request import BoltRequest
    from slack_sdk import WebClient
    from slack_sdk.signature import SignatureVerifier

    host = f"http://127.0.0.1:{fake_slack.server_address[1]}"
    app = app_module.build_app(
        token="xoxb-test",
        signing_secret="shh",
        token_verification_enabled=False,
        process_before_response=True,
        client=WebClient(token="xoxb-test", base_url=f"{host}/api/"),
    )
    draft = "Calm down, that is company policy."
    body = urlencode({"payload": json.dumps(shortcut_payload(draft, f"{host}/respond"))})
    timestamp = str(int(time.time()))
    signature = SignatureVerifier("shh").generate_signature(timestamp=timestamp, body=body)
    response = app.dispatch(
        BoltRequest(
            body=body,
            headers={
                "content-type": ["application/x-www-form-urlencoded"],
                "x-slack-request-timestamp": [timestamp],
                "x-slack-signature": [signature],
            },
        )
    )
    assert response.status == 200
    assert fake_slack.posted == [handlers.lint_draft(draft)]  # type: ignore[attr-defined]

    forged = BoltRequest(
        body=body,
        headers={
            "content-type": ["application/x-www-form-urlencoded"],
            "x-slack-request-timestamp": [timestamp],
            "x-slack-signature": ["v0=forged"],
        },
    )
    assert app.dispatch(forged).status == 401
    assert len(fake_slack.posted) == 1  # type: ignore[attr-defined]
