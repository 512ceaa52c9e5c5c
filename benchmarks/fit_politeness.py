"""Fit the politeness weights on the Stack Exchange half of the Stanford Politeness Corpus.

Usage::

    python benchmarks/fit_politeness.py [--corpora PATH] [--l2 1.0] [--folds 5]

Features are the presence (0/1) of each label the classifier finds in a request;
the target is the paper's binary task, polite (top quartile) vs impolite (bottom
quartile). The model is an L2-regularised logistic regression fitted by Newton's
method in plain Python. The script prints the cross-validated accuracy inside
Stack Exchange for a few regularisation strengths, then the fitted bias and
weights as the Python source of ``POLITENESS_BIAS`` and ``POLITENESS_WEIGHTS``
for ``src/deescalate/_scoring.py``. The Wikipedia half is never read here: it is
the held-out test reported by ``benchmarks/evaluate.py``.
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

# Labels that are not politeness signals of the writer: heat-only labels about the
# situation (delays, refunds) are kept, since the fit decides; nothing is excluded a priori.
MIN_COUNT = 10  # a label seen in fewer training requests gets no weight (too little evidence)


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


def fit(rows: Sequence[Sequence[int]], ys: Sequence[int], dim: int, l2: float) -> list[float]:
    """Newton's method for L2-regularised logistic regression on sparse 0/1 features.

    ``rows`` hold the indices of active features; index 0 is the bias (not penalised).
    """
    w = [0.0] * dim
    for _ in range(50):
        grad = [0.0] * dim
        hess = [[0.0] * dim for _ in range(dim)]
        for active, y in zip(rows, ys, strict=True):
            z = sum(w[i] for i in active)
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


def accuracy(w: Sequence[float], rows: Sequence[Sequence[int]], ys: Sequence[int]) -> float:
    hits = sum(
        (sum(w[i] for i in active) > 0) == bool(y) for active, y in zip(rows, ys, strict=True)
    )
    return hits / len(ys)


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
    results = classify_many([r.text for r in data])
    counts: dict[Label, int] = {}
    for result in results:
        for label in result.labels:
            counts[label] = counts.get(label, 0) + 1
    features = sorted(label for label, count in counts.items() if count >= MIN_COUNT)
    index = {label: i + 1 for i, label in enumerate(features)}
    rows = [[0, *sorted(index[label] for label in r.labels if label in index)] for r in results]
    ys = [int(r.quartile == "polite") for r in data]
    dim = len(features) + 1
    print(f"Stack Exchange polite/impolite requests: {len(data)}; features: {len(features)}")

    strengths = [args.l2] if args.l2 is not None else [0.3, 1.0, 3.0, 10.0, 30.0]
    best_l2, best_acc = strengths[0], -1.0
    for l2 in strengths:
        accs = []
        for fold in range(args.folds):
            train = [i for i in range(len(rows)) if i % args.folds != fold]
            test = [i for i in range(len(rows)) if i % args.folds == fold]
            w = fit([rows[i] for i in train], [ys[i] for i in train], dim, l2)
            accs.append(accuracy(w, [rows[i] for i in test], [ys[i] for i in test]))
        mean = sum(accs) / len(accs)
        print(f"L2 {l2:5.1f}: {args.folds}-fold accuracy inside Stack Exchange {mean:.3f}")
        if mean > best_acc:
            best_l2, best_acc = l2, mean
    w = fit(rows, ys, dim, best_l2)
    print(f"\nchosen L2 {best_l2}; training accuracy {accuracy(w, rows, ys):.3f}\n")
    reason = "the log-odds of a request with no signals"
    print(f'POLITENESS_BIAS: tuple[float, str] = ({w[0]:.3f}, "{reason}")')
    print("POLITENESS_WEIGHTS: Mapping[Label, tuple[float, str]] = {")
    for label in sorted(features, key=lambda lab: -abs(w[index[lab]])):
        weight = w[index[label]]
        print(f"    L.{label.name}: ({weight:+.3f}, {counts[label]}),")
    print("}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
