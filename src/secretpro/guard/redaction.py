"""Redaction: each blocked span becomes a bracketed label in the message's language."""

from __future__ import annotations

from collections.abc import Sequence

from secretpro.guard.model import CATEGORY_TABLE, Finding
from secretpro.i18n import translator

# msgids are French (the source language); guard.po translates them to Dutch and English.
LABELS: dict[str, str] = {category.name: category.placeholder for category in CATEGORY_TABLE}


def label(category: str, language: str) -> str:
    lang = language if language in ("fr", "nl", "en") else "fr"
    return translator(lang)(LABELS[category])  # type: ignore[arg-type]


def redact(text: str, blocked: Sequence[Finding], language: str) -> str:
    """Replace the union of the blocked spans; overlapping spans share the first one's label."""
    spans = sorted(blocked, key=lambda f: (f.start, -f.end))
    pieces: list[str] = []
    cursor = 0
    current: Finding | None = None
    current_end = -1
    for finding in spans:
        if current is not None and finding.start < current_end:
            current_end = max(current_end, finding.end)
            continue
        if current is not None:
            pieces.append(text[cursor : current.start])
            pieces.append(label(current.category, language))
            cursor = current_end
        current = finding
        current_end = finding.end
    if current is not None:
        pieces.append(text[cursor : current.start])
        pieces.append(label(current.category, language))
        cursor = current_end
    pieces.append(text[cursor:])
    return "".join(pieces)
