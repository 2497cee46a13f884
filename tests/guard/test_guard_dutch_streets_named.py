"""Dutch streets named without a number where someone lives (forty-seventh round, real_passages55's
tuning half): "wonen al 15 jaar in de Processieweg" (no "-weg" street word), "een zware woningbrand in
de Cornelis Everaartstraat" and "in een koppelwoning langs de Millesteenstraat in Dadizele" (a home's
compound), "in de Cornelis Everaartstraat in Brugge" (read from "Everaartstraat"), "In de Dorpstraat in
Bekegem heeft een brand een huis vernield" (a home in the sentence). A street named with no home and no
one living there stays clear."""

from __future__ import annotations

import pytest
from guard_helpers import assert_covered, categories
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples

_ONE_WORD = ["Processieweg", "Kapelleweg", "Dorpstraat", "Molenlaan", "Kerkplein", "Zandweg"]
_SEVERAL_WORDS = ["Cornelis Everaartstraat", "Pieter Coutereelstraat", "Koning Albertlaan", "Jan Breydelweg"]
_COMMUNES = ["Brugge", "Gent", "Lummen", "Moorslede", "Aalst", "Hasselt"]


@settings(max_examples=examples(200), deadline=None)
@given(
    st.sampled_from(_ONE_WORD + _SEVERAL_WORDS),
    st.sampled_from(
        [
            "Ze wonen al 15 jaar in de {s}.",
            "Het gezin woont sinds 2019 in de {s}.",
            "Na een zware woningbrand in de {s} is het gezin dakloos.",
            "Er brak brand uit in een koppelwoning langs de {s}.",
            "Hun huurwoning in de {s} is onbewoonbaar.",
        ]
    ),
)
def test_a_street_where_someone_lives_is_an_address(street: str, template: str) -> None:
    text = template.format(s=street)
    assert_covered(text, "ADDRESS", street)


@settings(max_examples=examples(200), deadline=None)
@given(
    st.sampled_from(_ONE_WORD + _SEVERAL_WORDS),
    st.sampled_from(_COMMUNES),
    st.sampled_from(
        [
            "In de {s} in {c} heeft een brand maandagmiddag een huis vernield.",
            "Het gezin woont in de {s} in {c}.",
            "Langs de {s} in {c} brandde gisteren een rijwoning uit.",
        ]
    ),
)
def test_a_street_and_its_commune_where_someone_lives_is_one_address(
    street: str, commune: str, template: str
) -> None:
    text = template.format(s=street, c=commune)
    assert_covered(text, "ADDRESS", f"{street} in {commune}")


@pytest.mark.parametrize(
    "text",
    [
        "De vergadering vindt plaats in de Koning Albertlaan in Gent.",
        "Wegenwerken in de Kerkstraat in Aalst: omleiding via de Processieweg.",
        "Het OCMW beschikt over 2 doorgangswoningen in de Nijverheidslaan.",
        "Het onthaal is verhuisd naar de Zandweg.",
    ],
)
def test_a_street_with_no_one_living_there_stays_clear(text: str) -> None:
    assert "ADDRESS" not in categories(text)


@settings(max_examples=examples(100), deadline=None)
@given(
    st.sampled_from(
        ["In de kleine flat in {c}", "Dans le petit appartement de {c}", "In het kleine huis in {c}"]
    ),
    st.sampled_from(_COMMUNES),
)
def test_a_small_home_with_its_article_names_its_commune(frame: str, commune: str) -> None:
    # (real_passages56's tuning half: "In de kleine flat in Schaarbeek hangt de geur van sterke koffie")
    text = frame.format(c=commune) + " hangt de geur van sterke koffie."
    assert_covered(text, "ADDRESS", commune)


@settings(max_examples=examples(200), deadline=None)
@given(
    st.sampled_from(_ONE_WORD + _SEVERAL_WORDS),
    st.sampled_from(
        [
            "De stad gedoogt een kamp met 56 Roma aan de {s}.",
            "Ze richtten een tentenkamp op aan de {s}.",
            "Een romakamp in de struiken aan de {s}.",
            "Een deel heeft nu een kamp gemaakt in het struikgewas op de hoek van de {s}.",
            "De brandweer kwam ter hoogte van de getroffen boerderij in de {s}.",
            "Het gezin slaapt in de struiken aan de {s}.",
        ]
    ),
)
def test_a_street_by_a_camp_or_a_farm_is_an_address(street: str, template: str) -> None:
    # (forty-eighth round, real_passages57's tuning half: Roma camps at the Hurstweg and the Tapuitstraat
    # in Ghent, a farming family's fire in the Beemdenstraat)
    text = template.format(s=street)
    assert_covered(text, "ADDRESS", street)


@pytest.mark.parametrize(
    "text",
    [
        "Het zomerkamp vertrekt op de hoek van de Kerkstraat.",
        "De vergadering over het bedrijventerrein vindt plaats in de Koning Albertlaan.",
    ],
)
def test_a_camp_or_a_site_named_for_no_one_stays_clear(text: str) -> None:
    assert "ADDRESS" not in categories(text)


@settings(max_examples=examples(200), deadline=None)
@given(
    st.sampled_from(_ONE_WORD + _SEVERAL_WORDS),
    st.sampled_from(
        [
            "In de {s} moest een appartementsgebouw worden geëvacueerd.",
            "In de {s} wonen sinds maart drie gezinnen zonder verwarming.",
            "Brand. In de {s} werd een rijwoning onbewoonbaar verklaard.",
        ]
    ),
)
def test_a_sentence_opening_with_a_street_and_a_home_after_it(street: str, template: str) -> None:
    # (forty-eighth round, real_passages58's tuning half: "In de Kortrijksestraat moest een
    # appartementsgebouw worden geëvacueerd")
    text = template.format(s=street)
    assert_covered(text, "ADDRESS", street)


@pytest.mark.parametrize(
    "text",
    [
        "In de Kerkstraat komt een nieuwe bakkerij.",
        "In de Stationsstraat worden 20 nieuwe woningen gebouwd.",
        "Het doorgroeihuis verhuisde naar een leegstaand appartementsgebouw in de Torhoutsesteenweg.",
    ],
)
def test_a_street_opening_a_sentence_with_no_home_stays_clear(text: str) -> None:
    assert "ADDRESS" not in categories(text)
