"""R6 (a toy, for the tests only) — A landlord asks whether the person receives aid from the CPAS.

Not a rule of the notes: a sixth rule declared the way the five are, in one file, to show that a
rule is declared once. Importing this module registers it; everything else — the command line's
rule names, the web's home page and interview, the API, the batch, the citing-steps index of the
Sources page, the documents offered, the labels of its facts — follows from the declaration.
A real rule would add a line to ``RULES`` in ``rules/__init__.py`` and its translations.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from secretpro.i18n import N_
from secretpro.rules import register
from secretpro.rules.decision import Decision, MissingFact, Outcome, Reason
from secretpro.rules.declaration import DocumentKind, Rule, RulePage
from secretpro.rules.deliberation import Deliberation
from secretpro.rules.facts import Kind, fact

RULE = "landlord-request"


@dataclass(frozen=True)
class LandlordRequestFacts:
    """Who wants the attestation of aid; ``None`` means unknown."""

    attestation_for: str | None = fact(
        Kind.CHOICE,
        ("landlord", "person_herself"),
        label=N_("Attestation demandée pour"),
        choice_labels={"landlord": N_("Le propriétaire"), "person_herself": N_("La personne elle-même")},
    )


ASK_FOR_WHOM = MissingFact(
    "attestation_for",
    N_("Pour qui l'attestation est-elle demandée ?"),
    N_("Seule la personne elle-même peut recevoir l'attestation de l'aide qu'elle reçoit."),
)


def landlord_request(facts: LandlordRequestFacts, reference_date: date) -> Decision:
    """R6: the person herself may have her attestation; a landlord gets nothing from the CPAS."""
    case = Deliberation(RULE, reference_date, {**asdict(facts), "reference_date": reference_date})
    # « tous les membres du personnel […] sont tenus au secret professionnel » (cvts_secret_everyone)
    case.note(
        Reason(
            "R6.1",
            N_("Tout le personnel et les responsables du CPAS sont tenus au secret professionnel."),
            "cvts_secret_everyone",
            ("cp_458",),
        )
    )
    if facts.attestation_for == "landlord":
        # A landlord is not bound by secrecy: strict secrecy applies (cvts_strict_secrecy).
        return case.decide(
            Outcome.FORBIDDEN,
            Reason(
                "R6.2",
                N_("Une condition manque : c'est le secret strict qui s'applique (art. 458)."),
                "cvts_strict_secrecy",
                ("cp_458",),
            ),
            forbidden_fields=("aid_granted",),
        )
    if facts.attestation_for is None:
        case.unknown(ASK_FOR_WHOM)
    return case.allow(
        Reason(
            "R6.2",
            N_("La personne concernée elle-même"),
            "cvts_secret_everyone",
        ),
        undetermined_reason=Reason(
            "R6.2",
            N_("Une condition manque : c'est le secret strict qui s'applique (art. 458)."),
            "cvts_strict_secrecy",
        ),
        allowed_fields=("aid_granted",),
        forbidden_fields=(),
    )


def documents_offered(decision: Decision) -> tuple[DocumentKind, ...]:
    return (DocumentKind.REFUSAL_LETTER,) if decision.outcome == Outcome.FORBIDDEN else ()


DECLARATION = Rule(
    RULE,
    "R6",
    N_("Demande d'un propriétaire"),
    LandlordRequestFacts,
    landlord_request,
    RulePage(
        N_("Un propriétaire demande si la personne est aidée par le CPAS."), N_("Demande d'un propriétaire")
    ),
    documents_offered,
)
register(DECLARATION)
