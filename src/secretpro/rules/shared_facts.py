"""Facts that several rules read, declared once so that every rule names and asks them alike.

A rule's own facts are declared in its module; these are the ones two or more rules share: the type
of aid (R1, R3, R4), who receives or asks (R2, R3), the person's consent (R2, R3, R5) and the four
other conditions of shared secrecy (R2, R3). ``rules/__init__.py`` refuses two rules that declare a
fact of the same name differently.
"""

from __future__ import annotations

from typing import Any

from secretpro.i18n import N_
from secretpro.rules.facts import Kind, Prompt, fact

AID_TYPE_LABELS = {
    "urgent_medical_aid": N_("Aide médicale urgente (AMU, AR du 12/12/1996)"),
    "medical_costs": N_("Prise en charge de frais médicaux (loi du 02/04/1965)"),
    "monthly_aid": N_("Aide sociale mensuelle (revenu d'intégration ou équivalent)"),
    "other": N_("Autre aide"),
}
PARTY_LABELS = {
    "office_des_etrangers": N_("L'Office des étrangers (OE)"),
    "police": N_("La police"),
    "prosecutor_or_judge": N_("Le parquet ou un juge"),
    "spp_is": N_("Le SPP Intégration sociale"),
    "other_cpas": N_("Un autre CPAS"),
    "hospital_or_doctor": N_("Un hôpital ou un médecin"),
    "guarantor": N_("Le garant"),
    "person_concerned": N_("La personne concernée elle-même"),
    "other": N_("Quelqu'un d'autre"),
}
PARTIES = tuple(PARTY_LABELS)

AID_TYPE_PROMPT = Prompt(
    N_("De quel type d'aide s'agit-il ?"),
    N_("Aucun flux automatique vers l'OE ne couvre les frais médicaux ; aucun flux ne couvre l'AMU."),
)
CONSENT_PROMPT = Prompt(
    N_("La personne a-t-elle donné son consentement ?"),
    N_("Le consentement est une des cinq conditions cumulatives ; seul, il ne suffit pas."),
)


def aid_type(choices: tuple[str, ...]) -> Any:
    """The type of aid, its choices in the order the rule offers them."""
    return fact(
        Kind.CHOICE, choices, label=N_("Type d'aide"), choice_labels=AID_TYPE_LABELS, prompt=AID_TYPE_PROMPT
    )


def consent() -> Any:
    return fact(Kind.BOOLEAN, label=N_("Consentement de la personne"), prompt=CONSENT_PROMPT)


def recipient_bound_by_secrecy() -> Any:
    return fact(Kind.BOOLEAN, label=N_("Destinataire tenu au secret professionnel"))


def same_missions() -> Any:
    return fact(Kind.BOOLEAN, label=N_("Mêmes missions"))


def in_person_interest() -> Any:
    return fact(Kind.BOOLEAN, label=N_("Dans l'intérêt de la personne"))


def only_necessary() -> Any:
    return fact(Kind.BOOLEAN, label=N_("Seulement les éléments nécessaires"))
