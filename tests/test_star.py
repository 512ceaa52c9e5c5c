"""STAR cases: the builder, drafting from conversations, rendering, JSON, redaction."""

from __future__ import annotations

import doctest
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import deescalate.privacy
import deescalate.star
from deescalate import (
    Conversation,
    ErrorCode,
    InputError,
    InputTypeError,
    Label,
    Outcome,
    PersonalDataKind,
    Quote,
    StarBuilder,
    StarCase,
    StarDraft,
    StarError,
    StarPart,
    Statement,
    find_personal_data,
    redact,
)
from deescalate._safety import check_pattern
from deescalate._star_text import HEADINGS, KEYS
from deescalate.privacy import _PATTERNS
from deescalate.star import MAX_QUOTE, MAX_QUOTES_PER_TURN, QUOTE_SEPARATOR
from tests.strategies import messages

DELAY = [
    ("customer", "My order is late AGAIN, this is ridiculous"),
    (
        "agent",
        "I'm sorry about the delay. I can resend it today or refund you - which do you prefer?",
    ),
    ("customer", "Resend please, thanks"),
]


def full_builder() -> StarBuilder:
    return (
        StarCase.builder()
        .situation("A customer's order was two weeks late.")
        .task("Acknowledge the delay and empathise.")
        .action("Explained the delay.")
        .action("Offered a discount on the next purchase.")
        .result("The customer felt heard and left a positive review.")
    )


@pytest.mark.parametrize("module", [deescalate.star, deescalate.privacy])
def test_docstring_examples(module: object) -> None:
    failures, tried = doctest.testmod(module, optionflags=doctest.ELLIPSIS)  # type: ignore[arg-type]
    assert tried > 0
    assert failures == 0


# -- the builder -------------------------------------------------------------------------


def test_builder_builds_a_case_with_actions_in_order() -> None:
    case = full_builder().outcome("resolved").channel("phone").tags("delay", "discount").build()
    assert case.situation.text == "A customer's order was two weeks late."
    assert [a.text for a in case.actions] == [
        "Explained the delay.",
        "Offered a discount on the next purchase.",
    ]
    assert case.outcome is Outcome.RESOLVED
    assert case.tags == frozenset({"delay", "discount"})


def test_build_names_every_missing_part() -> None:
    with pytest.raises(StarError) as caught:
        StarCase.builder().task("Acknowledge the delay.").build()
    assert caught.value.code is ErrorCode.STAR_INCOMPLETE
    message = str(caught.value)
    assert message.startswith("[D501]")
    for part in ("situation", "actions", "result"):
        assert part in message
    assert "task" not in message
    assert [m for _c, m in caught.value.problems] == [
        "missing part: situation",
        "missing part: actions",
        "missing part: result",
    ]


def test_empty_builder_is_missing_all_four_parts() -> None:
    with pytest.raises(StarError, match=r"situation, task, actions and result"):
        StarCase.builder().build()
    assert StarCase.builder().draft().missing == tuple(StarPart)


def test_draft_says_what_is_missing_and_completes_later() -> None:
    draft = StarCase.builder().situation("Late order.").action("Apologised.").draft()
    assert isinstance(draft, StarDraft)
    assert draft.missing == (StarPart.TASK, StarPart.RESULT)
    assert not draft.complete
    case = draft.to_builder().task("Acknowledge.").result("Calmed down.").build()
    assert case.task.text == "Acknowledge."


def test_steps_return_new_builders_and_leave_the_old_one_alone() -> None:
    base = StarCase.builder().situation("first")
    changed = base.situation("second").action("a")
    assert base.draft().situation is not None
    assert base.draft().situation.text == "first"
    assert base.draft().actions == ()
    assert changed.draft().situation is not None
    assert changed.draft().situation.text == "second"
    assert base != changed


def test_to_builder_round_trips_a_case() -> None:
    case = full_builder().outcome("escalated").build()
    assert case.to_builder().build() == case
    assert case.to_builder().result("Other.").build().result.text == "Other."


def test_statement_with_evidence_and_labels() -> None:
    quote = Quote(turn=0, start=3, end=8, text="order", labels=["grievance.delay"])
    case = (
        full_builder().situation("My order", evidence=[quote], labels=["grievance.delay"]).build()
    )
    assert case.situation.evidence == (quote,)
    assert case.situation.turns == (0,)


