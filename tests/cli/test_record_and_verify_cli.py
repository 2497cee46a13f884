"""``decide --record`` writes to the register; ``register verify`` catches a row changed behind its back."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from register_cli import register_env, run

NATIONAL_NUMBER = "85073003328"  # invented, valid checksum
FACTS = {
    "aid_type": "medical_costs",
    "nationality": "CM",
    "visa_issue_date": "2025-09-12",
    "in_asylum_procedure": False,
    "arrival_date": "2025-09-30",
    "national_number": NATIONAL_NUMBER,
    "reference_date": "2026-03-02",
}


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return register_env(tmp_path)


def test_recorded_decisions_verify_and_tampering_is_caught(env: dict[str, str], tmp_path: Path) -> None:
    for _ in range(3):
        result = run(
            env, "decide", "guarantor-inquiry", "--record", "--format", "json", stdin=json.dumps(FACTS)
        )
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["register_entry"]
    assert run(env, "register", "verify").returncode == 0

    database = tmp_path / "register.sqlite3"
    for stored in tmp_path.glob("register.sqlite3*"):  # the database and its WAL journal
        assert NATIONAL_NUMBER.encode() not in stored.read_bytes()
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE entries SET kind = 'answer_received' WHERE seq = 2")
    broken = run(env, "register", "verify")
    assert broken.returncode == 1
    assert "2" in broken.stdout + broken.stderr
    assert NATIONAL_NUMBER not in broken.stdout + broken.stderr


def test_seal_export_and_checkpoint_from_the_command_line(env: dict[str, str], tmp_path: Path) -> None:
    result = run(env, "decide", "guarantor-inquiry", "--record", stdin=json.dumps(FACTS))
    assert result.returncode == 0, result.stderr
    exported = run(env, "register", "seal", "--export")
    assert exported.returncode == 0, exported.stderr
    checkpoint = tmp_path / "checkpoint.json"
    checkpoint.write_text(exported.stdout)
    assert json.loads(exported.stdout)["count"] == 2  # the case opened, the decision
    assert run(env, "register", "verify", "--checkpoint", str(checkpoint)).returncode == 0

    (tmp_path / "secretpro.seal").unlink()  # beside the key file
    lost = run(env, "register", "verify")
    assert lost.returncode == 1
    assert "sceau" in lost.stderr and "Traceback" not in lost.stderr
    assert run(env, "register", "seal", "--force").returncode == 0
    assert run(env, "register", "verify").returncode == 0
