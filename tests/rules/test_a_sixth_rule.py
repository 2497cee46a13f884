"""A sixth rule is declared in one module: importing it registers it, and the command line, the
batch, the API, the web's home page, interview and decision, the documents offered, the labels and
the Sources page's citing steps all follow (``sixth_rule_walk.py``, in a fresh interpreter so that
the toy rule never reaches the other tests)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]


def test_a_sixth_rule_declared_in_one_module_reaches_everything() -> None:
    path = os.pathsep.join(
        [str(TESTS / "rules"), str(TESTS / "web"), str(TESTS), os.environ.get("PYTHONPATH", "")]
    )
    result = subprocess.run(
        [sys.executable, str(TESTS / "rules" / "sixth_rule_walk.py")],
        env={**os.environ, "PYTHONPATH": path},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "the sixth rule is everywhere" in result.stdout