@pytest.mark.parametrize(
    ("step", "code"),
    [
        (lambda b: b.situation(""), ErrorCode.STAR_EMPTY_TEXT),
        (lambda b: b.situation("  \n"), ErrorCode.STAR_EMPTY_TEXT),
        (lambda b: b.situation(42), ErrorCode.STAR_BAD_ARGUMENT),
        (
            lambda b: b.situation(Statement(text="x"), labels=["emotion.anger"]),
            ErrorCode.STAR_BAD_ARGUMENT,
        ),
        (lambda b: b.action("x", evidence="turn 1"), ErrorCode.STAR_BAD_ARGUMENT),
        (lambda b: b.action("x", labels=["emotion.angry"]), ErrorCode.STAR_BAD_LABEL),
        (lambda b: b.labels("nope"), ErrorCode.STAR_BAD_LABEL),
        (lambda b: b.techniques("emotion.anger"), ErrorCode.STAR_BAD_LABEL),
        (lambda b: b.outcome("great"), ErrorCode.STAR_BAD_ARGUMENT),
        (lambda b: b.channel(""), ErrorCode.STAR_EMPTY_TEXT),
        (lambda b: b.channel(3), ErrorCode.STAR_BAD_ARGUMENT),
        (lambda b: b.tags(" "), ErrorCode.STAR_EMPTY_TEXT),
        (lambda b: b.heat(peak=0.2, final=0.5), ErrorCode.STAR_BAD_HEAT),
        (lambda b: b.heat(peak=1.5, final=None), ErrorCode.STAR_BAD_HEAT),
        (
            lambda b: b.result("x", evidence=[{"turn": 0, "start": 0, "end": 4, "text": "abc"}]),
            ErrorCode.STAR_BAD_QUOTE,
        ),
        (
            lambda b: b.result("x", evidence=[{"turn": 0, "start": 5, "end": 4, "text": ""}]),
            ErrorCode.STAR_BAD_QUOTE,
        ),
    ],
)
def test_bad_steps_fail_at_once_with_a_code(step: object, code: ErrorCode) -> None:
    with pytest.raises(StarError) as caught:
        step(StarCase.builder())  # type: ignore[operator]
    assert caught.value.code is code
    assert str(caught.value).startswith(f"[{code}]")


def test_invalid_json_gets_every_problem_with_codes() -> None:
    data = {
        "situation": {"text": "a", "labels": ["x"]},
        "task": {"text": " "},
        "actions": [],
        "result": {"text": "r"},
    }
    with pytest.raises(StarError) as caught:
        StarCase.model_validate_json(json.dumps(data))
    codes = [code for code, _message in caught.value.problems]
    assert ErrorCode.STAR_BAD_LABEL in codes
    assert ErrorCode.STAR_EMPTY_TEXT in codes
    assert ErrorCode.STAR_INVALID in codes  # no actions


def test_a_draft_with_a_wrong_missing_list_is_refused() -> None:
    with pytest.raises(StarError) as caught:
        StarDraft(missing=["task"])
    assert caught.value.code is ErrorCode.STAR_MISSING_MISMATCH


# -- drafting ----------------------------------------------------------------------------


def test_draft_of_a_resolved_delay() -> None:
    draft = StarCase.draft_from(DELAY, channel="chat", tags=["delay"])
    assert draft.complete
    assert draft.situation is not None
    assert draft.situation.text == "My order is late AGAIN, this is ridiculous"
    assert "grievance.delay" in draft.situation.labels
    assert draft.task is not None
    assert draft.task.evidence[0].turn == 0
    assert any(note.startswith("policy: acknowledge at turn 0") for note in draft.task.notes)
    [action] = draft.actions
    assert action.turns == (1,)
    assert {"technique.apology", "technique.choice"} <= action.labels
    assert draft.result is not None
    assert draft.result.turns == (2,)
    assert any("recovered after" in note for note in draft.result.notes)
    assert draft.outcome is Outcome.RESOLVED
    assert draft.channel == "chat"
    assert draft.peak_heat is not None
    assert draft.final_heat is not None
    assert draft.final_heat < draft.peak_heat
    assert draft.techniques == frozenset({"technique.apology", "technique.choice"})
    case = draft.build()
    assert isinstance(case, StarCase)


