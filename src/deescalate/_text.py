"""Fold a message into the view the rules read, and map spans back to the original.

The folded view is lower-case, with HTML entities decoded, zero-width characters
removed, compatibility forms and accents folded, Cyrillic and Greek look-alikes
inside Latin words replaced by Latin letters, @handles, URLs and e-mail
addresses blanked out, leetspeak spelled out, spaced-out letters joined and
letter runs of three or more cut to two. Rules match the folded view; every
span they find is mapped back through the recorded edits, so a hit always
points at the original characters (``original[start:end]``), including any
zero-width characters or separators inside it.

Each stage either keeps the length (a one-to-one character replacement, which
needs no bookkeeping) or records its edits. Mapping a position back walks the
recorded stages in reverse with a binary search each, so the cost is paid per
hit, not per character.
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Folded", "fold"]


@dataclass(frozen=True, slots=True)
class _Stage:
    """The edits one normalisation stage made, as parallel sorted tuples."""

    new_starts: tuple[int, ...]
    new_ends: tuple[int, ...]
    old_starts: tuple[int, ...]
    old_ends: tuple[int, ...]

    def to_old_start(self, pos: int) -> int:
        """Where the character at ``pos`` of the new text came from."""
        i = bisect_right(self.new_starts, pos) - 1
        if i < 0:
            return pos
        if pos < self.new_ends[i]:
            return self.old_starts[i]
        return pos - self.new_ends[i] + self.old_ends[i]

    def to_old_end(self, end: int) -> int:
        """The exclusive end in the old text of a span ending at ``end`` in the new text."""
        if end <= 0:
            return 0
        last = end - 1
        i = bisect_right(self.new_starts, last) - 1
        if i < 0:
            return end
        if last < self.new_ends[i]:
            return self.old_ends[i]
        return last - self.new_ends[i] + self.old_ends[i] + 1


@dataclass(frozen=True, slots=True)
class Folded:
    """A message and its folded view, with the edits that lead from one to the other."""

    original: str
    text: str
    stages: tuple[_Stage, ...] = ()

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the folded view to the original text."""
        for stage in reversed(self.stages):
            start, end = stage.to_old_start(start), stage.to_old_end(end)
        return start, end


_Replacer = Callable[["re.Match[str]"], str | None]


def _rewrite(text: str, pattern: re.Pattern[str], replace: _Replacer) -> tuple[str, _Stage | None]:
    """Replace matches of ``pattern``; record an edit wherever the length changes.

    Same-length replacements are one-to-one character substitutions and map
    back by identity, so they are not recorded.
    """
    pieces: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    old_starts: list[int] = []
    old_ends: list[int] = []
    last = 0
    out = 0
    for match in pattern.finditer(text):
        new = replace(match)
        if new is None:
            continue
        start, end = match.span()
        pieces.append(text[last:start])
        out += start - last
        pieces.append(new)
        if len(new) != end - start:
            new_starts.append(out)
            new_ends.append(out + len(new))
            old_starts.append(start)
            old_ends.append(end)
        out += len(new)
        last = end
    if not pieces:
        return text, None
    pieces.append(text[last:])
    stage = (
        _Stage(tuple(new_starts), tuple(new_ends), tuple(old_starts), tuple(old_ends))
        if new_starts
        else None
    )
    return "".join(pieces), stage


# --- Stage 1: HTML entities ("&amp;", "&#39;", "&#128514;") as tweets and scraped text carry them.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")


def _decode_entity(match: re.Match[str]) -> str | None:
    decoded = html.unescape(match.group())
    return None if decoded == match.group() else decoded


# --- Stage 2: invisible characters that split words without showing (zero-width space,
# joiners, word joiner, BOM, soft hyphen, bidi controls, Mongolian vowel separator).
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]+")

# --- Stage 3: non-ASCII characters, folded one by one.
# Cyrillic and Greek letters that look like Latin ones. They are only replaced inside
# words that also contain a Latin letter, so Russian and Greek text stay as they are.
_CONFUSABLE = str.maketrans(
    {
        "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
        "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j",
        "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l", "һ": "h", "ɡ": "g",
        "А": "a", "В": "b", "Е": "e", "К": "k", "М": "m", "Н": "h", "О": "o", "Р": "p",
        "С": "c", "Т": "t", "У": "y", "Х": "x", "І": "i", "Ј": "j", "Ѕ": "s",
        "α": "a", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
        "υ": "u", "χ": "x", "Α": "a", "Β": "b", "Ε": "e", "Ι": "i", "Κ": "k", "Μ": "m",
        "Ν": "n", "Ο": "o", "Ρ": "p", "Τ": "t", "Υ": "y", "Χ": "x", "Ζ": "z", "Η": "h",
    }
)  # fmt: skip
# The other way round: Latin letters that look like Cyrillic ones, replaced only inside a
# word that is Cyrillic for sure (it holds a Cyrillic letter with no Latin twin, such as
# "и" or "д"), so that "идиoт" with a Latin "o" reads "идиот". One letter for one letter:
# positions do not move.
_LATIN_LOOKALIKE = str.maketrans(
    {
        "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "k": "к",
        "A": "а", "B": "в", "C": "с", "E": "е", "H": "н", "K": "к", "M": "м", "O": "о",
        "P": "р", "T": "т", "X": "х", "Y": "у",
    }
)  # fmt: skip
_TWINLESS_CYRILLIC = frozenset(
    char
    for char in map(chr, range(0x0400, 0x0500))
    if char.isalpha() and ord(char) not in _CONFUSABLE
)
# From the start of a word to its first ASCII letter, then to the end of the word: each
# word is read once, so long runs of letters stay linear.
_MIXED_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_a-zA-Z]*[a-zA-Z][^\W\d_]*")


