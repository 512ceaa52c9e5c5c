"""The phrase classifier: which labels a message carries, where, and how hot it is.

>>> from deescalate import classify
>>> result = classify("This is ridiculous, I want to speak to your manager!")
>>> sorted(label.value for label in result.labels)
['demand.manager', 'emotion.anger']
>>> result.level
<Level.HEATED: 'heated'>
>>> print(*(hit.text for hit in result.hits), sep=" | ")
ridiculous | speak to your manager
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field, field_serializer, model_validator

from deescalate import _scoring
from deescalate._engine import Engine, RawHit
from deescalate.errors import ErrorCode, InputError, InputTypeError, RuleError
from deescalate.labels import Label, Level, Severity, Speaker
from deescalate.lang import LanguagePack, get_pack
from deescalate.models import Hit
from deescalate.rules import Rule, load_rules, rules_fingerprint

__all__ = ["Classification", "Classifier", "classify", "classify_many"]

_SEVERITY_RANK = {Severity.LOW: 0, Severity.MEDIUM: 1, Severity.HIGH: 2}


class Classification(BaseModel):
    """What the classifier found in one message.

    Every label in ``labels`` is backed by at least one hit; every hit's ``text``
    is ``text[hit.start:hit.end]``. Results are frozen and round-trip through
    JSON exactly (``Classification.model_validate_json(c.model_dump_json()) == c``).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str = Field(description="The message as given.")
    speaker: Speaker = Field(description="Who wrote it.")
    lang: str = Field(description="Language code of the pack used.")
    labels: frozenset[Label] = Field(description="Every label found (serialised sorted).")
    hits: tuple[Hit, ...] = Field(description="The evidence, sorted by (start, end, label, rule).")
    heat: float = Field(ge=0.0, le=1.0, description="How escalated the message is, 0 to 1.")
    level: Level = Field(
        description="Heat as an ordered band; `dangerous` on any threat of violence."
    )
    politeness: float = Field(ge=-1.0, le=1.0, description="Politeness, -1 (rude) to 1 (polite).")
    version: str = Field(description="Rule-pack version that produced the result.")

    @field_serializer("labels")
    def _sorted_labels(self, labels: frozenset[Label]) -> list[str]:
        return sorted(label.value for label in labels)

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        for hit in self.hits:
            if hit.end > len(self.text) or self.text[hit.start : hit.end] != hit.text:
                raise ValueError(f"hit {hit.rule} [{hit.start}:{hit.end}] does not match the text")
        if self.labels != {hit.label for hit in self.hits}:
            raise ValueError("labels must be exactly the labels of the hits")
        return self

    def hits_for(self, label: Label | str) -> tuple[Hit, ...]:
        """The hits of one label, in text order."""
        return tuple(hit for hit in self.hits if hit.label == label)

    def families(self) -> frozenset[str]:
        """The label families present (``hostility``, ``trigger``...)."""
        return frozenset(label.family for label in self.labels)

    def _repr_html_(self) -> str:
        """Notebook display: the text with every hit highlighted, then the scores."""
        return _render_html(self)


