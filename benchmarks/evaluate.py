"""Accuracy of the phrase classifier on the shared public corpora.

Usage::

    python benchmarks/evaluate.py [--corpora PATH] [--only politeness,goemotions,...]
        [--split dev|test] [--vader]

Prints, per corpus, the figures reported in ``docs/evaluation.md``:

* politeness: Spearman correlation with the human scores and accuracy on the
  top-vs-bottom quartile task, on the Stack Exchange half (used to fit the
  weights) and the Wikipedia half (held out);
* goemotions: precision, recall and F1 of anger (label 2) on ``dev`` (used while
  developing) or ``test`` (reported);
* davidson: precision, recall and F1 of offensive-or-hate;
* complaints: how often complaints and non-complaints reach each level;
* twcs: level and label rates on real customer and agent tweets.

With ``--vader`` (and ``vaderSentiment`` installed) the same tasks are scored
with VADER's compound score, thresholds chosen on the development halves.
Skips cleanly when the corpora folder is absent.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _corpora

from deescalate import Label, Level, classify_many

# What counts as detecting each task's positive class, by label.
ANGER_LABELS = frozenset({Label.EMOTION_ANGER, Label.HOSTILITY_INSULT})
OFFENSIVE_LABELS = frozenset({Label.HOSTILITY_PROFANITY, Label.HOSTILITY_INSULT})


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Spearman's rank correlation, with average ranks for ties."""

    def ranks(values: Sequence[float]) -> list[float]:
        order = sorted(range(len(values)), key=values.__getitem__)
        out = [0.0] * len(values)
        i = 0
        while i < len(order):
            j = i
            while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
                j += 1
            for k in range(i, j + 1):
                out[order[k]] = (i + j) / 2.0
            i = j + 1
        return out

    rx, ry = ranks(xs), ranks(ys)
    n = len(xs)
    mx, my = sum(rx) / n, sum(ry) / n
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    vx = sum((a - mx) ** 2 for a in rx)
    vy = sum((b - my) ** 2 for b in ry)
    return cov / (vx * vy) ** 0.5 if vx and vy else 0.0


def prf(predicted: Sequence[bool], gold: Sequence[bool]) -> tuple[float, float, float]:
    tp = sum(p and g for p, g in zip(predicted, gold, strict=True))
    fp = sum(p and not g for p, g in zip(predicted, gold, strict=True))
    fn = sum(g and not p for p, g in zip(predicted, gold, strict=True))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def best_threshold(scores: Sequence[float], gold: Sequence[bool]) -> float:
    """The threshold that maximises accuracy of ``score > threshold`` (for fitting only)."""
    candidates = sorted(set(scores))
    best, best_acc = 0.0, -1.0
    for low, high in zip(
        [candidates[0] - 1.0, *candidates], [*candidates, candidates[-1] + 1.0], strict=True
    ):
        threshold = (low + high) / 2.0
        acc = sum((s > threshold) == g for s, g in zip(scores, gold, strict=True)) / len(gold)
        if acc > best_acc:
            best, best_acc = threshold, acc
    return best


def quartile_accuracy(
    rows: Sequence[_corpora.Rated], scores: Sequence[float], threshold: float
) -> float:
    pairs = [
        (s, r.quartile == "polite")
        for r, s in zip(rows, scores, strict=True)
        if r.quartile != "middle"
    ]
    return sum((s > threshold) == g for s, g in pairs) / len(pairs)


def politeness_section(root: Path, scorer: Callable[[list[str]], list[float]], name: str) -> None:
    se = _corpora.politeness(root, "stackexchange")
    wiki = _corpora.politeness(root, "wikipedia")
    se_scores = scorer([r.text for r in se])
    wiki_scores = scorer([r.text for r in wiki])
    se_pairs = [
        (s, r.quartile == "polite")
        for r, s in zip(se, se_scores, strict=True)
        if r.quartile != "middle"
    ]
    threshold = best_threshold([s for s, _ in se_pairs], [g for _, g in se_pairs])
    print(f"\n## Politeness ({name}); threshold {threshold:+.3f} chosen on Stack Exchange")
    print("| half | role | n | Spearman | quartile accuracy |")
    print("|---|---|---|---|---|")
    for half, role, rows, scores in (
        ("Stack Exchange", "fit", se, se_scores),
        ("Wikipedia", "held out", wiki, wiki_scores),
    ):
        rho = spearman(scores, [r.score for r in rows])
        acc = quartile_accuracy(rows, scores, threshold)
        print(f"| {half} | {role} | {len(rows)} | {rho:.3f} | {acc:.3f} |")


def ours_politeness(texts: list[str]) -> list[float]:
    return [c.politeness for c in classify_many(texts)]


def vader_scorer() -> Callable[[list[str]], list[float]] | None:
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:
        return None
    analyzer = SentimentIntensityAnalyzer()
    return lambda texts: [analyzer.polarity_scores(t)["compound"] for t in texts]


