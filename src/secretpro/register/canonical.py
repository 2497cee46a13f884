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
HASH_VERSION = 1


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
    """SHA-256 of everything an entry says, and of the entry before it.

    It covers the payload through ``payload_hash`` rather than the payload text, so that retention
    can erase a purged case's payloads while the chain still verifies (see ``retention.py``).
    """
    material = {
        "v": HASH_VERSION,
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
    return sha256_hex(canonical_json(material))
