"""Language packs: the rules and word lists of one language, apart from the engine.

Packs are listed in :data:`REGISTRY` and imported on first use, never found by
scanning the file system. A pack is plain typed data (:class:`LanguagePack`); a
third party can build one and pass it to :class:`deescalate.Classifier`.
"""

from __future__ import annotations

import importlib
import re
from enum import StrEnum
from functools import cache

from pydantic import BaseModel, ConfigDict, Field, InstanceOf, field_validator

from deescalate.errors import ErrorCode, InputError
from deescalate.rules import Rule

__all__ = [
    "CUE_TOKEN",
    "REGISTRY",
    "CueWords",
    "LanguagePack",
    "PolitenessCue",
    "available_languages",
    "get_pack",
]


class PolitenessCue(StrEnum):
    """Politeness signals that are not labels: word classes the politeness score counts.

    They come from the strategies of Danescu-Niculescu-Mizil et al. (2013) that
    are properties of the wording rather than acts worth a label (a sentiment
    word, a pronoun), plus a few markers of challenge and emphasis. Each pack
    lists its own words for them; the engine gives them their weights.
    """

    POSITIVE = "positive"
    NEGATIVE = "negative"
    FACTUALITY = "factuality"
    EMPHASIS = "emphasis"
    NEGATION = "negation"
    CHALLENGE = "challenge"
    INDIRECT = "indirect"
    FIRST_PERSON = "first_person"
    FIRST_PERSON_PLURAL = "first_person_plural"
    SECOND_PERSON = "second_person"


CUE_TOKEN = re.compile(r"\w+")
"""How the folded view is cut into words (runs of word characters), for rules and cues."""

_CUE_PHRASE = re.compile(r"\w+(?:'\w+)*(?: \w+(?:'\w+)*)*")


class CueWords(BaseModel):
    """The words of one politeness cue in one language.

    A cue is present in a message when one of its ``words`` occurs as whole words in
    the folded view (lower case, addresses blanked; the words of a phrase may be
    separated by any spaces or hyphens), or one of its ``marks`` occurs anywhere
    in it.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    cue: PolitenessCue = Field(description="Which cue these words signal.")
    words: tuple[str, ...] = Field(
        default=(),
        description="Lower-case words or phrases (words separated by one space).",
    )
    marks: tuple[str, ...] = Field(
        default=(), description="Literal character sequences, such as ``:)`` or ``??``."
    )
    note: str = Field(min_length=1, description="What the cue means and why it is here.")

    @field_validator("words")
    @classmethod
    def _plain_words(cls, words: tuple[str, ...]) -> tuple[str, ...]:
        for word in words:
            if word != word.lower() or not _CUE_PHRASE.fullmatch(word):
                raise ValueError(
                    f"cue word {word!r} must be lower-case words separated by single spaces"
                )
        return words

    @field_validator("marks")
    @classmethod
    def _non_empty_marks(cls, marks: tuple[str, ...]) -> tuple[str, ...]:
        if any(not mark or mark != mark.lower() for mark in marks):
            raise ValueError("cue marks must be non-empty and lower-case")
        return marks


class LanguagePack(BaseModel):
    """The rules of one language and the few word lists the engine needs from it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str = Field(description="Language code, as passed to ``classify(lang=...)``.")
    name: str = Field(description="The language's English name.")
    version: str = Field(description="Version of the rule pack, carried by every result.")
    # Rules validate themselves when created; a pack only checks that it holds rules.
    rules: tuple[InstanceOf[Rule], ...] = Field(description="The pack's rules.")
    negation: str = Field(
        description=(
            "A pattern that matches the end of the clause before a match when that match "
            "is negated (``this is not`` before ``ridiculous``)."
        )
    )
    politeness_cues: tuple[CueWords, ...] = Field(
        default=(),
        description="Words of the politeness cues that are not labels (none: labels only).",
    )


REGISTRY: tuple[tuple[str, str], ...] = (("en", "deescalate.lang.en"),)
"""Language code and module of every built-in pack; the module defines ``PACK``."""


def available_languages() -> tuple[str, ...]:
    """The codes of the built-in language packs."""
    return tuple(code for code, _module in REGISTRY)


@cache
def get_pack(code: str) -> LanguagePack:
    """The built-in pack for a language code.

    Raises:
        InputError: ``D103`` when no pack is registered for ``code``.
    """
    for known, module in REGISTRY:
        if known == code:
            pack = importlib.import_module(module).PACK
            if not isinstance(pack, LanguagePack):  # pragma: no cover - a broken registry
                raise TypeError(f"{module}.PACK is not a LanguagePack")
            return pack
    raise InputError(
        ErrorCode.UNKNOWN_LANGUAGE,
        f"no language pack for {code!r}; available: {', '.join(available_languages())}",
    )
