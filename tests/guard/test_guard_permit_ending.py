"""Someone's card, permit or visa that ends, is not renewed or is withdrawn (forty-sixth round, the
invented sets' tuning halves): "Sa carte n'a pas été renouvelée faute de preuve de moyens", "my permit
will end on 15 January", "Zijn zoekjaar na zijn studies liep af op 30 september", "son séjour est donc
devenu irrégulier". An identity, bank or health insurance card, and a building permit, stay clear."""

from __future__ import annotations

import pytest
from guard_helpers import assert_told_covered, categories
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples

_TOLD = [
    "Sa carte n'a pas été renouvelée",
    "sa carte A a expiré",
    "Ma carte F a été retirée",
    "son titre de séjour est expiré",
    "son séjour est donc devenu irrégulier",
    "my permit will end",
    "His single permit was withdrawn",
    "my residence card expired",
    "Zijn zoekjaar na zijn studies liep af",
    "haar A-kaart loopt eind december af",
]
_FRAMES = [
    "Bonjour,\nM. Rahimi : {t} le 31/10, il demande une aide.",
    "Note: {t}; we make an appointment with the lawyer.\n",
    "Beste,\n{t} en de aanvraag is nog niet behandeld.",
]


@settings(max_examples=examples(200), deadline=None)
@given(st.sampled_from(_TOLD), st.sampled_from(_FRAMES), st.booleans())
def test_a_permit_that_ends_is_a_status(told: str, frame: str, upper: bool) -> None:
    assert_told_covered(frame, told, "ADMIN_STATUS", upper)


@pytest.mark.parametrize(
    "text",
    [
        "Sa carte Vitale a expiré le mois dernier.",
        "Sa carte d'identité a expiré, il doit passer à la commune.",
        "Le permis de bâtir est expiré depuis 2019.",
        "Mijn abonnement liep vorige week af.",
    ],
)
def test_an_identity_card_or_a_building_permit_stays_clear(text: str) -> None:
    assert "ADMIN_STATUS" not in categories(text)
