"""Lint agent drafts like code: ``file:line:col label message``, exit 1 on a trigger.

Point it at macro and template libraries in CI, or pipe a draft in::

    python examples/cli.py macros/*.txt
    echo "Calm down, that's our policy." | python examples/cli.py --fix

Each file (or standard input, named ``<stdin>``, when no file or ``-`` is given)
is split into drafts: by default at blank lines (``--split paragraph``), or one
draft per line, or the whole file as one draft. Each finding prints as::

    macros/refunds.txt:3:1 trigger.calm_down "Calm down": Tells the customer to calm down, ...

Lines and columns count from 1, columns in characters. What counts as a finding
is chosen with ``--select`` (label IDs or families, comma-separated); the default
is every ``trigger`` label for agent drafts (``--speaker agent``) and every
``hostility`` and ``threat`` label for customer messages (``--speaker customer``).
``--fix`` prints the rewriter's suggestion after each draft with findings
(agent drafts only); nothing is written back.

Exit status: 0 when nothing was found, 1 when something was, 2 on a usage error
(an unknown option, language or label, a file that cannot be read).
"""

from __future__ import annotations

import argparse
import bisect
import contextlib
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal, TextIO

from deescalate import (
    DeescalateError,
    ErrorCode,
    InputError,
    Label,
    Speaker,
    default_classifier,
)
from deescalate.rewrite import default_rewriter

Split = Literal["file", "paragraph", "line"]

DEFAULT_SELECT = {Speaker.AGENT: ("trigger",), Speaker.CUSTOMER: ("hostility", "threat")}
_BLANK_LINES = re.compile(r"\n[ \t\r\f\v]*\n\s*")


@dataclass(frozen=True)
class Finding:
    """One label found in a draft, located in its file."""

    path: str
    line: int
    col: int
    label: str
    text: str
    message: str
    rule: str

    def __str__(self) -> str:
        return f'{self.path}:{self.line}:{self.col} {self.label} "{self.text}": {self.message}'


@dataclass(frozen=True)
class Draft:
    """One draft of a file, where it starts, and what was found in it."""

    path: str
    line: int
    col: int
    text: str
    findings: tuple[Finding, ...]


def parse_select(value: str) -> tuple[str, ...]:
    """``"trigger,threat.legal"`` -> label IDs and families, each checked against the taxonomy."""
    items = tuple(item.strip() for item in value.split(",") if item.strip())
    families = {label.family for label in Label}
    for item in items:
        if item not in families and item not in Label._value2member_map_:
            raise ValueError(f"{item!r} is neither a label ID nor a label family")
    if not items:
        raise ValueError("give at least one label ID or family")
    return items


def _selected(label: Label, select: Sequence[str]) -> bool:
    return label.value in select or label.family in select


def split_drafts(text: str, split: Split) -> Iterator[tuple[int, str]]:
    """The drafts of a file and their offsets: by blank lines, lines, or the whole file."""
    if split == "file":
        pieces: list[tuple[int, int]] = [(0, len(text))]
    elif split == "line":
        pieces = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    else:
        pieces, start = [], 0
        for gap in _BLANK_LINES.finditer(text):
            pieces.append((start, gap.start()))
            start = gap.end()
        pieces.append((start, len(text)))
    for start, end in pieces:
        draft = text[start:end]
        stripped = draft.lstrip()
        if stripped.strip():
            offset = start + len(draft) - len(stripped)
            yield offset, stripped.rstrip()


