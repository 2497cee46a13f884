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
entry stays in the register). Only clear payload fields are read: nothing is decrypted.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from secretpro.register import Register
from secretpro.register.models import Entry, EntryKind

BRUSSELS = ZoneInfo("Europe/Brussels")
OE = "office_des_etrangers"
UNKNOWN = "unknown"
DEFAULT_AWAITED_DAYS = 30

_KINDS = (
    EntryKind.REQUEST_INCOMING,
    EntryKind.REQUEST_OUTGOING,
    EntryKind.DECISION,
    EntryKind.DOCUMENT_SENT,
    EntryKind.ANSWER_RECEIVED,
    EntryKind.CORRECTION,
)


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


@dataclass
class _Row:
    id: str
    case_id: str
    kind: str
    created_at: datetime
    author_id: int | None
    payload: dict[str, Any]


def local_day(moment: datetime) -> date:
    return moment.astimezone(BRUSSELS).date()


def _day(value: Any, fallback: datetime) -> date:
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            pass
    return local_day(fallback)


def _rows(register: Register, cpas_id: int) -> list[_Row]:
    query = (
        select(
            Entry.id,
            Entry.case_id,
            Entry.kind,
            Entry.created_at,
            Entry.author_id,
            Entry.payload,
            Entry.corrects,
        )
        .where(Entry.cpas_id == cpas_id, Entry.kind.in_([kind.value for kind in _KINDS]))
        .order_by(Entry.seq)
    )
    rows: list[_Row] = []
    corrected: dict[str, dict[str, Any]] = {}
    with register.reader() as session:
        for entry_id, case_id, kind, created_at, author_id, raw, corrects in session.execute(query):
            payload = json.loads(raw) if raw else {}
            if not isinstance(payload, dict):
                payload = {}
            if kind == EntryKind.CORRECTION.value:
                new = payload.get("payload")
                if corrects and isinstance(new, dict):
                    corrected[corrects] = new
                continue
            rows.append(_Row(entry_id, case_id, kind, created_at, author_id, payload))
    for row in rows:
        if row.id in corrected:
            row.payload = corrected[row.id]
    return rows


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _recipient(payload: dict[str, Any]) -> str | None:
    request = payload.get("request")
    if isinstance(request, dict) and _text(request.get("recipient")):
        return str(request["recipient"])
    return _text(payload.get("recipient"))


def compute_figures(register: Register, cpas_id: int, filters: Filters, today: date) -> Figures:
    """The figures of CPAS ``cpas_id`` under ``filters``; answers awaited are counted on ``today``."""
    figures = Figures()
    cases_by_worker: dict[int | None, set[str]] = {}
    last_sent: dict[str, tuple[date, int | None]] = {}
    for row in _rows(register, cpas_id):
        payload = row.payload
        if row.kind == EntryKind.ANSWER_RECEIVED.value:
            last_sent.pop(row.case_id, None)
        elif row.kind in (EntryKind.REQUEST_OUTGOING.value, EntryKind.DOCUMENT_SENT.value) and _recipient(
            payload
        ) in (None, OE):
            last_sent[row.case_id] = (local_day(row.created_at), row.author_id)
        if filters.worker is not None and row.author_id != filters.worker:
            continue
        if row.kind == EntryKind.REQUEST_INCOMING.value:
            day = _day(payload.get("date"), row.created_at)
            request = payload.get("request")
            requester = _text(request.get("requester")) if isinstance(request, dict) else None
            requester = requester or UNKNOWN
            if not filters.covers(day) or (filters.requester and requester != filters.requester):
                continue
            figures.requests_by_requester[requester] += 1
            figures.requests_by_month[f"{day:%Y-%m}"] += 1
        elif row.kind == EntryKind.DECISION.value:
            day = local_day(row.created_at)
            rule = _text(payload.get("rule")) or UNKNOWN
            facts = payload.get("facts")
            requester = _text(facts.get("requester")) if isinstance(facts, dict) else None
            if not filters.covers(day) or (filters.rule and rule != filters.rule):
                continue
            if filters.requester and requester != filters.requester:
                continue
            outcome = _text(payload.get("outcome")) or UNKNOWN
            figures.decisions[(rule, outcome)] += 1
            if outcome == "forbidden":
                figures.refusals_by_reason[_text(payload.get("decisive_step")) or UNKNOWN] += 1
            version = _text(payload.get("rules_version"))
            if version:
                figures.rules_versions.add(version)
        else:
            day = local_day(row.created_at)
            if not filters.covers(day):
                continue
        cases_by_worker.setdefault(row.author_id, set()).add(row.case_id)
    figures.cases_per_worker = Counter({worker: len(cases) for worker, cases in cases_by_worker.items()})
    for case_id, (since, worker) in last_sent.items():
        days = (today - since).days
        if days > filters.awaited_days and (filters.worker is None or worker == filters.worker):
            figures.awaiting.append(Awaiting(case_id, since, days, worker))
    figures.awaiting.sort(key=lambda item: (-item.days, item.case_id))
    return figures
