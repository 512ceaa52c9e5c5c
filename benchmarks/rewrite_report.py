"""The rewriter on real agent replies: what it finds, what it fixes, how fast.

Usage::

    python benchmarks/rewrite_report.py [--corpora PATH] [--examples 12] [--repeat 3]

Runs :func:`deescalate.rewrite` (no facts, so needed facts stay as slots) over every
brand reply of ``twcs/twcs_first5000.csv`` and every agent turn and final agent reply
of ``twitter_cdp/cdp_{dev,test}.jsonl``, and prints: how many drafts contained
agent-side triggers, how many came back with none left, how many came back with no
rewritten trigger left, the edits per trigger label (and how many were safe to
autofix), the triggers left unresolved per label, drafts per second (best of
``--repeat`` runs over all drafts), and before/after pairs for a person to read.
Skips cleanly when the corpora folder is absent.

"None left" is counted honestly: the classifier must find no trigger in the output
*and* no trigger of the draft may survive word for word. A refusal followed by an
alternative ("... What I can do instead is {offer}.") no longer reads as a flat
refusal to the classifier, but its words are still there, so it counts as left.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _corpora

from deescalate import Edit, Hit, Rewrite, classify, default_classifier
from deescalate.rewrite import default_rewriter


def agent_drafts(root: Path) -> list[tuple[str, str]]:
    """``(source, text)`` for every real agent reply in the two corpora."""
    drafts = [("twcs", t.text) for t in _corpora.twcs(root) if not t.inbound]
    for split in ("dev", "test"):
        for conversation in _corpora.cdp(root, split):
            turns = conversation["turns"]
            assert isinstance(turns, list)
            drafts += [("cdp", t["text"]) for t in turns if t["role"] == "agent"]
            final = conversation["final_agent_reply"]
            assert isinstance(final, dict)
            drafts.append(("cdp", final["text"]))
    return drafts


def trigger_hits(text: str) -> list[Hit]:
    return [h for h in classify(text, speaker="agent").hits if h.label.family == "trigger"]


def triggers(text: str) -> list[str]:
    return [h.label.value for h in trigger_hits(text)]


def changes(edit: Edit, hit: Hit) -> bool:
    """Whether the edit changes the hit's words (a capital letter on its first word does not)."""
    if edit.start == edit.end:
        return hit.start < edit.start < hit.end
    low, high = max(edit.start, hit.start), min(edit.end, hit.end)
    if low >= high:
        return False
    before, after = edit.before[low - edit.start :], edit.after[-(edit.end - low) :]
    return before.lower() != after.lower() or high - low > 1


