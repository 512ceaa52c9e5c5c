"""examples/cli.py: a linter for agent drafts, run as a subprocess and as imported functions."""

from __future__ import annotations

import importlib.util
import io
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deescalate import Label, classify

SCRIPT = Path(__file__).resolve().parent.parent / "examples" / "cli.py"
LINE = re.compile(
    r'^(?P<path>.+):(?P<line>\d+):(?P<col>\d+) (?P<label>[a-z_.]+) "(?P<text>.*)": .+$'
)


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("deescalate_example_cli", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


cli = _load()


def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = cli.main(list(args), stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


# -- as a program ----------------------------------------------------------------------


def test_subprocess_reports_triggers_from_stdin_and_exits_1() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--fix"],
        input="Thanks for waiting.\n\nCalm down, we will look at it.\n",
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    first = done.stdout.splitlines()[0]
    match = LINE.match(first)
    assert match is not None, first
    assert match.group("path", "line", "col", "label", "text") == (
        "<stdin>",
        "3",
        "1",
        "trigger.calm_down",
        "Calm down",
    )
    assert "<stdin>:3:1 fix:" in done.stdout
    assert done.stderr == ""


def test_subprocess_exits_2_on_usage_error() -> None:
    bad = subprocess.run(
        [sys.executable, str(SCRIPT), "--speaker", "robot"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert bad.returncode == 2
    assert "usage:" in bad.stderr


# -- as functions ----------------------------------------------------------------------


def test_findings_from_several_files_with_positions(tmp_path: Path) -> None:
    one = tmp_path / "one.txt"
    one.write_text("Hi Sam,\n\nThanks for waiting.\n   Unfortunately that's our policy.\n")
    two = tmp_path / "two.txt"
    two.write_text("All good here.\n")
    status, out, err = run(str(one), str(two))
    assert (status, err) == (1, "")
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f'{one}:4:4 trigger.negative_language "Unfortunately": ')
    assert lines[1].startswith(f'{one}:4:18 trigger.policy_wall "that\'s our policy": ')
    messages = {rule.id: rule.message for rule in cli.default_classifier().rules}
    found = cli.lint(one.read_text(), path=str(one))
    assert [f.message for d in found for f in d.findings] == [
        messages[f.rule] for d in found for f in d.findings
    ]
    assert str(two) not in out


def test_stdin_is_named_and_dash_reads_it_between_files(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("Relax.\n")
    status, out, _ = run(str(draft), "-", stdin="It's not my problem.")
    assert status == 1
    paths = [LINE.match(line).group("path") for line in out.splitlines()]  # type: ignore[union-attr]
    assert paths == [str(draft), "<stdin>"]


def test_clean_drafts_and_techniques_exit_0() -> None:
    assert run(stdin="I'm sorry. Would you prefer a refund or a replacement?") == (0, "", "")
    assert run(stdin="") == (0, "", "")
    assert run(stdin="\n\n   \n") == (0, "", "")


def test_customer_messages_report_hostility_and_threats_by_default() -> None:
    status, out, _ = run("--speaker", "customer", stdin="You idiots. I'll sue.\n\nThis is late.")
    assert status == 1
    labels = {LINE.match(line).group("label") for line in out.splitlines()}  # type: ignore[union-attr]
    assert "threat.legal" in labels
    assert all(label.startswith(("hostility.", "threat.")) for label in labels)
    assert run("--speaker", "customer", stdin="Where is my parcel?")[0] == 0


def test_select_chooses_labels_and_families() -> None:
    text = "Calm down. Unfortunately that's our policy."
    _, out, _ = run("--select", "trigger.calm_down", stdin=text)
    assert [LINE.match(x).group("label") for x in out.splitlines()] == ["trigger.calm_down"]  # type: ignore[union-attr]
    status, out, _ = run("--select", "technique", stdin=text)
    assert (status, out) == (0, "")
    status, _, err = run("--select", "trigger.calm", stdin=text)
    assert status == 2
    assert "--select" in err
    assert run("--select", " , ", stdin=text)[0] == 2


def test_split_modes() -> None:
    text = "Calm down.\nRelax.\n\nCalm down."
    counts = {}
    for mode in ("paragraph", "line", "file"):
        counts[mode] = len(cli.lint(text, split=mode))
    assert counts == {"paragraph": 2, "line": 3, "file": 1}
    positions = [(d.line, d.col) for d in cli.lint(text, split="line")]
    assert positions == [(1, 1), (2, 1), (4, 1)]


def test_fix_prints_the_rewrite_with_slots_and_leftovers() -> None:
    status, out, _ = run("--fix", stdin="Unfortunately, I can't help you with that.")
    assert status == 1
    assert "<stdin>:1:1 fix:" in out
    fixed = out.split("fix:\n", 1)[1].splitlines()[0].strip()
    assert not fixed.startswith("Unfortunately")
    assert "trigger.negative_language" not in classify(fixed, speaker="agent").labels


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("--fix", "--speaker", "customer")[0] == 2
    assert run("--lang", "xx", stdin="hello")[0] == 2
    assert run(str(tmp_path / "missing.txt"))[0] == 2
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9 calm down".encode("latin-1"))
    status, _, err = run(str(latin))
    assert status == 2
    assert "cannot read" in err
    status, out, _ = run("--help")
    assert status == 0
    assert "--speaker" in out


def test_lint_refuses_an_unknown_speaker_with_a_coded_error() -> None:
    with pytest.raises(cli.InputError, match=r"^\[D102\]"):
        cli.lint("hello", speaker="robot")


_PIECES = ["Calm down.", "Unfortunately", "that's our policy", "Relax", "thanks", "é", "😡", "ok"]


@given(
    st.lists(
        st.tuples(
            st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4).map(" ".join),
            st.sampled_from(["\n\n", "\n \n\t", "\n", "\n\n\n  "]),
        ),
        min_size=1,
        max_size=5,
    ),
    st.sampled_from(["paragraph", "line", "file"]),
)
def test_every_finding_points_at_its_text(parts: list[tuple[str, str]], split: str) -> None:
    text = "".join(piece + gap for piece, gap in parts)
    lines = text.split("\n")
    for draft in cli.lint(text, split=split):
        for finding in draft.findings:
            line = lines[finding.line - 1]
            start = finding.col - 1
            assert line[start : start + len(finding.text)] == finding.text
            assert Label(finding.label).family == "trigger"
        assert lines[draft.line - 1][draft.col - 1 :].startswith(draft.text.split("\n")[0])
