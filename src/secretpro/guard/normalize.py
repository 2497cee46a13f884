"""Accent- and case-folding that keeps every character at its place.

Recognizers search a folded copy of the text (lower case, no diacritics, one kind of apostrophe),
so "SÉJOUR", "séjour" and "sejour" match alike. The fold maps each code point to exactly one code
point, so an offset in the folded copy is the same offset in the original text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_PUNCTUATION = {
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "`": "'",
    "\u00b4": "'",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\u2010": "-",
    "\u2011": "-",
    "\u00ad": "-",
}


def _fold_char(char: str) -> str:
    if char in _PUNCTUATION:
        return _PUNCTUATION[char]
    base = unicodedata.normalize("NFD", char)[0]
    lowered = base.lower()
    # Some lower-case forms are two code points (e.g. "İ"); keep the offsets exact instead.
    return lowered if len(lowered) == 1 else base


@cache
def _table() -> dict[int, str]:
    # Latin, Latin-1, Latin Extended-A/B, Greek and Cyrillic cover the scripts of the messages;
    # other code points are left as they are (still one code point each).
    table: dict[int, str] = {}
    for code in range(0x0000, 0x0530):
        char = chr(code)
        folded = _fold_char(char)
        if folded != char:
            table[code] = folded
    for char, folded in _PUNCTUATION.items():
        table[ord(char)] = folded
    for code in range(0x1E00, 0x1F00):  # Latin Extended Additional (Vietnamese, etc.)
        char = chr(code)
        folded = _fold_char(char)
        if folded != char:
            table[code] = folded
    return table


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@cache
def _fold_one(char: str) -> str:
    return _table().get(ord(char), char)


def _fold_match(match: re.Match[str]) -> str:
    return _fold_one(match.group(0))


def fold(text: str) -> str:
    """Lower-case, diacritic-free copy of ``text`` with the same length."""
    if text.isascii():
        return text.lower().replace("`", "'")
    lowered = text.lower()
    if len(lowered) != len(text):
        return text.translate(_table())  # a rare character whose lower case is two code points
    # str.lower() is fast; only the (few) non-ASCII characters need the table.
    return _NON_ASCII.sub(_fold_match, lowered).replace("`", "'")
