"""Hard cases for the agent-side technique labels (taxonomy.md, "Agent-side techniques").

Each row is (text, speaker, labels that must be present, labels that must be absent).
The absent column holds the near-misses that matter most: non-apologies, requests
dressed as thanks, instructions that look like ownership, bare formulas that are
``trigger.hollow_empathy`` rather than an acknowledgement, and customers who say
the same words (their apologies and thanks are ``cooling.*``, not techniques).
"""

from __future__ import annotations

import pytest

from deescalate import Label, classify

L = Label
AGENT = "agent"
CUSTOMER = "customer"

Case = tuple[str, str, frozenset[Label], frozenset[Label]]


def case(text: str, speaker: str, present: set[Label], absent: set[Label]) -> Case:
    return (text, speaker, frozenset(present), frozenset(absent))


ACKNOWLEDGE = [
    case("I can see why you're upset.", AGENT, {L.TECHNIQUE_ACKNOWLEDGE}, set()),
    case(
        "I can imagine how frustrating this must be for you.",
        AGENT,
        {L.TECHNIQUE_ACKNOWLEDGE},
        set(),
    ),
    case(
        "It sounds like this has been a challenging experience.",
        AGENT,
        {L.TECHNIQUE_ACKNOWLEDGE},
        set(),
    ),
    case("I can't imagine how stressful that was.", AGENT, {L.TECHNIQUE_ACKNOWLEDGE}, set()),
    case("We know how important this trip is to you.", AGENT, {L.TECHNIQUE_ACKNOWLEDGE}, set()),
    case("You have every right to be annoyed.", AGENT, {L.TECHNIQUE_ACKNOWLEDGE}, set()),
    case("Oh no, that must be so frustrating!", AGENT, {L.TECHNIQUE_ACKNOWLEDGE}, set()),
    # The bare formula belongs to trigger.hollow_empathy.
    case("I understand how you feel.", AGENT, set(), {L.TECHNIQUE_ACKNOWLEDGE}),
    case("I understand.", AGENT, set(), {L.TECHNIQUE_ACKNOWLEDGE}),
    case("I understand your concern.", AGENT, set(), {L.TECHNIQUE_ACKNOWLEDGE}),
    # The generic formula counts only with something concrete beside it.
    case("I understand your frustration.", AGENT, set(), {L.TECHNIQUE_ACKNOWLEDGE}),
    case("We know how frustrating this is.", AGENT, set(), {L.TECHNIQUE_ACKNOWLEDGE}),
    case(
        "I understand your frustration, and I'll fix this today.",
        AGENT,
        {L.TECHNIQUE_ACKNOWLEDGE},
        set(),
    ),
    case(
        "I understand how frustrating this is, so I've refunded you.",
        AGENT,
        {L.TECHNIQUE_ACKNOWLEDGE},
        set(),
    ),
    case("I can see your order in our system.", AGENT, set(), {L.TECHNIQUE_ACKNOWLEDGE}),
    case("It's hard to say without the order number.", AGENT, set(), {L.TECHNIQUE_ACKNOWLEDGE}),
    case("I know how to fix this.", AGENT, set(), {L.TECHNIQUE_ACKNOWLEDGE}),
    # A customer describing their own feelings is not the technique.
    case(
        "I can see why you're upset, says the bot. Useless.",
        CUSTOMER,
        set(),
        {L.TECHNIQUE_ACKNOWLEDGE},
    ),
]