def untouched(hits: Iterable[Hit], edits: Sequence[Edit]) -> list[str]:
    """Labels of the draft's trigger hits that no edit changed: their words are still there."""
    return [h.label.value for h in hits if not any(changes(e, h) for e in edits)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpora", help="path of the shared corpora folder")
    parser.add_argument("--examples", type=int, default=12, help="before/after pairs to print")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the best is kept")
    args = parser.parse_args(argv)
    root = _corpora.corpora_path(args.corpora)
    if not (root / "twcs").is_dir() or not (root / "twitter_cdp").is_dir():
        print(f"corpora not found at {root}; nothing to measure (pass --corpora PATH)")
        return 0
    drafts = agent_drafts(root)
    texts = [text for _source, text in drafts]
    rewriter = default_rewriter("en")
    print(
        f"{len(texts)} agent drafts (twcs {sum(s == 'twcs' for s, _ in drafts)}, "
        f"cdp {sum(s == 'cdp' for s, _ in drafts)}); Python {platform.python_version()}"
    )
    print(
        f"classifier {default_classifier('en').version}; rewriter {rewriter.version}; "
        f"{len(rewriter.substitutions)} substitutions"
    )

    results: list[Rewrite] = [rewriter.rewrite(text) for text in texts]  # also warms caches
    best = float("inf")
    for _ in range(args.repeat):
        start = time.perf_counter()
        for text in texts:
            rewriter.rewrite(text)
        best = min(best, time.perf_counter() - start)

    before_hits = [trigger_hits(text) for text in texts]
    before = [[h.label.value for h in found] for found in before_hits]
    with_triggers = [i for i, found in enumerate(before) if found]
    after = {i: triggers(results[i].text) for i in with_triggers}
    kept = {i: untouched(before_hits[i], results[i].edits) for i in with_triggers}
    flagged_clean = [i for i in with_triggers if not after[i]]
    clean = [i for i in flagged_clean if not kept[i]]
    edited = [i for i in with_triggers if results[i].edits]
    rewritten_gone = [
        i
        for i in edited
        if not {e.label.value for e in results[i].edits} & (set(after[i]) | set(kept[i]))
    ]
    hidden = [i for i in flagged_clean if kept[i]]
    unreported = sum(
        max(0, kept[i].count(label) - [u.label.value for u in results[i].unresolved].count(label))
        for i in with_triggers
        for label in set(kept[i])
    )
    edits = Counter(e.label.value for r in results for e in r.edits)
    safe = Counter(e.label.value for r in results for e in r.edits if e.safe_to_autofix)
    hits = Counter(label for found in before for label in found)
    left = Counter(u.label.value for r in results for u in r.unresolved)
    slots = Counter(s for r in results for s in r.slots)

    n = len(with_triggers)
    print()
    print(f"drafts with agent-side triggers:      {n} of {len(texts)} ({n / len(texts):.1%})")
    print(f"  came back with no trigger left:      {len(clean)} ({len(clean) / max(n, 1):.1%})")
    print(
        f"  (classifier alone finds none:        {len(flagged_clean)}; {len(hidden)} of those "
        "still hold a trigger's words)"
    )
    print(f"  rewritten at least once:             {len(edited)}")
    print(f"  with no rewritten trigger left:      {len(rewritten_gone)} of {len(edited)}")
    print(f"  triggers left but not in unresolved: {unreported}")
    print(
        f"  drafts without triggers changed:     "
        f"{sum(1 for i, r in enumerate(results) if r.edits and not before[i])}"
    )
    print(f"speed: {len(texts) / best:,.0f} drafts/s (best of {args.repeat}, all drafts)")
    print()
    print(f"{'label':<28}{'hits':>6}{'edits':>7}{'safe':>6}{'left':>6}")
    for label in sorted(set(hits) | set(edits) | set(left)):
        print(f"{label:<28}{hits[label]:>6}{edits[label]:>7}{safe[label]:>6}{left[label]:>6}")
    print(
        f"{'total':<28}{sum(hits.values()):>6}{sum(edits.values()):>7}"
        f"{sum(safe.values()):>6}{sum(left.values()):>6}"
    )
    print()
    print(
        "slots left (no facts were passed): "
        + ", ".join(f"{{{name}}} {count}" for name, count in slots.most_common())
    )
    print()
    print(f"before/after, the first {args.examples} rewritten drafts:")
    for i in edited[: args.examples]:
        result = results[i]
        print(f"- before: {result.original!r}")
        print(f"  after:  {result.text!r}")
        for edit in result.edits:
            print(
                f"    {edit.rule}: {edit.before!r} -> {edit.after!r}"
                f"{' (safe)' if edit.safe_to_autofix else ''}"
            )
        for item in result.unresolved:
            print(f"    left: {item.label.value} {item.text!r}: {item.reason}")
    unresolved_only = [i for i in with_triggers if not results[i].edits][:3]
    if unresolved_only:
        print()
        print("left for a person (no edit made):")
        for i in unresolved_only:
            for item in results[i].unresolved:
                print(f"- {item.label.value} {item.text!r} in {texts[i][:140]!r}")
                print(f"    {item.reason}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
