"""Language packs: the rules and word lists of one language, apart from the engine.

Packs are listed in :data:`REGISTRY` and imported on first use, never found by
scanning the file system. A pack is plain typed data (:class:`LanguagePack`); a
third party can build one and pass it to :class:`deescalate.Classifier`.
"""

from __future__ import annotations

import importlib
from functools import cache

from pydantic import BaseModel, ConfigDict, Field, InstanceOf

from deescalate.errors import ErrorCode, InputError
from deescalate.rules import Rule

__all__ = ["REGISTRY", "LanguagePack", "available_languages", "get_pack"]


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
