"""The law as code: the five rules of ``rules.md`` and the one decision vocabulary they share.

``decide(rule, raw_facts)`` reads the facts (JSON object, CSV row or form), evaluates the rule on the
reference date (default: today in Brussels) and returns a ``Decision``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from secretpro.i18n import N_
from secretpro.rules import (
    automatic_flow,
    guarantor_inquiry,
    incoming_request,
    medical_certificate,
    shared_secrecy,
)
from secretpro.rules.decision import Decision, MissingFact, Outcome, Reason
from secretpro.rules.deliberation import rules_version
from secretpro.rules.facts import DATE_IN_FUTURE, FactsError, FactSpec, Kind, read_facts, read_value

BRUSSELS = ZoneInfo("Europe/Brussels")
REFERENCE_DATE = FactSpec("reference_date", Kind.DATE)


@dataclass(frozen=True)
class Rule:
    name: str
    code: str
    title: str
    facts: tuple[FactSpec, ...]
    evaluate: Callable[[Any, date], Decision]
    facts_type: type


RULES: dict[str, Rule] = {
    rule.name: rule
    for rule in (
        Rule(
            guarantor_inquiry.RULE,
            "R1",
            N_("Enquête sociale relative au garant"),
            guarantor_inquiry.FACTS,
            guarantor_inquiry.guarantor_inquiry,
            guarantor_inquiry.GuarantorInquiryFacts,
        ),
        Rule(
            shared_secrecy.RULE,
            "R2",
            N_("Secret professionnel partagé"),
            shared_secrecy.FACTS,
            shared_secrecy.shared_secrecy,
            shared_secrecy.SharedSecrecyFacts,
        ),
        Rule(
            incoming_request.RULE,
            "R3",
            N_("Demande d'information entrante"),
            incoming_request.FACTS,
            incoming_request.incoming_request,
            incoming_request.IncomingRequestFacts,
        ),
        Rule(
            automatic_flow.RULE,
            "R4",
            N_("Flux automatique SPP IS → OE"),
            automatic_flow.FACTS,
            automatic_flow.automatic_flow,
            automatic_flow.AutomaticFlowFacts,
        ),
        Rule(
            medical_certificate.RULE,
            "R5",
            N_("Certificat médical type (9ter)"),
            medical_certificate.FACTS,
            medical_certificate.medical_certificate,
            medical_certificate.MedicalCertificateFacts,
        ),
    )
}


def today_in_brussels() -> date:
    return datetime.now(BRUSSELS).date()


def decide(
    rule_name: str,
    raw_facts: Mapping[str, object],
    *,
    reference_date: date | None = None,
    from_text: bool = False,
    today: date | None = None,
) -> Decision:
    """Evaluate one rule. ``reference_date`` (``--date``) overrides the facts' own ``reference_date``;
    ``today`` (default: today in Brussels) bounds the facts' dates.

    Raises ``FactsError`` (naming the field) on bad input and ``KeyError`` for an unknown rule.
    """
    rule = RULES[rule_name]
    facts = dict(raw_facts)
    given_date = read_value(REFERENCE_DATE, facts.pop("reference_date", None), from_text=from_text)
    day = reference_date or given_date or today_in_brussels()
    values = read_facts(rule.facts, facts, from_text=from_text)
    # A fact dated after today is a typing error, not a contradiction to weigh: bad input.
    today = today or today_in_brussels()
    for spec in rule.facts:
        value = values.get(spec.name)
        if spec.kind is Kind.DATE and isinstance(value, date) and value > today:
            raise FactsError(spec.name, DATE_IN_FUTURE)
    return rule.evaluate(rule.facts_type(**values), day)


__all__ = [
    "RULES",
    "Decision",
    "FactsError",
    "MissingFact",
    "Outcome",
    "Reason",
    "Rule",
    "decide",
    "rules_version",
    "today_in_brussels",
]
