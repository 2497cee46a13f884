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
from typing import Any, cast

from sqlalchemy import ColumnElement, and_, func, literal_column, or_, select, text, union
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
    # All the answers awaited, also those left out of ``awaiting`` by ``awaiting_limit``.
    awaiting_total: int = 0

    @property
    def requests_total(self) -> int:
        return sum(self.requests_by_requester.values())

    @property
    def decisions_total(self) -> int:
        return sum(self.decisions.values())

    @property
    def refusals_total(self) -> int:
        return sum(self.refusals_by_reason.values())


# SQLite keeps no statistics (nothing runs ANALYZE): it cannot tell that a few months are a small
# part of a large register, and walks the whole index that needs no sort. Told so (``likelihood``),
# it reads only the period's rows from ``ix_entry_summaries_period``. Beyond about four months of a
# large register, walking everything is cheaper again (measured with
# ``benchmarks/supervision_dashboard.py``: a quarter 3x faster, a year 1.2x slower). PostgreSQL has
# its statistics and chooses by itself.
SHORT_PERIOD_DAYS = 122


def _short_period(filters: Filters, today: date) -> bool:
    if filters.start is None:
        return False
    return ((filters.end or today) - filters.start).days <= SHORT_PERIOD_DAYS


def _scope(cpas_id: int, filters: Filters, selective: bool) -> list[ColumnElement[bool]]:
    """The CPAS, the period and the worker: what every count is restricted to. ``selective``: the
    period is short, and the database is told so."""
    period: list[ColumnElement[bool]] = []
    if filters.start is not None:
        period.append(_S.day >= filters.start)
    if filters.end is not None:
        period.append(_S.day <= filters.end)
    if selective and period:
        # Untyped: a boolean-typed call would be compared with 1, which SQLite does not read as a hint.
        hint: ColumnElement[Any] = func.likelihood(and_(*period), literal_column("0.05"))
        period = [cast(ColumnElement[bool], hint)]
    where: list[ColumnElement[bool]] = [_S.cpas_id == cpas_id, *period]
    if filters.worker is not None:
        where.append(_S.author_id == filters.worker)
    return where


def _request_filter(filters: Filters) -> list[ColumnElement[bool]]:
    return [_S.requester == filters.requester] if filters.requester else []


def _decision_filter(filters: Filters) -> list[ColumnElement[bool]]:
    # A decision counts for a requester only when its facts name that one (never as ``unknown``).
    where = [_S.rule == filters.rule] if filters.rule else []
    return where + _request_filter(filters)


# The columns of ``ix_entry_summaries_counts`` after (cpas, kind), in its order: grouping by all of
# them (those a kind leaves empty are constant) lets the database count as it walks the index.
_COUNTED = (_S.rule, _S.requester, _S.outcome, _S.step, _S.rules_version)


def _requests(session: Session, cpas_id: int, filters: Filters, selective: bool, figures: Figures) -> None:
    query = (
        select(_S.requester, _S.month, func.count())
        # A request has no rule: saying so lets a requester filter seek in the index.
        .where(
            *_scope(cpas_id, filters, selective),
            _S.kind == _REQUEST,
            _S.rule.is_(None),
            *_request_filter(filters),
        )
        .group_by(*_COUNTED, _S.month)
    )
    for requester, month, count in session.execute(query):
        figures.requests_by_requester[requester or UNKNOWN] += count
        figures.requests_by_month[month] += count


def _decisions(session: Session, cpas_id: int, filters: Filters, selective: bool, figures: Figures) -> None:
    query = (
        select(_S.rule, _S.outcome, _S.step, _S.rules_version, func.count())
        .where(*_scope(cpas_id, filters, selective), _S.kind == _DECISION, *_decision_filter(filters))
        .group_by(*_COUNTED)  # by requester too: one group per requester, added up here
    )
    for rule, outcome, step, version, count in session.execute(query):
        figures.decisions[(rule or UNKNOWN, outcome or UNKNOWN)] += count
        if outcome == "forbidden":
            figures.refusals_by_reason[step or UNKNOWN] += count
        if version:
            figures.rules_versions.add(version)


def _cases_per_worker(
    session: Session, cpas_id: int, filters: Filters, selective: bool, figures: Figures
) -> None:
    if filters.start is None and filters.end is None:
        figures.cases_per_worker = _pairs_without_period(session, cpas_id, filters)
        return
    where = _scope(cpas_id, filters, selective)
    # The rule narrows decisions, the requester requests and decisions; the other entries still
    # count (only requests and decisions have a requester).
    if filters.rule:
        where.append(or_(_S.kind != _DECISION, _S.rule == filters.rule))
    if filters.requester:
        where.append(or_(_S.kind.not_in([_REQUEST, _DECISION]), _S.requester == filters.requester))
    # DISTINCT then count: read in index order (worker, case, or the period's days).
    pairs = select(_S.author_id, _S.case_id).where(*where).distinct().subquery()
    query = select(pairs.c.author_id, func.count()).group_by(pairs.c.author_id)
    figures.cases_per_worker = Counter({worker: count for worker, count in session.execute(query)})


