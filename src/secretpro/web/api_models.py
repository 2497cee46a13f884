"""The JSON shapes of the API (``/api/v1``), as Pydantic models: they document the OpenAPI schema.

Responses are built from ``secretpro.rules.explanation.explain`` and the guard's report; tests
check that they validate against these models.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, create_model

from secretpro.rules import RULES
from secretpro.rules.decision import Outcome
from secretpro.rules.facts import FactSpec, Kind


class ErrorDetail(BaseModel):
    field: str | None = Field(description="The field, column, parameter or part of the request at fault.")
    message: str = Field(description="What is wrong, in plain English; never repeats the value sent.")


class ErrorResponse(BaseModel):
    """Every 4xx answer of the API."""

    error: ErrorDetail


class Quote(BaseModel):
    id: str
    source: str = Field(description="CVTS or MED: the note quoted.")
    fr: str = Field(description="The quotation, in French as in the note.")
    translation: str | None = None


class Law(BaseModel):
    id: str
    label: str
    caveat: str


class Reason(BaseModel):
    source: str = Field(description="CVTS, MED, or LAW for a reason resting on a legal text only.")
    step: str = Field(description="The step of rules.md, e.g. R1.4.")
    text: str = Field(description="The reason in French.")
    quote: Quote | None
    laws: list[Law]
    translation: str | None = Field(
        default=None, description="The reason in the requested language (nl, en)."
    )


class MissingFact(BaseModel):
    fact: str
    question: str
    why: str


class Decision(BaseModel):
    """The decision object of ``interfaces.md`` (plus its explanation fields)."""

    rule: str
    outcome: Outcome
    outcome_label: str
    reference_date: date
    reasons: list[Reason]
    missing: list[MissingFact]
    allowed_fields: list[str]
    forbidden_fields: list[str]
    obligations: list[str]
    rules_version: str
    language: Literal["fr", "nl", "en"]


class GuardRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(max_length=200_000, description="The outgoing text to scan (UTF-8).")
    profile: Literal["guarantor_inquiry", "strict"] = "guarantor_inquiry"


class GuardFinding(BaseModel):
    start: int = Field(description="Offset in Unicode code points, inclusive.")
    end: int = Field(description="Offset in Unicode code points, exclusive.")
    category: str
    allowed: bool
    text: str
    recognizer: str | None = None
    explanation: str | None = None
    valid: bool | None = None


class GuardReport(BaseModel):
    verdict: Literal["pass", "block"]
    profile: str
    findings: list[GuardFinding]
    redacted: str
    language: str | None = None


class VisaCountry(BaseModel):
    code: str
    name: str
    status: Literal["required", "partial"]
    act: str
    note: str
    passports_issued_from: date | None = None


class VisaList(BaseModel):
    date: date
    countries: list[VisaCountry]
    source: list[str]


class Health(BaseModel):
    status: Literal["ok"]
    rules_version: str


def _fact_type(spec: FactSpec) -> Any:
    match spec.kind:
        case Kind.BOOLEAN:
            return bool | None
        case Kind.DATE:
            return date | None
        case Kind.CHOICE:
            return Optional[Literal.__getitem__(spec.choices)]  # noqa: UP045 (built at run time)
        case Kind.CHOICES:
            return Optional[list[Literal.__getitem__(spec.choices)]]  # type: ignore[misc]  # noqa: UP045
        case _:
            return str | None


def facts_model(rule: str) -> type[BaseModel]:
    """The facts object of a rule (``interfaces.md``): every key optional, ``null`` = unknown."""
    fields: dict[str, Any] = {}
    for spec in RULES[rule].facts:
        if hasattr(BaseModel, spec.name):  # e.g. ``register``: same key in JSON, another name in Python
            fields[spec.name + "_"] = (_fact_type(spec), Field(None, alias=spec.name))
        else:
            fields[spec.name] = (_fact_type(spec), None)
    fields["reference_date"] = (date | None, None)
    name = "".join(part.capitalize() for part in rule.split("-")) + "Facts"
    model: type[BaseModel] = create_model(name, __config__=ConfigDict(extra="forbid"), **fields)
    return model
