"""The guard's vocabulary: categories, findings, the document being scanned."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar

from secretpro.guard.normalize import fold

T = TypeVar("T")

_UPPER_BYTES = bytes(range(ord("A"), ord("Z") + 1))
_LETTER_BYTES = _UPPER_BYTES + bytes(range(ord("a"), ord("z") + 1))

CATEGORIES: tuple[str, ...] = (
    "ADDRESS",
    "HEALTH",
    "ADMIN_STATUS",
    "PHONE",
    "EMAIL",
    "IBAN",
    "BIRTH_DATE",
    "NATIONAL_NUMBER",
    "PERSON_NAME",
    "NATIONALITY",
    "CPAS",
)
FORBIDDEN: frozenset[str] = frozenset(
    {"ADDRESS", "HEALTH", "ADMIN_STATUS", "PHONE", "EMAIL", "IBAN", "BIRTH_DATE"}
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One span of personal data; offsets are code points, end exclusive."""

    start: int
    end: int
    category: str
    recognizer: str
    explanation: str
    valid: bool | None = None


@dataclass(frozen=True)
class Doc:
    """A text and its folded copy (same length, so offsets are shared)."""

    text: str
    folded: str = field(init=False)
    _memo: dict[str, Any] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "folded", fold(self.text))
        object.__setattr__(self, "_memo", {})

    def memo(self, key: str, compute: Callable[[Doc], T]) -> T:
        """An intermediate result shared by several recognizers, computed once per document."""
        if key not in self._memo:
            self._memo[key] = compute(self)
        value: T = self._memo[key]
        return value

    @cached_property
    def mostly_lower(self) -> bool:
        """True when capital letters carry no information (all-lower or all-upper text)."""
        # Counting ASCII letters by deleting them (bytes.translate) is far cheaper than a regex.
        raw = self.text.encode("ascii", "ignore")
        upper = len(raw) - len(raw.translate(None, _UPPER_BYTES))
        letters = len(raw) - len(raw.translate(None, _LETTER_BYTES))
        if not letters:
            return True
        return upper / letters < 0.01 or upper / letters > 0.7
