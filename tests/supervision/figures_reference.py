"""The supervisors' figures computed the straightforward way, as they were before the summaries
(migration 0008): every entry of the CPAS read in chain order, its payload parsed, corrections
applied, then counted in Python. The tests and ``benchmarks/supervision_dashboard.py`` compare the
indexed figures with it."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from secretpro.register import Register
from secretpro.register.models import Entry
from secretpro.supervision import Awaiting, Figures, Filters
from secretpro.supervision.figures import BRUSSELS, OE, UNKNOWN


def reference_figures(register: Register, cpas_id: int, filters: Filters, today: date) -> Figures:
    def local_day(moment: datetime) -> date:
        return moment.astimezone(BRUSSELS).date()

    def text_of(value: Any) -> str | None:
        return value if isinstance(value, str) and value else None

    def day_of(value: Any, fallback: datetime) -> date:
        if isinstance(value, str):
            try:
                return date.fromisoformat(value[:10])
            except ValueError:
                pass
        return local_day(fallback)

    def recipient(payload: dict[str, Any]) -> str | None:
        request = payload.get("request")
        if isinstance(request, dict) and text_of(request.get("recipient")):
            return str(request["recipient"])
        return text_of(payload.get("recipient"))

    kinds = (
        "request_incoming",
        "request_outgoing",
        "decision",
        "document_sent",
        "answer_received",
        "correction",
    )
    with register.reader() as session:
        entries = session.execute(
            select(
                Entry.id,
                Entry.case_id,
                Entry.kind,
                Entry.created_at,
                Entry.author_id,
                Entry.payload,
                Entry.corrects,
            )
            .where(Entry.cpas_id == cpas_id, Entry.kind.in_(kinds))
            .order_by(Entry.seq)
        ).all()
    rows: list[list[Any]] = []
    corrected: dict[str, dict[str, Any]] = {}
    for entry_id, case_id, kind, created_at, author_id, raw, corrects in entries:
        payload = json.loads(raw) if raw else {}
        payload = payload if isinstance(payload, dict) else {}
        if kind == "correction":
            if corrects and isinstance(payload.get("payload"), dict):
                corrected[corrects] = payload["payload"]
            continue
        rows.append([entry_id, case_id, kind, created_at, author_id, payload])
    for row in rows:
        row[5] = corrected.get(row[0], row[5])
    figures = Figures()
    cases: dict[int | None, set[str]] = {}
    last_sent: dict[str, tuple[date, int | None]] = {}
    for _entry_id, case_id, kind, created_at, author_id, payload in rows:
        if kind == "answer_received":
            last_sent.pop(case_id, None)
        elif kind in ("request_outgoing", "document_sent") and recipient(payload) in (None, OE):
            last_sent[case_id] = (local_day(created_at), author_id)
        if filters.worker is not None and author_id != filters.worker:
            continue
        if kind == "request_incoming":
            day = day_of(payload.get("date"), created_at)
            request = payload.get("request")
            requester = (text_of(request.get("requester")) if isinstance(request, dict) else None) or UNKNOWN
            if not filters.covers(day) or (filters.requester and requester != filters.requester):
                continue
            figures.requests_by_requester[requester] += 1
            figures.requests_by_month[f"{day:%Y-%m}"] += 1
        elif kind == "decision":
            rule = text_of(payload.get("rule")) or UNKNOWN
            facts = payload.get("facts")
            named = text_of(facts.get("requester")) if isinstance(facts, dict) else None
            if not filters.covers(local_day(created_at)) or (filters.rule and rule != filters.rule):
                continue
            if filters.requester and named != filters.requester:
                continue
            outcome = text_of(payload.get("outcome")) or UNKNOWN
            figures.decisions[(rule, outcome)] += 1
            if outcome == "forbidden":
                figures.refusals_by_reason[text_of(payload.get("decisive_step")) or UNKNOWN] += 1
            if text_of(payload.get("rules_version")):
                figures.rules_versions.add(payload["rules_version"])
        elif not filters.covers(local_day(created_at)):
            continue
        cases.setdefault(author_id, set()).add(case_id)
    figures.cases_per_worker = Counter({worker: len(ids) for worker, ids in cases.items()})
    for case_id, (since, worker) in last_sent.items():
        days = (today - since).days
        if days > filters.awaited_days and (filters.worker is None or worker == filters.worker):
            figures.awaiting.append(Awaiting(case_id, since, days, worker))
    figures.awaiting.sort(key=lambda item: (-item.days, item.case_id))
    return figures