def test_pairs_and_a_conversation_give_the_same_draft() -> None:
    conv = Conversation.from_turns(DELAY)
    assert StarCase.draft_from(conv) == StarCase.draft_from(DELAY)
    assert StarCase.draft_from(conv) == StarCase.draft_from(list(conv_pairs(conv)))


def conv_pairs(conv: Conversation) -> list[tuple[str, str]]:
    return [(turn.speaker.value, turn.text) for turn in conv]


def test_a_legal_threat_ends_escalated_and_the_result_quotes_it() -> None:
    draft = StarCase.draft_from(
        [
            ("customer", "Where is my refund? It has been three weeks."),
            ("agent", "I'm sorry, let me check that for you."),
            ("customer", "Forget it. I'm calling my lawyer."),
        ]
    )
    assert draft.outcome is Outcome.ESCALATED
    assert draft.result is not None
    assert draft.result.text == "I'm calling my lawyer."
    assert draft.result.turns == (2,)


def test_a_threat_of_violence_ends_disengaged() -> None:
    draft = StarCase.draft_from(
        [
            ("customer", "My parcel never came."),
            ("agent", "I'm sorry to hear that, let me take care of this."),
            ("customer", "I'll come down there and smash your face."),
            ("customer", "Hello??"),
        ]
    )
    assert draft.outcome is Outcome.DISENGAGED
    assert draft.result is not None
    assert draft.result.turns == (2,)


def test_a_single_complaint_has_no_actions_and_no_result() -> None:
    draft = StarCase.draft_from([("customer", "@AcmeHelp my order is two weeks late!!")])
    assert draft.missing == (StarPart.ACTIONS, StarPart.RESULT)
    assert draft.outcome is Outcome.UNRESOLVED
    assert draft.situation is not None
    assert draft.situation.text == "my order is two weeks late!!"  # the @handle is not quoted
    with pytest.raises(StarError, match=r"\[D501\] the case is missing its actions and result"):
        draft.build()


def test_an_empty_conversation_drafts_an_empty_case() -> None:
    draft = StarCase.draft_from([])
    assert draft.missing == tuple(StarPart)
    assert draft.peak_heat is None
    assert draft.final_heat is None


def test_an_angry_ending_is_unresolved_and_quoted() -> None:
    draft = StarCase.draft_from(
        [
            ("customer", "My order is late."),
            ("agent", "I'm sorry about that."),
            ("customer", "This is ridiculous, still nothing."),
        ]
    )
    assert draft.outcome is Outcome.UNRESOLVED
    assert draft.result is not None
    assert draft.result.text == "This is ridiculous, still nothing."


def test_a_fall_in_heat_alone_is_not_resolved() -> None:
    draft = StarCase.draft_from(
        [
            ("customer", "This is ridiculous, my order is late."),
            ("agent", "I'm sorry, let me take care of this."),
            ("customer", "I tried everything, nothing works."),
        ]
    )
    assert draft.outcome is Outcome.UNRESOLVED
    assert draft.result is not None
    assert draft.result.text == "I tried everything, nothing works."
    assert any("recovered after" in note for note in draft.result.notes)


def test_an_agent_without_techniques_gives_no_action() -> None:
    draft = StarCase.draft_from(
        [("customer", "My order is late."), ("agent", "Check the website.")]
    )
    assert StarPart.ACTIONS in draft.missing


def test_long_turns_are_quoted_by_sentence_and_window() -> None:
    filler = "The box was blue and the tape was green. " * 40
    text = filler + "This is ridiculous. " + "word " * 500 + "I want a refund " + "word " * 500
    draft = StarCase.draft_from([("customer", text)])
    quotes = draft.quotes()
    assert quotes
    for quote in quotes:
        assert len(quote.text) <= MAX_QUOTE
        assert text[quote.start : quote.end] == quote.text
    assert draft.situation is not None
    assert "This is ridiculous." in draft.situation.text
    assert draft.task is not None
    assert "I want a refund" in draft.task.text


