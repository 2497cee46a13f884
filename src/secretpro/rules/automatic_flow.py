"""R4 — The automatic flow SPP Intégration sociale → OE (flux automatique).

[CVTS], quoting the SPP IS inspection: « Il existe un flux d'information automatique entre le SPP Is
et l'office des étrangers mais seulement en matière d'aide sociale mensuelle (revenu d'intégration ou
aide sociale équivalente) : cette information concerne tous les étrangers inscrits dans le registre
des étrangers ou le registre d'attente […] Ce flux ne concerne pas les frais médicaux ou
d'hospitalisation. De même, la seule information transmise concerne le type d'aide octroyé (RI ou aide
équivalente), la période et le CPAS concerné. Aucune autre information n'est fournie. »

The rule checks a described record or data set against that description and names every item that
does not belong in it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from secretpro.i18n import N_
from secretpro.rules import shared_facts
from secretpro.rules.decision import Decision, MissingFact, Outcome, Reason
from secretpro.rules.declaration import Rule, RulePage
from secretpro.rules.deliberation import Deliberation
from secretpro.rules.explanation import FIELD_LABELS
from secretpro.rules.facts import Kind, fact, facts_of

RULE = "automatic-flow"
REGISTER_LABELS = {
    "foreigners_register": N_("registre des étrangers"),
    "waiting_register": N_("registre d'attente"),
    "population_register": N_("registre de la population"),
    "none": N_("aucun registre"),
}
AID_LABELS = {
    "monthly_aid": N_("aide sociale mensuelle (RI ou équivalent)"),
    "medical_costs": N_("frais médicaux"),
    "urgent_medical_aid": N_("aide médicale urgente"),
    "other": N_("autre aide"),
}
AID_TYPES = ("monthly_aid", "medical_costs", "urgent_medical_aid", "other")
REGISTERS = ("foreigners_register", "waiting_register", "population_register", "none")
FLOW_REGISTERS = frozenset({"foreigners_register", "waiting_register"})
FLOW_FIELDS = ("aid_type", "period", "cpas")
# « l'OE peut savoir que Mr XXX … reçoit une aide financière mensuelle du CPAS YYY »: the person's
# identifier is the key of the flow itself, not « autre information ».
FLOW_KEYS = ("identity", "national_number")
DESCRIBABLE_FIELDS = (
    *FLOW_FIELDS,
    "identity",
    "national_number",
    "nationality",
    "address",
    "medical_information",
    "medical_costs",
    "hospital_costs",
    "socio_administrative_situation",
    "financial_situation",
    "amount",
    "other",
)


@dataclass(frozen=True)
class AutomaticFlowFacts:
    """A record of the flow as described: the aid, the person's register, the fields it carries."""

    aid_type: str | None = shared_facts.aid_type(AID_TYPES)
    register: str | None = fact(
        Kind.CHOICE,
        REGISTERS,
        label=N_("Registre"),
        choice_labels={
            "foreigners_register": N_("Registre des étrangers"),
            "waiting_register": N_("Registre d'attente"),
            "population_register": N_("Registre de la population"),
            "none": N_("Aucun registre"),
        },
    )
    fields: tuple[str, ...] | None = fact(
        Kind.CHOICES, DESCRIBABLE_FIELDS, label=N_("Données transmises"), choice_labels=FIELD_LABELS
    )


FACTS = facts_of(AutomaticFlowFacts)


ASK_AID = MissingFact(
    "aid_type",
    N_("Quel type d'aide ce flux concerne-t-il ?"),
    N_("Le flux ne porte que sur l'aide sociale mensuelle (revenu d'intégration ou équivalent)."),
)
ASK_REGISTER = MissingFact(
    "register",
    N_("Dans quel registre la personne est-elle inscrite ?"),
    N_("Le flux ne concerne que les étrangers inscrits au registre des étrangers ou au registre d'attente."),
)
ASK_FIELDS = MissingFact(
    "fields",
    N_("Quelles données le flux transmet-il ?"),
    N_("Le flux ne transmet que le type d'aide, la période et le CPAS concerné."),
)


# [cvts_flow_person_known] « en pratique donc, l'OE peut savoir que Mr XXX, inscrit au registre des étrangers,
#   reçoit une aide financière mensuelle du CPAS YYY. »
VISIBLE_TO_THE_OE = Reason(
    "R4.0",
    N_(
        "Attention : octroyer une aide sociale mensuelle à une personne inscrite au registre des étrangers "
        "ou au registre d'attente la rend visible pour l'Office des étrangers par ce flux (qui, quel CPAS, "
        "quelle période). L'identifiant de la personne est la clé du flux : il n'est pas une « autre "
        "information »."
    ),
    "cvts_flow_person_known",
)


