"""R1 — Asking the OE about a guarantor (enquête sociale relative au garant).

[CVTS], quoting the SPP Intégration sociale instruction « Pièces justificatives médicales dans le
cadre de la loi du 02/04/1965 et de l'AM du 30/01/1995 »: a CPAS asked to cover someone's medical
costs may ask the Office des étrangers, by e-mail, for the contact details of the guarantor (who
signed the engagement de prise en charge, annexe 3bis) — UNIQUEMENT for people from a visa-required
country whose visa was issued less than two years ago, JAMAIS for asylum seekers or people here for
more than two years, and with four fields only. The filter is an administrative instruction, the
most a CPAS may send, not the legal scope of the guarantee.

Steps in the order of ``rules.md``; the first that decides from known facts decides.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from secretpro.i18n import N_
from secretpro.reference.visa import DATA_START, VisaStatus, passport_exceptions, visa_status
from secretpro.rules import shared_facts
from secretpro.rules.decision import Decision, MissingFact, Outcome, Reason
from secretpro.rules.declaration import DocumentKind, Rule, RulePage
from secretpro.rules.deliberation import Deliberation
from secretpro.rules.facts import BEFORE_VISA_DATA, FactsError, Kind, Prompt, fact, facts_of
from secretpro.rules.legal_dates import add_years, less_than_two_years, two_years_or_more

RULE = "guarantor-inquiry"
AID_TYPES = ("urgent_medical_aid", "medical_costs", "monthly_aid", "other")

ALLOWED_FIELDS = ("beneficiary_name", "national_number", "nationality", "cpas")
ALWAYS_FORBIDDEN = (
    "address",
    "socio_administrative_situation",
    "medical_information",
    "contact_details",
    "financial_situation",
    "any_other_information",
)
NOTHING_SENT = (*ALLOWED_FIELDS, *ALWAYS_FORBIDDEN)

OBLIGATIONS = (
    N_("Envoyer la demande par e-mail à l'Office des étrangers, avec ces quatre données seulement."),
    N_("Garder une trace de la demande au dossier."),
    N_("Conserver la réponse de l'Office des étrangers au dossier."),
    N_("Appliquer ensuite la procédure de contact et/ou de récupération auprès du garant."),
    N_(
        "La recherche d'informations reste dans le cadre du secret professionnel : aucune adresse, "
        "aucune donnée médicale ni sur la situation socio-administrative."
    ),
    N_("Le numéro doit être un numéro de registre national ou un numéro BIS valide."),
)


@dataclass(frozen=True)
class GuarantorInquiryFacts:
    """The facts of an enquête sociale relative au garant; ``None`` means unknown."""

    aid_type: str | None = shared_facts.aid_type(AID_TYPES)
    nationality: str | None = fact(Kind.COUNTRY, label=N_("Nationalité"))
    visa_issue_date: date | None = fact(Kind.DATE, label=N_("Date de délivrance du visa"))
    in_asylum_procedure: bool | None = fact(Kind.BOOLEAN, label=N_("En procédure d'asile"))
    arrival_date: date | None = fact(Kind.DATE, label=N_("Date d'arrivée en Belgique"))
    stay_over_two_years: bool | None = fact(Kind.BOOLEAN, label=N_("Séjour de deux ans ou plus"))
    passport_issue_date: date | None = fact(
        Kind.DATE,
        label=N_("Date de délivrance du passeport"),
        prompt=Prompt(
            N_("À quelle date le passeport de la personne a-t-il été délivré ?"),
            N_("À certaines dates, le visa n'était exigé que pour certains passeports de ce pays."),
        ),
    )
    national_number: str | None = fact(Kind.NATIONAL_NUMBER, label=N_("Numéro national ou BIS"))


FACTS = facts_of(GuarantorInquiryFacts)


ASK_ASYLUM = MissingFact(
    "in_asylum_procedure",
    N_("La personne est-elle en procédure d'asile ?"),
    N_("Pour une personne en procédure d'asile, la demande à l'OE n'est JAMAIS introduite."),
)
ASK_ARRIVAL = MissingFact(
    "arrival_date",
    N_("Depuis quelle date la personne séjourne-t-elle en Belgique ?"),
    N_("Si elle séjourne ici depuis deux ans ou plus, la demande à l'OE n'est JAMAIS introduite."),
)
ASK_STAY = MissingFact(
    "stay_over_two_years",
    N_(
        "Si la date d'arrivée est inconnue : la personne séjourne-t-elle en Belgique depuis deux ans ou plus ?"
    ),
    N_("Si elle séjourne ici depuis deux ans ou plus, la demande à l'OE n'est JAMAIS introduite."),
)
ASK_AID_TYPE = MissingFact(
    "aid_type",
    N_(
        "Quelle aide est demandée : prise en charge de frais médicaux, aide médicale urgente, "
        "aide sociale mensuelle ou autre ?"
    ),
    N_("La procédure ne vaut que pour une demande de prise en charge de frais médicaux (pas pour l'AMU)."),
)
ASK_NATIONALITY = MissingFact(
    "nationality",
    N_("Quelle est la nationalité de la personne ?"),
    N_("La demande ne concerne que les personnes provenant d'un pays soumis à l'obligation de visa."),
)
ASK_VISA_DATE = MissingFact(
    "visa_issue_date",
    N_("À quelle date le visa a-t-il été délivré ?"),
    N_("La demande ne concerne que les personnes dont le visa a été délivré depuis moins de deux ans."),
)
ASK_PASSPORT_DATE = MissingFact(
    "passport_issue_date",
    N_("À quelle date le passeport de la personne a-t-il été délivré ?"),
    N_("À cette date, le visa n'était exigé que pour certains passeports de ce pays."),
)

# [cvts_guarantor_procedure] « introduire la demande par mail à l'O.E et garder une traçabilité de cette
#   demande au dossier. Conserver la réponse de l'O.E et appliquer la procédure de contact et/ou récupération
#   auprès du garant telle que décrite ci-dessus; »
PROCEDURE = Reason(
    "R1.6",
    N_(
        "Procédure : introduire la demande par e-mail à l'OE, en garder la trace au dossier, conserver la "
        "réponse, puis appliquer la procédure de contact ou de récupération auprès du garant."
    ),
    "cvts_guarantor_procedure",
)
# [cvts_no_address_in_request] « Les informations ne peuvent contenir des adresses ou autre information sur la
#   situation socio-administrative du patient »
NO_ADDRESS_IN_REQUEST = Reason(
    "R1.6",
    N_("La demande ne contient ni adresse ni autre information sur la situation socio-administrative."),
    "cvts_no_address_in_request",
)
# [cvts_search_within_secrecy] « Il est évident que la recherche d'informations pour la réalisation de
#   l'enquête sociale doit se faire dans le cadre du secret professionnel auquel tous les membres du CPAS sont
#   tenus. … »
WITHIN_SECRECY = Reason(
    "R1.6",
    N_("La recherche d'informations pour l'enquête sociale reste dans le cadre du secret professionnel."),
    "cvts_search_within_secrecy",
    ("cp_458",),
)

# [cvts_visa_country_only] « Les demandes à introduire auprès de l'OE ne concernent que les personnes
#   provenant d'un pays soumis à l'obligation d'un visa »
DUAL_NATIONALITY = Reason(
    "R1.4",
    N_(
        "Plusieurs nationalités : il suffit que l'une d'elles ne soit pas soumise à l'obligation de visa "
        "pour que la personne ait pu entrer sans visa ; la lecture qui transmet le moins l'emporte."
    ),
    "cvts_visa_country_only",
)
NATIONALITY_CAVEAT = Reason(
    "R1.4",
    N_(
        "La nationalité n'est pas toujours le document de voyage utilisé (double nationalité, titre "
        "de voyage de réfugié) : vérifier le document avec lequel la personne est entrée."
    ),
)


def guarantor_inquiry(facts: GuarantorInquiryFacts, reference_date: date) -> Decision:
    """R1: may the CPAS ask the OE about this person's guarantor, and with which fields?"""
    case = Deliberation.of(RULE, facts, reference_date)
    # 0. Facts that contradict each other are asked back: never read as a "yes" (principle 2).
    facts = _ask_back_contradictions(facts, reference_date, case)

    # [cvts_guarantor_never] « Pour les personnes en procédure d'asile, d'une part, et pour celles qui
    #   séjournent ici depuis plus de deux ans, d'autre part, cette demande à l'O.E ne sera JAMAIS
    #   introduite. »
    # 1. Asylum procedure → never.
    if facts.in_asylum_procedure is None:
        case.unknown(ASK_ASYLUM)
    elif facts.in_asylum_procedure:
        return case.decide(
            Outcome.FORBIDDEN,
            Reason(
                "R1.1",
                N_("La personne est en procédure d'asile : la demande à l'OE n'est jamais introduite."),
                "cvts_guarantor_never",
            ),
            forbidden_fields=NOTHING_SENT,
        )
    else:
        case.note(Reason("R1.1", N_("La personne n'est pas en procédure d'asile."), "cvts_guarantor_never"))

    # [cvts_guarantor_never] « … pour celles qui séjournent ici depuis plus de deux ans, d'autre part, cette
    #   demande à l'O.E ne sera JAMAIS introduite. »
    # 2. Stay of two years or more → never; the boundary day counts as over.
    stay_over, disagreement = _stay_over_two_years(facts, reference_date)
    if stay_over is None:
        case.unknown(ASK_ARRIVAL, ASK_STAY)
    elif disagreement is not None:
        # The worker's "over two years" and the arrival date disagree: the reading that transmits less wins.
        return case.decide(Outcome.FORBIDDEN, disagreement, forbidden_fields=NOTHING_SENT)
    elif stay_over:
        return case.decide(
            Outcome.FORBIDDEN,
            Reason(
                "R1.2",
                N_(
                    "La personne séjourne en Belgique depuis deux ans ou plus à la date de référence : la "
                    "demande à l'OE n'est jamais introduite (le jour anniversaire compte comme « plus de deux "
                    "ans » : la lecture qui transmet le moins l'emporte)."
                ),
                "cvts_guarantor_never",
            ),
            forbidden_fields=NOTHING_SENT,
        )
    else:
        case.note(
            Reason(
                "R1.2",
                N_("La personne séjourne en Belgique depuis moins de deux ans."),
                "cvts_guarantor_never",
            )
        )

    # [cvts_guarantor_only_for] « … qui ont introduit une demande de prise en charge de frais médicaux … »
    # [cvts_not_urgent_medical_aid] « Ce flux d'information ne concerne pas les aides médicales urgentes »
    # 3. Only a request for coverage of medical costs; never urgent medical aid.
    if facts.aid_type is None:
        case.unknown(ASK_AID_TYPE)
    elif facts.aid_type == "urgent_medical_aid":
        return case.decide(
            Outcome.NOT_APPLICABLE,
            Reason(
                "R1.3",
                N_("Il s'agit d'aide médicale urgente (AMU) : ce flux d'information ne la concerne pas."),
                "cvts_not_urgent_medical_aid",
                ("ar_1996",),
            ),
            forbidden_fields=NOTHING_SENT,
        )
    elif facts.aid_type != "medical_costs":
        return case.decide(
            Outcome.NOT_APPLICABLE,
            Reason(
                "R1.3",
                N_(
                    "La procédure ne vaut que pour une demande de prise en charge de frais médicaux ; "
                    "l'aide demandée ici est d'un autre type : rien à envoyer."
                ),
                "cvts_guarantor_only_for",
                ("loi_1965",),
            ),
            forbidden_fields=NOTHING_SENT,
        )
    else:
        case.note(
            Reason(
                "R1.3",
                N_("Il s'agit d'une demande de prise en charge de frais médicaux."),
                "cvts_guarantor_only_for",
                ("loi_1965", "am_1995"),
            )
        )

    # [cvts_visa_country_only] « Les demandes à introduire auprès de l'OE ne concernent que les personnes
    #   provenant d'un pays soumis à l'obligation d'un visa »
    # 4. Only nationals of a visa-required country, on the reference date and on the visa date.
    if facts.nationality is None:
        case.unknown(ASK_NATIONALITY)
    else:
        # Dual nationals: one nationality free of the visa obligation is enough to have entered
        # without a visa — the reading that transmits less.
        nationalities = facts.nationality.split("|")
        for nationality in nationalities:
            visa_reason = _visa_country_reason(replace(facts, nationality=nationality), reference_date, case)
            if visa_reason is not None:
                to_check = _passports_to_check(nationality, reference_date)
                return case.decide(
                    Outcome.FORBIDDEN,
                    visa_reason,
                    forbidden_fields=NOTHING_SENT,
                    extra_reasons=(
                        *((DUAL_NATIONALITY,) if len(nationalities) > 1 else ()),
                        *((to_check,) if to_check else ()),
                        NATIONALITY_CAVEAT,
                    ),
                )

    # [cvts_visa_under_two_years] « Les demandes à introduire auprès de l'OE ne concernent que les personnes
    #   pour lesquelles un visa a été délivré depuis moins de 2 ans »
    # 5. Visa issued less than two years before the reference date.
    if facts.visa_issue_date is None:
        case.unknown(ASK_VISA_DATE)
    elif not less_than_two_years(facts.visa_issue_date, reference=reference_date):
        return case.decide(
            Outcome.FORBIDDEN,
            Reason(
                "R1.5",
                N_(
                    "Le visa a été délivré il y a deux ans ou plus (le %(deadline)s au plus tard, il n'avait "
                    "plus « moins de deux ans ») : la demande à l'OE n'est pas prévue."
                ),
                "cvts_visa_under_two_years",
                params=(("deadline", add_years(facts.visa_issue_date, 2).isoformat()),),
            ),
            forbidden_fields=NOTHING_SENT,
        )
    else:
        case.note(
            Reason("R1.5", N_("Le visa a été délivré depuis moins de deux ans."), "cvts_visa_under_two_years")
        )

    # [cvts_guarantor_fields] « les informations données par le CPAS à l'OE pour avoir les infos concernant
    #   les garants sont les suivantes : • Nom du bénéficiaire • Numéro national du bénéficiaire (ou N° bis) •
    #   Nationalité du bénéficiaire • CPAS concerné »
    # [cvts_guarantor_only_for] « une demande à l'O.E sera introduite UNIQUEMENT pour les personnes provenant
    #   d'un pays soumis à l'obligation d'un visa, qui ont introduit une demande de prise en charge de frais
    #   médicaux et pour lesquelles le visa a été délivré depuis moins de deux ans. »
    # 6. All conditions met → the four fields, nothing else; the procedure the note prescribes.
    case.note(PROCEDURE)
    case.note(NO_ADDRESS_IN_REQUEST)
    case.note(WITHIN_SECRECY)
    return case.allow(
        Reason(
            "R1.6",
            N_(
                "Toutes les conditions sont réunies : la demande peut être envoyée à l'OE, avec le nom, le "
                "numéro national (ou BIS), la nationalité et le CPAS concerné, et rien d'autre."
            ),
            "cvts_guarantor_fields",
            ("spp_is_instruction",),
        ),
        undetermined_reason=Reason(
            "R1.6",
            N_("Des faits manquent : tant qu'ils ne sont pas connus, rien n'est envoyé à l'OE."),
            "cvts_guarantor_only_for",
            ("cp_458",),
        ),
        allowed_fields=ALLOWED_FIELDS,
        forbidden_fields=ALWAYS_FORBIDDEN,
        obligations=OBLIGATIONS,
        undetermined_forbidden_fields=NOTHING_SENT,
    )


