"""How long or with whom someone stays, said between the residence verb and the town: "j'habite une
partie de l'année à Maastricht", "woonde tot 31 oktober in Halle", "verblijven voorlopig bij
landgenoten in Deurne", "verblijft intussen in Eastleigh" (forty-fifth round, the invented sets'
tuning halves: the verb's gap held only words of time such as "toujours", "nu", "depuis")."""

from __future__ import annotations

import pytest
from guard_helpers import assert_covered, categories
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples

_STAYS = [
    ("Dhr. Ait Benali woonde", "tot 31 oktober", "in"),
    ("Zij verblijven", "voorlopig bij landgenoten", "in"),
    ("Zijn gezin verblijft", "intussen", "in"),
    ("Mevrouw Claes woont", "tijdelijk", "in"),
    ("J'habite", "une partie de l'année", "à"),
    ("Mme Lambert vit", "provisoirement", "à"),
    ("Il habitait", "jusqu'au 3 mars", "à"),
]
_TOWNS = ["Halle", "Deurne", "Maastricht", "Verviers", "Mechelen", "Nairobi"]


@settings(max_examples=examples(150), deadline=None)
@given(st.sampled_from(_STAYS), st.sampled_from(_TOWNS), st.sampled_from([" ", "\n"]))
def test_a_town_after_how_long_or_with_whom_someone_stays_is_an_address(
    stay: tuple[str, str, str], town: str, gap: str
) -> None:
    verb, how, link = stay
    text = f"Bonjour,\n{verb} {how} {link}{gap}{town}, puis chez sa sœur. Merci."
    assert_covered(text, "ADDRESS", town, start=text.index(gap + town) + len(gap))


@pytest.mark.parametrize(
    "text",
    ["Ze mogen verblijven in België tot de uitspraak.", "Il vit provisoirement en Espagne chez des amis."],
)
def test_a_country_after_a_stay_is_no_address(text: str) -> None:
    assert "ADDRESS" not in categories(text)
