"""The one decision vocabulary shared by the five rules.

A rule returns a ``Decision``: it records *why* (reasons with their citations), *what is still
unknown* (missing facts, each with its question), and *what may go out*. Rendering to JSON, text,
HTML or documents is done elsewhere from this record; nothing here is language-specific beyond the
French message ids, which are translated where they are shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any


class Outcome(StrEnum):
    ALLOWED = "allowed"
    FORBIDDEN = "forbidden"
    NOT_APPLICABLE = "not_applicable"
    """The procedure does not cover this case: nothing to send."""
    UNDETERMINED = "undetermined"
    """Facts are missing: see ``Decision.missing``."""


@dataclass(frozen=True)
class Reason:
    """One step of the reasoning, with the sentence of the note and the legal texts it rests on.

    ``text`` is a short French explanation (a gettext message id, formatted with ``params``);
    ``quote`` the id of a seed quotation in ``citations.yaml``; ``laws`` legal texts cited beside it.
    """

    step: str
    text: str
    quote: str | None = None
    laws: tuple[str, ...] = ()
    params: tuple[tuple[str, str], ...] = ()

    def formatted(self, message: str, translate: Callable[[str], str]) -> str:
        """``message`` with the parameters filled in; a parameter that is itself a message id (a
        field label, a kind of aid) is translated with the message."""
        return message % {name: translate(value) for name, value in self.params} if self.params else message


@dataclass(frozen=True)
class MissingFact:
    """A fact that could still change the outcome, with the question that settles it."""

    fact: str
    question: str
    why: str


@dataclass(frozen=True)
class Decision:
    rule: str
    outcome: Outcome
    reference_date: date
    reasons: tuple[Reason, ...]
    missing: tuple[MissingFact, ...] = ()
    allowed_fields: tuple[str, ...] = ()
    forbidden_fields: tuple[str, ...] = ()
    obligations: tuple[str, ...] = ()
    rules_version: str = ""
    facts: dict[str, Any] = field(default_factory=dict)
    """The facts as the rule read them (normalised), for the register."""
    decisive: int = -1
    """Index in ``reasons`` of the step that settled the outcome (``rules.md`` principle 6): the
    headline is that step, not the last note or caveat."""

    @property
    def headline(self) -> Reason | None:
        """The decisive reason, shown first wherever the decision is shown."""
        if not self.reasons:
            return None
        return (
            self.reasons[self.decisive] if -len(self.reasons) <= self.decisive < len(self.reasons) else None
        )