def _ask_back_contradictions(
    facts: GuarantorInquiryFacts, reference_date: date, case: Deliberation
) -> GuarantorInquiryFacts:
    """Dates that cannot all be true are treated as unknown and asked back, with a reason naming them.

    A visa, an arrival or a passport dated after the reference date did not exist on that date; an
    arrival before the visa was issued means this visa is not the one the person came with.
    """
    for name, ask in (
        ("visa_issue_date", ASK_VISA_DATE),
        ("arrival_date", ASK_ARRIVAL),
        ("passport_issue_date", ASK_PASSPORT_DATE),
    ):
        value = getattr(facts, name)
        # [cvts_guarantor_only_for] « une demande à l'O.E sera introduite UNIQUEMENT pour les personnes … »
        if value is not None and value > reference_date:
            case.note(
                Reason(
                    "R1.0",
                    N_(
                        "Les faits se contredisent : « %(fact)s » est daté du %(day)s, après la date de "
                        "référence (%(reference)s). Cette date est redemandée ; en attendant, rien n'est envoyé."
                    ),
                    "cvts_guarantor_only_for",
                    params=(
                        ("fact", DATES_IN_A_SENTENCE[name]),
                        ("day", value.isoformat()),
                        ("reference", reference_date.isoformat()),
                    ),
                )
            )
            case.unknown(ask)
            facts = replace(facts, **{name: None})
    # [cvts_visa_under_two_years] « Les demandes à introduire auprès de l'OE ne concernent que les personnes
    #   pour lesquelles un visa a été délivré depuis moins de 2 ans »
    if (
        facts.arrival_date is not None
        and facts.visa_issue_date is not None
        and (facts.arrival_date < facts.visa_issue_date)
    ):
        case.note(
            Reason(
                "R1.0",
                N_(
                    "Les faits se contredisent : arrivée le %(arrival)s, avant la délivrance du visa le "
                    "%(visa)s. Vérifier le visa avec lequel la personne est entrée et sa date d'arrivée ; "
                    "en attendant, rien n'est envoyé."
                ),
                "cvts_visa_under_two_years",
                params=(
                    ("arrival", facts.arrival_date.isoformat()),
                    ("visa", facts.visa_issue_date.isoformat()),
                ),
            )
        )
        # The arrival still counts for the stay (the earlier date transmits less); the visa is asked back.
        case.unknown(ASK_VISA_DATE, ASK_ARRIVAL)
        facts = replace(facts, visa_issue_date=None)
    return facts


