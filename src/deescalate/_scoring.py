"""Scores from hits: heat, level and politeness. Every weight says why it is what it is.

Heat combines signals as a noisy OR: each label present contributes a
probability-like weight (scaled by the strongest severity among its hits), and
heat is the chance that at least one of them "fires". Cooling signals then
scale the result down. A label counts once however many times it matches, so
heat does not grow with message length.

Politeness is a logistic score over the presence of labels and of the pack's
politeness cues (word classes that are not labels: sentiment words, pronouns,
"why", negation...), mapped to [-1, 1]: ``politeness = tanh(z / 2)`` with
``z = bias + sum(weights)``, which is ``2 * sigmoid(z) - 1``. The weights were
fitted on the Stack Exchange half of the Stanford Politeness Corpus
(``benchmarks/fit_politeness.py``) and checked on the Wikipedia half, which was
not used for fitting. A few labels that the corpus hardly contains (insults,
threats) have weights set by hand instead, and say so.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence

from deescalate.labels import Label, Level, Severity
from deescalate.lang import CUE_TOKEN, CueWords, PolitenessCue

__all__ = [
    "COOLING_WEIGHTS",
    "HEAT_WEIGHTS",
    "LEVEL_THRESHOLDS",
    "POLITENESS_BIAS",
    "POLITENESS_CUE_WEIGHTS",
    "POLITENESS_HAND_WEIGHTS",
    "POLITENESS_WEIGHTS",
    "SEVERITY_FACTORS",
    "CueFinder",
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
# benchmarks/fit_politeness.py: L2-regularised logistic regression, polite vs impolite
# quartiles (3,302 requests), L2 = 10 chosen by 5-fold cross-validation inside Stack
# Exchange (accuracy 0.648; labels alone 0.605). The reason says what the sign means;
# "n" is how many of the 3,302 requests have the signal and "p" the share of them that
# are polite.
POLITENESS_BIAS: tuple[float, str] = (
    0.193,
    "a request with no signal leans slightly polite once its cues are counted",
)
POLITENESS_WEIGHTS: Mapping[Label, tuple[float, str]] = {
    L.COOLING_GRATITUDE: (+0.963, "thanks are the surest sign of a polite request (n 94, p 0.88)"),
    L.POLITENESS_INDICATIVE: (+0.664, "'can you' asks instead of ordering (n 353, p 0.68)"),
    L.POLITENESS_SECOND_PERSON_START: (
        -0.563,
        "opening with 'you' points at the reader, often to correct them (n 230, p 0.35)",
    ),
    L.POLITENESS_DEFERENCE: (+0.495, "praising or conceding to the reader (n 71, p 0.79)"),
    L.COOLING_ACCEPTANCE: (+0.476, "agreeing with the reader ('ok', 'fine') (n 33, p 0.85)"),
    L.POLITENESS_DIRECT_QUESTION: (
        -0.432,
        "a bare 'what/how/who' question demands an answer (n 1037, p 0.37)",
    ),
    L.POLITENESS_COUNTERFACTUAL: (+0.373, "'could you' leaves the reader free to decline (n 262)"),
    L.POLITENESS_PLEASE: (
        -0.267,
        "with 'can/could you' counted, an added 'please' goes with pushier requests here, "
        "unlike in the paper (n 237, p 0.58)",
    ),
    L.POLITENESS_GREETING: (+0.240, "a greeting opens on a friendly footing (n 41, p 0.76)"),
    L.POLITENESS_HEDGE: (+0.183, "hedging softens a claim or request (n 651, p 0.56)"),
    L.COOLING_APOLOGY: (+0.165, "an apology is polite, though 'sorry, but' is common (n 93)"),
    L.POLITENESS_DIRECT_START: (-0.116, "opening with 'so', 'and', 'but' reads as blunt (n 331)"),
    L.EMOTION_ANGER: (-0.109, "stated anger is impolite; few cases, so shrunk (n 14, p 0.21)"),
    L.POLITENESS_FIRST_PERSON_START: (
        -0.103,
        "opening with 'I' centres the writer, a little brusque (n 535)",
    ),
    L.POLITENESS_PLEASE_START: (
        +0.097,
        "'Please do X' is near neutral here, softer than the bare order (n 82)",
    ),
}
POLITENESS_CUE_WEIGHTS: Mapping[PolitenessCue, tuple[float, str]] = {
    PolitenessCue.CHALLENGE: (
        -0.978,
        "'why' asks the reader to justify themselves (n 384, p 0.21)",
    ),
    PolitenessCue.EMPHASIS: (
        -0.599,
        "stress ('did you even', starred words, '??') is insistence (n 300, p 0.33)",
    ),
    PolitenessCue.POSITIVE: (+0.502, "words of approval are positive politeness (n 542, p 0.65)"),
    PolitenessCue.NEGATION: (
        -0.499,
        "negation contradicts or asks a leading question (n 1158, p 0.40)",
    ),
    PolitenessCue.FACTUALITY: (
        -0.463,
        "'actually', 'exactly', 'obviously' press a point on the reader (n 321, p 0.38)",
    ),
    PolitenessCue.NEGATIVE: (-0.416, "words of disapproval threaten face (n 202, p 0.36)"),
    PolitenessCue.FIRST_PERSON: (
        +0.383,
        "speaking of oneself ('I'm not sure', 'I tried') frames a request as one's own "
        "need (n 1108, p 0.56)",
    ),
    PolitenessCue.INDIRECT: (+0.243, "'by the way' raises a point gently; rare (n 34, p 0.65)"),
    PolitenessCue.SECOND_PERSON: (
        +0.046,
        "addressing the reader is near neutral once the rest is counted (n 2304)",
    ),
    PolitenessCue.FIRST_PERSON_PLURAL: (
        +0.040,
        "an inclusive 'we' is barely more polite here (n 179, p 0.51)",
    ),
}

# Set by hand, not fitted: Stack Exchange requests hardly ever contain these (fewer
# than ten each), yet they are the plainest impoliteness there is. The fit script
# holds them fixed. An insult outweighs the strongest fitted signal (thanks) about twice.
POLITENESS_HAND_WEIGHTS: Mapping[Label, tuple[float, str]] = {
    L.HOSTILITY_INSULT: (-3.0, "set by hand: a personal attack is the plainest rudeness"),
    L.THREAT_VIOLENCE: (-3.0, "set by hand: a threat of harm is rude beyond any wording"),
    L.HOSTILITY_PROFANITY: (-1.5, "set by hand: swearing at a reader is a strong face threat"),
    L.HOSTILITY_SARCASM: (-1.5, "set by hand: sarcastic thanks mock the reader"),
    L.HOSTILITY_SHOUTING: (-1.0, "set by hand: shouting in type is brusque"),
    L.TRIGGER_CALM_DOWN: (-1.0, "set by hand: telling someone to calm down talks down to them"),
    L.TRIGGER_CONDESCENSION: (-1.0, "set by hand: condescension is impoliteness by definition"),
    L.TRIGGER_BLAME: (-0.7, "set by hand: blaming the reader threatens their face"),
    L.TRIGGER_CONTRADICTION: (-0.7, "set by hand: a flat 'you're wrong' is a face threat"),
    L.TECHNIQUE_GRATITUDE: (
        POLITENESS_WEIGHTS[L.COOLING_GRATITUDE][0],
        "the agent's thanks: the weight fitted for a customer's thanks",
    ),
    L.TECHNIQUE_APOLOGY: (
        POLITENESS_WEIGHTS[L.COOLING_APOLOGY][0],
        "the agent's apology: the weight fitted for a customer's apology",
    ),
}


class CueFinder:
    """The politeness cues of one language pack, compiled for lookup. Immutable.

    The words of a message (:data:`deescalate.lang.CUE_TOKEN`, as the engine has
    already cut them) meet the single cue words in one set intersection. A phrase,
    or a word with an apostrophe, is searched for only when its first word is
    present, and marks are substring tests: linear in the length of the message.
    """

    __slots__ = ("_heads", "_keys", "_marks", "_phrases", "_words")

    def __init__(self, cues: Iterable[CueWords]) -> None:
        words: dict[str, set[PolitenessCue]] = {}
        phrases: dict[str, list[tuple[PolitenessCue, frozenset[str], re.Pattern[str]]]] = {}
        marks: list[tuple[PolitenessCue, str]] = []
        for entry in cues:
            for phrase in entry.words:
                parts = CUE_TOKEN.findall(phrase)
                if len(parts) == 1:
                    words.setdefault(phrase, set()).add(entry.cue)
                    continue
                body = r"[\s\-]{1,5}".join(map(re.escape, phrase.split(" ")))
                pattern = re.compile(rf"(?<!\w){body}(?!\w)")
                phrases.setdefault(parts[0], []).append((entry.cue, frozenset(parts), pattern))
            marks.extend((entry.cue, mark) for mark in entry.marks)
        self._words = {word: frozenset(group) for word, group in words.items()}
        self._keys = frozenset(words)
        self._phrases = {head: tuple(group) for head, group in phrases.items()}
        self._heads = frozenset(phrases)
        self._marks = tuple(marks)

    def find(self, folded: str, words: Sequence[str] | None = None) -> frozenset[PolitenessCue]:
        """The cues present in a message's folded view.

        Args:
            folded: The folded view (lower case, addresses blanked).
            words: Its words as :data:`~deescalate.lang.CUE_TOKEN` cuts them, if known.
        """
        tokens = CUE_TOKEN.findall(folded) if words is None else words
        found: set[PolitenessCue] = set()
        for word in self._keys.intersection(tokens):
            found |= self._words[word]
        heads = self._heads.intersection(tokens)
        if heads:
            present = set(tokens)
            for head in heads:
                for cue, parts, pattern in self._phrases[head]:
                    if cue not in found and parts <= present and pattern.search(folded):
                        found.add(cue)
        for cue, mark in self._marks:
            if cue not in found and mark in folded:
                found.add(cue)
        return frozenset(found)


def politeness(labels: Iterable[Label], cues: Iterable[PolitenessCue] = ()) -> float:
    """Politeness in [-1, 1] from the labels and politeness cues present."""
    z = POLITENESS_BIAS[0]
    for label in set(labels):
        weight = POLITENESS_WEIGHTS.get(label) or POLITENESS_HAND_WEIGHTS.get(label)
        if weight is not None:
            z += weight[0]
    for cue in set(cues):
        cue_weight = POLITENESS_CUE_WEIGHTS.get(cue)
        if cue_weight is not None:
            z += cue_weight[0]
    return round(math.tanh(z / 2.0), 6)