APOLOGY = [
    case("I'm so sorry for the trouble.", AGENT, {L.TECHNIQUE_APOLOGY}, set()),
    case("My apologies for the delay!", AGENT, {L.TECHNIQUE_APOLOGY}, set()),
    case("We apologise for the inconvenience.", AGENT, {L.TECHNIQUE_APOLOGY}, set()),
    case("Sorry to hear your parcel was late.", AGENT, {L.TECHNIQUE_APOLOGY}, set()),
    case("We&#39;re sorry about that.", AGENT, {L.TECHNIQUE_APOLOGY}, set()),
    case("We are s o r r y about the mix-up.", AGENT, {L.TECHNIQUE_APOLOGY}, set()),
    # Non-apologies.
    case("Sorry, but that's our policy.", AGENT, set(), {L.TECHNIQUE_APOLOGY}),
    case("I'm sorry you feel that way.", AGENT, set(), {L.TECHNIQUE_APOLOGY}),
    case("We're sorry if you were offended.", AGENT, set(), {L.TECHNIQUE_APOLOGY}),
    case("I apologize, but we can't refund it.", AGENT, set(), {L.TECHNIQUE_APOLOGY}),
    case("Sorry to inform you that it's sold out.", AGENT, set(), {L.TECHNIQUE_APOLOGY}),
    case("No need to apologize!", AGENT, set(), {L.TECHNIQUE_APOLOGY}),
    case("Don't be sorry, it happens.", AGENT, set(), {L.TECHNIQUE_APOLOGY}),
    case('The driver said "sorry" and left.', AGENT, set(), {L.TECHNIQUE_APOLOGY}),
    # The customer apologising is cooling.apology, not the technique.
    case("Sorry for yelling earlier.", CUSTOMER, set(), {L.TECHNIQUE_APOLOGY}),
]

GRATITUDE = [
    case("Thank you for bringing this to our attention.", AGENT, {L.TECHNIQUE_GRATITUDE}, set()),
    case("Thanks for your patience!", AGENT, {L.TECHNIQUE_GRATITUDE}, set()),
    case("We appreciate you letting us know.", AGENT, {L.TECHNIQUE_GRATITUDE}, set()),
    case("Appreciate the screenshot!", AGENT, {L.TECHNIQUE_GRATITUDE}, set()),
    case("Your patience is much appreciated.", AGENT, {L.TECHNIQUE_GRATITUDE}, set()),
    case("Thanks to the snow, trains are late.", AGENT, set(), {L.TECHNIQUE_GRATITUDE}),
    case("We'd appreciate it if you could DM us.", AGENT, set(), {L.TECHNIQUE_GRATITUDE}),
    case("I'd be grateful if you could resend it.", AGENT, set(), {L.TECHNIQUE_GRATITUDE}),
    case("A reply would be appreciated.", AGENT, set(), {L.TECHNIQUE_GRATITUDE}),
    case("I appreciate that this is frustrating.", AGENT, set(), {L.TECHNIQUE_GRATITUDE}),
    case("Happy Thanksgiving!", AGENT, set(), {L.TECHNIQUE_GRATITUDE}),
    case("Thank you, that fixed it!", CUSTOMER, set(), {L.TECHNIQUE_GRATITUDE}),
]

OWNERSHIP = [
    case("Let me take care of this for you.", AGENT, {L.TECHNIQUE_OWNERSHIP}, set()),
    case("I'll make sure this gets fixed today.", AGENT, {L.TECHNIQUE_OWNERSHIP}, set()),
    case("Leave it with me.", AGENT, {L.TECHNIQUE_OWNERSHIP}, set()),
    case("That's our mistake, and I'm sorry.", AGENT, {L.TECHNIQUE_OWNERSHIP}, set()),
    case("I can look into your account now.", AGENT, {L.TECHNIQUE_OWNERSHIP}, set()),
    case("Please make sure your app is updated.", AGENT, set(), {L.TECHNIQUE_OWNERSHIP}),
    case("That's not our fault.", AGENT, set(), {L.TECHNIQUE_OWNERSHIP}),
    case(
        "DM us your order number so we can look into this.",
        AGENT,
        set(),
        {L.TECHNIQUE_OWNERSHIP},
    ),
    case(
        "Let me make sure I understand.", AGENT, {L.TECHNIQUE_PARAPHRASE}, {L.TECHNIQUE_OWNERSHIP}
    ),
]

PARAPHRASE = [
    case(
        "I hear you're upset because your order was delayed.",
        AGENT,
        {L.TECHNIQUE_PARAPHRASE},
        set(),
    ),
    case(
        "So if I understand correctly, the app logs you out?",
        AGENT,
        {L.TECHNIQUE_PARAPHRASE},
        set(),
    ),
    case("It sounds like you were charged twice.", AGENT, {L.TECHNIQUE_PARAPHRASE}, set()),
    case("You have two travel credits, correct?", AGENT, {L.TECHNIQUE_PARAPHRASE}, set()),
    case("I hear you.", AGENT, set(), {L.TECHNIQUE_PARAPHRASE}),
    case(
        "To confirm your identity, please DM us.",
        AGENT,
        set(),
        {L.TECHNIQUE_PARAPHRASE, L.TECHNIQUE_CLARIFYING_QUESTION},
    ),
]

