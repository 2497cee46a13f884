"""The second set of real public passages (``real_passages2.jsonl``): the JSONL is built from its
markup, the records are well formed, and every passage comes from a document that neither the first
set (``real_passages.src.txt``) nor the shared real texts (``real-dev.jsonl``) use.

No score floor here: the set was gathered and labelled without looking at the guard, so that it
keeps measuring the guard on text nobody tuned it to.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

import build_real_passages
import pytest
from build_real_passages import SETS, sources
from guard_helpers import check_passage

REAL_DEV = Path(__file__).resolve().parents[2].parent / "shared" / "cases" / "guard" / "real-dev.jsonl"

THIS = SETS["real_passages2"]


def _records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in THIS.target.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_jsonl_matches_its_source() -> None:
    assert THIS.target.read_text(encoding="utf-8") == THIS.render(), (
        "run tests/guard/build_real_passages.py real_passages2"
    )


def test_building_the_second_set_leaves_the_first_one_alone() -> None:
    THIS.render()
    assert SETS["real_passages"].target.read_text(encoding="utf-8") == build_real_passages.render()


def test_passages_are_well_formed() -> None:
    records = _records()
    assert Counter(r["lang"] for r in records) == {"fr": 20, "nl": 20}
    assert len({r["id"] for r in records}) == len(records)
    assert len({r["source"] for r in records}) == len(records), "one passage per document"
    for r in records:
        check_passage(r, THIS.retrieved)
        assert r["source"].startswith(("http://", "https://")) and r["date"], r["id"]


def test_some_passages_have_nothing_forbidden_to_measure_false_alarms() -> None:
    forbidden = {"ADDRESS", "HEALTH", "ADMIN_STATUS", "PHONE", "EMAIL", "IBAN", "BIRTH_DATE"}
    clean = [r for r in _records() if not any(s["category"] in forbidden for s in r["spans"])]
    assert 10 <= len(clean) <= 15, [r["id"] for r in clean]


def test_sources_differ_from_the_first_set() -> None:
    assert not sources(THIS.source) & sources(SETS["real_passages"].source)


def test_sources_differ_from_the_shared_real_texts() -> None:
    if not REAL_DEV.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"{REAL_DEV} is missing although CI is set", pytrace=False)
        pytest.skip(f"{REAL_DEV} not present (the shared cases live beside the repository)")
    lines = REAL_DEV.read_text(encoding="utf-8").splitlines()
    shared = {json.loads(line)["source"] for line in lines if line.strip()}
    assert not sources(THIS.source) & shared
