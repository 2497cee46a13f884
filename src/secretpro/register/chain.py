"""The chain: appending an entry at the head of its CPAS chain, and verifying every chain.

Each CPAS has its own chain (``seq`` 1, 2, 3…); an entry's link (``entry_hash``) is a keyed MAC
(HMAC-SHA256 with a subkey of the register key, which never lives in the database) over its
content and the link of the entry before it, so changing, removing, inserting or reordering any
row breaks the chain from that point on, and only the key holder could compute a replacement.
``chain_heads`` keeps the last position and MAC of each chain: it is the row writers lock, and it
reveals a truncated tail. What the database alone cannot reveal (a rollback of the whole file, the
tail deleted with the head moved back) is caught by the seal kept outside it (``seal.py``).

Case files are covered too: creating or purging a case appends an entry whose payload carries the
digest of the ``case_files`` row (``canonical.case_digest``), and ``verify`` recomputes it.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from secretpro.i18n import N_

from . import summaries
from .canonical import GENESIS_HASH, canonical_json, case_digest, entry_material, sha256_hex
from .crypto import KeyRing
from .errors import ConflictError, NotFoundError
from .models import CaseFile, ChainHead, Entry, EntryKind, new_opaque_id, utcnow
from .seal import ChainState

# ``session.info`` key: the chains this transaction appended to, sealed after its commit.
APPENDED = "secretpro_appended"
# Payload key of the entries that record a case file's metadata (``case_opened``, ``tombstone``).
CASE_DIGEST = "case_digest"


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
    keyring: KeyRing,
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
    entry.entry_hash = mac_of(keyring, entry)
    session.add(entry)
    head.seq = entry.seq
    head.head_hash = entry.entry_hash
    session.flush()
    # The figures' summary row, in the same transaction: never a figure without its entry.
    summaries.on_append(session, entry)
    session.info.setdefault(APPENDED, {})[entry.cpas_id] = ChainState(entry.seq, entry.entry_hash)
    return entry


def case_digest_of(case: Any) -> str:
    """The digest of a ``case_files`` row as it is now (ORM object or result row)."""
    return case_digest(
        case_id=case.id,
        cpas_id=case.cpas_id,
        created_at=case.created_at,
        created_by=case.created_by,
        subject_name_enc=_bytes(case.subject_name_enc),
        subject_nn_enc=_bytes(case.subject_nn_enc),
        subject_nn_lookup=case.subject_nn_lookup,
        removed_at=case.removed_at,
    )


def _bytes(value: Any) -> bytes | None:
    return None if value is None else bytes(value)


def mac_of(keyring: KeyRing, row: Any) -> str:
    return keyring.chain_mac(_material_of(row))


def _material_of(row: Any) -> str:
    return entry_material(
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
    "altered": N_("l’entrée a été modifiée ou déplacée (son code d’authentification ne correspond plus)"),
    "payload_altered": N_("le contenu de l’entrée a été modifié"),
    "payload_removed": N_("le contenu de l’entrée a été effacé sans purge de conservation"),
    "broken_link": N_("l’entrée ne suit pas la précédente (entrée supprimée, insérée ou déplacée)"),
    "missing": N_("une entrée manque à cette position"),
    "truncated": N_("les dernières entrées de la chaîne ont été supprimées"),
    "head_mismatch": N_("la tête de chaîne ne correspond pas à la dernière entrée"),
    "beyond_head": N_("entrée ajoutée au-delà de la tête de chaîne"),
    "no_head": N_("la chaîne de ce CPAS n’a pas de tête enregistrée"),
    "case_altered": N_(
        "les données du dossier (CPAS, identité, création ou suppression) ne correspondent plus à la chaîne"
    ),
    "case_unrecorded": N_("ce dossier n’est inscrit dans aucune chaîne (ajouté directement dans la base)"),
    "case_missing": N_("ce dossier inscrit dans la chaîne a disparu de la base"),
    "behind_seal": N_(
        "le registre est en retrait du sceau : des entrées scellées manquent "
        "(entrées supprimées ou ancienne copie de la base remise en place)"
    ),
    "diverged_from_seal": N_("l’entrée scellée à cette position a été remplacée (historique réécrit)"),
    "seal_missing": N_(
        "le sceau du registre est introuvable (fichier de sceau supprimé, déplacé ou "
        "SECRETPRO_SEAL_FILE différent) : rien ne prouve que des entrées n’ont pas été retirées"
    ),
    "seal_invalid": N_("le fichier de sceau est illisible ou a été modifié"),
    "behind_checkpoint": N_("le registre n’atteint plus ce point de contrôle : des entrées ont été retirées"),
    "diverged_from_checkpoint": N_("l’entrée du point de contrôle à cette position a été remplacée"),
    "checkpoint_invalid": N_("le point de contrôle est illisible, modifié ou signé avec une autre clé"),
    "checkpoint_foreign": N_("le point de contrôle appartient à un autre registre"),
}


@dataclass(frozen=True)
class BadEntry:
    """Where a chain breaks: ``entry_id`` is ``None`` when the entry at ``seq`` is missing;
    ``case_id`` names the case file for the ``case_*`` reasons."""

    cpas_id: int
    seq: int
    entry_id: str | None
    case_id: str | None = None


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    first_bad: BadEntry | None = None  # None with a register-wide reason (seal_missing…)
    reason: str | None = None  # a key of REASONS
    entries_checked: int = 0
    chains_checked: int = 0
    cases_checked: int = 0
    sealed: bool = False  # the heads were compared with the seal
    checkpoint: bool = False  # … and with a checkpoint
    heads: Mapping[int, ChainState] = field(default_factory=dict)  # verified, per CPAS chain


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
_CASE_COLUMNS = (
    CaseFile.id,
    CaseFile.cpas_id,
    CaseFile.created_at,
    CaseFile.created_by,
    CaseFile.subject_name_enc,
    CaseFile.subject_nn_enc,
    CaseFile.subject_nn_lookup,
    CaseFile.removed_at,
)
_CASE_KINDS = frozenset({EntryKind.CASE_OPENED.value, EntryKind.TOMBSTONE.value})


def verify(
    engine: Engine,
    keyring: KeyRing,
    *,
    seal: Mapping[int, ChainState] | None = None,
    seal_problem: str | None = None,
    checkpoint: Mapping[int, ChainState] | None = None,
    require_seal: bool = True,
) -> VerifyResult:
    """Check every CPAS chain, the case files, then the seal and the checkpoint; stop at the first
    problem (in CPAS then position order).

    ``seal``: the sealed heads, read *before* this call (appends seal after their commit, so a seal
    read first is never ahead of the snapshot read next); ``None`` when the register was never
    sealed, which is a problem only if it holds entries. ``seal_problem``: ``seal_invalid`` when
    the seal file could not be authenticated. Reads one consistent snapshot, so that entries
    appended meanwhile are not taken for tampering; the entries are streamed. ``require_seal``
    false: the seal is left out (``register seal --force``).
    """
    options: dict[str, Any] = {"yield_per": 1000}
    if engine.dialect.name == "postgresql":
        options["isolation_level"] = "REPEATABLE READ"
    anchors = [("seal", seal or {}), ("checkpoint", checkpoint or {})]
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
        walk = _Walk(keyring, heads, purged, anchors)
        for row in rows:
            bad = walk.step(row)
            if bad is not None:
                return walk.broken(bad)
        bad = walk.finish()
        if bad is None:
            cases = session.execute(select(*_CASE_COLUMNS).order_by(CaseFile.cpas_id, CaseFile.id))
            bad = walk.check_cases(cases)
        if bad is not None:
            return walk.broken(bad)
    if seal_problem is not None:
        return walk.broken((None, seal_problem))
    if seal is None and walk.checked > 0 and require_seal:
        return walk.broken((None, "seal_missing"))
    for name, chains in anchors:
        bad = walk.check_anchor(name, chains)
        if bad is not None:
            return walk.broken(bad)
    return VerifyResult(
        ok=True,
        entries_checked=walk.checked,
        chains_checked=len(heads),
        cases_checked=walk.cases,
        sealed=seal is not None,
        checkpoint=checkpoint is not None,
        heads=walk.verified_heads,
    )


class _Walk:
    """State of the walk through all chains, one row at a time."""

    def __init__(
        self,
        keyring: KeyRing,
        heads: dict[int, tuple[int, str]],
        purged: set[tuple[int, str]],
        anchors: list[tuple[str, Mapping[int, ChainState]]],
    ) -> None:
        self.keyring = keyring
        self.heads = heads
        self.purged = purged
        self.checked = 0
        self.cases = 0
        self.seen: set[int] = set()
        self.current: int | None = None
        self.expected_seq, self.prev = 1, GENESIS_HASH
        self.last: tuple[int, str, str] | None = None  # seq, id, MAC of the chain's last entry
        self.first_beyond: str | None = None  # id of the first entry past the recorded head
        # The positions named by the seal or a checkpoint: (cpas, seq) → (entry id, MAC) found.
        self.wanted = {(cpas_id, s.seq) for _, chains in anchors for cpas_id, s in chains.items()}
        self.found: dict[tuple[int, int], tuple[str, str]] = {}
        # case id → (digest, cpas id, seq, entry id) of the last entry recording its metadata.
        self.case_digests: dict[str, tuple[str, int, int, str]] = {}
        self.verified_heads: dict[int, ChainState] = {}

    def step(self, row: Any) -> tuple[BadEntry | None, str] | None:
        if row.cpas_id != self.current:
            bad = self._end_chain()
            if bad is not None:
                return bad
            self.current, self.expected_seq, self.prev, self.last = row.cpas_id, 1, GENESIS_HASH, None
            self.first_beyond = None
            self.seen.add(row.cpas_id)
            if row.cpas_id not in self.heads:
                return BadEntry(row.cpas_id, row.seq, row.id), "no_head"
        reason = _check_row(self.keyring, row, self.expected_seq, self.prev, self.purged)
        if reason == "missing":
            return BadEntry(row.cpas_id, self.expected_seq, None), reason
        if reason is not None:
            return BadEntry(row.cpas_id, row.seq, row.id), reason
        if row.seq == self.heads[row.cpas_id][0] + 1:
            self.first_beyond = row.id
        if row.kind in _CASE_KINDS and row.payload is not None:
            digest = json.loads(row.payload).get(CASE_DIGEST)
            if isinstance(digest, str):
                self.case_digests[row.case_id] = (digest, row.cpas_id, row.seq, row.id)
        if (row.cpas_id, row.seq) in self.wanted:
            self.found[(row.cpas_id, row.seq)] = (row.id, row.entry_hash)
        self.checked += 1
        self.expected_seq, self.prev = row.seq + 1, row.entry_hash
        self.last = (row.seq, row.id, row.entry_hash)
        return None

    def _end_chain(self) -> tuple[BadEntry | None, str] | None:
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
        self.verified_heads[cpas_id] = ChainState(last_seq, last_hash)
        return None

    def finish(self) -> tuple[BadEntry | None, str] | None:
        bad = self._end_chain()
        if bad is not None:
            return bad
        # Chains whose every entry was deleted: only the head still remembers them.
        for cpas_id, (head_seq, _) in sorted(self.heads.items()):
            if cpas_id not in self.seen and head_seq != 0:
                return BadEntry(cpas_id, 1, None), "truncated"
        return None

    def check_cases(self, cases: Any) -> tuple[BadEntry | None, str] | None:
        """Every case file matches the metadata digest last recorded for it in the chain."""
        for case in cases:
            recorded = self.case_digests.pop(case.id, None)
            if recorded is None:
                return BadEntry(case.cpas_id, 0, None, case.id), "case_unrecorded"
            digest, cpas_id, seq, entry_id = recorded
            if case_digest_of(case) != digest:
                return BadEntry(cpas_id, seq, entry_id, case.id), "case_altered"
            self.cases += 1
        for case_id, (_, cpas_id, seq, entry_id) in sorted(self.case_digests.items()):
            return BadEntry(cpas_id, seq, entry_id, case_id), "case_missing"
        return None

    def check_anchor(self, name: str, chains: Mapping[int, ChainState]) -> tuple[BadEntry | None, str] | None:
        """The register still reaches each head of the seal or checkpoint ``name``."""
        for cpas_id, state in sorted(chains.items()):
            if state.seq == 0:
                continue
            found = self.found.get((cpas_id, state.seq))
            if found is None:
                return BadEntry(cpas_id, state.seq, None), f"behind_{name}"
            if not hmac.compare_digest(found[1], state.head):
                return BadEntry(cpas_id, state.seq, found[0]), f"diverged_from_{name}"
        return None

    def broken(self, bad: tuple[BadEntry | None, str]) -> VerifyResult:
        return VerifyResult(ok=False, first_bad=bad[0], reason=bad[1], entries_checked=self.checked)


def _check_row(
    keyring: KeyRing, row: Any, expected_seq: int, prev: str, purged: set[tuple[int, str]]
) -> str | None:
    if row.seq != expected_seq:
        return "missing"
    if row.payload is None:
        if (row.cpas_id, row.case_id) not in purged or row.kind == EntryKind.TOMBSTONE.value:
            return "payload_removed"
    elif sha256_hex(row.payload) != row.payload_hash:
        return "payload_altered"
    if not hmac.compare_digest(mac_of(keyring, row), row.entry_hash):
        return "altered"
    if row.prev_hash != prev:
        return "broken_link"
    return None
