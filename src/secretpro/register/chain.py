"""The hash chain: appending an entry at the head of its CPAS chain, and verifying every chain.

Each CPAS has its own chain (``seq`` 1, 2, 3…); an entry's hash covers its content and the hash of
the entry before it, so changing, removing, inserting or reordering any row in the database
breaks the chain from that point on. ``chain_heads`` keeps the last position and hash of each
chain: it is the row writers lock, and it reveals a truncated tail.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from secretpro.i18n import N_

from .canonical import GENESIS_HASH, canonical_json, entry_hash, sha256_hex
from .errors import ConflictError, NotFoundError
from .models import CaseFile, ChainHead, Entry, EntryKind, new_opaque_id, utcnow


def lock_chain_head(session: Session, cpas_id: int) -> ChainHead:
    """The CPAS chain head, locked until the end of the transaction.

    PostgreSQL: ``SELECT … FOR UPDATE`` on the head row, so appenders to one CPAS queue up while
    other CPAS are not held back. SQLite: ignored by the dialect; the transaction was opened with
    ``BEGIN IMMEDIATE`` (``db.writer``), which already makes writers take turns.
    """
    head = session.scalars(
        select(ChainHead).where(ChainHead.cpas_id == cpas_id).with_for_update()
    ).one_or_none()
    if head is None:
        raise NotFoundError(N_("CPAS inconnu dans le registre (n° {cpas_id})."), cpas_id=cpas_id)
    return head


def append_entry(
    session: Session,
    *,
    case_id: str,
    kind: EntryKind,
    payload: Mapping[str, Any],
    author_id: int | None,
    corrects: str | None = None,
    entry_id: str | None = None,
    now: datetime | None = None,
) -> Entry:
    """Add one entry at the head of the case's CPAS chain (call inside a write transaction).

    The caller commits; when the commit fails because another writer took the same position
    (unique ``(cpas_id, seq)``), the whole transaction is retried (``Register.write``).
    """
    case = session.get(CaseFile, case_id)
    if case is None:
        raise NotFoundError(N_("Dossier introuvable."))
    if case.removed_at is not None and kind != EntryKind.TOMBSTONE:
        raise ConflictError(N_("Ce dossier a été supprimé au terme de la durée de conservation."))
    head = lock_chain_head(session, case.cpas_id)
    payload_text = canonical_json(payload)
    entry = Entry(
        id=entry_id or new_opaque_id(),
        cpas_id=case.cpas_id,
        seq=head.seq + 1,
        case_id=case_id,
        kind=kind.value,
        created_at=now or utcnow(),
        author_id=author_id,
        payload=payload_text,
        payload_hash=sha256_hex(payload_text),
        corrects=corrects,
        prev_hash=head.head_hash,
        entry_hash="",
    )
    entry.entry_hash = _hash_of(entry)
    session.add(entry)
    head.seq = entry.seq
    head.head_hash = entry.entry_hash
    session.flush()
    return entry


def _hash_of(row: Any) -> str:
    return entry_hash(
        entry_id=row.id,
        cpas_id=row.cpas_id,
        seq=row.seq,
        case_id=row.case_id,
        kind=row.kind,
        created_at=row.created_at,
        author_id=row.author_id,
        payload_hash=row.payload_hash,
        corrects=row.corrects,
        prev_hash=row.prev_hash,
    )


# Why a chain is broken: stable codes (for programs), each with a French sentence (for people).
REASONS: dict[str, str] = {
    "altered": N_("l’entrée a été modifiée ou déplacée (son empreinte ne correspond plus)"),
    "payload_altered": N_("le contenu de l’entrée a été modifié"),
    "payload_removed": N_("le contenu de l’entrée a été effacé sans purge de conservation"),
    "broken_link": N_("l’entrée ne suit pas la précédente (entrée supprimée, insérée ou déplacée)"),
    "missing": N_("une entrée manque à cette position"),
    "truncated": N_("les dernières entrées de la chaîne ont été supprimées"),
    "head_mismatch": N_("la tête de chaîne ne correspond pas à la dernière entrée"),
    "beyond_head": N_("entrée ajoutée au-delà de la tête de chaîne"),
    "no_head": N_("la chaîne de ce CPAS n’a pas de tête enregistrée"),
}


@dataclass(frozen=True)
class BadEntry:
    """Where a chain breaks: ``entry_id`` is ``None`` when the entry at ``seq`` is missing."""

    cpas_id: int
    seq: int
    entry_id: str | None


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    first_bad: BadEntry | None = None
    reason: str | None = None  # a key of REASONS
    entries_checked: int = 0
    chains_checked: int = 0


_ENTRY_COLUMNS = (
    Entry.id,
    Entry.cpas_id,
    Entry.seq,
    Entry.case_id,
    Entry.kind,
    Entry.created_at,
    Entry.author_id,
    Entry.payload,
    Entry.payload_hash,
    Entry.corrects,
    Entry.prev_hash,
    Entry.entry_hash,
)


def verify(engine: Engine) -> VerifyResult:
    """Check every CPAS chain; stop at the first bad entry (in CPAS then position order).

    Reads one consistent snapshot, so that entries appended meanwhile are not taken for tampering.
    The entries are streamed: memory use does not grow with the register.
    """
    options: dict[str, Any] = {"yield_per": 1000}
    if engine.dialect.name == "postgresql":
        options["isolation_level"] = "REPEATABLE READ"
    with Session(engine.execution_options(**options)) as session, session.begin():
        heads = {h.cpas_id: (h.seq, h.head_hash) for h in session.scalars(select(ChainHead))}
        # A payload may be missing only for a case that retention purged: its tombstone says so
        # (and a forged tombstone would itself break the chain).
        purged = {
            (cpas_id, case_id)
            for cpas_id, case_id in session.execute(
                select(Entry.cpas_id, Entry.case_id).where(Entry.kind == EntryKind.TOMBSTONE.value)
            )
        }
        rows = session.execute(select(*_ENTRY_COLUMNS).order_by(Entry.cpas_id, Entry.seq))
        walk = _Walk(heads, purged)
        for row in rows:
            bad = walk.step(row)
            if bad is not None:
                return walk.broken(bad)
        bad = walk.finish()
        if bad is not None:
            return walk.broken(bad)
        return VerifyResult(ok=True, entries_checked=walk.checked, chains_checked=len(heads))


class _Walk:
    """State of the walk through all chains, one row at a time."""

    def __init__(self, heads: dict[int, tuple[int, str]], purged: set[tuple[int, str]]) -> None:
        self.heads = heads
        self.purged = purged
        self.checked = 0
        self.seen: set[int] = set()
        self.current: int | None = None
        self.expected_seq, self.prev = 1, GENESIS_HASH
        self.last: tuple[int, str, str] | None = None  # seq, id, hash of the chain's last entry
        self.first_beyond: str | None = None  # id of the first entry past the recorded head

    def step(self, row: Any) -> tuple[BadEntry, str] | None:
        if row.cpas_id != self.current:
            bad = self._end_chain()
            if bad is not None:
                return bad
            self.current, self.expected_seq, self.prev, self.last = row.cpas_id, 1, GENESIS_HASH, None
            self.first_beyond = None
            self.seen.add(row.cpas_id)
            if row.cpas_id not in self.heads:
                return BadEntry(row.cpas_id, row.seq, row.id), "no_head"
        reason = _check_row(row, self.expected_seq, self.prev, self.purged)
        if reason == "missing":
            return BadEntry(row.cpas_id, self.expected_seq, None), reason
        if reason is not None:
            return BadEntry(row.cpas_id, row.seq, row.id), reason
        if row.seq == self.heads[row.cpas_id][0] + 1:
            self.first_beyond = row.id
        self.checked += 1
        self.expected_seq, self.prev = row.seq + 1, row.entry_hash
        self.last = (row.seq, row.id, row.entry_hash)
        return None

    def _end_chain(self) -> tuple[BadEntry, str] | None:
        if self.current is None or self.last is None:
            return None
        cpas_id = self.current
        head_seq, head_hash = self.heads[cpas_id]
        last_seq, last_id, last_hash = self.last
        if head_seq > last_seq:
            return BadEntry(cpas_id, last_seq + 1, None), "truncated"
        if head_seq < last_seq:
            return BadEntry(cpas_id, head_seq + 1, self.first_beyond), "beyond_head"
        if head_hash != last_hash:
            return BadEntry(cpas_id, last_seq, last_id), "head_mismatch"
        return None

    def finish(self) -> tuple[BadEntry, str] | None:
        bad = self._end_chain()
        if bad is not None:
            return bad
        # Chains whose every entry was deleted: only the head still remembers them.
        for cpas_id, (head_seq, _) in sorted(self.heads.items()):
            if cpas_id not in self.seen and head_seq != 0:
                return BadEntry(cpas_id, 1, None), "truncated"
        return None

    def broken(self, bad: tuple[BadEntry, str]) -> VerifyResult:
        return VerifyResult(ok=False, first_bad=bad[0], reason=bad[1], entries_checked=self.checked)


def _check_row(row: Any, expected_seq: int, prev: str, purged: set[tuple[int, str]]) -> str | None:
    if row.seq != expected_seq:
        return "missing"
    if row.payload is None:
        if (row.cpas_id, row.case_id) not in purged or row.kind == EntryKind.TOMBSTONE.value:
            return "payload_removed"
    elif sha256_hex(row.payload) != row.payload_hash:
        return "payload_altered"
    if _hash_of(row) != row.entry_hash:
        return "altered"
    if row.prev_hash != prev:
        return "broken_link"
    return None
