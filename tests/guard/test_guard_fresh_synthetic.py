"""The fresh synthetic set (``fresh_synthetic.src.txt``): 60 invented messages written without
knowledge of the guard's code or lexicons. These tests check the data only (the JSONL matches its
source, the mix, the span conventions, valid check digits); the guard's score floor on this set is
left to be added after scoring."""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

from build_fresh_synthetic import TARGET, render
from stdnum import iban
from stdnum.be import bis, nn

FORBIDDEN = {"ADDRESS", "HEALTH", "ADMIN_STATUS", "PHONE", "EMAIL", "IBAN", "BIRTH_DATE"}


def _records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in TARGET.read_text(encoding="utf-8").splitlines() if line.strip()]


def _values(category: str) -> list[tuple[str, str]]:
    return [
        (r["id"], r["text"][s["start"] : s["end"]])
        for r in _records()
        for s in r["spans"]
        if s["category"] == category
    ]


def test_fresh_jsonl_matches_its_source() -> None:
    assert TARGET.read_text(encoding="utf-8") == render(), "run tests/guard/build_fresh_synthetic.py"


def test_fresh_mix() -> None:
    records = _records()
    assert len(records) == 60
    assert len({r["id"] for r in records}) == 60
    assert Counter(r["lang"] for r in records) == {"fr": 35, "nl": 20, "mixed": 5}
    clean = [r for r in records if not any(s["category"] in FORBIDDEN for s in r["spans"])]
    assert len(clean) == 12


def test_fresh_spans_are_trimmed_and_disjoint() -> None:
    for r in _records():
        end = 0
        for span in r["spans"]:
            value = r["text"][span["start"] : span["end"]]
            assert value and value == value.strip(), (r["id"], value)
            assert span["start"] >= end, (r["id"], value)
            end = span["end"]


def test_fresh_national_numbers_have_valid_check_digits() -> None:
    values = _values("NATIONAL_NUMBER")
    assert values
    for ident, value in values:
        digits = re.sub(r"\D", "", value)
        assert len(digits) == 11, (ident, value)
        assert nn.is_valid(digits) or bis.is_valid(digits), (ident, value)


def test_fresh_ibans_have_valid_check_digits() -> None:
    values = _values("IBAN")
    assert values
    for ident, value in values:
        assert iban.is_valid(value.upper()), (ident, value)
