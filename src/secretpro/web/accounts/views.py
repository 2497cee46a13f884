"""Case files and their entries in words, for the case page and its PDF.

Every value shown passes through here: labels are translated, codes become words, and nothing
decrypted leaves the CPAS of the account asking (the callers pass ``cpas_id`` to every lookup).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_datetime

from secretpro.documents.vocabulary import BABEL_LOCALES, fact_label, fact_value, field_label_for, medium_date
from secretpro.i18n import N_, Language, translator
from secretpro.register import EntryView, Register, case_identity, entries_for_case, get_case, list_cases
from secretpro.register.accounts import list_accounts
from secretpro.register.kind_labels import ENTRY_KIND_LABELS
from secretpro.register.replay import cases_to_review
from secretpro.rules import RULES, Outcome
from secretpro.rules.explanation import OUTCOME_LABELS
from secretpro.web.accounts.free_text import redact_free_text

BRUSSELS = ZoneInfo("Europe/Brussels")

KEY_LABELS: dict[str, str] = {
    "date": N_("Date de réception"),
    "received_on": N_("Date de réception"),
    "summary": N_("Contenu de la réponse"),
    "rule": N_("Règle"),
    "outcome": N_("Réponse"),
    "rules_version": N_("Version des règles"),
    "reference_date": N_("Date de référence"),
    "reasons": N_("Sources des motifs"),
    "missing": N_("Faits encore inconnus"),
    "allowed_fields": N_("Données permises"),
    "forbidden_fields": N_("Données interdites"),
    "document_kind": N_("Type de document"),
    "sha256": N_("Empreinte SHA-256"),
    "fields": N_("Données transmises"),
    "recipient": N_("Destinataire"),
    "corrected_kind": N_("Type de l'entrée corrigée"),
    "note": N_("Motif"),
    "payload": N_("Nouveau contenu"),
    "decision_entry": N_("Décision réexaminée"),
    "old_outcome": N_("Réponse d'alors"),
    "new_outcome": N_("Réponse selon les règles actuelles"),
    "old_allowed": N_("Données permises alors"),
    "new_allowed": N_("Données permises selon les règles actuelles"),
    "old_rules_version": N_("Version des règles d'alors"),
    "step": N_("Étape qui décide maintenant"),
}


def when(moment: datetime, language: Language) -> str:
    return format_datetime(moment.astimezone(BRUSSELS), format="medium", locale=BABEL_LOCALES[language])


def _value(key: str, value: Any, language: Language) -> str:
    _ = translator(language)
    if value is None or value == "" or value == []:
        return "—"
    if key == "rule" and isinstance(value, str) and value in RULES:
        return f"{RULES[value].code} · {_(RULES[value].title)}"
    if key in ("outcome", "old_outcome", "new_outcome") and isinstance(value, str):
        try:
            return _(OUTCOME_LABELS[Outcome(value)])
        except ValueError:
            return value
    if key in ("allowed_fields", "forbidden_fields", "fields", "old_allowed", "new_allowed") and isinstance(
        value, list
    ):
        return ", ".join(field_label_for(str(item), language) for item in value)
    if key in ("date", "received_on", "reference_date") and isinstance(value, str):
        try:
            return medium_date(date.fromisoformat(value), language)
        except ValueError:
            return value
    if key == "corrected_kind" and isinstance(value, str):
        return _(ENTRY_KIND_LABELS.get(value, value))
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    if isinstance(value, Mapping):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    if isinstance(value, bool):
        return _(N_("Oui")) if value else _(N_("Non"))
    return str(value)


def _facts(facts: Mapping[str, Any], language: Language) -> list[tuple[str, str]]:
    lines = []
    for name, value in facts.items():
        if value is None:
            continue
        lines.append((fact_label(name, language), fact_value(name, value, language)))
    return lines


def payload_lines(kind: str, payload: Mapping[str, Any] | None, language: Language) -> list[tuple[str, str]]:
    """(label, value) lines for one entry's payload."""
    _ = translator(language)
    if payload is None:
        return []
    lines: list[tuple[str, str]] = []
    for key, value in payload.items():
        if (key == "request" and isinstance(value, Mapping)) or (
            key == "facts" and isinstance(value, Mapping)
        ):
            lines.extend(_facts(value, language))
        elif key == "payload" and isinstance(value, Mapping) and kind == "correction":
            for inner_key, inner in value.items():
                name = str(inner_key)
                lines.append((_(KEY_LABELS.get(name, name)), _value(name, inner, language)))
        else:
            lines.append((_(KEY_LABELS.get(key, key)), _value(key, value, language)))
    return lines


def entry_view(entry: EntryView, usernames: Mapping[int, str], language: Language) -> dict[str, Any]:
    _ = translator(language)
    return {
        "id": entry.id,
        "seq": entry.seq,
        "kind": entry.kind,
        "kind_label": _(ENTRY_KIND_LABELS.get(entry.kind, entry.kind)),
        "when": when(entry.created_at, language),
        "author": usernames.get(entry.author_id, "—") if entry.author_id is not None else "—",
        "corrects": entry.corrects,
        "lines": payload_lines(entry.kind, entry.payload, language),
        "hash": entry.entry_hash,
    }


def usernames_of(register: Register, cpas_id: int) -> dict[int, str]:
    return {account.id: account.username for account in list_accounts(register, cpas_id)}


def case_view(
    register: Register, case_id: str, cpas_id: int, language: Language, *, printable: bool = False
) -> dict[str, Any]:
    """The case with its identity and entries; ``NotFoundError`` for a case of another CPAS.

    ``printable``: for a document that leaves the screen (the case PDF), free text is redacted by
    the guard."""
    case = get_case(register, case_id, cpas_id=cpas_id)
    identity = case_identity(register, case.id, cpas_id=cpas_id)
    entries = entries_for_case(register, case.id, cpas_id=cpas_id, decrypt=True)
    if printable:
        entries = [replace(entry, payload=redact_free_text(entry.payload)) for entry in entries]
    usernames = usernames_of(register, cpas_id)
    return {
        "id": case.id,
        "created": when(case.created_at, language),
        "created_by": usernames.get(case.created_by, "—") if case.created_by is not None else "—",
        "removed": case.removed_at is not None,
        "subject_name": identity.subject_name,
        "national_number": identity.national_number,
        "entries": [entry_view(entry, usernames, language) for entry in entries],
    }


def cases_list(register: Register, cpas_id: int, language: Language) -> list[dict[str, Any]]:
    rows = []
    # Cases whose last decision the current rules decide differently (``register replay``).
    to_review = cases_to_review(register, cpas_id)
    for case in reversed(list_cases(register, cpas_id)):
        identity = case_identity(register, case.id, cpas_id=cpas_id)
        rows.append(
            {
                "id": case.id,
                "created": when(case.created_at, language),
                "subject_name": identity.subject_name,
                "national_number": identity.national_number,
                "to_review": case.id in to_review,
            }
        )
    return rows
