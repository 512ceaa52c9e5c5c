"""Loaders for the shared evaluation corpora (read in place, never copied here).

Every loader takes the corpora folder and returns plain Python data. The
folder defaults to ``../shared/corpora`` beside the repository and can be set
with ``--corpora`` or the ``DEESCALATE_CORPORA`` environment variable.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"


def corpora_path(arg: str | None) -> Path:
    """The corpora folder from an argument, the environment, or the default."""
    return Path(arg or os.environ.get("DEESCALATE_CORPORA") or DEFAULT)


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


@dataclass(frozen=True)
class Rated:
    text: str
    score: float
    quartile: str  # "polite", "impolite" or "middle"


def politeness(root: Path, half: str) -> list[Rated]:
    """The Stanford Politeness Corpus: ``half`` is ``stackexchange`` or ``wikipedia``."""
    path = root / "politeness" / f"stanford_politeness_{half}.csv"
    return [
        Rated(row["request"], float(row["normalized_score"]), row["quartile_label"])
        for row in _rows(path)
    ]


@dataclass(frozen=True)
class Emotions:
    text: str
    labels: frozenset[int]


def goemotions(root: Path, split: str) -> list[Emotions]:
    """GoEmotions ``dev`` or ``test``: text and emotion ids (anger is 2)."""
    out = []
    with (root / "goemotions" / f"{split}.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            text, ids, _comment = line.rstrip("\n").split("\t")
            out.append(Emotions(text, frozenset(int(i) for i in ids.split(","))))
    return out


@dataclass(frozen=True)
class Tweet:
    text: str
    klass: int  # 0 hate, 1 offensive, 2 neither


def davidson(root: Path) -> list[Tweet]:
    """Davidson et al. hate speech and offensive language tweets."""
    path = root / "toxicity" / "davidson_labeled_data.csv"
    return [Tweet(row["tweet"], int(row["class"])) for row in _rows(path)]


@dataclass(frozen=True)
class Complaint:
    text: str
    is_complaint: bool


def complaints(root: Path) -> list[Complaint]:
    """Complaint vs. non-complaint tweets to brands."""
    path = root / "complaints" / "complaints_tweets.csv"
    return [Complaint(row["text"], row["is_complaint"] == "1") for row in _rows(path)]


@dataclass(frozen=True)
class SupportTweet:
    tweet_id: str
    author: str
    inbound: bool
    text: str
    in_response_to: str


def twcs(root: Path) -> list[SupportTweet]:
    """The first 5,000 TWCS tweets, customers (inbound) and brands."""
    path = root / "twcs" / "twcs_first5000.csv"
    return [
        SupportTweet(
            row["tweet_id"],
            row["author_id"],
            row["inbound"] == "True",
            row["text"],
            row["in_response_to_tweet_id"],
        )
        for row in _rows(path)
    ]


def spotify_customers(root: Path) -> list[str]:
    """15,096 customer tweets from SpotifyCares threads."""
    path = root / "twcs" / "twcs_spotifycares_customer_tweets.csv"
    return [row["text"] for row in _rows(path)]


def cdp(root: Path, split: str) -> list[dict[str, object]]:
    """IBM Twitter customer-care conversations, ``dev`` or ``test``."""
    path = root / "twitter_cdp" / f"cdp_{split}.jsonl"
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
