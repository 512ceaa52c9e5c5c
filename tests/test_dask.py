"""examples/dask_classify.py: classify_many on a Dask DataFrame over a local cluster.

One cluster of 2 worker processes serves the whole module. The classifier carries a
house rule, so the results can only match if the workers use the shipped classifier
rather than building the built-in one.
"""

from __future__ import annotations

import csv
import importlib
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import dask.dataframe as dd
import pandas as pd
import pytest
from dask.distributed import Client, Future, LocalCluster

from deescalate import Classifier, Label

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def example() -> Iterator[ModuleType]:
    """examples/dask_classify.py, imported by name so the worker processes (which start
    with this process's ``sys.path``) can import it too."""
    sys.path.insert(0, str(EXAMPLES))
    try:
        yield importlib.import_module("dask_classify")
    finally:
        sys.path.remove(str(EXAMPLES))
        sys.modules.pop("dask_classify", None)


@pytest.fixture(scope="module")
def client(example: ModuleType) -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as dask_client,
    ):
        yield dask_client


@pytest.fixture(scope="module")
def classifier(example: ModuleType) -> Classifier:
    return Classifier(rules=[example.HOUSE_RULE])


@pytest.fixture(scope="module")
def shipped(client: Client, classifier: Classifier, example: ModuleType) -> Future:
    return example.ship(client, classifier)


def _expected(classifier: Classifier, texts: list[str], speakers: list[str]) -> list[Any]:
    return [
        (r.heat, r.level.value, r.politeness, " ".join(sorted(label.value for label in r.labels)))
        for r in classifier.classify_many(texts, speaker=speakers)
    ]


def _rows(frame: pd.DataFrame) -> list[Any]:
    return list(
        zip(frame["heat"], frame["level"], frame["politeness"], frame["labels"], strict=True)
    )


def test_the_classifier_is_shipped_once_to_every_worker(client: Client, shipped: Future) -> None:
    holders = client.who_has(shipped)[shipped.key]
    assert len(holders) == 2
    held = client.run(lambda dask_worker: shipped.key in dask_worker.data)
    assert held == dict.fromkeys(holders, True)


def test_embedded_sample_on_two_workers_equals_one_process(
    example: ModuleType, classifier: Classifier, shipped: Future
) -> None:
    messages = example.sample_frame()
    frame = dd.from_pandas(messages, npartitions=4)
    got = example.classify_dask(frame, shipped).compute().sort_index()
    assert list(got.index) == list(messages.index)
    expected = _expected(classifier, list(messages["text"]), list(messages["speaker"]))
    assert _rows(got) == expected
    # The house rule fired on a worker, and only it found these policy walls.
    records = [i for i, (_, text) in enumerate(example.SAMPLE) if "Per our records" in text]
    assert records
    for i in records:
        assert Label.TRIGGER_POLICY_WALL.value in got["labels"][i].split()
        local = classifier.classify(example.SAMPLE[i][1], speaker="agent")
        walls = {hit.rule for hit in local.hits_for(Label.TRIGGER_POLICY_WALL)}
        assert walls == {example.HOUSE_RULE["id"]}


def test_twcs_excerpt_on_two_workers_equals_one_process(
    example: ModuleType, corpora: Path, classifier: Classifier, shipped: Future
) -> None:
    path = corpora / "twcs" / "twcs_first5000.csv"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    texts = [row["text"] for row in rows]
    speakers = ["customer" if row["inbound"] == "True" else "agent" for row in rows]
    messages = example.load_twcs(path)
    assert list(messages["text"]) == texts
    assert list(messages["speaker"]) == speakers
    got = example.classify_dask(dd.from_pandas(messages, npartitions=8), shipped).compute()
    got = got.sort_index()
    assert list(got.index) == list(range(len(rows)))
    assert _rows(got) == _expected(classifier, texts, speakers)


def test_the_script_runs_on_the_sample(
    example: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # An empty corpora folder: the script falls back to the embedded sample.
    status = example.main(["--corpora", str(tmp_path), "--workers", "1", "--rounds", "2"])
    out = capsys.readouterr().out
    assert status == 0
    assert "using the embedded sample" in out
    assert f"{len(example.SAMPLE)} messages from the embedded sample" in out
    assert "1 worker process:" in out
    assert "results identical to one process" in out