def automatic_flow(facts: AutomaticFlowFacts, reference_date: date) -> Decision:
    """R4: does this record stay within what the automatic SPP IS → OE flow may carry?"""
    case = Deliberation(RULE, reference_date, {**asdict(facts), "reference_date": reference_date})
    # [cvts_flow_monthly_only] « Il existe un flux d'information automatique entre le SPP Is et l'office des
    #   étrangers mais seulement en matière d'aide sociale mensuelle (revenu d'intégration ou aide sociale
    #   équivalente) … »
    case.note(
        Reason(
            "R4.0",
            N_("Ce que le flux automatique SPP IS → OE peut contenir, selon l'inspection du SPP IS."),
            "cvts_flow_monthly_only",
        )
    )
    offending: list[Reason] = []

    # [cvts_flow_not_medical] « Ce flux ne concerne pas les frais médicaux ou d'hospitalisation. »
    # 1. Only monthly social aid: medical or hospital costs are not in the flow.
    if facts.aid_type is None:
        case.unknown(ASK_AID)
    elif facts.aid_type != "monthly_aid":
        offending.append(
            Reason(
                "R4.1",
                N_(
                    "Type d'aide « %(aid)s » : le flux ne concerne que l'aide sociale mensuelle, pas les frais médicaux ou d'hospitalisation."
                ),
                "cvts_flow_not_medical",
                params=(("aid", AID_LABELS[facts.aid_type]),),
            )
        )

    # [cvts_flow_monthly_only] « … cette information concerne tous les étrangers inscrits dans le registre des
    #   étrangers ou le registre d'attente »
    # 2. Only foreigners in the foreigners' register or the waiting register.
    if facts.register is None:
        case.unknown(ASK_REGISTER)
    elif facts.register not in FLOW_REGISTERS:
        offending.append(
            Reason(
                "R4.2",
                N_(
                    "Registre « %(register)s » : le flux ne concerne que les étrangers inscrits au registre des étrangers ou au registre d'attente."
                ),
                "cvts_flow_monthly_only",
                params=(("register", REGISTER_LABELS[facts.register]),),
            )
        )

    # [cvts_flow_content] « De même, la seule information transmise concerne le type d'aide octroyé (RI ou
    #   aide équivalente), la période et le CPAS concerné. Aucune autre information n'est fournie. »
    # 3. Only the type of aid, the period and the CPAS: nothing else.
    extra_fields: tuple[str, ...] = ()
    if facts.fields is None:
        case.unknown(ASK_FIELDS)
    else:
        extra_fields = tuple(item for item in facts.fields if item not in (*FLOW_FIELDS, *FLOW_KEYS))
        for item in extra_fields:
            offending.append(
                Reason(
                    "R4.3",
                    N_(
                        "Donnée « %(field)s » : elle ne fait pas partie du flux (type d'aide, période, CPAS seulement)."
                    ),
                    "cvts_flow_content",
                    params=(("field", FIELD_LABELS.get(item, item)),),
                )
            )

    # The worker (and the person) must know: monthly aid in these registers is seen by the OE.
    case.note(VISIBLE_TO_THE_OE)

    if offending:
        return case.decide(
            Outcome.FORBIDDEN,
            offending[0],
            forbidden_fields=(
                *extra_fields,
                *(("medical_costs",) if facts.aid_type in ("medical_costs", "urgent_medical_aid") else ()),
            ),
            extra_reasons=tuple(offending[1:]),
        )
    # [cvts_flow_content] « De même, la seule information transmise concerne le type d'aide octroyé (RI ou
    #   aide équivalente), la période et le CPAS concerné. Aucune autre information n'est fournie. »
    # 4. Nothing outside the flow → it stays within its frame; something unknown → undetermined.
    return case.allow(
        Reason(
            "R4.4",
            N_(
                "Le flux décrit reste dans son cadre : type d'aide (RI ou aide équivalente), période et CPAS concerné, rien d'autre."
            ),
            "cvts_flow_content",
        ),
        undetermined_reason=Reason(
            "R4.4",
            N_(
                "Des éléments du flux décrit ne sont pas connus : impossible de dire s'il reste dans son cadre."
            ),
            "cvts_flow_content",
        ),
        allowed_fields=(*FLOW_FIELDS, *(key for key in FLOW_KEYS if key in (facts.fields or ()))),
        forbidden_fields=("any_other_information",),
        obligations=(
            N_(
                "Prévenir la personne : l'aide sociale mensuelle qu'elle reçoit, inscrite au registre des "
                "étrangers ou au registre d'attente, est connue de l'Office des étrangers par ce flux."
            ),
        ),
    )


DECLARATION = Rule(
    RULE,
    "R4",
    N_("Flux automatique SPP IS → OE"),
    AutomaticFlowFacts,
    automatic_flow,
    RulePage(
        N_("Je veux savoir ce que le flux automatique du SPP Intégration sociale envoie à l'OE."),
        N_("Vérifier le flux automatique SPP IS → OE"),
    ),
    # The worker comes to learn what the flow carries, not to say it: the fields are the flow's own
    # (type of aid, period, CPAS), shown with the answers, where "modifier" lets a worker checking a
    # particular record describe what it holds instead.
    presets={"fields": "|".join(FLOW_FIELDS)},
)
