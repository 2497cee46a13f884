"""Every generated document passes the guard before it is offered; this is where that is decided.

Each kind of document has its policy (``POLICIES``): the guard profile, the categories the document
legitimately carries, and whether the product's own reviewed wording may mention a category in
general terms. A refusal letter must say that "no flow covers medical aid"; the guard rightly sees
health vocabulary there, but those words are the product's, the same in every letter, about no one:
such findings are shown to the worker as accepted wording, never hidden. Anything the worker typed
is held to the profile with no exception, and the e-mail to the OE accepts nothing beyond its
profile at all. What comes from the logged-in account — the sender's CPAS and user name — is the
sender's, never the person's: the guard's findings there (a worker called Mohamed is a "person
name") are allowed. If the guard cannot run, nothing is offered.
"""

from __future__ import annotations

from dataclasses import dataclass

from secretpro.documents.model import Document, DocumentKind
from secretpro.guard import scan
from secretpro.i18n import N_


@dataclass(frozen=True)
class GuardPolicy:
    profile: str
    allow: frozenset[str]
    template_wording_accepted: bool
    why: str
    """French message id: why this profile, shown beside the result."""
    label: str
    """French message id: what the document is checked as, in the worker's words (never the
    guard's internal profile name)."""


POLICIES: dict[DocumentKind, GuardPolicy] = {
    DocumentKind.OE_EMAIL: GuardPolicy(
        "guarantor_inquiry",
        frozenset(),
        False,
        N_("Seuls le nom, le numéro national ou BIS, la nationalité et le CPAS peuvent y figurer."),
        N_("demande de coordonnées du garant à l'OE"),
    ),
    DocumentKind.REFUSAL_LETTER: GuardPolicy(
        "strict",
        frozenset({"CPAS"}),
        True,
        N_("La lettre sort du CPAS : aucune donnée sur la personne ne peut y figurer."),
        N_("réponse à un organisme extérieur"),
    ),
    DocumentKind.FILE_NOTE: GuardPolicy(
        "strict",
        frozenset({"CPAS", "NATIONALITY", "HEALTH", "ADMIN_STATUS"}),
        True,
        N_(
            "La note reprend les termes de la décision (type d'aide, nationalité) mais aucun identifiant "
            "(nom, numéro, adresse, téléphone, e-mail, compte, date de naissance)."
        ),
        N_("note interne au dossier"),
    ),
    DocumentKind.CHECKLIST_9TER: GuardPolicy(
        "strict",
        frozenset({"CPAS"}),
        True,
        N_("La liste est remise au médecin et à la personne : elle ne nomme personne."),
        N_("document remis au médecin et à la personne"),
    ),
    DocumentKind.ENVELOPE_COVER: GuardPolicy(
        "strict",
        frozenset({"CPAS"}),
        True,
        N_("La page de garde part à l'OE : elle ne nomme personne."),
        N_("page qui part à l'OE"),
    ),
}


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    category: str
    text: str
    status: str
    """``allowed`` (by the profile or the policy), ``wording`` (the product's own general wording,
    accepted and shown) or ``blocking``."""


@dataclass(frozen=True)
class GuardCheck:
    profile: str
    policy: GuardPolicy
    findings: tuple[Finding, ...] = ()

    @property
    def passed(self) -> bool:
        return not self.blocking

    @property
    def blocking(self) -> tuple[Finding, ...]:
        return tuple(finding for finding in self.findings if finding.status == "blocking")


def check(document: Document) -> GuardCheck:
    """Scan the document's full text with its policy's profile; ``passed`` says if it may be offered."""
    policy = POLICIES[document.kind]
    text = document.plain_text()
    report = scan(text, profile=policy.profile, allow=policy.allow)
    spans = document.block_spans()
    findings = []
    for found in report.findings:
        origin = next(
            (block.origin for start, end, block in spans if start <= found.start and found.end <= end),
            "worker",  # a finding across two blocks is treated as the worker's: no exception for it
        )
        if found.allowed or found.category in policy.allow or origin == "account":
            status = "allowed"
        elif policy.template_wording_accepted and origin == "template":
            status = "wording"
        else:
            status = "blocking"
        findings.append(
            Finding(found.start, found.end, found.category, text[found.start : found.end], status)
        )
    return GuardCheck(profile=policy.profile, policy=policy, findings=tuple(findings))
