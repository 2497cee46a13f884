"""Names of public bodies and law titles: the words inside them describe no person.

"Commissariat général aux réfugiés et aux apatrides", "Secrétaire d'Etat à l'Asile et la
Migration", "loi ... sur l'accès au territoire, le séjour, l'établissement et l'éloignement des
étrangers": a status, health, address or nationality finding entirely inside one is dropped.
"""

from __future__ import annotations

from functools import cache

from secretpro.guard.lexicon import TermMatcher, read_entries
from secretpro.guard.model import Doc, Finding

# the categories a word inside an institution's name may wrongly be read as
NEUTRALISED = frozenset({"HEALTH", "ADMIN_STATUS", "ADDRESS", "NATIONALITY", "PERSON_NAME"})


@cache
def _institutions() -> TermMatcher:
    return TermMatcher(read_entries("institutions.txt", "INSTITUTION"), typos=True)


def term_matchers() -> tuple[TermMatcher, ...]:
    """The lexicons this module searches documents with (for the scanner's shared automaton)."""
    return (_institutions(),)


def spans(doc: Doc) -> list[tuple[int, int]]:
    """Where the names of public bodies and law titles are in ``doc``."""
    return doc.memo("institutions", lambda d: [(m.start, m.end) for m in _institutions().find(d)])


def drop_inside_institutions(doc: Doc, findings: list[Finding]) -> list[Finding]:
    names = spans(doc)
    if not names:
        return findings
    return [f for f in findings if not any(_neutralised(f, a, b) for a, b in names)]


def _neutralised(f: Finding, start: int, end: int) -> bool:
    """A finding inside the name, or a street whose street-type word is the name's first word
    ("Cour d'Arbitrage, n°80/99" is a court and its case number, not a courtyard and a house)."""
    if f.category not in NEUTRALISED:
        return False
    if start <= f.start and f.end <= end:
        return True
    return f.category == "ADDRESS" and f.recognizer.startswith("street") and start <= f.start < end