def test_a_megabyte_message_drafts() -> None:
    text = "ridiculous " + "a" * 1_000_000
    draft = StarCase.draft_from([("customer", text)])
    assert all(len(quote.text) <= MAX_QUOTE for quote in draft.quotes())


def test_many_hits_in_one_turn_give_a_bounded_number_of_quotes() -> None:
    text = "a " * 300 + " ".join(["ridiculous"] * 2000) + " b" * 300
    draft = StarCase.draft_from([("customer", text)])
    for part in (draft.situation, draft.task):
        assert part is not None
        assert 1 <= len(part.evidence) <= MAX_QUOTES_PER_TURN
        assert all(len(quote.text) <= MAX_QUOTE for quote in part.evidence)


def test_draft_from_refuses_policy_or_lang_with_a_conversation() -> None:
    conv = Conversation.from_turns(DELAY)
    with pytest.raises(StarError) as caught:
        StarCase.draft_from(conv, policy=conv.policy)
    assert caught.value.code is ErrorCode.STAR_BAD_ARGUMENT
    with pytest.raises(StarError):
        StarCase.draft_from(conv, lang="ru")
    with pytest.raises(StarError):
        StarCase.draft_from("customer: hello")  # type: ignore[arg-type]
    with pytest.raises(StarError):
        StarCase.draft_from(DELAY, tags="delay")


def test_check_evidence_finds_a_quote_that_does_not_fit() -> None:
    conv = Conversation.from_turns(DELAY)
    draft = StarCase.draft_from(conv)
    draft.check_evidence(conv)
    other = Conversation.from_turns([("customer", "Something else entirely, ok")])
    with pytest.raises(StarError) as caught:
        draft.check_evidence(other)
    assert caught.value.code is ErrorCode.STAR_QUOTE_MISMATCH


# -- rendering ---------------------------------------------------------------------------


def test_text_rendering_in_english_and_russian() -> None:
    draft = StarCase.draft_from(DELAY, channel="chat")
    english = draft.to_text()
    assert english.splitlines()[0] == "STAR case"
    for heading in ("Situation (turn 0):", "Task (turn 0):", "Actions:", "Result (turn 2):"):
        assert heading in english
    assert "Outcome: resolved" in english
    russian = draft.to_text(lang="ru")
    for heading in ("Случай STAR", "Ситуация (реплика 0):", "Действия:", "Исход: решено"):
        assert heading in russian
    assert "My order is late AGAIN" in russian  # content is never translated


def test_missing_parts_are_shown() -> None:
    draft = StarCase.builder().situation("Late order.").draft()
    text = draft.to_text()
    assert "Task: (missing)" in text
    assert "Missing: Task, Actions, Result" in text
    assert "Задача: (нет)" in draft.to_text(lang="ru")
    assert "*(missing)*" in draft.to_markdown()


def test_markdown_escapes_content() -> None:
    case = full_builder().situation("*bold* <b>x</b> # not a heading\n- not a list").build()
    markdown = case.to_markdown()
    assert "## STAR case" in markdown
    assert "### Situation" in markdown
    assert (
        r"\*bold\* \<b\>x\</b\> \# not a heading\
\- not a list"
        in markdown
    )
    assert "1. Explained the delay." in markdown


def test_html_is_escaped() -> None:
    case = full_builder().situation("<script>alert(1)</script>").build()
    page = case._repr_html_()
    assert "<script>" not in page
    assert "&lt;script&gt;" in page


def test_unknown_rendering_language() -> None:
    with pytest.raises(StarError) as caught:
        full_builder().build().to_markdown(lang="de")
    assert caught.value.code is ErrorCode.STAR_UNKNOWN_LANGUAGE


def test_every_language_has_every_heading() -> None:
    for lang, words in HEADINGS.items():
        assert set(words) == set(KEYS), lang
        assert all(value.strip() for value in words.values()), lang


# -- redaction ---------------------------------------------------------------------------

PII_TURNS = [
    ("customer", "@jo_doe here. Card 4111 1111 1111 1111 was charged twice, this is ridiculous!"),
    ("agent", "I'm sorry. I'll take care of this: I'll call you at +1 (555) 123-4567 today."),
    ("customer", "Thanks, or mail jo.doe@example.com"),
]


