"""Someone's home in French (forty-seventh round, real_passages55's tuning half): "dans son appartement
de Gembloux" (a home, then "de" and its commune) and "une bâtisse située rue René Delbrouck, à
Grivegnée" (a street before its commune, in a sentence that names a building and no one living
there: read as a person's name). A service's house in a commune stays clear."""

from __future__ import annotations

import pytest
from guard_helpers import assert_covered, categories
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples

_COMMUNES = ["Gembloux", "Liège", "Namur", "Charleroi", "Verviers", "Wavre"]


@settings(max_examples=examples(200), deadline=None)
@given(
    st.sampled_from(
        ["son appartement", "sa maison", "leur logement", "un petit meublé", "son studio", "son kot"]
    ),
    st.sampled_from(_COMMUNES),
    st.sampled_from(
        [
            "Elle est avec son bébé dans {h} de {c} quand le feu se déclare.",
            "Il a dû quitter {h} de {c} en janvier.",
        ]
    ),
)
def test_a_home_and_its_commune_is_an_address(home: str, commune: str, frame: str) -> None:
    text = frame.format(h=home, c=commune)
    assert_covered(text, "ADDRESS", commune)


@settings(max_examples=examples(200), deadline=None)
@given(
    st.sampled_from(["rue René Delbrouck", "rue Émile Vandervelde", "avenue Paul Pastur"]),
    st.sampled_from(_COMMUNES),
    st.sampled_from(["bâtisse", "maison", "habitation", "appartement"]),
)
def test_a_street_and_commune_of_a_building_are_an_address(street: str, commune: str, building: str) -> None:
    text = f"Le feu s'est déclaré dans une {building} située {street}, à {commune}."
    assert_covered(text, "ADDRESS", f"{street}, à {commune}")


@pytest.mark.parametrize(
    "text",
    [
        "Une maison de Charleroi accueille les familles.",
        "Le CPAS de Gembloux ouvre un service logement.",
        "La maison de repos de Wavre recrute.",
    ],
)
def test_a_services_house_stays_clear(text: str) -> None:
    assert "ADDRESS" not in categories(text)


@settings(max_examples=examples(100), deadline=None)
@given(
    st.sampled_from(
        [
            "Je passais mes nuits",
            "Il passait ses nuits",
            "Ils passent leurs nuits",
            "Elle a passé trois nuits",
        ]
    ),
    st.sampled_from(["dans la Gare de Bruxelles-Midi", "à la gare de Namur"]),
)
def test_nights_spent_at_a_station_tell_where_someone_sleeps(told: str, place: str) -> None:
    # (real_passages55's tuning half: "passe" alone was a cue, not "passais", "passent")
    text = f"{told} {place}, je tremblais."
    assert_covered(text, "ADDRESS", place.split(" ", 2)[-1])
