"""Per-entry summaries for the supervisors' figures (table ``entry_summaries``).

The dashboard counts requests, decisions, refusals, cases per worker and answers awaited from the
OE over a CPAS's whole register. Reading and parsing every payload on each page view does not hold
at 10^5 cases, so every entry the figures count gets one row of plain codes and dates, written in
the transaction that appends it; ``supervision/figures.py`` aggregates those rows with indexed
``GROUP BY`` queries.

A row holds what the figures read from the clear part of the payload (requester, rule, outcome,
decisive step, rules version, whether a request or document went to the OE, a request's reception
date) and copies of the entry's plain columns: never an encrypted value, never free text. The rows
are outside the chain (derived, never hashed): the entries' MACs and the seal do not change, and
:func:`rebuild` writes them again from the entries at any time.

The rows follow the figures' rules:

* a correction replaces the payload of the entry it corrects, so that entry's row is derived again
  from the correction (the last correction wins);
* a retention purge erases the payloads of a case, so its rows are derived again (from nothing);
* ``oe_last`` marks the row that says whether a case awaits an answer of the OE: a request or
  document sent to the OE awaits one until an answer linked to it (``answers_entry``) or an answer
  linked to nothing (it answers everything sent before it) is recorded; ``oe_last`` is on the last
  such sent row still awaiting, else on the last answer (see :func:`awaiting_in`);
* ``worker_first`` marks the first row of each worker in each case, ``pair_plain`` and
  ``pair_request`` what kinds of rows that (worker, case) pair holds (cases per worker without a
  period: a count of flagged rows plus the few pairs a filter must look into).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import (
    Connection,
    Table,
    TableClause,
    and_,
    delete,
    exists,
    func,
    insert,
    or_,
    select,
    tuple_,
    update,
)
from sqlalchemy.orm import Session

from .models import Entry, EntryKind, EntrySummary

BRUSSELS = ZoneInfo("Europe/Brussels")
OE = "office_des_etrangers"
UNKNOWN = "unknown"
SENT = "sent"
ANSWER = "answer"
# The key of an answer's payload that names the entry it answers (``entries.record_answer``).
ANSWERS_ENTRY = "answers_entry"

# The entries the figures count (a correction is not counted: it changes what it corrects).
SUMMARISED = frozenset(
    {
        EntryKind.REQUEST_INCOMING.value,
        EntryKind.REQUEST_OUTGOING.value,
        EntryKind.DECISION.value,
        EntryKind.DOCUMENT_SENT.value,
        EntryKind.ANSWER_RECEIVED.value,
    }
)
_READ = (*sorted(SUMMARISED), EntryKind.CORRECTION.value)
_REQUEST = EntryKind.REQUEST_INCOMING.value
# Kinds no rule or requester filter narrows: a pair holding one counts under every such filter.
PLAIN = frozenset(SUMMARISED - {_REQUEST, EntryKind.DECISION.value})
_CORRECTION = EntryKind.CORRECTION.value
REBUILD_BATCH = 5000
_TABLE = cast(Table, EntrySummary.__table__)


def local_day(moment: datetime) -> date:
    return moment.astimezone(BRUSSELS).date()


def _day(value: Any, fallback: datetime) -> date:
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            pass
    return local_day(fallback)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _recipient(payload: Mapping[str, Any]) -> str | None:
    request = payload.get("request")
    if isinstance(request, dict) and _text(request.get("recipient")):
        return str(request["recipient"])
    return _text(payload.get("recipient"))


def parse_payload(text: str | None) -> dict[str, Any]:
    """A stored payload as a dict; a purged (``None``) or malformed one counts as empty."""
    payload = json.loads(text) if text else {}
    return payload if isinstance(payload, dict) else {}


def corrected_payload(text: str | None) -> dict[str, Any] | None:
    """The payload a correction entry puts in place of the one it corrects, if it carries one."""
    new = parse_payload(text).get("payload")
    return new if isinstance(new, dict) else None


def summary_fields(kind: str, payload: Mapping[str, Any], created_at: datetime) -> dict[str, Any]:
    """What the figures read of an entry of ``kind`` with ``payload``, recorded at ``created_at``.

    * a request received is filed under the reception date typed by the worker (else the day of
      recording), with its requester (``unknown`` when none);
    * a decision under the day of recording, with rule and outcome (``unknown`` when missing), the
      step that decided it, the rules version and the requester named in its facts (if any);
    * a request or document with no recipient or sent to the OE is a ``sent`` exchange with the
      OE, an answer received an ``answer``.
    """
    fields: dict[str, Any] = {
        "day": local_day(created_at),
        "requester": None,
        "rule": None,
        "outcome": None,
        "step": None,
        "rules_version": None,
        "oe_step": None,
        "answers_entry": None,
    }
    if kind == EntryKind.REQUEST_INCOMING.value:
        request = payload.get("request")
        requester = _text(request.get("requester")) if isinstance(request, dict) else None
        fields["day"] = _day(payload.get("date"), created_at)
        fields["requester"] = requester or UNKNOWN
    elif kind == EntryKind.DECISION.value:
        facts = payload.get("facts")
        fields["requester"] = _text(facts.get("requester")) if isinstance(facts, dict) else None
        fields["rule"] = _text(payload.get("rule")) or UNKNOWN
        fields["outcome"] = _text(payload.get("outcome")) or UNKNOWN
        fields["step"] = _text(payload.get("decisive_step"))
        fields["rules_version"] = _text(payload.get("rules_version"))
    elif kind in (EntryKind.REQUEST_OUTGOING.value, EntryKind.DOCUMENT_SENT.value):
        if _recipient(payload) in (None, OE):
            fields["oe_step"] = SENT
    elif kind == EntryKind.ANSWER_RECEIVED.value:
        fields["oe_step"] = ANSWER
        linked = _text(payload.get(ANSWERS_ENTRY))
        fields["answers_entry"] = linked if linked is not None and len(linked) <= 32 else None
    fields["month"] = f"{fields['day']:%Y-%m}"
    return fields


# --- kept up to date by the writers ------------------------------------------------------------


def on_append(session: Session, entry: Entry) -> None:
    """Summarise ``entry``, just appended in this transaction (``chain.append_entry``).

    Appends to one CPAS take turns (the chain head is locked), so a case's rows never change
    under this function.
    """
    if entry.kind in SUMMARISED:
        # Core statements on the transaction's connection, not ORM objects: this runs on every
        # append, and the ORM's machinery would cost more than the statements themselves.
        table, connection = _TABLE, session.connection()
        fields = summary_fields(entry.kind, parse_payload(entry.payload), entry.created_at)
        exchange = fields["oe_step"] is not None
        if exchange:
            _clear_last_exchange(connection, entry.case_id)
        same_pair = (
            table.c.case_id == entry.case_id,
            table.c.author_id == entry.author_id
            if entry.author_id is not None
            else table.c.author_id.is_(None),
        )
        seen = connection.execute(
            select(table.c.pair_plain, table.c.pair_request).where(*same_pair).limit(1)
        ).first()
        plain = entry.kind in PLAIN or (seen is not None and seen.pair_plain)
        request = entry.kind == _REQUEST or (seen is not None and seen.pair_request)
        if seen is not None and (plain, request) != (seen.pair_plain, seen.pair_request):
            connection.execute(update(table).where(*same_pair).values(pair_plain=plain, pair_request=request))
        connection.execute(
            insert(table).values(
                entry_id=entry.id,
                cpas_id=entry.cpas_id,
                case_id=entry.case_id,
                seq=entry.seq,
                kind=entry.kind,
                author_id=entry.author_id,
                oe_last=exchange,
                worker_first=seen is None,
                pair_plain=plain,
                pair_request=request,
                **fields,
            )
        )
        if fields["answers_entry"] is not None:
            # An answer to one thing sent: others sent before it may still await theirs.
            mark_last_exchange(session, entry.case_id)
    elif entry.kind == _CORRECTION and entry.corrects:
        new = corrected_payload(entry.payload)
        row = session.get(EntrySummary, entry.corrects) if new is not None else None
        if new is None or row is None:
            return  # nothing the figures count (a correction of a correction, of a case event…)
        created_at = session.scalar(select(Entry.created_at).where(Entry.id == entry.corrects))
        assert created_at is not None  # the summary exists, so does its entry
        was = (row.oe_step, row.answers_entry)
        for name, value in summary_fields(row.kind, new, created_at).items():
            setattr(row, name, value)
        if (row.oe_step, row.answers_entry) != was:
            session.flush()
            mark_last_exchange(session, row.case_id)


def _clear_last_exchange(connection: Connection, case_id: str) -> None:
    connection.execute(
        update(_TABLE).where(_TABLE.c.case_id == case_id, _TABLE.c.oe_last.is_(True)).values(oe_last=False)
    )


def awaiting_in(exchanges: Iterable[Any]) -> tuple[list[Any], Any | None]:
    """Of one case's exchanges with the OE (rows with ``seq``, ``oe_step``, ``entry_id`` and
    ``answers_entry``, in chain order): the things sent still awaiting an answer, and the row that
    carries ``oe_last`` (the last of those, else the last answer; ``None`` when there is none).

    A thing sent is answered by an answer linked to it, or by any answer linked to nothing recorded
    after it (answers recorded before links existed, or "all that was sent")."""
    rows = list(exchanges)
    answered = {row.answers_entry for row in rows if row.oe_step == ANSWER and row.answers_entry}
    cleared = max((row.seq for row in rows if row.oe_step == ANSWER and not row.answers_entry), default=-1)
    awaiting = [
        row for row in rows if row.oe_step == SENT and row.seq > cleared and row.entry_id not in answered
    ]
    answers = [row for row in rows if row.oe_step == ANSWER]
    if awaiting:
        return awaiting, awaiting[-1]
    return [], answers[-1] if answers else (rows[-1] if rows else None)


def _mark_case(connection: Connection, table: TableClause, case_id: str) -> None:
    exchanges = connection.execute(
        select(table.c.seq, table.c.oe_step, table.c.entry_id, table.c.answers_entry)
        .where(table.c.case_id == case_id, table.c.oe_step.is_not(None))
        .order_by(table.c.seq)
    ).all()
    connection.execute(
        update(table).where(table.c.case_id == case_id, table.c.oe_last.is_(True)).values(oe_last=False)
    )
    _, last = awaiting_in(exchanges)
    if last is not None:
        connection.execute(
            update(table).where(table.c.case_id == case_id, table.c.seq == last.seq).values(oe_last=True)
        )


def mark_last_exchange(session: Session, case_id: str) -> None:
    """Set ``oe_last`` on the row that says whether the case awaits an answer, and on no other."""
    session.flush()
    _mark_case(session.connection(), _TABLE, case_id)


def refresh_case(session: Session, case_id: str) -> None:
    """Derive the rows of one case again from its entries (after a retention purge)."""
    entries = session.execute(
        select(*_ENTRY_COLUMNS).where(Entry.case_id == case_id, Entry.kind.in_(_READ)).order_by(Entry.seq)
    ).all()
    rows = _derive(entries)
    session.execute(delete(EntrySummary).where(EntrySummary.case_id == case_id))
    if rows:
        session.execute(insert(EntrySummary), rows)
    mark_last_exchange(session, case_id)


# --- derived again from the entries ---------------------------------------------------------------

_ENTRY_COLUMNS = (
    Entry.id,
    Entry.cpas_id,
    Entry.seq,
    Entry.case_id,
    Entry.kind,
    Entry.created_at,
    Entry.author_id,
    Entry.payload,
    Entry.corrects,
)


def _row(entry: Any, payload: Mapping[str, Any], columns: Iterable[str] | None = None) -> dict[str, Any]:
    row = {
        "entry_id": entry.id,
        "cpas_id": entry.cpas_id,
        "case_id": entry.case_id,
        "seq": entry.seq,
        "kind": entry.kind,
        "author_id": entry.author_id,
        "oe_last": False,
        "worker_first": False,
        "pair_plain": False,
        "pair_request": False,
        **summary_fields(entry.kind, payload, entry.created_at),
    }
    if columns is not None:
        wanted = set(columns)
        row = {name: value for name, value in row.items() if name in wanted}
    return row


def _derive(entries: Iterable[Any]) -> list[dict[str, Any]]:
    """The summary rows of ``entries`` (one case, chain order), corrections applied and
    ``worker_first`` and the pair flags set; ``oe_last`` unset."""
    corrected: dict[str, dict[str, Any]] = {}
    kept: list[Any] = []
    for entry in entries:
        if entry.kind == _CORRECTION:
            new = corrected_payload(entry.payload)
            if entry.corrects and new is not None:
                corrected[entry.corrects] = new
        else:
            kept.append(entry)
    rows = [
        _row(entry, corrected[entry.id] if entry.id in corrected else parse_payload(entry.payload))
        for entry in kept
    ]
    workers: set[int | None] = set()
    plain = {row["author_id"] for row in rows if row["kind"] in PLAIN}
    request = {row["author_id"] for row in rows if row["kind"] == _REQUEST}
    for row in rows:
        row["worker_first"] = row["author_id"] not in workers
        row["pair_plain"] = row["author_id"] in plain
        row["pair_request"] = row["author_id"] in request
        workers.add(row["author_id"])
    return rows


def rebuild(connection: Connection, table: TableClause | None = None, *, batch: int = REBUILD_BATCH) -> int:
    """Write every summary row again from the entries; returns the number of rows.

    Reads the entries in pages of ``batch`` in chain order, so memory stays flat whatever the size
    of the register (only the corrections, which are few, are held until the end). ``table``: the
    table to fill, by default ``entry_summaries`` as the models describe it (a migration passes the
    table as it was at its revision; columns it lacks are left out).
    """
    target = table if table is not None else EntrySummary.__table__
    assert isinstance(target, TableClause)
    columns = [column.name for column in target.columns]
    connection.execute(delete(target))
    corrected: dict[str, dict[str, Any]] = {}
    position: tuple[int, int] | None = None
    written = 0
    while True:
        query = select(*_ENTRY_COLUMNS).where(Entry.kind.in_(_READ))
        if position is not None:
            query = query.where(tuple_(Entry.cpas_id, Entry.seq) > tuple_(*position))
        page = connection.execute(query.order_by(Entry.cpas_id, Entry.seq).limit(batch)).all()
        if not page:
            break
        rows = []
        for entry in page:
            if entry.kind == _CORRECTION:
                new = corrected_payload(entry.payload)
                if entry.corrects and new is not None:
                    corrected[entry.corrects] = new
            else:
                rows.append(_row(entry, parse_payload(entry.payload), columns))
        if rows:
            connection.execute(insert(target), rows)
            written += len(rows)
        position = (page[-1].cpas_id, page[-1].seq)
    for entry_id, new in corrected.items():
        original = connection.execute(
            select(*_ENTRY_COLUMNS).where(Entry.id == entry_id, Entry.kind.in_(sorted(SUMMARISED)))
        ).one_or_none()
        if original is not None:
            row = _row(original, new, columns)
            connection.execute(update(target).where(target.c.entry_id == entry_id).values(**row))
    # Each case's last exchange with the OE, in one statement.
    other = target.alias("other")
    last = (
        select(func.max(other.c.seq))
        .where(other.c.case_id == target.c.case_id, other.c.oe_step.is_not(None))
        .scalar_subquery()
    )
    connection.execute(
        update(target).where(target.c.oe_step.is_not(None), target.c.seq == last).values(oe_last=True)
    )
    # … except in the (few) cases where an answer names what it answers.
    if "answers_entry" in columns:
        linked = select(target.c.case_id).where(target.c.answers_entry.is_not(None)).distinct()
        for (case_id,) in connection.execute(linked).all():
            _mark_case(connection, target, case_id)
    # Each worker's first row in each case and what each pair holds, one statement each (no author
    # is a worker as well).
    same_pair = (
        other.c.case_id == target.c.case_id,
        or_(
            other.c.author_id == target.c.author_id,
            and_(other.c.author_id.is_(None), target.c.author_id.is_(None)),
        ),
    )
    first = select(func.min(other.c.seq)).where(*same_pair).scalar_subquery()
    connection.execute(update(target).where(target.c.seq == first).values(worker_first=True))
    plain = exists().where(*same_pair, other.c.kind.in_(sorted(PLAIN)))
    connection.execute(update(target).where(plain).values(pair_plain=True))
    request = exists().where(*same_pair, other.c.kind == _REQUEST)
    connection.execute(update(target).where(request).values(pair_request=True))
    return written
