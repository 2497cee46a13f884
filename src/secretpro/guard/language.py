"""Which language a message is written in (French or Dutch), for the redaction labels."""

from __future__ import annotations

from functools import cache
from typing import Literal

from secretpro.guard import fastre
from secretpro.guard.lexicon import read_entries

_WORD = fastre.compile(r"[a-z']+")

Language = Literal["fr", "nl"]


@cache
def _function_words() -> tuple[frozenset[str], frozenset[str]]:
    entries = read_entries("language_words.tsv")
    return (
        frozenset(word for lang, word in entries if lang == "fr"),
        frozenset(word for lang, word in entries if lang == "nl"),
    )


def detect_language(folded: str) -> Language:
    """The majority language of the function words; French when undecided (the default)."""
    french_words, dutch_words = _function_words()
    french = dutch = 0
    for word in _WORD.findall(folded):
        if word in french_words:
            french += 1
        if word in dutch_words:
            dutch += 1
    return "nl" if dutch > french else "fr"
