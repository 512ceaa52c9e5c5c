"""JSON Schemas of the public result models: the wire format plugin authors code against.

Every result is a frozen pydantic model whose JSON round trip is exact, so its
JSON Schema is a contract: Zendesk apps, Slack apps, data pipelines and other
languages can validate what they store and receive. :func:`json_schema` gives
one model's schema by name or class, or every model's schema keyed by name.

Two views of each model:

* ``mode="serialization"`` (the default): the shape of ``model_dump_json()``,
  what deescalate *writes*. Every field is always present, so every field is
  ``required``.
* ``mode="validation"``: what ``model_validate_json()`` *accepts*; fields with
  a default may be left out.

Both are JSON Schema draft 2020-12. A model's ``description`` is the first
paragraph of its docstring; field descriptions are the fields' own.

>>> from deescalate import json_schema
>>> schema = json_schema("Classification")
>>> schema["title"], schema["$schema"]
('Classification', 'https://json-schema.org/draft/2020-12/schema')
>>> "hostility.insult" in schema["$defs"]["Label"]["enum"]
True
>>> print(*sorted(json_schema())[:3])
BoundaryPolicy BoundaryState Classification
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from typing import Any, Literal

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema

from deescalate.classify import Classification
from deescalate.conversation import Conversation, Recovery, Turn
from deescalate.errors import ErrorCode, InputError
from deescalate.models import Edit, Hit
from deescalate.policy import BoundaryPolicy, BoundaryState, Decision, Reason
from deescalate.rewrite import Rewrite, Unresolved
from deescalate.star import StarCase, StarDraft

__all__ = ["DIALECT", "MODELS", "SchemaMode", "json_schema"]

DIALECT = "https://json-schema.org/draft/2020-12/schema"
"""The JSON Schema dialect of every schema, also given as each schema's ``$schema``."""

SchemaMode = Literal["serialization", "validation"]
"""``serialization``: what deescalate writes; ``validation``: what it accepts."""

_MODELS: dict[str, type[BaseModel]] = {
    model.__name__: model
    for model in (
        BoundaryPolicy,
        BoundaryState,
        Classification,
        Conversation,
        Decision,
        Edit,
        Hit,
        Reason,
        Recovery,
        Rewrite,
        StarCase,
        StarDraft,
        Turn,
        Unresolved,
    )
}

MODELS: Mapping[str, type[BaseModel]] = MappingProxyType(dict(sorted(_MODELS.items())))
"""The public result models with a JSON Schema, by name (sorted)."""

_MODES = ("serialization", "validation")


class _Validation(GenerateJsonSchema):
    """Pydantic's validation schema: what ``model_validate_json`` accepts."""


class _Serialization(GenerateJsonSchema):
    """What ``model_dump_json`` writes: the validation types, with every field present.

    Pydantic's own serialization mode loses the label enums behind the results'
    sorting serializers; the validation types keep them, and the exact JSON
    round trip of every result guarantees that what is written is accepted.
    """

    def field_is_required(self, field: Any, total: bool) -> bool:
        return True


def json_schema(
    model: str | type[BaseModel] | None = None, *, mode: SchemaMode = "serialization"
) -> dict[str, Any]:
    """The JSON Schema of one public result model, or of all of them.

    Args:
        model: A model name (``"Classification"``) or class (``deescalate.Decision``);
            ``None`` for every model in :data:`MODELS`.
        mode: ``"serialization"`` (default) for what deescalate writes, every field
            present; ``"validation"`` for what it accepts, defaults optional.

    Returns:
        One schema, or ``{name: schema}`` for every model when ``model`` is ``None``.
        Each call returns a new dict: change it freely.

    Raises:
        InputError: ``D104`` for a model that is not one of :data:`MODELS`, or an
            unknown mode.

    Example:
        >>> from deescalate import Decision, json_schema
        >>> schema = json_schema(Decision)
        >>> print(*schema["required"])
        action script script_ids reasons state
        >>> "required" in json_schema("BoundaryState", mode="validation")
        False
    """
    if mode not in _MODES:
        raise InputError(
            ErrorCode.BAD_ARGUMENT,
            f"mode must be 'serialization' or 'validation', got {mode!r}",
        )
    if model is None:
        return {name: copy.deepcopy(_schema(name, mode)) for name in MODELS}
    return copy.deepcopy(_schema(_model_name(model), mode))


def _model_name(model: object) -> str:
    known = ", ".join(MODELS)
    if isinstance(model, str):
        if model in MODELS:
            return model
        raise InputError(
            ErrorCode.BAD_ARGUMENT, f"no JSON Schema for a model named {model!r}; known: {known}"
        )
    if isinstance(model, type):
        name = model.__name__
        if MODELS.get(name) is model:
            return name
        raise InputError(
            ErrorCode.BAD_ARGUMENT,
            f"{model.__qualname__} is not a public result model; known: {known}",
        )
    raise InputError(
        ErrorCode.BAD_ARGUMENT,
        f"model must be a model name, a model class or None, got {type(model).__name__}",
    )


@cache
def _schema(name: str, mode: SchemaMode) -> dict[str, Any]:
    generator = _Serialization if mode == "serialization" else _Validation
    schema = MODELS[name].model_json_schema(mode="validation", schema_generator=generator)
    _summarise(schema)
    for definition in schema.get("$defs", {}).values():
        _summarise(definition)
    return {"$schema": DIALECT, **schema}


def _summarise(schema: dict[str, Any]) -> None:
    """Keep the first paragraph of a model's or enum's docstring: no examples, no prose."""
    description = schema.get("description")
    if isinstance(description, str):
        schema["description"] = description.split("\n\n", 1)[0].strip()
