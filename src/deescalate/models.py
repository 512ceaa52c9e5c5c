"""Value types shared by the primitives.

Spans are half-open ``str`` offsets into the original text: ``text[start:end]``
is what was matched, whatever normalisation the engine did to find it. An
:class:`Edit` is a span of an original text and what to put there instead.
"""

from __future__ import annotations

from typing import Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from deescalate.labels import Label

__all__ = ["Edit", "Hit", "Span"]


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


class Edit(BaseModel):
    """One change to a text: replace ``original[start:end]`` (``before``) with ``after``.

    Edits are what the rewriter proposes, like a linter's fix-its; apply them with
    :func:`deescalate.apply_edits`. An insertion has ``start == end`` and an empty
    ``before``; a deletion has an empty ``after``.

    Example:
        >>> edit = Edit(
        ...     start=0, end=15, before="Unfortunately, ", after="",
        ...     rule="en.rewrite.negative_language.drop_unfortunately",
        ...     label="trigger.negative_language",
        ...     reason="Opening with 'unfortunately' frames the answer negatively.",
        ...     safe_to_autofix=True,
        ... )
        >>> edit.end - edit.start == len(edit.before)
        True
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: int = Field(ge=0, description="Offset in the original of the first replaced character.")
    end: int = Field(ge=0, description="Offset in the original just past the replaced characters.")
    before: str = Field(description="The replaced characters: ``original[start:end]``.")
    after: str = Field(description="What goes in their place (empty for a deletion).")
    rule: str = Field(description="The ID of the substitution that made the edit.")
    label: Label = Field(description="The trigger label the edit removes.")
    reason: str = Field(min_length=1, description="Why, in one sentence a person would understand.")
    safe_to_autofix: bool = Field(
        description=(
            "True when the edit cannot change what the message means (it drops a word such "
            "as 'unfortunately'); false when a person should look first (it adds a "
            "commitment, rewords a claim or leaves a slot)."
        )
    )
    slots: tuple[str, ...] = Field(
        default=(), description="Names of the ``{slot}`` placeholders left in ``after``."
    )

    @model_validator(mode="after")
    def _check_bounds(self) -> Self:
        if self.end < self.start:
            raise ValueError(f"edit end {self.end} is before its start {self.start}")
        if len(self.before) != self.end - self.start:
            raise ValueError(
                f"edit 'before' has {len(self.before)} characters but covers "
                f"{self.end - self.start}"
            )
        return self