def goemotions_section(root: Path, split: str, vader: bool) -> None:
    rows = _corpora.goemotions(root, split)
    gold = [2 in r.labels for r in rows]
    results = classify_many([r.text for r in rows])
    predicted = [bool(c.labels & ANGER_LABELS) for c in results]
    p, r, f = prf(predicted, gold)
    print(f"\n## GoEmotions anger (label 2), {split} split, n={len(rows)}, positives={sum(gold)}")
    print("| system | precision | recall | F1 |")
    print("|---|---|---|---|")
    print(f"| deescalate ({' or '.join(sorted(ANGER_LABELS))}) | {p:.3f} | {r:.3f} | {f:.3f} |")
    scorer = vader_scorer() if vader else None
    if scorer is not None:
        dev = _corpora.goemotions(root, "dev")
        dev_scores = [-s for s in scorer([d.text for d in dev])]
        dev_gold = [2 in d.labels for d in dev]
        threshold = max(
            (t / 20 for t in range(-20, 21)),
            key=lambda t: prf([s > t for s in dev_scores], dev_gold)[2],
        )
        scores = [-s for s in scorer([r.text for r in rows])]
        vp, vr, vf = prf([s > threshold for s in scores], gold)
        print(
            f"| VADER (compound < {-threshold:+.2f}, set on dev) | {vp:.3f} | {vr:.3f} | {vf:.3f} |"
        )


def davidson_section(root: Path) -> None:
    rows = _corpora.davidson(root)
    gold = [r.klass in (0, 1) for r in rows]
    results = classify_many([r.text for r in rows])
    predicted = [bool(c.labels & OFFENSIVE_LABELS) for c in results]
    p, r, f = prf(predicted, gold)
    print(f"\n## Davidson offensive-or-hate, n={len(rows)}, positives={sum(gold)}")
    print("| system | precision | recall | F1 |")
    print("|---|---|---|---|")
    print(f"| deescalate ({' or '.join(sorted(OFFENSIVE_LABELS))}) | {p:.3f} | {r:.3f} | {f:.3f} |")
    hate = [r.klass == 0 for r in rows]
    recall_hate = sum(p and h for p, h in zip(predicted, hate, strict=True)) / sum(hate)
    print(f"\nRecall on the hate-speech class alone: {recall_hate:.3f}")


def level_table(results: Sequence[object], title: str) -> None:
    counts = Counter(c.level for c in results)  # type: ignore[attr-defined]
    total = len(results)
    print(f"\n{title} (n={total})")
    print("| level | share |")
    print("|---|---|")
    for band in Level:
        print(f"| {band.value} | {counts.get(band, 0) / total:.3f} |")


def complaints_section(root: Path) -> None:
    rows = _corpora.complaints(root)
    results = classify_many([r.text for r in rows])
    print("\n## Complaints vs. non-complaints (tweets to brands)")
    print("| group | n | tense or above | heated or above | hostile or above |")
    print("|---|---|---|---|---|")
    for name, flag in (("complaint", True), ("not a complaint", False)):
        group = [c for c, r in zip(results, rows, strict=True) if r.is_complaint == flag]
        shares = [
            sum(c.level >= band for c in group) / len(group)
            for band in (Level.TENSE, Level.HEATED, Level.HOSTILE)
        ]
        print(f"| {name} | {len(group)} | " + " | ".join(f"{s:.3f}" for s in shares) + " |")


def twcs_section(root: Path) -> None:
    tweets = _corpora.twcs(root)
    customers = [t.text for t in tweets if t.inbound]
    agents = [t.text for t in tweets if not t.inbound]
    customer_results = classify_many(customers)
    agent_results = classify_many(agents, speaker="agent")
    print("\n## TWCS (first 5,000 tweets)")
    level_table(customer_results, "Customer tweets by level")
    for title, results in (("customer", customer_results), ("agent", agent_results)):
        counts = Counter(label for c in results for label in c.labels)
        print(f"\nMost frequent labels on {title} tweets (share of tweets):")
        for label, count in counts.most_common(15):
            print(f"- {label.value}: {count / len(results):.3f}")


SECTIONS = ("politeness", "goemotions", "davidson", "complaints", "twcs")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpora", help="path of the shared corpora folder")
    parser.add_argument("--only", help="comma-separated sections: " + ",".join(SECTIONS))
    parser.add_argument("--split", choices=("dev", "test"), default="test", help="GoEmotions split")
    parser.add_argument("--vader", action="store_true", help="also score VADER where it applies")
    args = parser.parse_args(argv)
    root = _corpora.corpora_path(args.corpora)
    if not root.is_dir():
        print(f"corpora not found at {root}; nothing to evaluate (pass --corpora PATH)")
        return 0
    chosen = args.only.split(",") if args.only else list(SECTIONS)
    unknown = set(chosen) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections: {', '.join(sorted(unknown))}")
    if "politeness" in chosen:
        politeness_section(root, ours_politeness, "deescalate")
        scorer = vader_scorer() if args.vader else None
        if scorer is not None:
            politeness_section(root, scorer, "VADER compound")
    if "goemotions" in chosen:
        goemotions_section(root, args.split, args.vader)
    if "davidson" in chosen:
        davidson_section(root)
    if "complaints" in chosen:
        complaints_section(root)
    if "twcs" in chosen:
        twcs_section(root)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
