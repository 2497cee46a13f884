"""Batch screening gives the same decisions as ``decide``, case for case: over the whole fact space
of R1 around two reference dates, and on 12,000 random adversarial cases."""

from __future__ import annotations

import csv
import itertools
import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from r1_cases import COLUMNS, generate

from secretpro.batch import screen
from secretpro.batch.csv_input import read_cases
from secretpro.batch.per_case import reasons_cell
from secretpro.rules import FactsError, decide
from secretpro.rules.legal_dates import add_years

TODAY = date(2026, 1, 15)


def expected(row: dict[str, str], on_date: date | None) -> dict[str, Any]:
    facts = {key: value for key, value in row.items() if key != "case_id"}
    if not facts.get("reference_date") and on_date is None:
        facts["reference_date"] = TODAY.isoformat()
    try:
        decision = decide("guarantor-inquiry", facts, reference_date=on_date, from_text=True, today=TODAY)
    except FactsError as error:
        return {"outcome": "error", "error_field": error.field, "blank": True}
    except ValueError:
        return {"outcome": "error", "error_field": None, "blank": True}
    return {
        "outcome": decision.outcome.value,
        "missing": "|".join(m.fact for m in decision.missing),
        "allowed_fields": "|".join(decision.allowed_fields),
        "reasons": reasons_cell(decision),
        "reference_date": decision.reference_date,
    }


def actual(result: dict[str, Any]) -> dict[str, Any]:
    if result["outcome"] == "error":
        field = result["error"].split(":", 1)[0] if result["error"] else None
        # An error row has no other cell, whatever its bad cell (a national number is in no key).
        cells = ("reference_date", "missing", "reasons", "allowed_fields")
        return {"outcome": "error", "error_field": field, "blank": not any(result[name] for name in cells)}
    return {
        "outcome": result["outcome"],
        "missing": result["missing"] or "",
        "allowed_fields": result["allowed_fields"] or "",
        "reasons": result["reasons"] or "",
        "reference_date": result["reference_date"],
    }


def write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)


@pytest.mark.parametrize(("seed", "count", "on_date"), [(6, 10_000, None), (7, 2_000, date(2024, 2, 29))])
def test_batch_agrees_with_decide_case_for_case(
    tmp_path: Path, seed: int, count: int, on_date: date | None
) -> None:
    rows = generate(count, seed)
    path = tmp_path / "cases.csv"
    write_csv(path, rows)
    cases = read_cases("guarantor-inquiry", path)
    # Small chunks, so that the chunked evaluation is exercised too.
    result = screen("guarantor-inquiry", cases, on_date, today=TODAY, chunk_rows=3_000)
    table = result.table
    assert table["case_id"].to_list() == [row["case_id"] for row in rows]
    mismatches = []
    for row, got in zip(rows, table.iter_rows(named=True), strict=True):
        want = expected(row, on_date)
        if actual(got) != want:
            mismatches.append((row, want, actual(got)))
    assert not mismatches, f"{len(mismatches)} mismatches, first: {mismatches[:3]}"
    outcomes = {row["outcome"] for row in table.iter_rows(named=True)}
    # The generator reaches every outcome (else the test would prove little).
    assert outcomes == {"allowed", "forbidden", "not_applicable", "undetermined", "error"}
    assert sum(result.counts.values()) == count


def test_two_years_limit_doctests() -> None:
    import doctest

    from secretpro.batch import guarantor_inquiry_classes

    assert doctest.testmod(guarantor_inquiry_classes).failed == 0


def _days_around(reference: date) -> dict[str, list[str]]:
    """Each date fact's cells for one reference date: unknown, both sides of the two-year limit,
    the reference date and the day after it (asked back; after today as well when it is today),
    a day before the visa list's first day, and days when Kosovo and Vanuatu needed a visa."""
    limit = add_years(reference, -2)
    around = [limit - timedelta(days=1), limit, limit + timedelta(days=1)]
    cells = ["", *(day.isoformat() for day in around), reference.isoformat()]
    later = (reference + timedelta(days=1)).isoformat()
    return {
        "visa_issue_date": [
            *cells,
            (reference - timedelta(days=400)).isoformat(),
            later,
            "2018-06-01",
            "2023-12-31",
            "2022-06-01",
        ],
        "arrival_date": [*cells, (reference - timedelta(days=100)).isoformat(), later, "2023-12-31"],
        "passport_issue_date": ["", "2015-05-24", "2015-05-25", later],
    }


# Every value a cell can take that changes what R1 reads: unknown, each choice, a bad value; a
# visa-required country, an exempt one, Kosovo (exempt since 2024), Vanuatu (partly, then fully
# suspended), Albania (Annex II passports), two nationalities, and an unknown code.
WHOLE_SPACE = {
    "aid_type": ["", "urgent_medical_aid", "medical_costs", "monthly_aid", "amu"],
    "nationality": ["", "MA", "BR", "XK", "VU", "AL", "MA|BR", "ZZ"],
    "in_asylum_procedure": ["", "true", "false"],
    "stay_over_two_years": ["", "true", "false"],
}


@pytest.mark.parametrize("reference", [date(2026, 1, 15), date(2022, 12, 31)])
def test_batch_agrees_with_decide_on_the_whole_fact_space(tmp_path: Path, reference: date) -> None:
    """Not a sample: every combination of the values above with the dates around the reference date
    (100,800 cases a reference date), the rows in random order across chunks."""
    space = {**WHOLE_SPACE, **_days_around(reference)}
    names = list(space)
    rows = [
        {"case_id": f"W{index:06d}", **dict(zip(names, values, strict=True)), "national_number": ""}
        for index, values in enumerate(itertools.product(*space.values()))
    ]
    random.Random(11).shuffle(rows)
    for row in rows:
        row["reference_date"] = reference.isoformat()
    path = tmp_path / "space.csv"
    write_csv(path, rows)
    result = screen(
        "guarantor-inquiry", read_cases("guarantor-inquiry", path), None, today=TODAY, chunk_rows=40_000
    )
    mismatches = [
        (row, expected(row, None), actual(got))
        for row, got in zip(rows, result.table.iter_rows(named=True), strict=True)
        if actual(got) != expected(row, None)
    ]
    assert not mismatches, f"{len(mismatches)} mismatches, first: {mismatches[:3]}"
    assert set(result.counts) == {"allowed", "forbidden", "not_applicable", "undetermined", "error"}
    assert all(count > 0 for count in result.counts.values())
