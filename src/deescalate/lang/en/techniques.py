"""techniques rules (being written)."""

from deescalate.rules import Rule

RULES: tuple[Rule, ...] = ()
