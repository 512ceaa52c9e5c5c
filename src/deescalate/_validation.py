"""Coded validation: pydantic's validation errors turned into coded deescalate errors.

Validators raise :class:`Problem` (a ``ValueError`` with an :class:`ErrorCode`), which
pydantic carries through; :func:`coded_error` turns the whole ``ValidationError`` into
one error of a :class:`DeescalateError` family, every problem listed with its code, and
:class:`CodedModel` does that for ``__init__``, ``model_validate`` and
``model_validate_json``. Each module keeps its own wording through the parameters.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar, Self, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError
from pydantic_core import ErrorDetails

from deescalate.errors import DeescalateError, ErrorCode

__all__ = ["CodedModel", "Problem", "coded_error", "combine"]

E = TypeVar("E", bound=DeescalateError)

Classify = Callable[[ErrorDetails], tuple[ErrorCode, str] | None]
"""A module's own code (and text) for one of pydantic's own errors, or ``None``."""


class Problem(ValueError):
    """A validation problem with its error code, carried through pydantic."""

    def __init__(self, code: ErrorCode, message: str) -> None:
        self.code = code
        super().__init__(message)


def combine(family: type[E], problems: Sequence[tuple[ErrorCode, str]]) -> E:
    """One error for many problems: the first code leads, every problem is listed."""
    code, first = problems[0]
    if len(problems) == 1:
        return family(code, first, problems=tuple(problems))
    listed = "; ".join(f"[{c}] {m}" for c, m in problems)
    return family(code, f"{len(problems)} problems: {listed}", problems=tuple(problems))


def _no_code(detail: ErrorDetails) -> tuple[ErrorCode, str] | None:
    return None


def coded_error(
    error: ValidationError,
    family: type[E],
    *,
    default: ErrorCode,
    what: str,
    carry: type[DeescalateError] | None = None,
    locate_carried: bool = False,
    problem_what: bool = True,
    problem_where: bool = True,
    root: str = "",
    classify: Classify = _no_code,
) -> E:
    """Every problem of a validation error, with its code and where it is.

    Args:
        error: pydantic's error.
        family: The error class to raise (``PolicyError``...).
        default: The code of pydantic's own errors that ``classify`` leaves alone.
        what: What is being validated (``policy``, ``rule 'x'``), at the start of messages.
        carry: Nested errors of this class (``family`` if not given) keep their problems:
            models with their own ``__init__`` are validated through it even when nested,
            so their problems arrive here already converted.
        locate_carried: Whether a carried problem gains its location (``turns.3: ...``).
        problem_what: Whether a :class:`Problem`'s message starts with ``what``.
        problem_where: Whether a :class:`Problem`'s message gains its location.
        root: The location written when pydantic gives none.
        classify: A module's own code and text for some of pydantic's errors.
    """
    carried = family if carry is None else carry
    problems: list[tuple[ErrorCode, str]] = []
    for detail in error.errors():
        where = ".".join(str(part) for part in detail["loc"]) or root
        at = f"{where}: " if where else ""
        cause = (detail.get("ctx") or {}).get("error")
        if isinstance(cause, carried):
            located = at if locate_carried else ""
            problems.extend((code, f"{located}{message}") for code, message in cause.problems)
        elif isinstance(cause, Problem):
            head = f"{what}: " if problem_what else ""
            problems.append((cause.code, f"{head}{at if problem_where else ''}{cause}"))
        else:
            code, text = classify(detail) or (default, detail["msg"])
            problems.append((code, f"{what}: {at}{text}"))
    return combine(family, problems)


class CodedModel(BaseModel):
    """A frozen model whose validation errors become coded errors of one family.

    Subclasses set ``_error_family``, ``_error_code`` (pydantic's own errors) and
    ``_error_what`` (the start of messages), or override :meth:`_convert`.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    _error_family: ClassVar[type[DeescalateError]] = DeescalateError
    _error_code: ClassVar[ErrorCode]
    _error_what: ClassVar[str]

    def __init__(self, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as error:
            raise self._convert(error, data) from None

    @classmethod
    def _convert(cls, error: ValidationError, data: Any) -> DeescalateError:
        """The coded error for ``error``; ``data`` is the input (``None`` for JSON)."""
        return coded_error(error, cls._error_family, default=cls._error_code, what=cls._error_what)

    @classmethod
    def model_validate(cls, obj: Any, *args: Any, **kwargs: Any) -> Self:
        try:
            return super().model_validate(obj, *args, **kwargs)
        except ValidationError as error:
            raise cls._convert(error, obj) from None

    @classmethod
    def model_validate_json(
        cls, json_data: str | bytes | bytearray, *args: Any, **kwargs: Any
    ) -> Self:
        try:
            return super().model_validate_json(json_data, *args, **kwargs)
        except ValidationError as error:
            raise cls._convert(error, None) from None
