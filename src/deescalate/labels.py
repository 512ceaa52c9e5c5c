"""The label taxonomy, speakers, levels and severities.

Label IDs are a public contract (``../shared/spec/taxonomy.md``): users store
them, filter on them and count them, so an ID never changes meaning. Labels
are ``str`` enums, so ``"hostility.insult" in classification.labels`` works.
"""

from __future__ import annotations

from enum import StrEnum

from deescalate._ordered import RankedStrEnum

__all__ = ["Label", "Level", "Severity", "Speaker"]


class Label(StrEnum):
    """Every label of taxonomy v1, by its stable dotted ID."""

    # Customer-side signals (what raises the temperature).
    HOSTILITY_INSULT = "hostility.insult"
    HOSTILITY_PROFANITY = "hostility.profanity"
    HOSTILITY_SHOUTING = "hostility.shouting"
    HOSTILITY_SARCASM = "hostility.sarcasm"
    THREAT_VIOLENCE = "threat.violence"
    THREAT_LEGAL = "threat.legal"
    THREAT_CHURN = "threat.churn"
    THREAT_PUBLIC = "threat.public"
    DEMAND_MANAGER = "demand.manager"
    DEMAND_REFUND = "demand.refund"
    DEMAND_URGENCY = "demand.urgency"
    GRIEVANCE_REPEAT = "grievance.repeat"
    GRIEVANCE_DELAY = "grievance.delay"
    EMOTION_ANGER = "emotion.anger"
    EMOTION_DISTRESS = "emotion.distress"
    COOLING_GRATITUDE = "cooling.gratitude"
    COOLING_APOLOGY = "cooling.apology"
    COOLING_ACCEPTANCE = "cooling.acceptance"
    # Agent-side triggers (what not to say).
    TRIGGER_CALM_DOWN = "trigger.calm_down"
    TRIGGER_NOT_MY_PROBLEM = "trigger.not_my_problem"
    TRIGGER_CONTRADICTION = "trigger.contradiction"
    TRIGGER_CANT_HELP = "trigger.cant_help"
    TRIGGER_WE_DONT = "trigger.we_dont"
    TRIGGER_MANAGER_CHECK = "trigger.manager_check"
    TRIGGER_BLAME = "trigger.blame"
    TRIGGER_POLICY_WALL = "trigger.policy_wall"
    TRIGGER_HOLLOW_EMPATHY = "trigger.hollow_empathy"
    TRIGGER_CONDESCENSION = "trigger.condescension"
    TRIGGER_MINIMIZING = "trigger.minimizing"
    TRIGGER_NEGATIVE_LANGUAGE = "trigger.negative_language"
    # Agent-side techniques (what to say).
    TECHNIQUE_ACKNOWLEDGE = "technique.acknowledge"
    TECHNIQUE_APOLOGY = "technique.apology"
    TECHNIQUE_OWNERSHIP = "technique.ownership"
    TECHNIQUE_PARAPHRASE = "technique.paraphrase"
    TECHNIQUE_GRATITUDE = "technique.gratitude"
    TECHNIQUE_CHOICE = "technique.choice"
    TECHNIQUE_POSITIVE_FRAME = "technique.positive_frame"
    TECHNIQUE_NEXT_STEPS = "technique.next_steps"
    TECHNIQUE_COLLABORATION = "technique.collaboration"
    TECHNIQUE_REASSURANCE = "technique.reassurance"
    TECHNIQUE_BOUNDARY = "technique.boundary"
    TECHNIQUE_CLARIFYING_QUESTION = "technique.clarifying_question"
    TECHNIQUE_FOLLOW_UP = "technique.follow_up"
    TECHNIQUE_SUPPORTIVE_ESCALATION = "technique.supportive_escalation"
    # Politeness strategies (either speaker).
    POLITENESS_PLEASE = "politeness.please"
    POLITENESS_PLEASE_START = "politeness.please_start"
    POLITENESS_HEDGE = "politeness.hedge"
    POLITENESS_DEFERENCE = "politeness.deference"
    POLITENESS_GREETING = "politeness.greeting"
    POLITENESS_COUNTERFACTUAL = "politeness.counterfactual"
    POLITENESS_INDICATIVE = "politeness.indicative"
    POLITENESS_DIRECT_QUESTION = "politeness.direct_question"
    POLITENESS_DIRECT_START = "politeness.direct_start"
    POLITENESS_FIRST_PERSON_START = "politeness.first_person_start"
    POLITENESS_SECOND_PERSON_START = "politeness.second_person_start"

    @property
    def family(self) -> str:
        """The part before the dot: ``hostility``, ``trigger``, ``politeness``..."""
        return self.value.split(".", 1)[0]


class Speaker(StrEnum):
    """Who wrote the message. Some phrases mean different things in different mouths."""

    CUSTOMER = "customer"
    AGENT = "agent"


class Level(RankedStrEnum):
    """The heat of a message as an ordered band: ``calm < tense < heated < hostile < dangerous``.

    Comparisons between levels follow that order, not the alphabet; ``rank`` is 0 for
    ``calm`` up to 4 for ``dangerous``.
    """

    CALM = "calm"
    TENSE = "tense"
    HEATED = "heated"
    HOSTILE = "hostile"
    DANGEROUS = "dangerous"


class Severity(StrEnum):
    """How strongly one hit of a rule counts towards its label's heat weight."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
