"""R3 — A request for information reaches the CPAS (demande entrante).

Default: art. 458 Code pénal — nothing is transmitted without a rule that allows it ([CVTS] « Le
CPAS est tenu de respecter l'article 458 du code pénal relatif au secret professionnel »). The OE
gets nothing about medical aid: the only automatic flow covers monthly aid (R4) and the guarantor
procedure (R1) runs from the CPAS to the OE, never the other way. A legal obligation is never
presumed: the worker checks the exact text with the legal service. The person's own request is a
right of access, not a secrecy question.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from secretpro.i18n import N_
from secretpro.rules import shared_facts
from secretpro.rules.decision import Decision, MissingFact, Outcome, Reason
from secretpro.rules.declaration import DocumentKind, Rule, RulePage
from secretpro.rules.deliberation import Deliberation
from secretpro.rules.explanation import FIELD_LABELS
from secretpro.rules.facts import Kind, Prompt, fact, facts_of
from secretpro.rules.shared_secrecy import RECIPIENTS, SharedSecrecyFacts, shared_secrecy

RULE = "incoming-request"
REQUESTED_ITEMS = (
    "identity",
    "national_number",
    "nationality",
    "address",
    "medical_information",
    "socio_administrative_situation",
    "aid_granted",
    "financial_situation",
    "other",
)
AID_TYPES = ("urgent_medical_aid", "medical_costs", "monthly_aid", "other")
MEDICAL_AID = frozenset({"urgent_medical_aid", "medical_costs"})
NEVER_TO_THE_OE = frozenset({"medical_information", "address", "socio_administrative_situation"})


@dataclass(frozen=True)
class IncomingRequestFacts:
    """Who asks what, on which basis. ``legal_basis`` is the text invoked; ``legal_basis_invoked``
    says whether one is invoked at all (``False``: none; ``None``: not known — the CPAS refuses but
    never writes that none was invoked, and asks the requester for the exact text)."""

    requester: str | None = fact(
        Kind.CHOICE, RECIPIENTS, label=N_("Demandeur"), choice_labels=shared_facts.PARTY_LABELS
    )
    requested: tuple[str, ...] | None = fact(
        Kind.CHOICES,
        REQUESTED_ITEMS,
        label=N_("Informations demandées"),
        choice_labels=FIELD_LABELS,
        prompt=Prompt(
            N_("Quelles informations sont demandées ?"),
            N_(
                "Certaines informations (médicales, adresse, situation socio-administrative) ne sortent jamais vers l'OE."
            ),
        ),
    )
    # The text itself is asked only once a text is said to be invoked (through the missing facts).
    legal_basis_invoked: bool | None = fact(
        Kind.BOOLEAN,
        label=N_("Un texte légal est invoqué"),
        prompt=Prompt(
            N_("Le demandeur invoque-t-il un texte légal qui obligerait le CPAS à répondre ?"),
            N_(
                "Une obligation légale invoquée doit être vérifiée avant toute réponse ; sans texte, le secret s'applique."
            ),
        ),
    )
    legal_basis: str | None = fact(Kind.TEXT, label=N_("Base légale invoquée"))
    consent: bool | None = shared_facts.consent()
    aid_type: str | None = shared_facts.aid_type(AID_TYPES)
    legal_service_confirmed: bool | None = fact(
        Kind.BOOLEAN, label=N_("Obligation confirmée par le service juridique")
    )
    shared_secrecy_claimed: bool | None = fact(
        Kind.BOOLEAN,
        label=N_("Secret partagé invoqué"),
        prompt=Prompt(
            N_("Le demandeur invoque-t-il le secret professionnel partagé ?"),
            N_("Le secret partagé n'est possible que si cinq conditions cumulatives sont réunies."),
        ),
    )
    recipient_bound_by_secrecy: bool | None = shared_facts.recipient_bound_by_secrecy()
    same_missions: bool | None = shared_facts.same_missions()
    in_person_interest: bool | None = shared_facts.in_person_interest()
    only_necessary: bool | None = shared_facts.only_necessary()


FACTS = facts_of(IncomingRequestFacts)


ASK_REQUESTER = MissingFact(
    "requester",
    N_("Qui demande l'information ?"),
    N_(
        "Seule la personne concernée elle-même a droit à ses propres données ; pour tout autre demandeur, le secret s'applique."
    ),
)
ASK_LEGAL_BASIS = MissingFact(
    "legal_basis",
    N_("Quel texte légal le demandeur invoque-t-il exactement (loi, article) ?"),
    N_("Un texte invoqué doit être vérifié avant toute réponse ; sans le texte exact, rien n'est transmis."),
)
ASK_LEGAL_SERVICE = MissingFact(
    "legal_service_confirmed",
    N_("Le service juridique a-t-il vérifié que ce texte oblige le CPAS à transmettre, et quoi exactement ?"),
    N_(
        "Le produit ne décide jamais seul qu'une obligation légale existe : le texte exact doit être vérifié."
    ),
)

REFUSAL_OBLIGATIONS = (
    N_("Répondre par écrit, par un refus motivé : art. 458 du Code pénal (secret professionnel)."),
    N_("Rappeler les cinq conditions cumulatives du secret professionnel partagé et celle qui manque."),
    N_("Garder une trace de la demande et de la réponse au dossier."),
)
ASK_FOR_THE_TEXT = N_("Inviter le demandeur à préciser la disposition légale exacte qu'il invoquerait.")
REFUSAL_TO_OE = N_(
    "Rappeler qu'aucun flux automatique vers l'Office des étrangers ne couvre les frais médicaux, et "
    "qu'aucun flux ne couvre l'aide médicale urgente."
)


def incoming_request(facts: IncomingRequestFacts, reference_date: date) -> Decision:
    """R3: someone asks the CPAS for information about a person; what may be answered?"""
    case = Deliberation.of(RULE, facts, reference_date)
    requested = facts.requested or ()
    everything = (*requested, "any_other_information") if requested else ("any_information",)

    # 1. The person asks for their own file: a right of access, not a secrecy question.
    if facts.requester == "person_concerned":
        return case.decide(
            Outcome.ALLOWED,
            Reason(
                "R3.1",
                N_(
                    "C'est la personne concernée qui demande ses propres données : ce n'est pas une question de "
                    "secret professionnel mais son droit d'accès. À elle seule, après vérification de son identité."
                ),
                None,
                ("gdpr_15",),
            ),
            allowed_fields=requested or ("own_file",),
            obligations=(
                N_("Vérifier l'identité de la personne ; ne remettre les données qu'à elle."),
                N_("Garder une trace de la demande et de la réponse au dossier."),
            ),
        )
    if facts.requester is None:
        case.unknown(ASK_REQUESTER)

    # [cvts_flow_not_medical] « Ce flux ne concerne pas les frais médicaux ou d'hospitalisation. »
    # [cvts_not_urgent_medical_aid] « Ce flux d'information ne concerne pas les aides médicales urgentes »
    # [cvts_never_address_or_status] « Les données sur la situation socio administrative ou l'adresse de la
    #   personne ne doivent aucunement être transmises »
    # [cvts_shared_not_justified] « Le secret professionnel partagé ne peut être justifié dans ce cas
    #   présent. »
    # 2. The OE asks about medical aid, an address or the socio-administrative situation: never.
    if facts.requester == "office_des_etrangers":
        medical = "medical_information" in requested or facts.aid_type in MEDICAL_AID
        never = sorted(NEVER_TO_THE_OE.intersection(requested))
        if medical or never:
            reasons = (
                [
                    Reason(
                        "R3.2",
                        N_(
                            "L'Office des étrangers demande des informations liées à l'aide médicale : le seul flux "
                            "automatique vers l'OE couvre l'aide sociale mensuelle et ne concerne pas les frais "
                            "médicaux ou d'hospitalisation."
                        ),
                        "cvts_flow_not_medical",
                        ("cp_458",),
                    )
                ]
                if medical
                else []
            )
            if facts.aid_type == "urgent_medical_aid":
                reasons.append(
                    Reason(
                        "R3.2",
                        N_(
                            "Les données de l'aide médicale urgente sont confidentielles et ne servent qu'au remboursement."
                        ),
                        "cvts_not_urgent_medical_aid",
                        ("ar_1996",),
                    )
                )
            if never:
                reasons.append(
                    Reason(
                        "R3.2",
                        N_(
                            "L'adresse et la situation socio-administrative ne doivent aucunement être transmises."
                        ),
                        "cvts_never_address_or_status",
                        ("cp_458",),
                    )
                )
            reasons.append(
                Reason(
                    "R3.2",
                    N_(
                        "La procédure relative au garant va du CPAS vers l'OE, jamais l'inverse ; le secret "
                        "professionnel partagé ne peut être justifié avec l'OE."
                    ),
                    "cvts_shared_not_justified",
                    ("cp_458",),
                )
            )
            return case.decide(
                Outcome.FORBIDDEN,
                reasons[0],
                forbidden_fields=everything,
                obligations=(*REFUSAL_OBLIGATIONS, REFUSAL_TO_OE),
                extra_reasons=tuple(reasons[1:]),
            )

    # [cvts_article_458] « Le CPAS est tenu de respecter l'article 458 du code pénal relatif au secret
    #   professionnel »
    # 3. A legal obligation is invoked: undetermined until the legal service has checked the exact text.
    if facts.legal_basis is not None:
        return _legal_obligation(case, facts, requested, everything)
    if facts.legal_basis_invoked:
        # A text is invoked but not named: nothing goes out until its exact reference is known.
        case.unknown(ASK_LEGAL_BASIS)
        return case.undetermined(
            Reason(
                "R3.3",
                N_(
                    "Le demandeur invoque un texte légal sans qu'on sache lequel : le produit ne décide jamais "
                    "seul qu'une obligation existe. Obtenir la référence exacte (loi, article) ; en attendant, "
                    "rien n'est transmis."
                ),
                "cvts_article_458",
                ("cp_458", "secrecy_exceptions"),
            ),
            forbidden_fields=everything,
        )
    if facts.legal_basis_invoked is None and facts.requester is not None:
        case.note(
            Reason(
                "R3.3",
                N_(
                    "On ne sait pas si le demandeur invoque un texte légal : sans texte, le secret s'applique. "
                    "La réponse l'invite à préciser la disposition qu'il invoquerait."
                ),
                "cvts_article_458",
                ("cp_458",),
            )
        )

    # [cvts_shared_conditions] « Ces conditions sont cumulatives : - Avec une personne tenue au secret
    #   professionnel - Poursuivant les mêmes missions - Dans l'intérêt de l'usager - Avec son consentement -
    #   Que les éléments nécessaires à la mission commune. »
    # 4. Shared secrecy claimed: the five cumulative conditions of R2, with the requester as recipient.
    if facts.shared_secrecy_claimed and facts.requester is not None:
        shared = shared_secrecy(
            SharedSecrecyFacts(
                recipient=facts.requester,
                recipient_bound_by_secrecy=facts.recipient_bound_by_secrecy,
                same_missions=facts.same_missions,
                in_person_interest=facts.in_person_interest,
                consent=facts.consent,
                only_necessary=facts.only_necessary,
            ),
            reference_date,
        )
        intro = Reason(
            "R3.4",
            N_(
                "Le demandeur invoque le secret professionnel partagé : les cinq conditions cumulatives sont examinées."
            ),
            "cvts_shared_conditions",
        )
        return Decision(
            rule=RULE,
            outcome=shared.outcome,
            reference_date=reference_date,
            reasons=(*case.reasons, intro, *shared.reasons),
            missing=shared.missing,
            allowed_fields=shared.allowed_fields,
            forbidden_fields=shared.forbidden_fields,
            obligations=shared.obligations if shared.outcome == Outcome.ALLOWED else REFUSAL_OBLIGATIONS,
            rules_version=shared.rules_version,
            facts=case.facts,
        )

    # [cvts_article_458] « Le CPAS est tenu de respecter l'article 458 du code pénal relatif au secret
    #   professionnel »
    # [cvts_shared_not_justified] « Le secret professionnel partagé ne peut être justifié dans ce cas
    #   présent. »
    # [cvts_shared_conditions] « Ces conditions sont cumulatives … »
    # 5. Default: art. 458, strict secrecy — unless the requester is unknown (it could be the person).
    if case.missing:
        return case.undetermined(
            Reason(
                "R3.5",
                N_("On ne sait pas qui demande : tant qu'on ne le sait pas, rien n'est transmis."),
                "cvts_article_458",
                ("cp_458",),
            ),
            forbidden_fields=everything,
        )
    extra = []
    obligations: tuple[str, ...] = REFUSAL_OBLIGATIONS
    if facts.legal_basis_invoked is None:
        obligations = (*obligations, ASK_FOR_THE_TEXT)
    if facts.requester == "office_des_etrangers":
        extra.append(
            Reason(
                "R3.5",
                N_(
                    "Aucun flux automatique vers l'Office des étrangers ne couvre les frais médicaux, aucun flux ne "
                    "couvre l'aide médicale urgente ; le secret partagé ne peut être justifié avec l'OE."
                ),
                "cvts_shared_not_justified",
                ("cp_458",),
            )
        )
        obligations = (*obligations, REFUSAL_TO_OE)
    if facts.consent:
        extra.append(
            Reason(
                "R3.5",
                N_(
                    "Le consentement seul ne suffit pas : c'est une des cinq conditions cumulatives du secret partagé."
                ),
                "cvts_shared_conditions",
            )
        )
    return case.decide(
        Outcome.FORBIDDEN,
        Reason(
            "R3.5",
            N_("Aucune règle ne permet cette transmission : le secret professionnel (art. 458) s'applique."),
            "cvts_article_458",
            ("cp_458", "secrecy_exceptions"),
        ),
        forbidden_fields=everything,
        obligations=obligations,
        extra_reasons=tuple(extra),
    )


def _legal_obligation(
    case: Deliberation, facts: IncomingRequestFacts, requested: tuple[str, ...], everything: tuple[str, ...]
) -> Decision:
    # [cvts_article_458] « Le CPAS est tenu de respecter l'article 458 du code pénal relatif au secret
    #   professionnel »
    laws: tuple[str, ...] = ("cp_458", "secrecy_exceptions")
    if facts.legal_basis is not None and "46bis" in facts.legal_basis.replace(" ", "").lower():
        laws = (*laws, "cic_46bis1")
        # Art. 46bis/1 CIC binds the CPAS only on a written, reasoned request of the procureur du Roi.
        if facts.requester is not None and facts.requester != "prosecutor_or_judge":
            return case.decide(
                Outcome.FORBIDDEN,
                Reason(
                    "R3.3",
                    N_(
                        "L'art. 46bis/1 du Code d'instruction criminelle ne peut être invoqué que par le "
                        "procureur du Roi, par une demande écrite et motivée : invoqué par un autre demandeur, "
                        "il n'oblige à rien et le secret professionnel s'applique."
                    ),
                    "cvts_article_458",
                    laws,
                ),
                forbidden_fields=everything,
                obligations=REFUSAL_OBLIGATIONS,
            )
    invoked = Reason(
        "R3.3",
        N_(
            "Une obligation légale est invoquée (« %(basis)s ») : le produit ne décide jamais seul qu'elle "
            "existe. Vérifier le texte exact avec le service juridique et ne transmettre que ce qu'il exige."
        ),
        "cvts_article_458",
        laws,
        params=(("basis", facts.legal_basis or ""),),
    )
    if facts.legal_service_confirmed is None:
        case.unknown(ASK_LEGAL_SERVICE)
        return case.undetermined(invoked, forbidden_fields=everything)
    if not facts.legal_service_confirmed:
        return case.decide(
            Outcome.FORBIDDEN,
            Reason(
                "R3.3",
                N_(
                    "Le service juridique n'a pas confirmé d'obligation légale : le secret professionnel s'applique."
                ),
                "cvts_article_458",
                ("cp_458",),
            ),
            forbidden_fields=everything,
            obligations=REFUSAL_OBLIGATIONS,
        )
    # Medical data never leave under an administrative obligation (e.g. art. 46bis/1 CIC).
    allowed = (
        tuple(item for item in requested if item != "medical_information")
        if "cic_46bis1" in laws
        else requested
    )
    return case.allow(
        Reason(
            "R3.3",
            N_(
                "Le service juridique a confirmé que le texte invoqué oblige à transmettre : uniquement ce que ce "
                "texte exige."
            ),
            "cvts_article_458",
            laws,
        ),
        undetermined_reason=invoked,
        allowed_fields=allowed,
        forbidden_fields=tuple(item for item in everything if item not in allowed),
        obligations=(
            N_("Ne transmettre que ce que le texte légal exige, rien de plus."),
            N_("Garder au dossier la demande, le texte invoqué, l'avis du service juridique et la réponse."),
        ),
    )


def documents_offered(decision: Decision) -> tuple[DocumentKind, ...]:
    """A refusal is answered in writing: the motivated refusal letter."""
    return (DocumentKind.REFUSAL_LETTER,) if decision.outcome == Outcome.FORBIDDEN else ()


DECLARATION = Rule(
    RULE,
    "R3",
    N_("Demande d'information entrante"),
    IncomingRequestFacts,
    incoming_request,
    RulePage(
        N_("On nous demande des informations sur une personne (Office des étrangers, police, autre)."),
        N_("Répondre à une demande d'information"),
    ),
    documents_offered,
)
