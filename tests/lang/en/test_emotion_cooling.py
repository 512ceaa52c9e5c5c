"""Hard cases for the emotion (anger, distress) and cooling (gratitude, apology, acceptance) rules.

Each row is (text, speaker, labels that must be present, labels that must be absent).
The rows cover negation, the target of a feeling (the writer's own anger versus
empathy for someone else's), speaker, quotes, idioms, words inside words,
informational look-alikes, sarcasm and evasions, and tweets full of handles,
links and HTML entities.
"""

from __future__ import annotations

import pytest

from deescalate import classify

ANGER = "emotion.anger"
DISTRESS = "emotion.distress"
THANKS = "cooling.gratitude"
SORRY = "cooling.apology"
ACCEPT = "cooling.acceptance"

C = "customer"
A = "agent"

Row = tuple[str, str, set[str], set[str]]


def _check(text: str, speaker: str, present: set[str], absent: set[str]) -> None:
    result = classify(text, speaker=speaker)
    labels = {label.value for label in result.labels}
    missing = present - labels
    wrong = absent & labels
    hits = [(hit.rule, hit.text) for hit in result.hits]
    assert not missing, f"{text!r} ({speaker}) lacks {missing}; hits: {hits}"
    assert not wrong, f"{text!r} ({speaker}) wrongly has {wrong}; hits: {hits}"


ANGER_ROWS: list[Row] = [
    # Plain anger and strong judgement.
    ("This is ridiculous, I've been waiting since Monday", C, {ANGER}, set()),
    ("I'm furious. Third missed delivery this week", C, {ANGER}, set()),
    ("fed up with the constant outages", C, {ANGER}, set()),
    ("Sick of this. Fix it.", C, {ANGER}, set()),
    ("Worst service ever!!!", C, {ANGER}, set()),
    ("@AcmeHelp your app is useless since the update", C, {ANGER}, set()),
    ("I hate this new layout", C, {ANGER}, set()),
    ("so pissed off right now", C, {ANGER}, set()),
    ("This is so annoying", C, {ANGER}, set()),
    ("what the hell happened to my order??", C, {ANGER}, set()),
    ("still no refund 😡", C, {ANGER}, set()),
    ("Don't tell me to calm down", C, {ANGER}, set()),
    ("How hard is it to deliver to the right address?", C, {ANGER}, set()),
    ("fix your fucking wifi", C, {ANGER}, set()),
    # Evasions and tweet noise.
    ("this is r i d i c u l o u s", C, {ANGER}, set()),
    ("@Acme_Help https://t.co/abc123 this is unacceptable &amp; I want answers", C, {ANGER}, set()),
    ("I'm sooooo angry", C, {ANGER}, set()),
    ("Totally unaccept\u200bable.", C, {ANGER}, set()),
    # Negation.
    ("this is not ridiculous at all", C, set(), {ANGER}),
    ("I'm not angry, just want it sorted", C, set(), {ANGER}),
    ("Not the worst, the replacement came quickly", C, set(), {ANGER}),
    ("I don't hate it, just getting used to it", C, set(), {ANGER}),
    # Someone else's feelings, and agent empathy.
    ("I understand how frustrating this must be, let me fix it", A, set(), {ANGER}),
    ("I can see why you're upset about the delay", A, set(), {ANGER}),
    ("That's frustrating – I'm sorry. I've refunded the fee", A, set(), {ANGER}),
    ("We are deeply upset to hear about this incident", A, set(), {ANGER}),
    ("you sound pissed off, want me to call you?", C, set(), {ANGER}),
    # Idioms, look-alikes, words inside words.
    ("I fed the cat before the engineer arrived", C, set(), {ANGER}),
    ("I'm mad excited for the new album", C, set(), {ANGER}),
    ("The deal is ridiculously cheap, love it", C, set(), {ANGER}),
    ("Is Fast & Furious on your service?", C, set(), {ANGER}),
    ("I hate to bother you, but where is my order?", C, set(), {ANGER}),
    ("In the worst case I'll pick it up on Monday", C, set(), {ANGER}),
    ("I'll never get sick of this playlist", C, set(), {ANGER}),
    ("Screw it back in and restart the router", C, set(), {ANGER}),
    ("Is this text a scam? It says my parcel is held", C, set(), {ANGER}),
    ("wtf lol that was quick, thanks", C, set(), {ANGER}),
    ("this playlist is fucking amazing", C, set(), {ANGER}),
    ("Hell yes, it works now!", C, set(), {ANGER}),
    ("I'm cross-checking my order number", C, set(), {ANGER}),
    ("mad props to the driver, super quick", C, set(), {ANGER}),
    ("that deal is sick!", C, set(), {ANGER}),
    ("crazy good deal, ordered two", C, set(), {ANGER}),
    ("Thank you 😤💕", C, set(), {ANGER}),
    ("Is the app useless without wifi?", C, set(), {ANGER}),
    ("The rude awakening was my alarm, not your fault", C, set(), {ANGER}),
    # Quoted text is reported speech.
    ('The email subject said "this is unacceptable" so I ignored it as spam', C, set(), {ANGER}),
    # Calm support tweets.
    ("Hi, how long does a refund usually take?", C, set(), {ANGER}),
    ("My order #1234 hasn't arrived yet, can you check?", C, set(), {ANGER}),
]


