"""Regex fragments shared by the English rule families.

Plain constants, interpolated into rule patterns where the rules are defined,
so the rule catalog shows each rule's full pattern.
"""

from __future__ import annotations

from deescalate.labels import Speaker

CUSTOMER = frozenset({Speaker.CUSTOMER})
AGENT = frozenset({Speaker.AGENT})
BOTH = frozenset(Speaker)

# The negation that precedes a negatable match in its clause: "this is not ridiculous",
# "never been so ...", "isn't unacceptable". Matched against the end of the clause.
NEGATION = (
    r"(?<!\w)(?:not|no|never|hardly|barely|nothing|without|neither|nor|none"
    r"|(?:do|does|did|is|are|was|were|ca|could|would|should|wo|have|has|had|ai|must|need)n'?t)"
    r"(?:\s+\w+){0,3}\s*$"
)
