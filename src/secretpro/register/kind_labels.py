"""What each kind of register entry is called where people read the register (case page, exports)."""

from __future__ import annotations

from secretpro.i18n import N_

ENTRY_KIND_LABELS: dict[str, str] = {
    "request_incoming": N_("Demande reçue"),
    "request_outgoing": N_("Demande envoyée"),
    "decision": N_("Décision"),
    "document_sent": N_("Document envoyé"),
    "answer_received": N_("Réponse reçue"),
    "correction": N_("Correction"),
    "tombstone": N_("Dossier effacé (délai de conservation)"),
    "case_opened": N_("Dossier ouvert"),
    "replay": N_("Réexamen : les règles actuelles décident autrement"),
    "mail_held": N_("Courriel retenu par le relais"),
    "mail_released": N_("Courriel retenu libéré"),
    "mail_returned": N_("Courriel retenu renvoyé à l'expéditeur"),
    "mail_replaced": N_("Courriel retenu remplacé par la lettre de refus"),
}
