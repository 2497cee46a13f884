"""The guard on the repository's own probe corpus (invented texts, none from the development set),
scored like shared/tools/score_guard.py: a gold span is found when a finding of the same category
overlaps it; a finding is right when it overlaps a gold span of its category."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from build_probe_corpus import TARGET, render

from secretpro.guard import find_all
from secretpro.guard.model import FORBIDDEN


def _records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in TARGET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_probe_jsonl_matches_its_source() -> None:
    assert TARGET.read_text(encoding="utf-8") == render(), "run tests/guard/build_probe_corpus.py"


def test_probe_corpus_is_large_and_mixed() -> None:
    records = _records()
    assert len(records) >= 60
    assert {r["lang"] for r in records} >= {"fr", "nl", "mixed"}
    for r in records:
        for span in r["spans"]:
            value = r["text"][span["start"] : span["end"]]
            assert value and value == value.strip(), (r["id"], value)


def test_probe_forbidden_recall_and_precision() -> None:
    gold_total = gold_found = pred_total = pred_right = 0
    clean_blocked: list[str] = []
    for r in _records():
        text = r["text"]
        gold = [s for s in r["spans"] if s["category"] in FORBIDDEN]
        found = [f for f in find_all(text) if f.category in FORBIDDEN]
        for g in gold:
            gold_total += 1
            gold_found += any(
                f.category == g["category"] and f.start < g["end"] and g["start"] < f.end for f in found
            )
        for f in found:
            pred_total += 1
            pred_right += any(
                f.category == g["category"] and f.start < g["end"] and g["start"] < f.end for g in gold
            )
        if not gold and found:
            clean_blocked.append(r["id"])
    recall, precision = gold_found / gold_total, pred_right / pred_total
    assert recall >= 0.97, recall
    assert precision >= 0.90, precision
    assert not clean_blocked


def test_probe_file_location() -> None:
    assert Path(TARGET).parent == Path(__file__).parent
