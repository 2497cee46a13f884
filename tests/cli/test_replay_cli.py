"""``secretpro register replay`` from the command line: JSON and CSV, bad options named."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from register_cli import register_env, run


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return register_env(tmp_path)


def test_replay_of_a_register_whose_decisions_still_hold(env: dict[str, str]) -> None:
    facts = {"recipient": "police", "reference_date": "2026-02-01"}
    recorded = run(env, "decide", "shared-secrecy", "--record", "--format", "json", stdin=json.dumps(facts))
    assert recorded.returncode == 0, recorded.stderr
    result = run(env, "register", "replay", "--from", "2026-01-01", "--to", "2026-12-31", "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["examined"] == 1 and report["changes"] == []
    as_csv = run(env, "register", "replay", "--format", "csv")
    assert as_csv.returncode == 0, as_csv.stderr
    assert next(csv.reader(io.StringIO(as_csv.stdout)))[0] == "case_id"


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["--from", "2026-13-01"], "--from"),
        (["--format", "xml"], "--format"),
        (["--from", "2026-05-01", "--to", "2026-01-01"], "--from"),
    ],
)
def test_bad_options_are_one_line_naming_the_option(env: dict[str, str], args: list[str], field: str) -> None:
    result = run(env, "register", "replay", *args)
    assert result.returncode == 2
    assert field in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
