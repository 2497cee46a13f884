"""The figures of one CPAS's register for its supervisors.

* requests received, by requester and by month (``request_incoming``; the day is the reception
  date the worker typed, else the day of recording);
* decisions by rule and outcome, and refusals (``forbidden``) by the step that decided them
  (``decisive_step``; older entries without it count as ``unknown``);
* answers of the Office des étrangers still awaited: a case whose last request or document sent
  to the OE (``request_outgoing``, ``document_sent`` without a recipient or to the OE) has no
  ``answer_received`` after it, for more than ``awaited_days`` days;
* cases per worker: the distinct cases in which each worker recorded something in the period.

A ``correction`` of a request or a decision replaces its payload for the figures (the original
entry stays in the register). The figures are aggregated in the database from the per-entry
summaries (``register/summaries.py``: clear codes and dates taken from the payloads when the
entries were appended), with indexed ``GROUP BY`` queries: nothing is decrypted, no payload is
parsed on a page view, and the cost grows with the counts shown rather than with the register.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from secretpro.register import Register
from secretpro.register.models import EntryKind, EntrySummary
from secretpro.register.summaries import BRUSSELS, OE, SENT, UNKNOWN, local_day

__all__ = [
    "BRUSSELS",
    "DEFAULT_AWAITED_DAYS",
    "OE",
    "UNKNOWN",
    "Awaiting",
    "Figures",
    "Filters",
    "compute_figures",
    "local_day",
]

DEFAULT_AWAITED_DAYS = 30
_REQUEST = EntryKind.REQUEST_INCOMING.value
_DECISION = EntryKind.DECISION.value
_S = EntrySummary


@dataclass(frozen=True)
class Filters:
    """What the figures cover: a period (inclusive days), a rule (decisions and refusals), a
    requester (requests, and decisions whose facts name one), a worker (every figure)."""

    start: date | None = None
    end: date | None = None
    rule: str | None = None
    requester: str | None = None
    worker: int | None = None
    awaited_days: int = DEFAULT_AWAITED_DAYS

    def as_record(self) -> dict[str, Any]:
        """The filter as plain values (for the export log): no person, only codes and dates."""
        return {
            "from": self.start.isoformat() if self.start else None,
            "to": self.end.isoformat() if self.end else None,
            "rule": self.rule,
            "requester": self.requester,
            "worker": self.worker,
            "awaited_days": self.awaited_days,
        }

    def covers(self, day: date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Awaiting:
    case_id: str
    since: date
    days: int
    worker: int | None


@dataclass
class Figures:
    requests_by_requester: Counter[str] = field(default_factory=Counter)
    requests_by_month: Counter[str] = field(default_factory=Counter)
    decisions: Counter[tuple[str, str]] = field(default_factory=Counter)
    refusals_by_reason: Counter[str] = field(default_factory=Counter)
    cases_per_worker: Counter[int | None] = field(default_factory=Counter)
    awaiting: list[Awaiting] = field(default_factory=list)
    rules_versions: set[str] = field(default_factory=set)

    @property
    def requests_total(self) -> int:
        return sum(self.requests_by_requester.values())

    @property
    def decisions_total(self) -> int:
        return sum(self.decisions.values())

    @property
    def refusals_total(self) -> int:
        return sum(self.refusals_by_reason.values())


def _scope(cpas_id: int, filters: Filters) -> list[ColumnElement[bool]]:
    """The CPAS, the period and the worker: what every count is restricted to."""
    where: list[ColumnElement[bool]] = [_S.cpas_id == cpas_id]
    if filters.start is not None:
        where.append(_S.day >= filters.start)
    if filters.end is not None:
        where.append(_S.day <= filters.end)
    if filters.worker is not None:
        where.append(_S.author_id == filters.worker)
    return where


def _request_filter(filters: Filters) -> list[ColumnElement[bool]]:
    return [_S.requester == filters.requester] if filters.requester else []


def _decision_filter(filters: Filters) -> list[ColumnElement[bool]]:
    # A decision counts for a requester only when its facts name that one (never as ``unknown``).
    where = [_S.rule == filters.rule] if filters.rule else []
    return where + _request_filter(filters)


def _requests(session: Session, cpas_id: int, filters: Filters, figures: Figures) -> None:
    query = (
        select(_S.requester, _S.month, func.count())
        .where(*_scope(cpas_id, filters), _S.kind == _REQUEST, *_request_filter(filters))
        .group_by(_S.requester, _S.month)
    )
    for requester, month, count in session.execute(query):
        figures.requests_by_requester[requester or UNKNOWN] += count
        figures.requests_by_month[month] += count


def _decisions(session: Session, cpas_id: int, filters: Filters, figures: Figures) -> None:
    query = (
        select(_S.rule, _S.outcome, _S.step, _S.rules_version, func.count())
        .where(*_scope(cpas_id, filters), _S.kind == _DECISION, *_decision_filter(filters))
        .group_by(_S.rule, _S.outcome, _S.step, _S.rules_version)
    )
    for rule, outcome, step, version, count in session.execute(query):
        figures.decisions[(rule or UNKNOWN, outcome or UNKNOWN)] += count
        if outcome == "forbidden":
            figures.refusals_by_reason[step or UNKNOWN] += count
        if version:
            figures.rules_versions.add(version)


def _cases_per_worker(session: Session, cpas_id: int, filters: Filters, figures: Figures) -> None:
    where = _scope(cpas_id, filters)
    if filters.rule or filters.requester:
        # The rule and the requester narrow requests and decisions; the other entries still count.
        where.append(
            or_(
                _S.kind.not_in([_REQUEST, _DECISION]),
                and_(_S.kind == _REQUEST, *_request_filter(filters)),
                and_(_S.kind == _DECISION, *_decision_filter(filters)),
            )
        )
    # DISTINCT then count: read in the (cpas, author, case) index order, no hash of every case.
    pairs = select(_S.author_id, _S.case_id).where(*where).distinct().subquery()
    query = select(pairs.c.author_id, func.count()).group_by(pairs.c.author_id)
    figures.cases_per_worker = Counter({worker: count for worker, count in session.execute(query)})


def _awaiting(session: Session, cpas_id: int, filters: Filters, today: date, figures: Figures) -> None:
    try:
        cutoff = today - timedelta(days=filters.awaited_days)
    except OverflowError:
        return  # waiting since before year 1: nothing can
    where = [_S.cpas_id == cpas_id, _S.oe_last.is_(True), _S.oe_step == SENT, _S.day < cutoff]
    if filters.worker is not None:
        where.append(_S.author_id == filters.worker)
    for case_id, since, worker in session.execute(select(_S.case_id, _S.day, _S.author_id).where(*where)):
        figures.awaiting.append(Awaiting(case_id, since, (today - since).days, worker))
    figures.awaiting.sort(key=lambda item: (-item.days, item.case_id))


def compute_figures(register: Register, cpas_id: int, filters: Filters, today: date) -> Figures:
    """The figures of CPAS ``cpas_id`` under ``filters``; answers awaited are counted on ``today``."""
    figures = Figures()
    # One read transaction: the four queries see the same register.
    with register.reader() as session:
        _requests(session, cpas_id, filters, figures)
        _decisions(session, cpas_id, filters, figures)
        _cases_per_worker(session, cpas_id, filters, figures)
        _awaiting(session, cpas_id, filters, today, figures)
    return figures
