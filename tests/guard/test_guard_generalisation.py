"""Pattern families added to make the guard generalise, each with near-misses (invented text)."""

from __future__ import annotations

import pytest
from guard_helpers import categories, spans

from secretpro.guard.lexicon import TermMatcher, substitution_variants


# --- disease adjectives and nouns, both languages, inflected
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Son épouse est tuberculeuse.", "tuberculeuse"),
        ("Le fils est trisomique.", "trisomique"),
        ("Hij is suikerziek sinds jaren.", "suikerziek"),
        ("Mevrouw is HIV-positief.", "HIV-positief"),
        ("Zij is rolstoelgebruiker.", "rolstoelgebruiker"),
        ("Elle est séropositive.", "séropositive"),
        ("Madame souffre d'une maladie de Huntington.", "souffre d'une maladie de Huntington"),
        ("Il a été opéré de la vésicule.", "opéré de la vésicule"),
        ("Ze heeft pijn aan de knie.", "heeft pijn aan de knie"),
    ],
)
def test_conditions(text: str, expected: str) -> None:
    assert expected in spans(text, "HEALTH")


def test_cardiac_arrest_is_health_but_the_heart_of_the_matter_is_not() -> None:
    assert spans("Il a eu un arrêt cardiaque.", "HEALTH") == ["arrêt cardiaque"]
    assert categories("Le cœur du problème reste le loyer.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Il souffre de solitude depuis son divorce.",
        "La fracture numérique touche nos usagers.",
        "Il a opéré un changement de méthode.",
        "Het bedrijf is een coöperatie.",
        "Zij werkt als zangeres.",
        "Son fils est inscrit à l'Institut Saint-Louis.",
        "Elle travaille dans une clinique juridique.",
    ],
)
def test_health_near_misses(text: str) -> None:
    assert "HEALTH" not in categories(text)


# --- adjectives that are also ordinary words need a copula and a person
def test_copula_adjectives() -> None:
    assert spans("Le père est invalide depuis son accident.", "HEALTH") == ["invalide"]
    assert spans("Hij is blind.", "HEALTH") == ["blind"]
    assert "HEALTH" not in categories("Le numéro de compte est invalide.")
    assert "HEALTH" not in categories("Le lien envoyé est également invalide.")
    assert "HEALTH" not in categories("Een blind vertrouwen in de procedure.")


# --- where care is received
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Elle est sous hémodialyse trois fois par semaine à l'hôpital Erasme.",
            "hémodialyse trois fois par semaine à l'hôpital Erasme",
        ),
        ("Elle est à l'Institut Bordet depuis lundi.", "à l'Institut Bordet"),
        ("Ze wordt opgevolgd in het UZ Brussel.", "opgevolgd in het UZ Brussel"),
        (
            "Elle a été hospitalisée du 3 au 12 mars à la clinique Saint-Jean.",
            "hospitalisée du 3 au 12 mars à la clinique Saint-Jean",
        ),
        (
            "Zij is bevallen op 2 januari in het ZNA Middelheim.",
            "bevallen op 2 januari in het ZNA Middelheim",
        ),
    ],
)
def test_care_places(text: str, expected: str) -> None:
    # (within a finding: a stay at a known hospital is taken from its verb since the forty-sixth
    # round, "est à l'Institut Bordet depuis lundi")
    assert any(expected in found for found in spans(text, "HEALTH"))


def test_hospital_name_as_a_street_is_an_address() -> None:
    text = "Elle habite rue Bordet 14, 1140 Evere."
    assert spans(text, "ADDRESS") == ["rue Bordet 14, 1140 Evere"]
    assert "HEALTH" not in categories(text)


def test_hospital_addressee_is_not_care() -> None:
    assert "HEALTH" not in categories("À l'attention du service social de l'hôpital Erasme")


# --- spelling variants: one plausible substituted letter
def test_substituted_letter() -> None:
    assert spans("Hij heeft een orange kaart.", "ADMIN_STATUS") == ["orange kaart"]
    assert spans("Elle est en dialise.", "HEALTH") == ["dialise"]
    assert "ADMIN_STATUS" not in categories("Il porte un pull orange.")
    assert "ADMIN_STATUS" not in categories("Elle a une carte à puce.")


def test_substitution_variants_are_plausible_and_filtered() -> None:
    variants = set(substitution_variants("oranje"))
    assert "orange" in variants
    assert not any(v[0] != "o" or v[-1] != "e" for v in variants)  # first and last letters kept
    # a variant that is a frequent word is never a key ("infection" -> "injection")
    matcher = TermMatcher([("infection", "H")], substitutions=True)
    assert matcher.find("une injection") == []
    assert [m.term for m in matcher.find("une infaction")] == ["infection"]


# --- administrative status
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De cliënt is statenloos.", "statenloos"),
        ("Il a reçu une annexe 13quinquies.", "annexe 13quinquies"),
        ("The client is an undocumented migrant.", "undocumented migrant"),
    ],
)
def test_status(text: str, expected: str) -> None:
    assert expected in spans(text, "ADMIN_STATUS")


@pytest.mark.parametrize(
    "text",
    [
        "Voir annexe. Le visa du directeur est requis.",
        "Le comité a pris une décision de refus concernant la prime.",
    ],
)
def test_status_near_misses(text: str) -> None:
    assert "ADMIN_STATUS" not in categories(text)


# --- residences
def test_staying_with_a_relative_in_a_commune() -> None:
    assert spans("Madame est en convalescence chez sa fille à Wavre.", "ADDRESS") == ["Wavre"]
    assert "ADDRESS" not in categories("Rendez-vous chez le notaire à Wavre.")


def test_care_home_needs_a_residence_cue() -> None:
    assert spans("Zij woont in het woonzorgcentrum De Linde.", "ADDRESS")
    assert "ADDRESS" not in categories("Het rusthuis organiseert een opendeurdag.")


def test_closed_centre() -> None:
    found = spans("Zij verblijft in het gesloten centrum van Merksplas.", "ADDRESS")
    assert any("Merksplas" in s for s in found)


# --- birth dates
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Date de naiss. : 05-09-1983", "05-09-1983"),
        ("DN : 14/02/1991", "14/02/1991"),
        ("geb. datum: 3.11.1987", "3.11.1987"),
        ("Mevrouw is op 12 maart 1975 geboren in Tunis.", "12 maart 1975"),
    ],
)
def test_birth_cues(text: str, expected: str) -> None:
    assert spans(text, "BIRTH_DATE") == [expected]


def test_other_dates_are_not_birth_dates() -> None:
    assert "BIRTH_DATE" not in categories("Le rendez-vous du 12 mars 2025 est déplacé.")


def test_care_place_linking_stays_linear() -> None:
    """Many care words and hospital names in one long document (once quadratic)."""
    import time

    from secretpro.guard import find_all

    text = "Elle est en dialyse trois fois par semaine à Saint-Luc. Il est diabétique. " * 3000
    started = time.process_time()
    found = find_all(text)
    assert time.process_time() - started < 3.0
    linked = [f for f in found if text[f.start : f.end].endswith("Saint-Luc")]
    assert len(linked) == 3000
