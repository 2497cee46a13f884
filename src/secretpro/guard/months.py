"""Month names and abbreviations as dates are written in letters (``data/months.tsv``)."""

from __future__ import annotations

from secretpro.guard.lexicon import read_lines

_ROWS = tuple(tuple(line.split("\t")) for line in read_lines("months.tsv"))

MONTH_NAMES = tuple(row[0] for row in _ROWS)
"""Every name and abbreviation, French, Dutch and English, in the file's order."""

FULL_MONTH_NAMES_FR_NL = tuple(row[0] for row in _ROWS if row[2] == "full" and row[1] in ("fr", "nl"))
"""The French and Dutch names written out, as legal acts' dates give them."""