def _latin_in_cyrillic(text: str) -> str:
    """Replace Latin look-alikes inside Cyrillic words (same length, same positions)."""

    def fix(match: re.Match[str]) -> str:
        word = match.group()
        if any(char in _TWINLESS_CYRILLIC for char in word):
            return word.translate(_LATIN_LOOKALIKE)
        return word

    return _MIXED_WORD.sub(fix, text)


# Typographic punctuation folded to the ASCII forms the rules are written with.
_PUNCTUATION = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
        "\u02bc": "'", "\uff07": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2015": "-", "\u2212": "-",
        "\u2026": "...",
    }
)  # fmt: skip
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    """Fold one non-ASCII character: punctuation, compatibility forms, case and accents."""
    mapped = char.translate(_PUNCTUATION)
    if mapped != char:
        return mapped
    if unicodedata.category(char) == "Zs":
        return " "
    folded = unicodedata.normalize("NFKC", char).casefold()
    out = []
    for piece in folded:
        decomposed = unicodedata.normalize("NFD", piece)
        base = decomposed[0]
        # Accents on a Latin letter ("ìdìòt") are dropped; letters such as Russian "й"
        # keep theirs because their base is not ASCII.
        if (
            len(decomposed) > 1
            and base.isascii()
            and base.isalpha()
            and all(unicodedata.combining(mark) for mark in decomposed[1:])
        ):
            out.append(base)
        else:
            out.append(piece)
    return "".join(out)


def _is_ascii_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _fold_non_ascii(text: str) -> tuple[str, _Stage | None]:
    """Fold every run of non-ASCII characters, one character at a time."""
    pieces: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    old_starts: list[int] = []
    old_ends: list[int] = []
    last = 0
    out = 0
    for match in _NON_ASCII_RUN.finditer(text):
        start, end = match.span()
        run = match.group()
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if _is_ascii_letter(before) or _is_ascii_letter(after):
            run = run.translate(_CONFUSABLE)
        pieces.append(text[last:start])
        out += start - last
        for offset, char in enumerate(run):
            folded = char if char.isascii() else _fold_char(char)
            if len(folded) != 1:
                new_starts.append(out)
                new_ends.append(out + len(folded))
                old_starts.append(start + offset)
                old_ends.append(start + offset + 1)
            pieces.append(folded)
            out += len(folded)
        last = end
    pieces.append(text[last:])
    stage = (
        _Stage(tuple(new_starts), tuple(new_ends), tuple(old_starts), tuple(old_ends))
        if new_starts
        else None
    )
    return "".join(pieces), stage


# --- Stage 4: blank out what is an address, not language: URLs, e-mail addresses,
# @handles, anonymisation masks ("__email__", "<url>") and bare links ("bit.ly/x").
# Replaced by spaces of the same length, so positions do not move. Each kind has a
# cheap test first, since most messages hold none of them.
_URL = re.compile(r"(?:https?:/?/?|www\.)\S+")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
_EMAIL_HINT = re.compile(r"\w@\w")
_HANDLE = re.compile(r"(?<![\w@])@\w+")
_MASK = re.compile(r"__[a-z]{1,20}__|<url>")
_TLD = r"\.(?:com|net|org|ly|co|to|io|me|gl|gd|uk|de|app|info|tv|fm)"
_DOMAIN = re.compile(
    rf"(?<![\w.-])[a-z0-9-]{{1,63}}(?:\.[a-z0-9-]{{1,63}}){{0,8}}{_TLD}(?:/\S*|\b)"
)
_DOMAIN_HINT = re.compile(rf"{_TLD}\b")


def _blank_addresses(text: str) -> str:
    if "http" in text or ":/" in text or "www." in text:
        text = _URL.sub(_blank, text)
    if "@" in text:
        if _EMAIL_HINT.search(text):
            text = _EMAIL.sub(_blank, text)
        text = _HANDLE.sub(_blank, text)
    if "__" in text or "<url>" in text:
        text = _MASK.sub(_blank, text)
    if "." in text and _DOMAIN_HINT.search(text):
        text = _DOMAIN.sub(_blank, text)
    return text


