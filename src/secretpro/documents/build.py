"""One entry point: the document of a kind for a decision, in a language, with what the worker typed."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from secretpro.documents.file_note import file_note
from secretpro.documents.medical_certificate import checklist_9ter, envelope_cover
from secretpro.documents.model import Document, DocumentKind
from secretpro.documents.oe_email import oe_email, read_fields
from secretpro.documents.refusal_letter import refusal_letter
from secretpro.i18n import Language
from secretpro.input_limits import strip_control_characters
from secretpro.rules import Decision

MAX_CPAS_NAME = 200


def cpas_name(inputs: Mapping[str, str]) -> str:
    return " ".join(inputs.get("cpas_name", "").split())[:MAX_CPAS_NAME]


def build_document(
    kind: DocumentKind, decision: Decision, language: Language, inputs: Mapping[str, str], day: date
) -> Document:
    """Raises ``FactsError`` when a typed field is invalid (the e-mail's four fields). Control
    characters typed or pasted are dropped (the web refuses them already; XML cannot hold most)."""
    inputs = {name: strip_control_characters(value) for name, value in inputs.items()}
    match kind:
        case DocumentKind.OE_EMAIL:
            fields = read_fields(
                inputs.get("beneficiary_name", ""),
                inputs.get("national_number", ""),
                inputs.get("nationality", ""),
                inputs.get("cpas", ""),
            )
            return oe_email(fields, language, day)
        case DocumentKind.REFUSAL_LETTER:
            return refusal_letter(decision, language, cpas_name(inputs), day)
        case DocumentKind.FILE_NOTE:
            return file_note(decision, language, cpas_name(inputs), day)
        case DocumentKind.CHECKLIST_9TER:
            return checklist_9ter(decision, language, day)
        case DocumentKind.ENVELOPE_COVER:
            return envelope_cover(language, day)
