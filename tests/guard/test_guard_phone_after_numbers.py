"""A phone after another number on the same line (forty-seventh round, found by hand): "Betaald:
01.02.2025 - 0478 12 34 56" lost the phone (judged by what stood before the date, "01." read as the
start of a longer number); "Montant 125,50 0478 12 34 56" and "RDV 14h30 0478123456" lost it too
(read as the rest of the number before the blank). A reference, an account or a card number that
holds a mobile's first digits stays clear, and so does a mobile's layout right after a reference's
number ("Facture 2024 0495 30 44 14" may be one invoice number)."""

from __future__ import annotations

import pytest
from guard_helpers import assert_covered, categories
from hypothesis import given, settings
from hypothesis import strategies as st
from layouts import phones

from hypothesis_budget import examples
from secretpro.guard import scan

_LEADS = ["Betaald: 01.02.2025", "Facture 2025/113", "Dossier 12345", "Le 12/03/2024", "Réf. 2025/0486"]
_DASHES = [" - ", " – ", " — ", "  ", " / "]
_MOBILE_HEADS = ["0470", "0475", "0478", "0486", "0494", "0499", "0456", "0465"]
_MOBILE_LAYOUTS = ["{h} {a} {b} {c}", "{h}/{a}.{b}.{c}", "{h}{a}{b}{c}", "{h}.{a}.{b}.{c}", "{h}-{a}-{b}-{c}"]
_NUMBERS_BEFORE = [
    "Montant 125,50 ",
    "RDV 14h30 ",
    "Kamer 12 ",
    "Payé le 3/12 ",
    "Tél. fixe 02 640 11 92 (bureau) 12 ",
]


def _value(case: tuple[str, int, int, str, bool | None]) -> str:
    text, start, end, _, _ = case
    return text[start:end]


@settings(max_examples=examples(300), deadline=None)
@given(phones(), st.sampled_from(_LEADS), st.sampled_from(_DASHES))
def test_a_phone_after_a_dash_and_another_number_is_found(
    phone: tuple[str, int, int, str, bool | None], lead: str, dash: str
) -> None:
    text = f"{lead}{dash}{_value(phone)}"
    assert_covered(text, "PHONE", _value(phone), start=len(lead) + len(dash))


@st.composite
def _mobiles(draw: st.DrawFn) -> str:
    two = lambda: f"{draw(st.integers(0, 99)):02d}"  # noqa: E731
    layout = draw(st.sampled_from(_MOBILE_LAYOUTS))
    return layout.format(h=draw(st.sampled_from(_MOBILE_HEADS)), a=two(), b=two(), c=two())


@settings(max_examples=examples(300), deadline=None)
@given(_mobiles(), st.sampled_from(_NUMBERS_BEFORE))
def test_a_mobile_after_a_number_and_a_blank_is_found(mobile: str, lead: str) -> None:
    text = f"{lead}{mobile}"
    assert_covered(text, "PHONE", mobile, start=len(lead))


@settings(max_examples=examples(200), deadline=None)
@given(phones())
def test_a_phone_after_a_time_is_found(phone: tuple[str, int, int, str, bool | None]) -> None:
    text = f"RDV demain 14h30 {_value(phone)}"
    assert_covered(text, "PHONE", _value(phone), start=len("RDV demain 14h30 "))


@pytest.mark.parametrize(
    "text",
    [
        "IBAN BE71 0961 2345 6769, merci.",
        "Carte 6703 0478 1234 5678 bloquée.",
        "BCE 0478.123.456, siège social.",
        "Dossier 2025 0478 1234 en cours.",
        "Référence 12 0478 12 34 56 78 90.",
        "Facture 2024 0495 30 44 14",
        "Dossier 2025-0113 0478 12 34 56",
    ],
)
def test_a_longer_number_holding_a_mobiles_digits_stays_clear(text: str) -> None:
    assert "PHONE" not in categories(text)


def test_a_long_line_of_amounts_and_mobiles_finds_each() -> None:
    # (each mobile looked back to the line's start for a reference's cue: one line of 3,500 took 1.7 s;
    # the look-back is the line's last sixty characters now; the time is in the closing note)
    text = "Montant 125,50 0478 12 34 56 " * 500
    phones = [f for f in scan(text).findings if f.category == "PHONE"]
    assert len(phones) == 500
