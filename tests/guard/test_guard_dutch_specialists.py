"""A person's specialist named in Dutch ("De dermatoloog van UZ Leuven start nu Xolair", "de
orthopedist van AZ Delta", "de volgende afspraak bij de endocrinoloog") tells their illness as
"cardioloog" and the French names already did (forty-fifth round: the invented sets' tuning halves).

A doctor's own title after their name, where the name signs a letter, opens a bracket or follows a
speaker's label ("dr. K. Vandenbussche, geriater", "Sprekers: dr. Griet Lenssens, oncoloog"), is
the doctor's, not care someone receives; the labelled sets leave it unlabelled. In a sentence ("orientée
vers le Dr Ngoy, psychiatre") or a form's field on a person's file ("Médecin : Dr X, oncologue") it
still tells the person's care."""

from __future__ import annotations

import pytest
from guard_helpers import assert_covered, categories
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples

_SPECIALISTS = [
    "orthopedist",
    "orthopeed",
    "endocrinoloog",
    "chirurg",
    "neurochirurg",
    "hematoloog",
    "dermatoloog",
    "pneumoloog",
    "gastro-enteroloog",
    "reumatoloog",
    "uroloog",
    "geriater",
    "kinderneuroloog",
]
_FRAMES = [
    "De {s} van AZ Delta wil hem volgende maand opnieuw zien.",
    "Kunnen we een tolk regelen voor de volgende afspraak bij de {s}?",
    "Zijn {s} in het AZ Jan Portaels wil hem verder opvolgen.",
    "Beste,\nmevrouw Claes werd door de {s} doorverwezen naar het dagziekenhuis.",
]


@settings(max_examples=examples(200), deadline=None)
@given(st.sampled_from(_SPECIALISTS), st.sampled_from(_FRAMES), st.booleans())
def test_a_dutch_specialist_of_someone_is_health(specialist: str, frame: str, capital: bool) -> None:
    if capital:
        specialist = specialist.capitalize()
    text = frame.format(s=specialist)
    assert_covered(text, "HEALTH", specialist)


@pytest.mark.parametrize(
    "text",
    [
        "Met collegiale groeten,\ndr. K. Vandenbussche, geriater\nWoonzorgcentrum De Linde",
        "Sprekers: dr. Griet Lenssens, oncoloog, en een sociaal werker van het OCMW.",
        "Intervenant : Dr Hugues Van Cutsem, infectiologue. Date : jeudi 21 janvier.",
        "Signalen tijdens een huisbezoek (dr. Eva Peeters, geriater) en daarna een debat.",
    ],
)
def test_a_doctors_own_title_stays_clear(text: str) -> None:
    assert "HEALTH" not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Elle a été orientée vers le Dr Ngoy, psychiatre, pour un suivi.",
        "Médecin : Dr Hanne Goossens, oncologue – 02 539 47 10",
    ],
)
def test_a_doctor_named_in_a_sentence_or_a_persons_field_is_still_health(text: str) -> None:
    assert "HEALTH" in categories(text)