DATES_IN_A_SENTENCE = {  # the dates as a contradiction names them, in lower case mid-sentence
    "visa_issue_date": N_("date de délivrance du visa"),
    "arrival_date": N_("date d'arrivée"),
    "passport_issue_date": N_("date de délivrance du passeport"),
}


def _stay_over_two_years(
    facts: GuarantorInquiryFacts, reference_date: date
) -> tuple[bool | None, Reason | None]:
    """From the arrival date when known; the yes/no answer when the date is unknown. When both are
    known and disagree, the reading that transmits less (over two years) wins, with its reason."""
    if facts.arrival_date is None:
        return facts.stay_over_two_years, None
    from_date = two_years_or_more(facts.arrival_date, reference=reference_date)
    if facts.stay_over_two_years is None or facts.stay_over_two_years == from_date:
        return from_date, None
    # [cvts_guarantor_never] « … pour celles qui séjournent ici depuis plus de deux ans, d'autre part, cette
    #   demande à l'O.E ne sera JAMAIS introduite. »
    return True, Reason(
        "R1.2",
        N_(
            "Les faits se contredisent : la réponse « séjour de deux ans ou plus : %(answer)s » ne concorde "
            "pas avec la date d'arrivée (%(arrival)s). La lecture qui transmet le moins l'emporte : la "
            "personne est tenue pour séjourner ici depuis deux ans ou plus, et la demande à l'OE n'est "
            "jamais introduite. Corriger le fait erroné pour réexaminer."
        ),
        "cvts_guarantor_never",
        params=(
            ("answer", N_("oui") if facts.stay_over_two_years else N_("non")),
            ("arrival", facts.arrival_date.isoformat()),
        ),
    )


