"""Hard cases for the agent-side triggers (what not to say).

Each row: a text, who wrote it, trigger labels that must be present and trigger
labels that must be absent. The rows are the look-alikes that ordinary support
replies are full of (taxonomy.md "not" column and the cases read off real agent
replies): an eager "can't wait", a description of the customer's problem, good
news phrased with "we don't", information phrased with "you should have", a
policy that helps, a refusal that comes with an alternative, empathy followed
by an action, and a customer (or an agent quoting one) saying "calm down".

A second table pins the spans the rewriter will replace: the phrase a person
would rewrite, not a whole sentence and not a single word.
"""

from __future__ import annotations

import pytest

from deescalate import Label, Speaker, classify

L = Label
C = Speaker.CUSTOMER
A = Speaker.AGENT

CALM = L.TRIGGER_CALM_DOWN
NOT_MINE = L.TRIGGER_NOT_MY_PROBLEM
CONTRA = L.TRIGGER_CONTRADICTION
CANT = L.TRIGGER_CANT_HELP
WE_DONT = L.TRIGGER_WE_DONT
MANAGER = L.TRIGGER_MANAGER_CHECK
BLAME = L.TRIGGER_BLAME
POLICY = L.TRIGGER_POLICY_WALL
HOLLOW = L.TRIGGER_HOLLOW_EMPATHY
CONDESC = L.TRIGGER_CONDESCENSION
MINIMIZE = L.TRIGGER_MINIMIZING
NEGATIVE = L.TRIGGER_NEGATIVE_LANGUAGE

TRIGGERS = frozenset(label for label in Label if label.family == "trigger")

