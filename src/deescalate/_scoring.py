"""Scores from hits: heat, level and politeness. Every weight says why it is what it is.

Heat combines signals as a noisy OR: each label present contributes a
probability-like weight (scaled by the strongest severity among its hits), and
heat is the chance that at least one of them "fires". Cooling signals then
scale the result down. A label counts once however many times it matches, so
heat does not grow with message length.

Politeness is a logistic score over the presence of labels, mapped to [-1, 1]:
``politeness = tanh(z / 2)`` with ``z = bias + sum(weights)``, which is
``2 * sigmoid(z) - 1``. The weights were fitted on the Stack Exchange half of
the Stanford Politeness Corpus (``benchmarks/fit_politeness.py``) and checked on
the Wikipedia half, which was not used for fitting.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from deescalate.labels import Label, Level, Severity

__all__ = [
    "COOLING_WEIGHTS",
    "HEAT_WEIGHTS",
    "LEVEL_THRESHOLDS",
    "POLITENESS_BIAS",
    "POLITENESS_WEIGHTS",
    "SEVERITY_FACTORS",
    "heat",
    "level",
    "politeness",
]

L = Label

# (weight, reason). Weights are the heat a single medium-severity signal gives alone.
HEAT_WEIGHTS: Mapping[Label, tuple[float, str]] = {
    L.THREAT_VIOLENCE: (0.95, "a threat of harm is the most serious signal there is"),
    L.HOSTILITY_INSULT: (0.55, "a personal attack makes the conversation about the agent"),
    L.THREAT_LEGAL: (0.45, "legal threats harden positions and call for escalation"),
    L.HOSTILITY_PROFANITY: (
        0.35,
        "swearing shows strong feeling, but is often not aimed at anyone",
    ),
    L.THREAT_PUBLIC: (0.35, "going public raises the stakes for both sides"),
    L.EMOTION_ANGER: (0.30, "stated anger is the core of escalation, short of attack"),
    L.DEMAND_MANAGER: (0.30, "asking for a manager means trust in the agent is gone"),
    L.THREAT_CHURN: (0.30, "threatening to leave is leverage, used when frustrated"),
    L.HOSTILITY_SHOUTING: (0.25, "shouting in type is intensity without content"),
    L.HOSTILITY_SARCASM: (0.25, "sarcasm signals contempt but stays indirect"),
    L.GRIEVANCE_REPEAT: (0.20, "repeat contact is accumulated frustration"),
    L.EMOTION_DISTRESS: (0.15, "distress needs care more than it signals hostility"),
    L.DEMAND_REFUND: (0.15, "a refund demand is firm but often a normal request"),
    L.DEMAND_URGENCY: (0.15, "urgency adds pressure, not hostility"),
    L.GRIEVANCE_DELAY: (0.12, "waiting is the mildest grievance and very common"),
    # An agent's trigger phrases raise the temperature of the exchange a little.
    L.TRIGGER_CALM_DOWN: (0.20, "telling someone to calm down is the classic escalator"),
    L.TRIGGER_CONTRADICTION: (0.15, "contradicting the customer invites an argument"),
    L.TRIGGER_CONDESCENSION: (0.15, "talking down provokes a defensive reply"),
    L.TRIGGER_BLAME: (0.15, "blame makes the customer defend themselves"),
    L.TRIGGER_NOT_MY_PROBLEM: (0.15, "deflection tells the customer nobody owns the problem"),
    L.TRIGGER_CANT_HELP: (0.10, "a flat refusal closes the conversation"),
    L.TRIGGER_POLICY_WALL: (0.10, "hiding behind policy reads as indifference"),
    L.TRIGGER_MINIMIZING: (0.10, "shrinking the problem denies the customer's experience"),
    L.TRIGGER_WE_DONT: (0.08, "an inflexible 'we don't' is a mild refusal"),
    L.TRIGGER_MANAGER_CHECK: (0.05, "implying no authority frustrates, but mildly"),
    L.TRIGGER_HOLLOW_EMPATHY: (0.05, "formula empathy is a missed chance more than an insult"),
    L.TRIGGER_NEGATIVE_LANGUAGE: (0.03, "negative framing alone is barely noticeable"),
}

# (factor, reason): heat is multiplied by (1 - factor) for each cooling label present.
COOLING_WEIGHTS: Mapping[Label, tuple[float, str]] = {
    L.COOLING_APOLOGY: (0.45, "a customer apologising is the clearest sign the heat is going"),
    L.COOLING_ACCEPTANCE: (0.40, "accepting a solution ends most escalations"),
    L.COOLING_GRATITUDE: (0.35, "sincere thanks signal that the customer feels helped"),
    L.TECHNIQUE_APOLOGY: (0.15, "an agent's apology softens the agent's own message"),
    L.TECHNIQUE_ACKNOWLEDGE: (0.15, "acknowledging feelings softens the agent's message"),
}

# (factor, reason): multiplies a label's weight by the strongest severity of its hits.
SEVERITY_FACTORS: Mapping[Severity, tuple[float, str]] = {
    Severity.LOW: (0.6, "a weak or ambiguous form of the signal"),
    Severity.MEDIUM: (1.0, "the typical form: the weights above are set for it"),
    Severity.HIGH: (1.3, "an extreme form (slurs, 'I will destroy you'): well above typical"),
}

# (lower bound, level, reason), from the top down; dangerous is set by threat.violence only.
LEVEL_THRESHOLDS: tuple[tuple[float, Level, str], ...] = (
    (0.60, Level.HOSTILE, "an insult plus anything else, or several serious signals"),
    (0.35, Level.HEATED, "one serious signal, or two or three moderate ones"),
    (0.12, Level.TENSE, "any single signal of frustration"),
    (0.0, Level.CALM, "nothing, or only the mildest signals once cooled"),
)


def heat(strengths: Mapping[Label, Severity]) -> float:
    """Heat in [0, 1] from the labels present and the strongest severity of each."""
    keep = 1.0
    for label, severity in strengths.items():
        weight = HEAT_WEIGHTS.get(label)
        if weight is not None:
            keep *= 1.0 - min(0.99, weight[0] * SEVERITY_FACTORS[severity][0])
    raw = 1.0 - keep
    for label in strengths:
        cooling = COOLING_WEIGHTS.get(label)
        if cooling is not None:
            raw *= 1.0 - cooling[0]
    return round(raw, 6)


def level(heat_value: float, labels: Iterable[Label]) -> Level:
    """The band of a heat value; ``dangerous`` whenever ``threat.violence`` is present."""
    if Label.THREAT_VIOLENCE in set(labels):
        return Level.DANGEROUS
    for bound, band, _reason in LEVEL_THRESHOLDS:
        if heat_value >= bound:
            return band
    return Level.CALM  # pragma: no cover - the last bound is 0


# Fitted on the Stack Exchange half of the Stanford Politeness Corpus by
# benchmarks/fit_politeness.py (L2-regularised logistic regression, polite vs
# impolite quartiles); the reason records the sign's meaning in the literature.
POLITENESS_BIAS: tuple[float, str] = (0.0, "placeholder until fitted")
POLITENESS_WEIGHTS: Mapping[Label, tuple[float, str]] = {}


def politeness(labels: Iterable[Label]) -> float:
    """Politeness in [-1, 1] from the labels present."""
    z = POLITENESS_BIAS[0]
    for label in set(labels):
        weight = POLITENESS_WEIGHTS.get(label)
        if weight is not None:
            z += weight[0]
    return round(math.tanh(z / 2.0), 6)
