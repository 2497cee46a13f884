"""Which documents a decision calls for."""

from __future__ import annotations

from secretpro.documents.model import DocumentKind
from secretpro.i18n import N_
from secretpro.rules import Decision, Outcome

DOCUMENT_TITLES: dict[DocumentKind, str] = {
    DocumentKind.OE_EMAIL: N_("E-mail à l'Office des étrangers (quatre données)"),
    DocumentKind.REFUSAL_LETTER: N_("Lettre de refus motivé"),
    DocumentKind.FILE_NOTE: N_("Note au dossier"),
    DocumentKind.CHECKLIST_9TER: N_("Liste de contrôle 9ter pour le médecin et la personne"),
    DocumentKind.ENVELOPE_COVER: N_("Page de garde de l'enveloppe fermée"),
}


def documents_for(decision: Decision) -> tuple[DocumentKind, ...]:
    kinds: list[DocumentKind] = []
    if decision.rule == "guarantor-inquiry" and decision.outcome == Outcome.ALLOWED:
        kinds.append(DocumentKind.OE_EMAIL)
    if decision.rule in ("shared-secrecy", "incoming-request") and decision.outcome == Outcome.FORBIDDEN:
        kinds.append(DocumentKind.REFUSAL_LETTER)
    if decision.rule == "medical-certificate":
        kinds.append(DocumentKind.CHECKLIST_9TER)
        # The closed envelope sends the certificate: offered only when sending it is allowed.
        if decision.outcome == Outcome.ALLOWED:
            kinds.append(DocumentKind.ENVELOPE_COVER)
    kinds.append(DocumentKind.FILE_NOTE)
    return tuple(kinds)
