"""The one national/BIS number check: python-stdnum's national-number rules below month 20, its BIS
rules from month 20 up, whatever layout the digits are written in."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.be import bis, nn

from secretpro import national_number


@st.composite
def numbers(draw: st.DrawFn) -> str:
    """Eleven digits, most with correct check digits (either century), months of every kind."""
    first_nine = int(
        f"{draw(st.integers(0, 99)):02d}"
        f"{draw(st.one_of(st.integers(0, 12), st.integers(20, 32), st.integers(40, 52), st.integers(0, 99))):02d}"
        f"{draw(st.integers(0, 35)):02d}{draw(st.integers(0, 999)):03d}"
    )
    check = draw(
        st.sampled_from(
            [97 - first_nine % 97, 97 - (2_000_000_000 + first_nine) % 97, draw(st.integers(0, 99))]
        )
    )
    return f"{first_nine:09d}{check % 100:02d}"


@given(numbers())
def test_is_valid_is_stdnum_by_kind(digits: str) -> None:
    expected = bis.is_valid(digits) if int(digits[2:4]) >= 20 else nn.is_valid(digits)
    assert national_number.is_valid(digits) is bool(expected)


@pytest.mark.parametrize(
    "written", ["85.07.30-033.28", "85073003328", "850730 033 28", "850730/033-28", "85 07 30 033 28"]
)
def test_every_layout_reads_to_the_same_digits(written: str) -> None:
    assert national_number.valid_digits(written) == "85073003328"
    assert national_number.compact(written) == "85073003328"


@pytest.mark.parametrize("text", ["85073003329", "8507300332", "850730033280", "８５０７３００３３２８", ""])
def test_wrong_check_digits_length_or_digits_are_refused(text: str) -> None:
    assert national_number.valid_digits(text) is None


def test_is_valid_is_stdnum_on_many_generated_numbers() -> None:
    """``is_valid`` writes stdnum's rules out (stdnum is too slow for the guard's many digit runs):
    every month 00-99, days 00-39, years either side of today's, with the check digits of either
    century and wrong ones, all held to stdnum's answers."""
    rng = random.Random(20261205)
    checked = 0
    for month in range(100):
        for _ in range(60):
            first_nine = int(
                f"{rng.randrange(100):02d}{month:02d}{rng.randrange(40):02d}{rng.randrange(1000):03d}"
            )
            for check in (97 - first_nine % 97, 97 - (2_000_000_000 + first_nine) % 97, rng.randrange(100)):
                digits = f"{first_nine:09d}{check % 100:02d}"
                expected = bis.is_valid(digits) if month >= 20 else nn.is_valid(digits)
                assert national_number.is_valid(digits) is bool(expected), digits
                checked += 1
    for digits in ("00000000000", "00000000097", "00000100000", "00200100000", "00400100000"):
        expected = bis.is_valid(digits) if int(digits[2:4]) >= 20 else nn.is_valid(digits)
        assert national_number.is_valid(digits) is bool(expected), digits
    assert checked == 18_000