def _blank(match: re.Match[str]) -> str:
    return " " * (match.end() - match.start())


# --- Stage 5: leetspeak ("sh1t", "1d10t", "a$$", "b!tch"), spelled out one for one.
# A letter next to a leet character ("!" only between letters: "idiot!" is not leet).
_LEET_HINT = re.compile(r"[a-z][013457@$|]|[013457@$][a-z]|[a-z]![a-z]")
_LEET_TOKEN = re.compile(
    r"(?<![a-z0-9@$!|])"
    r"(?=[a-z0-9@$!|]{0,60}?(?:[a-z][013457@$|]|[013457@$][a-z]|[a-z]![a-z]))"
    r"[a-z0-9@$]+(?:[!|]+[a-z0-9@$]+)*"
)
_LEET = str.maketrans("013457@$!|", "oieastasil")
# Ordinary tokens that mix letters and digits: "4pm", "2nd", "10gb", "45mins", "3days",
# "iphone7", "ps4".
_NOT_LEET = re.compile(
    r"[0-9]{1,30}[a-z]{1,3}|[0-9]{2,30}[a-z]{1,12}|[a-z]{1,12}[0-9]{1,30}"
    r"|[0-9](?:mins?|minutes?|hours?|hrs|days?|weeks?|months?|years?|yrs|secs?|times)"
)


def _spell_leet(match: re.Match[str]) -> str | None:
    token = match.group()
    letters = sum(char.isalpha() for char in token)
    # Mostly digits is a number or a code, not a word: "1z999aa1012".
    if letters == 0 or len(token) - letters > letters + 1 or _NOT_LEET.fullmatch(token):
        return None
    spelled = token.translate(_LEET)
    return None if spelled == token else spelled


def _spell_leet_or_keep(match: re.Match[str]) -> str:
    spelled = _spell_leet(match)
    return match.group() if spelled is None else spelled


# --- Stage 6: spaced-out letters ("y o u  i d i o t", "f.u.c.k"): three or more single
# letters joined by single separators become one word. Two or more spaces still
# separate words, so "y o u  i d i o t" reads "you  idiot".
_SPACED = re.compile(r"(?<![\w'])(?:[^\W\d_][ .\-_*](?=[^\W\d_]))+[^\W\d_](?![\w'])")


def _join_spaced(match: re.Match[str]) -> str | None:
    letters = match.group()[::2]
    if len(letters) >= 3:
        return letters
    # Two letters ("a n") only inside text that spaces its words with two spaces
    # ("y o u  a r e  a n  i d i o t"): a real double space on one side at least.
    text, start, end = match.string, match.start(), match.end()
    wide_before = text[max(0, start - 2) : start] == "  "
    wide_after = text[end : end + 2] == "  "
    edges = (wide_before or start == 0) and (wide_after or end == len(text))
    return letters if edges and (wide_before or wide_after) and text[end - 2] == " " else None


# --- Stage 7: letter runs of three or more are cut to two ("stuuupid" -> "stuupid",
# "goooood" -> "good"); rules tolerate a doubled letter, so both forms match.
_LONG_RUN = re.compile(r"([^\W\d_])\1{2,}")
_ASCII_LONG_RUN = re.compile(r"([a-z])\1\1")  # the same test, faster, for ASCII text


def _cut_run(match: re.Match[str]) -> str:
    return match.group(1) * 2


def fold(text: str) -> Folded:
    """Fold ``text`` into the view rules match against (see the module docstring)."""
    stages: list[_Stage] = []

    def keep(stage: _Stage | None) -> None:
        if stage is not None:
            stages.append(stage)

    current = text
    if "&" in current:
        current, stage = _rewrite(current, _ENTITY, _decode_entity)
        keep(stage)
    if not current.isascii():
        current, stage = _rewrite(current, _INVISIBLE, lambda _match: "")
        keep(stage)
        current = _latin_in_cyrillic(current)
        current, stage = _fold_non_ascii(current)
        keep(stage)
    lowered = current.lower()
    if len(lowered) != len(current):  # cannot happen after stage 3, but never trust it
        lowered = "".join(char.lower() if char.isascii() else char for char in current)
    current = lowered
    # Each later stage first checks cheaply whether it has anything to do.
    current = _blank_addresses(current)
    if _LEET_HINT.search(current):
        current = _LEET_TOKEN.sub(_spell_leet_or_keep, current)
    if _SPACED.search(current):
        current, stage = _rewrite(current, _SPACED, _join_spaced)
        keep(stage)
    if (_ASCII_LONG_RUN if current.isascii() else _LONG_RUN).search(current):
        current, stage = _rewrite(current, _LONG_RUN, _cut_run)
        keep(stage)
    return Folded(original=text, text=current, stages=tuple(stages))