CHOICE = [
    case("Would you prefer a replacement or a refund?", AGENT, {L.TECHNIQUE_CHOICE}, set()),
    case("You can choose between store credit and a refund.", AGENT, {L.TECHNIQUE_CHOICE}, set()),
    case("It's up to you.", AGENT, {L.TECHNIQUE_CHOICE}, set()),
    case("Are you on iOS or Android?", AGENT, set(), {L.TECHNIQUE_CHOICE}),
    case("Would you like to continue?", AGENT, set(), {L.TECHNIQUE_CHOICE}),
]

POSITIVE_FRAME = [
    case("What I can do is send a new one today.", AGENT, {L.TECHNIQUE_POSITIVE_FRAME}, set()),
    case("Here's what I can do.", AGENT, {L.TECHNIQUE_POSITIVE_FRAME}, set()),
    case(
        "I can't refund the fare, but I can offer a voucher.",
        AGENT,
        {L.TECHNIQUE_POSITIVE_FRAME},
        set(),
    ),
    case("I can't do that.", AGENT, set(), {L.TECHNIQUE_POSITIVE_FRAME}),
    case("What can I do for you?", AGENT, set(), {L.TECHNIQUE_POSITIVE_FRAME}),
]

NEXT_STEPS = [
    case(
        "You should see the refund within three business days.",
        AGENT,
        {L.TECHNIQUE_NEXT_STEPS},
        set(),
    ),
    case("I'll follow up by Friday.", AGENT, {L.TECHNIQUE_NEXT_STEPS}, set()),
    case("Here's what happens next.", AGENT, {L.TECHNIQUE_NEXT_STEPS}, set()),
    case("Please allow 3-5 business days.", AGENT, {L.TECHNIQUE_NEXT_STEPS}, set()),
    case("You should see a toggle under Settings.", AGENT, set(), {L.TECHNIQUE_NEXT_STEPS}),
    case("Please keep us posted.", AGENT, set(), {L.TECHNIQUE_NEXT_STEPS}),
]

COLLABORATION = [
    case("Let's work together to fix this.", AGENT, {L.TECHNIQUE_COLLABORATION}, set()),
    case(
        "Let's focus on how we can resolve this together.",
        AGENT,
        {L.TECHNIQUE_COLLABORATION},
        set(),
    ),
    case("I'll work with you to find a solution.", AGENT, {L.TECHNIQUE_COLLABORATION}, set()),
    case("Let's chat in DM.", AGENT, set(), {L.TECHNIQUE_COLLABORATION}),
    case("Let us know how it goes.", AGENT, set(), {L.TECHNIQUE_COLLABORATION}),
]

REASSURANCE = [
    case("I'm here to help.", AGENT, {L.TECHNIQUE_REASSURANCE}, set()),
    case("You're in good hands.", AGENT, {L.TECHNIQUE_REASSURANCE}, set()),
    case("We\u2019d be happy to help with that.", AGENT, {L.TECHNIQUE_REASSURANCE}, set()),
    case("Here is the form.", AGENT, set(), {L.TECHNIQUE_REASSURANCE}),
    case("We can't help with that here.", AGENT, set(), {L.TECHNIQUE_REASSURANCE}),
]

BOUNDARY = [
    case(
        "I understand you're upset, but I can only assist you if we keep this "
        "conversation respectful.",
        AGENT,
        {L.TECHNIQUE_BOUNDARY, L.TECHNIQUE_ACKNOWLEDGE},
        set(),
    ),
    case("Please keep the conversation civil.", AGENT, {L.TECHNIQUE_BOUNDARY}, set()),
    case("We respect your privacy.", AGENT, set(), {L.TECHNIQUE_BOUNDARY}),
    case("I can only see the last four digits.", AGENT, set(), {L.TECHNIQUE_BOUNDARY}),
]

