"""The twenty-eighth round: a residence decision told as a verdict on "sa demande" or by the authority
refusing in the present, lawful or unlawful stay told with an adverb between, someone's entry in the
Dutch population register, and health getting worse told of someone named between ("De gezondheid van
Priso's broer ... gaat achteruit"). All texts are invented."""

from __future__ import annotations

import pytest
from guard_helpers import assert_within_a_finding, spans
from hypothesis import given, settings
from hypothesis import strategies as st


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Monsieur Kabasele introduit une demande 9ter en 2012. En juin 2016, il reçoit enfin une décision "
            "indiquant que sa demande est irrecevable.",
            "sa demande est irrecevable",
        ),
        (
            "Elle demande un visa médical pour accoucher en Belgique, mais l'Office des étrangers refuse sa "
            "demande.",
            "refuse sa demande",
        ),
        (
            "Ils ont demandé l'asile en 2019. Selon le CGRA, leur demande était donc non fondée.",
            "leur demande était donc non fondée",
        ),
    ],
)
def test_a_verdict_on_a_residence_application_is_a_status(text: str, expected: str) -> None:
    assert_within_a_finding(text, "ADMIN_STATUS", expected)


@pytest.mark.parametrize(
    "text",
    [
        # social aid a CPAS refuses, and an application no residence procedure is named for
        "Le CPAS refuse sa demande de séjour en maison d'accueil.",
        "Sa demande d'aide sociale est irrecevable selon le CPAS.",
        # an authority's refusal of "la demande", in general, on an information page
        "Si le CPAS de votre commune rejette la demande de séjour en maison de repos, vous pouvez aller "
        "au tribunal.",
    ],
)
def test_social_aid_refused_is_no_status(text: str) -> None:
    assert spans(text, "ADMIN_STATUS") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hij verblijft volstrekt legaal in België.", "verblijft volstrekt legaal in België"),
        ("Zij verblijft al jaren illegaal in België.", "illegaal in België"),
        ("Elle séjourne légalement en Belgique depuis 2015.", "séjourne légalement"),
        ("Ils y séjournent irrégulièrement depuis leur arrivée.", "séjournent irrégulièrement"),
        ("Hij is in het bevolkingsregister ingeschreven.", "in het bevolkingsregister ingeschreven"),
        (
            "Ze is nog niet ingeschreven in het bevolkingsregister van Gent.",
            "ingeschreven in het bevolkingsregister",
        ),
    ],
)
def test_a_stay_told_with_an_adverb_and_the_population_register_are_a_status(
    text: str, expected: str
) -> None:
    assert_within_a_finding(text, "ADMIN_STATUS", expected)


@pytest.mark.parametrize(
    "text",
    [
        # the law's conditions, about anyone
        "L'étranger qui séjourne légalement en Belgique a droit au revenu d'intégration.",
        "Un étranger a droit au revenu d'intégration s'il est inscrit au registre de la population.",
        "Wie ingeschreven is in het bevolkingsregister, heeft recht op leefloon.",
        "Vous êtes un étranger qui séjourne régulièrement sur le territoire.",
    ],
)
def test_the_conditions_of_the_law_are_no_status(text: str) -> None:
    assert spans(text, "ADMIN_STATUS") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De gezondheid van Priso's broer en schoonzus gaat er echter op achteruit.",
            "gaat er echter op achteruit",
        ),
        ("De gezondheid van de heer Peeters verslechtert snel.", "verslechtert"),
        ("La santé de Mme Diallo se dégrade.", "se dégrade"),
        ("La santé de la mère s'est fortement détériorée depuis l'été.", "détériorée"),
        ("His health has deteriorated since the summer.", "His health has deteriorated"),
        ("Her health is getting worse every week.", "getting worse"),
    ],
)
def test_health_getting_worse_told_of_someone_named(text: str, expected: str) -> None:
    assert_within_a_finding(text, "HEALTH", expected)


@pytest.mark.parametrize(
    "text",
    [
        "De gezondheid van de bevolking gaat op veel plaatsen achteruit.",
        "La santé de la population se dégrade dans les quartiers pauvres.",
        "La santé des demandeurs d'asile se dégrade dans les centres.",
    ],
)
def test_the_health_of_a_population_is_no_health_finding(text: str) -> None:
    assert spans(text, "HEALTH") == []


_RELATIVES_NL = ["zijn broer", "haar moeder", "mevrouw Janssens", "de heer Maes", "Karims vader"]
_RELATIVES_FR = ["sa mère", "Mme Lambert", "son frère", "M. Dubois", "la requérante"]


@settings(max_examples=40, deadline=None)
@given(
    who_nl=st.sampled_from(_RELATIVES_NL),
    who_fr=st.sampled_from(_RELATIVES_FR),
    verb_nl=st.sampled_from(
        ["gaat er snel op achteruit", "verslechterde in 2023", "is sterk achteruitgegaan"]
    ),
    verb_fr=st.sampled_from(["se dégrade", "s'est aggravée", "s'est détériorée"]),
)
def test_generated_decline_sentences(who_nl: str, who_fr: str, verb_nl: str, verb_fr: str) -> None:
    nl = f"Mevrouw Claes meldt dat de gezondheid van {who_nl} {verb_nl}."
    fr = f"Mme Laurent signale que la santé de {who_fr} {verb_fr}."
    assert any(verb_nl.split()[0] in s for s in spans(nl, "HEALTH")), nl
    assert any(verb_fr.split()[-1] in s for s in spans(fr, "HEALTH")), fr