def test_redacted_rendering_and_model() -> None:
    draft = StarCase.draft_from(PII_TURNS, channel="chat")
    for rendered in (draft.to_text(redact=True), draft.to_markdown(redact=True)):
        assert "4111" not in rendered
        assert "555" not in rendered
        assert "jo.doe@example.com" not in rendered
    masked = draft.redacted()
    dumped = masked.model_dump_json()
    assert not find_personal_data(dumped)
    assert "[card]" in dumped
    assert any(quote.redacted for quote in masked.quotes())
    conv = Conversation.from_turns(PII_TURNS)
    masked.check_evidence(conv)  # a redacted quote is the redaction of its span
    assert masked.redacted() == masked
    assert StarDraft.model_validate_json(dumped) == masked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Card 4111-1111-1111-1111 ok", "Card [card] ok"),
        ("Card 4111111111111111", "Card [card]"),
        ("not a card 4111111111111112", "not a card 4111111111111112"),
        ("mail Jo.Doe+x@mail.example.co.uk.", "mail [email]."),
        ("call +7 912 345-67-89", "call [phone]"),
        ("call 8 (912) 345-67-89", "call [phone]"),
        ("call 555.123.4567 or 345-67-89", "call [phone] or [phone]"),
        ("IBAN DE89 3704 0044 0532 0130 00 OK", "IBAN [iban] OK"),
        ("IBAN DE89370400440532013000", "IBAN [iban]"),
        ("from 192.168.0.1.", "from [ip]."),
        ("@AcmeHelp hi", "[handle] hi"),
        ("on 2019-12-10 at 10:30", "on 2019-12-10 at 10:30"),
        ("order 112-3456789-1234567", "order 112-3456789-1234567"),
        ("$1,299.99 for 2 items, 24/7, iOS 13.3.1", "$1,299.99 for 2 items, 24/7, iOS 13.3.1"),
        ("order 1234567", "order 1234567"),
        ("order #1234567890, $12345678", "order #1234567890, $12345678"),
        (
            "https://web.archive.org/web/20191213044137/x",
            "https://web.archive.org/web/20191213044137/x",
        ),
    ],
)
def test_redact_examples(text: str, expected: str) -> None:
    assert redact(text) == expected


def test_redact_kinds_and_bad_arguments() -> None:
    assert redact("@jo 4111 1111 1111 1111", kinds=["card"]) == "@jo [card]"
    assert redact("@jo 4111 1111 1111 1111", kinds=[PersonalDataKind.HANDLE]) == (
        "[handle] 4111 1111 1111 1111"
    )
    with pytest.raises(InputError):
        redact("x", kinds=["passport"])
    with pytest.raises(InputTypeError):
        redact("x", kinds="email")
    with pytest.raises(InputTypeError):
        redact(b"x")  # type: ignore[arg-type]


def test_redaction_patterns_pass_the_linear_time_check() -> None:
    for pattern in _PATTERNS.values():
        check_pattern(pattern.pattern)


@pytest.mark.parametrize(
    "text",
    [
        "1" * 100_000,
        "1 " * 50_000,
        "1-" * 50_000,
        "a@" * 50_000,
        "a." * 50_000,
        "a" * 100_000 + "@",
        "a@" + "b." * 50_000,
        "GB82 " + "AAAA " * 20_000,
        "+1 " * 30_000,
        "(1) " * 25_000,
        "1.1 -(@a+" * 10_000,
        "4111 1111 1111 1111, " * 5_000,
        "a@b.c " * 15_000,
        "@" * 100_000,
    ],
    ids=lambda text: repr(text[:12]),
)
def test_redaction_survives_adversarial_input(text: str) -> None:
    # A pattern that backtracks would take hours here; these finish in well under a second.
    result = redact(text)
    assert not find_personal_data(result)


# -- properties --------------------------------------------------------------------------

TEXTS = st.text(min_size=1, max_size=40).filter(lambda text: text.strip() != "")
LABELS = st.sampled_from(["emotion.anger", "grievance.delay", "technique.apology", "demand.refund"])