class Classifier:
    """An immutable, compiled set of rules for one language.

    Build it once and reuse it from any number of threads; it holds no mutable
    state. ``with_rules`` and ``without`` return new classifiers.

    Args:
        lang: Language code of the built-in pack to start from.
        rules: Extra rules, as :class:`~deescalate.rules.Rule` objects or mappings.
        disable: Rule IDs or label IDs to leave out.
        defaults: Whether to start from the built-in pack's rules at all.
        pack: A language pack to use instead of a built-in one.

    Raises:
        RuleError: for an invalid or duplicate rule, an example of a user rule that
            does not match (or a near-miss that does), or an unknown ID in ``disable``.
        InputError: for an unknown language.

    Example:
        >>> from deescalate import Classifier
        >>> house = Classifier(rules=[{
        ...     "id": "acme.policy_wall.per_our_records",
        ...     "label": "trigger.policy_wall",
        ...     "speakers": ["agent"],
        ...     "phrases": ["per our records"],
        ...     "message": "Form-letter language; say what the records show instead.",
        ...     "examples": ["Per our records, the parcel was delivered."],
        ...     "near_misses": ["Our records team will call you."],
        ... }])
        >>> result = house.classify("Per our records you paid late.", speaker="agent")
        >>> "trigger.policy_wall" in result.labels
        True
    """

    __slots__ = ("_cues", "_defaults", "_disabled", "_engine", "_pack", "_user_rules", "version")

    def __init__(
        self,
        *,
        lang: str = "en",
        rules: Iterable[Rule | dict[str, Any]] = (),
        disable: Iterable[str] = (),
        defaults: bool = True,
        pack: LanguagePack | None = None,
    ) -> None:
        self._build(lang, rules, disable, defaults, pack, check_examples=True)

    def _build(
        self,
        lang: str,
        rules: Iterable[Rule | dict[str, Any]],
        disable: Iterable[str],
        defaults: bool,
        pack: LanguagePack | None,
        *,
        check_examples: bool,
    ) -> None:
        if pack is None:
            pack = get_pack(_check_lang(lang))
        user_rules = load_rules(rules)
        for rule in user_rules:
            if rule.lang != pack.code:
                raise RuleError(
                    ErrorCode.RULE_WRONG_LANGUAGE,
                    f"rule {rule.id!r} is for {rule.lang!r} but the classifier is {pack.code!r}",
                )
        disabled = tuple(dict.fromkeys(_check_str_items(disable, "disable")))
        combined = [*(pack.rules if defaults else ()), *user_rules]
        seen: set[str] = set()
        for rule in combined:
            if rule.id in seen:
                raise RuleError(ErrorCode.RULE_DUPLICATE_ID, f"two rules share the ID {rule.id!r}")
            seen.add(rule.id)
        known = seen | {rule.label.value for rule in combined}
        unknown = [item for item in disabled if item not in known]
        if unknown:
            raise RuleError(
                ErrorCode.RULE_UNKNOWN_ID,
                f"nothing to disable for {', '.join(map(repr, unknown))}: not a rule ID or a "
                "label of this classifier",
            )
        off = set(disabled)
        active = [rule for rule in combined if rule.id not in off and rule.label.value not in off]
        self._pack = pack
        self._user_rules = user_rules
        self._disabled = disabled
        self._defaults = defaults
        self._engine = Engine(active, negation=pack.negation)
        self._cues = _scoring.CueFinder(pack.politeness_cues)
        if user_rules or disabled or not defaults:
            self.version = f"{pack.code}-{pack.version}+{rules_fingerprint(active)}"
        else:
            self.version = f"{pack.code}-{pack.version}"
        if check_examples:
            for rule in user_rules:
                if rule in active:
                    _check_examples(self._engine, rule)

    # -- construction helpers ----------------------------------------------------------
    @property
    def lang(self) -> str:
        """The language code of this classifier's pack."""
        return self._pack.code

    @property
    def rules(self) -> tuple[Rule, ...]:
        """The active rules, built-in then user rules, minus disabled ones."""
        return self._engine.rules

    def with_rules(self, *rules: Rule | dict[str, Any]) -> Classifier:
        """A new classifier with extra rules added."""
        return self._rebuilt(rules=(*self._user_rules, *rules))

    def without(self, *ids: str) -> Classifier:
        """A new classifier without the given rule IDs or labels."""
        return self._rebuilt(disable=(*self._disabled, *ids))

    def _rebuilt(self, **changes: Any) -> Classifier:
        new = Classifier.__new__(Classifier)
        args: dict[str, Any] = {
            "rules": self._user_rules,
            "disable": self._disabled,
            "defaults": self._defaults,
        }
        args.update(changes)
        new._build(self._pack.code, pack=self._pack, check_examples=True, **args)
        return new

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (self._pack, self._user_rules, self._disabled, self._defaults))

    def __repr__(self) -> str:
        return f"Classifier(lang={self.lang!r}, rules={len(self.rules)}, version={self.version!r})"

    # -- classification ----------------------------------------------------------------
    def classify(self, text: str, *, speaker: Speaker | str = Speaker.CUSTOMER) -> Classification:
        """Classify one message.

        Raises:
            InputTypeError: ``D101`` if ``text`` is not a ``str``.
            InputError: ``D102`` for an unknown speaker.
        """
        if not isinstance(text, str):
            raise InputTypeError(
                ErrorCode.TEXT_NOT_STR, f"text must be a str, got {type(text).__name__}"
            )
        return self._classify(text, _check_speaker(speaker))

    __call__ = classify

    def classify_many(
        self,
        texts: Iterable[str],
        *,
        speaker: Speaker | str | Iterable[Speaker | str] = Speaker.CUSTOMER,
    ) -> list[Classification]:
        """Classify many messages, in order.

        Args:
            texts: The messages.
            speaker: One speaker for all, or an iterable with one speaker per message.

        Raises:
            InputTypeError: ``D101`` naming the position of the first non-``str`` text.
            InputError: ``D102`` for an unknown speaker, ``D104`` if there are more or
                fewer speakers than texts.
        """
        if isinstance(texts, str):
            raise InputTypeError(
                ErrorCode.TEXT_NOT_STR, "texts must be an iterable of str, not a single str"
            )
        items = list(texts)
        if isinstance(speaker, str):
            speakers: Sequence[Speaker] = [_check_speaker(speaker)] * len(items)
        else:
            speakers = [_check_speaker(s) for s in speaker]
            if len(speakers) != len(items):
                raise InputError(
                    ErrorCode.BAD_ARGUMENT,
                    f"got {len(speakers)} speakers for {len(items)} texts",
                )
        for position, text in enumerate(items):
            if not isinstance(text, str):
                raise InputTypeError(
                    ErrorCode.TEXT_NOT_STR,
                    f"texts[{position}] must be a str, got {type(text).__name__}",
                )
        return [self._classify(text, who) for text, who in zip(items, speakers, strict=True)]

    def _classify(self, text: str, speaker: Speaker) -> Classification:
        raw, folded, words = self._engine.scan_folded(text, speaker) if text else ([], "", [])
        raw.sort(key=_hit_order)
        hits = tuple(
            Hit.model_construct(
                start=h.start,
                end=h.end,
                text=text[h.start : h.end],
                label=h.rule.label,
                rule=h.rule.id,
            )
            for h in raw
        )
        strengths: dict[Label, Severity] = {}
        for h in raw:
            current = strengths.get(h.rule.label)
            if current is None or _SEVERITY_RANK[h.rule.severity] > _SEVERITY_RANK[current]:
                strengths[h.rule.label] = h.rule.severity
        labels = frozenset(strengths)
        heat = _scoring.heat(strengths)
        return Classification.model_construct(
            text=text,
            speaker=speaker,
            lang=self._pack.code,
            labels=labels,
            hits=hits,
            heat=heat,
            level=_scoring.level(heat, labels),
            # Empty text carries no evidence either way: neutral, not the bias.
            politeness=_scoring.politeness(labels, self._cues.find(folded, words)) if text else 0.0,
            version=self.version,
        )


