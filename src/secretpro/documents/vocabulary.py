"""The domain's words for facts and their values (French message ids, translated in documents.po).

Shared by the interviews (web) and the documents (the file note lists the facts as answered).
"""

from __future__ import annotations

from datetime import date

from babel.dates import format_date

from secretpro.i18n import N_, Language, translator
from secretpro.reference import country_name
from secretpro.rules.explanation import FIELD_LABELS

BABEL_LOCALES: dict[Language, str] = {"fr": "fr_BE", "nl": "nl_BE", "en": "en_GB"}

FACT_LABELS: dict[str, str] = {
    "aid_type": N_("Type d'aide"),
    "nationality": N_("Nationalité"),
    "visa_issue_date": N_("Date de délivrance du visa"),
    "in_asylum_procedure": N_("En procédure d'asile"),
    "arrival_date": N_("Date d'arrivée en Belgique"),
    "stay_over_two_years": N_("Séjour de deux ans ou plus"),
    "passport_issue_date": N_("Date de délivrance du passeport"),
    "national_number": N_("Numéro national ou BIS"),
    "recipient": N_("Destinataire"),
    "recipient_bound_by_secrecy": N_("Destinataire tenu au secret professionnel"),
    "same_missions": N_("Mêmes missions"),
    "in_person_interest": N_("Dans l'intérêt de la personne"),
    "consent": N_("Consentement de la personne"),
    "only_necessary": N_("Seulement les éléments nécessaires"),
    "requester": N_("Demandeur"),
    "requested": N_("Informations demandées"),
    "legal_basis_invoked": N_("Un texte légal est invoqué"),
    "legal_basis": N_("Base légale invoquée"),
    "legal_service_confirmed": N_("Obligation confirmée par le service juridique"),
    "shared_secrecy_claimed": N_("Secret partagé invoqué"),
    "register": N_("Registre"),
    "fields": N_("Données transmises"),
    "asked_by": N_("Demandé par"),
    "request": N_("Demande"),
    "person_wants_doctor_only": N_("Seul un médecin doit lire le certificat"),
}

_PARTIES = {
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
_AID_TYPES = {
    "urgent_medical_aid": N_("Aide médicale urgente (AMU, AR du 12/12/1996)"),
    "medical_costs": N_("Prise en charge de frais médicaux (loi du 02/04/1965)"),
    "monthly_aid": N_("Aide sociale mensuelle (revenu d'intégration ou équivalent)"),
    "other": N_("Autre aide"),
}
CHOICE_LABELS: dict[str, dict[str, str]] = {
    "aid_type": _AID_TYPES,
    "recipient": _PARTIES,
    "requester": _PARTIES,
    "register": {
        "foreigners_register": N_("Registre des étrangers"),
        "waiting_register": N_("Registre d'attente"),
        "population_register": N_("Registre de la population"),
        "none": N_("Aucun registre"),
    },
    "asked_by": {
        "oe_official": N_("Un fonctionnaire de l'OE (non médecin)"),
        "oe_medical_officer": N_("Le fonctionnaire médecin de l'OE"),
        "person": N_("La personne elle-même"),
        "lawyer": N_("Son avocat"),
        "other": N_("Quelqu'un d'autre"),
    },
    "request": {
        "send_certificate": N_("Envoyer le certificat médical"),
        "answer_medical_questions": N_("Répondre à des questions médicales"),
        "advice": N_("Un conseil sur la marche à suivre"),
    },
}


def fact_label(fact: str, language: Language) -> str:
    return translator(language)(FACT_LABELS.get(fact, fact))


def choice_label(fact: str, value: str, language: Language) -> str:
    """The label of one value of a choice fact; list items are data fields (``FIELD_LABELS``)."""
    message = CHOICE_LABELS.get(fact, {}).get(value) or FIELD_LABELS.get(value) or value
    return translator(language)(message)


def long_date(day: date, language: Language) -> str:
    """A date for letters: the long format (the fr_BE short format has a two-digit year)."""
    return format_date(day, format="long", locale=BABEL_LOCALES[language])


def medium_date(day: date, language: Language) -> str:
    return format_date(day, format="medium", locale=BABEL_LOCALES[language])


def fact_value(fact: str, value: object, language: Language) -> str:
    """A fact's value in words: yes/no, a date, a country name, the label of a choice or of each item."""
    _ = translator(language)
    if isinstance(value, bool):
        return _(N_("Oui")) if value else _(N_("Non"))
    if isinstance(value, date):
        return medium_date(value, language)
    if isinstance(value, (tuple, list)):
        return ", ".join(choice_label(fact, str(item), language) for item in value) or "—"
    if fact == "nationality" and isinstance(value, str):
        return ", ".join(country_name(code, language) for code in value.split("|"))
    if fact in CHOICE_LABELS and isinstance(value, str):
        return choice_label(fact, value, language)
    return str(value)


def field_label_for(name: str, language: Language) -> str:
    """The label of a data field (what may or may not be sent)."""
    return translator(language)(FIELD_LABELS.get(name, name))
