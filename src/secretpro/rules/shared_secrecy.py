"""R2 — Shared professional secrecy (secret professionnel partagé).

[CVTS]: the codes of ethics allow professionals to share what the situation requires under five
cumulative conditions — « Avec une personne tenue au secret professionnel - Poursuivant les mêmes
missions - Dans l'intérêt de l'usager - Avec son consentement - Que les éléments nécessaires à la
mission commune. Si l'une d'entre elles manque, c'est la loi, c'est-à-dire le secret strict qui
s'applique. » For the Office des étrangers the note settles it: « Le secret professionnel partagé ne
peut être justifié dans ce cas présent. »
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from secretpro.i18n import N_
from secretpro.rules import shared_facts
from secretpro.rules.decision import Decision, MissingFact, Outcome, Reason
from secretpro.rules.declaration import DocumentKind, Rule, RulePage
from secretpro.rules.deliberation import Deliberation, fact_values
from secretpro.rules.facts import Kind, Prompt, fact, facts_of

RULE = "shared-secrecy"
RECIPIENTS = shared_facts.PARTIES
ALLOWED_FIELDS = ("elements_necessary_to_common_mission",)
FORBIDDEN_FIELDS = ("any_element_not_necessary_to_common_mission",)
NOTHING_SHARED = ("any_information",)


@dataclass(frozen=True)
class SharedSecrecyFacts:
    """The five cumulative conditions, in the note's order; ``None`` means unknown."""

    recipient: str | None = fact(
        Kind.CHOICE,
        RECIPIENTS,
        label=N_("Destinataire"),
        choice_labels=shared_facts.PARTY_LABELS,
        prompt=Prompt(
            N_("Avec qui l'information serait-elle partagée ?"),
            N_(
                "Pour certains destinataires, la note tranche déjà une condition (l'OE ne poursuit pas les missions d'un CPAS)."
            ),
        ),
    )
    recipient_bound_by_secrecy: bool | None = shared_facts.recipient_bound_by_secrecy()
    same_missions: bool | None = shared_facts.same_missions()
    in_person_interest: bool | None = shared_facts.in_person_interest()
    consent: bool | None = shared_facts.consent()
    only_necessary: bool | None = shared_facts.only_necessary()


FACTS = facts_of(SharedSecrecyFacts)


@dataclass(frozen=True)
class Condition:
    fact: str
    failed: str
    question: str
    why: str


# The five conditions in the order the note lists them (its order is also the order of the questions).
CONDITIONS = (
    Condition(
        "recipient_bound_by_secrecy",
        N_("Le destinataire n'est pas tenu au secret professionnel."),
        N_("Le destinataire est-il lui-même tenu au secret professionnel ?"),
        N_("Condition 1 : partager uniquement avec une personne tenue au secret professionnel."),
    ),
    Condition(
        "same_missions",
        N_("Le destinataire ne poursuit pas les mêmes missions que le CPAS."),
        N_("Le destinataire poursuit-il les mêmes missions (aide et accompagnement de la personne) ?"),
        N_("Condition 2 : poursuivre les mêmes missions."),
    ),
    Condition(
        "in_person_interest",
        N_("Le partage n'est pas dans l'intérêt de la personne."),
        N_("Le partage est-il dans l'intérêt de la personne ?"),
        N_("Condition 3 : dans l'intérêt de l'usager."),
    ),
    Condition(
        "consent",
        N_("La personne n'a pas donné son consentement."),
        N_("La personne a-t-elle donné son consentement à ce partage ?"),
        N_("Condition 4 : avec son consentement."),
    ),
    Condition(
        "only_necessary",
        N_("Ce qui serait partagé dépasse les éléments nécessaires à la mission commune."),
        N_("Ne partagerait-on que les éléments nécessaires à la mission commune ?"),
        N_("Condition 5 : uniquement les éléments nécessaires à la mission commune."),
    ),
)


@dataclass(frozen=True)
class SettledByNature:
    """Conditions a recipient fails by what it is, whatever the worker ticked ([CVTS], ``rules.md`` R2)."""

    fails: tuple[str, ...]
    reason: str


