"""The export log: every export is recorded (who, when, which filter, how many rows, the file's
SHA-256) in the register's ``export_log`` table, with a keyed MAC of the row.

Why a table of its own rather than chain entries: entries belong to a case file (``case_id`` is
required) and an export concerns none; the chain stays the history of people's cases. The MAC
(the register key's chain subkey, over the row's canonical JSON with its own domain) makes an
edited row visible to ``check_export_log``; the row is written before the file is handed over.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretpro.register import Register
from secretpro.register.canonical import canonical_json, utc_iso
from secretpro.register.models import ExportKind, ExportRecord, new_opaque_id, utcnow

_DOMAIN = "export_log/v1"


@dataclass(frozen=True)
class ExportView:
    id: str
    cpas_id: int | None
    user_id: int | None
    created_at: datetime
    kind: str
    filters: str
    rows: int
    sha256: str


def _material(
    record_id: str,
    cpas_id: int | None,
    user_id: int | None,
    created_at: datetime,
    kind: str,
    filters: str,
    rows: int,
    sha256: str,
) -> str:
    return canonical_json(
        {
            "domain": _DOMAIN,
            "id": record_id,
            "cpas_id": cpas_id,
            "user_id": user_id,
            "created_at": utc_iso(created_at),
            "kind": kind,
            "filters": filters,
            "rows": rows,
            "sha256": sha256,
        }
    )


def record_export(
    register: Register,
    *,
    kind: ExportKind,
    cpas_id: int | None,
    user_id: int | None,
    filters: Mapping[str, Any],
    rows: int,
    content: bytes,
) -> str:
    """Record one export; returns its id. ``filters`` holds codes and dates only (no person)."""
    record_id = new_opaque_id()
    # (to the microsecond, as the register keeps it: two exports in the same second, a JSON and a
    # CSV made one after the other, were listed in the random order of their ids)
    created_at = utcnow()
    filters_json = canonical_json(dict(filters))
    digest = hashlib.sha256(content).hexdigest()
    mac = register.keyring.chain_mac(
        _material(record_id, cpas_id, user_id, created_at, kind.value, filters_json, rows, digest)
    )

    def write(session: Session) -> str:
        session.add(
            ExportRecord(
                id=record_id,
                cpas_id=cpas_id,
                user_id=user_id,
                created_at=created_at,
                kind=kind.value,
                filters=filters_json,
                rows=rows,
                sha256=digest,
                mac=mac,
            )
        )
        return record_id

    return register.write(write)


def list_exports(register: Register, cpas_id: int | None = None) -> list[ExportView]:
    with register.reader() as session:
        query = select(ExportRecord).order_by(ExportRecord.created_at, ExportRecord.id)
        if cpas_id is not None:
            query = query.where(ExportRecord.cpas_id == cpas_id)
        return [
            ExportView(r.id, r.cpas_id, r.user_id, r.created_at, r.kind, r.filters, r.rows, r.sha256)
            for r in session.scalars(query)
        ]


def check_export_log(register: Register) -> list[str]:
    """The ids of export rows whose MAC no longer matches their content (edited in the database)."""
    bad: list[str] = []
    keyring = register.keyring
    with register.reader() as session:
        for r in session.scalars(select(ExportRecord).order_by(ExportRecord.id)):
            expected = keyring.chain_mac(
                _material(r.id, r.cpas_id, r.user_id, r.created_at, r.kind, r.filters, r.rows, r.sha256)
            )
            if expected != r.mac:
                bad.append(r.id)
    return bad
