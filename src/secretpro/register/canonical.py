"""Canonical JSON and the hashes of the chain.

The same logical value must always give the same bytes, on every machine and database, or a
perfectly intact register would fail verification: keys sorted, no insignificant whitespace, UTF-8,
no NaN/Infinity, timestamps as UTC ISO strings with microseconds.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

GENESIS_HASH = "0" * 64
# Version 1: plain SHA-256 links (before migration 0004, kept to verify a register before it is
# upgraded). Version 2: keyed HMAC-SHA256 links (``KeyRing.chain_mac``).
HASH_VERSION = 1
MAC_VERSION = 2


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def utc_iso(moment: datetime) -> str:
    """``2026-01-15T09:30:00.000000Z``; a naive datetime is taken as UTC (SQLite drops the zone)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def entry_hash(
    *,
    entry_id: str,
    cpas_id: int,
    seq: int,
    case_id: str,
    kind: str,
    created_at: datetime,
    author_id: int | None,
    payload_hash: str,
    corrects: str | None,
    prev_hash: str,
) -> str:
    """Version 1 link: SHA-256 of everything an entry says, and of the entry before it.

    Only used to check a register before migration 0004 turns its links into keyed MACs.
    """
    return sha256_hex(
        entry_material(
            version=HASH_VERSION,
            entry_id=entry_id,
            cpas_id=cpas_id,
            seq=seq,
            case_id=case_id,
            kind=kind,
            created_at=created_at,
            author_id=author_id,
            payload_hash=payload_hash,
            corrects=corrects,
            prev_hash=prev_hash,
        )
    )


def entry_material(
    *,
    version: int = MAC_VERSION,
    entry_id: str,
    cpas_id: int,
    seq: int,
    case_id: str,
    kind: str,
    created_at: datetime,
    author_id: int | None,
    payload_hash: str,
    corrects: str | None,
    prev_hash: str,
) -> str:
    """The canonical text of everything an entry says, and of the link to the entry before it.

    It covers the payload through ``payload_hash`` rather than the payload text, so that retention
    can erase a purged case's payloads while the chain still verifies (see ``retention.py``). The
    link stored in ``entry_hash`` is ``KeyRing.chain_mac`` of this text.
    """
    material = {
        "v": version,
        "id": entry_id,
        "cpas_id": cpas_id,
        "seq": seq,
        "case_id": case_id,
        "kind": kind,
        "created_at": utc_iso(created_at),
        "author": author_id,
        "payload_hash": payload_hash,
        "corrects": corrects,
        "prev_hash": prev_hash,
    }
    return canonical_json(material)


def bytes_digest(value: bytes | None) -> str | None:
    return None if value is None else hashlib.sha256(value).hexdigest()


def case_digest(
    *,
    case_id: str,
    cpas_id: int,
    created_at: datetime,
    created_by: int | None,
    subject_name_enc: bytes | None,
    subject_nn_enc: bytes | None,
    subject_nn_lookup: str | None,
    removed_at: datetime | None,
) -> str:
    """SHA-256 of a case file's metadata (CPAS, creation, encrypted identity, lookup hash, purge).

    Each case creation or purge appends an entry carrying this digest, so the chain covers the
    ``case_files`` row: a case moved to another CPAS or given another identity no longer verifies.
    """
    material = {
        "v": 1,
        "id": case_id,
        "cpas_id": cpas_id,
        "created_at": utc_iso(created_at),
        "created_by": created_by,
        "name_enc": bytes_digest(subject_name_enc),
        "nn_enc": bytes_digest(subject_nn_enc),
        "nn_lookup": subject_nn_lookup,
        "removed_at": utc_iso(removed_at) if removed_at is not None else None,
    }
    return sha256_hex(canonical_json(material))
