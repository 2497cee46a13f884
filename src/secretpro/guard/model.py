"""The guard's vocabulary: categories, findings, the document being scanned."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from secretpro.guard.normalize import fold

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

    def __post_init__(self) -> None:
        object.__setattr__(self, "folded", fold(self.text))

    @cached_property
    def mostly_lower(self) -> bool:
        """True when capital letters carry no information (all-lower or all-upper text)."""
        letters = [c for c in self.text if c.isalpha()]
        if not letters:
            return True
        upper = sum(1 for c in letters if c.isupper())
        return upper / len(letters) < 0.01 or upper / len(letters) > 0.7
