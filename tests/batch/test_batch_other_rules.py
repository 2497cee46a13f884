"""R2–R5 in the batch: every combination of yes / no / unknown (and of each choice) decided as
``decide`` decides it, row for row — the batch runs the rule's own ``decide`` once per distinct case."""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

import polars as pl
import pytest

from secretpro.batch import screen
from secretpro.batch.per_case import decide_row
from secretpro.rules import RULES

TODAY = date(2026, 1, 15)
THREE = ["yes", "no", None]


def _choices(rule: str, name: str) -> list[str | None]:
    spec = next(spec for spec in RULES[rule].facts if spec.name == name)
    return [*spec.choices, None]


def _space(rule: str, varied: dict[str, list[str | None]]) -> list[dict[str, str | None]]:
    names = list(varied)
    return [dict(zip(names, values, strict=True)) for values in itertools.product(*varied.values())]


def _spaces() -> dict[str, list[dict[str, str | None]]]:
    r2 = _space(
        "shared-secrecy",
        {
            "recipient": _choices("shared-secrecy", "recipient"),
            **{name: THREE for name in ("recipient_bound_by_secrecy", "same_missions", "in_person_interest")},
            **{name: THREE for name in ("consent", "only_necessary")},
        },
    )
    lists = [
        None,
        "address",
        "identity|national_number",
        "medical_information|address",
        "aid_granted",
        "other",
        # as people type lists: no item, ";" for "|", spaces, an item twice
        "|",
        "address; identity",
        " address | address ",
    ]
    r3 = _space(
        "incoming-request",
        {
            "requester": _choices("incoming-request", "requester"),
            "requested": lists,
            "legal_basis_invoked": THREE,
            "consent": THREE,
            "aid_type": ["urgent_medical_aid", "monthly_aid", None],
        },
    ) + _space(
        "incoming-request",
        {
            "requester": ["other_cpas", "hospital_or_doctor", "other"],
            "requested": ["address", "medical_information"],
            **{
                name: THREE
                for name in (
                    "shared_secrecy_claimed",
                    "recipient_bound_by_secrecy",
                    "same_missions",
                    "in_person_interest",
                )
            },
        },
    )
    fields = [
        None,
        "aid_type|period|cpas",
        "identity|national_number",
        "medical_information",
        "address|amount",
        ";",
        "amount ;period",
    ]
    r4 = _space(
        "automatic-flow",
        {
            "aid_type": _choices("automatic-flow", "aid_type"),
            "register": _choices("automatic-flow", "register"),
            "fields": fields,
        },
    )
    r5 = _space(
        "medical-certificate",
        {
            "asked_by": _choices("medical-certificate", "asked_by"),
            "request": _choices("medical-certificate", "request"),
            "consent": THREE,
            "person_wants_doctor_only": THREE,
        },
    )
    # bad cells: each becomes an error row naming its field, as with decide
    r2 += [{"recipient": "nobody"}, {"consent": "perhaps"}]
    r3 += [{"requested": "address|everything"}, {"requester": "police", "reference_date": "2027-02-30"}]
    return {"shared-secrecy": r2, "incoming-request": r3, "automatic-flow": r4, "medical-certificate": r5}


SPACES = _spaces()


def _table(rows: list[dict[str, str | None]]) -> pl.DataFrame:
    names = sorted({name for row in rows for name in row})
    columns: dict[str, list[str | None]] = {"case_id": [f"c{n}" for n in range(len(rows))]}
    columns.update({name: [row.get(name) for row in rows] for name in names})
    return pl.DataFrame(columns, schema={name: pl.String for name in columns})


@pytest.mark.parametrize("rule", sorted(SPACES))
@pytest.mark.parametrize("on_date", [None, date(2025, 6, 30)])
def test_every_combination_as_decide_decides_it(rule: str, on_date: date | None) -> None:
    rows = SPACES[rule]
    assert len(rows) >= 30
    result = screen(rule, _table(rows), on_date, today=TODAY)
    got = result.table.to_dicts()
    assert [row["case_id"] for row in got] == [f"c{n}" for n in range(len(rows))]
    for row, cells in zip(got, rows, strict=True):
        want: dict[str, Any] = decide_row(rule, dict(cells), on_date, TODAY)
        assert {key: row[key] for key in want} == want, (cells, row)
    assert sum(result.counts.values()) == len(rows)


def test_a_million_rows_hold_few_distinct_cases() -> None:
    rows = SPACES["medical-certificate"]
    big = pl.concat([_table(rows)] * 50)
    result = screen("medical-certificate", big, None, today=TODAY)
    assert result.table.height == big.height
    small = screen("medical-certificate", _table(rows), None, today=TODAY)
    assert result.table["outcome"].to_list() == small.table["outcome"].to_list() * 50