CASES: list[tuple[str, Speaker, set[Label], set[Label]]] = [
    # --- calm_down: imperatives from the agent, not the customer, not "things calm down"
    ("Please calm down so I can help you.", A, {CALM}, set()),
    ("Sir, you need to relax.", A, {CALM}, set()),
    ("There's no need to shout.", A, {CALM}, set()),
    ("Take a deep breath, it's just a delay.", A, {CALM, MINIMIZE}, set()),
    ("Don't tell me to calm down!", C, set(), {CALM}),
    ("I'm calm, I just want my money back.", C, set(), {CALM}),
    ("You wrote \"don't tell me to calm down\", and you're right.", A, set(), {CALM}),
    ("I would never ask you to calm down; I'm sorry this happened.", A, set(), {CALM}),
    ("We'll reopen the store once things calm down.", A, set(), {CALM}),
    ("Sit back and relax, we'll handle the rebooking.", A, set(), {CALM}),
    ("Our lounges let you relax before the flight.", A, set(), {CALM}),
    ("No need to apologize, happy to help!", A, set(), {CALM}),
    ("Don't worry, I've fixed it.", A, set(), {CALM}),
    ("Take a look at the steps here and let us know.", A, set(), {CALM}),
    ("Take it easy and have a great weekend!", A, set(), {CALM}),
    # --- not_my_problem
    ("That's not my department.", A, {NOT_MINE}, set()),
    ("It's not our fault the courier was late.", A, {NOT_MINE}, set()),
    ("You'll have to call someone else about that.", A, {NOT_MINE}, set()),
    ("It's not your fault at all.", A, set(), {NOT_MINE, BLAME}),
    ("No problem, glad to help!", A, set(), {NOT_MINE}),
    ("That's the problem we're fixing today.", A, set(), {NOT_MINE}),
    ("I'll take it up with the warehouse myself.", A, set(), {NOT_MINE}),
    # --- contradiction
    ("You're wrong, the parcel was delivered.", A, {CONTRA}, set()),
    ("That's not true.", A, {CONTRA}, set()),
    ("You're being unreasonable.", A, {CONTRA}, set()),
    ("Sorry, I was wrong about the fee.", A, set(), {CONTRA}),
    ("You're not wrong, and I'm sorry.", A, set(), {CONTRA}),
    ("You're right, that's incorrect, and I've fixed it.", A, set(), {CONTRA}),
    ("If that's not the case, let us know.", A, set(), {CONTRA}),
    ("That's correct, it ships Monday.", A, set(), {CONTRA}),
    # --- cant_help: flat refusals only
    ("I can't help you.", A, {CANT}, set()),
    ("Sorry, I can't do that.", A, {CANT}, set()),
    ("There's nothing I can do.", A, {CANT}, set()),
    ("I can't do anything about it.", A, {CANT}, set()),
    ("I can't wait to help you plan the trip!", A, set(), {CANT}),
    ("We can't wait to see you onboard!", A, set(), {CANT}),
    ("I can't do that, but here's what I can do: a full credit.", A, set(), {CANT}),
    (
        "We can't help with account issues here. Please reach us at the link below.",
        A,
        set(),
        {CANT},
    ),
    ("If we can't fix it, we'll replace it.", A, set(), {CANT}),
    ("Is there anything else I can do for you?", A, set(), {CANT}),
    ("I can't help but smile at that photo!", A, set(), {CANT}),
    ("So I can't change it?", A, set(), {CANT}),
    # --- we_dont
    ("We don't do that.", A, {WE_DONT}, set()),
    ("We don't offer refunds.", A, {WE_DONT}, set()),
    ("We don't charge for returns.", A, set(), {WE_DONT}),
    ("We don't charge a fee to change your seat.", A, set(), {WE_DONT}),
    ("We don't sell your personal data.", A, set(), {WE_DONT}),
    ("We don't want you to miss out!", A, set(), {WE_DONT}),
    ("While we don't offer that yet, we've passed it to the team.", A, set(), {WE_DONT}),
    # --- manager_check vs. supportive escalation
    ("I'll have to check with my manager.", A, {MANAGER}, set()),
    ("I'm not allowed to do that.", A, {MANAGER}, set()),
    ("That's above my pay grade.", A, {MANAGER}, set()),
    ("I'll bring in a supervisor to get you the best help.", A, set(), {MANAGER}),
    (
        "I want to get you the best help possible, so I'll bring in a supervisor.",
        A,
        set(),
        {MANAGER},
    ),
    ("My manager asked me to follow up with you.", A, set(), {MANAGER}),
    ("You're allowed one free change per booking.", A, set(), {MANAGER}),
    # --- blame vs. information
    ("You should have read the terms.", A, {BLAME}, set()),
    ("You didn't follow the instructions.", A, {BLAME}, set()),
    ("It's your fault.", A, {BLAME}, set()),
    ("If you had read the email, you would know.", A, {BLAME}, set()),
    ("You should have received an email with the label.", A, set(), {BLAME}),
    ("You should have gotten a text from us yesterday.", A, set(), {BLAME}),
    ("You should have a refund within three days.", A, set(), {BLAME}),
    ("You shouldn't have to deal with this.", A, set(), {BLAME}),
    ("If you didn't place this order, please DM us.", A, set(), {BLAME}),
    ("Sorry to hear you didn't receive it.", A, set(), {BLAME}),
    ("If you'd like, I can resend it.", A, set(), {BLAME}),
    ("What does your error message say?", A, set(), {BLAME}),
    # --- policy_wall vs. a policy that helps or is just linked
    ("This is our policy.", A, {POLICY}, set()),
    ("Sorry, company policy.", A, {POLICY}, set()),
    ("Rules are rules.", A, {POLICY}, set()),
    ("Our policy states that opened items can't be returned.", A, {POLICY}, set()),
    ("Our policy lets me refund you in full.", A, set(), {POLICY}),
    ("You can read our refund policy here.", A, set(), {POLICY}),
    (
        "According to our refund policy, you can request a refund within 14 days.",
        A,
        set(),
        {POLICY},
    ),
    ("Your insurance policy number is on the card.", A, set(), {POLICY}),
    # A refusal in the next clause is not a policy that helps ("nothing I can do" is not "I can").
    ("That's our policy, there's nothing I can do.", A, {POLICY, CANT}, set()),
    ("This is company policy, there isn't much we can do about it.", A, {POLICY, CANT}, set()),
    ("Per our policy, there's nothing you can do now.", A, {POLICY}, set()),
    ("Per our policy, you're entitled to a full refund.", A, set(), {POLICY}),
    ("That's our policy, but I can refund you this time.", A, set(), {POLICY}),
    # --- hollow_empathy: generic empathy with nothing behind it in the message
    ("I understand how you feel.", A, {HOLLOW}, set()),
    ("I understand your frustration, but that's how it is.", A, {HOLLOW}, set()),
    ("I understand how frustrating this is, so I've refunded you.", A, set(), {HOLLOW}),
    ("I understand your frustration. Please DM us your order number.", A, set(), {HOLLOW}),
    ("I understand how you feel, and I'll call the depot today.", A, set(), {HOLLOW}),
    ("We understand. Which device are you using?", A, set(), {HOLLOW}),
    ("I understand you'd like a refund; I've started it.", A, set(), {HOLLOW}),
    ("I'm sorry you feel that way. Booking rules apply to everyone.", A, {HOLLOW}, set()),
    ("I'm sorry you feel that way, so I've waived the fee.", A, set(), {HOLLOW}),
    # --- condescension
    ("As I already said, it takes five days.", A, {CONDESC}, set()),
    ("Like I told you, the store is closed.", A, {CONDESC}, set()),
    ("With all due respect, that's not how it works.", A, {CONDESC}, set()),
    ("Calm yourself.", A, {CONDESC}, {CALM}),
    ("As you mentioned, the box was damaged.", A, set(), {CONDESC}),
    ("This is obviously frustrating, I'm sorry.", A, set(), {CONDESC}),
    ("Just thought you should know your order shipped.", A, set(), {CONDESC}),
    # --- minimizing
    ("It's not a big deal.", A, {MINIMIZE}, set()),
    ("It's only a few dollars.", A, {MINIMIZE}, set()),
    ("It's just a small delay.", A, {MINIMIZE}, set()),
    ("It's only available in the US for now.", A, set(), {MINIMIZE}),
    ("It's just a few quick steps to reset it.", A, set(), {MINIMIZE}),
    ("Please allow at least 24 hours.", A, set(), {MINIMIZE}),
    ("No worries, it's not a big deal at all!", A, set(), {MINIMIZE}),
    ("We know this is a big deal for you.", A, set(), {MINIMIZE}),
    # --- negative_language
    ("Unfortunately, it's out of stock.", A, {NEGATIVE}, set()),
    ("That's impossible.", A, {NEGATIVE}, set()),
    ("There's no way to recover it.", A, {NEGATIVE}, set()),
    ("You can't return opened items.", A, {NEGATIVE}, set()),
    ("If you can't log in, please DM us.", A, set(), {NEGATIVE}),
    ("Sorry to hear you can't access your account.", A, set(), {NEGATIVE}),
    ("For an account you can't access, use the recovery form.", A, set(), {NEGATIVE}),
    ("You can't go wrong with the large size!", A, set(), {NEGATIVE}),
    ("We'll ship it as soon as possible.", A, set(), {NEGATIVE}),
    ("Nothing is impossible for our team!", A, set(), {NEGATIVE}),
    ("No way! That's amazing news.", A, set(), {NEGATIVE}),
    # --- every trigger is an agent's: the same words from a customer are not triggers
    ("You should have read my email, I told you twice!", C, set(), TRIGGERS),
    ("Unfortunately the app crashed again.", C, set(), TRIGGERS),
    ("This is your policy? Unbelievable.", C, set(), TRIGGERS),
]


