"""PERSON_NAME, NATIONALITY and CPAS."""

from __future__ import annotations

import pytest
from guard_helpers import categories, spans


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nous avons reçu Mme Verlinden ce matin.", "Verlinden"),
        ("Gesprek met dhr. Van den Broeck over zijn dossier.", "Van den Broeck"),
        ("Selon le Dr Lambrechts, rien à signaler.", "Lambrechts"),
        ("Bénéficiaire : Aminata Konaté", "Aminata Konaté"),
        ("Naam: WOUTERS Griet", "WOUTERS Griet"),
    ],
)
def test_person_names(text: str, name: str) -> None:
    assert name in spans(text, "PERSON_NAME")


def test_signature_name() -> None:
    text = "Merci pour votre aide.\nCordialement,\nOdile Vanderstraeten\nAssistante sociale"
    assert "Odile Vanderstraeten" in spans(text, "PERSON_NAME")


def test_saint_names_in_communes_are_not_people() -> None:
    assert "PERSON_NAME" not in categories("Il habite Molenbeek-Saint-Jean depuis peu.")


@pytest.mark.parametrize(
    ("text", "nationality"),
    [
        ("Il est de nationalité marocaine.", "marocaine"),
        ("Zij heeft de Marokkaanse nationaliteit.", "Marokkaanse"),
        ("Elle est originaire du Cameroun.", "Cameroun"),
        ("Il est né au Sénégal.", "Sénégal"),
        ("Nationaliteit: Syrië", "Syrië"),
        ("Monsieur Haddad, syrien, est venu.", "syrien"),
    ],
)
def test_nationalities(text: str, nationality: str) -> None:
    assert spans(text, "NATIONALITY") == [nationality]


@pytest.mark.parametrize(
    "text", ["Il parle français et arabe.", "Zij spreekt enkel Frans.", "Elle est arrivée en Belgique."]
)
def test_languages_and_arrival_country_are_not_nationalities(text: str) -> None:
    assert "NATIONALITY" not in categories(text)


@pytest.mark.parametrize(
    ("text", "cpas"),
    [
        ("Le CPAS de Schaerbeek vous écrit.", "CPAS de Schaerbeek"),
        ("Het OCMW van Jette antwoordt.", "OCMW van Jette"),
        ("Centre public d'action sociale d'Etterbeek", "Centre public d'action sociale d'Etterbeek"),
        ("OCMW-Sint-Gillis", "OCMW-Sint-Gillis"),
        ("Le C.P.A.S. de Woluwe-Saint-Lambert", "C.P.A.S. de Woluwe-Saint-Lambert"),
    ],
)
def test_cpas_names(text: str, cpas: str) -> None:
    assert spans(text, "CPAS") == [cpas]


def test_bare_cpas_is_not_a_name() -> None:
    assert "CPAS" not in categories("Notre CPAS et het OCMW ne répondent pas.")


def test_surname_close_to_a_nationality_is_not_one() -> None:
    # "Benali" is one letter away from "bengali"
    assert "NATIONALITY" not in categories("Nous avons reçu Mme Benali ce matin.")


def test_country_after_a_birth_date() -> None:
    assert spans("Il est né le 13/10/1989 en RDC.", "NATIONALITY") == ["RDC"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Entendu, en son rapport, V. DELAHAUT, juge au contentieux des étrangers.", "V. DELAHAUT"),
        ("Entendu Me FLASSE loco Me P. DE WOLF, avocat.", "P. DE WOLF"),
        ("Entendu Me FLASSE loco Me P. DE WOLF, avocat.", "FLASSE"),
        ("vertegenwoordigd door mr. S. V., advocaat te Itegem", "S. V."),
        (
            "de opmerkingen van advocaat H. VAN NIJVERSEEL, die loco advocaat K. BLOMME verschijnt",
            "K. BLOMME",
        ),
        ("Gehoord het verslag van rechter in vreemdelingenzaken I. CORNELIS.", "I. CORNELIS"),
        ("Entendu, en son rapport, J.-C. WERENNE, juge.", "J.-C. WERENNE"),
        ("vertegenwoordigd door mr. LEEMPOELS T. loco mr. VAN HOOF Johan, advocaat", "VAN HOOF Johan"),
        ("Mme F. E. est venue ce matin.", "F. E."),
    ],
)
def test_names_in_legal_and_administrative_style(text: str, name: str) -> None:
    assert any(name in found for found in spans(text, "PERSON_NAME")), spans(text, "PERSON_NAME")


@pytest.mark.parametrize(
    "text",
    ["X c/ C.P.A.S. NAMUR, R.G. 27.484/98", "arrêt de la C.J.U.E. du 18 décembre 2014", "A.R. du 12/12/1996"],
)
def test_acronyms_are_not_initials(text: str) -> None:
    assert spans(text, "PERSON_NAME") == [], spans(text, "PERSON_NAME")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Il invoque l'absence de soins adéquats en cas de retour en Serbie.", "Serbie"),
        ("Avant son arrivée, il travaillait au Maroc.", "Maroc"),
        ("Een terugkeer naar Somalië is onmogelijk.", "Somalië"),
        ("De eiser is een inwoner van Griekenland.", "Griekenland"),
        ("Les soins sont disponibles et accessibles en Arménie.", "Arménie"),
    ],
)
def test_country_of_origin_in_real_wording(text: str, country: str) -> None:
    assert country in spans(text, "NATIONALITY"), spans(text, "NATIONALITY")


@pytest.mark.parametrize(
    "text",
    [
        "l'Etat belge, représenté par le Secrétaire d'Etat",
        "arrivé sur le territoire belge le 23 avril 2016",
        "de Belgische staat, vertegenwoordigd door de minister",
        "De Belgische nationaliteit bezitten, of vreemdeling ingeschreven in het bevolkingsregister",
    ],
)
def test_belgium_as_the_state_is_no_nationality(text: str) -> None:
    assert spans(text, "NATIONALITY") == [], spans(text, "NATIONALITY")


def test_a_belgian_child_is_a_nationality() -> None:
    assert spans("dont un des enfants est de nationalité belge", "NATIONALITY") == ["belge"]
