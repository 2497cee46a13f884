"""Two phone numbers listed one after the other, and someone's own number after "nr" (forty-sixth
round, the invented sets' tuning halves): "Tuteur : M. Benoît Hubaux, 0474 28 16 95. 02 640 11 92"
was one run of sixteen digits and neither number was found; "mijn nr is nu 0493 40 18 26" was read
as a reference ("nr"). A reference's number stays clear."""

from __future__ import annotations

import pytest
from guard_helpers import assert_covered, categories
from hypothesis import given, settings
from hypothesis import strategies as st
from layouts import phones

from hypothesis_budget import examples
from secretpro.guard import scan

_BREAKS = [". ", ", ", "; ", ".  ", ",\t", " . ", " ; "]
_HOLDERS = ["Tuteur : M. Benoît Hubaux, ", "Contact : ", "Dhr. Peeters – ", "Famille : "]


def _value(case: tuple[str, int, int, str, bool | None]) -> str:
    text, start, end, _, _ = case
    return text[start:end]


@settings(max_examples=examples(300), deadline=None)
@given(phones(), phones(), st.sampled_from(_BREAKS), st.sampled_from(_HOLDERS))
def test_two_listed_phones_are_both_found(
    first: tuple[str, int, int, str, bool | None],
    second: tuple[str, int, int, str, bool | None],
    gap: str,
    holder: str,
) -> None:
    one, two = _value(first), _value(second)
    text = f"{holder}{one}{gap}{two}"
    assert_covered(text, "PHONE", one)
    assert_covered(text, "PHONE", two, start=len(text) - len(two))


@settings(max_examples=examples(200), deadline=None)
@given(
    st.sampled_from(
        ["mijn nr is nu", "Mijn nieuwe nummer:", "zijn nr", "mon n° :", "his number is", "mon numero"]
    ),
    st.sampled_from(["0493 40 18 26", "0478/62.19.04", "02 640 11 92", "+32 486 12 34 56"]),
)
def test_someones_own_number_is_a_phone(cue: str, number: str) -> None:
    text = f"[02/12/2026 08:52] Karim: ja. {cue} {number}"
    assert_covered(text, "PHONE", number)


@pytest.mark.parametrize(
    "text",
    [
        "Dossier nr 0478/2026-12, à rappeler.",
        "Onze referentie: nr 2025/0486/12.",
        "Montant : 1.250,50. Solde : 2.100,25.",
    ],
)
def test_a_references_number_stays_clear(text: str) -> None:
    assert "PHONE" not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dhr. Peeters – +32 2 543 08 40. 03/307-37-97",
        "Tuteur : M. Benoît Hubaux, 02 200 04 03. 02 200 04 00",
        "Contact : 050/40/19/06.  02.232.32.42",
    ],
)
def test_eleven_digits_across_two_listed_phones_are_no_national_number(text: str) -> None:
    # (each of these held eleven digits with valid check digits across the full stop)
    assert "NATIONAL_NUMBER" not in categories(text)
    assert len([f for f in scan(text).findings if f.category == "PHONE"]) == 2


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Tél 0474 28 16 95 02 640 11 92", "0474 28 16 95", "02 640 11 92"),
        ("Tél 0474 28 16 95/02 640 11 92", "0474 28 16 95", "02 640 11 92"),
        ("Tél 0474 28 16 95.02 640 11 92", "0474 28 16 95", "02 640 11 92"),
        ("GSM 0474281695 026401192", "0474281695", "026401192"),
        ("Contact: 02 640 11 92 0474 28 16 95", "02 640 11 92", "0474 28 16 95"),
    ],
)
def test_two_phones_with_a_single_separator_are_both_found(text: str, first: str, second: str) -> None:
    # (one run of digits: the first part that is a phone, cut before a phone's start, is taken, and
    # the next number right after it is no tail of a longer one; found by hand, forty-sixth round)
    assert_covered(text, "PHONE", first)
    assert_covered(text, "PHONE", second, start=len(text) - len(second))


@settings(max_examples=examples(300), deadline=None)
@given(
    phones(),
    st.sampled_from(
        ["Né le 01/02/1985 ", "Geboren 14.11.2001 ", "NN 85.07.30-033.28 ", "IBAN BE68 5390 0754 7034 "]
    ),
)
def test_a_phone_after_a_whole_number_and_a_blank_is_found(
    phone: tuple[str, int, int, str, bool | None], lead: str
) -> None:
    # (a pasted table row: a date, a national number or an account, a blank, the phone; the phone
    # was read as the rest of the number before it; found by hand, forty-sixth round)
    text = f"{lead}{_value(phone)}"
    assert_covered(text, "PHONE", _value(phone), start=len(lead))
