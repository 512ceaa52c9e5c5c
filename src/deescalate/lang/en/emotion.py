"""Emotion: anger and distress."""

from __future__ import annotations

from deescalate.labels import Label
from deescalate.lang.en._shared import BOTH
from deescalate.rules import Rule

L = Label

RULES: tuple[Rule, ...] = (
    Rule(
        id="en.emotion.anger.judgement",
        label=L.EMOTION_ANGER,
        speakers=BOTH,
        phrases=("ridiculous", "unacceptable", "fed up", "sick of this"),
        negatable=True,
        message="A strong negative judgement.",
        examples=("This is ridiculous", "Totally unacceptable."),
        near_misses=("this is not ridiculous at all",),
        source="taxonomy.md",
    ),
)