def _visa_country_reason(
    facts: GuarantorInquiryFacts, reference_date: date, case: Deliberation
) -> Reason | None:
    """``None`` when the nationality passes step 4 (or its remaining doubt is a missing fact);
    otherwise the reason that forbids."""
    assert facts.nationality is not None
    days = [reference_date]
    if facts.visa_issue_date is not None:
        # A visa issued before the codification (18/12/2018) still counts: the list is read on the
        # first day it is modelled (the codification did not change Annex I).
        days.append(max(facts.visa_issue_date, DATA_START))
    if reference_date < DATA_START:
        raise FactsError("reference_date", BEFORE_VISA_DATA)
    passport_doubt = False
    for day in days:
        status = visa_status(facts.nationality, day)
        if status.status == "partial":
            requires = _partial_requires_visa(status, facts)
            if requires is None:
                passport_doubt = True
                continue
            if not requires:
                return _not_visa_required(status, day == reference_date)
        elif status.status == "not_required":
            return _not_visa_required(status, day == reference_date)
    if passport_doubt:
        case.unknown(ASK_PASSPORT_DATE)
        return None
    # [cvts_visa_country_only] « Les demandes à introduire auprès de l'OE ne concernent que les personnes
    #   provenant d'un pays soumis à l'obligation d'un visa »
    case.note(
        Reason(
            "R1.4",
            N_("Nationalité %(country)s : pays soumis à l'obligation de visa (%(act)s)."),
            "cvts_visa_country_only",
            params=(
                ("country", f"country:{facts.nationality}"),
                ("act", f"act:{visa_status(facts.nationality, reference_date).act}"),
            ),
        )
    )
    case.note(NATIONALITY_CAVEAT)
    return None


