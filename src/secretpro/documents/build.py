"""One entry point: the document of a kind for a decision, in a language, with what the worker typed
and who sends it (the logged-in account's CPAS and user name: taken from the account, never typed)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from secretpro.documents.file_note import file_note
from secretpro.documents.letterhead import clean_reference
from secretpro.documents.medical_certificate import checklist_9ter, envelope_cover
from secretpro.documents.model import Document, DocumentKind, Particulars
from secretpro.documents.oe_email import oe_email, read_fields
from secretpro.documents.refusal_letter import refusal_letter
from secretpro.i18n import Language
from secretpro.input_limits import strip_control_characters
from secretpro.rules import Decision

REFERENCE_INPUTS = ("case_reference", "requester_reference")
"""The typed fields every document but the envelope cover accepts (optional)."""


def build_document(
    kind: DocumentKind,
    decision: Decision,
    language: Language,
    inputs: Mapping[str, str],
    day: date,
    *,
    cpas_name: str = "",
    author: str = "",
) -> Document:
    """Raises ``FactsError`` when a typed field is invalid (the e-mail's four fields). Control
    characters typed or pasted are dropped (the web refuses them already; XML cannot hold most).
    ``cpas_name`` and ``author`` come from the account that prepares the document."""
    inputs = {name: strip_control_characters(value) for name, value in inputs.items()}
    particulars = Particulars(
        author=" ".join(strip_control_characters(author).split()),
        case_reference=clean_reference(inputs.get("case_reference", "")),
        requester_reference=clean_reference(inputs.get("requester_reference", "")),
    )
    cpas_name = " ".join(strip_control_characters(cpas_name).split())
    match kind:
        case DocumentKind.OE_EMAIL:
            fields = read_fields(
                inputs.get("beneficiary_name", ""),
                inputs.get("national_number", ""),
                inputs.get("nationality", ""),
                inputs.get("cpas", ""),
            )
            return oe_email(fields, language, day, particulars)
        case DocumentKind.REFUSAL_LETTER:
            return refusal_letter(decision, language, cpas_name, day, particulars)
        case DocumentKind.FILE_NOTE:
            return file_note(decision, language, cpas_name, day, particulars)
        case DocumentKind.CHECKLIST_9TER:
            return checklist_9ter(decision, language, day, cpas_name, particulars)
        case DocumentKind.ENVELOPE_COVER:
            # Nothing of the CPAS on it: see ``medical_certificate``.
            return envelope_cover(language, day)