def _hit_order(hit: RawHit) -> tuple[int, int, str, str]:
    return (hit.start, hit.end, hit.rule.label.value, hit.rule.id)


def _restore(
    pack: LanguagePack, rules: tuple[Rule, ...], disabled: tuple[str, ...], defaults: bool
) -> Classifier:
    new = Classifier.__new__(Classifier)
    new._build(pack.code, rules, disabled, defaults, pack, check_examples=False)
    return new


def _check_examples(engine: Engine, rule: Rule) -> None:
    """A user rule's examples must match and its near-misses must not."""
    problems: list[tuple[ErrorCode, str]] = []
    for speaker in sorted(rule.speakers):
        for example in rule.examples:
            if not any(hit.rule is rule for hit in engine.scan(example, speaker)):
                problems.append(
                    (
                        ErrorCode.RULE_EXAMPLE_FAILS,
                        f"rule {rule.id!r}: example {example!r} does not match (speaker {speaker})",
                    )
                )
        for near_miss in rule.near_misses:
            if any(hit.rule is rule for hit in engine.scan(near_miss, speaker)):
                problems.append(
                    (
                        ErrorCode.RULE_EXAMPLE_FAILS,
                        f"rule {rule.id!r}: near-miss {near_miss!r} matches (speaker {speaker})",
                    )
                )
    if problems:
        listed = "; ".join(message for _code, message in problems)
        raise RuleError(ErrorCode.RULE_EXAMPLE_FAILS, listed, problems=tuple(problems))