@st.composite
def quotes(draw: st.DrawFn) -> Quote:
    text = draw(st.text(max_size=20))
    start = draw(st.integers(min_value=0, max_value=1000))
    return Quote(
        turn=draw(st.integers(min_value=0, max_value=50)),
        start=start,
        end=start + len(text),
        text=text,
        labels=draw(st.frozensets(LABELS, max_size=2)),
    )


statements = st.builds(
    Statement,
    text=TEXTS,
    evidence=st.lists(quotes(), max_size=3).map(tuple),
    labels=st.frozensets(LABELS, max_size=3),
    notes=st.lists(TEXTS, max_size=2).map(tuple),
)


@st.composite
def cases(draw: st.DrawFn) -> StarCase:
    peak = draw(st.none() | st.floats(min_value=0.0, max_value=1.0))
    final = draw(st.none() | st.floats(min_value=0.0, max_value=peak if peak is not None else 1.0))
    return StarCase(
        situation=draw(statements),
        task=draw(statements),
        actions=tuple(draw(st.lists(statements, min_size=1, max_size=3))),
        result=draw(statements),
        channel=draw(st.none() | TEXTS),
        outcome=draw(st.none() | st.sampled_from(Outcome)),
        labels=draw(st.frozensets(LABELS, max_size=4)),
        techniques=draw(st.frozensets(st.just("technique.apology"), max_size=1)),
        peak_heat=peak,
        final_heat=final,
        tags=draw(st.frozensets(TEXTS, max_size=3)),
    )


@settings(max_examples=60)
@given(cases())
def test_json_round_trip_is_exact(case: StarCase) -> None:
    assert StarCase.model_validate_json(case.model_dump_json()) == case
    draft = case.to_builder().draft()
    assert StarDraft.model_validate_json(draft.model_dump_json()) == draft
    assert draft.build() == case


@settings(max_examples=60)
@given(cases(), st.randoms(use_true_random=False))
def test_builder_is_order_independent_for_singular_parts_and_keeps_action_order(
    case: StarCase, random: object
) -> None:
    singular = [
        lambda b: b.situation(case.situation),
        lambda b: b.task(case.task),
        lambda b: b.result(case.result),
        lambda b: b.channel(case.channel),
        lambda b: b.outcome(case.outcome),
        lambda b: b.heat(peak=case.peak_heat, final=case.final_heat),
        *[lambda b, label=label: b.labels(label) for label in case.labels],
        *[lambda b, label=label: b.techniques(label) for label in case.techniques],
        *[lambda b, tag=tag: b.tags(tag) for tag in case.tags],
    ]
    actions = [lambda b, action=action: b.action(action) for action in case.actions]
    # Shuffle the singular steps and interleave them with the actions, keeping the
    # actions' own order.
    order = list(singular)
    random.shuffle(order)  # type: ignore[attr-defined]
    total = len(order) + len(actions)
    slots = set(random.sample(range(total), len(actions)))  # type: ignore[attr-defined]
    pending_actions, pending_singular = iter(actions), iter(order)
    steps = [next(pending_actions if i in slots else pending_singular) for i in range(total)]
    builder = StarCase.builder()
    for step in steps:
        builder = step(builder)
    assert builder.build() == case


TURNS = st.lists(
    st.tuples(st.sampled_from(["customer", "agent"]), messages(max_parts=8)), max_size=6
)


@settings(max_examples=60)
@given(TURNS)
def test_a_draft_only_quotes_the_conversation(turns: list[tuple[str, str]]) -> None:
    conv = Conversation.from_turns(turns)
    draft = StarCase.draft_from(conv)
    draft.check_evidence(conv)
    draft.redacted().check_evidence(conv)
    for quote in draft.quotes():
        assert conv[quote.turn].text[quote.start : quote.end] == quote.text
        assert quote.text == quote.text.strip()
        assert quote.text
    parts = [draft.situation, draft.task, *draft.actions, draft.result]
    for part in parts:
        if part is not None:
            assert part.text == QUOTE_SEPARATOR.join(q.text for q in part.evidence)
    present = {
        StarPart.SITUATION: draft.situation is not None,
        StarPart.TASK: draft.task is not None,
        StarPart.ACTIONS: bool(draft.actions),
        StarPart.RESULT: draft.result is not None,
    }
    assert draft.missing == tuple(part for part in StarPart if not present[part])
    assert StarDraft.model_validate_json(draft.model_dump_json()) == draft


