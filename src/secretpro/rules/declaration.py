"""What a rule declares about itself besides its facts and steps: its code and title, the page that
offers it, the documents each decision calls for and the facts an interview presets.

Each rule module ends with one ``Rule(...)``; ``RULES`` (``rules/__init__.py``) lists them, and the
command line, the web pages and interviews, the API, the batch, the citing-steps index and the
document offers are all derived from it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from secretpro.rules.decision import Decision
from secretpro.rules.facts import FactSpec, Kind, facts_of


class DocumentKind(StrEnum):
    """The documents the product writes (their builders are in ``documents/``)."""

    REFUSAL_LETTER = "refusal-letter"
    OE_EMAIL = "oe-email"
    FILE_NOTE = "file-note"
    CHECKLIST_9TER = "checklist-9ter"
    ENVELOPE_COVER = "envelope-cover"


@dataclass(frozen=True)
class RulePage:
    """How the home page offers the rule: the situation in the worker's words, and its title."""

    situation: str
    title: str


def no_documents(decision: Decision) -> tuple[DocumentKind, ...]:
    return ()


@dataclass(frozen=True)
class Rule:
    name: str
    """The rule's name on the command line, in the API and in the register (``guarantor-inquiry``)."""
    code: str
    """``R1``…; its lower case is the interview's URL (``/interview/r1``)."""
    title: str
    facts_type: type
    """The facts dataclass (``fact()`` fields): the one declaration of what the rule reads."""
    evaluate: Callable[[Any, date], Decision]
    page: RulePage
    documents: Callable[[Decision], tuple[DocumentKind, ...]] = no_documents
    """The documents a decision calls for besides the file note every decision gets."""
    presets: Mapping[str, str] = field(default_factory=dict)
    """Facts an interview fills in before asking (form values), shown with the answers."""
    facts: tuple[FactSpec, ...] = field(init=False)
    dates: tuple[str, ...] = field(init=False)
    """The date facts, which may not lie after today (``decide_read`` checks each decision)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "facts", facts_of(self.facts_type))
        object.__setattr__(self, "dates", tuple(spec.name for spec in self.facts if spec.kind is Kind.DATE))
        unknown = [name for name in self.presets if name not in {spec.name for spec in self.facts}]
        if unknown:
            raise TypeError(f"{self.name}: presets for facts it does not read: {unknown}")
