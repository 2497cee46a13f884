"""The ``secretpro`` command on cases written for this repository: in process through Typer's
``CliRunner`` (fast), and once as the real installed command in a subprocess (end to end)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from secretpro.cli import app

CASES = Path(__file__).parent / "cases.jsonl"


def run(*args: str, stdin: str | bytes = "") -> subprocess.CompletedProcess[bytes]:
    """In process: exit code, standard output and error as bytes, as a subprocess would give them."""
    data = stdin.encode() if isinstance(stdin, str) else stdin
    result = CliRunner().invoke(app, list(args), input=data, catch_exceptions=False)
    return subprocess.CompletedProcess(list(args), result.exit_code, result.stdout_bytes, result.stderr_bytes)


def run_process(*args: str, stdin: str | bytes = "") -> subprocess.CompletedProcess[bytes]:
    data = stdin.encode() if isinstance(stdin, str) else stdin
    return subprocess.run(
        [sys.executable, "-m", "secretpro.cli", *args],
        input=data,
        capture_output=True,
        timeout=60,
        check=False,
    )


def load_cases() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("case", load_cases(), ids=lambda case: case["id"])
def test_case_through_the_cli(case: dict[str, Any]) -> None:
    result = run("decide", case["rule"], "--facts", "-", "--format", "json", stdin=json.dumps(case["facts"]))
    assert result.returncode == 0, result.stderr.decode()
    decision = json.loads(result.stdout)
    assert decision["outcome"] == case["outcome"]
    assert [m["fact"] for m in decision["missing"]] == case.get("missing", [])
    if "allowed_fields" in case:
        assert decision["allowed_fields"] == case["allowed_fields"]
    assert decision["reasons"]
    assert set(decision) >= {
        "rule",
        "outcome",
        "reference_date",
        "reasons",
        "missing",
        "allowed_fields",
        "forbidden_fields",
        "obligations",
        "rules_version",
    }
    for reason in decision["reasons"]:
        assert reason["source"] in ("CVTS", "MED", "LAW")
        assert reason["text"]


def test_facts_from_a_file_and_date_override(tmp_path: Path) -> None:
    facts = tmp_path / "facts.json"
    facts.write_text(
        json.dumps(
            {
                "aid_type": "medical_costs",
                "nationality": "XK",
                "visa_issue_date": "2023-10-01",
                "in_asylum_procedure": False,
                "arrival_date": "2023-10-05",
            }
        ),
        encoding="utf-8",
    )
    before = run(
        "decide", "guarantor-inquiry", "--facts", str(facts), "--date", "2023-12-15", "--format", "json"
    )
    after = run(
        "decide", "guarantor-inquiry", "--facts", str(facts), "--date", "2024-02-01", "--format", "json"
    )
    assert json.loads(before.stdout)["outcome"] == "allowed"
    assert json.loads(after.stdout)["outcome"] == "forbidden"


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_text_output_is_for_a_person(lang: str) -> None:
    facts = {
        "aid_type": "medical_costs",
        "nationality": "SN",
        "visa_issue_date": None,
        "in_asylum_procedure": False,
        "arrival_date": "2025-06-10",
        "reference_date": "2026-01-15",
    }
    result = run("decide", "guarantor-inquiry", "--lang", lang, stdin=json.dumps(facts))
    assert result.returncode == 0
    text = result.stdout.decode()
    assert "« " in text  # the French quotation of the note is shown
    assert "1867" in text  # with the caveat on the numbering of art. 458
    assert "?" in text  # and the question still to ask


def test_json_output_in_dutch_keeps_the_french_text_and_adds_translations() -> None:
    result = run(
        "decide",
        "shared-secrecy",
        "--format",
        "json",
        "--lang",
        "nl",
        stdin='{"recipient": "office_des_etrangers"}',
    )
    decision = json.loads(result.stdout)
    assert decision["outcome"] == "forbidden"
    assert decision["headline"]["quote"]["fr"].startswith("Le secret professionnel partagé")
    assert decision["headline"]["quote"]["translation"]


@pytest.mark.parametrize(
    ("args", "stdin", "field"),
    [
        (["decide", "guarantor-inquiry"], '{"nationality": "QQ"}', "nationality"),
        (["decide", "guarantor-inquiry"], '{"visa_issue_date": "2024-13-01"}', "visa_issue_date"),
        (
            ["decide", "guarantor-inquiry", "--date", "2026-01-15"],
            '{"visa_issue_date": "2099-03-01"}',
            "visa_issue_date",
        ),
        (["decide", "guarantor-inquiry"], '{"national_number": "85073003329"}', "national_number"),
        (["decide", "guarantor-inquiry"], '{"in_asylum_procedure": "maybe"}', "in_asylum_procedure"),
        (["decide", "guarantor-inquiry"], '{"nationalty": "MA"}', "nationalty"),
        (["decide", "guarantor-inquiry"], '{"aid_type": ', "--facts"),
        (["decide", "guarantor-inquiry"], "[1, 2]", "--facts"),
        (["decide", "guarantor-inquiry"], "", "--facts"),
        (["decide", "guarantor-inquiry", "--date", "2026-02-30"], "{}", "--date"),
        (["decide", "guarantor-inquiry", "--lang", "de"], "{}", "--lang"),
        (["decide", "incoming-request"], '{"requested": ["address", "shoe_size"]}', "requested[1]"),
        (["decide", "guarantor-inquiry", "--facts", "/nonexistent/facts.json"], "", "--facts"),
    ],
)
def test_bad_input_is_one_line_naming_the_field(args: list[str], stdin: str, field: str) -> None:
    result = run(*args, stdin=stdin)
    stderr = result.stderr.decode()
    assert result.returncode == 2
    assert "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) == 1
    assert field in stderr
    assert result.stdout == b""


def test_not_utf8_facts() -> None:
    result = run("decide", "guarantor-inquiry", stdin=b'{"nationality": "\xff"}')
    assert result.returncode == 2
    assert "UTF-8" in result.stderr.decode()


def test_unknown_rule_is_a_usage_error() -> None:
    result = run("decide", "tell-everyone", stdin="{}")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr.decode()


def test_visa_list_on_a_date() -> None:
    result = run("visa-list", "--date", "2023-12-31", "--lang", "nl")
    lines = result.stdout.decode().splitlines()
    assert result.returncode == 0
    assert any(line.startswith("XK") for line in lines)
    assert any(line.startswith("MA  Marokko") for line in lines)
    after = run("visa-list", "--date", "2024-01-01", "--format", "json")
    codes = {row["code"] for row in json.loads(after.stdout)["countries"]}
    assert "XK" not in codes
    assert "MA" in codes
    assert run("visa-list", "--date", "2017-01-01").returncode == 2


def test_the_real_command_end_to_end() -> None:
    case = load_cases()[0]
    result = run_process(
        "decide", case["rule"], "--facts", "-", "--format", "json", stdin=json.dumps(case["facts"])
    )
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads(result.stdout)["outcome"] == case["outcome"]
    bad = run_process("decide", case["rule"], "--facts", "-", stdin=b"{not json")
    assert bad.returncode == 2 and b"Traceback" not in bad.stderr and bad.stderr.count(b"\n") == 1
