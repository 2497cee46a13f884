"""Retention: case files whose last activity is older than the retention period are purged.

What goes: the encrypted name and national number of the case, its lookup hash, and the payload
text of its entries. What stays: each entry's row with its ``payload_hash`` and ``entry_hash`` (so
the chain still verifies: the hash covers the payload only through ``payload_hash``), and a new
``tombstone`` entry saying which case was purged and how many entries were erased, with the digest
of the purged case row (the chain keeps covering it). Verification accepts a missing payload only
for a case that has such a tombstone. The case's figure summaries (``summaries.py``) are derived
again from the emptied entries, so the supervisors' figures count them as they then read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from secretpro.i18n import N_

from .canonical import case_digest
from .chain import CASE_DIGEST, append_entry
from .drafts import delete_case_drafts
from .errors import InvalidInputError
from .models import CaseFile, Entry, EntryKind, utcnow
from .store import Register
from .summaries import refresh_case

# A case_opened entry holds only the digest of the case's metadata (no personal data): kept.
_CASE_OPENED = EntryKind.CASE_OPENED.value


@dataclass(frozen=True)
class PurgeReport:
    cases: int
    entries: int
    case_ids: tuple[str, ...]


def purge_candidates(register: Register, older_than_days: int, *, now: datetime | None = None) -> list[str]:
    """Ids of the cases (not yet purged) with no activity since ``older_than_days`` days."""
    if older_than_days < 1:
        raise InvalidInputError(N_("La durée de conservation doit être d’au moins un jour."))
    cutoff = (now or utcnow()) - timedelta(days=older_than_days)
    last_entry = (
        select(Entry.case_id, func.max(Entry.created_at).label("last_at")).group_by(Entry.case_id).subquery()
    )
    query = (
        select(CaseFile.id, CaseFile.created_at, last_entry.c.last_at)
        .outerjoin(last_entry, last_entry.c.case_id == CaseFile.id)
        .where(CaseFile.removed_at.is_(None))
        .order_by(CaseFile.created_at)
    )
    with register.reader() as session:
        rows = session.execute(query).all()
    result: list[str] = []
    for case_id, created_at, last_at in rows:
        # The max() of a UTC column comes back untyped from SQLite: go through the column type.
        last = _as_utc(last_at) if last_at is not None else created_at
        if max(created_at, last) < cutoff:
            result.append(case_id)
    return result


def _as_utc(value: datetime | str) -> datetime:
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def purge_case(register: Register, case_id: str, *, older_than_days: int | None = None) -> int:
    """Purge one case now (see module doc); returns the number of entries erased."""

    def purge(session: Session) -> int:
        case = session.get(CaseFile, case_id)
        if case is None or case.removed_at is not None:
            return 0
        erased = session.scalar(
            select(func.count())
            .select_from(Entry)
            .where(Entry.case_id == case_id, Entry.payload.is_not(None), Entry.kind != _CASE_OPENED)
        )
        count = int(erased or 0)
        moment = utcnow()
        # Tombstone first: it takes the chain lock before any row of the chain is touched.
        payload: dict[str, object] = {"purged_case": case_id, "erased_entries": count}
        if older_than_days is not None:
            payload["retention_days"] = older_than_days
        # The case row as it will be once purged: the chain covers it from the tombstone on.
        payload[CASE_DIGEST] = case_digest(
            case_id=case.id,
            cpas_id=case.cpas_id,
            created_at=case.created_at,
            created_by=case.created_by,
            subject_name_enc=None,
            subject_nn_enc=None,
            subject_nn_lookup=None,
            removed_at=moment,
        )
        tombstone = append_entry(
            session,
            register.keyring,
            case_id=case_id,
            kind=EntryKind.TOMBSTONE,
            payload=payload,
            author_id=None,
            now=moment,
        )
        session.execute(
            update(Entry)
            .where(Entry.case_id == case_id, Entry.id != tombstone.id, Entry.kind != _CASE_OPENED)
            .values(payload=None)
            .execution_options(synchronize_session=False)
        )
        # The figures now count these entries as empty, as they would reading the payloads.
        refresh_case(session, case_id)
        delete_case_drafts(session, case_id)  # work in progress that may name the person
        case.subject_name_enc = None
        case.subject_nn_enc = None
        case.subject_nn_lookup = None
        case.removed_at = moment
        return count

    return register.write(purge)


def purge_older_than(register: Register, days: int, *, now: datetime | None = None) -> PurgeReport:
    """Purge every case with no activity for ``days`` days; one transaction per case, so an
    interrupted purge leaves each case either whole or purged."""
    purged: list[str] = []
    erased = 0
    for case_id in purge_candidates(register, days, now=now):
        erased += purge_case(register, case_id, older_than_days=days)
        purged.append(case_id)
    return PurgeReport(len(purged), erased, tuple(purged))
