"""Find and mask personal data: e-mail addresses, phone numbers, card numbers and the like.

Cases, transcripts and examples get shared for training; :func:`redact` masks what
would identify a customer or let someone charge them, and leaves every other
character as it was.

>>> from deescalate import redact
>>> redact("Card 4111 1111 1111 1111, mail jo@example.com or call +1 (555) 123-4567.")
'Card [card], mail [email] or call [phone].'
>>> redact("Order 2019-12-10 is late.")
'Order 2019-12-10 is late.'

Every pattern is plain :mod:`re` and passes the project's linear-time check
(``deescalate._safety``): no nested repeats, every unbounded repeat entered only at
the start of a run of its characters, so a megabyte of digits, dots or ``@`` signs
is scanned in one pass. What counts as a match:

* ``email``: ``local@domain.tld``, local part of letters, digits and ``._%+-``;
* ``iban``: two capital letters, two check digits and 11 to 30 letters or digits,
  optionally in space-separated groups, passing the ISO 13616 mod-97 check;
* ``card``: 13 to 19 digits, optionally separated by single spaces or dashes,
  passing the Luhn check (not right after ``/``, ``#``, ``=`` or ``$``);
* ``ip_address``: an IPv4 address (four numbers up to 255, dot-separated);
* ``phone``: 7 to 15 digits, optionally after ``+``, separated by single spaces,
  dots, dashes or parentheses; a run without any separator needs a ``+`` or at
  least 10 digits; date shapes (``2019-12-10``, ``10.12.2019``) and numbers right
  after ``/``, ``#``, ``=`` or ``$`` (URL paths, order numbers, prices) are not phones;
* ``handle``: a social-media handle, ``@`` then letters, digits or ``_``.

A run of digit groups is matched whole or not at all (``112-3456789-1234567``, an
order number of 17 digits, is neither a phone nor a card). Names and street
addresses are not detected.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from enum import StrEnum

from pydantic import Field

from deescalate.errors import ErrorCode, InputError, InputTypeError
from deescalate.models import Span

__all__ = ["PersonalData", "PersonalDataKind", "find_personal_data", "redact"]


class PersonalDataKind(StrEnum):
    """The kinds of personal data :func:`find_personal_data` knows, in the order it looks."""

    EMAIL = "email"
    IBAN = "iban"
    CARD = "card"
    IP_ADDRESS = "ip_address"
    PHONE = "phone"
    HANDLE = "handle"

    @property
    def mask(self) -> str:
        """What :func:`redact` puts in place of an item of this kind (``[email]``...)."""
        return _MASKS[self]


_MASKS = {
    PersonalDataKind.EMAIL: "[email]",
    PersonalDataKind.IBAN: "[iban]",
    PersonalDataKind.CARD: "[card]",
    PersonalDataKind.IP_ADDRESS: "[ip]",
    PersonalDataKind.PHONE: "[phone]",
    PersonalDataKind.HANDLE: "[handle]",
}
# Masks hold no digit and no "@", and every kind's match holds one: each pass of
# `redact` removes at least one of them, so the passes stop (see `redact`).


class PersonalData(Span):
    """One item of personal data: its span of the text and its kind."""

    kind: PersonalDataKind = Field(description="What the item is.")


# Digit groups start where no word character and no "digit + separator" precede,
# and end where no word character and no "separator + digit" follow, so a run of
# groups is taken whole or not at all.
_PATTERNS: dict[PersonalDataKind, re.Pattern[str]] = {
    PersonalDataKind.EMAIL: re.compile(r"(?<![\w.%+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)+"),
    PersonalDataKind.IBAN: re.compile(r"(?<!\w)[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){11,30}(?!\w)"),
    PersonalDataKind.CARD: re.compile(
        r"(?<![\w/#=$-])(?<![0-9] )[0-9](?:[ -]?[0-9]){12,18}(?!\w|[ -][0-9])"
    ),
    PersonalDataKind.IP_ADDRESS: re.compile(
        r"(?<![\w.])[0-9]{1,3}(?:\.[0-9]{1,3}){3}(?!\w|\.[0-9])"
    ),
    PersonalDataKind.PHONE: re.compile(
        r"(?<![\w+(/#=$])(?<![0-9][ .-])(?:\+ ?)?\(?[0-9](?:(?:[ .-]\(?|\)[ .-]?|\()?[0-9]){6,14}"
        r"(?!\w|[ .-][0-9])"
    ),
    PersonalDataKind.HANDLE: re.compile(r"(?<![\w@])@\w+"),
}

_DIGITS = re.compile(r"[0-9]")
_DATE_SHAPES = frozenset({(4, 2, 2), (2, 2, 4), (1, 2, 4), (2, 1, 4), (1, 1, 4), (4, 1, 1)})


def _luhn(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def _iban_valid(compact: str) -> bool:
    if not 15 <= len(compact) <= 34:
        return False
    moved = compact[4:] + compact[:4]
    number = "".join(str(int(char, 36)) for char in moved)
    return int(number) % 97 == 1


def _card(match: re.Match[str]) -> tuple[int, int] | None:
    digits = "".join(_DIGITS.findall(match.group()))
    return match.span() if _luhn(digits) else None


def _iban(match: re.Match[str]) -> tuple[int, int] | None:
    # Trailing capitalised words ("... 7654 32 OK") can join the candidate: drop
    # whole space-separated groups from the end until the check passes.
    candidate = match.group()
    while True:
        if _iban_valid(candidate.replace(" ", "")):
            return match.start(), match.start() + len(candidate)
        cut = candidate.rfind(" ")
        if cut < 4:
            return None
        candidate = candidate[:cut]


def _ip_address(match: re.Match[str]) -> tuple[int, int] | None:
    octets = match.group().split(".")
    return match.span() if all(int(octet) <= 255 for octet in octets) else None


def _phone(match: re.Match[str]) -> tuple[int, int] | None:
    text = match.group()
    digits = _DIGITS.findall(text)
    if not 7 <= len(digits) <= 15:
        return None
    body = text.lstrip("+ ")
    if body.isdigit() and not text.startswith("+") and len(digits) < 10:
        return None
    groups = tuple(len(group) for group in re.split(r"[^0-9]+", body) if group)
    if groups in _DATE_SHAPES and not text.startswith(("+", "(")):
        return None
    return match.span()


_NEEDS_AT = frozenset({PersonalDataKind.EMAIL, PersonalDataKind.HANDLE})


def _whole(match: re.Match[str]) -> tuple[int, int] | None:
    return match.span()


_CHECKS: dict[PersonalDataKind, Callable[[re.Match[str]], tuple[int, int] | None]] = {
    PersonalDataKind.EMAIL: _whole,
    PersonalDataKind.IBAN: _iban,
    PersonalDataKind.CARD: _card,
    PersonalDataKind.IP_ADDRESS: _ip_address,
    PersonalDataKind.PHONE: _phone,
    PersonalDataKind.HANDLE: _whole,
}


def _kinds(kinds: Iterable[PersonalDataKind | str] | None) -> tuple[PersonalDataKind, ...]:
    if kinds is None:
        return tuple(PersonalDataKind)
    if isinstance(kinds, str):
        raise InputTypeError(
            ErrorCode.BAD_ARGUMENT, "kinds must be a collection of kinds, not one string"
        )
    chosen: set[PersonalDataKind] = set()
    for kind in kinds:
        try:
            chosen.add(PersonalDataKind(kind))
        except ValueError:
            known = ", ".join(k.value for k in PersonalDataKind)
            raise InputError(
                ErrorCode.BAD_ARGUMENT, f"unknown kind of personal data {kind!r}; known: {known}"
            ) from None
    return tuple(kind for kind in PersonalDataKind if kind in chosen)


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise InputTypeError(
            ErrorCode.BAD_ARGUMENT, f"text must be a str, not {type(text).__name__}"
        )
    return text


def find_personal_data(
    text: str, *, kinds: Iterable[PersonalDataKind | str] | None = None
) -> tuple[PersonalData, ...]:
    """Every item of personal data in ``text``, sorted by position, none overlapping.

    Kinds are looked for in the order of :class:`PersonalDataKind`; a later kind's
    match that overlaps an earlier kind's is dropped (the digits of
    ``jo.5551234567@example.com`` are part of an e-mail address, not a phone).

    Args:
        text: The text to search.
        kinds: The kinds to look for (all when ``None``).

    Raises:
        InputTypeError: ``D104`` when ``text`` is not a ``str``.
        InputError: ``D104`` for an unknown kind.

    Examples:
        >>> [(item.kind.value, item.text) for item in find_personal_data("mail jo@example.com")]
        [('email', 'jo@example.com')]
    """
    text = _check_text(text)
    found: list[PersonalData] = []
    for kind in _kinds(kinds):
        if kind in _NEEDS_AT and "@" not in text:
            continue
        added: list[PersonalData] = []
        at = 0
        for match in _PATTERNS[kind].finditer(text):
            span = _CHECKS[kind](match)
            if span is None:
                continue
            start, end = span
            # `found` is sorted and free of overlaps, so its ends increase too.
            while at < len(found) and found[at].end <= start:
                at += 1
            if at < len(found) and found[at].start < end:
                continue
            added.append(PersonalData(start=start, end=end, text=text[start:end], kind=kind))
        if added:
            found = sorted([*found, *added], key=lambda item: item.start)
    return tuple(found)


def redact(text: str, *, kinds: Iterable[PersonalDataKind | str] | None = None) -> str:
    """``text`` with every item of personal data replaced by its kind's mask.

    Characters outside the items are kept exactly; text with no item comes back
    unchanged. The result holds no item any more: masking can expose a new one (a
    number that followed an e-mail address now follows ``]``), so the search runs
    again on the result until it finds nothing. Every pass removes at least one
    digit or ``@`` and adds none, so the passes end.

    Args:
        text: The text to mask.
        kinds: The kinds to mask (all when ``None``).

    Raises:
        InputTypeError: ``D104`` when ``text`` is not a ``str``.
        InputError: ``D104`` for an unknown kind.

    Examples:
        >>> redact("@jo_doe my IBAN is GB82 WEST 1234 5698 7654 32, thanks")
        '[handle] my IBAN is [iban], thanks'
        >>> redact("@jo_doe call me", kinds=["phone"])
        '@jo_doe call me'
    """
    text = _check_text(text)
    chosen = _kinds(kinds)
    while True:
        items = find_personal_data(text, kinds=chosen)
        if not items:
            return text
        pieces: list[str] = []
        last = 0
        for item in items:
            pieces += [text[last : item.start], item.kind.mask]
            last = item.end
        pieces.append(text[last:])
        text = "".join(pieces)
