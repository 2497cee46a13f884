"""Past decisions re-examined under the current rules (issue: a CPAS that relied on older rules must
learn which of its recorded decisions the corrected rules decide differently).

Every recorded decision is decided again from its stored facts and reference date; those whose
outcome or allowed fields change are listed (case, date, old → new, the step that now decides) and
each is recorded in its case as a ``replay`` entry of the chain, once per rules version, so the
supervisors' case list can flag the case until someone decides it again.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from secretpro.rules import FactsError, decide, rules_version

from .entries import EntryView, _append, _view
from .models import Entry, EntryKind
from .store import Register


@dataclass(frozen=True)
class ReplayChange:
    """One recorded decision that the current rules decide differently."""

    case_id: str
    entry_id: str
    rule: str
    reference_date: str
    old_outcome: str
    new_outcome: str
    old_allowed: tuple[str, ...]
    new_allowed: tuple[str, ...]
    old_version: str
    step: str
    """The step that decides now (the new decision's headline), or ``facts`` when the stored facts
    can no longer be read (they are then to be checked by hand)."""

    def as_record(self) -> dict[str, Any]:
        """The change as the replay entry and the JSON/CSV outputs write it."""
        return {
            "decision_entry": self.entry_id,
            "rule": self.rule,
            "reference_date": self.reference_date,
            "old_outcome": self.old_outcome,
            "new_outcome": self.new_outcome,
            "old_allowed": list(self.old_allowed),
            "new_allowed": list(self.new_allowed),
            "old_rules_version": self.old_version,
            "step": self.step,
        }


@dataclass(frozen=True)
class ReplayReport:
    examined: int
    changes: tuple[ReplayChange, ...]
    recorded: int
    rules_version: str


def _decisions(register: Register, cpas_id: int | None) -> Iterator[EntryView]:
    with register.reader() as session:
        query = select(Entry).where(Entry.kind == EntryKind.DECISION.value)
        if cpas_id is not None:
            query = query.where(Entry.cpas_id == cpas_id)
        for entry in session.scalars(query.order_by(Entry.cpas_id, Entry.seq)):
            if entry.payload is not None:  # purged cases have nothing left to re-decide
                yield _view(entry, register, True)


def _in_period(day: str | None, start: date | None, end: date | None) -> bool:
    if day is None:
        return start is None and end is None
    try:
        when = date.fromisoformat(day)
    except ValueError:
        return False
    return (start is None or when >= start) and (end is None or when <= end)


def _redecide(payload: dict[str, Any]) -> tuple[str, tuple[str, ...], str]:
    facts = {name: value for name, value in (payload.get("facts") or {}).items() if value is not None}
    reference = payload.get("reference_date")
    facts.pop("reference_date", None)
    try:
        decision = decide(
            str(payload["rule"]),
            facts,
            reference_date=date.fromisoformat(reference) if isinstance(reference, str) else None,
            # The facts were valid on the day they were recorded: only the rules are re-examined.
            today=date.max,
        )
    except (FactsError, KeyError, ValueError):
        return "undetermined", (), "facts"
    headline = decision.headline
    return decision.outcome.value, tuple(decision.allowed_fields), headline.step if headline else ""


def _already_recorded(register: Register, case_id: str, entry_id: str, version: str) -> bool:
    with register.reader() as session:
        rows = session.scalars(
            select(Entry).where(Entry.case_id == case_id, Entry.kind == EntryKind.REPLAY.value)
        )
        for row in rows:
            payload = _view(row, register, True).payload or {}
            if payload.get("decision_entry") == entry_id and payload.get("rules_version") == version:
                return True
    return False


def replay(
    register: Register,
    *,
    start: date | None = None,
    end: date | None = None,
    cpas_id: int | None = None,
    author_id: int | None = None,
    record: bool = True,
) -> ReplayReport:
    """Re-decide every recorded decision whose reference date lies in [start, end]."""
    version = rules_version()
    examined, changes = 0, []
    for entry in list(_decisions(register, cpas_id)):
        payload = entry.payload or {}
        if not _in_period(payload.get("reference_date"), start, end):
            continue
        examined += 1
        outcome, allowed, step = _redecide(payload)
        old_allowed = tuple(payload.get("allowed_fields") or ())
        if outcome == payload.get("outcome") and sorted(allowed) == sorted(old_allowed) and step != "facts":
            continue
        changes.append(
            ReplayChange(
                case_id=entry.case_id,
                entry_id=entry.id,
                rule=str(payload.get("rule")),
                reference_date=str(payload.get("reference_date") or ""),
                old_outcome=str(payload.get("outcome")),
                new_outcome=outcome,
                old_allowed=old_allowed,
                new_allowed=allowed,
                old_version=str(payload.get("rules_version") or ""),
                step=step,
            )
        )
    recorded = 0
    if record:
        for change in changes:
            if _already_recorded(register, change.case_id, change.entry_id, version):
                continue
            _append(
                register,
                change.case_id,
                EntryKind.REPLAY,
                {**change.as_record(), "rules_version": version},
                author_id,
            )
            recorded += 1
    return ReplayReport(examined, tuple(changes), recorded, version)


def cases_to_review(register: Register, cpas_id: int) -> frozenset[str]:
    """Cases with a replay entry after their last decision: the supervisors' list flags them."""
    flagged: set[str] = set()
    with register.reader() as session:
        rows = session.execute(
            select(Entry.case_id, Entry.kind)
            .where(
                Entry.cpas_id == cpas_id,
                Entry.kind.in_((EntryKind.DECISION.value, EntryKind.REPLAY.value)),
            )
            .order_by(Entry.seq)
        )
        for case_id, kind in rows:
            if kind == EntryKind.REPLAY.value:
                flagged.add(case_id)
            else:
                flagged.discard(case_id)
    return frozenset(flagged)
