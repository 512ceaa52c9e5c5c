"""Before/after examples for docs/gallery.md, from real agent replies in TWCS.

Usage::

    python benchmarks/gallery.py [--corpora PATH] [--examples 8] [--max-chars 160]

Runs :func:`deescalate.rewrite` (no facts, so needed facts stay as ``{slots}``)
over the brand replies of ``twcs/twcs_first5000_reply_pairs.csv`` in file order,
and prints, as Markdown ready to paste into ``docs/gallery.md``: how many replies
had agent-side triggers and how many were rewritten, then one short rewritten
reply per trigger label (the first in file order, at most ``--max-chars``
characters) until ``--examples`` are shown, with the customer tweet it answered,
the edits and their reasons. Skips cleanly when the corpora folder is absent.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _corpora

from deescalate import Label, Rewrite
from deescalate.rewrite import default_rewriter


def _markdown(text: str) -> str:
    """One line of Markdown that shows the text as it is (tables, emphasis, HTML escaped)."""
    text = " ".join(text.split()).replace("\\", "\\\\")
    for char in "|*_`[]":
        text = text.replace(char, "\\" + char)
    return text.replace("<", "&lt;")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpora", help="path of the shared corpora folder")
    parser.add_argument("--examples", type=int, default=8, help="examples to print")
    parser.add_argument("--max-chars", type=int, default=160, help="longest reply to show")
    args = parser.parse_args(argv)
    path = _corpora.corpora_path(args.corpora) / "twcs" / "twcs_first5000_reply_pairs.csv"
    if not path.is_file():
        print(f"corpus not found at {path}; nothing to show (pass --corpora PATH)")
        return 0
    with path.open(encoding="utf-8", newline="") as handle:
        pairs = list(csv.DictReader(handle))
    rewriter = default_rewriter("en")
    classifier = rewriter.classifier
    results: list[tuple[dict[str, str], Rewrite]] = []
    with_triggers = 0
    for pair in pairs:
        found = classifier.classify(pair["agent_text"], speaker="agent")
        if any(label.family == "trigger" for label in found.labels):
            with_triggers += 1
            results.append((pair, rewriter.rewrite(pair["agent_text"])))
    changed = [(pair, result) for pair, result in results if result.changed]
    print(
        f"<!-- measured with benchmarks/gallery.py; rewriter {rewriter.version}: "
        f"{len(pairs)} brand replies, {with_triggers} with agent-side triggers, "
        f"{len(changed)} rewritten -->"
    )
    shown: list[Label] = []
    for pair, result in changed:
        if len(shown) >= args.examples:
            break
        if len(result.original) > args.max_chars:
            continue
        label = result.edits[0].label
        if label in shown:
            continue
        shown.append(label)
        print()
        print(f"### `{label.value}` ({pair['brand']})")
        print()
        print(f"*Customer:* {_markdown(pair['customer_text'])}")
        print()
        print("| before | after |")
        print("|---|---|")
        print(f"| {_markdown(result.original)} | {_markdown(result.text)} |")
        print()
        for edit in result.edits:
            safe = " Safe to apply automatically." if edit.safe_to_autofix else ""
            print(f"- `{edit.rule}`: {edit.reason}{safe}")
        for item in result.unresolved:
            print(f"- left for a person: `{item.label.value}` “{item.text}”: {item.reason}")
        if result.slots:
            print(f"- to fill in: {', '.join('`{' + slot + '}`' for slot in result.slots)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
