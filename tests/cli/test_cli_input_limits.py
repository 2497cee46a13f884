"""``secretpro decide --facts``: crafted JSON gets one line naming the problem and exit 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "secretpro.cli", *args],
        input=stdin,
        capture_output=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        (b'{"a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "--facts: JSON nested too deeply"),
        (b"[" * 60_000, "--facts: JSON nested too deeply"),
        (b'{"aid_type": ' + b"9" * 5000 + b"}", "--facts: number too long"),
        (b'{"aid_type": NaN}', "--facts: number out of range"),
        (b'{"nationality": "M\\u0000A"}', "--facts.nationality: contains an invisible character"),
    ],
    ids=["deep", "unterminated", "5000-digits", "nan", "nul"],
)
def test_one_line_and_exit_2(tmp_path: Path, facts: bytes, expected: str) -> None:
    path = tmp_path / "facts.json"
    path.write_bytes(facts[: 64 * 1024])
    for source, stdin in (("-", facts[: 64 * 1024]), (str(path), b"")):
        result = run("decide", "guarantor-inquiry", "--facts", source, "--lang", "en", stdin=stdin)
        assert result.returncode == 2
        lines = result.stderr.decode().splitlines()
        assert len(lines) == 1, lines
        assert lines[0].startswith("secretpro: error: " + expected)
        assert "Traceback" not in result.stderr.decode()
        assert result.stdout == b""
