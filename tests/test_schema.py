"""The JSON Schemas of the public result models: snapshots, and what they promise.

The schema of every model in ``deescalate.schema.MODELS`` is kept in
``tests/snapshots/schemas/<Name>.json``. A change to a result model changes its
schema, fails ``test_schema_matches_its_snapshot`` and so shows up in review.
After a deliberate change, regenerate the snapshots and add a CHANGELOG line::

    DEESCALATE_UPDATE_SNAPSHOTS=1 python -m pytest tests/test_schema.py
"""

from __future__ import annotations

import doctest
import json
import os
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel

import deescalate
from deescalate import (
    BoundaryPolicy,
    Classification,
    DeescalateError,
    ErrorCode,
    Rewriter,
    Span,
    json_schema,
)
from deescalate.schema import DIALECT, MODELS
from tests.strategies import messages

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots" / "schemas"
UPDATE = os.environ.get("DEESCALATE_UPDATE_SNAPSHOTS") == "1"


def render(schema: dict[str, Any]) -> str:
    """The snapshot text of a schema: stable key order as pydantic gives it, 2-space indent."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


# -- snapshots -------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(MODELS))
def test_schema_matches_its_snapshot(name: str) -> None:
    path = SNAPSHOTS / f"{name}.json"
    text = render(json_schema(name))
    if UPDATE:
        SNAPSHOTS.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), (
        f"no snapshot for {name}: run DEESCALATE_UPDATE_SNAPSHOTS=1 pytest tests/test_schema.py"
    )
    assert path.read_text(encoding="utf-8") == text, (
        f"the JSON Schema of {name} changed: if that is deliberate, regenerate the snapshots "
        "(DEESCALATE_UPDATE_SNAPSHOTS=1 pytest tests/test_schema.py) and say so in CHANGELOG.md"
    )


def test_every_snapshot_belongs_to_a_model() -> None:
    stale = sorted(path.stem for path in SNAPSHOTS.glob("*.json") if path.stem not in MODELS)
    if UPDATE:
        for name in stale:
            (SNAPSHOTS / f"{name}.json").unlink()
        stale = []
    assert stale == [], f"snapshots of models that are no longer public: {stale}"


# -- what a schema says ----------------------------------------------------------------


def test_models_are_the_public_result_models() -> None:
    assert list(MODELS) == sorted(MODELS)
    for name, model in MODELS.items():
        assert getattr(deescalate, name) is model, name
        assert issubclass(model, BaseModel)
    for expected in ("Classification", "Hit", "Rewrite", "Edit", "Unresolved", "Decision"):
        assert expected in MODELS
    for expected in ("BoundaryState", "BoundaryPolicy", "Conversation", "Turn", "Recovery"):
        assert expected in MODELS
    assert {"StarCase", "StarDraft"} <= set(MODELS)


@pytest.mark.parametrize("name", list(MODELS))
@pytest.mark.parametrize("mode", ["serialization", "validation"])
def test_schema_is_valid_draft_2020_12(name: str, mode: str) -> None:
    schema = json_schema(name, mode=mode)  # type: ignore[arg-type]
    assert schema["$schema"] == DIALECT
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["title"] == name
    assert "\n\n" not in schema["description"], "only the docstring's first paragraph"
    fields = MODELS[name].model_fields
    assert list(schema["properties"]) == list(fields)
    for field, info in fields.items():
        assert schema["properties"][field].get("description") == info.description, field


@pytest.mark.parametrize("name", list(MODELS))
def test_serialization_requires_every_field_validation_only_those_without_default(
    name: str,
) -> None:
    fields = MODELS[name].model_fields
    assert json_schema(name)["required"] == list(fields)
    required = [field for field, info in fields.items() if info.is_required()]
    assert json_schema(name, mode="validation").get("required", []) == required


def test_labels_keep_their_enum_of_stable_ids() -> None:
    schema = json_schema("Classification")
    assert schema["properties"]["labels"]["items"] == {"$ref": "#/$defs/Label"}
    assert schema["$defs"]["Label"]["enum"] == [label.value for label in deescalate.Label]
    policy = json_schema("BoundaryPolicy")
    assert policy["properties"]["abuse"]["items"] == {"$ref": "#/$defs/Label"}


def test_all_is_every_model_by_name_and_each_call_is_a_fresh_copy() -> None:
    everything = json_schema()
    assert list(everything) == list(MODELS)
    for name, schema in everything.items():
        assert schema == json_schema(name) == json_schema(MODELS[name])
    everything["Hit"]["title"] = "changed"
    json_schema("Hit")["properties"].clear()
    assert json_schema("Hit") == json_schema()["Hit"]
    assert json_schema("Hit")["title"] == "Hit"


@pytest.mark.parametrize(
    "bad",
    ["classification", "Span", "Nope", "", Span, deescalate.Classifier, 3],
)
def test_unknown_model_is_a_coded_error(bad: object) -> None:
    with pytest.raises(DeescalateError) as error:
        json_schema(bad)  # type: ignore[arg-type]
    assert error.value.code is ErrorCode.BAD_ARGUMENT
    assert str(error.value).startswith("[D104]")


def test_subclass_of_a_model_is_not_the_model() -> None:
    class Mine(Classification):
        pass

    with pytest.raises(DeescalateError, match=r"^\[D104\] .*Mine"):
        json_schema(Mine)


def test_unknown_mode_is_a_coded_error() -> None:
    with pytest.raises(DeescalateError, match=r"^\[D104\] mode"):
        json_schema("Hit", mode="output")  # type: ignore[arg-type]


# -- real results validate against their schemas ---------------------------------------

_POLICY = BoundaryPolicy()
_REWRITER = Rewriter()


def _validate(name: str, data: Any) -> None:
    for mode in ("serialization", "validation"):
        validator = jsonschema.Draft202012Validator(json_schema(name, mode=mode))  # type: ignore[arg-type]
        errors = [error.message for error in validator.iter_errors(data)]
        assert errors == [], (name, mode, errors)


@given(st.lists(messages(8), min_size=1, max_size=4), messages(8))
def test_results_validate_against_their_schemas(customer: list[str], draft: str) -> None:
    state = _POLICY.start()
    for text in customer:
        turn = deescalate.classify(text)
        _validate("Classification", json.loads(turn.model_dump_json()))
        for hit in turn.hits:
            _validate("Hit", hit.model_dump(mode="json"))
        decision = _POLICY.decide(state, turn)
        _validate("Decision", json.loads(decision.model_dump_json()))
        for reason in decision.reasons:
            _validate("Reason", reason.model_dump(mode="json"))
        state = decision.state
        _validate("BoundaryState", json.loads(state.model_dump_json()))
    result = _REWRITER.rewrite(draft)
    _validate("Rewrite", json.loads(result.model_dump_json()))
    for edit in result.edits:
        _validate("Edit", edit.model_dump(mode="json"))
    for unresolved in result.unresolved:
        _validate("Unresolved", unresolved.model_dump(mode="json"))


@given(st.lists(st.tuples(st.sampled_from(["customer", "agent"]), messages(6)), max_size=5))
def test_conversations_validate_against_their_schemas(turns: list[tuple[str, str]]) -> None:
    conversation = deescalate.Conversation.from_turns(turns)
    _validate("Conversation", json.loads(conversation.model_dump_json()))
    for turn in conversation.turns:
        _validate("Turn", turn.model_dump(mode="json"))
    for recovery in conversation.recoveries:
        _validate("Recovery", recovery.model_dump(mode="json"))
    draft = deescalate.StarCase.draft_from(conversation)
    _validate("StarDraft", json.loads(draft.model_dump_json()))
    if draft.complete:
        _validate("StarCase", json.loads(draft.build().model_dump_json()))


def test_star_cases_validate_against_their_schemas() -> None:
    draft = deescalate.StarCase.draft_from(
        [
            ("customer", "My order is two weeks late, this is ridiculous."),
            ("agent", "I'm sorry about the delay. Would you prefer a refund or a replacement?"),
            ("customer", "A replacement, thanks."),
        ],
        channel="chat",
        tags=["delivery"],
    )
    assert draft.complete
    _validate("StarDraft", json.loads(draft.model_dump_json()))
    _validate("StarCase", json.loads(draft.build().model_dump_json()))


def test_policies_validate_against_their_schema() -> None:
    for policy in (
        _POLICY,
        BoundaryPolicy(
            abuse=["hostility.insult", "hostility.profanity"],
            reopen_on=["cooling.apology"],
            cool_down_after=None,
            disengage_at=2,
            final_warning_at=2,
        ),
    ):
        _validate("BoundaryPolicy", json.loads(policy.model_dump_json()))
    validator = jsonschema.Draft202012Validator(json_schema("BoundaryPolicy", mode="validation"))
    assert validator.is_valid({})
    assert BoundaryPolicy.model_validate({}) == _POLICY
    assert not validator.is_valid({"abuse": ["hostility.rudeness"]})
    assert not validator.is_valid({"warn_at": 1, "typo": 2})


def test_schema_rejects_what_the_model_rejects() -> None:
    validator = jsonschema.Draft202012Validator(json_schema("Classification"))
    good = json.loads(deescalate.classify("you idiot").model_dump_json())
    assert validator.is_valid(good)
    assert not validator.is_valid({**good, "labels": ["not.a_label"]})
    assert not validator.is_valid({**good, "heat": 1.5})
    assert not validator.is_valid({**good, "extra": 1})
    assert not validator.is_valid({key: value for key, value in good.items() if key != "hits"})


def test_docstring_examples() -> None:
    failures, tried = doctest.testmod(deescalate.schema, optionflags=doctest.ELLIPSIS)
    assert tried > 0
    assert failures == 0
