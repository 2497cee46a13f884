"""The thirty-first round: a street named without a house number after a verb that tells where
someone lives or sleeps, other than "habite" and "woont" ("il vit rue des Tanneurs", "elle est
hébergée avenue Louise", "hij slaapt in de Brugsesteenweg"), and a station or a bridge someone sleeps
in or under. Streets and people are invented or common street names."""

from __future__ import annotations

import pytest
from guard_helpers import spans
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples

_FRENCH_VERBS = [
    "Il vit",
    "Ils vivent",
    "Elle vivait",
    "Elle loge",
    "Il logeait",
    "Elle dort",
    "Ils dorment",
    "Il squatte",
    "Elle est hébergée",
    "Ils sont hébergés",
    "Il a été relogé",
    "Elle vit actuellement",
]
_FRENCH_STREETS = [
    "rue des Tanneurs",
    "avenue Louise",
    "chaussée de Gand",
    "boulevard Anspach",
    "place Flagey",
    "rue Haute",
    "quai de Mariemont",
    "allée du Kattebroek",
    "Rue de la Victoire",
]
_DUTCH_VERBS = [
    "Hij verblijft in",
    "Zij verbleef in",
    "Ze slaapt in",
    "Hij sliep in",
    "Ze logeert in",
    "Ze zijn ingetrokken in",
    "Hij verblijft nu in",
]
_DUTCH_STREETS = [
    "de Kerkstraat",
    "de Frankrijklei",
    "het Kerkplein",
    "de Brugsesteenweg",
    "de Zandvoortstraat",
    "de Koningin Astridlaan",
    "de Groenendaalsebaan",
]
_ENGLISH_VERBS = ["She lives on", "They stayed in", "He sleeps in"]
_NUMBERS = ["", " 47", ", 12", " 3 bte 2", " 118 bus 4"]
_AFTER = [".", " depuis mars.", " sinds oktober.", ", avec ses deux enfants.", " (zie verslag)."]


# (a heading, the verbs and the streets of each language; the English verbs go with the Dutch streets)
_LANGUAGES = {
    "fr": ("Suivi du dossier.", _FRENCH_VERBS, _FRENCH_STREETS),
    "nl": ("Opvolging van het dossier.", _DUTCH_VERBS + _ENGLISH_VERBS, [*_DUTCH_STREETS, "Rue Haute"]),
}


@st.composite
def _verb_and_street(draw: st.DrawFn) -> tuple[str, str, str]:
    heading, verbs, streets = _LANGUAGES[draw(st.sampled_from(sorted(_LANGUAGES)))]
    return heading, draw(st.sampled_from(verbs)), draw(st.sampled_from(streets))


@given(_verb_and_street(), st.sampled_from(_NUMBERS), st.sampled_from(_AFTER))
@settings(max_examples=examples(600), deadline=None)
def test_a_street_after_a_verb_of_living_is_found(
    sentence: tuple[str, str, str], number: str, after: str
) -> None:
    heading, verb, street = sentence
    text = f"{heading}\n{verb} {street}{number}{after}"
    name = street.removeprefix("de ").removeprefix("het ")
    assert any(name + number in span for span in spans(text, "ADDRESS")), (text, spans(text, "ADDRESS"))


@pytest.mark.parametrize(
    "text",
    [
        # capitalised words and a number after these verbs are no street: only a street's type opens one
        "Il vit Noël 2024 comme une épreuve, dit-il.",
        "Elle loge Chez Marie 3 nuits par semaine.",
        "Il dort Mardi 3 décembre chez un ami.",
        "Hij slaapt in De Kiem 2 nachten per week.",
        # an office moves too: verbs of moving are left out
        "Le service social s'est installé rue Haute en 2019.",
        "Het RVA-kantoor verhuist naar de Kerkstraat.",
        # the verb inside another word
        "Le service invite Rue Haute à répondre.",
    ],
)
def test_other_capitalised_words_after_these_verbs_are_no_street(text: str) -> None:
    assert spans(text, "ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Hij slaapt sinds maart in het Noordstation.", "Noordstation"),
        ("Ze sliep twee weken in het Zuidstation.", "Zuidstation"),
        ("Il dort sous un pont le long du canal.", "pont"),
        ("Hij slaapt onder een brug aan de ring.", "brug"),
        ("Elle dort sous le viaduc de Vilvorde.", "viaduc"),
    ],
)
def test_a_station_or_a_bridge_someone_sleeps_in_is_a_place_of_stay(text: str, place: str) -> None:
    assert any(place in span for span in spans(text, "ADDRESS")), spans(text, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "Le pont de Fragnée est fermé à la circulation.",
        "Il faut faire le pont entre les services sociaux.",
        "De brug over de Schelde is vandaag dicht.",
        "Het Noordstation wordt gerenoveerd.",
    ],
)
def test_a_bridge_or_a_station_no_one_stays_in_is_no_place_of_stay(text: str) -> None:
    assert spans(text, "ADDRESS") == []
