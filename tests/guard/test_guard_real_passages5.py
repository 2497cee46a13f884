"""The fifth set of real public passages (``real_passages5.jsonl``): built from its markup, well
formed, from documents no earlier set uses (real_passages4 included). Nothing here runs the guard:
the set was gathered to give an unseen estimate of its recall, and its gatherer did not score it."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from build_real_passages import SETS, sources

REAL_DEV = Path(__file__).resolve().parents[2].parent / "shared" / "cases" / "guard" / "real-dev.jsonl"
FORBIDDEN_CATEGORIES = {"ADDRESS", "HEALTH", "ADMIN_STATUS", "PHONE", "EMAIL", "IBAN", "BIRTH_DATE"}
CATEGORIES = FORBIDDEN_CATEGORIES | {"NATIONAL_NUMBER", "PERSON_NAME", "NATIONALITY", "CPAS"}
LANGUAGES = {"fr": 22, "nl": 23}
CLEAN = 12  # passages with no forbidden span (false-alarm measure)

THIS = SETS["real_passages5"]


def _records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in THIS.target.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_jsonl_matches_its_source() -> None:
    assert THIS.target.read_text(encoding="utf-8") == THIS.render(), (
        "run tests/guard/build_real_passages.py real_passages5"
    )


def test_counts_by_language() -> None:
    records = _records()
    assert Counter(r["lang"] for r in records) == LANGUAGES
    clean = [r for r in records if not any(s["category"] in FORBIDDEN_CATEGORIES for s in r["spans"])]
    assert len(clean) == CLEAN


def test_passages_are_well_formed() -> None:
    records = _records()
    assert len({r["id"] for r in records}) == len({r["source"] for r in records}) == len(records)
    for r in records:
        assert r["id"].startswith(r["lang"] + "-") and r["retrieved"] == THIS.retrieved, r["id"]
        assert r["source"].startswith(("http://", "https://")), r["id"]
        assert r["date"] == "n.d." or r["date"][:2] in {"19", "20"}, r["id"]
        assert 300 <= len(r["text"]) <= 1500, (r["id"], len(r["text"]))
        assert "{" not in r["text"] and "|" not in r["text"], r["id"]
        previous_end = 0
        for span in r["spans"]:
            value = r["text"][span["start"] : span["end"]]
            assert span["category"] in CATEGORIES, (r["id"], span)
            assert value and value == value.strip() and value == span["text"], (r["id"], value)
            assert span["start"] >= previous_end, (r["id"], value)
            previous_end = span["end"]
        for name in r.get("inserted", []):
            assert name and name.split()[-1].rstrip(",.") in r["text"], (r["id"], name)


def _address(url: str) -> str:
    """An address without scheme, ``www.`` and trailing slash, compared case-insensitively."""
    return re.sub(r"^https?://(www\.)?", "", url).rstrip("/").lower()


def test_sources_differ_from_every_earlier_set() -> None:
    earlier = sources(SETS["real_passages"].source) | sources(SETS["real_passages2"].source)
    earlier |= sources(SETS["real_passages3"].source) | sources(SETS["real_passages4"].source)
    if REAL_DEV.is_file():
        lines = REAL_DEV.read_text(encoding="utf-8").splitlines()
        earlier |= {json.loads(line)["source"] for line in lines if line.strip()}
    assert len(earlier) > 150
    mine = {_address(url) for url in sources(THIS.source)}
    assert len(mine) == len(sources(THIS.source))
    assert not mine & {_address(url) for url in earlier}
