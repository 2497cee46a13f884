"""The bookkeeping every rule shares: reasons noted step by step, unknown facts, the outcome.

A rule walks its steps in the order of ``rules.md``; the first step that decides from known facts
decides (``decide``). A step whose facts are unknown is passed over (``unknown``). When no step
decides, the rule ends with ``allow`` — which becomes ``undetermined`` if anything was unknown,
because an unknown fact never leads to ``allowed``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from datetime import date
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from secretpro import __version__
from secretpro.rules.decision import Decision, MissingFact, Outcome, Reason

if TYPE_CHECKING:
    from _typeshed import DataclassInstance


@cache
def rules_version() -> str:
    """The package version plus a digest of the rules' code and data, so a recorded decision names
    exactly the rules (and visa list, and citations) that made it."""
    digest = hashlib.sha256()
    for package in ("secretpro.rules", "secretpro.reference"):
        root = resources.files(package)
        for entry in sorted(root.iterdir(), key=lambda item: item.name):
            if entry.is_file() and entry.name.endswith((".py", ".yaml", ".csv")):
                digest.update(entry.name.encode())
                digest.update(entry.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:10]}"


_FACT_NAMES: dict[type[DataclassInstance], tuple[str, ...]] = {}


def fact_values(facts: DataclassInstance) -> dict[str, Any]:
    """A rule's facts (a dataclass) as a dict of their values.

    A shallow copy, unlike ``dataclasses.asdict``: fact values are immutable (text, dates, yes/no,
    tuples of text), and ``asdict``'s deep copy took a third of a decision's time.
    """
    kind = type(facts)
    names = _FACT_NAMES.get(kind)
    if names is None:
        names = _FACT_NAMES[kind] = tuple(item.name for item in fields(kind))
    # A dataclass without slots holds exactly its fields, in their order, in its __dict__: copying it
    # is one C call (the batch decides a hundred thousand cases).
    held = getattr(facts, "__dict__", None)
    if held is not None and tuple(held) == names:
        return dict(held)
    return {name: getattr(facts, name) for name in names}


@dataclass
class Deliberation:
    rule: str
    reference_date: date
    facts: dict[str, Any]
    reasons: list[Reason] = field(default_factory=list)
    missing: list[MissingFact] = field(default_factory=list)

    @classmethod
    def of(cls, rule: str, facts: DataclassInstance, reference_date: date) -> Deliberation:
        """A rule's deliberation on ``facts`` (a dataclass) at ``reference_date``, both recorded."""
        return cls(rule, reference_date, {**fact_values(facts), "reference_date": reference_date})

    def note(self, reason: Reason) -> None:
        """A step passed, or a fact the worker should know: part of the explanation."""
        self.reasons.append(reason)

    def unknown(self, *facts: MissingFact) -> None:
        """A step could not be evaluated: its facts stand between the case and a decision."""
        for fact in facts:
            if all(known.fact != fact.fact for known in self.missing):
                self.missing.append(fact)

    def decide(
        self,
        outcome: Outcome,
        reason: Reason,
        *,
        allowed_fields: tuple[str, ...] = (),
        forbidden_fields: tuple[str, ...] = (),
        obligations: tuple[str, ...] = (),
        extra_reasons: tuple[Reason, ...] = (),
    ) -> Decision:
        """A step decided from known facts; the unknown facts no longer matter."""
        return Decision(
            rule=self.rule,
            outcome=outcome,
            reference_date=self.reference_date,
            reasons=(*self.reasons, reason, *extra_reasons),
            decisive=len(self.reasons),
            missing=(),
            allowed_fields=allowed_fields,
            forbidden_fields=forbidden_fields,
            obligations=obligations,
            rules_version=rules_version(),
            facts=self.facts,
        )

    def undetermined(self, reason: Reason, *, forbidden_fields: tuple[str, ...]) -> Decision:
        """Facts are missing and no known fact decides: nothing goes out until they are known."""
        return Decision(
            rule=self.rule,
            outcome=Outcome.UNDETERMINED,
            reference_date=self.reference_date,
            reasons=(*self.reasons, reason),
            decisive=len(self.reasons),
            missing=tuple(self.missing),
            forbidden_fields=forbidden_fields,
            rules_version=rules_version(),
            facts=self.facts,
        )

    def allow(
        self,
        reason: Reason,
        *,
        undetermined_reason: Reason,
        allowed_fields: tuple[str, ...],
        forbidden_fields: tuple[str, ...],
        obligations: tuple[str, ...] = (),
        undetermined_forbidden_fields: tuple[str, ...] = (),
    ) -> Decision:
        """No step forbade: allowed when every fact was known, otherwise undetermined."""
        if self.missing:
            return self.undetermined(
                undetermined_reason,
                forbidden_fields=undetermined_forbidden_fields or (*allowed_fields, *forbidden_fields),
            )
        return self.decide(
            Outcome.ALLOWED,
            reason,
            allowed_fields=allowed_fields,
            forbidden_fields=forbidden_fields,
            obligations=obligations,
        )
