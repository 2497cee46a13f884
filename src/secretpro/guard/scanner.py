"""The scan: run every recognizer, settle overlaps, apply the profile, redact."""

from __future__ import annotations

import gc
import operator
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from typing import Any, cast

from secretpro.guard import (
    addresses,
    defined_abbreviations,
    fastre,
    generic,
    group_nouns,
    health_clauses,
    hints,
    institutions,
    letterheads,
    lexical,
    names,
    nationality,
    other_senses,
    places,
)
from secretpro.guard.addresses import find_addresses
from secretpro.guard.cpas import find_cpas
from secretpro.guard.decisions import find_status_decisions
from secretpro.guard.field_values import find_field_values
from secretpro.guard.identifiers import (
    find_birth_dates,
    find_emails,
    find_ibans,
    find_national_numbers,
    find_numbers_across_lines,
    find_phones,
)
from secretpro.guard.language import detect_language
from secretpro.guard.lexical import find_admin_status, find_health
from secretpro.guard.lexicon import MatcherGroup
from secretpro.guard.model import CATEGORY_TABLE, FORBIDDEN, Doc, Finding, new_finding
from secretpro.guard.names import find_names
from secretpro.guard.nationality import find_foreign_papers, find_nationalities
from secretpro.guard.normalize import normalise
from secretpro.guard.profiles import check_allowance, get_profile, is_allowed
from secretpro.guard.redaction import redact

Recognizer = Callable[[Doc], list[Finding]]

RECOGNIZERS: tuple[Recognizer, ...] = (
    find_emails,
    find_ibans,
    find_national_numbers,
    find_numbers_across_lines,
    find_phones,
    find_birth_dates,
    find_cpas,
    find_addresses,
    find_admin_status,
    find_status_decisions,
    find_health,
    find_field_values,
    find_nationalities,
    find_foreign_papers,
    find_names,
)


# Lower wins an overlap (the table in model.py says why each rank).
_RANK = {category.name: category.rank for category in CATEGORY_TABLE}


def _order(finding: Finding) -> tuple[int, int, int]:
    return (_RANK[finding.category], finding.start, finding.start - finding.end)


def _in_order(findings: list[Finding]) -> list[Finding]:
    """``sorted(findings, key=_order)``, the keys built in one comprehension instead of a Python
    call per finding; the index breaks ties as the stable sort does."""
    keyed = sorted([(_RANK[f.category], f.start, f.start - f.end, i) for i, f in enumerate(findings)])
    return [findings[k[3]] for k in keyed]


# The kept findings are filed by the cells of text they cover (a cell is 2**_CELL_BITS characters):
# a finding can only overlap a kept one that shares a cell with it. (A list sorted by start, with
# an insertion per kept finding, moved half the list each time: a tenth of a 1 MB scan.)
_CELL_BITS = 7


def resolve(findings: list[Finding]) -> list[Finding]:
    """Drop findings that overlap a better one, except a forbidden finding that reaches beyond it
    (a finding entirely inside a better one, like a commune inside a CPAS name, is dropped)."""
    kept: list[Finding] = []
    cells: dict[int, list[int]] = {}  # cell -> indexes in ``kept`` of the findings covering it
    for finding in _in_order(findings):
        start, end, category = finding.start, finding.end, finding.category
        first, last = start >> _CELL_BITS, (end - 1) >> _CELL_BITS
        if first == last:
            near: Iterable[int] = cells.get(first, ())
        else:
            near = {index for cell in range(first, last + 1) for index in cells.get(cell, ())}
        overlapping = [i for i in near if start < kept[i].end and kept[i].start < end]
        if len(overlapping) > 1:
            # met in the order of their starts, ties in the order kept (as a scan along the text)
            overlapping.sort(key=lambda i: (kept[i].start, i))
        clash = False
        for index in overlapping:
            other = kept[index]
            if other.category == category:
                if category in FORBIDDEN and end > other.end:
                    # two spans of one forbidden category that overlap: their union is redacted
                    # ("cancer de la prostate métastatique" and "métastatique : les injections ...")
                    kept[index] = replace(other, end=end)
                    for cell in range(((other.end - 1) >> _CELL_BITS) + 1, last + 1):
                        cells.setdefault(cell, []).append(index)
                clash = True
                break
            inside = other.start <= start and end <= other.end
            if category in FORBIDDEN and not inside:
                continue  # a forbidden span reaching beyond a better finding is kept: it must leak nothing
            clash = True
            break
        if not clash:
            index = len(kept)
            kept.append(finding)
            for cell in range(first, last + 1):
                cells.setdefault(cell, []).append(index)
    return sorted(kept, key=_position)