DISTRESS_ROWS: list[Row] = [
    ("I can't afford this fee", C, {DISTRESS}, set()),
    ("I'm desperate, I need my phone for work tomorrow", C, {DISTRESS}, set()),
    ("I'm scared", C, {DISTRESS}, set()),
    ("my kids have no heat and it's freezing", C, {DISTRESS}, set()),
    ("I'm scared someone is using my account", C, {DISTRESS}, set()),
    ("I don't know what to do anymore", C, {DISTRESS}, set()),
    ("I'm in tears, the dress for the wedding never came", C, {DISTRESS}, set()),
    ("My father passed away and I need to close his account", C, {DISTRESS}, set()),
    ("I'm a single mum and you cut off my internet", C, {DISTRESS}, set()),
    ("we've run out of his insulin and the parcel is lost", C, {DISTRESS}, set()),
    ("I'm stranded at the airport with two kids", C, {DISTRESS}, set()),
    # Jokes, urgency, idioms, other people.
    ("I can't afford to wait two weeks, can you send it sooner?", C, set(), {DISTRESS}),
    ("If you can't afford premium there's a free tier", C, set(), {DISTRESS}),
    ("I'm crying 😂 your bot called me dude", C, set(), {DISTRESS}),
    ("This song always makes me cry", C, set(), {DISTRESS}),
    ("I don't know what to do with all these free credits", C, set(), {DISTRESS}),
    ("I'm afraid I won't be home on Friday", C, set(), {DISTRESS}),
    ("My phone just died, can I call back later?", C, set(), {DISTRESS}),
    ("My son passed the driving test, can he join my policy?", C, set(), {DISTRESS}),
    ("No heat in the salsa at all", C, set(), {DISTRESS}),
    ("the options were disabled while casting", C, set(), {DISTRESS}),
]


GRATITUDE_ROWS: list[Row] = [
    ("thank you, that helps", C, {THANKS}, set()),
    ("I appreciate it", C, {THANKS}, set()),
    ("thanks so much!", C, {THANKS}, set()),
    ("@AcmeHelp thx!! sorted", C, {THANKS}, set()),
    ("You're a lifesaver", C, {THANKS}, set()),
    ("Thanks in advance", C, {THANKS}, set()),
    ("Great customer service today, thank you Becky", C, {THANKS}, set()),
    # Sarcasm and look-alikes.
    ("thanks for nothing", C, set(), {THANKS}),
    ("thanks a lot for wasting my time", C, set(), {THANKS}),
    ('thanks for the "help"', C, set(), {THANKS}),
    ("Thanks for the non-answer", C, set(), {THANKS}),
    ("Thanks to your update my phone won't charge", C, set(), {THANKS}),
    ("No thanks, I'll keep my plan", C, set(), {THANKS}),
    ("Thank god it's Friday", C, set(), {THANKS}),
    ("great service 🙄 two hours on hold", C, set(), {THANKS}),
    ("I don't appreciate being ignored", C, set(), {THANKS}),
    ("I would appreciate it if someone answered", C, set(), {THANKS}),
    ("So much for great customer service", C, set(), {THANKS}),
    ("Gee, thanks", C, set(), {THANKS}),
    # The agent's thanks are a technique, not cooling.
    ("Thanks for your patience!", A, set(), {THANKS}),
]


