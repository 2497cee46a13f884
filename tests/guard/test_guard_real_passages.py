"""The guard on real public passages gathered for issue 10 (``real_passages.jsonl``), scored like
shared/tools/score_guard.py with the strict profile: a gold span is found when a finding of the same
category overlaps it; a finding is right when it overlaps a gold span of its category.

The floors sit slightly below the figures measured when they were last raised (see README.md here),
so a regression fails. The held-out half (``half(id) == 1``) is scored apart: it is never looked at
while tuning, so it keeps estimating the guard on text it has not seen.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from build_real_passages import TARGET, half, render
from guard_helpers import score_records


def _records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in TARGET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_jsonl_matches_its_source() -> None:
    assert TARGET.read_text(encoding="utf-8") == render(), "run tests/guard/build_real_passages.py"


def test_passages_are_many_sourced_and_well_formed() -> None:
    records = _records()
    assert len(records) >= 60
    assert {r["lang"] for r in records} == {"fr", "nl"}
    assert len({r["id"] for r in records}) == len(records)
    for r in records:
        assert r["source"].startswith(("http://", "https://")) and r["date"]
        for span in r["spans"]:
            value = r["text"][span["start"] : span["end"]]
            assert value and value == value.strip() and value == span["text"], (r["id"], value)
    assert 25 <= sum(half(r["id"]) for r in records) <= len(records) - 25


# (half, recall floor, precision floor, most clean texts blocked); None = all passages.
# (raised 2026-12-04 afternoon, fourth round: all 0.869 / 0.805, half 0 0.948 / 0.817, half 1
# 0.761 / 0.784; precision lowered 2026-12-05, tenth round: "Cette demande est déclarée recevable"
# after a line naming the 9ter request is now a decision, which this set's labels leave out while
# real_passages10's label the same wording: all 0.874 / 0.799, half 0 0.958 / 0.808)
FLOORS = [
    (None, 0.86, 0.79, 1),
    (0, 0.94, 0.80, 0),
    (1, 0.755, 0.775, 1),
]


@pytest.mark.parametrize(("which", "recall_floor", "precision_floor", "blocked_max"), FLOORS)
def test_forbidden_recall_and_precision_floors(
    which: int | None, recall_floor: float, precision_floor: float, blocked_max: int
) -> None:
    records = [r for r in _records() if which is None or half(r["id"]) == which]
    recall, precision, blocked, clean = score_records(records)
    assert recall >= recall_floor, (recall, precision, blocked, clean)
    assert precision >= precision_floor, (recall, precision, blocked, clean)
    assert blocked <= blocked_max, (recall, precision, blocked, clean)
