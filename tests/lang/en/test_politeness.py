"""Hard cases for the politeness strategies (Danescu-Niculescu-Mizil et al. 2013).

Each row: a text, who wrote it, politeness labels that must be present and
politeness labels that must be absent. The rows are the cases where a strategy
is easy to get wrong: words inside words, a strategy word in the middle of a
sentence instead of at its start, phatic questions, negated compliments.
"""

from __future__ import annotations

import pytest

from deescalate import Label, Speaker, classify

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
