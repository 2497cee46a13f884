"""Abbreviations a text defines for a health or status term, and its later uses of them.

Judgments and reports spell a condition or a procedure out once, with its abbreviation in
brackets, and then use the abbreviation alone: "een stoornis in het autistisch spectrum (ASS) ...
volgens de man heeft zijn ASS een rol gespeeld", "un syndrome de stress post-traumatique (SSPT)
... le SSPT persiste". The abbreviation names the same fact as the term, so each later use is a
finding of the term's category, and the bracketed definition is redacted with the term.

An abbreviation is taken only when its letters are initials of the term's words ("ASS" of
"stoornis in het autistisch spectrum", "AMU" of "aide médicale urgente"): "hospitalisée (CHU)"
names a hospital, not the stay. The findings made here go through the same generic-text filters
as every other (a later use in a sentence about people in general is dropped there).
"""

from __future__ import annotations

import bisect
import operator
import re
from collections import Counter

from secretpro.guard import fastre
from secretpro.guard.model import Doc, Finding, new_finding

_CATEGORIES = frozenset({"HEALTH", "ADMIN_STATUS"})
# "(ASS)", "( SSPT )", "(B.G.V.)": two to eight capitals, digits or periods, right after the term
_BRACKETED = fastre.compile(r"[ \t]*\([ \t]*([A-ZÀ-Ý](?:[A-ZÀ-Ý0-9.]|-(?=[A-Z0-9])){1,7})[ \t]*\)")
_WORD = fastre.compile(r"[^\W\d_]+")
_CLAUSE_BREAK = fastre.compile(r"[.;:!?\n()]")
_WINDOW = 90  # characters from a term's first finding to its bracket
_CANDIDATES = 8  # findings looked at before a bracket (a term holds a few; the window bounds them)
_END = operator.attrgetter("end")
_WORDS_AFTER = 2  # words between a term's last finding and its bracket ("autistisch spectrum")


def _initials_hold(abbreviation: str, term: str) -> bool:
    """Whether every capital of ``abbreviation`` is the initial of a word of ``term`` (each word
    used once, in any order: French and Dutch order the words of one term differently)."""
    capitals = Counter(char for char in abbreviation.upper() if char.isalpha())
    if sum(capitals.values()) < 2:
        return False
    initials = Counter(word[0].upper() for word in _WORD.findall(term))
    return not capitals - initials


def _uses(text: str, abbreviation: str, start: int) -> list[tuple[int, int]]:
    """Where ``abbreviation`` stands as a word of its own in ``text`` from ``start`` on."""
    # (a pattern made from the message: compiled by ``re``, not kept in fastre's stored codes)
    pattern = re.compile(rf"(?<![\w.]){re.escape(abbreviation)}(?![\w])")
    return [(m.start(), m.end()) for m in pattern.finditer(text, start)]


def _term_start(
    text: str, terms: list[Finding], ends: list[int], bracket: int, abbreviation: str
) -> Finding | None:
    """The health or status finding that opens the term ``abbreviation`` stands for, the term
    running from it to ``bracket``: the nearest whose words up to the bracket hold the
    abbreviation's initials ("stoornis in het autistisch spectrum (ASS)", where the finder saw
    "stoornis" and "autistisch"), with no clause break between it and the bracket and at most a
    few words after the last finding. ``terms`` are the health and status findings in the order
    of their ends, ``ends`` those ends."""
    # (the findings ending before the bracket, read back from it: a window, not every finding,
    # so that a long text with many brackets costs in proportion to its length)
    last = bisect.bisect_right(ends, bracket)
    candidates = [f for f in terms[max(0, last - _CANDIDATES) : last] if bracket - _WINDOW <= f.start]
    if not candidates or len(_WORD.findall(text, max(f.end for f in candidates), bracket)) > _WORDS_AFTER:
        return None
    for finding in sorted(candidates, key=lambda f: -f.start):
        term = text[finding.start : bracket]
        if _CLAUSE_BREAK.search(term):
            return None
        if _initials_hold(abbreviation, term):
            return finding
    return None


def add_defined_abbreviations(doc: Doc, findings: list[Finding]) -> list[Finding]:
    """``findings``, with the term of each bracketed abbreviation of a health or status term
    found from its first finding to the closing bracket, and a finding of the term's category
    at each later use of the abbreviation."""
    text = doc.text
    if "(" not in text:
        return findings  # (most messages define nothing)
    terms = sorted((f for f in findings if f.category in _CATEGORIES), key=_END)
    if not terms:
        return findings
    ends = [f.end for f in terms]
    added: list[Finding] = []
    defined: set[str] = set()  # each abbreviation's later uses are looked for once, from its first definition
    for bracketed in _BRACKETED.finditer(text):
        abbreviation = bracketed.group(1).rstrip(".")
        opening = _term_start(text, terms, ends, bracketed.start(), abbreviation)
        if opening is None:
            continue
        category, explanation = opening.category, opening.explanation
        added.append(
            new_finding(opening.start, bracketed.end(), category, "defined abbreviation", explanation)
        )
        if abbreviation in defined:
            continue
        defined.add(abbreviation)
        added.extend(
            new_finding(start, end, category, "defined abbreviation", explanation)
            for start, end in _uses(text, abbreviation, bracketed.end())
        )
    return findings + added if added else findings
