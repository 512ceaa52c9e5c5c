"""How often the boundary policy fires on real customer-support threads.

Usage::

    python benchmarks/policy_report.py [--corpora PATH] [--examples N] [--policy JSON]

Runs a :class:`deescalate.BoundaryPolicy` (the defaults, or the JSON given with
``--policy``) over the customer turns of every thread in

* ``twitter_cdp/`` (IBM Twitter customer-care conversations, dev and test): the
  ``customer`` turns of each conversation, in order;
* ``twcs/twcs_first5000.csv`` (TWCS): threads rebuilt from
  ``in_response_to_tweet_id`` (a tweet whose parent is outside the file starts a
  thread), customer tweets (``inbound=True``) in time order;

and prints, per corpus, how often each action fires (per turn and per thread),
what set off the strong actions, and a few real threads where the policy warned,
escalated or disengaged, so a person can judge whether it is too quiet or too
loud. The figures are in ``docs/concepts/policy.md``. Skips cleanly when the
corpora folder is absent.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _corpora

from deescalate import Action, BoundaryPolicy, Classification, Decision, classify_many

ACTIONS = list(Action)
STRONG = (Action.WARN, Action.FINAL_WARNING, Action.ESCALATE, Action.DISENGAGE)


@dataclass(frozen=True)
class Thread:
    """One customer's side of one thread: an ID and the customer's turns, in order.

    A thread where several customers (or bystanders) write is split into one
    conversation per customer: the policy follows one customer at a time.
    """

    corpus: str
    thread_id: str
    company: str
    turns: tuple[str, ...]


def cdp_threads(root: Path) -> list[Thread]:
    """Each customer's turns in every IBM Twitter customer-care conversation (dev and test)."""
    threads = []
    for split in ("dev", "test"):
        for row in _corpora.cdp(root, split):
            turns = row["turns"]
            assert isinstance(turns, list)
            by_customer: dict[str, list[str]] = {}
            for t in turns:
                if t["role"] == "customer":
                    by_customer.setdefault(str(t["speaker"]), []).append(str(t["text"]))
            for speaker, texts in by_customer.items():
                thread_id = str(row["session_id"])
                if len(by_customer) > 1:
                    thread_id += f"/{speaker}"
                threads.append(Thread("twitter_cdp", thread_id, str(row["company"]), tuple(texts)))
    return threads


def twcs_threads(root: Path) -> list[Thread]:
    """TWCS threads rebuilt from reply links; customer tweets in time order."""
    path = root / "twcs" / "twcs_first5000.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = {row["tweet_id"]: row for row in csv.DictReader(handle)}

    def thread_root(tweet_id: str) -> str:
        seen = {tweet_id}
        while (parent := rows[tweet_id]["in_response_to_tweet_id"]) in rows and parent not in seen:
            seen.add(parent)
            tweet_id = parent
        return tweet_id

    groups: dict[str, list[dict[str, str]]] = {}
    for tweet_id in rows:
        groups.setdefault(thread_root(tweet_id), []).append(rows[tweet_id])
    threads = []
    for root_id, tweets in sorted(groups.items(), key=lambda item: int(item[0])):
        tweets.sort(key=lambda row: (_when(row["created_at"]), int(row["tweet_id"])))
        brands = ",".join(sorted({r["author_id"] for r in tweets if r["inbound"] != "True"}))
        customers = list(dict.fromkeys(r["author_id"] for r in tweets if r["inbound"] == "True"))
        for customer in customers:
            texts = tuple(
                r["text"] for r in tweets if r["inbound"] == "True" and r["author_id"] == customer
            )
            thread_id = root_id if len(customers) == 1 else f"{root_id}/{customer}"
            threads.append(Thread("twcs", thread_id, brands or "?", texts))
    return threads


def _when(created_at: str) -> datetime:
    return datetime.strptime(created_at, "%a %b %d %H:%M:%S %z %Y")


def classify_threads(threads: list[Thread]) -> list[list[Classification]]:
    """Every thread's customer turns, classified in one batch."""
    texts = [text for thread in threads for text in thread.turns]
    classified = iter(classify_many(texts, speaker="customer"))
    return [[next(classified) for _ in thread.turns] for thread in threads]


def _share(count: int, total: int) -> str:
    return f"{count} ({100 * count / total:.1f}%)" if total else "0"


