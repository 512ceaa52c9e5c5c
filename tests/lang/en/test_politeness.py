"""Hard cases for the politeness strategies (Danescu-Niculescu-Mizil et al. 2013), and the score.

Each row of ``CASES``: a text, who wrote it, politeness labels that must be present
and politeness labels that must be absent. The rows are the cases where a strategy
is easy to get wrong: words inside words, a strategy word in the middle of a
sentence instead of at its start, phatic questions, negated compliments. Then the
politeness cues (word classes that are not labels) and the score built from both.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from deescalate import Label, Speaker, classify
from deescalate._engine import Engine
from deescalate._scoring import (
    POLITENESS_BIAS,
    POLITENESS_CUE_WEIGHTS,
    POLITENESS_HAND_WEIGHTS,
    POLITENESS_WEIGHTS,
    CueFinder,
    politeness,
)
from deescalate._text import fold
from deescalate.lang import CueWords, PolitenessCue, get_pack
from tests.strategies import messages

L = Label
C = Speaker.CUSTOMER
A = Speaker.AGENT

PLEASE = L.POLITENESS_PLEASE
PLEASE_START = L.POLITENESS_PLEASE_START
HEDGE = L.POLITENESS_HEDGE
DEFERENCE = L.POLITENESS_DEFERENCE
GREETING = L.POLITENESS_GREETING
COUNTERFACTUAL = L.POLITENESS_COUNTERFACTUAL
INDICATIVE = L.POLITENESS_INDICATIVE
DIRECT_QUESTION = L.POLITENESS_DIRECT_QUESTION
DIRECT_START = L.POLITENESS_DIRECT_START
FIRST_START = L.POLITENESS_FIRST_PERSON_START
SECOND_START = L.POLITENESS_SECOND_PERSON_START

CASES: list[tuple[str, Speaker, set[Label], set[Label]]] = [
    # please: mid-sentence vs. opening a sentence; the verb "to please"
    ("Could you please resend the code?", C, {PLEASE, COUNTERFACTUAL}, {PLEASE_START}),
    ("Please resend the code.", C, {PLEASE_START}, {PLEASE}),
    ("Please find attached the signed contract.", A, {PLEASE_START}, {PLEASE}),
    ("I attached the contract, please find it below.", A, {PLEASE}, {PLEASE_START}),
    ("Hi Sam, please send the logs.", A, {PLEASE, GREETING}, {PLEASE_START}),
    ("Order 55 is late.\nPlease check it.", C, {PLEASE_START}, {PLEASE}),
    ("@AcmeHelp pls refund me", C, {PLEASE_START}, {PLEASE}),
    ("Yes please!", C, {PLEASE}, {PLEASE_START}),
    ("We aim to please.", A, set(), {PLEASE, PLEASE_START}),
    ("You can't please everyone.", A, {SECOND_START}, {PLEASE, PLEASE_START}),
    ("I was pleased with the quick reply.", C, {FIRST_START}, {PLEASE, PLEASE_START}),
    # hedges
    ("I think the charge is wrong.", C, {HEDGE, FIRST_START}, set()),
    ("Maybe the parcel went to my old address?", C, {HEDGE}, set()),
    ("It seems the update reset my settings.", C, {HEDGE}, set()),
    ("You might want to clear the cache first.", A, {HEDGE, SECOND_START}, set()),
    ("I'm not sure the code arrived.", C, {HEDGE}, set()),
    ("Make sure the code arrived.", A, set(), {HEDGE}),
    ("The seams split after one wash.", C, set(), {HEDGE}),
    ("It definitely broke after the update.", C, set(), {HEDGE}),
    # deference
    ("Great question! Refunds take three days.", A, {DEFERENCE}, set()),
    ("That's a really good point, thanks.", A, {DEFERENCE}, set()),
    ("Interesting. What browser do you use?", A, {DEFERENCE, DIRECT_QUESTION}, set()),
    ("That's not a good idea.", A, set(), {DEFERENCE}),
    ("I couldn't find a good answer in the FAQ.", C, set(), {DEFERENCE}),
    ("Good morning, my card was declined.", C, {GREETING}, {DEFERENCE}),
    ("Good luck getting a refund from them.", C, set(), {DEFERENCE}),
    ("I like my steak well done.", C, set(), {DEFERENCE}),
    # greetings: whole words at the start of a sentence
    ("@AcmeHelp hi, my router keeps dropping.", C, {GREETING}, set()),
    ("Hello there! Quick question about billing.", C, {GREETING}, set()),
    ("This is a high priority ticket.", C, set(), {GREETING}),
    ("Are hi-fi models in stock?", C, set(), {GREETING}),
    ("Hello?? Is anyone there??", C, set(), {GREETING}),
    ("They said hi when I came in.", C, set(), {GREETING}),
    ("Dear Support Team,\nMy order has not arrived.", C, {GREETING, FIRST_START}, set()),
    ("Oh dear, not again.", C, set(), {GREETING}),
    ("Hi, how are you? I need help with my bill.", C, {GREETING, FIRST_START}, {DIRECT_QUESTION}),
    ("Welcome to the forum! Could you add your version?", A, {GREETING, COUNTERFACTUAL}, set()),
    ("You're welcome.", A, {SECOND_START}, {GREETING}),
    # modals
    ("Could you check my order?", C, {COUNTERFACTUAL}, {INDICATIVE}),
    ("Would you mind resending it?", C, {COUNTERFACTUAL}, {INDICATIVE}),
    ("Can you check my order?", C, {INDICATIVE}, {COUNTERFACTUAL}),
    ("Will you send a replacement?", C, {INDICATIVE}, {COUNTERFACTUAL}),
    ("Couldn't you just read my first message?", C, set(), {COUNTERFACTUAL, INDICATIVE}),
    ("Can't you read?", C, set(), {INDICATIVE, COUNTERFACTUAL}),
    ("You can change it in settings.", A, {SECOND_START}, {INDICATIVE}),
    # direct questions: the paper's what/why/who/how, first or second word
    ("Why did you cancel my order?", C, {DIRECT_QUESTION}, set()),
    ("why is my package still not here", C, {DIRECT_QUESTION}, set()),
    ("So what happens to my money now?", C, {DIRECT_QUESTION, DIRECT_START}, set()),
    ("How do I reset my password?", C, {DIRECT_QUESTION}, set()),
    ("How are you going to fix this?", C, {DIRECT_QUESTION}, {GREETING}),
    ("How are you doing today?", A, {GREETING}, {DIRECT_QUESTION}),
    ("What I need is a refund.", C, set(), {DIRECT_QUESTION}),
    ("Can you tell me what the status is?", C, {INDICATIVE}, {DIRECT_QUESTION}),
    ("Somehow the app logged me out.", C, set(), {DIRECT_QUESTION}),
    # direct start: a conjunction opening a sentence, not inside one
    ("But the app still crashes.", C, {DIRECT_START}, set()),
    ("I paid. And nobody answered.", C, {DIRECT_START, FIRST_START}, set()),
    ("Then why did you charge me?", C, {DIRECT_START, DIRECT_QUESTION}, set()),
    ("I am so tired of waiting.", C, {FIRST_START}, {DIRECT_START}),
    ("Thanks so much for the help.", C, set(), {DIRECT_START}),
    ("So sorry for the delay!", A, set(), {DIRECT_START}),
    ("Load libfoo.so and restart.", A, set(), {DIRECT_START}),
    ("Bring a pen or a pencil.", A, set(), {DIRECT_START}),
    # first and second person starts
    ("I need a new charger.", C, {FIRST_START}, {SECOND_START}),
    ("Thanks. My order number is 4411.", C, {FIRST_START}, set()),
    ("Could I get a new charger?", C, set(), {FIRST_START, COUNTERFACTUAL}),
    ("I/O errors keep appearing.", C, set(), {FIRST_START}),
    ("You need to fix this today.", C, {SECOND_START}, set()),
    ("Your app keeps crashing.", C, {SECOND_START}, set()),
    ("Thank you for your help.", C, set(), {SECOND_START}),
    ("Have you tried restarting?", A, set(), {SECOND_START}),
    ("e.g. you can reset it in settings.", A, set(), {SECOND_START}),
    # quoted speech is not the writer's own strategy
    ('He wrote "why did you do that?" in the ticket.', A, set(), {DIRECT_QUESTION}),
    # a modal after "why" or "how could" challenges rather than asks
    ("Why would you do that?", C, {DIRECT_QUESTION}, {COUNTERFACTUAL}),
    ("Why on earth would you close my account?", C, {DIRECT_QUESTION}, {COUNTERFACTUAL}),
    ("How could you lose my parcel twice?", C, set(), {COUNTERFACTUAL}),
    ("How would you approach the migration?", A, {COUNTERFACTUAL}, set()),
    ("How can you say that?", C, set(), {INDICATIVE}),
    ("How can you tell which version I have?", C, {INDICATIVE}, set()),
    ("Just curious, why would someone need that?", C, set(), {COUNTERFACTUAL}),
    # softeners ("a bit", "kind of") are hedges; "what kind of" is not
    ("The steps are a bit unclear to me.", C, {HEDGE}, set()),
    ("I'm kind of lost here.", C, {HEDGE}, set()),
    ("Could you say a little more about the error?", A, {HEDGE, COUNTERFACTUAL}, set()),
    ("What kind of phone do you have?", A, set(), {HEDGE}),
    ("This sort of delay is normal.", A, set(), {HEDGE}),
    ("A little boy found my wallet.", C, set(), {HEDGE}),
    # conceding a point is deference
    ("You're right, the charge was on my other card.", C, {DEFERENCE, SECOND_START}, set()),
    ("Fair enough, I'll wait until Monday.", C, {DEFERENCE}, set()),
    ("You're not right about the fee.", C, set(), {DEFERENCE}),
    ("You're right there in the photo.", C, set(), {DEFERENCE}),
]


@pytest.mark.parametrize(("text", "speaker", "present", "absent"), CASES)
def test_politeness_labels(
    text: str, speaker: Speaker, present: set[Label], absent: set[Label]
) -> None:
    result = classify(text, speaker=speaker)
    found = {label for label in result.labels if label.family == "politeness"}
    assert present <= found, f"{text!r}: missing {sorted(present - found)}; got {sorted(found)}"
    assert not (absent & found), f"{text!r}: unexpected {sorted(absent & found)}"


@pytest.mark.parametrize(
    ("text", "label", "span"),
    [
        ("@AcmeHelp hi, my router keeps dropping.", GREETING, "hi"),
        ("Could you please resend the code?", PLEASE, "please"),
        ("Thanks.  So what now?", DIRECT_START, "So"),
        ("Thanks.  So what now?", DIRECT_QUESTION, "So what"),
        ("Hmm. I don't think that's right.", HEDGE, "I don't think"),
        ("Sure, that's a great question!", DEFERENCE, "a great question"),
    ],
)
def test_politeness_spans(text: str, label: Label, span: str) -> None:
    hits = classify(text).hits_for(label)
    assert [hit.text for hit in hits] == [span]


def test_please_and_please_start_are_exclusive_per_occurrence() -> None:
    result = classify("Please help. Could you please check?")
    assert [hit.start for hit in result.hits_for(PLEASE_START)] == [0]
    assert [hit.text for hit in result.hits_for(PLEASE)] == ["please"]
    assert result.hits_for(PLEASE)[0].start > 10


def test_sentence_start_after_blanked_addresses() -> None:
    assert GREETING in classify("&lt;url&gt; Hi, the link is broken.").labels
    assert GREETING in classify("@AcmeHelp @AcmeCEO hello, anyone there?").labels
    assert SECOND_START in classify("support@acme.com: you never replied.").labels


# --- politeness cues ------------------------------------------------------------------------

PACK = get_pack("en")
FINDER = CueFinder(PACK.politeness_cues)
P = PolitenessCue


def cues(text: str) -> frozenset[PolitenessCue]:
    return FINDER.find(fold(text).text)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("By the way, where did you find that?", {P.INDIRECT, P.SECOND_PERSON}, set()),
        ("It's off-topic here.", {P.NEGATIVE}, set()),
        ("I don\u2019t see it.", {P.NEGATION, P.FIRST_PERSON}, set()),
        ("Dont worry.", {P.NEGATION}, set()),
        ("What exactly do you mean?", {P.FACTUALITY, P.SECOND_PERSON}, set()),
        ("Why did you *delete* it??", {P.CHALLENGE, P.EMPHASIS}, set()),
        ("How come it fails?", {P.CHALLENGE}, set()),
        ("Let's try again :)", {P.FIRST_PERSON_PLURAL, P.POSITIVE}, set()),
        # words inside words, addresses and handles do not count
        ("Goodness, the wayfarer knows.", set(), {P.POSITIVE, P.INDIRECT}),
        ("See https://good.example.com/why-not", set(), {P.POSITIVE, P.CHALLENGE, P.NEGATION}),
        ("@WhyNotSupport hello", set(), {P.CHALLENGE, P.NEGATION}),
        ("Nothing to add", {P.NEGATION}, {P.NEGATIVE}),
    ],
)
def test_cues(text: str, present: set[PolitenessCue], absent: set[PolitenessCue]) -> None:
    found = cues(text)
    assert present <= found, f"{text!r}: missing {sorted(present - found)}"
    assert not (absent & found), f"{text!r}: unexpected {sorted(absent & found)}"


@given(messages())
def test_cues_from_the_engine_words_equal_cues_from_the_text(text: str) -> None:
    engine = Engine((), negation=PACK.negation)
    _hits, folded, words = engine.scan_folded(text, Speaker.CUSTOMER)
    assert FINDER.find(folded, words) == FINDER.find(folded)


def test_english_cue_lists() -> None:
    assert {entry.cue for entry in PACK.politeness_cues} == set(PolitenessCue)
    seen: dict[str, PolitenessCue] = {}
    for entry in PACK.politeness_cues:
        assert entry.words or entry.marks
        for word in entry.words:
            assert seen.setdefault(word, entry.cue) == entry.cue, f"{word!r} in two cues"


@pytest.mark.parametrize("words", [("Good",), ("two  spaces",), ("end.",), ("",)])
def test_cue_words_must_be_plain_lower_case_words(words: tuple[str, ...]) -> None:
    with pytest.raises(ValidationError):
        CueWords(cue=P.POSITIVE, words=words, note="test")


def test_a_pack_without_cues_scores_labels_only() -> None:
    assert CueFinder(()).find("thanks, by the way, why not :)") == frozenset()


# --- the score ------------------------------------------------------------------------------

POLITE = [
    "Hi, could you please check my order when you have a moment? Thanks!",
    "Thank you so much, that was really helpful.",
    "Hello! I was wondering if you could help me with my bill. I appreciate it.",
    "Great question! I think the export might be a bit slow. Could you send the logs?",
    "Would you mind resending the code? Thanks in advance.",
    "Could you tell me a little more about what happened?",
]
RUDE = [
    "Why haven't you fixed this yet?? This is ridiculous.",
    "You people are useless idiots.",
    "Why would you even do that? It's obviously wrong.",
    "What exactly is your problem? Did you even read my message?",
    "So why is nothing working? You never answer.",
    "This is bullshit, fix it now!!!",
]


def test_clearly_polite_requests_score_above_clearly_rude_ones() -> None:
    polite = [classify(text).politeness for text in POLITE]
    rude = [classify(text).politeness for text in RUDE]
    assert min(polite) > 0 > max(rude), (polite, rude)


@pytest.mark.parametrize(
    ("softer", "harder"),
    [
        ("Can you check my order? Thanks!", "Can you check my order?"),
        ("Could you check my order?", "Check my order."),
        ("Thanks.", "Thanks, you idiot."),
        ("Where is my order?", "Why is my order not here??"),
        ("Hi, the page is down.", "The page is down, obviously."),
    ],
)
def test_a_politer_wording_scores_higher(softer: str, harder: str) -> None:
    assert classify(softer).politeness > classify(harder).politeness


def test_agent_thanks_weigh_as_much_as_customer_thanks() -> None:
    customer = classify("Thanks for your patience.", speaker=C)
    agent = classify("Thanks for your patience.", speaker=A)
    assert L.COOLING_GRATITUDE in customer.labels
    assert L.TECHNIQUE_GRATITUDE in agent.labels
    assert agent.politeness == customer.politeness


def test_empty_text_is_neutral() -> None:
    assert classify("").politeness == 0.0


def test_every_weight_has_a_reason() -> None:
    assert POLITENESS_BIAS[1]
    entries = [
        *POLITENESS_WEIGHTS.items(),
        *POLITENESS_HAND_WEIGHTS.items(),
        *POLITENESS_CUE_WEIGHTS.items(),
    ]
    for key, (weight, reason) in entries:
        assert math.isfinite(weight), key
        assert len(reason) > 15, key
    assert not POLITENESS_WEIGHTS.keys() & POLITENESS_HAND_WEIGHTS.keys()
    assert set(POLITENESS_CUE_WEIGHTS) == set(PolitenessCue)


@given(messages())
def test_politeness_stays_in_range(text: str) -> None:
    for speaker in (C, A):
        assert -1.0 <= classify(text, speaker=speaker).politeness <= 1.0


@given(st.frozensets(st.sampled_from(Label)), st.frozensets(st.sampled_from(PolitenessCue)))
def test_politeness_of_any_combination_stays_in_range(
    labels: frozenset[Label], found: frozenset[PolitenessCue]
) -> None:
    assert -1.0 <= politeness(labels, found) <= 1.0


@given(
    st.frozensets(st.sampled_from(Label)),
    st.frozensets(st.sampled_from(PolitenessCue)),
    st.sampled_from([*Label, *PolitenessCue]),
)
def test_adding_a_signal_moves_politeness_the_way_of_its_weight(
    labels: frozenset[Label], found: frozenset[PolitenessCue], extra: Label | PolitenessCue
) -> None:
    before = politeness(labels, found)
    if isinstance(extra, PolitenessCue):
        weight = POLITENESS_CUE_WEIGHTS[extra][0] if extra not in found else 0.0
        after = politeness(labels, found | {extra})
    else:
        table = POLITENESS_WEIGHTS.get(extra) or POLITENESS_HAND_WEIGHTS.get(extra)
        weight = table[0] if table is not None and extra not in labels else 0.0
        after = politeness(labels | {extra}, found)
    if weight > 0:
        assert after >= before
    elif weight < 0:
        assert after <= before
    else:
        assert after == before
