"""Fit the politeness weights on the Stack Exchange half of the Stanford Politeness Corpus.

Usage::

    python benchmarks/fit_politeness.py [--corpora PATH] [--l2 1.0] [--folds 5]

Features are the presence (0/1) of each label the classifier finds in a request
and of each politeness cue of the English pack (word classes that are not labels:
``deescalate.lang.PolitenessCue``); labels with a hand-set weight
(``POLITENESS_HAND_WEIGHTS``) enter as fixed offsets, not features. The target
is the paper's binary task, polite (top quartile) vs impolite (bottom quartile).
The model is an L2-regularised logistic regression fitted by Newton's method in
plain Python. The script prints the cross-validated accuracy inside Stack
Exchange for a few regularisation strengths (with labels alone, and with labels
and cues), then the fitted bias and weights as the Python source of
``POLITENESS_BIAS``, ``POLITENESS_WEIGHTS`` and ``POLITENESS_CUE_WEIGHTS`` for
``src/deescalate/_scoring.py``, each with its count and polite share to write
the reason from. The Wikipedia half is never read here: it is the held-out test
reported by ``benchmarks/evaluate.py``.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _corpora

from deescalate import Label, classify_many
from deescalate._scoring import POLITENESS_HAND_WEIGHTS, CueFinder
from deescalate._text import fold
from deescalate.lang import PolitenessCue, get_pack

# Every label and cue is a candidate: heat labels about the situation (delays,
# refunds) are kept too, since the fit decides; nothing is excluded a priori.
MIN_COUNT = 10  # a feature seen in fewer training requests gets no weight (too little evidence)
STRENGTHS = (0.3, 1.0, 3.0, 10.0, 30.0)  # in rising order

Feature = Label | PolitenessCue


def solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Solve a small dense linear system by Gaussian elimination with partial pivoting."""
    n = len(vector)
    a = [[*row[:], vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(n):
            if r != col and a[r][col]:
                factor = a[r][col] / a[col][col]
                for c in range(col, n + 1):
                    a[r][c] -= factor * a[col][c]
    return [a[i][n] / a[i][i] for i in range(n)]


def fit(
    rows: Sequence[Sequence[int]],
    ys: Sequence[int],
    dim: int,
    l2: float,
    offsets: Sequence[float],
) -> list[float]:
    """Newton's method for L2-regularised logistic regression on sparse 0/1 features.

    ``rows`` hold the indices of active features; index 0 is the bias (not penalised);
    ``offsets`` are fixed additions to each row's log-odds (the hand-set weights).
    """
    w = [0.0] * dim
    for _ in range(50):
        grad = [0.0] * dim
        hess = [[0.0] * dim for _ in range(dim)]
        for active, y, offset in zip(rows, ys, offsets, strict=True):
            z = offset + sum(w[i] for i in active)
            p = 1.0 / (1.0 + math.exp(-z))
            for i in active:
                grad[i] += p - y
                for j in active:
                    hess[i][j] += p * (1.0 - p)
        for i in range(1, dim):
            grad[i] += l2 * w[i]
            hess[i][i] += l2
        hess[0][0] += 1e-9
        step = solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-8:
            break
    return w


def accuracy(
    w: Sequence[float],
    rows: Sequence[Sequence[int]],
    ys: Sequence[int],
    offsets: Sequence[float],
) -> float:
    hits = sum(
        (offset + sum(w[i] for i in active) > 0) == bool(y)
        for active, y, offset in zip(rows, ys, offsets, strict=True)
    )
    return hits / len(ys)


def cross_validate(
    rows: Sequence[Sequence[int]],
    ys: Sequence[int],
    dim: int,
    l2: float,
    offsets: Sequence[float],
    folds: int,
) -> float:
    """Mean accuracy over ``folds`` folds (request ``i`` is in fold ``i % folds``)."""
    accs = []
    for fold_index in range(folds):
        train = [i for i in range(len(rows)) if i % folds != fold_index]
        test = [i for i in range(len(rows)) if i % folds == fold_index]
        w = fit(
            [rows[i] for i in train],
            [ys[i] for i in train],
            dim,
            l2,
            [offsets[i] for i in train],
        )
        accs.append(
            accuracy(w, [rows[i] for i in test], [ys[i] for i in test], [offsets[i] for i in test])
        )
    return sum(accs) / len(accs)


def design(
    present: Sequence[frozenset[Feature]], features: Sequence[Feature]
) -> tuple[list[list[int]], int]:
    """Sparse rows (index 0 is the bias) over ``features``, and the dimension."""
    index = {feature: i + 1 for i, feature in enumerate(features)}
    rows = [[0, *sorted(index[f] for f in found if f in index)] for found in present]
    return rows, len(features) + 1


def name(feature: Feature) -> str:
    return f"L.{feature.name}" if isinstance(feature, Label) else f"C.{feature.name}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpora", help="path of the shared corpora folder")
    parser.add_argument(
        "--l2", type=float, default=None, help="fix the L2 strength (else chosen by CV)"
    )
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    root = _corpora.corpora_path(args.corpora)
    if not root.is_dir():
        print(f"corpora not found at {root}; nothing to fit (pass --corpora PATH)")
        return 0
    data = [r for r in _corpora.politeness(root, "stackexchange") if r.quartile != "middle"]
    texts = [r.text for r in data]
    results = classify_many(texts)
    finder = CueFinder(get_pack("en").politeness_cues)
    cues = [finder.find(fold(text).text) for text in texts]
    ys = [int(r.quartile == "polite") for r in data]
    offsets = [
        sum(
            POLITENESS_HAND_WEIGHTS[label][0]
            for label in r.labels
            if label in POLITENESS_HAND_WEIGHTS
        )
        for r in results
    ]
    present: list[frozenset[Feature]] = [
        frozenset(r.labels - POLITENESS_HAND_WEIGHTS.keys()) | found
        for r, found in zip(results, cues, strict=True)
    ]
    counts: dict[Feature, int] = {}
    polite: dict[Feature, int] = {}
    for found, y in zip(present, ys, strict=True):
        for feature in found:
            counts[feature] = counts.get(feature, 0) + 1
            polite[feature] = polite.get(feature, 0) + y
    kept = [f for f, count in counts.items() if count >= MIN_COUNT]
    labels = sorted(f for f in kept if isinstance(f, Label))
    all_features: list[Feature] = [
        *labels,
        *sorted(f for f in kept if isinstance(f, PolitenessCue)),
    ]
    print(
        f"Stack Exchange polite/impolite requests: {len(data)}; "
        f"features: {len(labels)} labels, {len(all_features) - len(labels)} cues"
    )
    strengths = [args.l2] if args.l2 is not None else list(STRENGTHS)
    label_rows, label_dim = design(present, labels)
    rows, dim = design(present, all_features)
    best_l2, best_acc = strengths[0], -1.0
    for l2 in strengths:
        alone = cross_validate(label_rows, ys, label_dim, l2, offsets, args.folds)
        mean = cross_validate(rows, ys, dim, l2, offsets, args.folds)
        print(
            f"L2 {l2:5.1f}: {args.folds}-fold accuracy inside Stack Exchange: "
            f"labels alone {alone:.3f}, labels and cues {mean:.3f}"
        )
        # Strengths rise: a tie (to the printed precision) goes to the simpler model.
        if round(mean, 3) >= round(best_acc, 3):
            best_l2, best_acc = l2, mean
    w = fit(rows, ys, dim, best_l2, offsets)
    print(
        f"\nchosen L2 {best_l2} ({args.folds}-fold accuracy {best_acc:.3f}); "
        f"training accuracy {accuracy(w, rows, ys, offsets):.3f}\n"
    )
    reason = "the log-odds of a request with no signals"
    print(f'POLITENESS_BIAS: tuple[float, str] = ({w[0]:.3f}, "{reason}")')
    for title, kind in (("POLITENESS_WEIGHTS", "Label"), ("POLITENESS_CUE_WEIGHTS", "Cue")):
        print(f"{title}: Mapping[{kind}, tuple[float, str]] = {{")
        group = [f for f in all_features if (kind == "Label") == isinstance(f, Label)]
        for feature in sorted(group, key=lambda f: -abs(w[all_features.index(f) + 1])):
            weight = w[all_features.index(feature) + 1]
            share = polite[feature] / counts[feature]
            print(f"    {name(feature)}: ({weight:+.3f}, n={counts[feature]}, polite {share:.2f}),")
        print("}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