def _partial_requires_visa(status: VisaStatus, facts: GuarantorInquiryFacts) -> bool | None:
    """A partial suspension (Vanuatu, 2022–2023) depends on the passport's date of issue."""
    if facts.passport_issue_date is None or status.passports_issued_from is None:
        return None
    return facts.passport_issue_date >= status.passports_issued_from


def _not_visa_required(status: VisaStatus, on_reference_date: bool) -> Reason:
    message = (
        N_(
            "Nationalité %(country)s : pas soumise à l'obligation de visa à la date de référence (%(act)s). "
            "La demande ne concerne que les personnes provenant d'un pays soumis à l'obligation d'un visa."
        )
        if on_reference_date
        else N_(
            "Nationalité %(country)s : pas soumise à l'obligation de visa à la date de délivrance du visa "
            "(%(day)s, %(act)s) ; la lecture qui transmet le moins l'emporte."
        )
    )
    # [cvts_visa_country_only] « Les demandes à introduire auprès de l'OE ne concernent que les personnes
    #   provenant d'un pays soumis à l'obligation d'un visa »
    return Reason(
        "R1.4",
        message,
        "cvts_visa_country_only",
        params=(
            ("country", f"country:{status.country}"),
            ("act", f"act:{status.act}"),
            ("day", status.day.isoformat()),
        ),
    )


