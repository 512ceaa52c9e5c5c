"""examples/notebooks/explore_corpus.ipynb runs top to bottom, on its sample and on TWCS.

The notebook runs in a ``python3`` kernel of this interpreter. A cell appended by the
test prints what the notebook computed, which is checked against ``classify_many``
run here on the same file read with the ``csv`` module.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import nbformat
import pandas as pd
import pytest
from nbclient import NotebookClient

import deescalate

NOTEBOOKS = Path(__file__).resolve().parent.parent / "examples" / "notebooks"
NOTEBOOK = NOTEBOOKS / "explore_corpus.ipynb"
SAMPLE = NOTEBOOKS / "sample_twcs.csv"

REPORT = """
import json as _json
import sys as _sys

print(_json.dumps({
    "prefix": _sys.prefix,
    "source": str(source),
    "comparison": comparison,
    "conversations": int(tweets["conversation"].nunique()),
    "rows": {
        str(tweet): [heat, labels]
        for tweet, heat, labels in zip(tweets["tweet_id"], tweets["heat"], tweets["labels"])
    },
}))
"""


def _execute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, corpora: Path | None) -> Any:
    if corpora is None:
        monkeypatch.delenv("DEESCALATE_CORPORA", raising=False)
    else:
        monkeypatch.setenv("DEESCALATE_CORPORA", str(corpora))
    monkeypatch.setenv("DEESCALATE_FIGURES", str(tmp_path))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    notebook.cells.append(nbformat.v4.new_code_cell(REPORT))
    client = NotebookClient(
        notebook,
        kernel_name="python3",
        timeout=120,
        resources={"metadata": {"path": str(NOTEBOOKS)}},
    )
    client.execute()
    printed = "".join(
        output["text"] for output in notebook.cells[-1].outputs if output["output_type"] == "stream"
    )
    return json.loads(printed)


def _expected(path: Path) -> dict[str, list[Any]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    speakers = ["customer" if row["inbound"] == "True" else "agent" for row in rows]
    results = deescalate.classify_many([row["text"] for row in rows], speaker=speakers)
    return {
        row["tweet_id"]: [result.heat, sorted(label.value for label in result.labels)]
        for row, result in zip(rows, results, strict=True)
    }


def _expected_comparison() -> str:
    has_vader = importlib.util.find_spec("vaderSentiment") is not None
    return "vader_negativity" if has_vader else "shouting"


def test_the_committed_notebook_has_no_outputs() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code
    for cell in code:
        assert cell.outputs == []
        assert cell.execution_count is None
    assert notebook.metadata["kernelspec"]["name"] == "python3"
    assert any("parameters" in cell.metadata.get("tags", []) for cell in code)


def test_the_notebook_runs_on_its_embedded_sample(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = _execute(tmp_path, monkeypatch, corpora=None)
    assert report["prefix"] == sys.prefix  # the kernel is this interpreter
    assert Path(report["source"]).name == SAMPLE.name
    assert report["rows"] == _expected(SAMPLE)
    with SAMPLE.open(encoding="utf-8", newline="") as handle:
        roots = [row for row in csv.DictReader(handle) if not row["in_response_to_tweet_id"]]
    assert report["conversations"] == len(roots)
    assert report["comparison"] == _expected_comparison()
    figures = {path.stem: path.read_bytes() for path in tmp_path.glob("*.png")}
    assert set(figures) == {
        "label_frequencies",
        "heat_across_conversations",
        f"heat_vs_{report['comparison']}",
    }
    assert all(png.startswith(b"\x89PNG") for png in figures.values())


def test_the_sample_is_small_and_in_the_twcs_layout() -> None:
    frame = pd.read_csv(SAMPLE, keep_default_na=False)
    assert list(frame.columns) == [
        "tweet_id",
        "author_id",
        "inbound",
        "created_at",
        "text",
        "response_tweet_id",
        "in_response_to_tweet_id",
    ]
    assert 20 <= len(frame) <= 100
    assert frame["tweet_id"].is_unique
    assert set(frame["inbound"]) == {True, False}
    speakers = frame["inbound"].map({True: "customer", False: "agent"})
    results = deescalate.classify_many(frame["text"], speaker=speakers)
    levels = {result.level for result in results}
    assert {deescalate.Level.CALM, deescalate.Level.HOSTILE} <= levels


def test_the_notebook_runs_on_the_twcs_excerpt(
    corpora: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = corpora / "twcs" / "twcs_first5000.csv"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    report = _execute(tmp_path, monkeypatch, corpora=corpora)
    assert Path(report["source"]) == path
    assert report["rows"] == _expected(path)
    assert len(list(tmp_path.glob("*.png"))) == 3


def test_a_corpora_folder_without_twcs_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The parameter and loading cells, run here: no silent fallback to the sample.
    monkeypatch.setenv("DEESCALATE_CORPORA", str(tmp_path))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    code = [cell.source for cell in notebook.cells if cell.cell_type == "code"]
    namespace: dict[str, Any] = {"pd": pd}
    exec(code[0], namespace)
    loading = next(source for source in code if "read_csv" in source)
    with pytest.raises(FileNotFoundError, match=r"twcs_first5000\.csv not found"):
        exec(loading, namespace)
