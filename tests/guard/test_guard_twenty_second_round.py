"""Classes of the twenty-second round, each on invented text, with the ordinary wording beside them
that must stay clear. All people, numbers and places of residence are invented or public towns."""

from __future__ import annotations

import pytest
from guard_helpers import categories, spans
from hypothesis import given, settings
from hypothesis import strategies as st
from layouts import ibans

from secretpro.guard import scan

# --- the groups of an account number are no postcode -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "IBAN BE68 5390 0754 4021 BE71 0961 2345 6769 merci",
        "Comptes : BE68 5390 0754 4021 et BE71 0961 2345 6769.",
        "Kaartnummer 6703 1234 5678 4021 Maestro",
    ],
)
def test_a_group_of_an_account_number_is_no_postcode(text: str) -> None:
    assert "ADDRESS" not in categories(text)


def test_a_postcode_after_other_numbers_is_still_one() -> None:
    assert "4021 Esneux" in spans("Rue Haute 12, 4021 Esneux", "ADDRESS")[0]
    assert spans("GSM 0475 12 34 56, 4021 Esneux", "ADDRESS") == ["4021 Esneux"]


@settings(max_examples=300, deadline=None)
@given(first=ibans(), second=ibans(), gap=st.sampled_from([" ", "  ", "\t", " et ", ", ", " en "]))
def test_two_account_numbers_in_a_row(
    first: tuple[str, int, int, str, None], second: tuple[str, int, int, str, None], gap: str
) -> None:
    one, two = first[0][first[1] : first[2]], second[0][second[1] : second[2]]
    text = f"Rekeningen: {one}{gap}{two} (beide op naam van Mevr. Lena Claes)."
    findings = scan(text).findings
    assert not [f for f in findings if f.category == "ADDRESS"], text
    found = [text[f.start : f.end] for f in findings if f.category == "IBAN"]
    assert any(one.strip() in value or value in one for value in found), (text, found)
    assert any(two.strip() in value or value in two for value in found), (text, found)
