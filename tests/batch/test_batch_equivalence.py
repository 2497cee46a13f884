"""Batch screening gives the same decisions as ``decide``, case for case (10,000 random R1 cases)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from r1_cases import COLUMNS, generate

from secretpro.batch import screen
from secretpro.batch.csv_input import read_cases
from secretpro.batch.per_case import reasons_cell
from secretpro.rules import FactsError, decide

TODAY = date(2026, 1, 15)


def expected(row: dict[str, str], on_date: date | None) -> dict[str, Any]:
    facts = {key: value for key, value in row.items() if key != "case_id"}
    if not facts.get("reference_date") and on_date is None:
        facts["reference_date"] = TODAY.isoformat()
    try:
        decision = decide("guarantor-inquiry", facts, reference_date=on_date, from_text=True, today=TODAY)
    except FactsError as error:
        return {"outcome": "error", "error_field": error.field}
    except ValueError:
        return {"outcome": "error", "error_field": None}
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
        return {"outcome": "error", "error_field": field}
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

    from secretpro.batch import vectorized_guarantor_inquiry

    assert doctest.testmod(vectorized_guarantor_inquiry).failed == 0
