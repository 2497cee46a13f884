"""Free text typed into a case (a legal basis, an answer's summary, a note) may name people or give
an address: what leaves the CPAS's screens — the case PDF — carries it only through the guard's
redaction, and the register keeps it encrypted (``register.privacy.SENSITIVE_KEYS``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

FREE_TEXT_KEYS = frozenset({"legal_basis", "summary", "note", "reason"})


def redacted(text: str) -> str:
    """``text`` with every finding the strict profile forbids replaced by its category."""
    from secretpro.guard import scan

    return str(scan(text, profile="strict").redacted)


def redact_free_text(value: Any, key: str | None = None) -> Any:
    """A payload with its free-text values redacted by the guard (other values unchanged)."""
    if key in FREE_TEXT_KEYS and isinstance(value, str):
        return redacted(value)
    if isinstance(value, Mapping):
        return {name: redact_free_text(inner, str(name)) for name, inner in value.items()}
    if isinstance(value, list):
        return [redact_free_text(item) for item in value]
    return value


def blocking_categories(text: str) -> tuple[str, ...]:
    """The guard categories (strict profile) that ``text`` carries, in a stable order: what the
    worker is warned about when typing free text into a case."""
    from secretpro.guard import scan

    found = {finding.category for finding in scan(text, profile="strict").findings if not finding.allowed}
    return tuple(sorted(found))
