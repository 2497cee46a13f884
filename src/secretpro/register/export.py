"""The register of one CPAS as CSV, for a supervisor.

Without ``include_identity`` the file holds no personal data: encrypted payload parts read
``[chiffré]`` and there are no name / national number columns. With it, they are decrypted.
"""

from __future__ import annotations

import csv
import json
from typing import Any, TextIO

from sqlalchemy import select

from secretpro.spreadsheet import safe_cell as _cell

from .canonical import canonical_json, utc_iso
from .crypto import KeyRing
from .entries import CaseIdentity, case_identity
from .models import Entry, User
from .privacy import reveal
from .store import Register

BASE_COLUMNS = (
    "seq",
    "entry_id",
    "case_id",
    "kind",
    "created_at",
    "author",
    "corrects",
    "payload",
    "entry_hash",
)
IDENTITY_COLUMNS = ("subject_name", "national_number")


def export_csv(register: Register, cpas_id: int, out: TextIO, *, include_identity: bool = False) -> int:
    """Write the CPAS register to ``out`` in chain order; returns the number of entries written."""
    keyring: KeyRing | None = register.keyring if include_identity else None
    writer = csv.writer(out)
    writer.writerow(BASE_COLUMNS + (IDENTITY_COLUMNS if include_identity else ()))
    identities: dict[str, CaseIdentity] = {}
    count = 0
    with register.reader() as session:
        usernames = {uid: name for uid, name in session.execute(select(User.id, User.username))}
        query = select(Entry).where(Entry.cpas_id == cpas_id).order_by(Entry.seq)
        for entry in session.scalars(query.execution_options(yield_per=500)):
            payload = (
                canonical_json(reveal(json.loads(entry.payload), keyring, entry.id))
                if entry.payload is not None
                else ""
            )
            row: list[Any] = [
                entry.seq,
                entry.id,
                entry.case_id,
                entry.kind,
                utc_iso(entry.created_at),
                usernames.get(entry.author_id) if entry.author_id is not None else "",
                entry.corrects or "",
                payload,
                entry.entry_hash,
            ]
            if include_identity:
                if entry.case_id not in identities:
                    identities[entry.case_id] = case_identity(register, entry.case_id)
                identity = identities[entry.case_id]
                row += [identity.subject_name or "", identity.national_number or ""]
            writer.writerow([_cell(v) for v in row])
            count += 1
    return count