# The OE, the police, a prosecutor or judge and the guarantor never pursue the missions of a CPAS;
# the guarantor, a private person, is not bound by professional secrecy either. A mistaken tick
# must never release data to them: testimony or a legal obligation is R3's question, not sharing.
SETTLED_BY_NATURE: dict[str, SettledByNature] = {
    "office_des_etrangers": SettledByNature(
        ("same_missions",),
        N_(
            "Destinataire : l'Office des étrangers. Il ne poursuit pas les missions d'un CPAS (condition 2) ; "
            "la note le dit : le secret professionnel partagé ne peut être justifié dans ce cas, quelles que "
            "soient les cases cochées."
        ),
    ),
    "police": SettledByNature(
        ("same_missions",),
        N_(
            "Destinataire : la police. Elle ne poursuit pas les missions d'aide sociale d'un CPAS (condition 2) : "
            "le secret partagé est exclu, quelles que soient les cases cochées. Une exception ne peut venir que "
            "d'une loi ou d'un témoignage en justice (voir la demande entrante, R3)."
        ),
    ),
    "prosecutor_or_judge": SettledByNature(
        ("same_missions",),
        N_(
            "Destinataire : un magistrat (parquet ou juge). Il ne poursuit pas les missions d'aide sociale d'un "
            "CPAS (condition 2) : le secret partagé est exclu, quelles que soient les cases cochées. Une "
            "exception ne peut venir que d'une loi ou d'un témoignage en justice (voir la demande entrante, R3)."
        ),
    ),
    # The SPP IS funds and inspects CPAS: it does not accompany the person. What it receives goes
    # through the flows and supporting documents the law organises (R4), never through sharing.
    "spp_is": SettledByNature(
        ("same_missions",),
        N_(
            "Destinataire : le SPP Intégration sociale. Il finance et contrôle les CPAS mais n'accompagne pas "
            "la personne (condition 2) : le secret partagé est exclu, quelles que soient les cases cochées. Ce "
            "qu'il reçoit passe par les flux et justificatifs prévus par la loi (voir le flux automatique, R4)."
        ),
    ),
    "guarantor": SettledByNature(
        ("recipient_bound_by_secrecy", "same_missions"),
        N_(
            "Destinataire : le garant. C'est un particulier : il n'est pas tenu au secret professionnel "
            "(condition 1) et ne poursuit pas les missions d'un CPAS (condition 2) : le secret partagé est "
            "exclu, quelles que soient les cases cochées."
        ),
    ),
}


def settled_by_the_notes(facts: SharedSecrecyFacts) -> tuple[SharedSecrecyFacts, Reason | None]:
    """The conditions the recipient fails by nature are filled in and override what was ticked."""
    settled = SETTLED_BY_NATURE.get(facts.recipient or "")
    if settled is None:
        return facts, None
    # [cvts_shared_not_justified] « Le secret professionnel partagé ne peut être justifié dans ce cas
    #   présent. »
    # [cvts_shared_conditions] « Ces conditions sont cumulatives : - Avec une personne tenue au secret
    #   professionnel - Poursuivant les mêmes missions … »
    reason = Reason(
        "R2.0",
        settled.reason,
        "cvts_shared_not_justified"
        if facts.recipient == "office_des_etrangers"
        else "cvts_shared_conditions",
        ("cp_458",),
    )
    fails: dict[str, Any] = dict.fromkeys(settled.fails, False)
    return replace(facts, **fails), reason


def failed_conditions(party: str | None, facts: Mapping[str, object]) -> tuple[str, ...]:
    """The conditions that fail, in the note's order: those answered "no" and those the party fails
    by its nature (the OE, the police… — ``SETTLED_BY_NATURE``). The rule and the refusal letter
    both read this."""
    settled = SETTLED_BY_NATURE.get(party or "")
    by_nature = settled.fails if settled is not None else ()
    return tuple(
        condition.fact
        for condition in CONDITIONS
        if condition.fact in by_nature or facts.get(condition.fact) is False
    )


def conditions_asked(recipient: str | None) -> tuple[str, ...]:
    """The conditions still worth asking about this recipient: none when its nature settles the case."""
    if recipient in SETTLED_BY_NATURE:
        return ()
    return tuple(condition.fact for condition in CONDITIONS)


