"""A form's health or residence field: "Diagnose: gevorderde dementie van het alzheimertype", "Allergie :
latex", "Medicatie: Durogesic pleister 25 µg", "Statut de séjour : attestation d'immatriculation
(regroupement familial ...)", "Verblijf: zonder wettig verblijf sinds 2022". The value is a fact about
the person whatever words it holds ("latex", "sparadrap", a brand the lexicon does not know); the
lexicons found a word or two of it and left the rest ("Antécédents : amputation de la jambe gauche
au-dessus du genou en 2024"). The labels and the values that tell nothing are in
data/field_values.tsv."""

from __future__ import annotations

import re
from functools import cache

from secretpro.guard import fastre
from secretpro.guard.hints import has_any, hint_words
from secretpro.guard.lexicon import read_lines
from secretpro.guard.model import Doc, Finding, new_finding

# where a value stops: a table's next cell, a semicolon before a title ("Diagnostic : VIH; Dr
# Lemaire": who signs; "carte B ; Mme et Ayaan : regroupement familial" goes on), or a sentence's end
# ("Diagnostic: déchirure de la rétine, avec risque de décollement. “C'est une urgence!” ...": the
# doctor's words after it)
_VALUE_END = fastre.compile(
    r"[|\t]|;(?=[ \t]*(?:[Dd][Rr]|[Dd]octeur|[Pp]rof|[Dd]hr|[Mm]evr)\b)"
    r"|[.!?](?=[ \t]+[^\W\d_a-z]|[ \t]*[“\"«(])"
)
_LABEL_REACH = 40  # characters from a line's start to its colon, at most
_EXPLANATION = {"HEALTH": "santé", "ADMIN_STATUS": "séjour"}


@cache
def _entries() -> dict[tuple[str, str], frozenset[str]]:
    """(kind, category) -> the folded texts of that kind."""
    kinds: dict[tuple[str, str], set[str]] = {}
    for line in read_lines("field_values.tsv"):
        kind, category, text = line.split("\t")
        kinds.setdefault((kind, category), set()).add(text.strip())
    return {key: frozenset(texts) for key, texts in kinds.items()}


@cache
def _labels() -> dict[str, str]:
    """Each label and its category."""
    return {
        label: category
        for (kind, category), texts in _entries().items()
        if kind == "label"
        for label in texts
    }


@cache
def _label() -> re.Pattern[str]:
    """A line's start up to a colon that names a field (its label, a bullet before it)."""
    labels = sorted(_labels(), key=len, reverse=True)
    return fastre.compile(
        r"[ \t]*(?:[-*•][ \t]*)?(?P<label>" + "|".join(re.escape(label) for label in labels) + r")[ \t]*"
    )


_HINTS = hint_words(*{label.split()[0] for label in _labels()})


def find_field_values(doc: Doc) -> list[Finding]:
    if ":" not in doc.text or not has_any(doc, _HINTS):
        return []
    folded, text = doc.folded, doc.text
    entries, labels = _entries(), _labels()
    out: list[Finding] = []
    # (colons are few: each is looked at, and the line before it read as a label or not; the line's
    # start is looked for back to the colon before, not to the text's start: a line of 100,000 colons
    # took 0.43 s)
    colon = folded.find(":")
    line_start, searched_to = 0, 0
    while colon >= 0:
        newline = folded.rfind("\n", searched_to, colon)
        line_start = newline + 1 if newline >= 0 else line_start
        searched_to = colon
        label = _label().fullmatch(folded, line_start, colon) if colon - line_start <= _LABEL_REACH else None
        value_start = colon + 1
        colon = folded.find(":", value_start)
        if label is None:
            continue
        while value_start < len(folded) and folded[value_start] in " \t":
            value_start += 1
        line_end = folded.find("\n", value_start)
        line_end = len(folded) if line_end < 0 else line_end
        if folded[value_start:line_end].strip(" \t\r") == "" and line_end < len(folded):
            # the value on the next line, as a PDF's form pasted gives it ("Diagnose:⏎Korsakov"),
            # unless that line is another field or blank
            next_end = folded.find("\n", line_end + 1)
            next_end = len(folded) if next_end < 0 else next_end
            if ":" in folded[line_end + 1 : next_end] or not folded[line_end + 1 : next_end].strip():
                continue
            value_start = line_end + 1
            while value_start < next_end and folded[value_start] in " \t":
                value_start += 1
            line_end = next_end
        stop = _VALUE_END.search(text, value_start, line_end)
        end = stop.start() if stop is not None else line_end
        value = folded[value_start:end].rstrip(" \t\r.,;:")
        category = labels[label.group("label")]
        if not value or value in entries.get(("empty", category), ()):
            continue
        if (
            label.group("label") in entries[("handling_label", "HEALTH")]
            and value in entries[("handling", "HEALTH")]
        ):
            continue
        out.append(
            new_finding(
                value_start,
                value_start + len(value),
                category,
                "field_value",
                f"{_EXPLANATION[category]} : {value}",
            )
        )
    return out
