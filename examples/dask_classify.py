"""Classify a corpus on Dask: ``classify_many`` per partition, the classifier shipped once.

Run it with::

    python examples/dask_classify.py [--corpora PATH] [--workers 1,2] [--repeat N]

It reads the TWCS excerpt (``twcs/twcs_first5000.csv`` in the shared corpora
folder: ``--corpora``, else ``DEESCALATE_CORPORA``, else ``../shared/corpora``
beside the repository; the embedded ``SAMPLE`` when it is absent), classifies
it in one process, then on a local Dask cluster of 1 and 2 worker processes,
and prints messages per second for each and whether the results are identical.

The classifier is built once on the client, sent to every worker once with
``client.scatter(classifier, broadcast=True)``, and each task refers to it by
key: it is not pickled into every task. (A :class:`deescalate.Classifier`
pickles as its language pack, user rules and disabled IDs; a worker rebuilds
the compiled rules when it unpickles it, once.)

Needs ``dask[dataframe]`` and ``distributed`` (``pip install "deescalate[test]"``).
"""

from __future__ import annotations

import argparse
import csv
import logging
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import dask.dataframe as dd
import pandas as pd
from dask.distributed import Client, Future, LocalCluster, wait

from deescalate import Classifier

DEFAULT_CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"

# A house rule, so the shipped classifier differs from the built-in one.
HOUSE_RULE = {
    "id": "acme.policy_wall.per_our_records",
    "label": "trigger.policy_wall",
    "speakers": ["agent"],
    "phrases": ["per our records"],
    "message": "Form-letter language; say what the records show instead.",
    "examples": ["Per our records, the parcel was delivered."],
    "near_misses": ["Our records team will call you."],
}

# Used when the corpus is absent: (speaker, text) pairs in the style of the corpus.
SAMPLE = [
    ("customer", "@AcmeHelp my order #5521 is two weeks late and nobody answers my emails"),
    ("agent", "@4471 Per our records, the parcel was delivered on Monday."),
    ("customer", "@AcmeHelp This is ridiculous. I want to speak to your manager NOW!!!"),
    ("agent", "@4471 Calm down. Unfortunately that's our policy."),
    ("customer", "@AcmeHelp are you an idiot? I'm calling my lawyer"),
    ("agent", "@4471 I'm sorry, I can see why you're upset. What I can do is refund you today."),
    ("customer", "@AcmeHelp ok, that works. thank you"),
    ("customer", "@FlyHighCare hi, can I change the name on my booking please?"),
    ("agent", "@8812 Happy to help! Could you send us your booking reference in a DM?"),
    ("customer", "@FlyHighCare thanks for nothing, worst airline ever"),
    ("agent", "@8812 That's not my problem, you'll have to call someone else."),
    ("customer", "@FlyHighCare I'm cancelling my account and leaving a 1-star review"),
]

# --8<-- [start:partition]
RESULT_META = pd.DataFrame(
    {
        "heat": pd.Series(dtype="float64"),
        "level": pd.Series(dtype="str"),
        "politeness": pd.Series(dtype="float64"),
        "labels": pd.Series(dtype="str"),
    }
)


def classify_frame(frame: pd.DataFrame, classifier: Classifier) -> pd.DataFrame:
    """Classify one partition: columns ``text`` and ``speaker`` in, scores out, same index.

    ``labels`` holds the sorted label IDs joined by spaces ("" for none).
    """
    results = classifier.classify_many(frame["text"], speaker=frame["speaker"])
    return pd.DataFrame(
        {
            "heat": [result.heat for result in results],
            "level": [result.level.value for result in results],
            "politeness": [result.politeness for result in results],
            "labels": [
                " ".join(sorted(label.value for label in result.labels)) for result in results
            ],
        },
        index=frame.index,
    ).astype(RESULT_META.dtypes.to_dict())


def classify_dask(messages: dd.DataFrame, classifier: Classifier | Future) -> dd.DataFrame:
    """``classify_frame`` over every partition; pass the Future from :func:`ship`."""
    return messages.map_partitions(classify_frame, classifier, meta=RESULT_META)


def ship(client: Client, classifier: Classifier) -> Future:
    """Send the classifier to every worker once; tasks then refer to it by key."""
    return client.scatter(classifier, broadcast=True, hash=False)


# --8<-- [end:partition]


