"""Hard cases of the threat, demand and grievance families.

Each row: (text, speaker, labels that must be present, labels that must be absent).
The rows cover idioms, negation, questions versus demands, plain requests versus
threats, reported speech, speakers, evasions and tweet debris (@handles, URLs,
HTML entities).
"""

from __future__ import annotations

import time

import pytest

from deescalate import classify

VIOLENCE = "threat.violence"
LEGAL = "threat.legal"
CHURN = "threat.churn"
PUBLIC = "threat.public"
MANAGER = "demand.manager"
REFUND = "demand.refund"
URGENCY = "demand.urgency"
REPEAT = "grievance.repeat"
DELAY = "grievance.delay"
C = "customer"
A = "agent"

CASES: list[tuple[str, str, set[str], set[str]]] = [
    # --- threat.violence ----------------------------------------------------------------
    ("I'll come down there and smash your face", C, {VIOLENCE}, set()),
    ("you'd better watch your back", C, {VIOLENCE}, set()),
    ("I know where you live", C, {VIOLENCE}, set()),
    ("I will kill you", C, {VIOLENCE}, set()),
    ("I'm going to hurt someone if this isn't fixed today", C, {VIOLENCE}, set()),
    ("I'll k1ll you", C, {VIOLENCE}, set()),  # leetspeak
    ("i w i l l  k i l l  y o u", C, {VIOLENCE}, set()),  # spaced letters
    ("I'll kill y\u043eu", C, {VIOLENCE}, set()),  # Cyrillic o
    ("I will kill you", A, {VIOLENCE}, set()),  # an agent threat is still a threat
    ("next time I'm bringing my gun", C, {VIOLENCE}, set()),
    ("next time I'll bring my gun", C, {VIOLENCE}, set()),
    # idioms and look-alikes
    ("this is killing me", C, set(), {VIOLENCE}),
    ("what a killer deal", C, set(), {VIOLENCE}),
    ("I could kill for a coffee", C, set(), {VIOLENCE}),
    ("shoot me an email when it ships", C, set(), {VIOLENCE}),
    ("I'll shoot you a DM with my order number", C, set(), {VIOLENCE}),
    ("your new playlist is the bomb", C, set(), {VIOLENCE}),
    ("my battery died again", C, set(), {VIOLENCE}),
    ("the blender was dead on arrival", C, set(), {VIOLENCE}),
    ("I need it to beat the deadline", C, set(), {VIOLENCE}),
    ("Kill them with kindness", A, set(), {VIOLENCE}),
    ("I'll kill the app and reopen it", C, set(), {VIOLENCE}),
    ("Spotify I love you but you're killing me", C, set(), {VIOLENCE}),
    ("I'm dying to try the new feature", C, set(), {VIOLENCE}),
    ("I'll hit you up tomorrow", C, set(), {VIOLENCE}),
    ("Spotify bombed out again today", C, set(), {VIOLENCE}),
    ("you're dead to me", C, {CHURN}, {VIOLENCE}),
    ("I would never hurt anyone", C, set(), {VIOLENCE}),
    ("I'm not going to hurt you, relax", C, set(), {VIOLENCE}),
    ('The driver said "I will kill you" to me', C, set(), {VIOLENCE}),  # reported speech
    ("the driver threatened to kill me", C, set(), {VIOLENCE}),  # a report, not a threat
    # --- threat.legal -------------------------------------------------------------------
    ("I'm calling my lawyer", C, {LEGAL}, set()),
    ("I'll sue", C, {LEGAL}, set()),
    ("reporting you to the BBB", C, {LEGAL}, set()),
    ("I'll dispute the charge with my bank", C, {LEGAL}, set()),
    ("Filing a chargeback.", C, {LEGAL}, set()),
    ("@AcmeHelp I've contacted the FTC &amp; my attorney", C, {LEGAL}, set()),
    ("Going to the ombudsman with this", C, {LEGAL}, set()),
    ("see you in small claims court", C, {LEGAL}, set()),
    ("my lawyer friend recommended you", C, set(), {LEGAL}),
    ("the court date is on my calendar, I need it by then", C, set(), {LEGAL}),
    ("how do I dispute a charge?", C, set(), {LEGAL}),
    ("I spoke with Sue in billing and she was great", C, set(), {LEGAL}),
    ("I'm not going to sue you, I just want it fixed", C, set(), {LEGAL}),
    ("I called the police when my package was stolen", C, set(), {LEGAL}),
    ("The @FCC should protect net neutrality", C, set(), {LEGAL}),
    ("you can file a complaint with the BBB if you like", A, set(), {LEGAL}),
    # --- threat.churn -------------------------------------------------------------------
    ("I'm cancelling my account", C, {CHURN}, set()),
    ("switching to your competitor", C, {CHURN}, set()),
    ("I\u2019m switching to @verizon next month", C, {CHURN}, set()),
    ("never shopping here again", C, {CHURN}, set()),
    ("you just lost a customer", C, {CHURN}, set()),
    ("#youlostacustomer", C, {CHURN}, set()),
    ("I'm done with you", C, {CHURN}, set()),
    ("I&#39;m cancelling my subscription", C, {CHURN}, set()),  # HTML entity
    ("fix it or I'll cancel", C, {CHURN}, set()),
    ("please cancel my order #123", C, set(), {CHURN}),
    ("how do I cancel my subscription?", C, set(), {CHURN}),
    ("I want to cancel my order, it was a mistake", C, set(), {CHURN}),
    ("If I cancel now do I get charged?", C, set(), {CHURN}),
    ("I'm trying to cancel my premium but there's no button", C, set(), {CHURN}),
    ("I'm not cancelling, I love the app", C, set(), {CHURN}),
    ("switching to incognito mode fixed it", C, set(), {CHURN}),
    ("I had to switch to a different album to play it", C, set(), {CHURN}),
    ("I have never used another device", C, set(), {CHURN}),
    ("hope this never happens again", C, set(), {CHURN}),
    ("All done with the setup, thanks", C, set(), {CHURN}),
    ("micrsoft is going to close groove music", C, set(), {CHURN}),
    ("Would you like me to cancel the order for you?", A, set(), {CHURN}),
    # --- threat.public ------------------------------------------------------------------
    ("I'll post this everywhere", C, {PUBLIC}, set()),
    ("leaving a 1-star review", C, {PUBLIC}, set()),
    ("I'm going to the press with this", C, {PUBLIC}, set()),
    ("telling all my followers about this", C, {PUBLIC}, set()),
    ("hope this goes viral", C, {PUBLIC}, set()),
    ("I saw your post about the sale", C, set(), {PUBLIC}),
    ("any news on the update?", C, set(), {PUBLIC}),
    ("I went to press play and nothing happened", C, set(), {PUBLIC}),
    ("5 stars, love the update", C, set(), {PUBLIC}),
    ("you should all go public one day", C, set(), {PUBLIC}),
    ('my sister said "I\'ll post this everywhere" but I told her not to', C, set(), {PUBLIC}),
    # --- demand.manager -----------------------------------------------------------------
    ("get me your manager", C, {MANAGER}, set()),
    ("I want to speak to a supervisor", C, {MANAGER}, set()),
    ("I want someone in charge", C, {MANAGER}, set()),
    ("Please escalate this.", C, {MANAGER}, set()),
    ("@AmazonHelp Need corporate involved.", C, {MANAGER}, set()),
    ("my manager asked me to order this", C, set(), {MANAGER}),
    ("I spoke to a manager at the store yesterday and it's sorted", C, set(), {MANAGER}),
    ("the matter is escalated, they said", C, set(), {MANAGER}),
    ("I can escalate this issue to my manager for further assistance.", A, set(), {MANAGER}),
    ("who's the boss? great show", C, set(), {MANAGER}),
    # --- demand.refund ------------------------------------------------------------------
    ("I want a full refund", C, {REFUND}, set()),
    ("give me my money back", C, {REFUND}, set()),
    ("I expect compensation", C, {REFUND}, set()),
    ("refund me now", C, {REFUND, URGENCY}, set()),
    ("@HPSupport waste of money. REFUND!", C, {REFUND}, set()),
    ("how long does a refund take?", C, set(), {REFUND}),
    ("I don't want a refund, I want it to work", C, set(), {REFUND}),
    ("they refused to refund me", C, set(), {REFUND}),
    ("got my refund, thanks!", C, set(), {REFUND}),
    ("you owe me an apology", C, set(), {REFUND}),
    ("I'd like to offer you a full refund", A, set(), {REFUND}),
    # --- demand.urgency -----------------------------------------------------------------
    ("fix this right now", C, {URGENCY}, set()),
    ("I need this today", C, {URGENCY}, set()),
    ("ASAP", C, {URGENCY}, set()),
    ("Respond immediately.", C, {URGENCY}, set()),
    ("this is urgent!!", C, {URGENCY}, set()),
    ("no rush", C, set(), {URGENCY}),
    ("take your time", C, set(), {URGENCY}),
    ("not urgent, just curious", C, set(), {URGENCY}),
    ("I'll send the screenshot ASAP", C, set(), {URGENCY}),
    ("the app immediately closes when I open it", C, set(), {URGENCY}),
    ("I'm on my laptop right now", C, set(), {URGENCY}),
    ("It's working now! Thanks", C, set(), {URGENCY}),
    ("I went to urgent care", C, set(), {URGENCY}),
    ("We'll fix this right away", A, set(), {URGENCY}),
    # --- grievance.repeat ---------------------------------------------------------------
    ("this is the third time I've called", C, {REPEAT}, set()),
    ("I already explained this", C, {REPEAT}, set()),
    ("still not fixed", C, {REPEAT}, set()),
    ("nobody got back to me", C, {REPEAT}, set()),
    ("Internet down again!", C, {REPEAT}, set()),
    ("I've called 5 times and nothing", C, {REPEAT}, set()),
    ("how many times do I have to tell you", C, {REPEAT}, set()),
    ("@comcastcares Again?!", C, {REPEAT}, set()),
    ("I'll call again tomorrow if needed", C, set(), {REPEAT}),
    ("thanks again!", C, set(), {REPEAT}),
    ("try again later", C, set(), {REPEAT}),
    ("it's up and running again, thanks", C, set(), {REPEAT}),
    ("I'll let you know if it happens again", C, set(), {REPEAT}),
    ("is the album still available?", C, set(), {REPEAT}),
    ("I still love this app", C, set(), {REPEAT}),
    ("you charged me twice", C, set(), {REPEAT}),
    ("this is my first time ordering", C, set(), {REPEAT}),
    ("Is it still not working for you?", A, set(), {REPEAT}),
    # --- grievance.delay ----------------------------------------------------------------
    ("I've been on hold for 2 hours", C, {DELAY}, set()),
    ("my order is two weeks late", C, {DELAY}, set()),
    ("still waiting", C, {DELAY}, set()),
    ("@AmazonHelp still waiting for my refund https://t.co/abc123", C, {DELAY}, set()),
    ("been on hold 45 min &amp; counting", C, {DELAY}, set()),
    ("where is my package??", C, {DELAY}, set()),
    ("my parcel hasn't arrived", C, {DELAY}, set()),
    ("I can wait", C, set(), {DELAY}),
    ("can't wait to try it!", C, set(), {DELAY}),
    ("I've been waiting for this album all year!", C, set(), {DELAY}),
    ("where is the nearest store?", C, set(), {DELAY}),
    ("my account is on hold, what do I do?", C, set(), {DELAY}),
    ("I'll be 5 minutes late for pickup", C, set(), {DELAY}),
    ("I'm sorry you've been on hold for 2 hours", A, set(), {DELAY}),
    ("sorry this took so long, here's the log", C, set(), {DELAY}),
]


