"""Reading the cases file and writing the results: bad input, order, quoting, BOM, atomicity."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import polars as pl
import pytest

from secretpro.batch import BatchInputError, screen
from secretpro.batch.cli import batch_command
from secretpro.batch.csv_input import read_cases
from secretpro.batch.writer import write_atomically

HEADER = "case_id,aid_type,nationality,visa_issue_date,in_asylum_procedure,arrival_date,national_number\n"
GOOD = "D-001,medical_costs,MA,2025-06-01,false,2025-06-10,85073003328\n"
DAY = date(2026, 1, 15)


def write(tmp_path: Path, text: str | bytes, name: str = "cases.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def run(tmp_path: Path, source: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    out = tmp_path / "out.csv"
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "secretpro.batch",
            "guarantor-inquiry",
            str(source),
            "--out",
            str(out),
            *extra,
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "120"},
        check=False,
    )


def test_unknown_column_names_it(tmp_path: Path) -> None:
    with pytest.raises(BatchInputError) as caught:
        read_cases("guarantor-inquiry", write(tmp_path, "case_id,nationalite\nA,MA\n"))
    assert caught.value.field == "nationalite"


def test_missing_case_id_column(tmp_path: Path) -> None:
    with pytest.raises(BatchInputError) as caught:
        read_cases("guarantor-inquiry", write(tmp_path, "aid_type\nmedical_costs\n"))
    assert caught.value.field == "case_id"


def test_repeated_column(tmp_path: Path) -> None:
    with pytest.raises(BatchInputError) as caught:
        read_cases("guarantor-inquiry", write(tmp_path, "case_id,aid_type,aid_type\nA,other,other\n"))
    assert caught.value.field == "aid_type"


@pytest.mark.parametrize(
    "content",
    [b"", b"\n\n", "case_id,aid_type\nA,frais m\xe9dicaux\n".encode("latin-1"), b"\x89PNG\r\n\x1a\n\x00\x00"],
)
def test_empty_or_not_utf8_or_not_csv(tmp_path: Path, content: bytes) -> None:
    with pytest.raises(BatchInputError) as caught:
        read_cases("guarantor-inquiry", write(tmp_path, content))
    assert caught.value.field == "file"


def test_bad_cell_makes_only_its_row_an_error(tmp_path: Path) -> None:
    text = (
        HEADER
        + GOOD
        + "D-002,medical_costs,Maroc,2025-06-01,false,2025-06-10,\n"
        + GOOD.replace("D-001", "D-003")
    )
    result = screen("guarantor-inquiry", read_cases("guarantor-inquiry", write(tmp_path, text)), DAY)
    rows = result.table.to_dicts()
    assert [row["case_id"] for row in rows] == ["D-001", "D-002", "D-003"]
    assert [row["outcome"] for row in rows] == ["allowed", "error", "allowed"]
    assert rows[1]["error"].startswith("nationality: ")
    assert "Maroc" not in rows[1]["error"]  # no value repeated
    assert result.counts["error"] == 1 and result.counts["allowed"] == 2


def test_quoted_fields_bom_and_semicolons(tmp_path: Path) -> None:
    quoted = '\ufeffcase_id,aid_type,nationality\n"D,1","medical_costs",""\n"D ""2""",other,MA\n'
    cases = read_cases("guarantor-inquiry", write(tmp_path, quoted))
    assert cases.columns[0] == "case_id"
    result = screen("guarantor-inquiry", cases, DAY).table
    assert result["case_id"].to_list() == ["D,1", 'D "2"']
    assert result["outcome"].to_list() == ["undetermined", "not_applicable"]
    semicolons = "case_id;aid_type\nD-9;urgent_medical_aid\n"
    result = screen(
        "guarantor-inquiry", read_cases("guarantor-inquiry", write(tmp_path, semicolons, "b.csv")), DAY
    )
    assert result.table["outcome"].to_list() == ["not_applicable"]


