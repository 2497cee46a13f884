"""Names of public bodies and law titles: the words inside them describe no person.

"Commissariat général aux réfugiés et aux apatrides", "Secrétaire d'Etat à l'Asile et la
Migration", "loi ... sur l'accès au territoire, le séjour, l'établissement et l'éloignement des
étrangers": a status, health, address or nationality finding entirely inside one is dropped.
"""

from __future__ import annotations

import bisect
from functools import cache

from secretpro.guard import fastre
from secretpro.guard.hints import has_any, hint_words
from secretpro.guard.lexicon import TermMatcher, read_entries
from secretpro.guard.model import Doc, Finding
from secretpro.guard.months import FULL_MONTH_NAMES_FR_NL

# the categories a word inside an institution's name may wrongly be read as
NEUTRALISED = frozenset({"HEALTH", "ADMIN_STATUS", "ADDRESS", "NATIONALITY", "PERSON_NAME"})


@cache
def _institutions() -> TermMatcher:
    return TermMatcher(read_entries("institutions.txt", "INSTITUTION"), typos=True)


def term_matchers() -> tuple[TermMatcher, ...]:
    """The lexicons this module searches documents with (for the scanner's shared automaton)."""
    return (_institutions(),)


# The title of a legal act after its kind and date: "arrêté royal du 12 décembre 1996 relatif à
# l'aide médicale urgente", "KB van 12 december 1996 betreffende de dringende medische hulp",
# "loi du 8 juillet 1976 organique des CPAS". The title runs to the end of the clause; what it says
# about health or residence describes no person.
_MONTHS = "|".join(FULL_MONTH_NAMES_FR_NL)
_LAW_TITLE = fastre.compile(
    r"(?<![\w])(?:arrete royal|arrete ministeriel|arrete|a\.r\.|ar|a\.m\.|koninklijk besluit|"
    r"ministerieel besluit|k\.b\.|kb|m\.b\.|loi|wet|decret|decreet|ordonnance|circulaire|omzendbrief|"
    r"directive|richtlijn|reglement|verordening|programmawet|loi-programme)"
    r"(?:[ \t]+n[°o]\.?[ \t]*[\w/.-]+)?[ \t\n]+(?:du|van|d'|dd\.?)[ \t\n]*"
    r"(?:[0-9]{1,2}(?:er|e)?[ \t\n]+(?:"
    + _MONTHS
    + r")[ \t\n]+[0-9]{4}|[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2,4})"
    r"[ \t\n]*,?[ \t\n]*(?:relatif|relative|concernant|portant|sur|organique|betreffende|houdende|tot|"
    r"op|inzake|met betrekking tot)\b[^.;:()\[\]\n,]*"
)
_LAW_TITLE_HINTS = hint_words(
    "relati", "concernant", "portant", "organique", "betreffende", "houdende", "inzake", "sur l", "tot "
)


# Bodies whose acronym, folded, is a status word: the CIRÉ (an NGO) is no CIRE (a residence
# certificate). Its accent, or its small letters, tell it apart: searched on the text as written
# (twenty-second round, real_passages29's tuning half).
_ACCENTED_ACRONYMS = fastre.compile(r"(?<![\w])(?:CIRÉ|Ciré)(?![\w])")
# Written without its accent, the NGO's acronym is its own where the text spells its name out
# ("Sophie Devillé travaille au CIRE (Coordination et Initiatives pour Réfugiés et Étrangers)";
# forty-sixth round, real_passages54's tuning half).
_NGO_NAME = "coordination et initiatives pour refugies"
_PLAIN_ACRONYM = fastre.compile(r"(?<![\w])CIRE(?![\w])")


def _spans(doc: Doc) -> list[tuple[int, int]]:
    found = [(m.start, m.end) for m in _institutions().find(doc)]
    if "iré" in doc.text or "IRÉ" in doc.text:
        found += [(m.start(), m.end()) for m in _ACCENTED_ACRONYMS.finditer(doc.text)]
    if _NGO_NAME in doc.folded:
        found += [(m.start(), m.end()) for m in _PLAIN_ACRONYM.finditer(doc.text)]
    if has_any(doc, _LAW_TITLE_HINTS):
        found += [(m.start(), m.end()) for m in _LAW_TITLE.finditer(doc.folded)]
    return found


def spans(doc: Doc) -> list[tuple[int, int]]:
    """Where the names of public bodies and law titles are in ``doc``."""
    return doc.memo("institutions", _spans)


def drop_inside_institutions(doc: Doc, findings: list[Finding]) -> list[Finding]:
    names = spans(doc)
    if not names:
        return findings
    # the furthest end of the names that start at or before each start (findings look it up by
    # bisection: a long text has thousands of findings and of names)
    ordered = sorted(names)
    starts = [a for a, _b in ordered]
    reach: list[int] = []
    furthest = -1
    for _a, b in ordered:
        furthest = max(furthest, b)
        reach.append(furthest)
    return [f for f in findings if not _neutralised(f, starts, reach)]


def _neutralised(f: Finding, starts: list[int], reach: list[int]) -> bool:
    """A finding inside a name, or a street whose street-type word is the name's first word
    ("Cour d'Arbitrage, n°80/99" is a court and its case number, not a courtyard and a house)."""
    if f.category not in NEUTRALISED:
        return False
    index = bisect.bisect_right(starts, f.start) - 1
    if index < 0:
        return False
    if reach[index] >= f.end:
        return True  # some name starting at or before the finding runs past its end
    return f.category == "ADDRESS" and f.recognizer.startswith("street") and reach[index] > f.start
