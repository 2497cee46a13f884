"""Which language a message is written in (French or Dutch), for the redaction labels."""

from __future__ import annotations

import re
from typing import Literal

_WORD = re.compile(r"[a-z']+")
_FRENCH = frozenset(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "de",
        "un",
        "une",
        "et",
        "est",
        "il",
        "elle",
        "nous",
        "vous",
        "pour",
        "avec",
        "dans",
        "sur",
        "au",
        "aux",
        "que",
        "qui",
        "ne",
        "pas",
        "par",
        "son",
        "sa",
        "ses",
        "votre",
        "notre",
        "madame",
        "monsieur",
        "bonjour",
        "cordialement",
        "depuis",
        "l'interesse",
        "l'interessee",
    ]
)
_DUTCH = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "is",
        "hij",
        "zij",
        "wij",
        "u",
        "voor",
        "met",
        "in",
        "op",
        "van",
        "aan",
        "dat",
        "die",
        "niet",
        "ook",
        "bij",
        "naar",
        "uw",
        "ons",
        "mevrouw",
        "meneer",
        "geachte",
        "beste",
        "groeten",
        "sinds",
        "werd",
        "wordt",
        "heeft",
        "zijn",
        "dag",
    ]
)

Language = Literal["fr", "nl"]


def detect_language(folded: str) -> Language:
    """The majority language of the function words; French when undecided (the default)."""
    french = dutch = 0
    for word in _WORD.findall(folded):
        if word in _FRENCH:
            french += 1
        if word in _DUTCH:
            dutch += 1
    return "nl" if dutch > french else "fr"
