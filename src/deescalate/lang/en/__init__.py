"""The English rule pack.

Rules live in one module per label family; this module only assembles them.
"""

from __future__ import annotations

from deescalate.lang import LanguagePack
from deescalate.rules import _built_in_rules

with _built_in_rules():  # the test suite proves these patterns safe; see rules._BUILT_IN
    from deescalate.lang.en import (
        cooling,
        demands,
        emotion,
        grievances,
        hostility,
        politeness,
        politeness_cues,
        techniques,
        threats,
        triggers,
    )
from deescalate.lang.en._shared import NEGATION

__all__ = ["PACK"]

PACK = LanguagePack(
    code="en",
    name="English",
    version="1.0.0",
    rules=(
        *hostility.RULES,
        *threats.RULES,
        *demands.RULES,
        *grievances.RULES,
        *emotion.RULES,
        *cooling.RULES,
        *triggers.RULES,
        *techniques.RULES,
        *politeness.RULES,
    ),
    negation=NEGATION,
    politeness_cues=politeness_cues.CUES,
)
