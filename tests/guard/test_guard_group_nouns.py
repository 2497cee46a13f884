"""Status nouns that name a crowd describe no one (fifteenth round, from the real sets' tuning halves)."""

from __future__ import annotations

import pytest
from guard_helpers import categories, spans
from hypothesis import given
from hypothesis import strategies as st


@pytest.mark.parametrize(
    "text",
    [
        "Plus de 400 sans-papiers mènent une grève de la faim.",
        "La grève de la faim de 475 sans-papiers a pris fin en juillet.",
        "Combien y a-t-il de sans-papiers à Liège ?",
        "Le CPAS accueille les femmes sans papiers qui accouchent.",
        "Achttien Oekraïense vluchtelingen hebben een tweede thuis gevonden.",
        "Vorige week kwamen daar de eerste vluchtelingen toe.",
        "Le service aide les demandeurs d’asile à trouver un logement.",
        "Une permanence pour les réfugiés, le lundi.",
    ],
)
def test_a_crowd_named_by_its_status_is_no_one(text: str) -> None:
    assert "ADMIN_STATUS" not in categories(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Ils sont sans papiers depuis 2020.", "sans papiers"),
        ("L'intéressée est sans papiers depuis 2017.", "sans papiers"),
        ("Plan Together a soutenu une famille sans papiers avec quatre enfants.", "sans papiers"),
        ("Les intéressés n'étaient pas demandeurs d'asile.", "demandeurs d'asile"),
        ("Zij zijn allemaal vluchtelingen.", "vluchtelingen"),
        ("Zij zijn erkende vluchtelingen sinds 2024.", "erkende vluchtelingen"),
    ],
)
def test_a_status_given_to_someone_stays(text: str, span: str) -> None:
    found = spans(text, "ADMIN_STATUS")
    assert span in found


@given(
    before=st.sampled_from(["Les", "Des", "300", "Plusieurs", "Ces", "Nos"]),
    noun=st.sampled_from(["sans-papiers", "sans papiers", "demandeurs d'asile", "réfugiés"]),
    after=st.sampled_from([" attendent une réponse.", " manifestent devant l'Office.", " dorment au parc."]),
)
def test_any_group_determiner_makes_a_crowd(before: str, noun: str, after: str) -> None:
    assert "ADMIN_STATUS" not in categories(f"{before} {noun}{after}")


@given(
    subject=st.sampled_from(["Ils sont", "Elles sont", "Ils étaient", "Ses deux fils sont"]),
    noun=st.sampled_from(["sans-papiers", "sans papiers", "demandeurs d'asile", "réfugiés"]),
)
def test_any_verb_to_be_gives_the_status(subject: str, noun: str) -> None:
    assert "ADMIN_STATUS" in categories(f"{subject} {noun} depuis 2021.")


@pytest.mark.parametrize(
    "text",
    [
        "Madame Lenoir et son mari, des sans-papiers, vivent à Ciney.",
        "La grève de la faim des sans-papiers qui occupent l'église s'est durcie ce mardi matin.",
        "Ils ont été reconnus réfugiés.",
    ],
)
def test_people_in_apposition_at_one_moment_or_recognised_keep_their_status(text: str) -> None:
    assert "ADMIN_STATUS" in categories(text)
