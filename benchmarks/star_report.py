"""Draft STAR cases from real customer-care threads and report how complete they come out.

Usage::

    python benchmarks/star_report.py [--corpora PATH] [--examples N] [--show SESSION_ID ...]

Reads ``twitter_cdp/`` (IBM Twitter customer-care conversations, dev and test:
the turns of each conversation, then the agent's final reply), drafts one
:class:`deescalate.StarCase` per conversation with ``StarCase.draft_from``, and
prints how many drafts are complete, which parts were missing how often, the
outcomes, how many parts and quotes the drafts have, and a few drafted cases as
text, with personal data (the real @handles among it) masked: the first complete
drafts and the first draft missing the most common combination of parts, or the
conversations named with ``--show``. The figures are in ``docs/concepts/star.md``.
Skips cleanly when the corpus is absent.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _corpora

from deescalate import Conversation, Outcome, StarCase, StarDraft, StarPart


def conversations(root: Path) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """``(session id, company, (role, text) turns)`` of every conversation, final reply last."""
    out = []
    for split in ("dev", "test"):
        for row in _corpora.cdp(root, split):
            turns = row["turns"]
            final = row["final_agent_reply"]
            assert isinstance(turns, list)
            assert isinstance(final, dict)
            pairs = [(str(t["role"]), str(t["text"])) for t in turns]
            pairs.append(("agent", str(final["text"])))
            out.append((str(row["session_id"]), str(row["company"]), pairs))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", help="the shared corpora folder")
    parser.add_argument("--examples", type=int, default=3, help="complete cases to print")
    parser.add_argument("--show", nargs="*", default=[], help="session IDs of drafts to print")
    args = parser.parse_args(argv)
    root = _corpora.corpora_path(args.corpora)
    if not (root / "twitter_cdp" / "cdp_test.jsonl").is_file():
        print(f"skipped: twitter_cdp not found under {root}")
        return 0

    threads = conversations(root)
    started = time.perf_counter()
    drafts: list[tuple[str, str, Conversation, StarDraft]] = []
    for session, company, pairs in threads:
        conv = Conversation.from_turns(pairs)
        draft = StarCase.draft_from(conv, channel="twitter", tags=[company])
        draft.check_evidence(conv)  # every quote is the text of its turn
        drafts.append((session, company, conv, draft))
    elapsed = time.perf_counter() - started

    total = len(drafts)
    complete = [d for d in drafts if d[3].complete]
    missing = Counter(part for *_rest, draft in drafts for part in draft.missing)
    patterns = Counter(
        " + ".join(part.value for part in draft.missing) or "(none)" for *_rest, draft in drafts
    )
    outcomes = Counter(draft.outcome for *_rest, draft in drafts)
    multi = [d for d in drafts if len(d[2].customer_turns) > 1]
    single = sum(len(d[2]) == 2 and len(d[2].customer_turns) == 1 for d in drafts)
    multi_complete = sum(d[3].complete for d in multi)
    quotes = [len(draft.quotes()) for *_rest, draft in drafts]

    print(f"twitter_cdp: {total} conversations (dev + test), {len(multi)} with 2+ customer turns")
    print(f"  {single} are one customer turn and one agent reply")
    print(
        f"drafted in {elapsed:.1f} s ({total / elapsed:.0f} conversations/s, with classification)"
    )
    print(f"complete drafts: {len(complete)} of {total} ({len(complete) / total:.1%})")
    print(f"  of conversations with 2+ customer turns: {multi_complete} of {len(multi)}")
    print("missing part, how often:")
    for part in StarPart:
        print(f"  {part.value:<10} {missing[part]:>5}  ({missing[part] / total:.1%})")
    print("what was missing, together:")
    for pattern, count in patterns.most_common():
        print(f"  {count:>5}  {pattern}")
    print("outcome:")
    for outcome in Outcome:
        print(f"  {outcome.value:<11} {outcomes[outcome]:>5}")
    print(f"quotes per draft: mean {sum(quotes) / total:.2f}, max {max(quotes)}")

    if args.show:
        by_id = {d[0]: d for d in drafts}
        shown = [by_id[session] for session in args.show if session in by_id]
    else:
        shown = complete[: args.examples]
        common = patterns.most_common(1)[0][0]
        incomplete = next(
            (d for d in drafts if " + ".join(p.value for p in d[3].missing) == common), None
        )
        if incomplete is not None:
            shown.append(incomplete)
    for session, company, _conv, draft in shown:
        print(f"\n--- {session} ({company}) ---")
        print(draft.to_text(redact=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
