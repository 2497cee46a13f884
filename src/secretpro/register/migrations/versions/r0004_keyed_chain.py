"""Keyed chain: entry links become HMAC-SHA256 with a subkey of the register key, every case file
enters its CPAS chain (a ``case_opened`` entry carrying the digest of its metadata), the register
gets an id (its section of the seal file), and the resulting heads are sealed.

An existing register is first verified with the old plain hashes; a register that does not verify
is not upgraded (the migration fails and nothing changes). The key is needed only when the
register holds entries or case files.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import context, op

from secretpro.i18n import N_
from secretpro.register.canonical import (
    GENESIS_HASH,
    canonical_json,
    case_digest,
    entry_hash,
    entry_material,
    sha256_hex,
)
from secretpro.register.crypto import KeyRing
from secretpro.register.db import KEYRING_ATTRIBUTE, SEAL_ATTRIBUTE
from secretpro.register.errors import KeyConfigurationError, RegisterError
from secretpro.register.models import UTCDateTime, new_opaque_id, utcnow
from secretpro.register.seal import ChainState

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_KINDS = (
    "request_incoming",
    "request_outgoing",
    "decision",
    "document_sent",
    "answer_received",
    "correction",
    "tombstone",
)
NEW_KINDS = (*OLD_KINDS, "case_opened")

entries = sa.table(
    "entries",
    sa.column("id", sa.String),
    sa.column("cpas_id", sa.Integer),
    sa.column("seq", sa.Integer),
    sa.column("case_id", sa.String),
    sa.column("kind", sa.String),
    sa.column("created_at", UTCDateTime()),
    sa.column("author_id", sa.Integer),
    sa.column("payload", sa.Text),
    sa.column("payload_hash", sa.String),
    sa.column("corrects", sa.String),
    sa.column("prev_hash", sa.String),
    sa.column("entry_hash", sa.String),
)
chain_heads = sa.table(
    "chain_heads",
    sa.column("cpas_id", sa.Integer),
    sa.column("seq", sa.Integer),
    sa.column("head_hash", sa.String),
)
case_files = sa.table(
    "case_files",
    sa.column("id", sa.String),
    sa.column("cpas_id", sa.Integer),
    sa.column("created_at", UTCDateTime()),
    sa.column("created_by", sa.Integer),
    sa.column("subject_name_enc", sa.LargeBinary),
    sa.column("subject_nn_enc", sa.LargeBinary),
    sa.column("subject_nn_lookup", sa.String),
    sa.column("removed_at", UTCDateTime()),
)
register_meta = sa.table("register_meta", sa.column("key", sa.String), sa.column("value", sa.Text))

_NOT_VERIFIED = N_(
    "Le registre existant ne se vérifie pas (CPAS {cpas_id}, position {seq}) : la mise à jour vers "
    "les liens authentifiés est refusée ; rien n’a été modifié."
)
_KEY_NEEDED = N_(
    "La mise à jour du registre (liens authentifiés) demande sa clé : définissez SECRETPRO_KEY ou "
    "SECRETPRO_KEY_FILE."
)


def _kinds(values: Sequence[str]) -> str:
    return f"kind IN ({', '.join(repr(v) for v in values)})"


def _set_kinds(values: Sequence[str]) -> None:
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_entries_kind"), type_="check")
        batch_op.create_check_constraint(op.f("ck_entries_kind"), _kinds(values))


def _keyring(bind: sa.Connection) -> KeyRing:
    given: KeyRing | Callable[[], KeyRing] | None = context.config.attributes.get(KEYRING_ATTRIBUTE)
    if given is None:
        raise KeyConfigurationError(_KEY_NEEDED)
    keyring = given if isinstance(given, KeyRing) else given()
    stored = bind.scalar(sa.select(register_meta.c.value).where(register_meta.c.key == "key_check"))
    if stored is not None and stored != keyring.key_check():
        raise KeyConfigurationError(
            N_(
                "La clé de chiffrement ne correspond pas à ce registre (vérifiez SECRETPRO_KEY ou SECRETPRO_KEY_FILE)."
            )
        )
    return keyring


def _old_link(row: Any) -> str:
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


def _mac(keyring: KeyRing, row: Any, prev: str) -> str:
    return keyring.chain_mac(
        entry_material(
            entry_id=row.id,
            cpas_id=row.cpas_id,
            seq=row.seq,
            case_id=row.case_id,
            kind=row.kind,
            created_at=row.created_at,
            author_id=row.author_id,
            payload_hash=row.payload_hash,
            corrects=row.corrects,
            prev_hash=prev,
        )
    )


def _rekey_chain(
    bind: sa.Connection, keyring: KeyRing, cpas_id: int, head: tuple[int, str], purged: set[str]
) -> ChainState:
    """Verify one CPAS chain with its old plain hashes, then replace every link by a MAC."""
    rows = bind.execute(sa.select(entries).where(entries.c.cpas_id == cpas_id).order_by(entries.c.seq)).all()
    prev_old, prev_new = GENESIS_HASH, GENESIS_HASH
    updates: list[dict[str, str]] = []
    for expected, row in enumerate(rows, start=1):
        intact = (
            row.seq == expected
            and (row.payload is not None or (row.case_id in purged and row.kind != "tombstone"))
            and (row.payload is None or sha256_hex(row.payload) == row.payload_hash)
            and row.prev_hash == prev_old
            and _old_link(row) == row.entry_hash
        )
        if not intact:
            raise RegisterError(_NOT_VERIFIED, cpas_id=cpas_id, seq=expected)
        prev_old = row.entry_hash
        mac = _mac(keyring, row, prev_new)
        updates.append({"b_id": row.id, "b_prev": prev_new, "b_hash": mac})
        prev_new = mac
    if head != (len(rows), prev_old):
        raise RegisterError(_NOT_VERIFIED, cpas_id=cpas_id, seq=len(rows) + (head[0] > len(rows)))
    if updates:
        bind.execute(
            entries.update()
            .where(entries.c.id == sa.bindparam("b_id"))
            .values(prev_hash=sa.bindparam("b_prev"), entry_hash=sa.bindparam("b_hash")),
            updates,
        )
    return ChainState(len(rows), prev_new)


def _record_cases(bind: sa.Connection, keyring: KeyRing, heads: dict[int, ChainState]) -> None:
    """One ``case_opened`` entry per existing case file, carrying the digest of its metadata."""
    now = utcnow()
    cases = bind.execute(
        sa.select(case_files).order_by(case_files.c.cpas_id, case_files.c.created_at, case_files.c.id)
    ).all()
    for case in cases:
        head = heads.get(case.cpas_id, ChainState(0, GENESIS_HASH))
        digest = case_digest(
            case_id=case.id,
            cpas_id=case.cpas_id,
            created_at=case.created_at,
            created_by=case.created_by,
            subject_name_enc=None if case.subject_name_enc is None else bytes(case.subject_name_enc),
            subject_nn_enc=None if case.subject_nn_enc is None else bytes(case.subject_nn_enc),
            subject_nn_lookup=case.subject_nn_lookup,
            removed_at=case.removed_at,
        )
        payload = canonical_json({"case_digest": digest})
        row: dict[str, Any] = {
            "id": new_opaque_id(),
            "cpas_id": case.cpas_id,
            "seq": head.seq + 1,
            "case_id": case.id,
            "kind": "case_opened",
            "created_at": now,
            "author_id": case.created_by,
            "payload": payload,
            "payload_hash": sha256_hex(payload),
            "corrects": None,
            "prev_hash": head.head,
        }
        row["entry_hash"] = _mac(keyring, _Row(row), head.head)
        bind.execute(entries.insert().values(**row))
        heads[case.cpas_id] = ChainState(row["seq"], row["entry_hash"])


class _Row:
    """Attribute access to a row about to be inserted (``_mac`` reads rows by attribute)."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__.update(values)


