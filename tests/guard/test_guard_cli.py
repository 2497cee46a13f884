"""`python -m secretpro.guard`: exit codes, formats, bad input (run as a subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from secretpro.guard.cli import MAX_INPUT_BYTES


def run(args: list[str], data: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "secretpro.guard", *args],
        input=data,
        capture_output=True,
        timeout=60,
        check=False,
    )


def test_pass_exit_0_json() -> None:
    done = run(["-", "--format", "json"], "Bonjour, le CPAS de Forest vous répond.".encode())
    assert done.returncode == 0
    report = json.loads(done.stdout)
    assert report["verdict"] == "pass" and report["profile"] == "strict"


def test_block_exit_1_from_file(tmp_path: Path) -> None:
    message = tmp_path / "message.txt"
    message.write_text("Mme Dupont habite rue Haute 12, 1000 Bruxelles.", encoding="utf-8")
    done = run([str(message), "--profile", "guarantor_inquiry", "--format", "json"])
    assert done.returncode == 1
    report = json.loads(done.stdout)
    assert report["verdict"] == "block"
    assert any(f["category"] == "ADDRESS" and not f["allowed"] for f in report["findings"])


def test_text_format_marks_blocked_parts() -> None:
    done = run(["--format", "text"], "Elle est diabétique.".encode())
    assert done.returncode == 1
    out = done.stdout.decode()
    assert "⟦diabétique⟧[HEALTH]" in out
    assert "[DONNÉE MÉDICALE]" in out


def test_text_format_marks_a_finding_that_goes_on_past_the_one_before() -> None:
    # (fortieth round) the centre's address goes on past the status it overlaps: "de Vottem" was left
    # unmarked
    done = run(["--format", "text"], "M. Dubois est enfermé au centre fermé de Vottem depuis lundi.".encode())
    out = done.stdout.decode()
    assert "⟦ de Vottem⟧[ADDRESS]" in out, out


def test_not_utf8_exit_2() -> None:
    done = run(["-"], b"caf\xe9 au lait")
    assert done.returncode == 2
    assert b"UTF-8" in done.stderr and b"Traceback" not in done.stderr


def test_empty_exit_2() -> None:
    done = run(["-"], b"  \n")
    assert done.returncode == 2
    assert b"empty" in done.stderr


def test_too_large_exit_2() -> None:
    done = run(["-"], b"a" * (MAX_INPUT_BYTES + 1))
    assert done.returncode == 2
    assert b"too large" in done.stderr


def test_missing_file_exit_2(tmp_path: Path) -> None:
    done = run([str(tmp_path / "absent.txt")])
    assert done.returncode == 2
    assert b"not found" in done.stderr and b"Traceback" not in done.stderr


def test_bad_input_message_never_echoes_the_text() -> None:
    done = run(["-"], "Mme Dupont est séropositive".encode("latin-1"))
    assert done.returncode == 2
    assert b"Dupont" not in done.stderr