def _passports_to_check(country: str, day: date) -> Reason | None:
    """Annex II restrictions: some passports of an exempt country still need a visa — a case to check."""
    if not passport_exceptions(country, day):
        return None
    # [cvts_visa_country_only] « Les demandes à introduire auprès de l'OE ne concernent que les personnes
    #   provenant d'un pays soumis à l'obligation d'un visa »
    return Reason(
        "R1.4",
        N_(
            "À vérifier : pour %(country)s, certains passeports restent soumis au visa : %(passports)s. Si la "
            "personne est entrée avec un tel passeport, refaire l'examen avec le service juridique."
        ),
        "cvts_visa_country_only",
        params=(("country", f"country:{country}"), ("passports", f"passports:{country}:{day.isoformat()}")),
    )


def documents_offered(decision: Decision) -> tuple[DocumentKind, ...]:
    """Allowed: the e-mail to the OE with the four data, ready to send."""
    return (DocumentKind.OE_EMAIL,) if decision.outcome == Outcome.ALLOWED else ()


DECLARATION = Rule(
    RULE,
    "R1",
    N_("Enquête sociale relative au garant"),
    GuarantorInquiryFacts,
    guarantor_inquiry,
    RulePage(
        N_(
            "Nous devons obtenir les coordonnées du garant d'une personne qui demande la prise en charge de frais médicaux."
        ),
        N_("Demander à l'OE les coordonnées du garant"),
    ),
    documents_offered,
)
