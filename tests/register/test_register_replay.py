"""``register replay``: past decisions re-decided under the current rules.

The register is filled with decisions recorded under deliberately different (older, wrong) rules —
what the first version of secretpro answered — next to decisions the current rules confirm.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from typing import Any

from secretpro.i18n import translator
from secretpro.register import Register, create_case, ensure_cpas, entries_for_case, record_decision
from secretpro.register.replay import cases_to_review, replay
from secretpro.register.replay_output import render
from secretpro.rules import decide
from secretpro.rules.explanation import explain

POLICE_TICKED = {
    "recipient": "police",
    "recipient_bound_by_secrecy": True,
    "same_missions": True,
    "in_person_interest": True,
    "consent": True,
    "only_necessary": True,
}


def _old_decision(
    rule: str, facts: dict[str, Any], outcome: str, allowed: list[str], day: str
) -> dict[str, Any]:
    """A decision as an older rules version recorded it."""
    return {
        "rule": rule,
        "outcome": outcome,
        "rules_version": "0.0.9+oldrules",
        "reference_date": day,
        "reasons": ["CVTS"],
        "facts": {**facts, "reference_date": day},
        "allowed_fields": allowed,
        "forbidden_fields": [],
        "missing": [],
    }


def _fill(register: Register) -> dict[str, str]:
    cpas = ensure_cpas(register, "CPAS de Test")
    cases = {name: create_case(register, cpas) for name in ("police", "lawyer", "flow", "confirmed", "later")}
    # Old rule: five ticks released data to the police.
    record_decision(
        register,
        cases["police"],
        _old_decision(
            "shared-secrecy", POLICE_TICKED, "allowed", ["elements_necessary_to_common_mission"], "2026-02-01"
        ),
    )
    # Old rule: the lawyer received the certificate without the person's consent.
    record_decision(
        register,
        cases["lawyer"],
        _old_decision(
            "medical-certificate",
            {"asked_by": "lawyer", "request": "send_certificate", "consent": False},
            "allowed",
            ["medical_certificate"],
            "2026-03-01",
        ),
    )
    # Old rule: the national number made the automatic flow record forbidden.
    record_decision(
        register,
        cases["flow"],
        _old_decision(
            "automatic-flow",
            {
                "aid_type": "monthly_aid",
                "register": "foreigners_register",
                "fields": ["aid_type", "period", "cpas", "national_number"],
            },
            "forbidden",
            [],
            "2026-04-01",
        ),
    )
    # A decision the current rules confirm.
    confirmed = explain(
        decide("shared-secrecy", {"recipient": "office_des_etrangers", "reference_date": "2026-02-01"})
    )
    record_decision(register, cases["confirmed"], confirmed, facts={"recipient": "office_des_etrangers"})
    # Outside the period asked below.
    record_decision(
        register,
        cases["later"],
        _old_decision(
            "shared-secrecy", POLICE_TICKED, "allowed", ["elements_necessary_to_common_mission"], "2026-09-01"
        ),
    )
    return cases


def test_replay_lists_exactly_the_decisions_the_current_rules_change(register: Register) -> None:
    cases = _fill(register)
    report = replay(register, start=date(2026, 1, 1), end=date(2026, 6, 30))
    assert report.examined == 4
    changed = {change.case_id: change for change in report.changes}
    assert set(changed) == {cases["police"], cases["lawyer"], cases["flow"]}
    police = changed[cases["police"]]
    assert (police.old_outcome, police.new_outcome, police.step) == ("allowed", "forbidden", "R2.0")
    assert police.new_allowed == ()
    lawyer = changed[cases["lawyer"]]
    assert (lawyer.old_outcome, lawyer.new_outcome) == ("allowed", "forbidden")
    flow = changed[cases["flow"]]
    assert (flow.old_outcome, flow.new_outcome) == ("forbidden", "allowed")
    assert "national_number" in flow.new_allowed


def test_the_replay_is_recorded_once_per_rules_version_and_flags_the_cases(register: Register) -> None:
    cases = _fill(register)
    cpas = ensure_cpas(register, "CPAS de Test")
    first = replay(register, start=date(2026, 1, 1), end=date(2026, 6, 30))
    assert first.recorded == 3
    again = replay(register, start=date(2026, 1, 1), end=date(2026, 6, 30))
    assert again.recorded == 0 and len(again.changes) == 3
    kinds = [entry.kind for entry in entries_for_case(register, cases["police"])]
    assert kinds == ["decision", "replay"]
    assert cases_to_review(register, cpas) == {cases["police"], cases["lawyer"], cases["flow"]}
    # Deciding the case again under the current rules clears the flag.
    redecided = explain(decide("shared-secrecy", {**POLICE_TICKED, "reference_date": "2026-02-01"}))
    record_decision(register, cases["police"], redecided, facts=POLICE_TICKED)
    assert cases["police"] not in cases_to_review(register, cpas)


def test_replay_keeps_the_chain_intact(register: Register) -> None:
    _fill(register)
    replay(register)
    assert register.verify().ok


def test_text_json_and_csv_outputs(register: Register) -> None:
    _fill(register)
    report = replay(register, start=date(2026, 1, 1), end=date(2026, 6, 30), record=False)
    _ = translator("fr")
    text = render(report, "text", _)
    assert "4 décisions réexaminées" in text and "allowed → forbidden" in text
    data = json.loads(render(report, "json", _))
    assert len(data["changes"]) == 3 and data["recorded"] == 0
    rows = list(csv.DictReader(io.StringIO(render(report, "csv", _))))
    assert {row["step"] for row in rows} >= {"R2.0"}
    assert all(not row["case_id"].startswith(("=", "+", "-", "@")) for row in rows)