@pytest.mark.parametrize(("text", "speaker", "present", "absent"), CASES)
def test_hard_case(text: str, speaker: str, present: set[str], absent: set[str]) -> None:
    result = classify(text, speaker=speaker)
    labels = {label.value for label in result.labels}
    assert present <= labels, f"{text!r}: missing {present - labels}; hits {result.hits}"
    assert not (absent & labels), f"{text!r}: unexpected {absent & labels}; hits {result.hits}"


MINE = {VIOLENCE, LEGAL, CHURN, PUBLIC, MANAGER, REFUND, URGENCY, REPEAT, DELAY}


@pytest.mark.parametrize(
    ("text", "speaker"), [(text, speaker) for text, speaker, present, _ in CASES if present]
)
def test_labels_survive_neutral_padding(text: str, speaker: str) -> None:
    # A clause of neutral text on each side must not change what these rules find.
    padded = f"Order 4521.\n{text}\nThanks."

    def mine(message: str) -> set[str]:
        return {label.value for label in classify(message, speaker=speaker).labels} & MINE

    assert mine(padded) == mine(text)


@pytest.mark.parametrize(
    ("text", "label", "evidence"),
    [
        ("ok. I'll sue!", LEGAL, "I'll sue"),
        ("@AcmeHelp I\u2019m switching to Verizon", CHURN, "switching to Verizon"),
        ("Ugh. I'll k1ll you", VIOLENCE, "I'll k1ll you"),
        ("Been on hold for 2 hrs!!", DELAY, "on hold for 2 hrs"),
        ("please refund the cost, thanks", REFUND, "please refund the cost"),
    ],
)
def test_evidence_points_at_original_text(text: str, label: str, evidence: str) -> None:
    hits = classify(text, speaker=C).hits_for(label)
    assert evidence in {hit.text for hit in hits}, hits
    for hit in hits:
        assert text[hit.start : hit.end] == hit.text


def test_agent_speech_does_not_raise_customer_families() -> None:
    text = (
        "I'm sorry you've been on hold for 2 hours and had to call again. "
        "I'll escalate this to my supervisor and refund you today."
    )
    labels = {label.value for label in classify(text, speaker=A).labels}
    assert not labels & {MANAGER, REFUND, URGENCY, REPEAT, DELAY, CHURN}


@pytest.mark.parametrize(
    "piece",
    [
        "still ",
        "again ",
        "I'll ",
        "i will ",
        "on hold for ",
        "refund ",
        "never ",
        "you ",
        "switch to ",
        "  ",
        "called ",
        "please fix ",
    ],
)
def test_long_repetitive_input_is_fast(piece: str) -> None:
    # Word runs that feed the bounded gaps of these rules: a backtracking pattern would
    # take seconds here.
    text = piece * 20_000
    started = time.perf_counter()
    classify(text, speaker=C)
    assert time.perf_counter() - started < 5.0
