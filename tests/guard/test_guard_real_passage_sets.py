"""The fourth to fourteenth sets of real public passages (``real_passages4.jsonl``,
``real_passages5.jsonl``, ``real_passages6.jsonl``, ``real_passages7.jsonl``,
``real_passages8.jsonl``, ``real_passages9.jsonl``, ``real_passages10.jsonl``,
``real_passages11.jsonl``, ``real_passages12.jsonl``, ``real_passages13.jsonl``,
``real_passages14.jsonl``): each built from its markup, well formed, from
documents no earlier set uses. Nothing here runs the guard: each set was gathered to give an unseen estimate of its recall,
and its gatherer did not score it (first scores and floors: README.md, ``test_guard_unseen_sets.py``)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from build_real_passages import SETS, PassageSet, sources
from guard_helpers import check_passage

from secretpro.guard import FORBIDDEN

REAL_DEV = Path(__file__).resolve().parents[2].parent / "shared" / "cases" / "guard" / "real-dev.jsonl"
# passages per language, and those with no forbidden span (the false-alarm measure)
COUNTS = {
    "real_passages4": ({"fr": 22, "nl": 21}, 13),
    "real_passages5": ({"fr": 22, "nl": 23}, 12),
    "real_passages6": ({"fr": 31, "nl": 31}, 15),
    "real_passages7": ({"fr": 31, "nl": 31}, 14),
    "real_passages8": ({"fr": 31, "nl": 31}, 16),
    "real_passages9": ({"fr": 25, "nl": 25}, 14),
    "real_passages10": ({"fr": 20, "nl": 20}, 12),
    "real_passages11": ({"fr": 24, "nl": 21}, 15),
    "real_passages12": ({"fr": 26, "nl": 26}, 17),
    "real_passages13": ({"fr": 28, "nl": 28}, 16),
    "real_passages14": ({"fr": 28, "nl": 28}, 16),
}
# records whose private persons' names were replaced by invented ones (the ``@inserted`` line)
INSERTED_RECORDS = {
    "real_passages4": 12,
    "real_passages5": 25,
    "real_passages6": 26,
    "real_passages7": 27,
    "real_passages8": 16,
    "real_passages9": 26,
    "real_passages10": 13,
    "real_passages11": 10,
    "real_passages12": 19,
    "real_passages13": 29,
    "real_passages14": 29,
}


def _records(chosen: PassageSet) -> list[dict[str, Any]]:
    lines = chosen.target.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("name", sorted(COUNTS))
def test_jsonl_matches_its_source(name: str) -> None:
    chosen = SETS[name]
    assert chosen.target.read_text(encoding="utf-8") == chosen.render(), (
        f"run tests/guard/build_real_passages.py {name}"
    )


@pytest.mark.parametrize("name", sorted(COUNTS))
def test_counts_by_language(name: str) -> None:
    languages, clean_count = COUNTS[name]
    records = _records(SETS[name])
    assert Counter(r["lang"] for r in records) == languages
    clean = [r for r in records if not any(s["category"] in FORBIDDEN for s in r["spans"])]
    assert len(clean) == clean_count


@pytest.mark.parametrize("name", sorted(COUNTS))
def test_passages_are_well_formed(name: str) -> None:
    chosen = SETS[name]
    records = _records(chosen)
    assert len({r["id"] for r in records}) == len({r["source"] for r in records}) == len(records)
    for r in records:
        check_passage(r, chosen.retrieved)
        assert r["source"].startswith(("http://", "https://")), r["id"]
        assert r["date"] == "n.d." or r["date"][:2] in {"19", "20"}, r["id"]
        for inserted in r.get("inserted", []):
            assert inserted and inserted.split()[-1].rstrip(",.") in r["text"], (r["id"], inserted)


@pytest.mark.parametrize("name", sorted(COUNTS))
def test_private_names_are_invented(name: str) -> None:
    """Names of private persons were replaced by invented ones, each listed and present in its text."""
    records = _records(SETS[name])
    assert sum(1 for r in records if r.get("inserted")) == INSERTED_RECORDS[name]
    for r in records:
        spans = {s["text"] for s in r["spans"] if s["category"] == "PERSON_NAME"}
        for inserted in r.get("inserted", []):
            assert any(inserted.split()[-1].rstrip(",.") in span for span in spans), (r["id"], inserted)


def _address(url: str) -> str:
    """An address without scheme, ``www.`` and trailing slash, compared case-insensitively."""
    return re.sub(r"^https?://(www\.)?", "", url).rstrip("/").lower()


@pytest.mark.parametrize("name", sorted(COUNTS))
def test_sources_differ_from_every_earlier_set(name: str) -> None:
    names = list(SETS)
    earlier: set[str] = set()
    for other in names[: names.index(name)]:
        earlier |= sources(SETS[other].source)
    if REAL_DEV.is_file():
        lines = REAL_DEV.read_text(encoding="utf-8").splitlines()
        earlier |= {json.loads(line)["source"] for line in lines if line.strip()}
    assert len(earlier) > 100
    mine = {_address(url) for url in sources(SETS[name].source)}
    assert len(mine) == len(sources(SETS[name].source))
    assert not mine & {_address(url) for url in earlier}
