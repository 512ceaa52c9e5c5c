"""Messages per second of the classifier on real customer-support tweets.

Usage::

    python benchmarks/throughput.py [--corpora PATH] [--repeat 5] [--limit N]

Classifies every tweet of ``twcs/twcs_first5000.csv`` (customers as customers,
brands as agents) in one process, ``--repeat`` times, and prints the best
messages per second. When ``vaderSentiment`` is installed, times VADER's
``polarity_scores`` on the same messages in the same run and prints the ratio.
Skips cleanly when the corpora folder is absent.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _corpora

from deescalate import Speaker, default_classifier


def best_rate(run: Callable[[], object], count: int, repeat: int) -> float:
    """The best of ``repeat`` timed runs, in items per second."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return count / best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpora", help="path of the shared corpora folder")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs; the best is kept")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N tweets")
    args = parser.parse_args(argv)
    root = _corpora.corpora_path(args.corpora)
    if not root.is_dir():
        print(f"corpora not found at {root}; nothing to measure (pass --corpora PATH)")
        return 0
    tweets = _corpora.twcs(root)
    if args.limit:
        tweets = tweets[: args.limit]
    texts = [t.text for t in tweets]
    speakers = [Speaker.CUSTOMER if t.inbound else Speaker.AGENT for t in tweets]
    classifier = default_classifier("en")
    classifier.classify_many(texts[:50], speaker=speakers[:50])  # warm the caches
    n = len(texts)
    chars = sum(map(len, texts))
    print(f"{n} tweets, {chars / n:.0f} characters on average; Python {platform.python_version()}")
    print(f"rules: {len(classifier.rules)}; version {classifier.version}")
    ours = best_rate(lambda: classifier.classify_many(texts, speaker=speakers), n, args.repeat)
    print(f"deescalate.classify_many: {ours:,.0f} messages/s (best of {args.repeat})")
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:
        print("vaderSentiment not installed: no comparison (pip install vaderSentiment)")
        return 0
    analyzer = SentimentIntensityAnalyzer()
    vader = best_rate(lambda: [analyzer.polarity_scores(t) for t in texts], n, args.repeat)
    print(f"VADER polarity_scores:    {vader:,.0f} messages/s (best of {args.repeat})")
    print(f"ratio: {ours / vader:.2f}x VADER's throughput")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