# (start, end) of a finding, read in C (a Python key function per finding cost more than the sort)
_position = operator.attrgetter("start", "end")


# The web serves requests from a thread pool: the first scans may start together, and the
# group must be built once (its matchers join one group only).
_BUILDING = threading.Lock()


def _lexicons() -> MatcherGroup:
    """Every lexicon the recognizers search a document with, read in one pass of one automaton."""
    if _GROUP:  # built: no lock to take per message
        return _GROUP[0]
    with _BUILDING:
        group = _built_lexicons()
        _GROUP[:] = [group]
        return group


_GROUP: list[MatcherGroup] = []  # the group, once built


@cache
def _built_lexicons() -> MatcherGroup:
    # (the recognizers' modules are imported above: their hint words are all registered by now)
    words = hints.registered()
    group = MatcherGroup(
        (
            *places.term_matchers(),
            *addresses.term_matchers(),
            *lexical.term_matchers(),
            *nationality.term_matchers(),
            *names.term_matchers(),
            *institutions.term_matchers(),
        ),
        hint_words=words,
    )
    # the automaton that reads each document for the lexicons tells the hint words too
    hints.read_with(group.found_hints, words, group.hint_positions, group.keyed_hints)
    return group


_FROZEN: list[bool] = []  # whether the long-lived objects were frozen (once per process)


def _freeze_long_lived() -> None:
    """Leave what the first scan built (lexicons, automaton values, typo index, compiled patterns:
    some 50,000 objects that live as long as the process) out of the cyclic garbage collector's
    full passes. A long message makes hundreds of thousands of findings, tuples and lists, and each
    full pass it triggers walked all of those again: 8 % of a 1 MB scan. Frozen objects are still
    freed by reference counting; only a cycle among them would outlive its use."""
    _FROZEN.append(True)
    gc.freeze()


# (the categories whose findings a word's end completes: "pour raisons médical|es", "ongegrond
# verklaard|e", "Boomsesteenweg 48|A", "terug naar K|azachstan" ended inside a word, the rest of which
# a reader then sees; a number glued to a label, "Tél: 02.501.67.00Fax", keeps its own end)
_TO_WORD_END = frozenset({"ADMIN_STATUS", "HEALTH", "ADDRESS"})


def _to_word_ends(text: str, findings: list[Finding]) -> list[Finding]:
    """``findings``, each of a category of ``_TO_WORD_END`` that ends inside a word taken to the word's
    end (twenty-sixth round: 26 of 28,025 findings on the labelled sets ended so)."""
    size = len(text)
    out = findings
    for i, f in enumerate(findings):
        end = f.end
        if end < size and f.category in _TO_WORD_END and text[end].isalnum() and text[end - 1].isalnum():
            while end < size and text[end].isalnum():
                end += 1
            if out is findings:
                out = list(findings)
            out[i] = new_finding(f.start, end, f.category, f.recognizer, f.explanation, f.valid)
    return out


def find_all(text: str) -> list[Finding]:
    """Every finding in ``text``, offsets in ``text`` (the recognizers read its normalised copy)."""
    _lexicons()  # built before the first recognizer runs, so every matcher reads through it
    normal = normalise(text)
    doc = Doc(normal.text)
    found: list[Finding] = []
    for recognizer in RECOGNIZERS:
        found.extend(recognizer(doc))
    # the patterns the first scan compiled (some only on first use) are kept for the next start
    fastre.store_codes()
    if not _FROZEN:
        _freeze_long_lived()
    found = defined_abbreviations.add_defined_abbreviations(doc, found)
    found = institutions.drop_inside_institutions(doc, found)
    found = generic.drop_generic(doc, found, institutions.spans(doc))
    found = generic.drop_legal_definitions(doc, found)
    found = generic.drop_cited_titles(doc, found)
    found = group_nouns.drop_group_nouns(doc, found)
    found = other_senses.drop_other_senses(doc, found)
    found = letterheads.drop_letterhead_services(doc, found)
    size = len(doc.text)
    kept = resolve([f for f in found if 0 <= f.start < f.end <= size])
    kept = health_clauses.extend_health_clauses(doc, kept)
    kept = _to_word_ends(doc.text, kept)
    if normal.identity:
        return kept
    out: list[Finding] = []
    for f in kept:
        start, end = normal.original_span(f.start, f.end)
        # (built directly: dataclasses.replace reads the fields by name, several times slower)
        out.append(new_finding(start, end, f.category, f.recognizer, f.explanation, f.valid))
    return out


