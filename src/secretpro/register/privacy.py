"""Keeping personal data out of the payload JSON of entries.

A payload is canonical JSON hashed into the chain. Values that identify a person (names, national
numbers, addresses, free text that may contain them) are replaced by ``{"$enc": "<base64>"}``,
AES-GCM-encrypted with the entry id bound as associated data. Anything that looks like a valid
Belgian national or BIS number is encrypted too, wherever it appears, in case it was typed into a
field that is not known to be sensitive.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from secretpro import national_number

from .canonical import canonical_json
from .crypto import KeyRing

ENC_KEY = "$enc"
HIDDEN = "[chiffré]"

SENSITIVE_KEYS = frozenset(
    {
        "national_number",
        "bis_number",
        "nn",
        "name",
        "subject_name",
        "beneficiary_name",
        "first_name",
        "last_name",
        "full_name",
        "birth_date",
        "date_of_birth",
        "address",
        "email",
        "phone",
        "iban",
        "summary",
        "text",
        "note",
        "notes",
        "comment",
        "free_text",
        # A legal basis is typed freely ("Demande pour Mme … rue …, art. 74/14"): kept encrypted.
        "legal_basis",
    }
)

# 11 digits, optionally written YY.MM.DD-XXX.CC with dots, dashes or spaces.
_NN_LIKE = re.compile(r"(?<!\d)\d{2}[. ]?\d{2}[. ]?\d{2}[- .]?\d{3}[. ]?\d{2}(?!\d)")


def normalize_national_number(value: str) -> str | None:
    """The 11 digits of a valid national or BIS number, else ``None``."""
    return national_number.valid_digits(value)


def contains_national_number(text: str) -> bool:
    return any(normalize_national_number(m.group(0)) for m in _NN_LIKE.finditer(text))


def _context(entry_id: str) -> str:
    return f"entries.payload|{entry_id}"


def protect(value: Any, keyring: KeyRing, entry_id: str, *, key: str | None = None) -> Any:
    """``value`` with its sensitive parts encrypted (returns a new structure)."""
    if key is not None and key.lower() in SENSITIVE_KEYS and value is not None:
        return {ENC_KEY: keyring.encrypt_text(canonical_json(value), _context(entry_id))}
    if isinstance(value, Mapping):
        return {str(k): protect(v, keyring, entry_id, key=str(k)) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [protect(v, keyring, entry_id) for v in value]
    if isinstance(value, str) and contains_national_number(value):
        return {ENC_KEY: keyring.encrypt_text(canonical_json(value), _context(entry_id))}
    return value


def reveal(value: Any, keyring: KeyRing | None, entry_id: str) -> Any:
    """``value`` with encrypted parts decrypted, or shown as ``[chiffré]`` without a key."""
    if isinstance(value, Mapping):
        if set(value) == {ENC_KEY}:
            if keyring is None:
                return HIDDEN
            return json.loads(keyring.decrypt_text(str(value[ENC_KEY]), _context(entry_id)))
        return {k: reveal(v, keyring, entry_id) for k, v in value.items()}
    if isinstance(value, list):
        return [reveal(v, keyring, entry_id) for v in value]
    return value
