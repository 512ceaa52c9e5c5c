"""Every script in examples/ runs, and prints what it promises."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_quickstart_runs_the_whole_pipeline(capsys: pytest.CaptureFixture[str]) -> None:
    runpy.run_path(str(EXAMPLES / "quickstart.py"), run_name="__main__")
    out = capsys.readouterr().out
    for expected in (
        # the classifier: labels with highlighted spans, heat and level
        "hostility.insult",
        "trigger.calm_down",
        "technique.positive_frame",
        "cooling.acceptance",
        "level=",
        "heat=",
        "[Calm down]",
        # the policy's decisions on customer turns, the rewriter on agent turns
        "policy: escalate",
        "rewrite: I can see this has been really frustrating.",
        "a replacement sent today or a full refund",
        # the trajectory and the STAR case at the end
        "recovered after an apology",
        "STAR case",
        "Situation",
        "Outcome: resolved",
    ):
        assert expected in out, expected


def test_every_example_is_covered() -> None:
    """Every script and notebook under examples/ is named by a test module that runs it."""
    tests = Path(__file__).resolve().parent
    sources = "\n".join(path.read_text(encoding="utf-8") for path in tests.glob("test_*.py"))
    examples = [
        path
        for path in sorted(EXAMPLES.rglob("*"))
        if path.suffix in (".py", ".ipynb") and "__pycache__" not in path.parts
    ]
    assert examples, "no examples found"
    untested = [
        str(path.relative_to(EXAMPLES))
        for path in examples
        if f'{path.name}"' not in sources
        and f"examples/{path.relative_to(EXAMPLES)}" not in sources
    ]
    assert untested == [], f"add a test that runs each of: {untested}"
