"""A Dutch street named without a house number after a home, a shelter or a place someone sleeps:
"uit hun woning in de Essenstraat", "Christiane huurt een flat in de Meersstraat", "hij slaapt bij
kennissen in de Dambruggestraat", "in een garagebox aan de Nieuwpoortsesteenweg".

The street says where the person lives as a number would (forty-fifth round: the labelled sets'
tuning halves held 7 such streets missed, real and invented). An office's or a meeting's street,
with no home named before it, stays clear."""

from __future__ import annotations

import pytest
from guard_helpers import assert_covered, categories
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples

_HOMES = [
    "Hij slaapt bij kennissen",
    "Ze slaapt",
    "Het gezin verblijft",
    "Mevrouw huurt sinds 2013 een flat",
    "De uithuiszetting uit hun woning",
    "Hij woont nu in een kamertje",
    "Ze sliepen in een tentje",
    "Hij slaapt in een garagebox",
    "Hij logeert bij een neef",
    "Meneer slaapt in de nachtopvang",
]
_LINKS = ["in de", "aan de", "op de", "langs de"]
_NAMES = ["Dambrugge", "Essen", "Meers", "Nieuwpoortse", "Kerkhof", "Sint-Pieters", "Oude Brugse", "Desguin"]
_TYPES = ["straat", "steenweg", "laan", "lei", "kaai", "plein", "dreef"]
_AFTER = [".", ", sinds vorige week.", " en zoekt werk.", "\nGraag uw advies."]
# a pasted note may break its lines anywhere (one line break; a blank line ends the sentence)
_GAPS = [" ", " ", "\n", " \n  "]


@settings(max_examples=examples(300), deadline=None)
@given(
    st.sampled_from(_HOMES),
    st.sampled_from(_LINKS),
    st.sampled_from(_NAMES),
    st.sampled_from(_TYPES),
    st.sampled_from(_AFTER),
    st.sampled_from(_GAPS),
    st.sampled_from(_GAPS),
)
def test_a_street_after_a_home_is_an_address(
    home: str, link: str, name: str, kind: str, after: str, gap: str, second_gap: str
) -> None:
    street = name + kind
    text = f"Beste collega,\n{home}{gap}{link}{second_gap}{street}{after}"
    assert_covered(text, "ADDRESS", street)


@pytest.mark.parametrize(
    "text",
    [
        "Het OCMW is gevestigd in de Kerkstraat.",
        "De vergadering vindt plaats in de Wetstraat op maandag.",
        "De bibliotheek verhuist naar een gebouw in de Stationsstraat.",
        "Wij wonen een infosessie bij in de Vrijheidslaan, samen met de collega's.",
        "Uit hun woning.\n\nIn de Kerkstraat is de markt op zaterdag.",
    ],
)
def test_a_street_without_a_home_stays_clear(text: str) -> None:
    assert "ADDRESS" not in categories(text)
