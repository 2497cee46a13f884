"""What the centre tests share: how a sentence about someone's centre goes on after its commune, and
whether one address finding covers a stretch of the text."""

from __future__ import annotations

from secretpro.guard import scan

# how the sentence goes on after the commune, in each language
AFTER = {
    "fr": ["", ".", " depuis mars.", ", avec ses deux enfants."],
    "nl": ["", ".", " sinds maart.", " met haar twee kinderen."],
}


def address_covers(text: str, start: int, end: int) -> bool:
    """Whether one ADDRESS finding covers ``text[start:end]``: redacting it leaves none of it."""
    return any(
        f.category == "ADDRESS" and f.start <= start and end <= f.end
        for f in scan(text, profile="strict").findings
    )
