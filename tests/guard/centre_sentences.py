"""What the centre tests share: how a sentence about someone's centre goes on after its commune, and
whether one address finding covers a stretch of the text."""

from __future__ import annotations

from guard_helpers import finding_covers

# how the sentence goes on after the commune, in each language
AFTER = {
    "fr": ["", ".", " depuis mars.", ", avec ses deux enfants."],
    "nl": ["", ".", " sinds maart.", " met haar twee kinderen."],
}


def address_covers(text: str, start: int, end: int) -> bool:
    """Whether one ADDRESS finding covers ``text[start:end]``: redacting it leaves none of it."""
    return finding_covers(text, "ADDRESS", start, end)
