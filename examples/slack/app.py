"""A Slack app (Bolt for Python) with a "Check my tone" message shortcut.

Install the extra and run it from anywhere::

    pip install "deescalate[slack]"
    export SLACK_BOT_TOKEN=xoxb-... SLACK_SIGNING_SECRET=...
    python examples/slack/app.py            # HTTP on $PORT (default 3000)
    # or, without a public URL, in Socket Mode:
    export SLACK_APP_TOKEN=xapp-...
    python examples/slack/app.py

In the app's settings, add a message shortcut with the callback ID
``deescalate_lint`` (and, for HTTP, the request URL ``https://<host>/slack/events``).
The logic lives in ``handlers.py``; this file only wires it to Slack. Tokens are
read from the environment in :func:`main` and nowhere else.
"""

from __future__ import annotations

import os
from typing import Any

from handlers import shortcut_response
from slack_bolt import Ack, App, Respond

from deescalate.rewrite import default_rewriter

CALLBACK_ID = "deescalate_lint"


def lint_shortcut(ack: Ack, shortcut: dict[str, Any], respond: Respond) -> None:
    """Acknowledge at once (Slack waits 3 s at most), then answer ephemerally."""
    ack()
    respond(shortcut_response(shortcut))


def build_app(*, token: str, signing_secret: str, **options: Any) -> App:
    """A Bolt app with the shortcut registered; ``options`` go to ``slack_bolt.App``."""
    app = App(token=token, signing_secret=signing_secret, **options)
    app.message_shortcut(CALLBACK_ID)(lint_shortcut)
    return app


def main() -> None:
    missing = [
        name for name in ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET") if name not in os.environ
    ]
    if missing:
        raise SystemExit(f"app.py: set {' and '.join(missing)} in the environment")
    app = build_app(
        token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"]
    )
    default_rewriter()  # build the rules once, before the first shortcut arrives
    if "SLACK_APP_TOKEN" in os.environ:
        from slack_bolt.adapter.socket_mode import SocketModeHandler

        SocketModeHandler(app, os.environ["SLACK_APP_TOKEN"]).start()
    else:
        app.start(port=int(os.environ.get("PORT", "3000")))


if __name__ == "__main__":
    main()
