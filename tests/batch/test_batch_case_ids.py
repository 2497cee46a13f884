"""Rows without a case identifier are found by the cheap look as by stripping every cell."""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest

from secretpro.batch import screen
from secretpro.batch.case_ids import CASE_ID, WITHOUT_ID, any_without_id

CELLS = [
    "",
    " ",
    "\t",
    "\u3000",
    "\u00a0",
    "\u2028",
    " x",
    "\u3000x",
    "x ",
    "!",
    "~",
    "\x7f",
    "\x1f",
    "é",
    "CPAS-1",
]


@pytest.mark.parametrize("cell", CELLS)
@pytest.mark.parametrize("dtype", [pl.String, pl.Categorical])
def test_the_cheap_look_agrees_with_stripping(cell: str, dtype: pl.DataType) -> None:
    ids = pl.Series(CASE_ID, ["CPAS-0", cell, "CPAS-2"], dtype=pl.String).cast(dtype)
    stripped = ids.to_frame().select(WITHOUT_ID.any()).item()
    assert any_without_id(ids) == stripped


def test_a_missing_cell_has_no_identifier() -> None:
    assert any_without_id(pl.Series(CASE_ID, ["A", None], dtype=pl.String))


def test_a_categorical_case_id_column_is_screened() -> None:
    cases = pl.DataFrame({CASE_ID: ["A", "\u3000", "C"], "aid_type": ["medical_costs", "", ""]})
    cases = cases.with_columns(pl.col(CASE_ID).cast(pl.Categorical))
    result = screen("guarantor-inquiry", cases, date(2026, 1, 15), today=date(2026, 1, 15))
    assert result.table["outcome"].to_list() == ["undetermined", "error", "undetermined"]
    assert result.table["error"][1] == f"{CASE_ID}: empty (each row needs a case identifier)"
