"""R2 — the five cumulative conditions."""

from __future__ import annotations

from typing import Any

import pytest

from secretpro.rules import Outcome, decide
from secretpro.rules.shared_secrecy import conditions_asked

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
    assert decision.headline is not None and decision.headline.quote == "cvts_shared_not_justified"
    # Even a worker who answers that the OE pursues the same missions is told otherwise.
    decision = r2(recipient="office_des_etrangers", **dict.fromkeys(CONDITIONS, True))
    assert decision.outcome is Outcome.FORBIDDEN
    assert decision.facts["same_missions"] is False


@pytest.mark.parametrize(
    ("recipient", "fails"),
    [
        ("office_des_etrangers", {"same_missions"}),
        ("police", {"same_missions"}),
        ("prosecutor_or_judge", {"same_missions"}),
        ("guarantor", {"same_missions", "recipient_bound_by_secrecy"}),
        ("spp_is", {"same_missions"}),
    ],
)
def test_recipients_that_never_share_the_missions_are_refused_whatever_is_ticked(
    recipient: str, fails: set[str]
) -> None:
    ticked = r2(recipient=recipient, **dict.fromkeys(CONDITIONS, True))
    untouched = r2(recipient=recipient)
    for decision in (ticked, untouched):
        assert decision.outcome is Outcome.FORBIDDEN
        assert decision.missing == ()
        assert {fact for fact in fails if decision.facts[fact] is False} == fails
        assert decision.headline is not None and decision.headline.step == "R2.0"
    assert conditions_asked(recipient) == ()


@pytest.mark.parametrize("recipient", ["other_cpas", "hospital_or_doctor", "other", None])
def test_recipients_that_can_share_missions_are_decided_by_the_five_answers(recipient: str | None) -> None:
    assert r2(recipient=recipient, **dict.fromkeys(CONDITIONS, True)).outcome is Outcome.ALLOWED
    assert r2(recipient=recipient, **{**dict.fromkeys(CONDITIONS, True), "consent": False}).outcome is (
        Outcome.FORBIDDEN
    )
    assert len(conditions_asked(recipient)) == 5


def test_sharing_is_only_when_the_situation_requires_it() -> None:
    decision = r2(recipient="other_cpas", **dict.fromkeys(CONDITIONS, True))
    assert any(r.quote == "cvts_shared_when_required" for r in decision.reasons)
    assert any("la situation l'exige" in obligation for obligation in decision.obligations)
