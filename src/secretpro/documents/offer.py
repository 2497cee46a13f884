"""Which documents a decision calls for: what its rule declares (``Rule.documents``), and the file
note that every decision gets."""

from __future__ import annotations

from secretpro.documents.model import DocumentKind
from secretpro.i18n import N_
from secretpro.rules import RULES, Decision

DOCUMENT_TITLES: dict[DocumentKind, str] = {
    DocumentKind.OE_EMAIL: N_("E-mail à l'Office des étrangers (quatre données)"),
    DocumentKind.REFUSAL_LETTER: N_("Lettre de refus motivé"),
    DocumentKind.FILE_NOTE: N_("Note au dossier"),
    DocumentKind.CHECKLIST_9TER: N_("Liste de contrôle 9ter pour le médecin et la personne"),
    DocumentKind.ENVELOPE_COVER: N_("Page de garde de l'enveloppe fermée"),
}


def documents_for(decision: Decision) -> tuple[DocumentKind, ...]:
    return (*RULES[decision.rule].documents(decision), DocumentKind.FILE_NOTE)