def _check_speaker(speaker: Any) -> Speaker:
    if isinstance(speaker, Speaker):
        return speaker
    if isinstance(speaker, str) and speaker in Speaker._value2member_map_:
        return Speaker(speaker)
    raise InputError(
        ErrorCode.UNKNOWN_SPEAKER, f"speaker must be 'customer' or 'agent', got {speaker!r}"
    )


def _check_lang(lang: Any) -> str:
    if not isinstance(lang, str):
        raise InputError(
            ErrorCode.UNKNOWN_LANGUAGE,
            f"lang must be a language code str, got {type(lang).__name__}",
        )
    return lang


def _check_str_items(items: Iterable[str], name: str) -> list[str]:
    if isinstance(items, str):
        raise InputError(ErrorCode.BAD_ARGUMENT, f"{name} must be an iterable of str, not a str")
    out = list(items)
    for item in out:
        if not isinstance(item, str):
            raise InputError(ErrorCode.BAD_ARGUMENT, f"{name} items must be str, got {item!r}")
    return out


@cache
def _default(lang: str) -> Classifier:
    return Classifier(lang=lang)


def default_classifier(lang: str = "en") -> Classifier:
    """The shared classifier with a language's built-in rules (built on first use)."""
    return _default(_check_lang(lang))


def classify(
    text: str, *, speaker: Speaker | str = Speaker.CUSTOMER, lang: str = "en"
) -> Classification:
    """Classify one message with the built-in rules of ``lang``.

    Args:
        text: The message.
        speaker: ``"customer"`` (default) or ``"agent"``.
        lang: Language code.

    Raises:
        InputTypeError: ``D101`` if ``text`` is not a ``str``.
        InputError: ``D102`` unknown speaker, ``D103`` unknown language.
    """
    return default_classifier(lang).classify(text, speaker=speaker)


def classify_many(
    texts: Iterable[str],
    *,
    speaker: Speaker | str | Iterable[Speaker | str] = Speaker.CUSTOMER,
    lang: str = "en",
) -> list[Classification]:
    """Classify many messages with the built-in rules of ``lang``.

    See :meth:`Classifier.classify_many` for the arguments and errors.
    """
    return default_classifier(lang).classify_many(texts, speaker=speaker)


# -- notebook display --------------------------------------------------------------------

_FAMILY_COLOURS = {
    "hostility": "#f8b4b4",
    "threat": "#f4a261",
    "demand": "#ffd6a5",
    "grievance": "#fde68a",
    "emotion": "#fecaca",
    "cooling": "#bbf7d0",
    "trigger": "#fca5a5",
    "technique": "#a7f3d0",
    "politeness": "#dbeafe",
}


def _render_html(result: Classification) -> str:
    text = result.text
    cuts = sorted({0, len(text), *(h.start for h in result.hits), *(h.end for h in result.hits)})
    pieces: list[str] = []
    for start, end in itertools.pairwise(cuts):
        covering = [h for h in result.hits if h.start <= start and end <= h.end]
        chunk = html.escape(text[start:end])
        if covering:
            names = sorted({h.label.value for h in covering})
            colour = _FAMILY_COLOURS.get(covering[-1].label.family, "#e5e7eb")
            title = html.escape(", ".join(names), quote=True)
            pieces.append(f'<mark style="background:{colour}" title="{title}">{chunk}</mark>')
        else:
            pieces.append(chunk)
    labels = ", ".join(f"<code>{html.escape(name)}</code>" for name in sorted(result.labels))
    return (
        '<div class="deescalate-classification">'
        f'<p style="white-space:pre-wrap">{"".join(pieces)}</p>'
        f"<p><b>{html.escape(result.level.value)}</b> · heat {result.heat:.2f} · "
        f"politeness {result.politeness:+.2f} · {html.escape(result.speaker.value)}</p>"
        f"<p>{labels or '<i>no labels</i>'}</p></div>"
    )