def upgrade() -> None:
    _set_kinds(NEW_KINDS)
    bind = op.get_bind()
    bind.execute(register_meta.insert().values(key="register_id", value=secrets.token_hex(16)))
    has_entries = bind.scalar(sa.select(sa.func.count()).select_from(entries))
    has_cases = bind.scalar(sa.select(sa.func.count()).select_from(case_files))
    if not has_entries and not has_cases:
        return
    keyring = _keyring(bind)
    stored_heads = {r.cpas_id: (r.seq, r.head_hash) for r in bind.execute(sa.select(chain_heads))}
    purged = {
        r.case_id for r in bind.execute(sa.select(entries.c.case_id).where(entries.c.kind == "tombstone"))
    }
    cpas_with_entries = set(bind.scalars(sa.select(entries.c.cpas_id).distinct()))
    for cpas_id in cpas_with_entries - set(stored_heads):
        raise RegisterError(_NOT_VERIFIED, cpas_id=cpas_id, seq=1)
    heads = {
        cpas_id: _rekey_chain(bind, keyring, cpas_id, head, purged)
        for cpas_id, head in sorted(stored_heads.items())
    }
    _record_cases(bind, keyring, heads)
    for cpas_id, state in heads.items():
        bind.execute(
            chain_heads.update()
            .where(chain_heads.c.cpas_id == cpas_id)
            .values(seq=state.seq, head_hash=state.head)
        )
    context.config.attributes[SEAL_ATTRIBUTE] = {k: v for k, v in heads.items() if v.seq > 0}


def downgrade() -> None:
    raise NotImplementedError("the keyed chain cannot be turned back into plain hashes")
