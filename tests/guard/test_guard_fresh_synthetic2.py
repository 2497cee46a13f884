"""The second fresh synthetic set (``fresh_synthetic2.src.txt``): 60 invented messages written blind
(no look at the guard's code, lexicons or earlier sets' texts; the guard never run on them). These
tests check the data only: the JSONL matches its source, the mix, well-formed spans, and check digits
of the national and BIS numbers and IBANs meant to be valid. No scan, no score floor."""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

from build_fresh_synthetic2 import SOURCE, TARGET, render
from build_probe_corpus import CODES
from stdnum import iban
from stdnum.be import bis, nn

FORBIDDEN = {"ADDRESS", "HEALTH", "ADMIN_STATUS", "PHONE", "EMAIL", "IBAN", "BIRTH_DATE"}
# National numbers written with a wrong check digit on purpose (labelled all the same).
INVALID_ON_PURPOSE = {"59022228799", "91021438851"}


def _records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in TARGET.read_text(encoding="utf-8").splitlines() if line.strip()]


def _values(category: str) -> list[tuple[str, str]]:
    return [
        (r["id"], r["text"][s["start"] : s["end"]])
        for r in _records()
        for s in r["spans"]
        if s["category"] == category
    ]


def test_fresh2_jsonl_matches_its_source() -> None:
    assert TARGET.read_text(encoding="utf-8") == render(), "run tests/guard/build_fresh_synthetic2.py"


def test_fresh2_mix() -> None:
    records = _records()
    assert len(records) == 60
    assert len({r["id"] for r in records}) == 60
    assert Counter(r["lang"] for r in records) == {"fr": 32, "nl": 22, "mixed": 6}
    clean = [r for r in records if not any(s["category"] in FORBIDDEN for s in r["spans"])]
    assert len(clean) == 12
    assert Counter(r["lang"] for r in clean) == {"fr": 7, "nl": 4, "mixed": 1}


def test_fresh2_no_markup_left() -> None:
    for r in _records():
        assert not re.search(r"[{}]", r["text"]), r["id"]
    body = [line for line in SOURCE.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    used_codes = set(re.findall(r"\{([A-Z]+)\|", "\n".join(body)))
    assert used_codes <= set(CODES)


def test_fresh2_spans_are_within_text_trimmed_and_disjoint() -> None:
    categories = set(CODES.values())
    for r in _records():
        end = 0
        assert r["lang"] in {"fr", "nl", "mixed"}, r["id"]
        for span in r["spans"]:
            assert 0 <= span["start"] < span["end"] <= len(r["text"]), (r["id"], span)
            assert span["category"] in categories, (r["id"], span)
            value = r["text"][span["start"] : span["end"]]
            assert value and value == value.strip(), (r["id"], value)
            assert span["start"] >= end, (r["id"], value)
            end = span["end"]


def test_fresh2_national_numbers_have_eleven_digits_and_valid_check_digits() -> None:
    values = _values("NATIONAL_NUMBER")
    assert len(values) >= 20
    kinds: Counter[str] = Counter()
    for ident, value in values:
        digits = re.sub(r"\D", "", value)
        assert len(digits) == 11, (ident, value)
        if digits in INVALID_ON_PURPOSE:
            assert not nn.is_valid(digits) and not bis.is_valid(digits), (ident, value)
            kinds["invalid"] += 1
        elif nn.is_valid(digits):
            kinds["nn"] += 1
        else:
            assert bis.is_valid(digits), (ident, value)
            kinds["bis"] += 1
    assert kinds["bis"] >= 3 and kinds["invalid"] == len(INVALID_ON_PURPOSE)


def test_fresh2_ibans_have_valid_check_digits() -> None:
    values = _values("IBAN")
    assert values
    for ident, value in values:
        assert iban.is_valid(value.upper()), (ident, value)
