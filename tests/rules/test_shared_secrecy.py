"""R2 — the five cumulative conditions."""

from __future__ import annotations

from typing import Any

import pytest

from secretpro.rules import Outcome, decide

CONDITIONS = [
    "recipient_bound_by_secrecy",
    "same_missions",
    "in_person_interest",
    "consent",
    "only_necessary",
]


def r2(**facts: Any) -> Any:
    return decide("shared-secrecy", facts, reference_date=None)


def test_all_five_true_allows_only_the_necessary() -> None:
    decision = r2(**dict.fromkeys(CONDITIONS, True), recipient="hospital_or_doctor")
    assert decision.outcome is Outcome.ALLOWED
    assert decision.allowed_fields == ("elements_necessary_to_common_mission",)


@pytest.mark.parametrize("failing", CONDITIONS)
def test_any_false_condition_forbids(failing: str) -> None:
    decision = r2(**{**dict.fromkeys(CONDITIONS, True), failing: False})
    assert decision.outcome is Outcome.FORBIDDEN
    assert any(r.quote == "cvts_strict_secrecy" for r in decision.reasons)


def test_forbidden_names_every_failing_condition() -> None:
    decision = r2(**{**dict.fromkeys(CONDITIONS, True), "consent": False, "only_necessary": False})
    texts = " ".join(r.text for r in decision.reasons)
    assert "consentement" in texts
    assert "nécessaires" in texts


def test_a_false_condition_wins_over_unknown_ones() -> None:
    decision = r2(consent=False)
    assert decision.outcome is Outcome.FORBIDDEN
    assert decision.missing == ()


def test_unknown_conditions_make_it_undetermined_in_the_notes_order() -> None:
    decision = r2(recipient_bound_by_secrecy=True, consent=True)
    assert decision.outcome is Outcome.UNDETERMINED
    assert [m.fact for m in decision.missing] == ["same_missions", "in_person_interest", "only_necessary"]


def test_the_office_des_etrangers_never_shares_the_missions() -> None:
    decision = r2(recipient="office_des_etrangers")
    assert decision.outcome is Outcome.FORBIDDEN
    assert decision.reasons[0].quote == "cvts_shared_not_justified"
    # Even a worker who answers that the OE pursues the same missions is told otherwise.
    decision = r2(recipient="office_des_etrangers", **dict.fromkeys(CONDITIONS, True))
    assert decision.outcome is Outcome.FORBIDDEN
    assert decision.facts["same_missions"] is False
