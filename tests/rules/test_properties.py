"""Property-based tests: no combination of facts yields ``allowed`` while a forbidding fact is known
or a needed fact is unknown; ``missing`` is empty exactly when the outcome is decided."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples
from secretpro.reference.visa import visa_status
from secretpro.rules import Outcome, decide
from secretpro.rules.legal_dates import less_than_two_years, two_years_or_more
from secretpro.rules.shared_secrecy import RECIPIENTS

REFERENCE = date(2026, 1, 15)
COUNTRIES = ["MA", "SN", "CD", "BR", "US", "FR", "XK", "VU", "GE", "TR", "UA", "PS"]
maybe_bool = st.one_of(st.none(), st.booleans())
past_date = st.one_of(
    st.none(), st.dates(min_value=date(2019, 6, 1), max_value=REFERENCE).map(lambda d: d.isoformat())
)


@st.composite
def r1_facts(draw: st.DrawFn) -> dict[str, Any]:
    return {
        "aid_type": draw(
            st.one_of(
                st.none(), st.sampled_from(["urgent_medical_aid", "medical_costs", "monthly_aid", "other"])
            )
        ),
        "nationality": draw(st.one_of(st.none(), st.sampled_from(COUNTRIES))),
        "visa_issue_date": draw(past_date),
        "in_asylum_procedure": draw(maybe_bool),
        "arrival_date": draw(past_date),
        "stay_over_two_years": draw(maybe_bool),
        "passport_issue_date": draw(past_date),
    }


def _forbidding_fact_known(facts: dict[str, Any]) -> bool:
    if facts["in_asylum_procedure"]:
        return True
    if facts["arrival_date"] is not None:
        if two_years_or_more(date.fromisoformat(facts["arrival_date"]), reference=REFERENCE):
            return True
    elif facts["stay_over_two_years"]:
        return True
    if facts["aid_type"] not in (None, "medical_costs"):
        return True
    if (
        facts["nationality"] is not None
        and visa_status(facts["nationality"], REFERENCE).status == "not_required"
    ):
        return True
    return facts["visa_issue_date"] is not None and not less_than_two_years(
        date.fromisoformat(facts["visa_issue_date"]), reference=REFERENCE
    )


def _needed_fact_unknown(facts: dict[str, Any]) -> bool:
    stay_unknown = facts["arrival_date"] is None and facts["stay_over_two_years"] is None
    return stay_unknown or any(
        facts[name] is None for name in ("in_asylum_procedure", "aid_type", "nationality", "visa_issue_date")
    )


@settings(max_examples=examples(800), deadline=None)
@given(r1_facts())
def test_r1_never_allows_with_a_forbidding_or_unknown_fact(facts: dict[str, Any]) -> None:
    decision = decide("guarantor-inquiry", facts, reference_date=REFERENCE)
    if decision.outcome is Outcome.ALLOWED:
        assert not _forbidding_fact_known(facts)
        assert not _needed_fact_unknown(facts)
        assert decision.allowed_fields == ("beneficiary_name", "national_number", "nationality", "cpas")
    if _forbidding_fact_known(facts):
        assert decision.outcome in (Outcome.FORBIDDEN, Outcome.NOT_APPLICABLE)
    assert (decision.outcome is Outcome.UNDETERMINED) == bool(decision.missing)
    assert decision.reasons


@settings(max_examples=examples(300), deadline=None)
@given(r1_facts(), st.data())
def test_r1_answering_a_missing_question_never_reopens_a_closed_case(
    facts: dict[str, Any], data: st.DataObject
) -> None:
    """Once nothing may be sent, learning more facts never makes a transmission allowed."""
    first = decide("guarantor-inquiry", facts, reference_date=REFERENCE)
    completed = dict(facts)
    for name, value in data.draw(r1_facts()).items():
        # The yes/no answer on the stay stands for an arrival date nobody knows: learning the date
        # replaces the answer rather than adding to it, so it is not "one more fact" here.
        if name == "arrival_date" and completed["stay_over_two_years"] is not None:
            continue
        if completed[name] is None:
            completed[name] = value
    second = decide("guarantor-inquiry", completed, reference_date=REFERENCE)
    if first.outcome in (Outcome.FORBIDDEN, Outcome.NOT_APPLICABLE):
        assert second.outcome in (Outcome.FORBIDDEN, Outcome.NOT_APPLICABLE)
    if first.outcome is Outcome.ALLOWED:
        assert second.outcome is Outcome.ALLOWED


CONDITIONS = [
    "recipient_bound_by_secrecy",
    "same_missions",
    "in_person_interest",
    "consent",
    "only_necessary",
]


@settings(max_examples=examples(400), deadline=None)
@given(
    st.fixed_dictionaries({name: maybe_bool for name in CONDITIONS}),
    st.one_of(st.none(), st.sampled_from(RECIPIENTS)),
)
def test_r2_allows_only_when_all_five_hold(conditions: dict[str, bool | None], recipient: str | None) -> None:
    decision = decide("shared-secrecy", {**conditions, "recipient": recipient})
    effective = dict(conditions)
    if recipient in ("office_des_etrangers", "police", "prosecutor_or_judge", "guarantor", "spp_is"):
        # The recipient's nature settles it: forbidden whatever is ticked, and nothing is asked.
        assert decision.outcome is Outcome.FORBIDDEN
        assert decision.missing == ()
        return
    if decision.outcome is Outcome.ALLOWED:
        assert all(value is True for value in effective.values())
    if any(value is False for value in effective.values()):
        assert decision.outcome is Outcome.FORBIDDEN
    elif any(value is None for value in effective.values()):
        assert decision.outcome is Outcome.UNDETERMINED
        assert {m.fact for m in decision.missing} == {k for k, v in effective.items() if v is None}


@settings(max_examples=examples(300), deadline=None)
@given(
    st.one_of(st.none(), st.sampled_from(["monthly_aid", "medical_costs", "urgent_medical_aid", "other"])),
    st.one_of(
        st.none(), st.sampled_from(["foreigners_register", "waiting_register", "population_register", "none"])
    ),
    st.one_of(
        st.none(),
        st.lists(
            st.sampled_from(["aid_type", "period", "cpas", "address", "medical_costs", "identity"]),
            max_size=4,
        ),
    ),
)
def test_r4_allows_only_the_flow(aid: str | None, register: str | None, fields: list[str] | None) -> None:
    decision = decide("automatic-flow", {"aid_type": aid, "register": register, "fields": fields})
    if decision.outcome is Outcome.ALLOWED:
        assert aid == "monthly_aid"
        assert register in ("foreigners_register", "waiting_register")
        assert fields is not None
        # The identifier is the key of the flow itself ("l'OE peut savoir que Mr XXX …").
        assert set(fields) <= {"aid_type", "period", "cpas", "identity", "national_number"}


def test_dates_strategy_covers_the_boundary() -> None:
    # The boundary day of R1 (exactly two years) lies inside the generated range.
    assert REFERENCE - timedelta(days=731) >= date(2019, 6, 1)