def shared_secrecy(facts: SharedSecrecyFacts, reference_date: date) -> Decision:
    """R2: do all five cumulative conditions of shared professional secrecy hold?"""
    facts, settled = settled_by_the_notes(facts)
    case = Deliberation.of(RULE, facts, reference_date)
    # [cvts_secret_everyone] « … auxquels tant les assistants sociaux que l'ensemble des membres du personnel
    #   et des responsables des CPAS sont soumis. »
    # Everyone at the CPAS is bound by secrecy: sharing is the exception, never the rule.
    case.note(
        Reason(
            "R2.0",
            N_("Tout le personnel et les responsables du CPAS sont tenus au secret professionnel."),
            "cvts_secret_everyone",
            ("cp_458",),
        )
    )

    # [cvts_shared_conditions] « Ces conditions sont cumulatives : - Avec une personne tenue au secret
    #   professionnel - Poursuivant les mêmes missions … »
    # [cvts_strict_secrecy] « Si l'une d'entre elles manque, c'est la loi, c'est-à-dire le secret strict qui
    #   s'applique. »
    # The recipient's nature settles the case before any box: it decides, and nothing else is asked.
    if settled is not None:
        failing = failed_conditions(facts.recipient, fact_values(facts))
        failed_by_nature = [condition for condition in CONDITIONS if condition.fact in failing]
        return case.decide(
            Outcome.FORBIDDEN,
            settled,
            forbidden_fields=NOTHING_SHARED,
            extra_reasons=(
                *(
                    Reason("R2.1", condition.failed, "cvts_shared_conditions")
                    for condition in failed_by_nature
                ),
                Reason(
                    "R2.1",
                    N_("Une condition manque : c'est le secret strict qui s'applique (art. 458)."),
                    "cvts_strict_secrecy",
                    ("cp_458",),
                ),
            ),
        )

    failing = failed_conditions(facts.recipient, fact_values(facts))
    failed = [condition for condition in CONDITIONS if condition.fact in failing]
    for condition in CONDITIONS:
        if getattr(facts, condition.fact) is None:
            case.unknown(MissingFact(condition.fact, condition.question, condition.why))

    # [cvts_shared_conditions] « Ces conditions sont cumulatives : - Avec une personne tenue au secret
    #   professionnel - Poursuivant les mêmes missions - Dans l'intérêt de l'usager - Avec son consentement -
    #   Que les éléments nécessaires à la mission commune. »
    # [cvts_strict_secrecy] « Si l'une d'entre elles manque, c'est la loi, c'est-à-dire le secret strict qui
    #   s'applique. »
    # Any condition false → strict secrecy, naming every condition that fails.
    if failed:
        extra = tuple(Reason("R2.1", condition.failed, "cvts_shared_conditions") for condition in failed[1:])
        return case.decide(
            Outcome.FORBIDDEN,
            Reason("R2.1", failed[0].failed, "cvts_shared_conditions", ("cp_458",)),
            forbidden_fields=NOTHING_SHARED,
            extra_reasons=(
                *extra,
                Reason(
                    "R2.1",
                    N_("Une condition manque : c'est le secret strict qui s'applique (art. 458)."),
                    "cvts_strict_secrecy",
                    ("cp_458",),
                ),
            ),
        )

    # [cvts_shared_when_required] « … des règles pour permettre un travail de collaboration entre
    #   professionnels quand la situation l'exige. »
    # Sharing is collaboration when the situation requires it, never a routine.
    case.note(
        Reason(
            "R2.2",
            N_("Le secret partagé ne sert qu'à collaborer entre professionnels quand la situation l'exige."),
            "cvts_shared_when_required",
        )
    )
    # [cvts_shared_conditions] « Ces conditions sont cumulatives : - Avec une personne tenue au secret
    #   professionnel - Poursuivant les mêmes missions - Dans l'intérêt de l'usager - Avec son consentement -
    #   Que les éléments nécessaires à la mission commune. »
    # [cvts_strict_secrecy] « Si l'une d'entre elles manque, c'est la loi, c'est-à-dire le secret strict qui
    #   s'applique. »
    # All five true → only what the common mission needs; some unknown → undetermined.
    return case.allow(
        Reason(
            "R2.2",
            N_(
                "Les cinq conditions cumulatives sont réunies : seuls les éléments nécessaires à la mission "
                "commune peuvent être partagés."
            ),
            "cvts_shared_conditions",
            ("cp_458",),
        ),
        undetermined_reason=Reason(
            "R2.2",
            N_(
                "Aucune condition n'est exclue, mais toutes ne sont pas établies : tant qu'elles ne le sont "
                "pas, le secret strict s'applique."
            ),
            "cvts_strict_secrecy",
            ("cp_458",),
        ),
        allowed_fields=ALLOWED_FIELDS,
        forbidden_fields=FORBIDDEN_FIELDS,
        obligations=(
            N_(
                "Ne partager que si la situation l'exige : le secret partagé permet la collaboration entre "
                "professionnels « quand la situation l'exige », pas par habitude."
            ),
            N_("Ne partager que les éléments nécessaires à la mission commune, avec ce seul destinataire."),
            N_("Noter au dossier le consentement de la personne et ce qui a été partagé."),
        ),
        undetermined_forbidden_fields=NOTHING_SHARED,
    )


def documents_offered(decision: Decision) -> tuple[DocumentKind, ...]:
    """A refusal is answered in writing: the motivated refusal letter."""
    return (DocumentKind.REFUSAL_LETTER,) if decision.outcome == Outcome.FORBIDDEN else ()


DECLARATION = Rule(
    RULE,
    "R2",
    N_("Secret professionnel partagé"),
    SharedSecrecyFacts,
    shared_secrecy,
    RulePage(
        N_("Quelqu'un veut partager des informations avec nous, ou nous avec lui, au nom du secret partagé."),
        N_("Partager sous le secret professionnel partagé"),
    ),
    documents_offered,
)