APOLOGY_ROWS: list[Row] = [
    ("sorry for yelling earlier", C, {SORRY}, set()),
    ("I apologize for my tone", C, {SORRY}, set()),
    ("sorry, my mistake", C, {SORRY}, set()),
    ("Sorry to bother you again", C, {SORRY}, set()),
    ("My bad, wrong order number", C, {SORRY}, set()),
    ("I overreacted, it's been a long day", C, {SORRY}, set()),
    ("excuse my french", C, {SORRY}, set()),
    # Not apologies.
    ("sorry but this is ridiculous", C, {ANGER}, {SORRY}),
    ("Sorry to hear that", C, set(), {SORRY}),
    ("You'll be sorry when I post this", C, set(), {SORRY}),
    ("What a sorry excuse for a company", C, set(), {SORRY}),
    ("I'm sorry, what? $50 for a seat?", C, set(), {SORRY}),
    ("You should apologize to me", C, set(), {SORRY}),
    ("It's not my fault the parcel got wet", C, set(), {SORRY}),
    ("My fault for trusting you", C, set(), {SORRY}),
    ("I want an apology", C, set(), {SORRY}),
    ("It just says Sorry, something went wrong", C, set(), {SORRY}),
    # The agent's apology is a technique.
    ("Sorry for the trouble, I've fixed it", A, set(), {SORRY}),
]


ACCEPTANCE_ROWS: list[Row] = [
    ("ok, that works", C, {ACCEPT}, set()),
    ("fine, let's do the refund", C, {ACCEPT}, set()),
    ("sounds good", C, {ACCEPT}, set()),
    ("that'd be great, go ahead", C, {ACCEPT}, set()),
    ("Perfect, thanks!", C, {ACCEPT, THANKS}, set()),
    ("Will do!", C, {ACCEPT}, set()),
    ("That fixed it!", C, {ACCEPT}, set()),
    ("It's working now, cheers", C, {ACCEPT}, set()),
    ("I'll take the voucher", C, {ACCEPT}, set()),
    # Not acceptance.
    ("ok but it's still not working", C, set(), {ACCEPT}),
    ("fine. whatever.", C, set(), {ACCEPT}),
    ("go ahead and cancel my account then", C, set(), {ACCEPT}),
    ("If you could fix the app that'd be great", C, set(), {ACCEPT}),
    ("That doesn't work for me", C, set(), {ACCEPT}),
    ("Does that work on Android?", C, set(), {ACCEPT}),
    ("I need an app that works offline", C, set(), {ACCEPT}),
    ("I'll take my business elsewhere", C, set(), {ACCEPT}),
    ("It was working fine until the update", C, set(), {ACCEPT}),
    ("Is it fixed now?", C, set(), {ACCEPT}),
    ("Sounds good on paper, but it still crashes", C, set(), {ACCEPT}),
    ("Sounds good, thanks (not)", C, set(), {ACCEPT}),
    # The agent's "sounds good" is not the customer accepting.
    ("Sounds good, I'll send the label now", A, set(), {ACCEPT}),
]


def _ids(rows: list[Row]) -> list[str]:
    return [f"{speaker}:{text[:40]}" for text, speaker, _, _ in rows]


@pytest.mark.parametrize(("text", "speaker", "present", "absent"), ANGER_ROWS, ids=_ids(ANGER_ROWS))
def test_anger(text: str, speaker: str, present: set[str], absent: set[str]) -> None:
    _check(text, speaker, present, absent)


@pytest.mark.parametrize(
    ("text", "speaker", "present", "absent"), DISTRESS_ROWS, ids=_ids(DISTRESS_ROWS)
)
def test_distress(text: str, speaker: str, present: set[str], absent: set[str]) -> None:
    _check(text, speaker, present, absent)


@pytest.mark.parametrize(
    ("text", "speaker", "present", "absent"), GRATITUDE_ROWS, ids=_ids(GRATITUDE_ROWS)
)
def test_gratitude(text: str, speaker: str, present: set[str], absent: set[str]) -> None:
    _check(text, speaker, present, absent)


@pytest.mark.parametrize(
    ("text", "speaker", "present", "absent"), APOLOGY_ROWS, ids=_ids(APOLOGY_ROWS)
)
def test_apology(text: str, speaker: str, present: set[str], absent: set[str]) -> None:
    _check(text, speaker, present, absent)


@pytest.mark.parametrize(
    ("text", "speaker", "present", "absent"), ACCEPTANCE_ROWS, ids=_ids(ACCEPTANCE_ROWS)
)
def test_acceptance(text: str, speaker: str, present: set[str], absent: set[str]) -> None:
    _check(text, speaker, present, absent)


def test_anger_span_points_at_the_original_text() -> None:
    text = "@AcmeHelp   this is R I D I C U L O U S"
    result = classify(text, speaker="customer")
    hits = [hit for hit in result.hits if hit.label.value == ANGER]
    assert hits, result.hits
    assert text[hits[0].start : hits[0].end] == "R I D I C U L O U S"


def test_cooling_lowers_heat() -> None:
    angry = classify("This is ridiculous, I'm fed up", speaker="customer")
    calmer = classify(
        "This is ridiculous, I'm fed up. Sorry for the rant, thanks for sorting it",
        speaker="customer",
    )
    assert calmer.heat < angry.heat