def lint(
    text: str,
    *,
    path: str = "<stdin>",
    speaker: Speaker | str = Speaker.AGENT,
    lang: str = "en",
    select: Sequence[str] | None = None,
    split: Split = "paragraph",
) -> list[Draft]:
    """Every draft of ``text`` with its findings, located by line and column.

    Raises:
        deescalate.InputError: ``D102`` for an unknown speaker, ``D103`` for an unknown
            language.
    """
    if speaker not in Speaker._value2member_map_:
        raise InputError(
            ErrorCode.UNKNOWN_SPEAKER, f"speaker must be 'customer' or 'agent', got {speaker!r}"
        )
    who = Speaker(speaker)
    classifier = default_classifier(lang)
    chosen = tuple(select) if select is not None else DEFAULT_SELECT[who]
    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    rules = {rule.id: rule for rule in classifier.rules}
    drafts = []
    for offset, draft in split_drafts(text, split):
        result = classifier.classify(draft, speaker=who)
        findings = []
        for hit in result.hits:
            if not _selected(hit.label, chosen):
                continue
            at = offset + hit.start
            line = bisect.bisect_right(starts, at)
            findings.append(
                Finding(
                    path=path,
                    line=line,
                    col=at - starts[line - 1] + 1,
                    label=hit.label.value,
                    text=hit.text,
                    message=rules[hit.rule].message,
                    rule=hit.rule,
                )
            )
        line = bisect.bisect_right(starts, offset)
        drafts.append(Draft(path, line, offset - starts[line - 1] + 1, draft, tuple(findings)))
    return drafts


def _print_fix(draft: Draft, lang: str, out: TextIO) -> None:
    result = default_rewriter(lang).rewrite(draft.text)
    where = f"{draft.path}:{draft.line}:{draft.col}"
    if not result.changed:
        print(f"{where} fix: none; left for a person (see the findings above)", file=out)
        return
    print(f"{where} fix:", file=out)
    for line in result.text.splitlines():
        print(f"    {line}", file=out)
    if result.slots:
        print(f"    (fill in: {', '.join('{' + slot + '}' for slot in result.slots)})", file=out)
    for item in result.unresolved:
        print(f'    (still there: {item.label.value} "{item.text}": {item.reason})', file=out)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cli.py",
        description="Lint agent drafts for escalation triggers, like a code linter.",
    )
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="files to lint; '-' or none: standard input"
    )
    parser.add_argument(
        "--speaker",
        choices=[s.value for s in Speaker],
        default=Speaker.AGENT.value,
        help="who wrote the drafts (default: agent)",
    )
    parser.add_argument("--lang", default="en", help="language code (default: en)")
    parser.add_argument(
        "--select",
        metavar="LABELS",
        help="comma-separated label IDs or families to report (default: trigger for agent "
        "drafts, hostility,threat for customer messages)",
    )
    parser.add_argument(
        "--split",
        choices=["paragraph", "line", "file"],
        default="paragraph",
        help="what one draft is: a paragraph between blank lines (default), a line, a file",
    )
    parser.add_argument(
        "--fix", action="store_true", help="print the rewriter's suggestion for each draft"
    )
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the linter; returns the exit status (0 clean, 1 findings, 2 usage error)."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = build_parser()

    def fail(message: str) -> int:
        parser.print_usage(stderr)
        print(f"{parser.prog}: error: {message}", file=stderr)
        return 2

    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help (0), or a usage error argparse reported (2)
        return 0 if exit_.code is None else int(exit_.code)
    if args.fix and args.speaker != Speaker.AGENT:
        return fail("--fix rewrites agent drafts: use it with --speaker agent")
    try:
        select = parse_select(args.select) if args.select is not None else None
    except ValueError as error:
        return fail(f"--select: {error}")

    sources: list[tuple[str, str]] = []
    for name in args.files or ["-"]:
        if name == "-":
            sources.append(("<stdin>", stdin.read()))
            continue
        try:
            with open(name, encoding="utf-8") as handle:
                sources.append((name, handle.read()))
        except (OSError, UnicodeDecodeError) as error:
            return fail(f"cannot read {name}: {error}")

    found = False
    try:
        for path, text in sources:
            for draft in lint(
                text,
                path=path,
                speaker=args.speaker,
                lang=args.lang,
                select=select,
                split=args.split,
            ):
                for finding in draft.findings:
                    print(finding, file=stdout)
                if draft.findings:
                    found = True
                    if args.fix:
                        _print_fix(draft, args.lang, stdout)
    except DeescalateError as error:
        return fail(str(error))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