def report(name: str, threads: list[Thread], decisions: list[list[Decision]]) -> None:
    """How often each action fires, what set off the strong ones, which scripts were used."""
    per_turn = Counter(d.action for ds in decisions for d in ds)
    per_thread = Counter(max(d.action for d in ds) for ds in decisions)
    turns = sum(per_turn.values())
    whole = len({thread.thread_id.split("/")[0] for thread in threads})
    print(f"\n## {name}: {len(threads)} conversations in {whole} threads, {turns} customer turns")
    print("\n| action | turns | conversations whose strongest action it is |")
    print("|---|---|---|")
    for action in ACTIONS:
        print(
            f"| `{action.value}` | {_share(per_turn[action], turns)} "
            f"| {_share(per_thread[action], len(threads))} |"
        )
    causes = Counter(
        (d.action.value, d.reasons[0].kind, d.reasons[0].setting)
        for ds in decisions
        for d in ds
        if d.action in STRONG
    )
    if causes:
        print("\nWhat set off the strong actions (deciding reason):\n")
        print("| action | reason | setting | turns |")
        print("|---|---|---|---|")
        for (fired, kind, setting), count in sorted(causes.items()):
            print(f"| `{fired}` | `{kind}` | `{setting}` | {count} |")
    acknowledged = Counter(
        d.script_ids[0].rsplit(".", 1)[0]
        for ds in decisions
        for d in ds
        if d.action is Action.ACKNOWLEDGE
    )
    if acknowledged:
        print("\nAcknowledgement scripts used:\n")
        print("| script | turns |")
        print("|---|---|")
        for key, count in acknowledged.most_common():
            print(f"| `{key}` | {count} |")


def show_examples(threads: list[Thread], decisions: list[list[Decision]], examples: int) -> None:
    """A few real conversations for each strong action, turn by turn."""
    for action in STRONG:
        chosen = [
            (thread, ds)
            for thread, ds in zip(threads, decisions, strict=True)
            if any(d.action is action for d in ds)
        ]
        # Prefer threads with more than one customer turn: they show the ladder at work.
        chosen.sort(key=lambda item: (len(item[0].turns) == 1, item[0].thread_id))
        for thread, ds in chosen[:examples]:
            print(f"\n### `{action.value}`: {thread.corpus} conversation {thread.thread_id}")
            print(f"({thread.company})\n")
            for number, (text, decision) in enumerate(zip(thread.turns, ds, strict=True), 1):
                excerpt = " ".join(text.split())
                if len(excerpt) > 200:
                    excerpt = excerpt[:197] + "..."
                print(f"{number}. > {excerpt}")
                print(f"   **{decision.action.value}**: {decision.reasons[0].message}")
                if decision.script:
                    print(f"   *say:* {decision.script}")


ALTERNATIVES: tuple[tuple[str, dict[str, object]], ...] = (
    ("profanity counts as abuse", {"abuse": ["hostility.insult", "hostility.profanity"]}),
    ("acknowledge from heated", {"acknowledge_from": "heated"}),
    ("first manager demand escalates", {"manager_demands": 1}),
)


def compare(policy: BoundaryPolicy, classified: list[list[Classification]]) -> None:
    """Per-turn action shares for the policy and a few alternatives, on the same turns."""
    print("\nThe same turns under other settings (share of customer turns):\n")
    print("| policy | " + " | ".join(f"`{a.value}`" for a in ACTIONS) + " |")
    print("|---|" + "---|" * len(ACTIONS))
    for name, changes in (("this policy", {}), *ALTERNATIVES):
        variant = policy.replace(**changes)
        counts = Counter(d.action for turns in classified for d in variant.decide_many(turns))
        total = sum(counts.values())
        cells = " | ".join(f"{100 * counts[a] / total:.1f}%" for a in ACTIONS)
        print(f"| {name} | {cells} |")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpora", help="path of the shared corpora folder")
    parser.add_argument(
        "--examples", type=int, default=2, help="example threads per strong action (default 2)"
    )
    parser.add_argument("--policy", help="a BoundaryPolicy as JSON (default: the defaults)")
    args = parser.parse_args(argv)
    root = _corpora.corpora_path(args.corpora)
    if not root.is_dir():
        print(f"corpora not found at {root}; nothing to report (pass --corpora PATH)")
        return 0
    policy = BoundaryPolicy.model_validate_json(args.policy) if args.policy else BoundaryPolicy()
    print(f"# Boundary policy over real support threads\n\nPolicy: `{policy.model_dump_json()}`")
    for name, loader in (
        ("IBM Twitter customer care (twitter_cdp, dev + test)", cdp_threads),
        ("TWCS, first 5,000 tweets (twcs)", twcs_threads),
    ):
        try:
            threads = loader(root)
        except FileNotFoundError as error:
            print(f"\n## {name}\n\nskipped: {error.filename} not found")
            continue
        classified = classify_threads(threads)
        decisions = [policy.decide_many(turns) for turns in classified]
        report(name, threads, decisions)
        compare(policy, classified)
        show_examples(threads, decisions, args.examples)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