CLARIFYING = [
    case(
        "Could you tell me more about what happened?",
        AGENT,
        {L.TECHNIQUE_CLARIFYING_QUESTION},
        set(),
    ),
    case("Could you explain what you meant?", AGENT, {L.TECHNIQUE_CLARIFYING_QUESTION}, set()),
    case("What error are you seeing?", AGENT, {L.TECHNIQUE_CLARIFYING_QUESTION}, set()),
    case("Can you DM us your email address?", AGENT, set(), {L.TECHNIQUE_CLARIFYING_QUESTION}),
    case("Tell me about it!", AGENT, set(), {L.TECHNIQUE_CLARIFYING_QUESTION}),
    case(
        "Just to clarify, refunds take five days.",
        AGENT,
        set(),
        {L.TECHNIQUE_CLARIFYING_QUESTION},
    ),
]

FOLLOW_UP = [
    case("I just wanted to check in.", AGENT, {L.TECHNIQUE_FOLLOW_UP}, set()),
    case(
        "Is there anything else I could have done to assist you better?",
        AGENT,
        {L.TECHNIQUE_FOLLOW_UP},
        set(),
    ),
    case("Did that help?", AGENT, {L.TECHNIQUE_FOLLOW_UP}, set()),
    case("Did you try restarting it?", AGENT, set(), {L.TECHNIQUE_FOLLOW_UP}),
    case("Please check in two hours early.", AGENT, set(), {L.TECHNIQUE_FOLLOW_UP}),
]

ESCALATION = [
    case(
        "I want to get you the best help possible, so I'll bring in a supervisor.",
        AGENT,
        {L.TECHNIQUE_SUPPORTIVE_ESCALATION},
        set(),
    ),
    case(
        "I've escalated this to our specialist team.",
        AGENT,
        {L.TECHNIQUE_SUPPORTIVE_ESCALATION},
        set(),
    ),
    case(
        "I'll have to check with my manager.",
        AGENT,
        set(),
        {L.TECHNIQUE_SUPPORTIVE_ESCALATION},
    ),
    case(
        "We can't escalate this any further.",
        AGENT,
        set(),
        {L.TECHNIQUE_SUPPORTIVE_ESCALATION},
    ),
    case(
        "I'll pass your kind words on to the crew!",
        AGENT,
        set(),
        {L.TECHNIQUE_SUPPORTIVE_ESCALATION},
    ),
]

CASES = [
    *ACKNOWLEDGE,
    *APOLOGY,
    *GRATITUDE,
    *OWNERSHIP,
    *PARAPHRASE,
    *CHOICE,
    *POSITIVE_FRAME,
    *NEXT_STEPS,
    *COLLABORATION,
    *REASSURANCE,
    *BOUNDARY,
    *CLARIFYING,
    *FOLLOW_UP,
    *ESCALATION,
]


@pytest.mark.parametrize(("text", "speaker", "present", "absent"), CASES)
def test_technique_labels(
    text: str, speaker: str, present: frozenset[Label], absent: frozenset[Label]
) -> None:
    labels = classify(text, speaker=speaker).labels
    assert present <= labels, f"{text!r} ({speaker}) missing {sorted(present - labels)}"
    assert not absent & labels, f"{text!r} ({speaker}) wrongly got {sorted(absent & labels)}"


def test_every_technique_label_is_exercised() -> None:
    techniques = {label for label in Label if label.value.startswith("technique.")}
    covered = set().union(*(present for _, _, present, _ in CASES))
    assert covered == techniques


@pytest.mark.parametrize(
    ("text", "label", "evidence"),
    [
        ("Oh no! I'm so sorry for the wait.", L.TECHNIQUE_APOLOGY, "sorry"),
        ("Hi Sam, thanks for your patience.", L.TECHNIQUE_GRATITUDE, "thanks"),
        (
            "OK. Let me take care of this right away.",
            L.TECHNIQUE_OWNERSHIP,
            "Let me take care of this",
        ),
        ("Hmm. I can see why you're upset.", L.TECHNIQUE_ACKNOWLEDGE, "I can see why you're upset"),
    ],
)
def test_hit_points_at_the_phrase(text: str, label: Label, evidence: str) -> None:
    hits = classify(text, speaker=AGENT).hits_for(label)
    assert [hit.text for hit in hits] == [evidence]
    assert all(text[hit.start : hit.end] == hit.text for hit in hits)
