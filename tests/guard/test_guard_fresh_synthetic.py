"""The fresh synthetic sets (``fresh_synthetic.src.txt``, ``fresh_synthetic2.src.txt``,
``fresh_synthetic3.src.txt``, ``fresh_synthetic4.src.txt``, ``fresh_synthetic5.src.txt``): invented
messages written without knowledge of the guard's code or lexicons (the later ones also blind to its
tests and the earlier sets, never scored by their writers). These tests check the data only: the JSONL
matches its source, the mix, no markup left, well-formed spans, and the check digits of the national
and BIS numbers and IBANs meant to be valid. The guard's floors on them are in
``test_guard_unseen_sets.py``."""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

import pytest
from build_fresh_synthetic import SETS
from build_probe_corpus import CODES
from stdnum import iban
from stdnum.be import bis, nn

FORBIDDEN = {"ADDRESS", "HEALTH", "ADMIN_STATUS", "PHONE", "EMAIL", "IBAN", "BIRTH_DATE"}
# Each set's languages, its clean texts' languages (None: not counted), and the national numbers
# written with a wrong check digit on purpose (labelled all the same).
MIX = {
    "fresh_synthetic": ({"fr": 35, "nl": 20, "mixed": 5}, 12, None, set()),
    "fresh_synthetic2": (
        {"fr": 32, "nl": 22, "mixed": 6},
        12,
        {"fr": 7, "nl": 4, "mixed": 1},
        {"59022228799", "91021438851"},
    ),
    "fresh_synthetic3": ({"fr": 31, "nl": 21, "mixed": 8}, 12, {"fr": 6, "nl": 4, "mixed": 2}, set()),
    "fresh_synthetic4": ({"fr": 30, "nl": 20, "mixed": 10}, 12, {"fr": 6, "nl": 4, "mixed": 2}, set()),
    "fresh_synthetic5": ({"fr": 30, "nl": 20, "mixed": 10}, 12, {"fr": 6, "nl": 4, "mixed": 2}, set()),
    "fresh_synthetic6": ({"fr": 30, "nl": 20, "mixed": 10}, 12, {"fr": 6, "nl": 4, "mixed": 2}, set()),
    "fresh_synthetic7": ({"fr": 30, "nl": 20, "mixed": 10}, 12, {"fr": 6, "nl": 4, "mixed": 2}, set()),
    "fresh_synthetic8": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"67021984933", "38111753240"},
    ),
    "fresh_synthetic9": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"53020774479", "77120844846"},
    ),
    "fresh_synthetic10": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"87090237006", "79051489985"},
    ),
    "fresh_synthetic11": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"88051426609", "82103127910"},
    ),
    "fresh_synthetic12": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"90021717645", "55013119024"},
    ),
    "fresh_synthetic13": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"57032763546", "77020903196"},
    ),
    "fresh_synthetic14": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"69122709947", "80041706386"},
    ),
    "fresh_synthetic15": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"48111739086", "47030820871"},
    ),
    "fresh_synthetic16": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"66092395854", "83040683688"},
    ),
    "fresh_synthetic17": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"47031608758", "44112107190"},
    ),
    "fresh_synthetic18": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"65032245757", "61071542236"},
    ),
    "fresh_synthetic19": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"83091274432", "91041661496"},
    ),
    "fresh_synthetic20": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"63082512075", "91121533487"},
    ),
    "fresh_synthetic21": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"00041821385", "71042213745"},
    ),
    "fresh_synthetic22": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"90071930502", "49021417754"},
    ),
    "fresh_synthetic23": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"64031822321", "55122914335"},
    ),
    "fresh_synthetic24": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"72031918779", "11110521274"},
    ),
    "fresh_synthetic25": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"70042826370", "96041528854"},
    ),
    "fresh_synthetic26": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"81051223371", "64081912140"},
    ),
    "fresh_synthetic27": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"67080225158", "90032816803"},
    ),
    "fresh_synthetic28": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"68100715476", "97022108647"},
    ),
    "fresh_synthetic29": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"72120508969", "84122431204"},
    ),
    "fresh_synthetic30": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"63062515986", "72030316029"},
    ),
    "fresh_synthetic31": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"67091422315", "83050241704"},
    ),
    "fresh_synthetic32": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"57101237752", "95030821615"},
    ),
    "fresh_synthetic33": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"61120306168", "42062988259"},
    ),
    "fresh_synthetic34": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"84031726289", "53021408982"},
    ),
    "fresh_synthetic35": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"58122433669", "61030524947"},
    ),
    "fresh_synthetic36": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"58091647193", "71041120818"},
    ),
    "fresh_synthetic37": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"66042111848", "70091524256"},
    ),
    "fresh_synthetic38": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"61100315546", "68070720110"},
    ),
    "fresh_synthetic39": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"63093008441", "79040608726"},
    ),
    "fresh_synthetic40": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"66091722463", "71043011861"},
    ),
    "fresh_synthetic41": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"56072114337", "80021405645"},
    ),
    "fresh_synthetic42": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"58081409148", "83072524424"},
    ),
    "fresh_synthetic43": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"49113003367", "63042629078"},
    ),
    "fresh_synthetic44": (
        {"fr": 30, "nl": 20, "mixed": 10},
        12,
        {"fr": 6, "nl": 4, "mixed": 2},
        {"83052152271", "49081253719"},
    ),
}


