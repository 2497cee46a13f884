"""Held messages in the register: stored encrypted, listed for review, decided once.

Where the entries go: every entry of the register belongs to a case file, and a held message is not
(yet) tied to one person. Each CPAS therefore has one case file "Relais de courrier" (no national
number, created on the first held message), whose id is kept in ``register_meta`` under
``mail_relay_case:<cpas id>``; its entries are the ``mail_held``, ``mail_released``,
``mail_returned`` and ``mail_replaced`` of that CPAS, in its chain like every other entry. A payload
names the held message, its SHA-256, the categories found and the parts they were found in (never
the values, the addresses or the file names); a release reason is stored encrypted (``note``).

The message itself (bytes, base64), its envelope and the guard's report are AES-GCM-encrypted with
the register key, bound to the row (``held_messages.<column>|<id>``), in ``held_messages``.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretpro.i18n import N_
from secretpro.register import Register, create_case
from secretpro.register.chain import append_entry
from secretpro.register.errors import ConflictError, NotFoundError
from secretpro.register.models import (
    Cpas,
    EntryKind,
    HeldMessage,
    HeldMessageStatus,
    RegisterMeta,
    new_opaque_id,
    utcnow,
)
from secretpro.register.privacy import protect

from .scanning import MessageScan

CASE_META = "mail_relay_case:{cpas_id}"
CASE_NAME = N_("Relais de courrier : messages retenus")
ACTIONS: dict[str, tuple[HeldMessageStatus, EntryKind]] = {
    "release": (HeldMessageStatus.RELEASED, EntryKind.MAIL_RELEASED),
    "return": (HeldMessageStatus.RETURNED, EntryKind.MAIL_RETURNED),
    "replace": (HeldMessageStatus.REPLACED, EntryKind.MAIL_REPLACED),
}


@dataclass(frozen=True)
class Envelope:
    mail_from: str
    rcpt_tos: tuple[str, ...]


@dataclass(frozen=True)
class HeldSummary:
    id: str
    cpas_id: int
    received_at: datetime
    status: str
    profile: str
    language: str
    size: int
    sha256: str
    categories: tuple[str, ...]
    decided_at: datetime | None
    delivered_at: datetime | None


@dataclass(frozen=True)
class HeldDetail:
    summary: HeldSummary
    envelope: Envelope
    data: bytes
    scan: MessageScan


def _context(column: str, held_id: str) -> str:
    return f"held_messages.{column}|{held_id}"


def _summary(row: HeldMessage) -> HeldSummary:
    return HeldSummary(
        row.id,
        row.cpas_id,
        row.received_at,
        row.status,
        row.profile,
        row.language,
        row.size,
        row.sha256,
        tuple(c for c in row.categories.split(",") if c),
        row.decided_at,
        row.delivered_at,
    )


def _parts_found(scan: MessageScan) -> list[dict[str, Any]]:
    """Where the guard found what (no values, no file names): for the register's payload."""
    return [
        {
            "location": part.location,
            "index": part.index,
            "categories": sorted({f.category for f in part.blocked}),
            "unreadable": part.problem is not None,
        }
        for part in scan.parts
        if part.holds
    ]


def mail_case(register: Register, cpas_id: int) -> str:
    """The "mail relay" case file of the CPAS, created on first use."""
    key = CASE_META.format(cpas_id=cpas_id)
    with register.reader() as session:
        found = session.scalar(select(RegisterMeta.value).where(RegisterMeta.key == key))
    if found is not None:
        return found
    case_id = create_case(register, cpas_id, subject_name=CASE_NAME)

    def remember(session: Session) -> str:
        existing = session.get(RegisterMeta, key)
        if existing is not None:
            return existing.value  # another relay created one at the same moment: keep theirs
        session.add(RegisterMeta(key=key, value=case_id))
        return case_id

    return register.write(remember)


def hold(register: Register, cpas_id: int, envelope: Envelope, data: bytes, scan: MessageScan) -> str:
    """Store a held message and its ``mail_held`` entry in one transaction; returns its id."""
    case_id = mail_case(register, cpas_id)
    keyring = register.keyring
    held_id = new_opaque_id()
    entry_id = new_opaque_id()
    digest = hashlib.sha256(data).hexdigest()
    envelope_json = json.dumps({"mail_from": envelope.mail_from, "rcpt_tos": list(envelope.rcpt_tos)})
    row = HeldMessage(
        id=held_id,
        cpas_id=cpas_id,
        case_id=case_id,
        received_at=utcnow(),
        status=HeldMessageStatus.HELD.value,
        profile=scan.profile,
        language=scan.language,
        size=len(data),
        sha256=digest,
        categories=",".join(scan.categories)[:300],
        envelope_enc=keyring.encrypt(envelope_json, _context("envelope_enc", held_id)),
        message_enc=keyring.encrypt(base64.b64encode(data).decode("ascii"), _context("message_enc", held_id)),
        report_enc=keyring.encrypt(json.dumps(scan.to_json()), _context("report_enc", held_id)),
        held_entry_id=entry_id,
    )
    payload = {
        "held_message": held_id,
        "sha256": digest,
        "size": len(data),
        "profile": scan.profile,
        "categories": list(scan.categories),
        "parts": _parts_found(scan),
        "recipients": len(envelope.rcpt_tos),
    }

    def write(session: Session) -> str:
        session.add(row)
        session.flush()
        append_entry(
            session,
            keyring,
            case_id=case_id,
            kind=EntryKind.MAIL_HELD,
            payload=protect(payload, keyring, entry_id),
            author_id=None,
            entry_id=entry_id,
        )
        return held_id

    return register.write(write)


