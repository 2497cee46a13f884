"""The law as code: the five rules of ``rules.md`` and the one decision vocabulary they share.

``decide(rule, raw_facts)`` reads the facts (JSON object, CSV row or form), evaluates the rule on the
reference date (default: today in Brussels) and returns a ``Decision``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from secretpro.rules import (
    automatic_flow,
    guarantor_inquiry,
    incoming_request,
    medical_certificate,
    shared_secrecy,
)
from secretpro.rules.decision import Decision, MissingFact, Outcome, Reason
from secretpro.rules.declaration import Rule
from secretpro.rules.deliberation import rules_version
from secretpro.rules.facts import DATE_IN_FUTURE, FactsError, FactSpec, Kind, read_facts, read_value

BRUSSELS = ZoneInfo("Europe/Brussels")
REFERENCE_DATE = FactSpec("reference_date", Kind.DATE)


def _same_meaning(one: FactSpec, other: FactSpec) -> bool:
    """Same kind and label, and the same label for every value both offer (each its own choices)."""
    theirs = dict(other.choice_labels)
    return (one.kind, one.label) == (other.kind, other.label) and all(
        theirs.get(value, label) == label for value, label in one.choice_labels
    )


def register(rule: Rule) -> None:
    """Add a rule to ``RULES`` (before the command line, the web app or the batch are built from it).

    Raises ``ValueError`` when its name or code is taken, or when it declares a fact that another
    rule also reads with another kind, label or choice labels: one fact, one meaning everywhere.
    """
    if rule.name in RULES or any(other.code == rule.code for other in RULES.values()):
        raise ValueError(f"{rule.name} ({rule.code}): a rule of that name or code is already registered")
    declared = {spec.name: (other.name, spec) for other in RULES.values() for spec in other.facts}
    for spec in rule.facts:
        if spec.name in declared and not _same_meaning(spec, declared[spec.name][1]):
            raise ValueError(f"{rule.name}.{spec.name} is declared otherwise by {declared[spec.name][0]}")
    RULES[rule.name] = rule


RULES: dict[str, Rule] = {}
for _module in (guarantor_inquiry, shared_secrecy, incoming_request, automatic_flow, medical_certificate):
    register(_module.DECLARATION)


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
    return decide_read(rule_name, values, day, today or today_in_brussels())


def decide_read(rule_name: str, values: Mapping[str, Any], day: date, today: date) -> Decision:
    """Evaluate one rule on facts already read (``read_facts``'s typed values, one per fact of the
    rule, None when unknown) on the reference date ``day``: what ``decide`` does after reading. The
    batch reads each distinct cell of a column once and calls this for each distinct case.

    Raises ``FactsError`` for a fact dated after ``today``.
    """
    rule = RULES[rule_name]
    # A fact dated after today is a typing error, not a contradiction to weigh: bad input.
    for name in rule.dates:
        value = values.get(name)
        if isinstance(value, date) and value > today:
            raise FactsError(name, DATE_IN_FUTURE)
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
    "decide_read",
    "register",
    "rules_version",
    "today_in_brussels",
]
