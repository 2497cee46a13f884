"""The third set of real public passages (``real_passages3.jsonl``): built from its markup, well
formed, from documents no earlier set uses, and a floor on the guard's score (the first score,
before any change made for it: a regression guard, not a target)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from build_real_passages import SETS, half, sources
from guard_helpers import check_passage

from secretpro.guard import FORBIDDEN, scan

REAL_DEV = Path(__file__).resolve().parents[2].parent / "shared" / "cases" / "guard" / "real-dev.jsonl"

THIS = SETS["real_passages3"]


def _records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in THIS.target.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_jsonl_matches_its_source() -> None:
    assert THIS.target.read_text(encoding="utf-8") == THIS.render(), (
        "run tests/guard/build_real_passages.py real_passages3"
    )


def test_passages_are_well_formed() -> None:
    records = _records()
    assert Counter(r["lang"] for r in records) == {"fr": 7, "nl": 8}
    assert len({r["id"] for r in records}) == len({r["source"] for r in records}) == len(records)
    for r in records:
        check_passage(r, THIS.retrieved)


def test_sources_differ_from_every_earlier_set() -> None:
    mine = sources(THIS.source)
    assert not mine & sources(SETS["real_passages"].source)
    assert not mine & sources(SETS["real_passages2"].source)
    if REAL_DEV.is_file():
        lines = REAL_DEV.read_text(encoding="utf-8").splitlines()
        assert not mine & {json.loads(line)["source"] for line in lines if line.strip()}


def _score(records: list[dict[str, Any]]) -> tuple[float, float, int]:
    gold = found = predicted = right = blocked = 0
    for r in records:
        spans = [s for s in r["spans"] if s["category"] in FORBIDDEN]
        findings = [f for f in scan(r["text"]).findings if f.category in FORBIDDEN]
        for s in spans:
            gold += 1
            found += any(
                f.category == s["category"] and f.start < s["end"] and s["start"] < f.end for f in findings
            )
        for f in findings:
            predicted += 1
            right += any(
                f.category == s["category"] and f.start < s["end"] and s["start"] < f.end for s in spans
            )
        blocked += not spans and bool(findings)
    return found / gold, right / predicted, blocked


def test_score_floor() -> None:
    # first score before any change for this set (README): all 15 recall 0.696, precision 0.450,
    # 1 of 6 clean passages blocked
    # raised 2026-12-04 afternoon (fourth round, tuned on half 0 only): recall 0.826, precision 0.477
    recall, precision, blocked = _score(_records())
    # precision floor 0.47 -> 0.46 on 2026-12-06 (twenty-third round): the health-clause step joins
    # the findings of one sentence into one span, so two right findings become one
    # precision floor 0.46 -> 0.42 on 2026-12-07 (forty-sixth round): health clauses side by side
    # joined, five right findings of one sentence became one (0.425)
    assert recall >= 0.82 and precision >= 0.42 and blocked <= 1, (recall, precision, blocked)
    held_out = [r for r in _records() if half(r["id"])]
    assert len(held_out) == 8
    # the held-out half, never read: 0.714 / 0.647 at its first score and still after the fourth round
    recall, precision, blocked = _score(held_out)
    # precision floor 0.64 -> 0.62, as above (0.625 at 2026-12-06)
    assert recall >= 0.71 and precision >= 0.62 and blocked == 0, (recall, precision, blocked)