def list_held(register: Register, cpas_id: int, *, pending_only: bool = False) -> list[HeldSummary]:
    with register.reader() as session:
        query = select(HeldMessage).where(HeldMessage.cpas_id == cpas_id)
        if pending_only:
            query = query.where(HeldMessage.status == HeldMessageStatus.HELD.value)
        return [_summary(r) for r in session.scalars(query.order_by(HeldMessage.received_at.desc()))]


def _detail(register: Register, row: HeldMessage) -> HeldDetail:
    keyring = register.keyring
    envelope = json.loads(keyring.decrypt(row.envelope_enc, _context("envelope_enc", row.id)))
    data = base64.b64decode(keyring.decrypt(row.message_enc, _context("message_enc", row.id)))
    report = json.loads(keyring.decrypt(row.report_enc, _context("report_enc", row.id)))
    return HeldDetail(
        _summary(row),
        Envelope(envelope["mail_from"], tuple(envelope["rcpt_tos"])),
        data,
        MessageScan.from_json(report),
    )


def get_held(register: Register, held_id: str, *, cpas_id: int | None = None) -> HeldDetail:
    """A held message, decrypted; one of another CPAS is reported exactly like a missing one."""
    with register.reader() as session:
        row = session.get(HeldMessage, held_id)
        if row is None or (cpas_id is not None and row.cpas_id != cpas_id):
            raise NotFoundError(N_("Message retenu introuvable."))
        return _detail(register, row)


def decide_held(
    register: Register,
    held_id: str,
    action: str,
    *,
    cpas_id: int,
    author_id: int | None,
    reason: str | None = None,
) -> str:
    """Release, return or replace a held message (once): the status changes and the entry is
    appended in one transaction; the relay's outbox then sends what the decision calls for.
    Returns the entry id. ``ConflictError`` when the message was already decided."""
    status, kind = ACTIONS[action]
    keyring = register.keyring
    entry_id = new_opaque_id()

    def write(session: Session) -> str:
        row = session.get(HeldMessage, held_id)
        if row is None or row.cpas_id != cpas_id:
            raise NotFoundError(N_("Message retenu introuvable."))
        if row.status != HeldMessageStatus.HELD.value:
            raise ConflictError(N_("Ce message a déjà été traité."))
        payload: dict[str, Any] = {"held_message": row.id, "sha256": row.sha256, "action": action}
        if reason:
            payload["note"] = reason
        append_entry(
            session,
            keyring,
            case_id=row.case_id,
            kind=kind,
            payload=protect(payload, keyring, entry_id),
            author_id=author_id,
            entry_id=entry_id,
        )
        row.status = status.value
        row.decided_at = utcnow()
        row.decided_by = author_id
        row.decision_entry_id = entry_id
        return entry_id

    return register.write(write)


# --- the outbox (read by the relay) ----------------------------------------------------------


def notices_due(register: Register, cpas_id: int) -> list[HeldDetail]:
    with register.reader() as session:
        rows = session.scalars(
            select(HeldMessage)
            .where(HeldMessage.cpas_id == cpas_id, HeldMessage.notice_sent_at.is_(None))
            .order_by(HeldMessage.received_at)
            .limit(50)
        )
        return [_detail(register, r) for r in rows]


def deliveries_due(register: Register, cpas_id: int) -> list[HeldDetail]:
    with register.reader() as session:
        rows = session.scalars(
            select(HeldMessage)
            .where(
                HeldMessage.cpas_id == cpas_id,
                HeldMessage.status != HeldMessageStatus.HELD.value,
                HeldMessage.delivered_at.is_(None),
            )
            .order_by(HeldMessage.decided_at)
            .limit(50)
        )
        return [_detail(register, r) for r in rows]


def mark(register: Register, held_id: str, column: str) -> None:
    """Set ``notice_sent_at`` or ``delivered_at`` (the smarthost accepted what was due)."""
    if column not in ("notice_sent_at", "delivered_at"):
        raise ValueError(column)

    def write(session: Session) -> None:
        row = session.get(HeldMessage, held_id)
        if row is not None:
            setattr(row, column, utcnow())

    register.write(write)


def cpas_name(register: Register, cpas_id: int) -> str:
    with register.reader() as session:
        cpas = session.get(Cpas, cpas_id)
        return cpas.name if cpas is not None else ""
