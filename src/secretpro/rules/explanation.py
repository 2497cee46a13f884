"""A decision explained in one language: the structure every renderer reads (JSON, text, web, documents).

The reasons keep their French text (the language of the notes and of the law) and carry the
translation beside it; quotations stay in French with their translation; legal citations carry their
caveat wherever they are shown.
"""

from __future__ import annotations

from datetime import date
from typing import NotRequired, TypedDict

from secretpro.i18n import N_, Language, translator
from secretpro.reference import country_name
from secretpro.reference.visa import act_name, passport_exceptions
from secretpro.rules.decision import Decision, Outcome, Reason
from secretpro.rules.sources import citations

OUTCOME_LABELS: dict[Outcome, str] = {
    Outcome.ALLOWED: N_("Transmission permise"),
    Outcome.FORBIDDEN: N_("Transmission interdite"),
    Outcome.NOT_APPLICABLE: N_("Procédure non applicable : rien à envoyer"),
    Outcome.UNDETERMINED: N_("Indéterminé : des faits manquent, rien n'est envoyé en attendant"),
}

FIELD_LABELS: dict[str, str] = {
    "beneficiary_name": N_("Nom du bénéficiaire"),
    "national_number": N_("Numéro national (ou numéro BIS)"),
    "nationality": N_("Nationalité"),
    "cpas": N_("CPAS concerné"),
    "address": N_("Adresse"),
    "socio_administrative_situation": N_("Situation socio-administrative (statut de séjour, procédures)"),
    "medical_information": N_("Informations médicales"),
    "medical_certificate": N_("Certificat médical"),
    "medical_costs": N_("Frais médicaux ou d'hospitalisation"),
    "hospital_costs": N_("Frais d'hospitalisation"),
    "contact_details": N_("Coordonnées (téléphone, e-mail)"),
    "financial_situation": N_("Situation financière"),
    "any_other_information": N_("Toute autre information"),
    "any_information": N_("Toute information"),
    "identity": N_("Identité"),
    "aid_granted": N_("Aide octroyée"),
    "aid_type": N_("Type d'aide (RI ou aide équivalente)"),
    "period": N_("Période"),
    "amount": N_("Montant"),
    "other": N_("Autre"),
    "own_file": N_("Son propre dossier"),
    "guidance": N_("Marche à suivre"),
    "elements_necessary_to_common_mission": N_("Les seuls éléments nécessaires à la mission commune"),
    "any_element_not_necessary_to_common_mission": N_("Tout élément non nécessaire à la mission commune"),
}


def field_label(name: str, language: Language) -> str:
    return translator(language)(FIELD_LABELS[name]) if name in FIELD_LABELS else name


def reason_source(reason: Reason) -> str:
    """The source id of a reason: the note it quotes (CVTS, MED), or LAW when it rests on a legal text only."""
    return citations().quotes[reason.quote].source if reason.quote else "LAW"


def reason_parameter(value: str, language: Language) -> str:
    """A reason's parameter in ``language``: data named by tag (``country:MA``, ``act:Reg. (EU) …``,
    ``passports:RS:2024-01-01``) is looked up in the reference data; anything else is a message id."""
    kind, _sep, rest = value.partition(":")
    if kind == "country" and rest:
        return f"{country_name(rest, language)} ({rest})"
    if kind == "act" and rest:
        return act_name(rest, language)
    if kind == "passports" and rest:
        country, _sep, day = rest.partition(":")
        exceptions = passport_exceptions(country, date.fromisoformat(day))
        return " ; ".join(f"{e.passports[language]} ({act_name(e.act, language)})" for e in exceptions)
    return translator(language)(value)


class QuoteExplained(TypedDict):
    id: str
    source: str
    fr: str
    """The note's own words, always in French."""
    translation: str | None
    """Beside the French in another language; ``None`` in French."""


class LawExplained(TypedDict):
    id: str
    label: str
    caveat: str
    first: NotRequired[bool]
    """Set by a page that shows a law's caveat only where the law is first cited."""


class ReasonExplained(TypedDict):
    source: str
    step: str
    text: str
    """French (the legal wording's language)."""
    quote: QuoteExplained | None
    laws: list[LawExplained]
    translation: NotRequired[str]
    """The text in the worker's language, when it is not French."""


class MissingExplained(TypedDict):
    fact: str
    question: str
    why: str


class Explanation(TypedDict):
    """The decision object of ``interfaces.md`` with its explanation fields: what the text, the web,
    the API, the documents and the register all read."""

    rule: str
    outcome: str
    outcome_label: str
    reference_date: str
    headline: ReasonExplained | None
    decisive_reason: int | None
    reasons: list[ReasonExplained]
    missing: list[MissingExplained]
    allowed_fields: list[str]
    forbidden_fields: list[str]
    obligations: list[str]
    rules_version: str
    language: str


def explain_reason(reason: Reason, language: Language) -> ReasonExplained:
    _ = translator(language)
    cited = citations()
    law_ids = list(reason.laws)
    quote: QuoteExplained | None = None
    if reason.quote is not None:
        q = cited.quotes[reason.quote]
        quote = {"id": q.id, "source": q.source, "fr": q.fr, "translation": q.in_language(language)}
        law_ids = [*law_ids, *(law for law in q.laws if law not in law_ids)]
    explained: ReasonExplained = {
        "source": reason_source(reason),
        "step": reason.step,
        "text": reason.formatted(reason.text, lambda value: reason_parameter(value, "fr")),
        "quote": quote,
        "laws": [
            {
                "id": law_id,
                # Law names and caveats in the worker's language (the law's own words stay in French).
                "label": _(cited.laws[law_id].label),
                "caveat": _(cited.laws[law_id].caveat) if cited.laws[law_id].caveat else "",
            }
            for law_id in law_ids
        ],
    }
    if language != "fr":
        explained["translation"] = reason.formatted(
            _(reason.text), lambda value: reason_parameter(value, language)
        )
    return explained


def explain(decision: Decision, language: Language = "fr") -> Explanation:
    """The decision object of ``interfaces.md`` (with explanation fields added), in one language."""
    _ = translator(language)
    reasons = [explain_reason(reason, language) for reason in decision.reasons]
    decisive = decision.decisive % len(reasons) if reasons else None
    return {
        "rule": decision.rule,
        "outcome": decision.outcome.value,
        "outcome_label": _(OUTCOME_LABELS[decision.outcome]),
        "reference_date": decision.reference_date.isoformat(),
        # The step that settled the outcome (rules.md principle 6), shown first by every renderer.
        "headline": reasons[decisive] if decisive is not None else None,
        "decisive_reason": decisive,
        "reasons": reasons,
        "missing": [
            {"fact": missing.fact, "question": _(missing.question), "why": _(missing.why)}
            for missing in decision.missing
        ],
        "allowed_fields": list(decision.allowed_fields),
        "forbidden_fields": list(decision.forbidden_fields),
        "obligations": [_(obligation) for obligation in decision.obligations],
        "rules_version": decision.rules_version,
        "language": language,
    }
