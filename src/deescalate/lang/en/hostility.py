"""Hostility: insults, profanity, shouting and sarcasm."""

from __future__ import annotations

from deescalate.labels import Label, Severity
from deescalate.lang.en._shared import CUSTOMER
from deescalate.rules import Rule

L = Label

INSULT_WORDS = r"(?:idiots?|morons?|stupid|incompetent|useless|clowns?)"

RULES: tuple[Rule, ...] = (
    Rule(
        id="en.hostility.insult.you_are",
        label=L.HOSTILITY_INSULT,
        speakers=CUSTOMER,
        pattern=rf"(?<!\w)(?:you|u)(?:'?re|\s+are|\s+r)\s+(?:an?\s+|such\s+an?\s+|so\s+)?{INSULT_WORDS}\b",
        anchors=("you", "u"),
        severity=Severity.HIGH,
        message="A personal attack on the agent.",
        examples=("Are you an idiot?", "you're so incompetent", "y o u  a r e  a n  i d i o t"),
        near_misses=("sorry I was so stupid", "this app is useless"),
        source="taxonomy.md",
    ),
)