def _pairs_without_period(session: Session, cpas_id: int, filters: Filters) -> Counter[int | None]:
    """Cases per worker over the whole register: the (worker, case) pairs with a row the filters
    keep, counted from each pair's first row and its flags, so that only the pairs a filter must
    look into are read row by row.

    A pair with a request or document sent or an answer (``pair_plain``) counts whatever the rule
    and requester; without a requester filter, so does a pair with a request received
    (``pair_request``). Any other pair holds only requests and decisions: it counts when one of
    them passes the filters.
    """
    first = [_S.cpas_id == cpas_id, _S.worker_first.is_(True)]
    worker = [_S.author_id == filters.worker] if filters.worker is not None else []
    if not (filters.rule or filters.requester):
        kept = select(_S.author_id, func.count()).where(*first, *worker).group_by(_S.author_id)
        return Counter({author: count for author, count in session.execute(kept)})
    counted: list[ColumnElement[bool]] = [_S.pair_plain.is_(True)]
    if not filters.requester:
        counted.append(_S.pair_request.is_(True))
    kept = select(_S.author_id, func.count()).where(*first, *worker, or_(*counted)).group_by(_S.author_id)
    result = Counter({author: count for author, count in session.execute(kept)})
    rest = [_S.cpas_id == cpas_id, *worker, _S.pair_plain.is_(False)]
    if filters.requester:
        # Read from the requests and the decisions naming that requester (two index ranges).
        requests = select(_S.author_id, _S.case_id).where(
            *rest, _S.kind == _REQUEST, _S.rule.is_(None), *_request_filter(filters)
        )
        decisions = select(_S.author_id, _S.case_id).where(
            *rest, _S.kind == _DECISION, *_decision_filter(filters)
        )
        pairs = union(requests, decisions).subquery()  # UNION: each pair once
    else:
        # Pairs of decisions only: the ones with a decision of the rule.
        pairs = (
            select(_S.author_id, _S.case_id)
            .where(*rest, _S.pair_request.is_(False), _S.kind == _DECISION, *_decision_filter(filters))
            .distinct()
            .subquery()
        )
    query = select(pairs.c.author_id, func.count()).group_by(pairs.c.author_id)
    result.update({author: count for author, count in session.execute(query)})
    return result


def _awaiting(
    session: Session, cpas_id: int, filters: Filters, today: date, limit: int | None, figures: Figures
) -> None:
    try:
        cutoff = today - timedelta(days=filters.awaited_days)
    except OverflowError:
        return  # waiting since before year 1: nothing can
    where = [_S.cpas_id == cpas_id, _S.oe_last.is_(True), _S.oe_step == SENT, _S.day < cutoff]
    if filters.worker is not None:
        where.append(_S.author_id == filters.worker)
    # The longest waits first, read in index order (day, case), so a limit reads no further.
    query = select(_S.case_id, _S.day, _S.author_id).where(*where).order_by(_S.day, _S.case_id)
    if limit is not None:
        figures.awaiting_total = session.scalar(select(func.count()).where(*where)) or 0
        query = query.limit(limit)
    for case_id, since, worker in session.execute(query):
        figures.awaiting.append(Awaiting(case_id, since, (today - since).days, worker))
    # Same order whatever the database's collation of ids (ties of a day are by id, as in Python).
    figures.awaiting.sort(key=lambda item: (-item.days, item.case_id))
    if limit is None:
        figures.awaiting_total = len(figures.awaiting)


def compute_figures(
    register: Register, cpas_id: int, filters: Filters, today: date, *, awaiting_limit: int | None = None
) -> Figures:
    """The figures of CPAS ``cpas_id`` under ``filters``; answers awaited are counted on ``today``.

    ``awaiting_limit``: list only that many answers awaited, the longest waits (``awaiting_total``
    still counts them all): a page need not carry thousands of rows of a large register.
    """
    figures = Figures()
    # One read transaction: the four queries see the same register.
    with register.reader() as session:
        dialect = session.get_bind().dialect.name
        if dialect == "postgresql":
            # The distinct (worker, case) pairs of a long period are hashed: PostgreSQL's default
            # 4 MB would spill them to disk at 10^5 cases. For this transaction only.
            session.execute(text("SET LOCAL work_mem = '64MB'"))
        selective = dialect == "sqlite" and _short_period(filters, today)
        _requests(session, cpas_id, filters, selective, figures)
        _decisions(session, cpas_id, filters, selective, figures)
        _cases_per_worker(session, cpas_id, filters, selective, figures)
        _awaiting(session, cpas_id, filters, today, awaiting_limit, figures)
    return figures
