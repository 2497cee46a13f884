"""R1 as a GoRules ZEN decision graph (JDM), for the benchmark only (``zen-engine``, ``bench`` extra).

The same steps as ``rules.md`` R1 (``rules/guarantor_inquiry.py``): the dated visa list as two
first-hit decision tables (on the reference date and on the visa date), expression nodes for the
two-year tests (``add(24, "months")``: 29 February + 2 years = 28 February) and a first-hit table
for "the first step that decides, decides"; and the contradictions rules.md asks back or reads the
way that transmits less (a date after the reference date, an arrival before the visa, an answer
"over two years" that the arrival date contradicts). What it leaves out, and the batch does: reading
and validating the cells (bad values, national-number checksums).
"""

from __future__ import annotations

import itertools
import json
from typing import Any

from secretpro.reference.visa import DATA_START, _periods

DATA_START_ISO = DATA_START.isoformat()


def _visa_table(node_id: str, day_field: str, prefix: str) -> dict[str, Any]:
    rules: list[dict[str, str]] = [
        {"_id": f"{node_id}-null", "c": "", "d": "$ == null", "s": "null", "p": "null"},
    ]
    for country, periods in sorted(_periods().items()):
        for index, period in enumerate(periods):
            until = f' and d($) <= d("{period.valid_to.isoformat()}")' if period.valid_to else ""
            rules.append(
                {
                    "_id": f"{node_id}-{country}-{index}",
                    "c": json.dumps(country),
                    "d": f'd($) >= d("{period.valid_from.isoformat()}"){until}',
                    "s": json.dumps(period.status),
                    "p": json.dumps(period.passports_issued_from.isoformat())
                    if period.passports_issued_from
                    else "null",
                }
            )
    rules.append({"_id": f"{node_id}-default", "c": "", "d": "", "s": '"not_required"', "p": "null"})
    return {
        "id": node_id,
        "type": "decisionTableNode",
        "name": node_id,
        "position": {"x": 0, "y": 0},
        "content": {
            "hitPolicy": "first",
            "inputs": [
                {"id": "c", "name": "nationality", "field": "nationality"},
                {"id": "d", "name": "day", "field": day_field},
            ],
            "outputs": [
                {"id": "s", "name": "status", "field": f"{prefix}_status"},
                {"id": "p", "name": "passports", "field": f"{prefix}_passports_from"},
            ],
            "rules": rules,
            "passThrough": True,
            "inputField": None,
            "outputPath": None,
            "executionMode": "single",
        },
    }


def _expressions(node_id: str, expressions: dict[str, str]) -> dict[str, Any]:
    return {
        "id": node_id,
        "type": "expressionNode",
        "name": node_id,
        "position": {"x": 0, "y": 0},
        "content": {
            "expressions": [
                {"id": f"{node_id}-{key}", "key": key, "value": value} for key, value in expressions.items()
            ],
            "passThrough": True,
            "inputField": None,
            "outputPath": None,
            "executionMode": "single",
        },
    }


def _forbids(prefix: str) -> str:
    return (
        f'({prefix}_status == "not_required" or ({prefix}_status == "partial" and passport != null '
        f"and {prefix}_passports_from != null and d(passport) < d({prefix}_passports_from)))"
    )


def _doubts(prefix: str) -> str:
    return f'({prefix}_status == "partial" and (passport == null or {prefix}_passports_from == null))'


