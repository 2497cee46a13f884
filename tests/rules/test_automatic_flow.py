"""R4 — what the automatic SPP IS → OE flow may carry."""

from __future__ import annotations

from typing import Any

from secretpro.rules import Outcome, decide


def r4(**facts: Any) -> Any:
    return decide("automatic-flow", facts)


def test_exactly_the_flow_is_allowed() -> None:
    for register in ("foreigners_register", "waiting_register"):
        decision = r4(aid_type="monthly_aid", register=register, fields=["aid_type", "period", "cpas"])
        assert decision.outcome is Outcome.ALLOWED
        assert decision.allowed_fields == ("aid_type", "period", "cpas")


def test_every_offending_item_is_named() -> None:
    decision = r4(
        aid_type="medical_costs", register="population_register", fields=["aid_type", "address", "amount"]
    )
    assert decision.outcome is Outcome.FORBIDDEN
    steps = [r.step for r in decision.reasons]
    assert steps.count("R4.3") == 2
    assert "R4.1" in steps
    assert "R4.2" in steps
    assert {"address", "amount"} <= set(decision.forbidden_fields)


def test_medical_or_hospital_costs_are_never_in_the_flow() -> None:
    for aid in ("medical_costs", "urgent_medical_aid"):
        assert (
            r4(aid_type=aid, register="foreigners_register", fields=["aid_type"]).outcome is Outcome.FORBIDDEN
        )


def test_a_known_offence_wins_over_unknowns() -> None:
    assert r4(fields=["aid_type", "nationality"]).outcome is Outcome.FORBIDDEN


def test_unknowns_are_undetermined() -> None:
    decision = r4(aid_type="monthly_aid")
    assert decision.outcome is Outcome.UNDETERMINED
    assert [m.fact for m in decision.missing] == ["register", "fields"]
