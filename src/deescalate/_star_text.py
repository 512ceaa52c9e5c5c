"""The words around the content of a rendered STAR case: language data, one mapping per language.

The engine (``deescalate.star``) only looks words up here by key; a new language
adds a mapping with every key of :data:`KEYS` to :data:`HEADINGS` (a test checks
that every language has every key). The content of a case (the quotes, the
author's text) is never translated.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["HEADINGS", "KEYS"]

KEYS: tuple[str, ...] = (
    "title",
    "situation",
    "task",
    "actions",
    "result",
    "channel",
    "outcome",
    "heat",
    "peak",
    "final",
    "labels",
    "techniques",
    "tags",
    "missing",
    "none",
    "turn",
    "turns",
    "redacted",
    "outcome.resolved",
    "outcome.escalated",
    "outcome.disengaged",
    "outcome.unresolved",
)
"""Every key a language must give."""

EN: Mapping[str, str] = {
    "title": "STAR case",
    "situation": "Situation",
    "task": "Task",
    "actions": "Actions",
    "result": "Result",
    "channel": "Channel",
    "outcome": "Outcome",
    "heat": "Heat",
    "peak": "peak",
    "final": "final",
    "labels": "Labels",
    "techniques": "Techniques",
    "tags": "Tags",
    "missing": "Missing",
    "none": "(missing)",
    "turn": "turn",
    "turns": "turns",
    "redacted": "personal data masked",
    "outcome.resolved": "resolved",
    "outcome.escalated": "escalated",
    "outcome.disengaged": "disengaged",
    "outcome.unresolved": "unresolved",
}

RU: Mapping[str, str] = {
    "title": "Случай STAR",
    "situation": "Ситуация",
    "task": "Задача",
    "actions": "Действия",
    "result": "Результат",
    "channel": "Канал",
    "outcome": "Исход",
    "heat": "Накал",
    "peak": "пик",
    "final": "в конце",
    "labels": "Метки",
    "techniques": "Приёмы",
    "tags": "Теги",
    "missing": "Не хватает",
    "none": "(нет)",
    "turn": "реплика",
    "turns": "реплики",
    "redacted": "личные данные скрыты",
    "outcome.resolved": "решено",
    "outcome.escalated": "передано руководителю",
    "outcome.disengaged": "разговор завершён",
    "outcome.unresolved": "не решено",
}

HEADINGS: Mapping[str, Mapping[str, str]] = {"en": EN, "ru": RU}
"""Headings by language code."""
