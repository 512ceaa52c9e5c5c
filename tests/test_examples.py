"""Every script in examples/ runs, and prints what it promises."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_quickstart_prints_labels_spans_heat_and_level(capsys: pytest.CaptureFixture[str]) -> None:
    runpy.run_path(str(EXAMPLES / "quickstart.py"), run_name="__main__")
    out = capsys.readouterr().out
    for expected in (
        "hostility.insult",
        "trigger.calm_down",
        "technique.positive_frame",
        "cooling.acceptance",
        "level=",
        "heat=",
        "[",
    ):
        assert expected in out, expected


def test_every_example_is_covered() -> None:
    scripts = {path.name for path in EXAMPLES.glob("*.py")}
    assert scripts == {"quickstart.py"}, "add a test for each new example script"