# Text that holds no personal data: no digits and no "@".
NEUTRAL = st.text(alphabet=st.sampled_from("abcXYZ жё.,!?-()+#_'\"\n"), max_size=30).map(
    lambda text: text.strip()
)


def _luhn_digit(body: str) -> str:
    total = 0
    for position, char in enumerate(reversed(body)):
        value = int(char)
        if position % 2 == 0:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return str((10 - total % 10) % 10)


@st.composite
def cards(draw: st.DrawFn) -> str:
    body = draw(st.text(alphabet="0123456789", min_size=12, max_size=18))
    digits = body + _luhn_digit(body)
    separator = draw(st.sampled_from(["", " ", "-"]))
    return separator.join(digits[i : i + 4] for i in range(0, len(digits), 4))


@st.composite
def ibans(draw: st.DrawFn) -> str:
    country = draw(st.sampled_from(["GB", "DE", "FR", "NL"]))
    bban = draw(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=11, max_size=30))
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    compact = f"{country}{check:02d}{bban}"
    if draw(st.booleans()):
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


emails = st.builds(
    "{}@{}.{}".format,
    st.from_regex(r"[a-z0-9][a-z0-9._+-]{0,10}", fullmatch=True),
    st.from_regex(r"[a-z0-9]{1,8}", fullmatch=True),
    st.from_regex(r"[a-z]{2,4}", fullmatch=True),
)
phones = st.builds(
    "+{} {} {}-{}".format,
    st.from_regex(r"[1-9][0-9]{0,2}", fullmatch=True),
    st.from_regex(r"[0-9]{3}", fullmatch=True),
    st.from_regex(r"[0-9]{3}", fullmatch=True),
    st.from_regex(r"[0-9]{2,4}", fullmatch=True),
)
handles = st.from_regex(r"@[A-Za-z_][A-Za-z0-9_]{0,14}", fullmatch=True)
ITEMS = {
    PersonalDataKind.CARD: cards(),
    PersonalDataKind.IBAN: ibans(),
    PersonalDataKind.EMAIL: emails,
    PersonalDataKind.PHONE: phones,
    PersonalDataKind.HANDLE: handles,
}


@st.composite
def texts_with_items(draw: st.DrawFn) -> tuple[list[str], list[PersonalDataKind]]:
    """Neutral pieces around items of personal data, as the list of pieces and the kinds."""
    kinds = draw(st.lists(st.sampled_from(list(ITEMS)), max_size=4))
    pieces = [draw(NEUTRAL)]
    for kind in kinds:
        pieces += [draw(ITEMS[kind]), draw(NEUTRAL)]
    return pieces, kinds


@given(texts_with_items())
def test_redaction_masks_each_item_and_keeps_everything_else(
    data: tuple[list[str], list[PersonalDataKind]],
) -> None:
    pieces, kinds = data
    text = " ".join(pieces)
    expected = " ".join(
        piece if i % 2 == 0 else kinds[i // 2].mask for i, piece in enumerate(pieces)
    )
    assert [item.kind for item in find_personal_data(text)] == kinds
    assert redact(text) == expected


@given(st.text(alphabet=st.sampled_from("0123456789 -.+()@abAB_\n"), max_size=80) | st.text())
def test_redaction_never_leaves_an_item_and_never_touches_clean_text(text: str) -> None:
    masked = redact(text)
    assert not find_personal_data(masked)
    if not find_personal_data(text):
        assert masked == text
    assert redact(masked) == masked


def test_an_opening_request_is_the_task_and_later_requests_are_not() -> None:
    draft = StarCase.draft_from(
        [
            ("customer", "Hi, can you tell me why my card was declined?"),
            ("agent", "I am sorry about that. Let me check it for you right away."),
            ("customer", "Could you also send me the receipt?"),
        ]
    )
    assert draft.task is not None
    quoted = [(quote.turn, quote.text) for quote in draft.task.evidence]
    assert quoted == [(0, "Hi, can you tell me why my card was declined?")]
    assert Label.POLITENESS_INDICATIVE in draft.task.labels
