"""Brands of specialised treatments named without saying they are medicines: "De dermatoloog wil
Xolair proberen", "piqûres dans l'œil (Eylea)", "immunotherapie (Opdivo en Yervoy)", "nausées malgré
l'Emend" (forty-fifth round: medicine_brands.txt, the names of medicines.txt's source that it left
out, read as a set of words rather than in the automaton).

The names were filtered against the frequent words of eleven languages, the first names and the
communes when the file was written; the tests hold the file to that, and a message of ordinary words
and names stays clear."""

from __future__ import annotations

import pytest
from guard_helpers import assert_covered, categories
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples
from secretpro.guard.lexicon import ordinary_words, read_lines
from secretpro.guard.normalize import fold

_BRANDS = ["Xolair", "Eylea", "Opdivo", "Yervoy", "Wakix", "Hemlibra", "Exjade", "Cosopt", "Toujeo", "Zofran"]
_FRAMES = [
    "De dermatoloog wil {b} proberen, maar het is duur.",
    "Elle reçoit des piqûres dans l'œil ({b}) toutes les six semaines.",
    "Traitement : {b} et kiné deux fois par semaine.",
    "Nausées malgré l'{b}, elle ne mange presque rien.",
    "Ze krijgt elke maand {b} in het dagziekenhuis.",
]


@settings(max_examples=examples(200), deadline=None)
@given(st.sampled_from(_BRANDS), st.sampled_from(_FRAMES), st.sampled_from(["as written", "lower", "upper"]))
def test_a_brand_named_in_a_message_is_health(brand: str, frame: str, case: str) -> None:
    brand = brand.lower() if case == "lower" else brand.upper() if case == "upper" else brand
    text = frame.format(b=brand)
    assert_covered(text, "HEALTH", brand)


def _brands() -> frozenset[str]:
    return frozenset(read_lines("medicine_brands.txt"))


def test_no_brand_is_an_ordinary_word_or_a_first_name() -> None:
    first = {fold(line.strip()) for line in read_lines("first_names.txt")}
    assert not _brands() & (ordinary_words() | first)


def test_every_brand_is_one_folded_word_of_five_letters_or_more() -> None:
    assert all(
        name.isalpha() and name.isascii() and name == fold(name) and len(name) >= 5 for name in _brands()
    )


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Armine, la réunion avec Madame Peeters et Monsieur Janssens est reportée à jeudi.",
        "Dag Kevin, de vergadering met het OCMW van Gent gaat door in de raadzaal op maandag.",
        "Voici le planning des permanences : lundi Anderlecht, mardi Schaerbeek, mercredi Ixelles.",
    ],
)
def test_ordinary_words_and_names_stay_clear(text: str) -> None:
    assert "HEALTH" not in categories(text)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # care given into a body part, and a chain that takes a bracket's close takes its opening too
        (
            "Mme Lambert reçoit des piqûres dans l'œil (Eylea) chaque mois.",
            "piqûres dans l'œil (Eylea) chaque mois",
        ),
        ("Ze krijgt injecties in het oog in het UZ Gent.", "injecties in het oog"),
        ("Mme Lambert (Eylea) chaque mois, dit sa fille.", "(Eylea) chaque mois"),
    ],
)
def test_care_into_a_body_part_and_its_bracket_are_covered(text: str, told: str) -> None:
    assert_covered(text, "HEALTH", told)