def test_missing_facts_in_rule_order(tmp_path: Path) -> None:
    text = "case_id,visa_issue_date,aid_type\nD-1,,medical_costs\n"
    table = screen("guarantor-inquiry", read_cases("guarantor-inquiry", write(tmp_path, text)), DAY).table
    assert (
        table["missing"][0]
        == "in_asylum_procedure|arrival_date|stay_over_two_years|nationality|visa_issue_date"
    )
    # Step 3 passed, then step 6: its three notes (procedure, no address, within secrecy) and its reason.
    assert table["reasons"][0] == "CVTS:R1.3|CVTS:R1.6|CVTS:R1.6|CVTS:R1.6|CVTS:R1.6"


def test_other_rules_use_decide_case_by_case(tmp_path: Path) -> None:
    text = "case_id,requester,requested,consent\nR-1,office_des_etrangers,address|medical_information,false\nR-2,police,colour,\n"
    cases = read_cases("incoming-request", write(tmp_path, text))
    table = screen("incoming-request", cases, DAY).table
    assert table["outcome"].to_list() == ["forbidden", "error"]
    assert table["error"][1].startswith("requested[0]")


def test_empty_case_id_is_an_error_row(tmp_path: Path) -> None:
    table = screen(
        "guarantor-inquiry", read_cases("guarantor-inquiry", write(tmp_path, HEADER + "," + GOOD[6:])), DAY
    ).table
    assert table["outcome"].to_list() == ["error"]
    assert table["error"][0].startswith("case_id")


def test_header_only_gives_an_empty_result(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    assert batch_command("guarantor-inquiry", str(write(tmp_path, HEADER)), str(out), DAY) == 0
    assert out.read_text().splitlines()[0].startswith("case_id,outcome")
    assert len(out.read_text().splitlines()) == 1


def test_atomic_write_leaves_nothing_on_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.csv"
    target.write_text("previous results\n")
    table = pl.DataFrame({"case_id": ["A"], "outcome": ["allowed"]})

    def broken(self: pl.DataFrame, *args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(pl.DataFrame, "write_csv", broken)
    with pytest.raises(OSError):
        write_atomically(table, target)
    assert target.read_text() == "previous results\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out.csv"]
    monkeypatch.undo()
    write_atomically(table, target)
    assert target.read_text() == "case_id,outcome\nA,allowed\n"


def test_cli_done(tmp_path: Path) -> None:
    source = write(tmp_path, HEADER + GOOD + "D-002,medical_costs,MA,2025-06-01,maybe,,\n")
    done = run(tmp_path, source, "--date", "2026-01-15")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "error" in done.stdout and "allowed" in done.stdout  # the summary table
    lines = (tmp_path / "out.csv").read_text().splitlines()
    assert lines[0] == "case_id,outcome,reference_date,missing,reasons,allowed_fields,error"
    assert lines[1].startswith("D-001,allowed,2026-01-15,")
    assert lines[2].startswith("D-002,error,")


@pytest.mark.parametrize(
    ("content", "extra", "field"),
    [
        ("case_id,colour\nA,blue\n", (), "colour"),
        ("aid_type\nother\n", (), "case_id"),
        (b"case_id\n\xff\xfe\n", (), "file"),
        ("", (), "file"),
        (HEADER + GOOD, ("--date", "15/01/2026"), "--date"),
    ],
)
def test_cli_bad_input_exit_2(
    tmp_path: Path, content: str | bytes, extra: tuple[str, ...], field: str
) -> None:
    done = run(tmp_path, write(tmp_path, content), *extra)
    assert done.returncode == 2
    assert done.stderr.startswith(f"secretpro: error: {field}: ")
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "out.csv").exists()


def test_cli_missing_file_and_unknown_rule(tmp_path: Path) -> None:
    done = run(tmp_path, tmp_path / "absent.csv")
    assert done.returncode == 2 and "IN.csv" in done.stderr
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "secretpro.batch",
            "no-rule",
            str(tmp_path / "x.csv"),
            "--out",
            str(tmp_path / "o.csv"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2 and done.stderr.startswith("secretpro: error: RULE:")
