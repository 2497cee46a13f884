"""The shared acceptance cases (``../shared/cases``), run from pytest as ``.ci/run`` runs them: the
rules' cases through the real command, the guard's development set and real texts through the
scorer. Beside a checkout without ``../shared`` they are skipped; in CI (``CI`` set) a missing file
fails, so a CI run never claims cases it did not run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def shared_file(relative: str) -> Path:
    path = SHARED / relative
    if not path.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing although CI is set", pytrace=False)
        pytest.skip(f"{path} not present (the shared acceptance cases live beside the repository)")
    return path


def test_rules_acceptance_cases() -> None:
    tool, cases = shared_file("tools/check_rules.py"), shared_file("cases/rules.jsonl")
    command = [sys.executable, str(tool), str(cases), "--", str(Path(sys.executable).with_name("secretpro"))]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


@pytest.mark.parametrize("corpus", ["dev.jsonl"])
def test_guard_gate_on_the_development_set(corpus: str) -> None:
    scorer, cases = shared_file("tools/score_guard.py"), shared_file(f"cases/guard/{corpus}")
    gate = ROOT / "scripts" / "check_guard_recall.py"
    result = subprocess.run(
        [sys.executable, str(gate), str(cases), str(scorer)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def test_guard_on_the_real_texts(tmp_path: Path) -> None:
    """Issue 10's targets on ``real-dev.jsonl``: recall >= 0.95, precision >= 0.75, at most one of
    its clean passages blocked."""
    scorer, cases = shared_file("tools/score_guard.py"), shared_file("cases/guard/real-dev.jsonl")
    summary = tmp_path / "summary.json"
    adapter = ROOT / "scripts" / "guard_adapter.py"
    command = [
        sys.executable,
        str(scorer),
        str(cases),
        "--python-module",
        str(adapter),
        "--json-out",
        str(summary),
    ]
    subprocess.run(command, capture_output=True, text=True, timeout=600, check=True)
    scores = json.loads(summary.read_text(encoding="utf-8"))
    assert scores["forbidden"]["recall"] >= 0.95, scores["forbidden"]
    assert scores["forbidden"]["precision"] >= 0.75, scores["forbidden"]
    assert scores["texts"]["clean_blocked"] <= 1, scores["texts"]