@pytest.mark.parametrize(("text", "speaker", "present", "absent"), CASES)
def test_hard_case(text: str, speaker: Speaker, present: set[Label], absent: set[Label]) -> None:
    result = classify(text, speaker=speaker)
    found = result.labels & TRIGGERS
    assert present <= found, f"{text!r}: missing {present - found}; got {sorted(found)}"
    assert not (absent & found), f"{text!r}: should not have {sorted(absent & found)}"


# The span is the phrase a person would replace.
SPANS: list[tuple[str, Label, str]] = [
    ("Honestly, I can't do that for you.", CANT, "I can't do that for you"),
    ("Okay, please calm down and tell me the order number.", CALM, "calm down"),
    ("Sorry, that's not my department, try billing.", NOT_MINE, "that's not my department"),
    ("Hmm, this is our policy, sorry.", POLICY, "this is our policy"),
    (
        "Right, I'll have to check with my manager first.",
        MANAGER,
        "I'll have to check with my manager",
    ),
    ("Well, you should have read the terms.", BLAME, "you should have read the terms"),
    ("OK. There's nothing I can do.", CANT, "There's nothing I can do"),
    ("Sure, we don't offer refunds on gift cards.", WE_DONT, "we don't offer"),
    ("Thanks. I understand how you feel.", HOLLOW, "I understand how you feel"),
    ("Look, it's not a big deal.", MINIMIZE, "it's not a big deal"),
    ("As I already said, the refund takes 5 days.", CONDESC, "As I already said"),
    ("Hi. Unfortunately, that size is gone.", NEGATIVE, "Unfortunately"),
]


@pytest.mark.parametrize(("text", "label", "span"), SPANS)
def test_span_is_the_phrase_to_replace(text: str, label: Label, span: str) -> None:
    hits = classify(text, speaker=A).hits_for(label)
    assert [hit.text for hit in hits] == [span]


@pytest.mark.parametrize(
    "text",
    [
        "You said \"this is our policy, we can't help you\" and I've refunded it.",
        "You wrote 'we can't help you' in our last chat, and I've refunded it.",
        "You told me 'this is company policy' was all you heard; here's the fix.",
    ],
)
def test_agent_quoting_a_customer_is_not_a_trigger(text: str) -> None:
    found = classify(text, speaker=A).labels & TRIGGERS
    assert not found & {POLICY, CANT, NEGATIVE}, sorted(found)


def test_quotes_do_not_hide_the_agents_own_words() -> None:
    text = "I can't help you. You called it 'fine' earlier."
    assert CANT in classify(text, speaker=A).labels


def test_evasions_are_still_caught() -> None:
    # Curly apostrophes, stretched letters and an HTML entity in a real tweet's shape.
    text = "Sorry, I can\u2019t do that &amp; there\u2019s nothing I can do. Calm dooown."
    found = classify(text, speaker=A).labels
    assert {CANT, CALM} <= found
