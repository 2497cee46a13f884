"""Where each case of a CPAS stands, for the case list's filters and the case page's status.

Read from ``entry_summaries`` (one indexed query per CPAS, nothing decrypted, corrections already
applied there) rather than from the entries' payloads, so that the list does not parse every
payload and its status says what the supervisors' figures say: a case awaits an answer of the OE
when its last exchange with the OE is something sent (``summaries.oe_last``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from sqlalchemy import select

from .models import EntryKind, EntrySummary
from .store import Register
from .summaries import ANSWER, SENT


class CaseStatus(StrEnum):
    """One status per case, the first that holds in this order."""

    TO_DECIDE = "to_decide"
    """An incoming request was logged after the case's last decision (or there is none)."""
    AWAITING = "awaiting"
    """The last exchange with the OE is a request or document sent to it: its answer is awaited."""
    ANSWERED = "answered"
    """The last exchange with the OE is its answer."""
    DECIDED = "decided"
    """Decided, nothing sent to the OE."""
    NEW = "new"
    """Nothing recorded yet."""


@dataclass(frozen=True)
class DecisionFacet:
    rule: str
    outcome: str
    day: date


@dataclass
class CaseFacets:
    status: CaseStatus = CaseStatus.NEW
    decisions: list[DecisionFacet] = field(default_factory=list)
    """In chain order: the last one is the case's current decision."""
    days: list[date] = field(default_factory=list)
    """The day of each entry (a request's reception date, otherwise the day it was recorded)."""
    awaiting_since: date | None = None

    @property
    def last_decision(self) -> DecisionFacet | None:
        return self.decisions[-1] if self.decisions else None

    @property
    def last_day(self) -> date | None:
        return max(self.days) if self.days else None


_COLUMNS = (
    EntrySummary.case_id,
    EntrySummary.seq,
    EntrySummary.kind,
    EntrySummary.rule,
    EntrySummary.outcome,
    EntrySummary.day,
    EntrySummary.oe_step,
    EntrySummary.oe_last,
)


def case_facets(
    register: Register, cpas_id: int, case_ids: Iterable[str] | None = None
) -> dict[str, CaseFacets]:
    """The facets of the cases of CPAS ``cpas_id`` that have entries (all, or ``case_ids``); a case
    with no entry is absent (status ``NEW``)."""
    query = select(*_COLUMNS).where(EntrySummary.cpas_id == cpas_id)
    if case_ids is not None:
        query = query.where(EntrySummary.case_id.in_(list(case_ids)))
    facets: dict[str, CaseFacets] = {}
    pending: dict[str, bool] = {}
    last_exchange: dict[str, tuple[str, date]] = {}
    with register.reader() as session:
        for row in session.execute(query.order_by(EntrySummary.case_id, EntrySummary.seq)):
            case = facets.setdefault(row.case_id, CaseFacets())
            case.days.append(row.day)
            if row.kind == EntryKind.DECISION.value:
                case.decisions.append(DecisionFacet(row.rule or "", row.outcome or "", row.day))
                pending[row.case_id] = False
            elif row.kind == EntryKind.REQUEST_INCOMING.value:
                pending[row.case_id] = True
            if row.oe_last and row.oe_step is not None:
                last_exchange[row.case_id] = (row.oe_step, row.day)
    for case_id, case in facets.items():
        step, since = last_exchange.get(case_id, ("", None))
        if pending.get(case_id):
            case.status = CaseStatus.TO_DECIDE
        elif step == SENT:
            case.status = CaseStatus.AWAITING
        elif step == ANSWER:
            case.status = CaseStatus.ANSWERED
        elif case.decisions:
            case.status = CaseStatus.DECIDED
        if step == SENT:
            case.awaiting_since = since
    return facets