def _records(name: str) -> list[dict[str, Any]]:
    lines = SETS[name].target.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _values(name: str, category: str) -> list[tuple[str, str]]:
    return [
        (r["id"], r["text"][s["start"] : s["end"]])
        for r in _records(name)
        for s in r["spans"]
        if s["category"] == category
    ]


@pytest.mark.parametrize("name", SETS)
def test_jsonl_matches_its_source(name: str) -> None:
    assert SETS[name].target.read_text(encoding="utf-8") == SETS[name].render(), (
        f"run tests/guard/build_fresh_synthetic.py {name}"
    )


@pytest.mark.parametrize("name", SETS)
def test_mix(name: str) -> None:
    languages, clean_count, clean_languages, _ = MIX[name]
    records = _records(name)
    assert len(records) == len({r["id"] for r in records}) == 60
    assert Counter(r["lang"] for r in records) == languages
    clean = [r for r in records if not any(s["category"] in FORBIDDEN for s in r["spans"])]
    assert len(clean) == clean_count
    if clean_languages is not None:
        assert Counter(r["lang"] for r in clean) == clean_languages


@pytest.mark.parametrize("name", SETS)
def test_no_markup_left(name: str) -> None:
    for r in _records(name):
        assert not re.search(r"[{}]", r["text"]), r["id"]
    body = [
        line
        for line in SETS[name].source.read_text(encoding="utf-8").splitlines()
        if not line.startswith("#")
    ]
    assert set(re.findall(r"\{([A-Z]+)\|", "\n".join(body))) <= set(CODES)


@pytest.mark.parametrize("name", SETS)
def test_spans_are_within_text_trimmed_and_disjoint(name: str) -> None:
    categories = set(CODES.values())
    for r in _records(name):
        end = 0
        assert r["lang"] in {"fr", "nl", "mixed"}, r["id"]
        for span in r["spans"]:
            assert 0 <= span["start"] < span["end"] <= len(r["text"]), (r["id"], span)
            assert span["category"] in categories, (r["id"], span)
            value = r["text"][span["start"] : span["end"]]
            assert value and value == value.strip(), (r["id"], value)
            assert span["start"] >= end, (r["id"], value)
            end = span["end"]


@pytest.mark.parametrize("name", SETS)
def test_national_numbers_have_eleven_digits_and_valid_check_digits(name: str) -> None:
    invalid_on_purpose = MIX[name][3]
    values = _values(name, "NATIONAL_NUMBER")
    assert values
    invalid = 0
    for ident, value in values:
        digits = re.sub(r"\D", "", value)
        assert len(digits) == 11, (ident, value)
        if digits in invalid_on_purpose:
            assert not nn.is_valid(digits) and not bis.is_valid(digits), (ident, value)
            invalid += 1
        else:
            assert nn.is_valid(digits) or bis.is_valid(digits), (ident, value)
    assert invalid == len(invalid_on_purpose)


@pytest.mark.parametrize("name", SETS)
def test_ibans_have_valid_check_digits(name: str) -> None:
    values = _values(name, "IBAN")
    assert values
    for ident, value in values:
        assert iban.is_valid(value.upper()), (ident, value)
