"""Sentences a CPAS worker writes, invented for the seventh round (issue 10) to probe the lexicons
and the address grammar away from any gathered text: the few that were missed, kept here. All
people and places are invented."""

from __future__ import annotations

import pytest
from guard_helpers import spans


@pytest.mark.parametrize(
    ("text", "health"),
    [
        ("Il présente des troubles cognitifs importants.", "troubles cognitifs"),
        ("Elle a des troubles de la mémoire depuis l'accident.", "troubles de la mémoire"),
        ("Zij heeft cognitieve problemen sinds vorig jaar.", "cognitieve problemen"),
        ("Hij heeft geheugenproblemen.", "geheugenproblemen"),
    ],
)
def test_cognitive_disorders(text: str, health: str) -> None:
    assert health in spans(text, "HEALTH")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a street named like the data file's example once was ("Lindenlaan") is a street like any
        ("Zij woont in een sociale woning, Lindenlaan 14, Hasselt.", "Lindenlaan 14, Hasselt"),
        ("Lindenlaan 14, Hasselt", "Lindenlaan 14, Hasselt"),
        ("Hij woont in de Beukenlaan 3 te Genk.", "Beukenlaan 3 te Genk"),
    ],
)
def test_a_dutch_street_without_a_cue(text: str, address: str) -> None:
    assert address in spans(text, "ADDRESS")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("De DVZ heeft zijn aanvraag geweigerd.", "aanvraag geweigerd"),
        ("L'Office des étrangers a refusé sa demande de regroupement familial.", "a refusé sa demande"),
        ("Hij heeft een aankomstverklaring gekregen.", "aankomstverklaring"),
        ("Zijn visum is verlopen en hij is gebleven.", "visum is verlopen"),
        ("Hij heeft een single permit aangevraagd.", "single permit"),
        (
            "Hij heeft beroep aangetekend bij de Raad voor Vreemdelingenbetwistingen.",
            "beroep aangetekend bij de Raad voor Vreemdelingenbetwistingen",
        ),
    ],
)
def test_residence_procedures_in_a_workers_words(text: str, status: str) -> None:
    assert any(status in found for found in spans(text, "ADMIN_STATUS"))


@pytest.mark.parametrize(
    "text",
    [
        "Het OCMW heeft zijn aanvraag om leefloon geweigerd.",  # social aid, not residence
        "La banque a refusé sa demande de prêt.",
    ],
)
def test_a_refusal_by_no_residence_authority_is_no_status(text: str) -> None:
    assert spans(text, "ADMIN_STATUS") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Ze werd vastgehouden in het transitcentrum Caricole.", "transitcentrum Caricole"),
        ("Il est détenu au centre fermé de Vottem.", "centre fermé de Vottem"),
    ],
)
def test_where_someone_is_held(text: str, address: str) -> None:
    assert address in spans(text, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "Les demandes d'aide médicale urgente sont traitées par le service social.",
        "Het jaarverslag vermeldt het aantal aanvragen dringende medische hulp.",
        "Merci de nous envoyer le nombre de demandes 9bis et 9ter suivies en 2025.",
        "Le groupe de travail santé mentale se réunit en avril.",
        "De werkgroep geestelijke gezondheid vergadert op dinsdag.",
    ],
)
def test_requests_counted_as_a_whole_or_a_working_group_are_generic(text: str) -> None:
    assert spans(text, "HEALTH") == spans(text, "ADMIN_STATUS") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Madame Benali a introduit des demandes d'aide médicale urgente.", "aide médicale urgente"),
        ("Les demandes d'AMU de Monsieur Diallo ont été refusées.", "AMU"),
        ("Il a introduit des demandes de régularisation 9bis en 2019 et 2021.", "9bis"),
    ],
)
def test_requests_of_one_person_stay_found(text: str, found: str) -> None:
    assert found in spans(text, "HEALTH") + spans(text, "ADMIN_STATUS")
