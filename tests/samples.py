"""Sample data shared by several test modules."""

from __future__ import annotations

from typing import Any

# A company's own rule, given as plain data the way users write it: the README's example.
HOUSE_RULE: dict[str, Any] = {
    "id": "acme.policy_wall.per_our_records",
    "label": "trigger.policy_wall",
    "speakers": ["agent"],
    "phrases": ["per our records"],
    "message": "Form-letter language; say what the records show instead.",
    "examples": ["Per our records, the parcel was delivered."],
    "near_misses": ["Our records team will call you."],
}
