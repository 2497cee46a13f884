"""Health, status and birth words used in another sense (``data/other_senses.tsv``).

"notre service est malade du manque de personnel", "de begroting moet een bloedtransfusie krijgen",
"annexe 26 du rapport financier", "asiel voor dieren": the words are a category's, the sentence is
about a thing. Each entry drops the findings of its categories that its match holds ("inside") or
that start right after it ("before"); only the text around each finding is searched.
"""

from __future__ import annotations

import re
from functools import cache

from secretpro.guard import fastre
from secretpro.guard.lexicon import read_lines
from secretpro.guard.model import Doc, Finding

_REACH = 160  # how far around a finding an "inside" match may start or end, or a "before" one start


@cache
def _entries() -> tuple[tuple[frozenset[str], bool, re.Pattern[str]], ...]:
    out = []
    for line in read_lines("other_senses.tsv"):
        categories, where, pattern = line.split("\t")
        before = where == "before"
        compiled = fastre.compile(f"(?:{pattern})$" if before else pattern)
        out.append((frozenset(categories.split(",")), before, compiled))
    return tuple(out)


def _other_sense(folded: str, f: Finding) -> bool:
    low = f.start - _REACH if f.start > _REACH else 0
    for categories, before, pattern in _entries():
        if f.category not in categories:
            continue
        if before:
            if pattern.search(folded, low, f.start) is not None:
                return True
            continue
        for m in pattern.finditer(folded, low, f.end + _REACH):
            if m.start() <= f.start and f.end <= m.end():
                return True
    return False


def drop_other_senses(doc: Doc, findings: list[Finding]) -> list[Finding]:
    """``findings`` without the health, status and birth words used of a thing."""
    categories = frozenset().union(*(entry[0] for entry in _entries()))
    if not any(f.category in categories for f in findings):
        return findings
    folded = doc.folded
    return [f for f in findings if f.category not in categories or not _other_sense(folded, f)]
