"""The register: who decided what, when, under which rules version — hash-chained per CPAS,
identifiers encrypted at rest. See ``store.Register`` (opening), ``entries`` (recording),
``chain`` (verification), ``accounts``, ``retention``, ``export`` and ``commands``."""

from .chain import REASONS, BadEntry, VerifyResult, verify
from .crypto import KeyRing, generate_key
from .db import create_register_engine, upgrade_to_head
from .entries import (
    CaseIdentity,
    CaseInfo,
    EntryView,
    case_identity,
    create_case,
    ensure_cpas,
    entries_for_case,
    find_case_by_national_number,
    get_case,
    get_entry,
    list_cases,
    open_case,
    record_answer,
    record_correction,
    record_decision,
    record_document,
    record_request,
)
from .errors import RegisterError
from .models import EntryKind, Role
from .retention import purge_older_than
from .store import Register

__all__ = [
    "REASONS",
    "BadEntry",
    "CaseIdentity",
    "CaseInfo",
    "EntryKind",
    "EntryView",
    "KeyRing",
    "Register",
    "RegisterError",
    "Role",
    "VerifyResult",
    "case_identity",
    "create_case",
    "create_register_engine",
    "ensure_cpas",
    "entries_for_case",
    "find_case_by_national_number",
    "generate_key",
    "get_case",
    "get_entry",
    "list_cases",
    "open_case",
    "purge_older_than",
    "record_answer",
    "record_correction",
    "record_decision",
    "record_document",
    "record_request",
    "upgrade_to_head",
    "verify",
]
