"""Classes of wording from the sixth round (issue 10), checked on invented sentences: an order to
leave in everyday words, a right to stay lost, a negative decision of the residence authorities,
where someone stayed or moved in the past tense, return houses and closed centres, psychological
help and a hospital room. Each comes with what it must not take. All people and places are invented.
"""

from __future__ import annotations

import pytest
from guard_helpers import spans


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("De DVZ gaf het gezin Peeters het bevel België te verlaten.", "bevel België te verlaten"),
        ("Hij kreeg een bevel om het Rijk te verlaten.", "bevel om het Rijk te verlaten"),
        ("In 2019 kreeg ik het bericht dat ik het land moest verlaten.", "het land moest verlaten"),
        ("Mevrouw Janssens moet België verlaten tegen 3 mei.", "moet België verlaten"),
        ("Madame Lenoir a reçu un ordre de quitter la Belgique.", "ordre de quitter la Belgique"),
        ("Sans contrat de travail, les parents perdent le droit de rester.", "perdent le droit de rester"),
        ("Monsieur Diallo a perdu son droit de séjour en 2022.", "perdu son droit de séjour"),
        ("Zij verloor haar verblijfsrecht na de scheiding.", "verloor haar verblijfsrecht"),
    ],
)
def test_an_order_to_leave_or_a_lost_right_to_stay(text: str, status: str) -> None:
    assert status in spans(text, "ADMIN_STATUS")


@pytest.mark.parametrize(
    "text",
    [
        "Il a quitté le pays en 2015 avec sa sœur.",
        "Zij verliet het land in 2012 om te studeren.",
        "Le bureau doit quitter le bâtiment avant midi.",
    ],
)
def test_leaving_a_country_of_ones_own_accord_is_no_status(text: str) -> None:
    assert spans(text, "ADMIN_STATUS") == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Verzoekster vroeg een regularisatie aan, waarna de DVZ een negatieve beslissing nam.",
            "negatieve beslissing",
        ),
        ("Le CGRA a pris une décision négative sur sa demande d'asile.", "décision négative"),
    ],
)
def test_a_negative_decision_of_the_residence_authorities(text: str, status: str) -> None:
    assert status in spans(text, "ADMIN_STATUS")


def test_a_negative_decision_on_social_aid_is_no_status() -> None:
    assert spans("Het OCMW nam een negatieve beslissing over haar leefloon.", "ADMIN_STATUS") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("In 2011 verbleef ik in een opvangcentrum van het Rode Kruis.", "opvangcentrum van het Rode Kruis"),
        ("Zij verhuisde in 2012 naar Mechelen.", "Mechelen"),
        ("Haar plotse verhuis naar Aalst bleef onverklaard.", "Aalst"),
        ("Le couple habitait à Ciney jusqu'en 2020.", "Ciney"),
        ("Het gezin werd naar een terugkeerwoning in Tubize gebracht.", "terugkeerwoning in Tubize"),
        ("Hij verbleef drie maanden in het gesloten centrum van Vottem.", "gesloten centrum van Vottem"),
        ("La famille a été placée dans une maison de retour à Zulte.", "maison de retour à Zulte"),
    ],
)
def test_where_someone_stayed_or_was_taken(text: str, address: str) -> None:
    assert address in spans(text, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "Hij woonde in Marokko tot zijn twintigste.",
        "La politique des maisons de retour est critiquée par les ONG.",
    ],
)
def test_a_country_or_a_policy_is_no_address(text: str) -> None:
    assert spans(text, "ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "health"),
    [
        ("Madame Lenoir reçoit une aide psychologique depuis janvier.", "aide psychologique"),
        ("Mevrouw krijgt psychologische ondersteuning van het CGG.", "psychologische ondersteuning"),
        ("De sa chambre d'hôpital, il ne voit que le parking.", "chambre d'hôpital"),
        ("Meneer ligt al twee weken op een ziekenhuiskamer.", "ziekenhuiskamer"),
    ],
)
def test_psychological_help_and_a_hospital_room(text: str, health: str) -> None:
    # (a short clause after it in its sentence is redacted with it: health_clauses.py)
    assert any(health in found for found in spans(text, "HEALTH"))


@pytest.mark.parametrize(
    "text",
    [
        "Dans cette affaire, le juge constate que la demanderesse a soumis un certificat.",
        "De arts stelt vast dat hij niet kan reizen; hij vertoont geen xyloplasmie meer.",
    ],
)
def test_a_clause_or_a_negation_after_a_finding_verb_names_no_condition(text: str) -> None:
    assert spans(text, "HEALTH") == []


def test_a_condition_found_stops_before_where_it_was_found() -> None:
    assert spans("Le médecin a constaté une xyloplasmie chez elle.", "HEALTH") == ["constaté une xyloplasmie"]


@pytest.mark.parametrize(
    "text",
    [
        "Avec les patients qui sont en séjour illégal, c'est beaucoup plus compliqué.",
        "En 2020, 74 % des consultations étaient pour des sans-papiers.",
        "Het huidige asielbeleid jaagt asielzoekers onnodig de straat op.",
    ],
)
def test_a_status_group_in_the_plural_is_generic(text: str) -> None:
    assert spans(text, "ADMIN_STATUS") == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Madame Lenoir et son mari, des sans-papiers, vivent à Ciney.", "sans-papiers"),
        ("Hij en zijn broer zijn asielzoekers uit Eritrea.", "asielzoekers"),
    ],
)
def test_a_status_group_that_is_someone_still_counts(text: str, status: str) -> None:
    assert status in spans(text, "ADMIN_STATUS")


@pytest.mark.parametrize(
    "text",
    [
        "Il est admis que l'étranger en séjour illégal a droit à l'aide médicale urgente.",
        "In de eerste hypothese is het OCMW aan de vreemdeling in onwettig verblijf enkel steun verschuldigd.",
        "Het gaat om een minderjarige vreemdeling die met zijn ouders illegaal in het Rijk verblijft.",
    ],
)
def test_the_foreigner_as_a_legal_notion_is_no_one(text: str) -> None:
    assert spans(text, "ADMIN_STATUS") == []


def test_a_foreigner_who_is_someone_still_counts() -> None:
    text = "Monsieur Diallo, un étranger en séjour illégal, demande l'aide médicale urgente."
    assert "en séjour illégal" in spans(text, "ADMIN_STATUS")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Il séjourne en Belgique sans autorisation depuis 2021.", "séjourne en Belgique sans autorisation"),
        ("Son séjour est précaire : il attend la réponse de l'OE.", "séjour est précaire"),
        ("Hij verblijft in België zonder toestemming.", "verblijft in België zonder toestemming"),
        ("Zijn verblijf blijft precair tot de beslissing.", "verblijf blijft precair"),
    ],
)
def test_a_stay_without_authorisation_or_a_precarious_stay(text: str, status: str) -> None:
    assert status in spans(text, "ADMIN_STATUS")