def r1_graph() -> dict[str, Any]:
    two_years = 'd({field}).add(24, "months") <= d(reference_date)'
    after_reference = "({field} != null and d({field}) > d(reference_date))"
    # Contradictions (rules.md, "Contradictory facts"; guarantor_inquiry._ask_back_contradictions): a
    # date after the reference date is unknown and asked back; an arrival before the visa asks the
    # visa back (the arrival still counts for the stay); an answer "over two years" that the arrival
    # date contradicts, either way, reads as over two years (the reading that transmits less).
    dates = _expressions(
        "dates",
        {
            "contradiction": " or ".join(
                after_reference.format(field=field)
                for field in ("visa_issue_date", "arrival_date", "passport_issue_date")
            ),
            "arrival": f"{after_reference.format(field='arrival_date')} ? null : arrival_date",
            "visa_read": f"{after_reference.format(field='visa_issue_date')} ? null : visa_issue_date",
            "passport": f"{after_reference.format(field='passport_issue_date')} ? null : passport_issue_date",
        },
    )
    order = _expressions(
        "order",
        {
            "arrived_before_visa": "arrival != null and visa_read != null and d(arrival) < d(visa_read)",
        },
    )
    derived = _expressions(
        "derived",
        {
            "stay_over": "arrival != null ? ("
            + two_years.format(field="arrival")
            + " or stay_over_two_years == true) : stay_over_two_years",
            "visa": "arrived_before_visa ? null : visa_read",
            "asked_back": "contradiction or arrived_before_visa",
        },
    )
    visa_dates = _expressions(
        "visa_dates",
        {
            "visa_old": "visa != null ? " + two_years.format(field="visa") + " : null",
            "visa_day": f'visa != null and d(visa) >= d("{DATA_START_ISO}") ? visa : null',
        },
    )
    step4 = _expressions(
        "step4",
        {
            "visa_forbids": f"nationality != null and ({_forbids('ref')} or (visa_day != null and {_forbids('visa')}))",
            "passport_doubt": f"nationality != null and ({_doubts('ref')} or (visa_day != null and {_doubts('visa')}))",
        },
    )
    unknown = _expressions(
        "unknown",
        {
            "any_unknown": "in_asylum_procedure == null or stay_over == null or aid_type == null "
            "or nationality == null or (passport_doubt and not visa_forbids) or visa == null or asked_back",
        },
    )
    steps = [
        ("asylum", {"a": "$ == true"}, "forbidden"),
        ("stay", {"s": "$ == true"}, "forbidden"),
        ("aid", {"t": '"urgent_medical_aid", "monthly_aid", "other"'}, "not_applicable"),
        ("visa-country", {"v": "$ == true"}, "forbidden"),
        ("visa-date", {"o": "$ == true"}, "forbidden"),
        ("unknown", {"u": "$ == true"}, "undetermined"),
        ("allowed", {}, "allowed"),
    ]
    columns = {
        "a": "in_asylum_procedure",
        "s": "stay_over",
        "t": "aid_type",
        "v": "visa_forbids",
        "o": "visa_old",
        "u": "any_unknown",
    }
    decision = {
        "id": "r1",
        "type": "decisionTableNode",
        "name": "r1",
        "position": {"x": 0, "y": 0},
        "content": {
            "hitPolicy": "first",
            "inputs": [{"id": key, "name": field, "field": field} for key, field in columns.items()],
            "outputs": [{"id": "outcome", "name": "outcome", "field": "outcome"}],
            "rules": [
                {"_id": name, **{key: cells.get(key, "") for key in columns}, "outcome": json.dumps(outcome)}
                for name, cells, outcome in steps
            ],
            "passThrough": False,
            "inputField": None,
            "outputPath": None,
            "executionMode": "single",
        },
    }
    nodes = [
        {"id": "input", "type": "inputNode", "name": "request", "position": {"x": 0, "y": 0}},
        dates,
        order,
        derived,
        visa_dates,
        _visa_table("visa_ref", "reference_date", "ref"),
        _visa_table("visa_on_visa_date", "visa_day", "visa"),
        step4,
        unknown,
        decision,
        {"id": "output", "type": "outputNode", "name": "response", "position": {"x": 0, "y": 0}},
    ]
    order = [node["id"] for node in nodes]
    edges = [
        {"id": f"e{index}", "sourceId": source, "targetId": target, "type": "edge"}
        for index, (source, target) in enumerate(itertools.pairwise(order))
    ]
    return {"nodes": nodes, "edges": edges}


def zen_context(row: dict[str, str | None], reference_date: str) -> dict[str, Any]:
    """A CSV row as ZEN's input: booleans as JSON booleans, empty cells as null."""
    context: dict[str, Any] = {key: (value or None) for key, value in row.items()}
    for key in ("in_asylum_procedure", "stay_over_two_years"):
        value = context.get(key)
        context[key] = None if value is None else value == "true"
    context.setdefault("passport_issue_date", None)
    context["reference_date"] = reference_date
    return context
