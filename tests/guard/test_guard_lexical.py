"""HEALTH and ADMIN_STATUS lexicons: French, Dutch, accents, case, inflection, one typo."""

from __future__ import annotations

import pytest
from guard_helpers import categories, spans


@pytest.mark.parametrize(
    "text",
    [
        "Madame est diabétique.",
        "MADAME EST DIABETIQUE.",
        "Elle est enceinte de 5 mois.",
        "Il bénéficie de l'aide médicale urgente.",
        "Une AMU a été accordée.",
        "Il souffre d'une insuffisance rénale et est en hémodialyse.",
        "Elle prend du Sipralex et du Temesta.",
        "Il se déplace en fauteuil roulant.",
        "Zij is zwanger.",
        "Hij krijgt dringende medische hulp.",
        "De ziekenhuisfactuur is nog niet betaald.",
        "Hij neemt methadon.",
        "Zij heeft een zware depressie.",
        "Il est suivi en psychiatrie.",
        "Il est en dialise.",  # one typo
        "Il a été hospitalisé la semaine passée.",
    ],
)
def test_health(text: str) -> None:
    assert "HEALTH" in categories(text)


def test_hospital_stays_inside_the_care_span() -> None:
    assert spans("Il a été hospitalisé à Saint-Pierre du 2 au 9 mai.", "HEALTH") == [
        "hospitalisé à Saint-Pierre"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Le CPAS de Woluwe-Saint-Pierre vous répond.",
        "Aan de sociale dienst van het ziekenhuis,",
        "Remarques médicales :",
        "Votre facture du 3 mars nous est parvenue.",
        "Le dossier est en traitement.",
    ],
)
def test_not_health(text: str) -> None:
    assert "HEALTH" not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Il est en séjour irrégulier.",
        "Elle est sans papiers depuis 2020.",
        "Il a reçu un ordre de quitter le territoire.",
        "Un OQT lui a été notifié.",
        "Elle a une annexe 26bis.",
        "Il dispose d'une carte orange.",
        "Une demande de régularisation 9bis est pendante.",
        "Elle est inscrite au registre d'attente.",
        "Il a été radié d'office.",
        "Hij verblijft hier in illegaal verblijf.",
        "Zij is asielzoekster.",
        "Er werd een BGV betekend.",
        "Hij heeft een bijlage 26.",
        "Zij heeft een oranje kaart.",
        "Er loopt een 9ter-aanvraag.",
        "Elle a été déboutée de sa demande d'asile.",
        "Il est réfugié reconnu.",
    ],
)
def test_admin_status(text: str) -> None:
    assert "ADMIN_STATUS" in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hij verblijft bij zijn broer.",
        "Il est arrivé en Belgique en 2019.",
        "Statut de séjour :",
        "Voir annexe 1 du courrier.",
        "La demande de renseignements du procureur.",
    ],
)
def test_not_admin_status(text: str) -> None:
    assert "ADMIN_STATUS" not in categories(text)


def test_care_at_a_named_hospital() -> None:
    assert spans("Il est suivi au CHU Saint-Pierre depuis mai.", "HEALTH") == ["suivi au CHU Saint-Pierre"]


def test_dutch_health_compounds() -> None:
    assert spans("Ze heeft zwangerschapsdiabetes.", "HEALTH") == ["zwangerschapsdiabetes"]
    assert spans("Hij volgt een methadonbehandeling.", "HEALTH") == ["methadonbehandeling"]


def test_typo_variants_never_produce_common_words() -> None:
    # "facture" is one letter away from "fracture"
    assert "HEALTH" not in categories("Pouvez-vous nous transmettre la facture détaillée ?")
