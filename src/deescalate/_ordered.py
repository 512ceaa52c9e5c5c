"""String enums ordered by rank (the order their members are defined in), not the alphabet."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["RankedStrEnum"]


class RankedStrEnum(StrEnum):
    """A ``str`` enum whose members compare by :attr:`rank`, the order they are defined in.

    Members compare only with members of the same enum; against anything else the
    comparisons return ``NotImplemented`` (so a plain string falls back to ``str``'s own).
    """

    @property
    def rank(self) -> int:
        """The member's place in the order: 0 for the first, up to one less than the count."""
        return type(self)._member_names_.index(self.name)

    def _other_rank(self, other: object) -> int | None:
        return other.rank if isinstance(other, type(self)) else None

    def __lt__(self, other: object) -> bool:
        rank = self._other_rank(other)
        return NotImplemented if rank is None else self.rank < rank

    def __le__(self, other: object) -> bool:
        rank = self._other_rank(other)
        return NotImplemented if rank is None else self.rank <= rank

    def __gt__(self, other: object) -> bool:
        rank = self._other_rank(other)
        return NotImplemented if rank is None else self.rank > rank

    def __ge__(self, other: object) -> bool:
        rank = self._other_rank(other)
        return NotImplemented if rank is None else self.rank >= rank
