"""Health, status and birth words used in another sense (``data/other_senses.tsv``).

"notre service est malade du manque de personnel", "de begroting moet een bloedtransfusie krijgen",
"annexe 26 du rapport financier", "asiel voor dieren": the words are a category's, the sentence is
about a thing. Each entry drops the findings of its categories that its match holds ("inside") or
that start at most three words after it ("before": the thing and its verb). Every match holds one of
its entry's hint words: an entry is tried only on a text that holds one (read with the lexicons, in
one pass), and only around the places where one occurs.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from secretpro.guard import fastre
from secretpro.guard.hints import found_hints, hint_words
from secretpro.guard.lexicon import read_lines
from secretpro.guard.model import Doc, Finding

# how far a match may run before and after its hint word: an "inside" match around it, a "before"
# one a determiner before its thing and a verb after ("de begroting 2027 moet")
_REACH = {False: (130, 130), True: (20, 45)}


class _Entry(NamedTuple):
    categories: frozenset[str]
    before: bool
    hints: frozenset[str]
    pattern: re.Pattern[str]


def _read() -> tuple[_Entry, ...]:
    out = []
    for line in read_lines("other_senses.tsv"):
        categories, where, hints, pattern = line.split("\t")
        out.append(
            _Entry(
                frozenset(categories.split(",")),
                where == "before",
                hint_words(*hints.split("|")),  # (registered at import: read with the lexicons)
                fastre.compile(pattern),
            )
        )
    return tuple(out)


_ENTRIES = _read()
_CATEGORIES = frozenset().union(*(entry.categories for entry in _ENTRIES))
_HINTS = frozenset().union(*(entry.hints for entry in _ENTRIES))
# between a "before" match and the finding: up to three words, no stop ("est une vraie maladie")
_GAP = fastre.compile(r"\s+(?:[\w']+\s+){0,3}")


def _matches(folded: str, entry: _Entry, hints: frozenset[str]) -> list[tuple[int, int]]:
    """The spans of ``entry``'s matches, searched around each occurrence of its ``hints``."""
    spans: set[tuple[int, int]] = set()
    back, ahead = _REACH[entry.before]
    for hint in hints:
        at = folded.find(hint)
        while at >= 0:
            low = at - back if at > back else 0
            spans.update(m.span() for m in entry.pattern.finditer(folded, low, at + len(hint) + ahead))
            at = folded.find(hint, at + 1)
    return sorted(spans)


def _other_sense(folded: str, f: Finding, found: list[tuple[_Entry, list[tuple[int, int]]]]) -> bool:
    for entry, spans in found:
        if f.category not in entry.categories:
            continue
        for start, end in spans:
            if entry.before:
                if end <= f.start and _GAP.fullmatch(folded, end, f.start):
                    return True
            elif start <= f.start and f.end <= end:
                return True
    return False


def drop_other_senses(doc: Doc, findings: list[Finding]) -> list[Finding]:
    """``findings`` without the health, status and birth words used of a thing."""
    if not any(f.category in _CATEGORIES for f in findings):
        return findings
    present = _HINTS.intersection(found_hints(doc))
    if not present:
        return findings
    folded = doc.folded
    found = []
    for entry in _ENTRIES:
        hints = entry.hints & present
        if hints:
            spans = _matches(folded, entry, hints)
            if spans:
                found.append((entry, spans))
    if not found:
        return findings
    return [f for f in findings if f.category not in _CATEGORIES or not _other_sense(folded, f, found)]