def load_twcs(path: Path) -> pd.DataFrame:
    """The TWCS excerpt as ``text`` and ``speaker`` (``inbound`` tweets are the customer's)."""
    tweets = pd.read_csv(path, dtype={"text": "str", "inbound": "bool"}, keep_default_na=False)
    speaker = tweets["inbound"].map({True: "customer", False: "agent"})
    return pd.DataFrame({"text": tweets["text"], "speaker": speaker})


def sample_frame() -> pd.DataFrame:
    """The embedded ``SAMPLE`` as ``text`` and ``speaker``."""
    return pd.DataFrame(
        {"text": [text for _, text in SAMPLE], "speaker": [who for who, _ in SAMPLE]}
    )


def _count_rows(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as handle:
        return sum(1 for _ in csv.DictReader(handle))


def _task_count(dask_scheduler: Any) -> int:
    return len(dask_scheduler.tasks)


def _timed_compute(client: Client, collection: dd.DataFrame) -> tuple[float, pd.DataFrame]:
    """Compute once; then release the result and wait until the scheduler has forgotten
    it, so that the next run computes again instead of reusing it."""
    baseline = client.run_on_scheduler(_task_count)
    start = time.perf_counter()
    future = client.compute(collection)
    frame: pd.DataFrame = future.result()
    seconds = time.perf_counter() - start
    future.release()
    deadline = time.monotonic() + 60
    while client.run_on_scheduler(_task_count) > baseline:
        if time.monotonic() > deadline:
            raise RuntimeError("the scheduler kept the results of a finished run for 60 s")
        time.sleep(0.01)
    return seconds, frame


def _same(got: pd.DataFrame, expected: pd.DataFrame) -> bool:
    got = got.sort_index()
    return bool(got.index.equals(expected.index)) and got.to_dict("list") == expected.to_dict(
        "list"
    )


def _best_time(run: Callable[[], object], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", help="the shared corpora folder")
    parser.add_argument("--workers", default="1,2", help="worker counts, e.g. 1,2")
    parser.add_argument("--repeat", type=int, default=1, help="repeat the corpus N times")
    parser.add_argument("--partitions", type=int, default=8, help="Dask partitions")
    parser.add_argument("--rounds", type=int, default=3, help="timed runs; the best is kept")
    args = parser.parse_args(argv)

    corpora = Path(args.corpora or os.environ.get("DEESCALATE_CORPORA") or DEFAULT_CORPORA)
    path = corpora / "twcs" / "twcs_first5000.csv"
    if path.is_file():
        messages = load_twcs(path)
        if len(messages) != _count_rows(path):
            raise SystemExit(f"read {len(messages)} messages but {path} has more rows")
        source = path.name
    else:
        print(f"{path} not found: using the embedded sample")
        messages, source = sample_frame(), "the embedded sample"
    messages = pd.concat([messages] * args.repeat, ignore_index=True)
    print(f"{len(messages):,} messages from {source}, {args.partitions} partitions")

    classifier = Classifier(rules=[HOUSE_RULE])
    expected = classify_frame(messages, classifier)
    seconds = _best_time(lambda: classify_frame(messages, classifier), args.rounds)
    print(f"single process, no Dask: {len(messages) / seconds:,.0f} messages/s")

    for workers in (int(n) for n in args.workers.split(",")):
        with (
            LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",
                silence_logs=logging.ERROR,
            ) as cluster,
            Client(cluster) as client,
        ):
            start = time.perf_counter()
            shipped = ship(client, classifier)
            shipping = time.perf_counter() - start
            holders = len(client.who_has(shipped)[shipped.key])
            # The input partitions are loaded on the workers first, as a read_csv or
            # read_parquet would, so the timings are of the classification.
            frame = client.persist(dd.from_pandas(messages, npartitions=args.partitions))
            wait(frame)
            runs = [
                _timed_compute(client, classify_dask(frame, shipped)) for _ in range(args.rounds)
            ]
            seconds = min(run_seconds for run_seconds, _ in runs)
            same = all(_same(got, expected) for _, got in runs)
            print(
                f"{workers} worker process{'es' if workers > 1 else ''}: "
                f"{len(messages) / seconds:,.0f} messages/s (best of {args.rounds}; classifier "
                f"shipped to {holders} worker(s) once, in {shipping:.1f} s); "
                f"results {'identical' if same else 'DIFFER'} to one process"
            )
            if not same:
                return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
