"""A form's health field: "Diagnose: gevorderde dementie van het alzheimertype", "Allergie : latex",
"Medicatie: Durogesic pleister 25 µg". The value is a fact about the person whatever words it
holds ("latex", "sparadrap", a brand the lexicon does not know); the lexicons found a word or two
of it and left the rest ("Antécédents : amputation de la jambe gauche au-dessus du genou en 2024").
The labels and the values that tell nothing are in data/health_fields.tsv."""

from __future__ import annotations

import re
from functools import cache

from secretpro.guard import fastre
from secretpro.guard.hints import has_any, hint_words
from secretpro.guard.lexicon import read_entries
from secretpro.guard.model import Doc, Finding, new_finding

_CARE_LABELS = frozenset({"traitement", "traitements", "behandeling"})
# where a value stops: a table's next cell, or a sentence's end ("Diagnostic: déchirure de la
# rétine, avec risque de décollement. “C'est une urgence!” ...": the doctor's words after it)
_VALUE_END = fastre.compile(r"[|\t]|[.!?](?=[ \t]+[^\W\d_a-z]|[ \t]*[“\"«(])")


@cache
def _entries() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for kind, text in read_entries("health_fields.tsv"):
        kinds.setdefault(kind, set()).add(text)
    return {kind: frozenset(texts) for kind, texts in kinds.items()}


@cache
def _label() -> re.Pattern[str]:
    """A line's start up to a colon that names a health field (its label, a bullet before it)."""
    labels = sorted(_entries()["label"], key=len, reverse=True)
    return fastre.compile(
        r"[ \t]*(?:[-*•][ \t]*)?(?:" + "|".join(re.escape(label) for label in labels) + r")[ \t]*"
    )


_LABEL_REACH = 40  # characters from a line's start to its colon, at most

_HINTS = hint_words(*(word.split()[0] for word in _entries()["label"]))


def find_health_fields(doc: Doc) -> list[Finding]:
    if ":" not in doc.text or not has_any(doc, _HINTS):
        return []
    folded, text = doc.folded, doc.text
    entries = _entries()
    out: list[Finding] = []
    # (colons are few: each is looked at, and the line before it read as a label or not)
    colon = folded.find(":")
    while colon >= 0:
        line_start = folded.rfind("\n", 0, colon) + 1
        label = _label().fullmatch(folded, line_start, colon) if colon - line_start <= _LABEL_REACH else None
        value_start = colon + 1
        colon = folded.find(":", value_start)
        if label is None:
            continue
        while value_start < len(folded) and folded[value_start] in " \t":
            value_start += 1
        line_end = folded.find("\n", value_start)
        line_end = len(folded) if line_end < 0 else line_end
        stop = _VALUE_END.search(text, value_start, line_end)
        end = stop.start() if stop is not None else line_end
        value = folded[value_start:end].rstrip(" \t.,;:")
        if not value or value in entries["empty"]:
            continue
        if folded[line_start:value_start].strip(" \t-*•:") in _CARE_LABELS and value in entries["not_care"]:
            continue
        out.append(
            new_finding(value_start, value_start + len(value), "HEALTH", "health_field", f"santé : {value}")
        )
    return out
