"""Value types shared by the primitives.

Spans are half-open ``str`` offsets into the original text: ``text[start:end]``
is what was matched, whatever normalisation the engine did to find it.
"""

from __future__ import annotations

from typing import Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from deescalate.labels import Label

__all__ = ["Hit", "Span"]


class Span(BaseModel):
    """A half-open range ``[start, end)`` of a text and the characters it covers."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: int = Field(ge=0, description="Offset of the first character.")
    end: int = Field(ge=0, description="Offset just past the last character.")
    text: str = Field(description="The covered characters: ``original[start:end]``.")

    @model_validator(mode="after")
    def _check_bounds(self) -> Self:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"span text has {len(self.text)} characters but covers {self.end - self.start}"
            )
        return self


class Hit(Span):
    """One piece of evidence: a rule matched a span and gave it a label."""

    label: Label = Field(description="The taxonomy label this evidence supports.")
    rule: str = Field(description="The ID of the rule that matched.")