@dataclass(frozen=True, slots=True)
class ReportFinding:
    start: int
    end: int
    category: str
    allowed: bool
    text: str
    recognizer: str
    explanation: str
    valid: bool | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "category": self.category,
            "allowed": self.allowed,
            "text": self.text,
            "recognizer": self.recognizer,
            "explanation": self.explanation,
        }
        if self.valid is not None:
            out["valid"] = self.valid
        return out


class _ReportFindingSlots:
    """A ReportFinding's slots, in its order, without its frozen ``__setattr__``: filled by plain
    attribute stores, then made a ReportFinding: twice as fast as ``ReportFinding(...)``, whose
    generated __init__ goes through object.__setattr__ per field (Python allows setting the class
    between classes of one slot layout). One per finding of every message."""

    __slots__ = ReportFinding.__slots__

    def __init__(
        self,
        start: int,
        end: int,
        category: str,
        allowed: bool,
        text: str,
        recognizer: str,
        explanation: str,
        valid: bool | None,
    ) -> None:
        self.start = start
        self.end = end
        self.category = category
        self.allowed = allowed
        self.text = text
        self.recognizer = recognizer
        self.explanation = explanation
        self.valid = valid
        self.__class__ = ReportFinding  # type: ignore[assignment]


_MAX_REDACTION_PASSES = 25


@dataclass(frozen=True)
class GuardReport:
    """The verdict and findings; the language and the redacted text are worked out on first use
    (callers that only need the verdict do not pay for them)."""

    verdict: str
    profile: str
    findings: tuple[ReportFinding, ...]
    text: str = field(repr=False)
    allow: frozenset[str] = frozenset()

    def __init__(
        self,
        verdict: str,
        profile: str,
        findings: tuple[ReportFinding, ...],
        text: str,
        allow: frozenset[str] = frozenset(),
    ) -> None:
        # the generated __init__'s work in one update of the instance's dictionary (a frozen
        # dataclass's own sets each field through object.__setattr__; one report per message)
        self.__dict__.update(verdict=verdict, profile=profile, findings=findings, text=text, allow=allow)

    @cached_property
    def language(self) -> str:
        return detect_language(Doc(normalise(self.text).text).folded)

    @cached_property
    def redacted(self) -> str:
        chosen = get_profile(self.profile)
        blocked = [_as_finding(f) for f in self.findings if not f.allowed]
        redacted = self.text
        passes = 0
        while blocked and passes < _MAX_REDACTION_PASSES:
            redacted = redact(redacted, blocked, self.language)
            passes += 1
            # Joining what was left around a label can, rarely, make a new finding: redact it too.
            blocked = [f for f in find_all(redacted) if not is_allowed(chosen, f, self.allow)]
        if blocked:
            # Pathological input that keeps revealing new findings: nothing of it may leave.
            return redact(redacted, [Finding(0, len(redacted), blocked[0].category, "", "")], self.language)
        return redacted

    def to_json(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "profile": self.profile,
            "findings": [f.to_json() for f in self.findings],
            "redacted": self.redacted,
            "language": self.language,
        }


def scan(text: str, profile: str = "strict", allow: frozenset[str] = frozenset()) -> GuardReport:
    """Find personal data in ``text``, judge it under ``profile`` (plus the categories in ``allow``,
    granted for this message only) and propose a redacted text that passes the same scan."""
    chosen = get_profile(profile)
    check_allowance(allow)
    findings = find_all(text)
    # (the twin class called directly, each instance it makes a ReportFinding: a wrapping function
    # per finding cost some 450 instructions more)
    report_findings: tuple[ReportFinding, ...] = cast(
        "tuple[ReportFinding, ...]",
        tuple(
            [
                _ReportFindingSlots(
                    f.start,
                    f.end,
                    f.category,
                    is_allowed(chosen, f, allow),
                    text[f.start : f.end],
                    f.recognizer,
                    f.explanation,
                    f.valid,
                )
                for f in findings
            ]
        ),
    )
    verdict = "block" if any(not r.allowed for r in report_findings) else "pass"
    return GuardReport(verdict, chosen.name, report_findings, text, frozenset(allow))


def _as_finding(f: ReportFinding) -> Finding:
    return new_finding(f.start, f.end, f.category, f.recognizer, f.explanation, f.valid)
