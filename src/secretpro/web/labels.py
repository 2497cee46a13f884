"""Words the interviews show for facts and their values (French message ids, translated in web.po).

The rules own their questions (``MissingFact``); this module names facts in the answer summary,
labels the values of choice facts, and words the questions for facts that a rule reads but never
lists as missing (the description of a request: who asks, what, on which legal basis).
"""

from __future__ import annotations

from dataclasses import dataclass

from secretpro.documents.vocabulary import CHOICE_LABELS, FACT_LABELS, choice_label, fact_label
from secretpro.i18n import N_


@dataclass(frozen=True)
class RulePage:
    """One interview: its URL code, the rule it runs, and how the home page words the situation."""

    code: str
    rule: str
    situation: str
    title: str


RULE_PAGES: tuple[RulePage, ...] = (
    RulePage(
        "r1",
        "guarantor-inquiry",
        N_(
            "Nous devons obtenir les coordonnées du garant d'une personne qui demande la prise en charge de frais médicaux."
        ),
        N_("Demander à l'OE les coordonnées du garant"),
    ),
    RulePage(
        "r2",
        "shared-secrecy",
        N_("Quelqu'un veut partager des informations avec nous, ou nous avec lui, au nom du secret partagé."),
        N_("Partager sous le secret professionnel partagé"),
    ),
    RulePage(
        "r3",
        "incoming-request",
        N_("On nous demande des informations sur une personne (Office des étrangers, police, autre)."),
        N_("Répondre à une demande d'information"),
    ),
    RulePage(
        "r4",
        "automatic-flow",
        N_("Je veux savoir ce que le flux automatique du SPP Intégration sociale envoie à l'OE."),
        N_("Vérifier le flux automatique SPP IS → OE"),
    ),
    RulePage(
        "r5",
        "medical-certificate",
        N_("Un médecin ou la personne m'interroge sur le certificat médical d'une demande 9ter."),
        N_("Certificat médical type (9ter)"),
    ),
)
PAGES_BY_CODE = {page.code: page for page in RULE_PAGES}
PAGES_BY_RULE = {page.rule: page for page in RULE_PAGES}


@dataclass(frozen=True)
class Prompt:
    question: str
    why: str


# Facts a rule reads without listing them as missing: asked only when one of their values would
# change the decision (see ``interview.py``).
DESCRIPTIVE_PROMPTS: dict[str, Prompt] = {
    "recipient": Prompt(
        N_("Avec qui l'information serait-elle partagée ?"),
        N_(
            "Pour certains destinataires, la note tranche déjà une condition (l'OE ne poursuit pas les missions d'un CPAS)."
        ),
    ),
    "requested": Prompt(
        N_("Quelles informations sont demandées ?"),
        N_(
            "Certaines informations (médicales, adresse, situation socio-administrative) ne sortent jamais vers l'OE."
        ),
    ),
    # The text itself is asked only once a text is said to be invoked (through the rule's missing facts).
    "legal_basis_invoked": Prompt(
        N_("Le demandeur invoque-t-il un texte légal qui obligerait le CPAS à répondre ?"),
        N_(
            "Une obligation légale invoquée doit être vérifiée avant toute réponse ; sans texte, le secret s'applique."
        ),
    ),
    "consent": Prompt(
        N_("La personne a-t-elle donné son consentement ?"),
        N_("Le consentement est une des cinq conditions cumulatives ; seul, il ne suffit pas."),
    ),
    "aid_type": Prompt(
        N_("De quel type d'aide s'agit-il ?"),
        N_("Aucun flux automatique vers l'OE ne couvre les frais médicaux ; aucun flux ne couvre l'AMU."),
    ),
    "shared_secrecy_claimed": Prompt(
        N_("Le demandeur invoque-t-il le secret professionnel partagé ?"),
        N_("Le secret partagé n'est possible que si cinq conditions cumulatives sont réunies."),
    ),
    "person_wants_doctor_only": Prompt(
        N_("La personne souhaite-t-elle que seul un médecin lise le certificat ?"),
        N_(
            "Dans ce cas, le certificat part sous enveloppe fermée avec une page de garde pour le fonctionnaire médecin."
        ),
    ),
    "passport_issue_date": Prompt(
        N_("À quelle date le passeport de la personne a-t-il été délivré ?"),
        N_("À certaines dates, le visa n'était exigé que pour certains passeports de ce pays."),
    ),
}

YES = N_("Oui")
NO = N_("Non")
UNKNOWN = N_("Je ne sais pas")


__all__ = ["CHOICE_LABELS", "DESCRIPTIVE_PROMPTS", "FACT_LABELS", "RULE_PAGES", "choice_label", "fact_label"]
