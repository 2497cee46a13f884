"""ADDRESS: French and Dutch street grammar, postcodes, residence communes, reception centres."""

from __future__ import annotations

import pytest
from guard_helpers import categories, spans

from secretpro.guard import scan


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Adresse : rue des Tanneurs 58 bte 3, 1000 Bruxelles.", "rue des Tanneurs 58 bte 3, 1000 Bruxelles"),
        ("Elle habite av. Louise 231/12 - 1050 Ixelles.", "av. Louise 231/12 - 1050 Ixelles"),
        (
            "domicilié 17, chaussée de Waterloo, 1060 Saint-Gilles",
            "17, chaussée de Waterloo, 1060 Saint-Gilles",
        ),
        ("Adres: Kerkstraat 5, 9000 Gent", "Kerkstraat 5, 9000 Gent"),
        ("Hij woont op de Grote Markt 7 in Brugge.", "Grote Markt 7 in Brugge"),
        (
            "Nieuw adres: Lange Kievitstraat 111 bus 4, 2018 Antwerpen",
            "Lange Kievitstraat 111 bus 4, 2018 Antwerpen",
        ),
        ("ADRESSE : BD DU JARDIN BOTANIQUE 20, 1000 BRUXELLES", "BD DU JARDIN BOTANIQUE 20, 1000 BRUXELLES"),
        ("woont in de vlaanderenstraat 12 te 9000 gent", "vlaanderenstraat 12 te 9000 gent"),
        ("Résidence : rue de l'Étuve 9\n1000 Bruxelles", "rue de l'Étuve 9\n1000 Bruxelles"),
    ],
)
def test_street_addresses(text: str, address: str) -> None:
    assert spans(text, "ADDRESS") == [address]


def test_bilingual_address_is_one_span() -> None:
    text = "rue du Progrès 80 / Vooruitgangstraat 80, 1030 Schaerbeek/Schaarbeek."
    assert spans(text, "ADDRESS") == [text[:-1]]


def test_postcode_and_commune_alone() -> None:
    assert spans("Elle est domiciliée à 4020 Liège depuis mai.", "ADDRESS") == ["4020 Liège"]


def test_unknown_commune_after_postcode_is_still_an_address() -> None:
    assert spans("Il réside à 6999 Petitville-sur-Ourthe.", "ADDRESS") == ["6999 Petitville-sur-Ourthe"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Hij slaapt bij een neef in Sint-Jans-Molenbeek.", "Sint-Jans-Molenbeek"),
        ("Elle vit à Schaerbeek chez sa tante.", "Schaerbeek"),
        ("Zij woont nu te Leuven.", "Leuven"),
    ],
)
def test_commune_as_residence(text: str, place: str) -> None:
    assert spans(text, "ADDRESS") == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Il est hébergé au centre Fedasil de Florennes.",
        "Zij verblijft in het opvangcentrum van het Rode Kruis in Lint.",
        "Elle dort dans un squat près de la gare du Midi.",
        "Il loge au Petit-Château.",
    ],
)
def test_reception_centres_as_residence(text: str) -> None:
    assert "ADDRESS" in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le CPAS de Woluwe-Saint-Pierre vous répond.",
        "Het OCMW van Sint-Pieters-Woluwe antwoordt.",
        "Il est arrivé en Belgique en 2019.",
        "Il a dormi dans la rue pendant 3 mois.",
        "Le montant s'élève à 1250 euros.",
        "Voir l'article 1070 du Code judiciaire.",
    ],
)
def test_not_addresses(text: str) -> None:
    assert "ADDRESS" not in categories(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Il réside au 45 rue Royale à Bruxelles.", "45 rue Royale à Bruxelles"),
        ("Ils vivent au 3e étage, 27 rue Van Artevelde, Bruxelles.", "27 rue Van Artevelde, Bruxelles"),
        (
            "hebergé chez son cousin rue de la victoire 120 a 1060 st-gilles.",
            "rue de la victoire 120 a 1060 st-gilles",
        ),
        ("Zij woont in Kessel-Lo bij haar zus.", "Kessel-Lo"),
    ],
)
def test_more_address_layouts(text: str, address: str) -> None:
    assert spans(text, "ADDRESS") == [address]


def test_reception_initiative_acronym_only_in_capitals() -> None:
    assert "ADDRESS" in categories("Zijn broer verblijft in het LOI van Schoten.")
    assert "ADDRESS" not in categories("Depuis 2 ans, selon la loi du 15 décembre 1980.")


def test_number_before_a_street_type_needs_a_residence_cue() -> None:
    assert "ADDRESS" not in categories("Il a 3 rue de choix.")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Adres: Antwerpen\nGsm: onbekend", "Antwerpen"),
        ("Domicile : Namur", "Namur"),
        ("Woonplaats: Sint-Gillis.", "Sint-Gillis"),
        ("Adresse actuelle : Jette – GSM 0470 12 34 56", "Jette"),
    ],
)
def test_an_address_field_holding_its_commune_alone(text: str, address: str) -> None:
    # a new address whose street is not known yet: the commune is where the person lives
    assert spans(text, "ADDRESS") == [address]


@pytest.mark.parametrize(
    "text",
    ["Adresse : Namur est une belle ville", "Adresse : inconnue", "Adresse du CPAS : Namur"],
)
def test_an_address_field_with_more_than_a_commune_is_not_read_as_one(text: str) -> None:
    assert "ADDRESS" not in categories(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Adresse : Roua, 10", "Roua, 10"),
        ("Adres:Hoeve Ter Linden 3", "Hoeve Ter Linden 3"),
        ("Adresse :   Lieu-dit Les Fonds 3 - GSM 0470 12 34 56", "Lieu-dit Les Fonds 3"),
    ],
)
def test_an_address_field_is_redacted_whole(text: str, address: str) -> None:
    # the field's value starts after the colon and its blanks: a span counted from the colon left
    # the house number visible in the redacted text
    assert spans(text, "ADDRESS") == [address]
    assert not any(character.isdigit() for character in scan(text).redacted.split("GSM")[0])


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("X, wonende te 9000 Gent, Brabantdam 56.", "9000 Gent, Brabantdam 56"),
        ("Zij woont Spiegelrei 12 in Brugge.", "Spiegelrei 12 in Brugge"),
    ],
)
def test_dutch_streets_ending_in_dam_or_rei(text: str, address: str) -> None:
    assert spans(text, "ADDRESS") == [address]


def test_a_city_named_dam_is_no_street() -> None:
    assert "ADDRESS" not in categories("Il a vécu à Amsterdam 12 ans.")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Elle réside actuellement Roua, 10.", "Roua, 10"),  # a hamlet for a street, as in the Ardennes
        ("Il habite toujours La Gleize, 28.", "La Gleize, 28"),
        ("Hij woont nu Vaartkom 3 bus 201.", "Vaartkom 3 bus 201"),
    ],
)
def test_a_street_after_a_residence_verb_and_an_adverb(text: str, address: str) -> None:
    assert spans(text, "ADDRESS") == [address]
